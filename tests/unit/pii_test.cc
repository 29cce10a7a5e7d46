// Personal data detectors: what they find, what they must leave alone, and
// that the masked form never carries the data.

#include "huashu/match/pii.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "huashu/text/fold.h"

namespace huashu::match {
namespace {

std::vector<PiiFinding> Detect(PiiKind kind, std::string_view s) {
  text::FoldedText t;
  text::Fold(s, &t);
  std::vector<PiiFinding> out;
  DetectPii(kind, t, &out);
  return out;
}

// Original code point span of a finding.
std::pair<uint32_t, uint32_t> FindingSpan(std::string_view s, const PiiFinding& f) {
  text::FoldedText t;
  text::Fold(s, &t);
  return {t.OriginBegin(f.ubegin), t.OriginEnd(f.uend)};
}

std::string DigitsOnly(std::string_view s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

// ---------------------------------------------------------------- mobile

TEST(PiiMobile, PlainNumber) {
  const std::string s = "我的电话是13812345678，谢谢";
  auto f = Detect(PiiKind::kMobile, s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, PiiKind::kMobile);
  EXPECT_EQ(f[0].masked, "138****5678");
  EXPECT_EQ(FindingSpan(s, f[0]), std::make_pair(5u, 16u));
}

TEST(PiiMobile, GroupedBySpacesOrDashes) {
  for (const char* s : {"电话 138 1234 5678 打我", "电话138-1234-5678", "电话：1381234 5678"}) {
    auto f = Detect(PiiKind::kMobile, s);
    ASSERT_EQ(f.size(), 1u) << s;
    EXPECT_EQ(f[0].masked, "138****5678") << s;
  }
  const std::string s = "电话 138 1234 5678 打我";
  auto f = Detect(PiiKind::kMobile, s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(FindingSpan(s, f[0]), std::make_pair(3u, 16u));
}

TEST(PiiMobile, FullWidthDigitsAfterFolding) {
  auto f = Detect(PiiKind::kMobile, "电话１３８１２３４５６７８");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "138****5678");
  auto g = Detect(PiiKind::kMobile, "电话１３８　１２３４　５６７８");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].masked, "138****5678");
}

TEST(PiiMobile, CountryCode) {
  for (const char* s : {"+8613812345678", "+86 138 1234 5678", "+86-138-1234-5678", "8613812345678",
                        "＋８６ １３８１２３４５６７８"}) {
    auto f = Detect(PiiKind::kMobile, s);
    ASSERT_EQ(f.size(), 1u) << s;
    EXPECT_EQ(f[0].masked, "138****5678") << s;
  }
}

TEST(PiiMobile, EveryPrefixFrom13To19) {
  for (char second = '3'; second <= '9'; ++second) {
    std::string n = "1";
    n += second;
    n += "812345678";
    EXPECT_EQ(Detect(PiiKind::kMobile, "号码" + n).size(), 1u) << n;
  }
  EXPECT_TRUE(Detect(PiiKind::kMobile, "号码12812345678").empty());
  EXPECT_TRUE(Detect(PiiKind::kMobile, "号码10812345678").empty());
  EXPECT_TRUE(Detect(PiiKind::kMobile, "号码23812345678").empty());
}

TEST(PiiMobile, MaskedFormsAreNotMatched) {
  for (const char* s : {"138****5678", "电话138****5678", "138xxxx5678", "138XXXX5678",
                        "138××××5678", "尾号5678的手机", "手机尾号为 5678", "1381234****"}) {
    EXPECT_TRUE(Detect(PiiKind::kMobile, s).empty()) << s;
  }
}

TEST(PiiMobile, LongerDigitRunsAreNotMatched) {
  for (const char* s : {"订单号 2026112213812345678", "订单号138123456789", "单号：1381234567800",
                        "运单 138 1234 5678 9", "0755-13812345678-1"}) {
    EXPECT_TRUE(Detect(PiiKind::kMobile, s).empty()) << s;
  }
  EXPECT_TRUE(Detect(PiiKind::kMobile, "1381234567").empty()) << "ten digits";
}

TEST(PiiMobile, DigitsGluedToLettersAreNotMatched) {
  for (const char* s : {"SF1381234567800", "单号SF13812345678", "13812345678abc", "JD13812345678",
                        "ＳＦ１３８１２３４５６７８"}) {
    EXPECT_TRUE(Detect(PiiKind::kMobile, s).empty()) << s;
  }
}

TEST(PiiMobile, SeveralNumbersInOneText) {
  auto f = Detect(PiiKind::kMobile, "打13812345678或者13987654321都行");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].masked, "138****5678");
  EXPECT_EQ(f[1].masked, "139****4321");
  EXPECT_LT(f[0].uend, f[1].ubegin);
}

