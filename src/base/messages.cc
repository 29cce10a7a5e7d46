#include "huashu/base/messages.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace huashu::base {
namespace {

struct Entry {
  const char* id;
  const char* zh;
  const char* en;
};

// One line per message: id, Chinese, English. Keep ids sorted by area.
constexpr Entry kCatalogue[] = {
    // CLI
    {"cli.prefix", "huashu：", "huashu: "},
    {"cli.note", "注意：", "note: "},
    {"cli.stdin_terminal",
     "huashu：从标准输入读取会话（用管道传入文件，或按 Ctrl-D 结束；给出文件名则检查文件）",
     "huashu: reading conversations from standard input (pipe a file in, or press Ctrl-D to "
     "end; give FILES to check files)"},
    {"cli.shard", "--shard 的格式是 K/N（0 <= K < N），收到的是 '{0}'",
     "--shard takes K/N with 0 <= K < N, got '{0}'"},
    {"cli.agent_pattern", "--agent-pattern 不是有效的 RE2 正则表达式：{0}",
     "--agent-pattern is not a valid RE2 pattern: {0}"},
    {"cli.encoding", "--encoding：{0}", "--encoding: {0}"},
    {"cli.write_failed", "无法写出报告：{0}", "cannot write the report: {0}"},
    // huashu merge: the set of shards given
    {"merge.shard_missing",
     "merge：缺少分片 {0}（需要这次运行 0 到 {1} 每个分片的报告；--allow-partial "
     "只合并给出的分片）",
     "merge: shard {0} is missing (the reports of shards 0 to {1} of the run are needed; "
     "--allow-partial merges only those given)"},
    {"merge.shards_missing",
     "merge：缺少分片 {0}（需要这次运行 0 到 {1} 每个分片的报告；--allow-partial "
     "只合并给出的分片）",
     "merge: shards {0} are missing (the reports of shards 0 to {1} of the run are needed; "
     "--allow-partial merges only those given)"},
    {"merge.shard_twice", "merge：分片 {0} 给了两次：{1}，{2}",
     "merge: shard {0} given twice: {1}, {2}"},
    {"merge.shard_counts",
     "merge：{0} 是分片 {1}，{2} 却是分片 {3}：分片总数不同，不是同一次运行的分片",
     "merge: {0} is shard {1} but {2} is shard {3}: runs cut into different numbers of shards"},
    {"merge.shard_unknown",
     "merge：{0} 没有记录分片（不是 --shard K/N 的运行），{1} 却是分片 {2}：不是同一次运行的分片",
     "merge: {0} records no shard (a run without --shard K/N) but {1} is shard {2}: not shards "
     "of one run"},
    {"merge.shard_merged",
     "merge：{0} 本身是分片 {1}（共 {2} 片）合并的结果：请合并各分片自己的报告",
     "merge: {0} is itself a merge of shards {1} of {2}: merge the shards' own reports"},
    {"merge.parts_of_shards", "merge：{0} 是 --shard 运行的分片 {1}：分片请不加 --parts 合并",
     "merge: {0} is shard {1} of a --shard run: merge shards without --parts"},
    {"merge.rules_differ",
     "merge：{0} 与 {1} 中规则库 {2} 的在用规则不同（{3} 只在 {4} 中）：同一次运行的分片用同样的"
     "规则库和 --disable，这些报告不是同一次运行的；--allow-partial 仍然合并，在用规则取各报告之并",
     "merge: {0} and {1} had different rules of book {2} in force ({3} in {4} only): the shards "
     "of one run apply the same books with the same --disable, so these are not of one run; "
     "--allow-partial merges them anyway, with the rules in force in any of them"},
    {"merge.rules_differ_merged",
     "merge：{0} 与 {1} 中规则库 {2} 的在用规则不同（{3} 只在 {4} 中）；在用规则取各报告之并",
     "merge: {0} and {1} had different rules of book {2} in force ({3} in {4} only); the "
     "merge lists the rules in force in any of them"},
    {"merge.context_differs",
     "merge：{0} 的问题带上下文（check --context），{1} 的不带：请让所有分片都加或都不加 --context",
     "merge: the findings of {0} carry their sentence (check --context) but those of {1} do "
     "not: run every shard with --context or every shard without"},
    {"merge.partial", "merge：部分报告：只含分片 {0}（共 {1} 片），缺分片 {2}",
     "merge: a partial report: shards {0} of {1} only, shards {2} missing"},
    {"cli.unknown_platform", "没有平台 '{0}' 的规则库（已知：{1}）；这些会话已用其他规则库检查",
     "no rulebook for platform '{0}' (known: {1}); its conversations were checked with the "
     "other books"},
    {"cli.no_rule", "没有规则 '{0}'（见 huashu rules list）",
     "no rule '{0}' (see huashu rules list)"},
    {"cli.rulebook_error", "规则库错误：{0}", "rulebook error: {0}"},
    {"cli.usage_error", "用法错误：{0}", "usage error: {0}"},
    {"cli.lang", "--lang 只接受 zh 或 en，收到的是 '{0}'", "--lang takes zh or en, got '{0}'"},
    {"cli.config_error", "配置文件错误：{0}", "config error: {0}"},
    {"cli.using_config", "使用配置文件 {0}", "using config {0}"},
    {"cli.baseline_error", "基线文件错误：{0}", "baseline error: {0}"},
    {"cli.baseline_used", "基线 {0}：{1} 处已知问题未列出，{2} 处新问题",
     "baseline {0}: {1} known findings left out, {2} new"},
    {"stats.header", "{0} 份报告：检查 {1} 个会话，客服发言 {2} 句，问题 {3} 处",
     "reports: {0}; conversations checked: {1}; agent turns: {2}; findings: {3}"},
    {"stats.never_fired", "从未触发的规则（{0} 条，规则库中共 {1} 条）：",
     "rules that never fired ({0} of the {1} in the books):"},
    {"stats.idle", "从未排除过任何候选的例外词和条件（{0} 个）：",
     "allow-list entries and conditions that set nothing aside ({0}):"},
    {"stats.idle_unknown",
     "报告未记录例外词和条件排除的候选（旧版本的报告），无法列出从未起作用的例外",
     "the reports do not record what allow-lists and conditions set aside (older reports): idle "
     "ones cannot be listed"},
    {"stats.reviewed", "复核结论 {0} 条（{1}）", "{0} verdicts read ({1})"},
    {"progress.line", "huashu：文件 {0}，记录 {1}，已读 {2} MB，{3} MB/s，剩余约 {4}（已用 {5}）",
     "huashu: file {0}, {1} records, {2} MB read, {3} MB/s, ETA {4} (elapsed {5})"},
    {"sample.written", "已抽取 {0} 处问题（共 {1} 处）写入 {2}",
     "sampled {0} of {1} findings into {2}"},
    {"sample.accepted", "已把 {0} 处标为 fp 的问题（{1} 条记录）写入基线 {2}",
     "wrote {0} findings marked fp ({1} entries) to the baseline {2}"},
    {"cli.baseline_written", "已把 {0} 处问题（{1} 条记录）写入基线 {2}",
     "wrote {0} findings ({1} entries) to the baseline {2}"},
    {"cli.output_format", "-o {0}：没有报告格式 '{1}'（可用：{2}）",
     "-o {0}: no report format '{1}' (known: {2})"},
    {"cli.output_stdout_twice",
     "只能有一个报告写到标准输出（-o {0} 与 -o {1}）；其余请写到文件：-o 格式:文件",
     "only one report can go to standard output (-o {0} and -o {1}); send the others to "
     "files: -o FORMAT:FILE"},
    {"cli.output_same_file", "两个报告写到同一个文件 {0}", "two reports go to the same file {0}"},
    {"cli.output_open", "无法写入 {0}：{1}", "cannot write {0}: {1}"},
    {"cli.output_written", "{0} 报告已写入 {1}", "{0} report written to {1}"},
    // Audit
    {"audit.no_agent",
     "会话 '{0}' 没有识别出客服发言（看到的说话方：{1}），未评分、未检查客服规则；请用 "
     "--agent-pattern（聊天导出）或 --agent-speaker（语音识别结果）指明客服",
     "conversation '{0}' has no agent turn (speakers seen: {1}); it was not scored and no agent "
     "rule ran: name the agent with --agent-pattern (chat exports) or --agent-speaker (speech "
     "recognition results)"},
    {"audit.unknown_suppression", "huashu-ignore-next-line 指定的规则 '{0}' 不存在",
     "huashu-ignore-next-line names no known rule '{0}'"},
    {"audit.disable_unknown", "--disable：没有规则 '{0}'（见 huashu rules list）",
     "--disable: no rule '{0}' (see huashu rules list)"},
    // Readers: the messages a newcomer meets first
    {"read.cannot_open", "无法打开：{0}", "cannot open: {0}"},
    {"read.is_directory", "是一个目录（请给出其中的文件）",
     "is a directory (give the files in it)"},
    {"read.cannot_read_dir", "无法读取目录：{0}", "cannot read the directory: {0}"},
    {"read.empty_dir",
     "目录中没有可读取的文件（隐藏文件和二进制文件会跳过；见 --include/--exclude）",
     "directory holds no file to read (hidden and binary files are skipped; see "
     "--include/--exclude)"},
    // The parser's own text is English: the Chinese message explains instead.
    {"read.invalid_json",
     "不是有效的 JSON：括号、引号、逗号或数值有误，或这一行只有一条记录的一部分（JSON Lines "
     "要求每个会话占一行）",
     "invalid JSON: {0}"},
    {"read.invalid_utf8", "记录中有无效的 UTF-8", "invalid UTF-8 in record"},
    {"read.not_object", "每条记录必须是一个 JSON 对象（每行一个会话）",
     "a record must be a JSON object (one conversation per line)"},
    {"read.not_jsonl",
     "不是 JSON Lines：整个文件是一个分布在 {0} 行上的 JSON 文档（格式化过的）；JSON Lines "
     "要求每个会话占一行。请把它写成一行，或用 --input json（或 auto）按一个文档读取",
     "not JSON Lines: the file is one JSON document spread over {0} lines (pretty-printed); "
     "JSON Lines needs each conversation on one line. Put it on one line, or read it as one "
     "document with --input json (or auto)"},
    {"field.string", "{0} 必须是字符串", "{0} must be a string"},
    {"field.object", "{0} 必须是 JSON 对象", "{0} must be an object"},
    {"field.array", "{0} 必须是数组", "{0} must be an array"},
    {"field.missing", "缺少 {0}", "missing {0}"},
    {"field.missing_array", "缺少 {0} 数组", "missing {0} array"},
    {"field.absent", "缺少 {0}", "{0} missing"},
    {"field.agent", "agent 必须是对象或字符串", "agent must be an object or a string"},
    {"field.channel", "channel 必须是 \"call\" 或 \"chat\"{0}",
     "channel must be \"call\" or \"chat\"{0}"},
    {"field.direction", "direction 必须是 \"inbound\" 或 \"outbound\"{0}",
     "direction must be \"inbound\" or \"outbound\"{0}"},
    {"field.got", "，实际是 \"{0}\"", ", got \"{0}\""},
    {"field.speaker_missing", "缺少 {0}.speaker（agent、customer 或 system）",
     "{0}.speaker missing (agent, customer or system)"},
    {"field.speaker_unknown", "{0}.speaker \"{1}\" 不是 agent、customer 或 system",
     "{0}.speaker \"{1}\" is not agent, customer or system"},
    {"field.iso_time", "{0} 必须是 ISO-8601 时间（如 2026-11-22T10:00:03+08:00）",
     "{0} must be an ISO-8601 timestamp"},
    {"field.event_unknown", "{0}.type \"{1}\" 不是已知的事件类型", "{0}.type \"{1}\" is unknown"},
    {"field.by", "{0}.by 必须是 agent 或 customer", "{0}.by must be agent or customer"},
    {"read.utf8_repaired", "无效的 UTF-8 已替换为 U+FFFD", "invalid UTF-8 replaced by U+FFFD"},
    {"read.utf8_repaired_at", "无效的 UTF-8（消息第 {0} 个字节）已替换为 U+FFFD",
     "invalid UTF-8 (byte {0} of the message) replaced by U+FFFD"},
    {"read.undecodable", "{0} 个字符无法按 {1} 解码，已替换为 U+FFFD",
     "{0} character(s) could not be decoded from {1} and were replaced by U+FFFD"},
    {"read.header_without_text", "消息头下没有消息文字", "message header without text"},
    {"csv.short_row", "该行有 {0} 个字段，表头有 {1} 个：没有 text 列，该行未读取",
     "row has {0} field(s), the header {1}: no text column; row not read"},
    {"csv.speaker_unknown", "说话方 '{0}' 不是 agent、customer 或 system",
     "speaker '{0}' is not agent, customer or system"},
    {"csv.no_rows", "会话 '{0}'：{1} 行都无法读取，未检查",
     "conversation '{0}': none of its {1} row(s) could be read; not checked"},
    {"csv.time", "time 不是 ISO-8601 时间；该句保留，但没有时间",
     "time is not an ISO-8601 timestamp; turn kept without time"},
    {"errno.ENOENT", "文件或目录不存在", "No such file or directory"},
    {"errno.EACCES", "没有权限", "Permission denied"},
    // Diagnostics labels (text report)
    {"diag.dropped", "未检查：", "not checked: "},
    {"diag.note", "注意：", "note: "},
};

std::atomic<Lang> g_lang{LangFromEnvironment()};

}  // namespace

