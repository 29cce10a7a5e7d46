// Property test: personal data never leaves huashu in full. Generated agent
// messages mix phone numbers (every written form), ID numbers (valid check
// digit), bank cards (Luhn) and e-mail addresses in every arrangement
// (adjacent, overlapping, nested in e-mails and URLs, split by spaces and
// dashes); the real binary checks them in every output format, with and
// without the pii rules (the HTML report and a written baseline file
// included), and no full number may appear on stdout, stderr or in the file.
// Deterministic seed, a few hundred messages, one run per format.

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "e2e_util.h"

namespace {

class Gen {
 public:
  explicit Gen(uint32_t seed) : rng_(seed) {}
  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  std::string Digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + Int(0, 9));
    return s;
  }
  std::string Phone() {
    std::string s(1, '1');  // (not "1" + …: GCC 12 warns -Wrestrict, wrongly)
    s += std::to_string(Int(3, 9));
    return s + Digits(9);
  }
  std::string IdCard() {
    static const int kW[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char kCheck[] = "10X98765432";
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", Int(1950, 2005), Int(1, 12), Int(1, 28));
    std::string s = std::to_string(Int(110000, 659999)) + date + Digits(3);
    int sum = 0;
    for (int k = 0; k < 17; ++k) sum += (s[k] - '0') * kW[k];
    return s + kCheck[sum % 11];
  }
  std::string Card() {
    std::string s = "62" + Digits(Int(13, 16));
    // Append the Luhn check digit.
    for (int d = 0; d <= 9; ++d) {
      std::string c = s + static_cast<char>('0' + d);
      int sum = 0;
      bool twice = false;
      for (size_t k = c.size(); k-- > 0;) {
        int v = c[k] - '0';
        if (twice) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        sum += v;
        twice = !twice;
      }
      if (sum % 10 == 0) return c;
    }
    return s;
  }
  std::string Word() {
    std::string w;
    for (int i = Int(2, 6); i > 0; --i) w += static_cast<char>('a' + Int(0, 25));
    return w;
  }

 private:
  std::mt19937 rng_;
};

std::string FullWidth(const std::string& digits) {
  std::string out;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      const unsigned cp = 0xFF10 + (c - '0');
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += c;
    }
  }
  return out;
}

// A phone number in one of its written forms.
std::string WritePhone(Gen& g, const std::string& p) {
  const std::string a = p.substr(0, 3), b = p.substr(3, 4), c = p.substr(7);
  switch (g.Int(0, 9)) {
    case 0:
      return a + " " + b + " " + c;
    case 1:
      return a + "-" + b + "-" + c;
    case 2:
      return FullWidth(p);
    case 3:
      return "+86 " + p;
    case 4:
      return "+86" + p;
    case 5:
      return "0086 " + p;
    case 6:
      return "0086" + p;
    case 7:
      return "0086-" + a + "-" + b + "-" + c;
    case 8:
      return "+86-" + a + " " + b + " " + c;
    default:
      return p;
  }
}

std::string WriteCard(Gen& g, const std::string& c) {
  if (g.Int(0, 2) != 0) return c;
  std::string out;
  for (size_t k = 0; k < c.size(); k += 4) {
    if (k) out += g.Int(0, 1) ? " " : "-";
    out += c.substr(k, 4);
  }
  return out;
}

struct Message {
  std::string text;
  std::vector<std::string> numbers;  // digits that must never appear in full
};

// One item, possibly nested in an e-mail address or a URL.
void Item(Gen& g, Message* m) {
  const int kind = g.Int(0, 8);
  if (kind <= 2) {
    const std::string p = g.Phone();
    m->numbers.push_back(p);
    m->text += WritePhone(g, p);
  } else if (kind == 3) {
    const std::string id = g.IdCard();
    m->numbers.push_back(id.substr(0, 17));
    m->text += g.Int(0, 3) == 0 ? FullWidth(id) : id;
  } else if (kind == 4) {
    const std::string c = g.Card();
    m->numbers.push_back(c);
    m->text += WriteCard(g, c);
  } else if (kind == 5) {  // e-mail whose local part is a phone number
    const std::string p = g.Phone();
    m->numbers.push_back(p);
    m->text += p + "@" + (g.Int(0, 1) ? "163.com" : "qq.com");
  } else if (kind == 6) {  // e-mail whose domain is a phone number
    const std::string p = g.Phone();
    m->numbers.push_back(p);
    m->text += g.Word() + "@" + p + (g.Int(0, 1) ? ".cn" : ".com");
  } else if (kind == 7) {  // in a URL
    const std::string p = g.Phone();
    m->numbers.push_back(p);
    m->text += std::string(g.Int(0, 1) ? "https://m.example.com/u/" : "http://x.cn/?tel=") + p;
  } else {  // a plain e-mail (no number to hide, masked all the same)
    m->text += g.Word() + "." + g.Word() + "@" + g.Word() + ".com";
  }
}

