#!/usr/bin/env bash
# End-to-end benchmark, side by side in one run:
#   grep -c -F -f WORDS   the rulebook's own forbidden words over the same file
#   huashu check          parse, fold, match, evaluate, write JSON
# plus peak RSS at two input sizes, start-up time, and the matcher
# micro-benchmarks. Inputs are generated here (bench/out/, not committed).
#
# Usage: bench/run.sh [BUILD_DIR] [MEGABYTES] [BIG_MEGABYTES]
# With BASELINE=/path/to/an/older/huashu in the environment, that binary's
# check runs in the same hyperfine run and its peak RSS is measured too:
# before and after a change, side by side (copy the old binary out of the
# build directory first).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mb=${2:-50}
big=${3:-500}
out=bench/out
mkdir -p "$out"
huashu="$build/huashu"
baseline=${BASELINE:-}

corpus="$out/chats-${mb}mb.jsonl"
[[ -f $corpus ]] || "$build/bench/gen_chats" "$mb" > "$corpus"
"$huashu" rules words > "$out/words.txt"
# Latin-only words (taobao, jd, ok ...) also hit the JSON metadata of every
# record ("platform":"taobao"), which lets grep -c stop at the first match on
# each line; the Chinese words alone make grep read the text like huashu does.
LC_ALL=C grep -v '^[[:print:]]*$' "$out/words.txt" > "$out/words-cjk.txt"
echo "corpus: $corpus ($(stat -c %s "$corpus") bytes, $(wc -l < "$corpus") conversations); $(wc -l < "$out/words.txt") words"

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 --export-markdown "$out/e2e.md" \
    "grep -c -F -f $out/words.txt $corpus" \
    "grep -c -F -f $out/words-cjk.txt $corpus" \
    "grep -o -F -f $out/words-cjk.txt $corpus" \
    "$huashu check --fail-on never -o json $corpus" \
    "$huashu check --fail-on never -o json -j 1 $corpus" \
    ${baseline:+"$baseline check --fail-on never -o json $corpus"} \
    ${baseline:+"$baseline check --fail-on never -o json -j 1 $corpus"} \
    --output=pipe
  cat "$out/e2e.md"
else
  for cmd in "grep -c -F -f $out/words.txt $corpus" "$huashu check --fail-on never -o json $corpus"; do
    /usr/bin/time -f "%e s  $cmd" $cmd > /dev/null
  done
fi

echo "peak RSS:"
for bin in "$huashu" $baseline; do
  /usr/bin/time -f "  $bin, ${mb} MB input: %M KB" "$bin" check --fail-on never "$corpus" > /dev/null
done
if [[ $big -gt 0 ]]; then
  big_corpus="$out/chats-${big}mb.jsonl"
  [[ -f $big_corpus ]] || "$build/bench/gen_chats" "$big" > "$big_corpus"
  for bin in "$huashu" $baseline; do
    /usr/bin/time -f "  $bin, ${big} MB input: %M KB, %e s" "$bin" check --fail-on never "$big_corpus" > /dev/null
  done
fi

head -1 "$corpus" > "$out/one.jsonl"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs 30 --output=null "$huashu check --fail-on never $out/one.jsonl"
fi

# Medians of 5 runs: this machine is a shared VM and single runs vary.
"$build/bench/bench_matcher" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