TEST(PiiMobile, NothingInOrdinaryText) {
  EXPECT_TRUE(
      Detect(PiiKind::kMobile, "您好，请问有什么可以帮您？满300减30，7天无理由退货").empty());
  EXPECT_TRUE(Detect(PiiKind::kMobile, "").empty());
}

// ---------------------------------------------------------------- id_card

TEST(PiiIdCard, ValidCheckDigit) {
  const std::string s = "身份证号440304199001011233，请核对";
  auto f = Detect(PiiKind::kIdCard, s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, PiiKind::kIdCard);
  EXPECT_EQ(FindingSpan(s, f[0]), std::make_pair(4u, 22u));
  EXPECT_EQ(f[0].masked.size(), 18u);
  EXPECT_EQ(f[0].masked.substr(0, 3), "440");
  EXPECT_EQ(f[0].masked.substr(14), "1233");
}

TEST(PiiIdCard, CheckDigitX) {
  for (const char* s : {"11010519491231002X", "证件 11010519491231002x 已登记",
                        "１１０１０５１９４９１２３１００２Ｘ", "44030419900101125X"}) {
    auto f = Detect(PiiKind::kIdCard, s);
    ASSERT_EQ(f.size(), 1u) << s;
    EXPECT_EQ(f[0].masked.find("11010519491231002"), std::string::npos);
  }
}

TEST(PiiIdCard, InvalidCheckDigitIsNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "440304199001011234").empty());
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "110105194912310021").empty());
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "440304199001011233X").empty()) << "19 characters";
}

TEST(PiiIdCard, InvalidBirthMonthIsNotMatched) {
  // Month 13, with the check digit that would otherwise be right.
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "440304199013011230").empty());
}

TEST(PiiIdCard, MaskedIdIsNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "440***********1233").empty());
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "4403041990****1233").empty());
}

// ---------------------------------------------------------------- bank_card

TEST(PiiBankCard, LuhnValidSixteenToNineteenDigits) {
  for (const char* s : {"卡号6222021234567894", "卡号 6222 0212 3456 7894",
                        "卡号6228480012345678903", "卡号6228-4800-1234-5678-903"}) {
    auto f = Detect(PiiKind::kBankCard, s);
    ASSERT_EQ(f.size(), 1u) << s;
    EXPECT_EQ(f[0].kind, PiiKind::kBankCard);
    const std::string digits = DigitsOnly(s);
    EXPECT_EQ(f[0].masked.find(digits), std::string::npos);
    EXPECT_EQ(f[0].masked.substr(f[0].masked.size() - 4), digits.substr(digits.size() - 4))
        << f[0].masked;
  }
}

TEST(PiiBankCard, InvalidLuhnIsNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "6222021234567895").empty());
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "订单6228480012345678904").empty());
}