void SetLang(Lang lang) { g_lang.store(lang, std::memory_order_relaxed); }
Lang CurrentLang() { return g_lang.load(std::memory_order_relaxed); }

Lang LangFromEnvironment() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::strncmp(v, "zh", 2) == 0 ? Lang::kZh : Lang::kEn;
  }
  return Lang::kEn;
}

bool ParseLang(std::string_view s, Lang* out) {
  if (s.substr(0, 2) == "zh") {
    *out = Lang::kZh;
    return true;
  }
  if (s.substr(0, 2) == "en" || s == "C" || s == "POSIX") {
    *out = Lang::kEn;
    return true;
  }
  return false;
}

std::string MsgIn(Lang lang, std::string_view id, std::initializer_list<std::string_view> args) {
  const char* text = nullptr;
  for (const Entry& e : kCatalogue) {
    if (id == e.id) {
      text = lang == Lang::kZh ? e.zh : e.en;
      break;
    }
  }
  if (!text) return std::string(id);
  std::string out;
  for (const char* p = text; *p; ++p) {
    if (*p == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
      const size_t i = static_cast<size_t>(p[1] - '0');
      if (i < args.size()) out += *(args.begin() + i);
      p += 2;
      continue;
    }
    out += *p;
  }
  return out;
}

std::string ErrnoText(int err) {
  if (err == ENOENT) return Msg("errno.ENOENT");
  if (err == EACCES) return Msg("errno.EACCES");
  return std::strerror(err);
}

std::string Msg(std::string_view id, std::initializer_list<std::string_view> args) {
  return MsgIn(CurrentLang(), id, args);
}

}  // namespace huashu::base
