// dump_hits: prints every matcher hit of every turn, for comparing the
// matchers of two builds hit for hit (a change meant to be invisible, such
// as a speed-up, must print the same bytes).
//
//   dump_hits FILE.jsonl...   every turn of every conversation (canonical
//                             JSON Lines), matched by the embedded books of
//                             every (channel, platform) combination, and by
//                             the pinduoduo chat books with each variant
//                             channel alone
//   dump_hits --random N SEED N generated texts: fragments of the books' own
//                             phrases glued with noise, clause breaks and
//                             repeats (what the verifier finds hardest)
//
// One line per (text, book): the hits as set:word:ubegin-uend:begin-end:how:skipped.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "huashu/base/utf8.h"
#include "huashu/check/book_selector.h"
#include "huashu/rules/compiled.h"
#include "huashu/text/fold.h"

namespace {

using namespace huashu;

struct Book {
  std::string name;
  std::unique_ptr<rules::CompiledRulebook> book;
};

std::unique_ptr<rules::CompiledRulebook> Compile(transcript::Channel channel,
                                                 const std::string& platform, int mask) {
  transcript::Conversation c;
  c.channel = channel;
  c.platform = platform;
  rules::RulebookLoader loader;
  for (const std::string& b : check::BookSelector::DefaultBooks(c)) loader.AddEmbedded(b);
  rules::Rulebook book = loader.Finish();
  std::vector<rules::Rule> rules = book.rules();
  for (auto& r : rules) {
    if (!(mask & 1)) r.variants.noise = 0;
    if (!(mask & 2)) r.variants.repeats = false;
    if (!(mask & 4)) r.variants.homophones = false;
  }
  return std::make_unique<rules::CompiledRulebook>(rules::Rulebook(rules, book.books()));
}

std::vector<Book> AllBooks() {
  std::vector<Book> books;
  for (auto channel : {transcript::Channel::kChat, transcript::Channel::kCall}) {
    for (const char* p : {"", "pinduoduo", "taobao", "jd", "douyin"}) {
      std::string name = channel == transcript::Channel::kCall ? "call" : "chat";
      name += "/";
      name += p;
      books.push_back({name, Compile(channel, p, 7)});
    }
  }
  for (int mask : {0, 1, 2, 4}) {
    books.push_back({"chat/pinduoduo/" + std::to_string(mask),
                     Compile(transcript::Channel::kChat, "pinduoduo", mask)});
  }
  return books;
}

void Dump(const std::vector<Book>& books, const std::string& text, text::FoldedText* folded,
          std::vector<match::Hit>* hits, std::string* out) {
  text::Fold(text, folded);
  for (size_t b = 0; b < books.size(); ++b) {
    books[b].book->matcher().Match(*folded, hits);
    *out += std::to_string(b);
    for (const match::Hit& h : *hits) {
      char buf[128];
      std::snprintf(buf, sizeof buf, " %u:%u:%u-%u:%u-%u:%d:%u", h.set, h.word, h.ubegin, h.uend,
                    h.begin, h.end, static_cast<int>(h.how), h.skipped);
      *out += buf;
    }
    *out += '\n';
  }
}

// Characters of every phrase of the books, operators dropped.
std::vector<std::u32string> Fragments(const std::vector<Book>& books) {
  std::vector<std::u32string> out;
  for (const Book& b : books) {
    for (const rules::Rule& r : b.book->rules()) {
      for (const rules::PhraseList& list : r.phrases) {
        for (const std::string& p : list.phrases) {
          std::u32string cps;
          for (size_t pos = 0; pos < p.size();) {
            const int32_t c = base::DecodeUtf8(p, &pos);
            if (c < 0 || c == '(' || c == ')' || c == '|' || c == '?' || c == '~' || c == '\\' ||
                (c >= '0' && c <= '9' && !cps.empty() && cps.back() == '~'))
              continue;
            cps.push_back(static_cast<char32_t>(c));
          }
          if (!cps.empty()) out.push_back(cps);
        }
      }
    }
  }
  return out;
}

std::string RandomText(const std::vector<std::u32string>& frags, std::mt19937& rng) {
  static const std::u32string kNoise = U" *.~😊·-_ ";
  static const std::u32string kBreaks = U"，。、…！？,:：；\n";
  static const std::u32string kLatin = U"okvxwxqq1OKVX";
  auto below = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  std::u32string t;
  const size_t pieces = 1 + below(12);
  for (size_t i = 0; i < pieces; ++i) {
    const size_t kind = below(100);
    if (kind < 55) {
      const std::u32string& f = frags[below(frags.size())];
      const size_t b = below(f.size());
      const size_t len = 1 + below(f.size() - b);
      const bool whole = below(3) == 0;
      t += whole ? f : f.substr(b, len);
    } else if (kind < 70) {
      const std::u32string& f = frags[below(frags.size())];
      t += f[below(f.size())];
    } else if (kind < 82) {
      t += kNoise[below(kNoise.size())];
    } else if (kind < 92) {
      t += kBreaks[below(kBreaks.size())];
    } else if (kind < 96) {
      t += kLatin[below(kLatin.size())];
    } else if (!t.empty()) {
      t += t.back();  // a repeat
    }
  }
  std::string utf8;
  for (char32_t c : t) base::AppendUtf8(c, &utf8);
  return utf8;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: dump_hits FILE.jsonl... | dump_hits --random N SEED\n");
    return 2;
  }
  const std::vector<Book> books = AllBooks();
  text::FoldedText folded;
  std::vector<match::Hit> hits;
  std::string out;
  for (size_t b = 0; b < books.size(); ++b) {
    std::printf("# book %zu %s: %zu phrases, %zu patterns\n", b, books[b].name.c_str(),
                books[b].book->matcher().phrase_count(), books[b].book->matcher().pattern_count());
  }
  if (std::string(argv[1]) == "--random") {
    if (argc != 4) return 2;
    const long n = std::stol(argv[2]);
    std::mt19937 rng(static_cast<uint32_t>(std::stoul(argv[3])));
    const std::vector<std::u32string> frags = Fragments(books);
    for (long i = 0; i < n; ++i) {
      const std::string t = RandomText(frags, rng);
      out = "> " + t + "\n";
      Dump(books, t, &folded, &hits, &out);
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return 0;
  }
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a]);
    std::string line;
    while (std::getline(in, line)) {
      const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("turns")) continue;
      for (const auto& turn : j["turns"]) {
        if (!turn.contains("text") || !turn["text"].is_string()) continue;
        const std::string t = turn["text"];
        out = "> " + t + "\n";
        Dump(books, t, &folded, &hits, &out);
        std::fwrite(out.data(), 1, out.size(), stdout);
      }
    }
  }
  return 0;
}