// A number named a card or an ID number where it stands is one, whatever its
// check digit says: people type and read these numbers with slips.
TEST(PiiBankCard, ANumberNamedACardNeedsNoLuhn) {
  EXPECT_EQ(Detect(PiiKind::kBankCard, "银行卡号6222021234567895").size(), 1u);
  EXPECT_EQ(Detect(PiiKind::kBankCard, "退到那张卡，卡号6222 0212 3456 7890 123").size(), 1u);
  EXPECT_EQ(
      Detect(PiiKind::kBankCard, "退到６２２２０２１２０３００４５６７８９１这张卡是吧").size(),
      1u);
  // an ID-shaped number named a card is a card (the ID detector leaves it)
  EXPECT_EQ(Detect(PiiKind::kBankCard, "您的银行卡卡号 330106199208154418").size(), 1u);
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "您的银行卡卡号 330106199208154418").empty());
  // an ID number named as such is still no card
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "银行卡和身份证330106199208154417").empty());
}

// Only the words next to a number name it: a refund message names the card
// and the order both, and the order number must stay readable.
TEST(PiiBankCard, ACardNamedElsewhereNamesNoOtherNumber) {
  for (const char* s :
       {"订单3012345678901234567的退款已原路退到您的银行卡",
        "退款已退到银行卡，售后单 3012345678901234567", "您的E卡卡号 1234 5678 9012 3456"}) {
    text::FoldedText t;
    text::Fold(s, &t);
    std::vector<PiiFinding> all;
    for (PiiKind k : {PiiKind::kMobile, PiiKind::kIdCard, PiiKind::kBankCard})
      DetectPii(k, t, &all);
    EXPECT_TRUE(all.empty()) << s;
  }
}

TEST(PiiIdCard, ANumberTheTextCallsAnIdNumberNeedsNoCheckDigit) {
  const auto f = Detect(PiiKind::kIdCard, "身份证号330106199208154417，对吧");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "330***********4417");
  // the shape still counts: no birth date, or a year of no one alive
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "身份证号330106123408154417").empty());
  EXPECT_TRUE(Detect(PiiKind::kIdCard, "身份证号330106199213154417").empty());
}

TEST(PiiBankCard, OutsideTheLengthRangeIsNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "卡号622202123456782").empty()) << "15 digits, Luhn valid";
  // 20 digits that pass Luhn.
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "卡号62220212345678940000").empty());
}

TEST(PiiBankCard, IdNumbersAreNotReportedAsCards) {
  // An ID number that happens to pass the Luhn check too.
  const std::string s = "身份证440304199001090365";
  EXPECT_EQ(Detect(PiiKind::kIdCard, s).size(), 1u);
  EXPECT_TRUE(Detect(PiiKind::kBankCard, s).empty());
}

TEST(PiiBankCard, MaskedCardIsNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "卡号************7894").empty());
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "卡号6222********7894").empty());
}

// ---------------------------------------------------------------- email

TEST(PiiEmail, PlainAddress) {
  const std::string s = "请发到zhangsan@example.com，谢谢";
  auto f = Detect(PiiKind::kEmail, s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, PiiKind::kEmail);
  EXPECT_EQ(f[0].masked, "z***@example.com");
  EXPECT_EQ(FindingSpan(s, f[0]), std::make_pair(3u, 23u));
  auto g = Detect(PiiKind::kEmail, "邮箱 li.si+shop@mail.example.com.cn。");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].masked.find("li.si+shop"), std::string::npos);
}

TEST(PiiEmail, FullWidthAddress) {
  auto f = Detect(PiiKind::kEmail, "ｚｈａｎｇｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "z***@example.com");
}

TEST(PiiEmail, MaskedLocalPartIsNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kEmail, "z***@example.com").empty());
  EXPECT_TRUE(Detect(PiiKind::kEmail, "发到 ***@example.com").empty());
}

TEST(PiiEmail, PartlyMaskedLocalPartIsNotMatched) {
  // "zh***an" is a masked address, as reports and agents write it; its
  // visible tail "an" must not be reported as the address an@example.com.
  auto f = Detect(PiiKind::kEmail, "邮箱zh***an@example.com");
  EXPECT_TRUE(f.empty());
}

TEST(PiiEmail, NoTopLevelDomainIsNotMatched) {
  for (const char* s : {"user@localhost", "user@example", "user@example.", "user@.com",
                        "@example.com", "user@", "价格@50元"}) {
    EXPECT_TRUE(Detect(PiiKind::kEmail, s).empty()) << s;
  }
}

