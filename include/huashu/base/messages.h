// The message catalogue: every message a QA user reads (diagnostics, notes,
// rulebook error prefixes, CLI usage errors) in one language per run.
//
// Chinese by default when the locale is Chinese (LC_ALL, LC_MESSAGES or LANG
// starting with "zh"), English otherwise (LANG=C) or with `--lang en`.
// Messages are looked up by id; "{0}", "{1}", ... are replaced by the
// arguments. An unknown id yields the id itself (a defect, never a crash).

#ifndef HUASHU_BASE_MESSAGES_H_
#define HUASHU_BASE_MESSAGES_H_

#include <initializer_list>
#include <string>
#include <string_view>

namespace huashu::base {

enum class Lang { kZh, kEn };

// The language of the run; set once at start-up, before any thread starts.
void SetLang(Lang lang);
Lang CurrentLang();
// From the environment: zh for LC_ALL / LC_MESSAGES / LANG (the first set,
// in that order) starting with "zh", en otherwise.
Lang LangFromEnvironment();
// "zh" / "en" (and "zh_CN..." / "en_US..."); false for anything else.
bool ParseLang(std::string_view s, Lang* out);

// The message `id` in the current language with {0}, {1}, ... replaced.
std::string Msg(std::string_view id, std::initializer_list<std::string_view> args = {});
// The same in a given language (tests).
std::string MsgIn(Lang lang, std::string_view id,
                  std::initializer_list<std::string_view> args = {});

// strerror(err) in the run's language for the common cases (no such file,
// permission denied); the C library's text otherwise.
std::string ErrnoText(int err);

}  // namespace huashu::base

#endif  // HUASHU_BASE_MESSAGES_H_
