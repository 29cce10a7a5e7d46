#!/usr/bin/env bash
# Audits every shipped sample with the embedded default rulebooks and prints
# the human report. Findings are expected: the samples include violations.
set -uo pipefail
huashu=${1:-build/huashu}
cd "$(dirname "$0")/.."
status=0
for f in samples/*; do
  [[ -f $f && $f != *.md ]] || continue
  echo "==================== $f"
  "$huashu" check --output text --color never "$f" || status=$?
done
# Exit 1 (findings) is the point of the demo; 2 would be a real error.
[[ $status -le 1 ]]