// ---------------------------------------------------------------- masking, names

TEST(PiiMasking, MaskedStringsNeverContainTheData) {
  struct Case {
    PiiKind kind;
    const char* text;
    const char* data;
  };
  const Case cases[] = {
      {PiiKind::kMobile, "13812345678", "13812345678"},
      {PiiKind::kMobile, "+86 138 1234 5678", "13812345678"},
      {PiiKind::kIdCard, "440304199001011233", "440304199001011233"},
      {PiiKind::kIdCard, "11010519491231002X", "11010519491231002"},
      {PiiKind::kBankCard, "6222021234567894", "6222021234567894"},
      {PiiKind::kBankCard, "6228480012345678903", "6228480012345678903"},
      {PiiKind::kEmail, "zhangsan@example.com", "zhangsan"},
  };
  for (const Case& c : cases) {
    auto f = Detect(c.kind, c.text);
    ASSERT_EQ(f.size(), 1u) << c.text;
    EXPECT_EQ(f[0].masked.find(c.data), std::string::npos) << f[0].masked;
    EXPECT_NE(f[0].masked.find('*'), std::string::npos) << f[0].masked;
    // Not even the digits with the separators taken out.
    if (!DigitsOnly(c.data).empty()) {
      EXPECT_NE(DigitsOnly(f[0].masked), DigitsOnly(c.data)) << f[0].masked;
    }
  }
}

TEST(PiiNames, KindsAndLabels) {
  PiiKind k;
  ASSERT_TRUE(ParsePiiKind("mobile", &k));
  EXPECT_EQ(k, PiiKind::kMobile);
  ASSERT_TRUE(ParsePiiKind("id_card", &k));
  EXPECT_EQ(k, PiiKind::kIdCard);
  ASSERT_TRUE(ParsePiiKind("bank_card", &k));
  EXPECT_EQ(k, PiiKind::kBankCard);
  ASSERT_TRUE(ParsePiiKind("email", &k));
  EXPECT_EQ(k, PiiKind::kEmail);
  EXPECT_FALSE(ParsePiiKind("passport", &k));
  EXPECT_EQ(PiiLabel(PiiKind::kMobile), "手机号");
  EXPECT_EQ(PiiLabel(PiiKind::kIdCard), "身份证号");
  EXPECT_EQ(PiiLabel(PiiKind::kBankCard), "银行卡号");
  EXPECT_EQ(PiiLabel(PiiKind::kEmail), "邮箱");
}

}  // namespace
}  // namespace huashu::match

namespace huashu::match {
namespace {

TEST(PiiMobile, NumbersWrittenOneAfterAnother) {
  text::FoldedText t;
  text::Fold("拨打13812345678 13987654321联系，或138 1234 5678 13687654321", &t);
  std::vector<PiiFinding> found;
  DetectPii(PiiKind::kMobile, t, &found);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].masked, "138****5678");
  EXPECT_EQ(found[1].masked, "139****4321");
  EXPECT_EQ(found[2].masked, "138****5678");
  EXPECT_EQ(found[3].masked, "136****4321");
}

}  // namespace
}  // namespace huashu::match

namespace huashu::match {
namespace {

std::vector<PiiSpan> Stretches(std::string_view s) {
  text::FoldedText t;
  text::Fold(s, &t);
  std::vector<PiiSpan> out;
  FindPersonalData(t, &out);
  return out;
}

TEST(PiiMask, ZeroZeroEightSixPrefixIsAPhone) {
  for (std::string_view s :
       {"电话 0086 13812345678", "电话008613812345678", "电话 0086-138-1234-5678"}) {
    const auto f = Detect(PiiKind::kMobile, s);
    ASSERT_EQ(f.size(), 1u) << s;
    EXPECT_EQ(f[0].masked, "138****5678");
  }
}

TEST(PiiMask, EmailDomainThatIsANumberIsStarred) {
  const auto f = Detect(PiiKind::kEmail, "发到 a@13812345678.cn 吧");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "a***@***.cn");
  EXPECT_EQ(Detect(PiiKind::kEmail, "zhang@163.com")[0].masked, "z***@163.com");
}

TEST(PiiMask, OverlappingItemsAreOneStretch) {
  const auto s =
      Stretches("联系 13812345678@163.com 卡号 6222021234567890128 身份证 11010519491231002X");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].begin, 3u);
  EXPECT_EQ(s[0].masked, "1***@163.com");
  EXPECT_EQ(s[1].masked, "****0128");
  EXPECT_EQ(s[2].masked, "110***********002X");
}

