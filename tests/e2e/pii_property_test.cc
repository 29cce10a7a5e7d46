// Property test: personal data never leaves huashu in full. Generated agent
// messages mix phone numbers (every written form: +86, 0086, 86-, grouped by
// spaces, dashes or en dashes, full-width digits), ID numbers (valid check
// digit, some ending in X), bank cards (Luhn) and e-mail addresses (local
// part a phone number, domain holding digits) in every arrangement
// (adjacent, overlapping, nested in e-mails and URLs). They are written in
// every input format huashu reads (JSON Lines, templates, chat exports,
// Qianniu, WeCom, CSV, FunASR, subtitles), with phone numbers also in the
// fields a diagnostic quotes or a report prints (speaker labels, channel,
// platform, event type, times, conversation and agent ids, bad records of
// each format). The real binary runs every command that prints something
// from them: check in every output format (with and without the pii rules,
// with a baseline written and read), merge of shard reports in every format
// merge writes, stats, sample and its review file, --accept, explain, rules
// test and rules explain of a user book. No full number and no full e-mail
// address may appear on stdout, stderr or in a written file. Deterministic
// seed; the whole test runs in a few seconds.

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <sstream>
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

// An ID number ending in the check character X (upper or lower case).
std::string IdCardX(Gen& g) {
  for (int tries = 0; tries < 200; ++tries) {
    std::string id = g.IdCard();
    if (id.back() == 'X') return id;
  }
  return g.IdCard();
}

// A phone number in one of its written forms.
std::string WritePhone(Gen& g, const std::string& p) {
  const std::string a = p.substr(0, 3), b = p.substr(3, 4), c = p.substr(7);
  switch (g.Int(0, 14)) {
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
    case 9:
      return "86-" + p;
    case 10:
      return "86 " + a + "-" + b + "-" + c;
    case 11:
      return FullWidth("+86 " + a + " " + b + " " + c);
    case 12:
      return "(+86)" + p;
    case 13:
      return a + "\u2013" + b + "\u2013" + c;  // en dashes
    default:
      return p;
  }
}

std::string WriteCard(Gen& g, const std::string& c) {
  if (g.Int(0, 2) != 0) return g.Int(0, 4) == 0 ? FullWidth(c) : c;
  std::string out;
  for (size_t k = 0; k < c.size(); k += 4) {
    if (k) out += g.Int(0, 1) ? " " : "-";
    out += c.substr(k, 4);
  }
  return out;
}

// What must never be printed in full: digits of numbers (compared after the
// output's spaces and dashes between digits are removed and full-width digits
// made ASCII) and whole e-mail addresses.
struct Message {
  std::string text;
  std::vector<std::string> secrets;
};