Message MakeMessage(Gen& g) {
  static const char* kGlue[] = {"，", " ", "和", "、", "；", "：", "/", " 或 "};
  static const char* kOpen[] = {"亲，", "您好，请核对：", "这是全网最低价，", "加我微信吧 ", ""};
  Message m;
  m.text = kOpen[g.Int(0, 4)];
  const int items = g.Int(1, 4);
  for (int k = 0; k < items; ++k) {
    if (k) m.text += kGlue[g.Int(0, 7)];
    Item(g, &m);
  }
  m.text += g.Int(0, 1) ? "，谢谢" : "";
  return m;
}

// The output with full-width digits made ASCII and the spaces and dashes
// between digits removed, so a number printed in any grouping is found.
std::string Normalize(const std::string& s) {
  std::string a;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      a += static_cast<char>('0' + static_cast<unsigned char>(s[i + 2]) - 0x90);
      i += 2;
    } else {
      a += s[i];
    }
  }
  std::string out;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] == ' ' || a[i] == '-') && !out.empty() &&
        isdigit(static_cast<unsigned char>(out.back())) && i + 1 < a.size() &&
        isdigit(static_cast<unsigned char>(a[i + 1])))
      continue;
    out += a[i];
  }
  return out;
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

TEST(PiiProperty, NoFullNumberInAnyOutput) {
  Gen g(20261129);
  std::vector<Message> messages;
  for (int i = 0; i < 400; ++i) messages.push_back(MakeMessage(g));
  // Chats of a few agent turns each, plus the same messages as a template
  // (a message per line) so that every reader path is used.
  const std::string chats = huashu::e2e::TempPath("chats.jsonl");
  const std::string tmpl = huashu::e2e::TempPath("templates.txt");
  {
    std::ofstream f(chats, std::ios::binary), t(tmpl, std::ios::binary);
    for (size_t i = 0; i < messages.size(); i += 4) {
      f << R"({"id":"c)" << i << R"(","channel":"chat","turns":[)";
      for (size_t k = i; k < i + 4 && k < messages.size(); ++k) {
        if (k > i) f << ",";
        f << R"({"speaker":"agent","text":")" << JsonEscape(messages[k].text) << R"("})";
      }
      f << "]}\n";
    }
    for (const Message& m : messages) t << m.text << "\n";
  }
  const std::string no_pii =
      " --disable pii.mobile --disable pii.id_card --disable pii.bank_card --disable pii.email";
  std::vector<std::string> runs;
  for (const char* format : {"json", "jsonl", "text", "sarif", "html"}) {
    for (const std::string& input : {chats, tmpl}) {
      runs.push_back(std::string("check -o ") + format + " '" + input + "'");
      runs.push_back(std::string("check -o ") + format + no_pii + " '" + input + "'");
    }
  }
  runs.push_back("explain --file '" + chats + "'");
  // A baseline file holds each finding's matched text: read it back too.
  const std::string baseline = huashu::e2e::TempPath("baseline.json");
  for (const std::string& input : {chats, tmpl})
    runs.push_back("check --write-baseline '" + baseline + "' '" + input + "'");
  size_t checked = 0;
  for (const std::string& args : runs) {
    std::remove(baseline.c_str());
    const huashu::e2e::Result r = huashu::e2e::Huashu(args);
    ASSERT_NE(r.status, -1) << args;
    ASSERT_LE(r.status, 1) << args << "\n" << r.err;
    std::string out = Normalize(r.out) + "\n" + Normalize(r.err);
    if (args.find("--write-baseline") != std::string::npos) {
      const std::string file = huashu::e2e::Slurp(baseline);
      ASSERT_FALSE(file.empty()) << args;
      out += "\n" + Normalize(file);
    }
    for (const Message& m : messages) {
      for (const std::string& n : m.numbers) {
        ++checked;
        EXPECT_EQ(out.find(n), std::string::npos)
            << "huashu " << args << " printed " << n << " in full; message: " << m.text;
      }
    }
  }
  EXPECT_GT(checked, 1000u);
}

}  // namespace