TEST(PiiMask, MaskCopiesReplacesOriginalAndDigits) {
  const std::vector<PiiSpan> spans{{0, 13, "138****5678"}};
  std::string s = "号码 138 1234 5678 与 13812345678";
  MaskCopies(spans, {"138 1234 5678"}, &s);
  EXPECT_EQ(s, "号码 138****5678 与 138****5678");
}

// Ids, names and diagnostics printed whole (a call's id that is the caller's
// number, a WeCom user id, a quoted field) are masked in place.
TEST(PiiMask, MaskInPlaceMasksIdsAndDiagnostics) {
  struct Case {
    const char* in;
    const char* out;
  };
  for (const Case& c : std::vector<Case>{
           {"13812345678", "138****5678"},
           {"0086-138-1234-5678", "138****5678"},
           {"\xEF\xBC\x91\xEF\xBC\x93\xEF\xBC\x98\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93"
            "\xEF\xBC\x94\xEF\xBC\x95\xEF\xBC\x96\xEF\xBC\x97\xEF\xBC\x98",
            "138****5678"},  // full-width digits
           {"13812345678~wmK3vQ9sDAAbT7xYp2LfRk8eWnZc1000",
            "138****5678~wmK3vQ9sDAAbT7xYp2LfRk8eWnZc1000"},
           {"店铺:13812345678", "店铺:138****5678"},
           {"last read: '\"13812345678<U+0009>'", "last read: '\"138****5678<U+0009>'"},
           {"zhang.wei@qq.com", "z***@qq.com"},
           // One run of 11 digits, joined by single spaces or dashes.
           {"call 138 1234 5678 now", "call 138****5678 now"},
           {"1381234567 8", "138****5678"},
       }) {
    std::string s = c.in;
    MaskInPlace(&s);
    EXPECT_EQ(s, c.out) << c.in;
  }
  // Nothing to mask: left as it is (the fast path, and after folding).
  for (const char* plain : {"c-0001", "小美", "1428", "record 2026-11-22 10:00:03",
                            "订单号 2311190098765432101234", "SF1381234567800",
                            // 18 and 14 digits, but no run of more than 8 and 10
                            "2026-11-22T09:00:00+08:00", "2026-11-22 09:00:00"}) {
    std::string s = plain;
    MaskInPlace(&s);
    EXPECT_EQ(s, plain);
  }
}

// Output masking goes through the same detectors as the rules: a number
// named where it stands is hidden even with a check-digit slip, and an
// order number beside a card named elsewhere in the text stays readable.
TEST(PiiMask, NamedNumbersAreMaskedAndOrderNumbersLeft) {
  EXPECT_EQ(MaskPersonalData("身份证号330106199208154417，对吧"),
            "身份证号330***********4417，对吧");
  EXPECT_EQ(MaskPersonalData("退到您的银行卡 6222021203004567891"), "退到您的银行卡 ****7891");
  const std::string refund = "订单3012345678901234567的退款已原路退到您的银行卡";
  EXPECT_EQ(MaskPersonalData(refund), refund);
}

