// Cost that must stay linear (issue 10): a 100,000-turn call with cut-ins
// and unanswered thanks, and a 100,000-line template with findings and
// ignore directives. Quadratic evaluators took minutes here; linear ones
// take well under a second, so the bound below is loose on a busy machine.

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

// A quadratic evaluator takes minutes on these inputs; a linear one about a
// second in a release build. The bound only has to tell the two apart, so
// it is generous, and more so under the sanitizers (5-10x slower).
#ifdef HUASHU_SANITIZED
constexpr double kLimitSeconds = 60.0;
#else
constexpr double kLimitSeconds = 10.0;
#endif

namespace {

std::string ScaleTempPath(const std::string& name) {
  return ::testing::TempDir() + "huashu_scale_" + std::to_string(getpid()) + "_" + name;
}

double Seconds(const std::string& args, int* status) {
  const auto start = std::chrono::steady_clock::now();
  const std::string cmd = "'" HUASHU_BIN "' " + args + " >/dev/null 2>&1";
  const int rc = std::system(cmd.c_str());
  *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(Scale, LongCallIsLinear) {
  const std::string path = ScaleTempPath("call.jsonl");
  {
    std::ofstream f(path);
    f << R"({"id":"long","channel":"call","turns":[)";
    double t = 0;
    for (int i = 0; i < 100000; ++i) {
      const bool agent = i % 2 == 0;
      // Every third agent turn cuts into the customer; customers thank
      // and are never answered with 不客气.
      const double start = agent && i % 3 == 0 ? t - 1.0 : t;
      if (i) f << ",";
      f << R"({"speaker":")" << (agent ? "agent" : "customer") << R"(","start":)" << start
        << R"(,"end":)" << start + 2 << R"(,"text":")" << (agent ? "好的，请稍等" : "谢谢")
        << R"("})";
      t = start + 2.5;
    }
    f << "]}\n";
  }
  int status;
  const double s = Seconds("check -o json '" + path + "'", &status);
  EXPECT_LE(status, 1);
  EXPECT_LT(s, kLimitSeconds) << "a 100,000-turn call took " << s << " s";
}

TEST(Scale, LongTemplateWithDirectivesIsLinear) {
  const std::string path = ScaleTempPath("templates.txt");
  {
    std::ofstream f(path);
    for (int i = 0; i < 50000; ++i) {
      f << "# huashu-ignore-next-line\n这是全网最低价哦\n";
      f << "亲，这是全网最低价\n";
    }
  }
  int status;
  const double s = Seconds("check -o text '" + path + "'", &status);
  EXPECT_LE(status, 1);
  EXPECT_LT(s, kLimitSeconds) << "a 150,000-line template took " << s << " s";
}

// Every line of a template has the same speaker, so a condition that looks
// back for "the other side's previous turn" scanned to the top for every
// hit: 200,000 of these lines took 80 s (bench/README.md), 20,000 took 0.9 s.
TEST(Scale, LongTemplateOfMixedLinesIsLinear) {
  const std::string path = ScaleTempPath("mixed_templates.txt");
  {
    const char* const lines[] = {
        "您好，这里是青禾家电售后，工号2048，请问有什么可以帮您？",
        "请您稍等，我帮您查一下记录。",
        "让您久等了，您的工单已经转给师傅，明天上午上门。",
        "不客气，这是我们应该做的。",
        "这个问题我确实不清楚，你自己去问吧。",
        "非常抱歉给您带来不便，我马上帮您处理。",
        "请问还有其他可以帮您的吗？",
        "亲，下单后四十八小时内发货哦。",
        "这个绝对不会坏，放心买。",
    };
    std::ofstream f(path);
    for (int i = 0; i < 100000; ++i) f << lines[i % std::size(lines)] << "\n";
  }
  int status;
  const double s = Seconds("check -o json '" + path + "'", &status);
  EXPECT_LE(status, 1);
  EXPECT_LT(s, kLimitSeconds) << "a 100,000-line template took " << s << " s";
  std::remove(path.c_str());
}

}  // namespace
