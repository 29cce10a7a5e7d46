#!/bin/sh
# The streaming contract (docs/operations.md, "Spark RDD.pipe and Hadoop
# Streaming") without a cluster: a JSON Lines stream cut into pieces, each
# piped through `huashu check -` as a Spark or Hadoop task would, the
# pieces' reports merged with `huashu merge --parts`, equals one run over
# the whole stream byte for byte, in JSON Lines and in JSON.
#
#   tests/e2e/streaming_test.sh HUASHU SOURCE_DIR
set -eu
huashu=$1
cd "$2"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT

# Conversations of both channels and several platforms, and records that
# are rejected (invalid JSON, no id, no agent turn), twice over.
for i in 1 2; do
  cat samples/chats.jsonl samples/calls.jsonl tests/e2e/inputs/mixed_records.jsonl \
      tests/e2e/inputs/evasions_pdd.jsonl
done > "$d/stream.jsonl"
records=$(wc -l < "$d/stream.jsonl")

status=0
for format in jsonl json; do
  "$huashu" check --fail-on never --quiet -o $format - < "$d/stream.jsonl" > "$d/one.$format" 2> "$d/err"
  rm -rf "$d/in" "$d/out" && mkdir "$d/in" "$d/out"
  split -l 9 -a 3 "$d/stream.jsonl" "$d/in/piece-"
  for piece in "$d"/in/piece-*; do
    "$huashu" check --fail-on never --quiet -o $format - < "$piece" \
        > "$d/out/part-${piece##*piece-}" 2> "$d/err"
  done
  "$huashu" merge --parts -o $format "$d"/out/part-* > "$d/merged.$format"
  if cmp -s "$d/one.$format" "$d/merged.$format"; then
    echo "ok: $records records in $(ls "$d/in" | wc -l) pieces, -o $format: the merged report is the single run's"
  else
    echo "FAIL: -o $format: the merged report differs from the single run's:"
    diff "$d/one.$format" "$d/merged.$format" | head -20
    status=1
  fi
done
# The single run has findings, diagnostics and line numbers past the first piece.
grep -q '"line":4[0-9]' "$d/one.jsonl" || { echo "FAIL: no finding past line 40"; status=1; }
grep -q '"diagnostic"' "$d/one.jsonl" || { echo "FAIL: no diagnostic in the stream"; status=1; }
exit $status