// One item, possibly nested in an e-mail address or a URL, or two items
// that touch or overlap.
void Item(Gen& g, Message* m) {
  const int kind = g.Int(0, 11);
  if (kind <= 2) {
    const std::string p = g.Phone();
    m->secrets.push_back(p);
    m->text += WritePhone(g, p);
  } else if (kind == 3) {
    std::string id = g.Int(0, 2) == 0 ? IdCardX(g) : g.IdCard();
    m->secrets.push_back(id.substr(0, 17));
    if (id.back() == 'X' && g.Int(0, 1)) id.back() = 'x';
    m->text += g.Int(0, 3) == 0 ? FullWidth(id) : id;
  } else if (kind == 4) {
    const std::string c = g.Card();
    m->secrets.push_back(c);
    m->text += WriteCard(g, c);
  } else if (kind == 5) {  // e-mail whose local part is a phone number
    const std::string p = g.Phone();
    const std::string mail = p + "@" + (g.Int(0, 1) ? "163.com" : "qq.com");
    m->secrets.push_back(p);
    m->secrets.push_back(mail);
    m->text += mail;
  } else if (kind == 6) {  // e-mail whose domain holds a phone number
    const std::string p = g.Phone();
    const std::string mail = g.Word() + "@" + (g.Int(0, 1) ? p + ".cn" : "mail." + p + ".com.cn");
    m->secrets.push_back(p);
    m->secrets.push_back(mail);
    m->text += mail;
  } else if (kind == 7) {  // in a URL: path, query, host
    const std::string p = g.Phone();
    m->secrets.push_back(p);
    switch (g.Int(0, 3)) {
      case 0:
        m->text += "https://m.example.com/u/" + p;
        break;
      case 1:
        m->text += "http://x.cn/?tel=" + p + "&from=app";
        break;
      case 2:
        m->text += "https://" + p + ".example.cn/";
        break;
      default:
        m->text += "https://h5.example.com/#/call/" + WritePhone(g, p);
    }
  } else if (kind == 8) {  // a plain e-mail: the address is the secret
    const std::string mail = g.Word() + "." + g.Word() + "@" + g.Word() + ".com";
    m->secrets.push_back(mail);
    m->text += mail;
  } else if (kind == 9) {  // a phone number on both sides of the @
    const std::string p = g.Phone(), q = g.Phone();
    m->secrets.push_back(p);
    m->secrets.push_back(q);
    m->text += p + "@" + q + ".com";
  } else if (kind == 10) {  // adjacent: numbers one after another, split by a space or dash
    const std::string p = g.Phone(), id = g.IdCard(), c = g.Card();
    m->secrets.push_back(p);
    m->secrets.push_back(id.substr(0, 17));
    m->secrets.push_back(c);
    const std::string sep = g.Int(0, 1) ? " " : "-";
    m->text += g.Int(0, 1) ? id + sep + p + " " + c : c + sep + p + "，" + id;
  } else {  // adjacent with no separator but a non-digit: touching items
    const std::string p = g.Phone(), q = g.Phone();
    m->secrets.push_back(p);
    m->secrets.push_back(q);
    m->text += p + (g.Int(0, 1) ? "/" : "、") + q + "@139.com";
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

// The output with full-width digits made ASCII, typeset dashes made '-', and
// the spaces and dashes between digits removed, so a number printed in any grouping is found.
std::string Normalize(const std::string& s) {
  std::string a;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      a += static_cast<char>('0' + static_cast<unsigned char>(s[i + 2]) - 0x90);
      i += 2;
    } else if (c == 0xE2 && i + 2 < s.size() &&
               ((static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                 static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
                 static_cast<unsigned char>(s[i + 2]) <= 0x95) ||
                (static_cast<unsigned char>(s[i + 1]) == 0x88 &&
                 static_cast<unsigned char>(s[i + 2]) == 0x92))) {
      a += '-';  // a typeset dash (U+2010-U+2015) or minus sign (U+2212)
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

// CSV field, quoted.
std::string CsvField(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Everything generated for one test: the messages, the input files and the
// secrets hidden in them.
class Corpus {
 public:
  explicit Corpus(uint32_t seed, int messages) : g_(seed) {
    for (int i = 0; i < messages; ++i) messages_.push_back(MakeMessage(g_));
  }

  // A phone number for a field (speaker label, id, platform ...), written in
  // one of its forms, remembered as a secret.
  std::string FieldPhone() {
    const std::string p = g_.Phone();
    secrets_.push_back(p);
    return g_.Int(0, 2) == 0 ? WritePhone(g_, p) : p;
  }
  // One with no space in it (a Qianniu nick or account has none: a header
  // line with one is not a header but message text, where "13:06:20 138 1234
  // 5678" is one 13-digit number by the documented rules).
  std::string NickPhone() {
    const std::string p = g_.Phone();
    secrets_.push_back(p);
    switch (g_.Int(0, 3)) {
      case 0:
        return "+86" + p;
      case 1:
        return FullWidth(p);
      case 2:
        return p.substr(0, 3) + "-" + p.substr(3, 4) + "-" + p.substr(7);
      default:
        return p;
    }
  }
  const Message& Next() { return messages_[next_++ % messages_.size()]; }
  const std::vector<Message>& messages() const { return messages_; }
  std::vector<std::string> Secrets() const {
    std::vector<std::string> all = secrets_;
    for (const Message& m : messages_) all.insert(all.end(), m.secrets.begin(), m.secrets.end());
    return all;
  }
  Gen& gen() { return g_; }

 private:
  Gen g_;
  std::vector<Message> messages_;
  std::vector<std::string> secrets_;
  size_t next_ = 0;
};

// prefix + i (appended: GCC 12 warns -Wrestrict on "c" + std::to_string(i), wrongly).
std::string Numbered(const char* prefix, int i) {
  std::string s = prefix;
  s += std::to_string(i);
  return s;
}

std::string Path(const std::string& name) { return huashu::e2e::TempPath(name); }

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// JSON Lines: good conversations (ids, platforms and agents that are phone
// numbers included) and bad records whose rejected field holds a number.
std::string JsonlInput(Corpus* c) {
  std::string f;
  for (int i = 0; i < 60; ++i) {
    f += R"({"id":")" + (i % 5 == 0 ? JsonEscape(c->FieldPhone()) : Numbered("c", i)) +
         R"(","channel":")" + (i % 2 ? "chat" : "call") + "\"";
    if (i % 7 == 0) f += R"(,"platform":")" + c->FieldPhone() + "\"";
    if (i % 11 == 0) f += R"(,"started_at":")" + c->FieldPhone() + "\"";
    if (i % 3 == 0)
      f += R"(,"agent":{"id":")" + c->FieldPhone() + R"(","name":")" + c->FieldPhone() + "\"}";
    f += R"(,"turns":[)";
    for (int k = 0; k < 4; ++k) {
      if (k) f += ",";
      f += R"({"speaker":")" + std::string(k == 1 ? "customer" : "agent") + R"(","text":")" +
           JsonEscape(c->Next().text) + R"("})";
    }
    f += "]}\n";
  }
  const std::string text = JsonEscape(c->Next().text);
  f += R"({"id":"b1","channel":")" + c->FieldPhone() + R"(","turns":[{"speaker":"agent","text":")" +
       text + "\"}]}\n";
  f += R"({"id":"b2","direction":")" + c->FieldPhone() +
       R"(","turns":[{"speaker":"agent","text":"您好"}]})" + "\n";
  f += R"({"id":"b3","turns":[{"speaker":")" + c->FieldPhone() + R"(","text":")" + text + "\"}]}\n";
  f += R"({"id":"b4","turns":[{"speaker":"agent","text":"您好"}],"events":[{"type":")" +
       c->FieldPhone() + R"(","at":1}]})" + "\n";
  f += R"({"id":"b5","turns":[{"speaker":"agent","text":)" + c->FieldPhone() + "}]}\n";
  f += R"({"id":"b11","turns":[{"speaker":"agent","text":"您好","time":")" + c->FieldPhone() +
       "\"}]}\n";
  f += R"({"id":"b6","turns":[{"speaker":"agent","text":"您好","start":)" + c->FieldPhone() +
       "}]}\n";
  f += R"({"id":")" + c->FieldPhone() + R"(","turns":[{"speaker":"customer","text":")" + text +
       "\"}]}\n";
  f += R"({"id":"b8","turns":[{"speaker":"agent","text":"您好 )" + c->FieldPhone() + "\n";
  f += R"({"id":"b9","turns":[{"speaker":"agent","text":"您好"}],"x":)" + c->FieldPhone() + " x}\n";
  f += R"({"id":"b10","channel":"chat","turns":[{"speaker":"agent","text":"您好"}],"agent":)" +
       c->FieldPhone() + "}\n";
  return f;
}

