// huashu --version: the program and the rulebooks it embeds, so a CI log
// says exactly which rules judged a run.

#include "commands.h"
#include "huashu/check/book_selector.h"

namespace huashu::cli {

std::string VersionText() {
  std::string s = std::string("huashu ") + HUASHU_VERSION + "\nrulebooks:";
  for (const check::CatalogueBook& b : check::Catalogue()) s += " " + b.name + "@" + b.version;
  return s;
}

}  // namespace huashu::cli
