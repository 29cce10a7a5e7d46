#!/usr/bin/env python3
"""Checks that no turn of round 6 copies a seed or corpus sentence: reports
every turn that shares a run of 12 or more letters (punctuation, spaces and
emoji ignored, traditional and simplified compared as written) with a file
in ../../../../shared/seeds or ../../../../shared/corpora. Stock service
formulas (ask-more, thanks, goodbye) are listed in STOCK and set aside.

  python3 bench/heldout/round6/lcs_check.py            # exit 1 if a turn is reported
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
RUN = 12
LETTER = re.compile(r"\w", re.UNICODE)

# Formulas every service script has; a shared run made only of these is not a copy.
STOCK = ("请问还有什么可以帮您", "很高兴为您服务", "感谢您的来电", "请问有什么可以帮您",
         "祝您生活愉快", "再见")


def letters(text):
  return "".join(ch for ch in text if LETTER.match(ch) and ch != "_")


def source_grams():
  grams = {}
  paths = sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))
  paths += sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")))
  for path in paths:
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
      if path.endswith(".jsonl"):
        texts = []
        for line in f:
          rec = json.loads(line)
          texts += [t.get("text", "") for t in rec.get("turns", [])]
      else:
        texts = f.read().splitlines()
    for text in texts:
      s = letters(text)
      for i in range(len(s) - RUN + 1):
        grams.setdefault(s[i:i + RUN], name)
  return grams


def stock_only(run):
  rest = run
  for formula in STOCK:
    rest = rest.replace(formula, "")
  return len(rest) < RUN // 2


def main():
  grams = source_grams()
  reported = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, turn in enumerate(rec["turns"]):
          s = letters(turn["text"])
          i = 0
          while i <= len(s) - RUN:
            src = grams.get(s[i:i + RUN])
            if not src:
              i += 1
              continue
            j = i + RUN
            while j < len(s) and s[j - RUN + 1:j + 1] in grams:
              j += 1
            run = s[i:j]
            if not stock_only(run):
              reported += 1
              print(f"{rec['id']} turn {k}: {run} ({len(run)} letters, {src})")
            i = j
  print(f"{reported} shared runs of {RUN}+ letters")
  return 1 if reported else 0


if __name__ == "__main__":
  sys.exit(main())