// A chat export: separators naming the conversation, sender names that are
// phone numbers (a conversation with no agent is a diagnostic quoting them).
std::string ChatExport(Corpus* c) {
  std::string f;
  for (int i = 0; i < 20; ++i) {
    f += "=== " + (i % 4 == 0 ? c->FieldPhone() : Numbered("chat-", i)) + " ===\n";
    if (i % 5 == 4) {
      const std::string a = c->FieldPhone(), b = c->FieldPhone();
      f += a + "(10:00:0" + std::to_string(i % 10) + ")：" + c->Next().text + "\n";
      f += b + "(10:00:1" + std::to_string(i % 10) + ")：" + c->Next().text + "\n";
      continue;
    }
    f += "客户(10:00:00)：你好，在吗？\n";
    f += "客服(10:00:05)：" + c->Next().text + "\n";
    f += "客户" + c->FieldPhone() + "(10:00:09)：" + c->Next().text + "\n";
    f += "客服(10:00:15)：" + c->Next().text + "\n";
  }
  return f;
}

// A Qianniu export: buyer nicks and the agent's account holding numbers.
std::string Qianniu(Corpus* c) {
  std::string f;
  for (int i = 0; i < 12; ++i) {
    const std::string buyer = i % 2 ? c->NickPhone() : Numbered("tb_buyer_", i);
    const std::string agent = "松果母婴专营店:" + (i % 3 == 0 ? c->NickPhone() : "客服3");
    f += "=== " + (i % 4 == 1 ? c->FieldPhone() : Numbered("tmall-", i)) + " ===\n";
    f += "2026-11-23 13:05:40 " + buyer + " --> " + agent + "\n" + c->Next().text + "\n";
    f += "2026-11-23 13:05:42 " + agent + "\n" + c->Next().text + "\n";
    f += "2026-11-23 13:06:20 " + buyer + " --> " + agent + "\n" + c->Next().text + "\n";
    f += "2026-11-23 13:06:24 " + agent + "\n" + c->Next().text + "\n\n";
  }
  return f;
}

