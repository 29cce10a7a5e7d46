#!/usr/bin/env bash
# Fuzzing huashu with libFuzzer (docs/fuzzing.md).
#
#   scripts/fuzz.sh [SECONDS]         build build-fuzz/ (clang, HUASHU_FUZZ=ON) and run every
#                                     target SECONDS (default 300) from the seed corpus; the
#                                     corpus grows in build-fuzz/corpus/<target>/, crashes land in
#                                     build-fuzz/crashes/<target>/
#   scripts/fuzz.sh --smoke BINARY    what ctest runs: BINARY for a few seconds from the seeds
#                                     (FUZZ_SMOKE_SECONDS, default 6; FUZZ_SMOKE_TIMEOUT per
#                                     input, default 60), then every input in
#                                     fuzz/regressions/<target>/ once
#
# A crash found in a long run becomes a regression: copy the file into
# fuzz/regressions/<target>/ (named after what it broke), fix, commit both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

# Seed files of a target, from samples/, tests/ and rules/.
seeds() {
  case "$1" in
    fuzz_read_jsonl) ls "$root"/samples/*.jsonl "$root"/tests/data/*.jsonl "$root"/tests/e2e/inputs/*.jsonl ;;
    fuzz_read_chat) ls "$root"/samples/*export*.txt "$root"/tests/e2e/inputs/*.txt ;;
    fuzz_read_csv) ls "$root"/samples/*.csv "$root"/tests/e2e/inputs/*.csv ;;
    fuzz_read_template) ls "$root"/samples/*templates*.txt "$root"/tests/e2e/inputs/templates*.txt \
                           "$root"/tests/data/*.txt ;;
    fuzz_rulebook) find "$root"/rules -name '*.yaml' -size -60k ;;
    fuzz_matcher) ls "$root"/tests/data/evasions.tsv ;;
    # The smoke run's -O0 build checks a seed about half a CPU second (four
    # writers): samples/ only there, a quarter of its minute.
    fuzz_check) if [[ -n ${smoke:-} ]]; then ls "$root"/samples/*; else ls "$root"/samples/* "$root"/tests/e2e/inputs/*; fi ;;
  esac 2>/dev/null | while read -r f; do [[ -f $f && $(stat -c %s "$f") -le 32768 ]] && echo "$f"; done
}

# Copies the seeds into corpus dir $2 (libFuzzer writes new inputs to it).
fill_corpus() {
  mkdir -p "$2"
  seeds "$1" | while read -r f; do cp -n "$f" "$2/" 2>/dev/null || true; done
  # Inputs that failed once are seeds too.
  if [[ -d $root/fuzz/regressions/$1 ]]; then cp -n "$root"/fuzz/regressions/"$1"/* "$2/" 2>/dev/null || true; fi
}

# Extra libFuzzer flags of a target. fuzz_check runs the Audit's worker
# threads, whose per-thread JSON parsers (simdjson) live as long as the
# thread pool: LeakSanitizer reports them as leaks of the first input.
flags() {
  case "$1" in
    fuzz_check) echo -detect_leaks=0 ;;
  esac
}

if [[ ${1:-} == --smoke ]]; then
  smoke=1
  bin=$2
  name=$(basename "$bin")
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  fill_corpus "$name" "$work/corpus"
  mkdir -p "$work/artifacts"
  # -timeout is wall time: the smoke run's -O0 build on a loaded CI machine
  # takes seconds for one input (the first compiles the embedded books).
  timeout=${FUZZ_SMOKE_TIMEOUT:-60}
  "$bin" $(flags "$name") -max_total_time="${FUZZ_SMOKE_SECONDS:-6}" -timeout="$timeout" -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=0 "$work/corpus" 2>"$work/log" || {
    tail -40 "$work/log"
    echo "fuzz smoke: $name failed; the input is in fuzz/regressions/$name/ once you copy it from:"
    ls "$work/artifacts"
    for a in "$work"/artifacts/*; do echo "--- $a"; od -c "$a" | head -20; done
    exit 1
  }
  regressions=("$root"/fuzz/regressions/"$name"/*)
  if [[ -e ${regressions[0]} ]]; then
    "$bin" $(flags "$name") -timeout="$timeout" -rss_limit_mb=2048 "${regressions[@]}" 2>"$work/replay" || {
      tail -40 "$work/replay"
      exit 1
    }
  fi
  echo "fuzz smoke: $name ok"
  exit 0
fi

seconds=${1:-300}
build=$root/build-fuzz
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DHUASHU_FUZZ=ON -DHUASHU_BUILD_BENCH=OFF >/dev/null
targets=(fuzz_read_jsonl fuzz_read_chat fuzz_read_csv fuzz_read_template fuzz_rulebook fuzz_matcher fuzz_check)
cmake --build "$build" -j"${JOBS:-2}" --target fuzz_all
status=0
for t in "${targets[@]}"; do
  fill_corpus "$t" "$build/corpus/$t"
  mkdir -p "$build/crashes/$t"
  echo "== $t: ${seconds}s"
  "$build/fuzz/$t" $(flags "$t") -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$build/crashes/$t/" -print_final_stats=1 "$build/corpus/$t" || status=1
done
if ((status)); then
  echo "crashes in $build/crashes/: copy each into fuzz/regressions/<target>/ and fix"
fi
exit $status
