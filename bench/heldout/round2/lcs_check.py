#!/usr/bin/env python3
"""Longest-common-substring check of round 2 against the seeds: prints every
turn sharing a run of 12 or more letters (spaces and punctuation removed)
with a seed, so that copied sentences are caught. Stock service formulas
may pass after reading; anything else must be reworded.

Run: python3 bench/heldout/round2/lcs_check.py [SEEDS_DIR]   (default ../shared/seeds)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\w", re.UNICODE)


def norm(s):
  return "".join(ch for ch in s if KEEP.match(ch))


def longest(text, corpus):
  best = ""
  for i in range(len(text)):
    j = i + len(best) + 1
    while j <= len(text) and text[i:j] in corpus:
      best = text[i:j]
      j += 1
  return best


def main():
  seeds_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../shared/seeds")
  corpus = "\n".join(norm(open(p, encoding="utf-8").read()) for p in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))))
  if not corpus:
    sys.exit(f"no seeds under {seeds_dir}")
  n = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
      rec = json.loads(line)
      for t in rec["turns"]:
        run = longest(norm(t["text"]), corpus)
        if len(run) >= 12:
          n += 1
          print(f"{rec['id']}\t{len(run)}\t{run}\t{t['text']}")
  print(f"{n} turns with a run of 12+ letters", file=sys.stderr)


if __name__ == "__main__":
  main()