// A WeCom archive: the agent's user id is a phone number (as many
// companies set it), and bad records whose offending field holds one.
std::string WeCom(Corpus* c) {
  std::string f;
  long t = 1795399310000;
  for (int i = 0; i < 12; ++i) {
    const std::string agent = c->FieldPhone();
    const std::string customer = "wmK3vQ9sDAAbT7xYp2LfRk8eWnZc" + std::to_string(1000 + i);
    auto msg = [&](const std::string& from, const std::string& to, const std::string& text) {
      f += R"({"msgid":"m)" + std::to_string(t) + R"(","action":"send","from":")" +
           JsonEscape(from) + R"(","tolist":[")" + JsonEscape(to) + R"("],"roomid":"","msgtime":)" +
           std::to_string(t) + R"(,"msgtype":"text","text":{"content":")" + JsonEscape(text) +
           "\"}}\n";
      t += 7000;
    };
    msg(customer, agent, c->Next().text);
    msg(agent, customer, c->Next().text);
    msg(customer, agent, c->Next().text);
    msg(agent, customer, c->Next().text);
  }
  const std::string agent = c->FieldPhone();
  f +=
      R"({"msgid":"bad1","action":")" + c->FieldPhone() + R"(","from":")" + agent +
      R"(","tolist":["wmX"],"roomid":"","msgtime":1795399390000,"msgtype":"text","text":{"content":"您好"}})" +
      "\n";
  f += R"({"msgid":"bad2","action":"send","from":")" + agent +
       R"(","tolist":["wmX"],"roomid":"","msgtime":")" + c->FieldPhone() +
       R"(","msgtype":"text","text":{"content":"您好"}})" + "\n";
  f += R"({"msgid":"bad3","action":"send","from":")" + agent +
       R"(","tolist":["wmX"],"roomid":"","msgtime":)" + c->FieldPhone() + c->FieldPhone() +
       R"(,"msgtype":"text","text":{"content":"您好"}})" + "\n";
  f += R"({"msgid":"bad4","action":"send","from":")" + agent +
       R"(","tolist":["wmX"],"roomid":"","msgtime":1795399391000,"msgtype":")" + c->FieldPhone() +
       R"(","text":{"content":"您好"}})" + "\n";
  f += R"({"msgid":"bad5","action":"send","from":")" + agent + R"(","tolist":[)" + c->FieldPhone() +
       R"(],"roomid":"","msgtime":1795399392000,"msgtype":"text","text":{"content":"您好"}})" +
       "\n";
  f +=
      R"({"msgid":"bad6","action":"send","from":")" + agent +
      R"(","tolist":["wmX"],"roomid":"","msgtime":1795399393000,"msgtype":"text","text":{"content":)" +
      c->FieldPhone() + "}}\n";
  return f;
}

// CSV: conversation ids, speakers, agents and times holding numbers.
std::string Csv(Corpus* c) {
  std::string f = "conversation,speaker,text,start,agent\n";
  for (int i = 0; i < 15; ++i) {
    const std::string id = i % 3 == 0 ? c->FieldPhone() : Numbered("csv-", i);
    const std::string agent = i % 2 ? c->FieldPhone() : Numbered("A", i);
    f += CsvField(id) + ",agent," + CsvField(c->Next().text) + ",0.5," + CsvField(agent) + "\n";
    f += CsvField(id) + ",customer," + CsvField(c->Next().text) + ",3.0," + CsvField(agent) + "\n";
    f += CsvField(id) + "," + CsvField(c->FieldPhone()) + "," + CsvField(c->Next().text) + ",4.0," +
         CsvField(agent) + "\n";
    f += CsvField(id) + ",agent," + CsvField(c->Next().text) + "," + c->FieldPhone() + "," +
         CsvField(agent) + "\n";
  }
  return f;
}

