// The files a run reads: FILES as given, directories walked.
//
//   huashu check exports/ --include '*.txt' --exclude 'archive/**'
//
// A directory is walked recursively in a deterministic order (entries sorted
// by name, byte order, depth first), skipping hidden entries (names starting
// with '.'), symbolic links to directories, and binary files (NUL or control
// bytes in the first 8 KiB, unless a UTF-16/UTF-32 byte order mark or ICU says
// it is UTF-16/32 text). --include and --exclude globs filter the files found
// by walking (files named on the command line are always read). A glob
// without '/' matches a file's name; a glob with '/' matches its path
// relative to the directory given; '*' and '?' do not cross '/', '**'
// does, '[...]' is a class. A file is walked-in when it matches some
// --include (or none is given) and no --exclude; an --exclude that matches
// a directory skips all of it.

#ifndef HUASHU_TRANSCRIPT_INPUT_SET_H_
#define HUASHU_TRANSCRIPT_INPUT_SET_H_

#include <string>
#include <string_view>
#include <vector>

#include "huashu/transcript/reader.h"

namespace huashu::transcript {

struct InputSetOptions {
  std::vector<std::string> include;
  std::vector<std::string> exclude;
};

struct InputSet {
  std::vector<std::string> files;  // in reading order; "-" is standard input
  // Directories that could not be walked, FILES that do not exist (I/O
  // errors: exit 2); a walked directory without any file to read (a note).
  std::vector<ReadError> errors;
  size_t skipped_binary = 0;  // binary files skipped while walking
  size_t skipped_hidden = 0;  // hidden files and directories skipped
};

// Expands `args` (FILES of the command line).
InputSet ExpandInputs(const std::vector<std::string>& args, const InputSetOptions& options);

// Whether `path` (relative, '/'-separated) matches `glob` as described above.
bool GlobMatch(std::string_view glob, std::string_view path);

}  // namespace huashu::transcript

#endif  // HUASHU_TRANSCRIPT_INPUT_SET_H_
