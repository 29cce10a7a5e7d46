#!/usr/bin/env bash
# valgrind memcheck over a whole check of samples/ (issue 10): no jump on
# uninitialised memory, no invalid read or write. ASan and UBSan do not see
# uninitialised reads; the MaskedSlice one (src/check/checker.cc) showed only
# here. Usage: valgrind_test.sh HUASHU_BINARY SOURCE_DIR. Exit 77 (skipped)
# without valgrind.
set -euo pipefail
bin=$1
src=$2
command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed: skipped"; exit 77; }
# The text report: it is the one that fills every finding's context window.
for f in samples/chats.jsonl samples/calls.jsonl; do
  valgrind -q --error-exitcode=99 --suppressions="$src/tests/valgrind/re2.supp" \
    "$bin" check -j 1 --fail-on never -o text "$src/$f" >/dev/null || {
    echo "valgrind: errors in huashu check -o text $f" >&2
    exit 1
  }
done