// FunASR results: the record key (the conversation id) a phone number.
std::string FunAsr(Corpus* c) {
  std::string f;
  for (int i = 0; i < 6; ++i) {
    const std::string a = JsonEscape(c->Next().text), b = JsonEscape(c->Next().text);
    f += R"({"key":")" + JsonEscape(c->FieldPhone()) + R"(","text":")" + a + b +
         R"(","sentence_info":[{"text":")" + a + R"(","start":600,"end":5300,"spk":0},)" +
         R"({"text":")" + b + R"(","start":6000,"end":9000,"spk":1}]})" + "\n";
  }
  return f;
}

// Subtitles whose voices are phone numbers (no voice matches the agent
// pattern: a note quotes the first).
std::string Srt(Corpus* c) {
  std::string f;
  const std::string a = c->FieldPhone(), b = c->FieldPhone();
  for (int i = 0; i < 6; ++i) {
    f += std::to_string(i + 1) + "\n00:00:0" + std::to_string(i) + ",000 --> 00:00:0" +
         std::to_string(i) + ",900\n[" + (i % 2 ? b : a) + "]: " + c->Next().text + "\n\n";
  }
  return f;
}

// Runs `huashu ARGS` and fails for every secret found on stdout, stderr or
// in `files` (read after the run). Returns the run.
huashu::e2e::Result RunHuashu(const std::string& args, const std::vector<std::string>& secrets,
                              const std::vector<std::string>& files = {}, int max_status = 1) {
  const huashu::e2e::Result r = huashu::e2e::Huashu(args);
  EXPECT_NE(r.status, -1) << args;
  EXPECT_LE(r.status, max_status) << args << "\n" << r.err;
  std::string out = Normalize(r.out) + "\n" + Normalize(r.err);
  for (const std::string& f : files) {
    out += '\n';  // (not "\n" + ...: GCC 12 warns -Wrestrict on it, wrongly)
    out += Normalize(huashu::e2e::Slurp(f));
  }
  for (const std::string& s : secrets) {
    const size_t at = out.find(s);
    if (at == std::string::npos) continue;
    const size_t from = at > 120 ? at - 120 : 0;
    ADD_FAILURE() << "huashu " << args << " printed " << s << " in full:\n…"
                  << out.substr(from, s.size() + 240) << "…";
  }
  return r;
}

std::string Q(const std::string& s) { return huashu::e2e::Quote(s); }

const char kNoPii[] =
    " --disable pii.mobile --disable pii.id_card --disable pii.bank_card --disable pii.email";

struct Inputs {
  std::string jsonl, templates, chat, qianniu, wecom, csv, funasr, srt;
  std::string All() const {
    return Q(jsonl) + " " + Q(templates) + " " + Q(chat) + " " + Q(qianniu) + " " + Q(wecom) + " " +
           Q(csv) + " " + Q(funasr);
  }
};

Inputs WriteInputs(Corpus* c) {
  Inputs in;
  in.jsonl = Path("chats.jsonl");
  WriteFile(in.jsonl, JsonlInput(c));
  in.templates = Path("templates.txt");
  {
    std::string t;
    for (const Message& m : c->messages()) t += m.text + "\n";
    WriteFile(in.templates, t);
  }
  in.chat = Path("shop_export.txt");
  WriteFile(in.chat, ChatExport(c));
  in.qianniu = Path("qianniu.txt");
  WriteFile(in.qianniu, Qianniu(c));
  in.wecom = Path("wecom.jsonl");
  WriteFile(in.wecom, WeCom(c));
  in.csv = Path("calls.csv");
  WriteFile(in.csv, Csv(c));
  in.funasr = Path("funasr.jsonl");
  WriteFile(in.funasr, FunAsr(c));
  in.srt = Path("call.srt");
  WriteFile(in.srt, Srt(c));
  return in;
}