// Invalid UTF-8 before a number (stray continuation bytes, each one code
// point to the fold) does not shift the masked span: the number itself is
// hidden, nothing else is cut.
TEST(PiiMask, StrayContinuationBytesDoNotShiftTheMask) {
  const std::string text =
      std::string("\x88\x88\x88") + "电话13812345678，邮箱zhang.wei@example.com";
  const std::string masked = MaskPersonalData(text);
  EXPECT_EQ(masked.find("13812345678"), std::string::npos) << masked;
  EXPECT_EQ(masked.find("zhang.wei@"), std::string::npos) << masked;
  EXPECT_NE(masked.find("138****5678"), std::string::npos) << masked;
  EXPECT_EQ(masked.substr(0, 3), "\x88\x88\x88");
}

// Masking is idempotent: a masked string masks to itself, so masking again
// at the output (a report read back by merge, stats or sample) changes
// nothing.
TEST(PiiMask, MaskedTextMasksToItself) {
  for (std::string_view s :
       {"联系 13812345678@163.com 卡号 6222021234567890128 身份证 11010519491231002X",
        "a@13812345678.cn 或 +86 138 1234 5678 或 0086-139-8765-4321",
        "https://m.example.com/u/13812345678?x=1 与 13812345678/13987654321@139.com"}) {
    const std::string once = MaskPersonalData(s);
    EXPECT_NE(once, s);
    EXPECT_EQ(MaskPersonalData(once), once) << s;
  }
}

// What the docs promise is not detected stays as written: numbers in
// Chinese numerals (docs/matching.md).
TEST(PiiMask, ChineseNumeralsAreNotDetected) {
  const std::string s = "电话一三八一二三四五六七八";
  EXPECT_EQ(MaskPersonalData(s), s);
}

// A card is written in fours (the last group may be shorter) or not grouped:
// a date-time key whose digits happen to pass the Luhn check is not one
// (samples/funasr_calls.jsonl names a call 20261122-1017-5120).
TEST(PiiBankCard, DigitsGroupedUnlikeACardAreNotMatched) {
  EXPECT_TRUE(Detect(PiiKind::kBankCard, "通话 20261122-1017-5120").empty());
  EXPECT_EQ(MaskPersonalData("20261122-1017-5120"), "20261122-1017-5120");
  EXPECT_EQ(Detect(PiiKind::kBankCard, "卡号 2026-1122-1017-5120").size(), 1u);
  EXPECT_EQ(Detect(PiiKind::kBankCard, "卡号 2026112210175120").size(), 1u);
}

// Any dash groups digits (typeset text has en and em dashes and the minus
// sign); dots and brackets do not (docs/matching.md says so).
TEST(PiiMobile, TypesetDashesGroupDigits) {
  for (std::string_view s :
       {"手机：138\u20131234\u20135678", "手机：138\u20141234\u20145678",
        "手机：138\u22121234\u22125678", "手机：+86\u2013138\u20131234\u20135678"}) {
    const auto f = Detect(PiiKind::kMobile, s);
    ASSERT_EQ(f.size(), 1u) << s;
    EXPECT_EQ(f[0].masked, "138****5678");
  }
  EXPECT_TRUE(Detect(PiiKind::kMobile, "手机：138.1234.5678").empty());
  EXPECT_TRUE(Detect(PiiKind::kMobile, "手机：(138)1234-5678").empty());
}

// An id keeps a long number that a check passes by chance (order and
// snowflake ids are 16-19 digits); a phone number or e-mail in it is masked.
TEST(PiiMask, MaskIdInPlaceKeepsLongNumericIds) {
  for (const char* id : {"6222021234567894", "440304199001090365", "1795399310000123456"}) {
    std::string s = id;
    MaskIdInPlace(&s);
    EXPECT_EQ(s, id);
  }
  std::string phone = "13812345678~wmK3vQ9sDAAbT7xYp2LfRk8eWnZc1000";
  MaskIdInPlace(&phone);
  EXPECT_EQ(phone, "138****5678~wmK3vQ9sDAAbT7xYp2LfRk8eWnZc1000");
  std::string mail = "call-zhang.wei@qq.com";
  MaskIdInPlace(&mail);
  EXPECT_EQ(mail, "c***@qq.com");
}

}  // namespace
}  // namespace huashu::match
