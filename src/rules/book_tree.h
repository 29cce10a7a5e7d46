// Internal: the embedded books' YAML trees, parsed at build time.
//
// yaml-cpp's scanner costs about 1,200 instructions per byte: reading the
// 270 KB of a chat's books was a quarter of a run on a real corpus and most
// of a one-line check. tools/gen_book_trees.cc parses every book when the
// binary is built and writes its node tree in the form below; at run time
// the tree is rebuilt from it (types, scalars, tags, styles and marks, so
// that positions in messages are the same) without scanning YAML again.
//
// Form: one node is
//   kind (1 byte: BookTreeKind), pos, line, column (varints, Mark + 1 so
//   that -1 is 0), style (1 byte: YAML::EmitterStyle), tag (varint length +
//   bytes), then
//     scalar:   varint length + bytes
//     sequence: varint count + count nodes
//     map:      varint count + count (key node, value node) pairs
// Varints are little-endian base 128. An alias is written out as a copy of
// the node it names (the readers never compare node identity).

#ifndef HUASHU_SRC_RULES_BOOK_TREE_H_
#define HUASHU_SRC_RULES_BOOK_TREE_H_

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace huashu::rules {

enum class BookTreeKind : uint8_t { kNull = 0, kScalar = 1, kSequence = 2, kMap = 3 };

// FNV-1a of a book's bytes: a tree is used only for the very text it was
// built from.
constexpr uint64_t BookHash(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// One book's tree, written by the generator (generated/book_trees.cc).
struct EmbeddedTree {
  size_t text_size;  // size and BookHash of the text the tree was parsed from
  uint64_t text_hash;
  const unsigned char* bytes;
  size_t size;
};
std::span<const EmbeddedTree> EmbeddedTrees();

// Returns the YAML tree of `yaml` when it is the text of an embedded book
// parsed at build time, or nullopt (another text, or a book that did not
// parse: the caller parses it and reports the error).
std::optional<YAML::Node> PrebuiltTree(std::string_view yaml);

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_BOOK_TREE_H_