// Every report format of check, over every reader, with and without the pii
// rules; a baseline written and read back.
TEST(PiiProperty, CheckReportsOfEveryFormatAndReader) {
  Corpus c(20261129, 200);
  const Inputs in = WriteInputs(&c);
  const std::vector<std::string> secrets = c.Secrets();
  // One run writes every format (text to standard output, the others to
  // files) and a baseline: a run compiles the books once, which is most of
  // its time under the sanitizers.
  std::string outputs = " -o text";
  std::vector<std::string> files;
  for (const char* format : {"json", "jsonl", "sarif", "html"}) {
    files.push_back(Path(std::string("report.") + format));
    outputs += std::string(" -o ") + format + ":" + Q(files.back());
  }
  const std::string baseline = Path("baseline.json");
  std::remove(baseline.c_str());
  files.push_back(baseline);
  RunHuashu("check" + outputs + " --write-baseline " + Q(baseline) + " " + in.All(), secrets,
            files);
  for (const std::string& f : files) EXPECT_FALSE(huashu::e2e::Slurp(f).empty()) << f;
  // Without the pii rules (masking does not depend on them); subtitles whose
  // voices match no --agent-pattern; findings accepted by the baseline.
  files.resize(2);
  RunHuashu(std::string("check -o text -o json:") + Q(files[0]) + " -o html:" + Q(files[1]) +
                " --agent-pattern '^客服'" + kNoPii + " " + in.All() + " " + Q(in.srt),
            secrets, files);
  RunHuashu(std::string("check -o text --baseline ") + Q(baseline) + kNoPii + " " + in.All(),
            secrets);
  EXPECT_GT(secrets.size(), 400u);
}

// The commands that read reports back: merge, stats, sample (its review
// file), --accept into a baseline; and their errors on input that is not a
// report (a JSON parser's message quotes what it read).
TEST(PiiProperty, ReportCommands) {
  Corpus c(20261130, 150);
  const Inputs in = WriteInputs(&c);
  const std::vector<std::string> secrets = c.Secrets();
  std::vector<std::string> json_shards, jsonl_shards;
  for (int k = 0; k < 2; ++k) {
    json_shards.push_back(Path("shard" + std::to_string(k) + ".json"));
    jsonl_shards.push_back(Path("shard" + std::to_string(k) + ".jsonl"));
    RunHuashu("check -o json:" + Q(json_shards.back()) + " -o jsonl:" + Q(jsonl_shards.back()) +
                  " --shard " + std::to_string(k) + "/2 " + in.All(),
              secrets, {json_shards.back(), jsonl_shards.back()});
  }
  for (const char* format : {"json", "jsonl", "html"}) {  // what merge writes
    RunHuashu(std::string("merge -o ") + format + " " + Q(json_shards[0]) + " " + Q(json_shards[1]),
              secrets);
  }
  RunHuashu("merge -o jsonl " + Q(jsonl_shards[0]) + " " + Q(jsonl_shards[1]), secrets);
  const std::string& report = json_shards[0];
  RunHuashu("stats " + Q(report) + " " + Q(json_shards[1]), secrets);
  RunHuashu("stats -o json " + Q(report) + " " + Q(jsonl_shards[1]), secrets);
  const std::string review = Path("review.csv");
  RunHuashu("sample --size 400 --stratify agent -o " + Q(review) + " " + Q(report), secrets,
            {review});
  // The reviewer marks every row a false alarm; the note holds a number.
  std::string marked;
  {
    std::istringstream lines(huashu::e2e::Slurp(review));
    std::string line;
    bool header = true;
    while (std::getline(lines, line)) {
      marked += header ? line : line.substr(0, line.size() - 1) + "fp," + c.FieldPhone();
      marked += "\n";
      header = false;
    }
  }
  const std::string reviewed = Path("reviewed.csv");
  WriteFile(reviewed, marked);
  const std::vector<std::string> more = c.Secrets();
  RunHuashu("stats --verdicts " + Q(reviewed) + " " + Q(report), more);
  const std::string baseline = Path("accepted.json");
  std::remove(baseline.c_str());
  RunHuashu("sample --accept " + Q(reviewed) + " --write-baseline " + Q(baseline), more,
            {baseline});
  // Input that is not a report, a review file or a baseline: the errors
  // quote it.
  const std::string bad = Path("bad.json");
  WriteFile(bad, "{\"tool\":\"huashu\",\"conversations\":[\"" + c.FieldPhone() + "\t\"]}\n");
  const std::string bad_review = Path("bad_review.csv");
  WriteFile(bad_review, "id,rule,verdict\nabc,forbidden.curt," + c.FieldPhone() + "\n");
  const std::vector<std::string> all = c.Secrets();
  RunHuashu("stats " + Q(bad), all, {}, 2);
  RunHuashu("merge " + Q(bad) + " " + Q(bad), all, {}, 2);
  RunHuashu("sample --accept " + Q(bad_review) + " --write-baseline " + Q(baseline), all, {}, 2);
  RunHuashu("check --baseline " + Q(bad) + " " + Q(in.templates), all, {}, 2);
}

