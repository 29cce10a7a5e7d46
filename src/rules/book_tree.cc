#include "book_tree.h"

#include <cstring>

namespace huashu::rules {
struct SetNodeMark {};
}  // namespace huashu::rules

namespace YAML {
// yaml-cpp gives a node its mark only while parsing (its NodeBuilder is not
// installed); Node names every as_if<T, S> a friend, and this one sets the
// mark of a node that exists.
template <>
struct as_if<huashu::rules::SetNodeMark, void> {
  static void Set(Node& node, const Mark& mark) { node.m_pNode->set_mark(mark); }
};
}  // namespace YAML

namespace huashu::rules {
namespace {

// Reads the form of book_tree.h. The bytes come from the generator built
// with this binary; should they ever not read (a defect), the caller
// parses the YAML instead.
class TreeReader {
 public:
  explicit TreeReader(std::span<const unsigned char> bytes)
      : at_(bytes.data()), end_(at_ + bytes.size()) {}

  bool Node(YAML::Node* out) {
    uint8_t kind = 0, style = 0;
    uint64_t pos = 0, line = 0, column = 0;
    std::string_view tag;
    if (!Byte(&kind) || !Varint(&pos) || !Varint(&line) || !Varint(&column) || !Byte(&style) ||
        !String(&tag))
      return false;
    switch (static_cast<BookTreeKind>(kind)) {
      case BookTreeKind::kNull:
        *out = YAML::Node(YAML::NodeType::Null);
        break;
      case BookTreeKind::kScalar: {
        std::string_view text;
        if (!String(&text)) return false;
        *out = YAML::Node(std::string(text));
        break;
      }
      case BookTreeKind::kSequence: {
        *out = YAML::Node(YAML::NodeType::Sequence);
        uint64_t count = 0;
        if (!Varint(&count)) return false;
        for (uint64_t i = 0; i < count; ++i) {
          YAML::Node item;
          if (!Node(&item)) return false;
          out->push_back(item);
        }
        break;
      }
      case BookTreeKind::kMap: {
        *out = YAML::Node(YAML::NodeType::Map);
        uint64_t count = 0;
        if (!Varint(&count)) return false;
        for (uint64_t i = 0; i < count; ++i) {
          YAML::Node key, value;
          if (!Node(&key) || !Node(&value)) return false;
          // As the parser does: a key written twice stays twice (the
          // loader reports it), so no look-up.
          out->force_insert(key, value);
        }
        break;
      }
      default:
        return false;
    }
    YAML::Mark mark;
    mark.pos = static_cast<int>(pos) - 1;
    mark.line = static_cast<int>(line) - 1;
    mark.column = static_cast<int>(column) - 1;
    YAML::as_if<SetNodeMark, void>::Set(*out, mark);
    out->SetTag(std::string(tag));
    out->SetStyle(static_cast<YAML::EmitterStyle::value>(style));
    return true;
  }

  bool AtEnd() const { return at_ == end_; }

 private:
  bool Byte(uint8_t* b) {
    if (at_ == end_) return false;
    *b = *at_++;
    return true;
  }
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = 0;
      if (!Byte(&b)) return false;
      *v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  bool String(std::string_view* s) {
    uint64_t n = 0;
    if (!Varint(&n) || n > static_cast<uint64_t>(end_ - at_)) return false;
    *s = {reinterpret_cast<const char*>(at_), static_cast<size_t>(n)};
    at_ += n;
    return true;
  }

  const unsigned char* at_;
  const unsigned char* end_;
};

}  // namespace

std::optional<YAML::Node> PrebuiltTree(std::string_view yaml) {
  const uint64_t hash = BookHash(yaml);
  for (const EmbeddedTree& t : EmbeddedTrees()) {
    if (t.text_size != yaml.size() || t.text_hash != hash) continue;
    TreeReader reader({t.bytes, t.size});
    YAML::Node root;
    if (!reader.Node(&root) || !reader.AtEnd()) return std::nullopt;
    return root;
  }
  return std::nullopt;
}

}  // namespace huashu::rules