// explain, over every reader and on turns given as arguments, and the rules
// commands, with a user book whose examples hold numbers (a small book: a
// run starts in milliseconds).
TEST(PiiProperty, ExplainAndRules) {
  Corpus c(20261201, 80);
  const Inputs in = WriteInputs(&c);
  const std::string fire = c.Next().text, pass = c.Next().text;
  const std::string book = Path("book.yaml");
  WriteFile(
      book,
      "name: mine\nrules:\n"
      "  - id: pii.mobile\n    type: pii\n    category: pii\n    detector: mobile\n"
      "    message: \"含{kind} {match}\"\n"
      "    examples: {fire: [" +
          CsvField(pass) +
          "]}\n"
          "  - id: forbidden.curt\n    type: forbidden\n    category: forbidden\n"
          "    words: [什么事, 亲, 您好, 谢谢, 和, 或]\n    message: \"生硬的话「{match}」\"\n"
          "    examples:\n      fire: [" +
          CsvField(fire) + "]\n      pass: [" + CsvField("什么事，" + pass) + "]\n");
  const std::string rules = " --rules " + Q(book);
  for (const std::string& f :
       {in.jsonl, in.templates, in.chat, in.qianniu, in.wecom, in.csv, in.funasr, in.srt})
    RunHuashu("explain --file " + Q(f) + rules, c.Secrets(), {}, 2);  // 2: bad records
  // Turns as arguments; then an argument that is not a turn (its error
  // quotes it). (Arguments first: the secrets must include their numbers.)
  std::string args = "explain" + rules;
  for (int i = 0; i < 8; ++i) {
    // Appended piece by piece, not "..." + a temporary: GCC 12 warns
    // -Wrestrict there, wrongly.
    std::string turn = i % 3 == 1 ? "客户：" : "";
    turn += c.Next().text;
    args += ' ';
    args += Q(turn);
  }
  RunHuashu(args, c.Secrets());
  args = "explain" + rules + " " + Q(c.Next().text) + " " + Q("客服" + c.FieldPhone() + " 您好");
  RunHuashu(args, c.Secrets(), {}, 2);
  RunHuashu("rules test " + Q(book), c.Secrets());
  RunHuashu("rules explain forbidden.curt" + rules, c.Secrets());
  RunHuashu("rules explain pii.mobile" + rules, c.Secrets());
}

// Masking ids does not cost an id its use: a long numeric id that passes a
// card's check by chance is printed as it is, a phone number is masked.
TEST(PiiProperty, LongNumericIdsAreKept) {
  const std::string in = Path("ids.jsonl");
  WriteFile(in, R"({"id":"6222021234567894","agent":{"id":"1795399310000123456"},"turns":[)"
                R"({"speaker":"agent","text":"您好，请问有什么可以帮您？"}]})"
                "\n"
                R"({"id":"13812345678","turns":[{"speaker":"agent","text":"您好，什么事"}]})"
                "\n");
  const huashu::e2e::Result r = RunHuashu("check -o json " + Q(in), {"13812345678"});
  const auto report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["conversations"].size(), 2u);
  EXPECT_EQ(report["conversations"][0]["id"], "6222021234567894");
  EXPECT_EQ(report["conversations"][0]["agent"]["id"], "1795399310000123456");
  EXPECT_EQ(report["conversations"][1]["id"], "138****5678");
}

}  // namespace
