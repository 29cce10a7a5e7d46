#!/usr/bin/env python3
"""Every turn of round 13 against ../shared/seeds and ../shared/corpora: runs of
12 or more letters (punctuation and spaces dropped) that a turn shares with a
seed or a corpus text. Stock service formulas are listed in STOCK and set
aside. Prints one line per shared run; exit 1 if there is any.

  python3 bench/heldout/round13/lcs_check.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared")
N = 12
# Service formulas every handbook shares; a run inside one of these is not a copy.
STOCK = ["请问还有其他可以帮您的吗", "感谢您的来电祝您生活愉快再见", "请问有什么可以帮您",
         "很高兴为您服务请问有什么可以帮您", "感谢您的耐心等待", "感谢您的光临",
         "请问有什么可以帮到您的呢", "客服很高兴为您服务请问有什么可以帮您", "请问还有其他需要帮您的吗"]
KEEP = re.compile(r"\w", re.UNICODE)


def letters(text):
  return "".join(ch for ch in text if KEEP.match(ch) and ch != "_")


def grams(text, out):
  s = letters(text)
  for i in range(len(s) - N + 1):
    out.add(s[i:i + N])


def main():
  shared = os.path.normpath(os.environ.get("SHARED", SHARED))
  if not os.path.isdir(shared):
    shared = "/work/shared"
  ref = set()
  for path in glob.glob(os.path.join(shared, "seeds", "*.txt")):
    with open(path, encoding="utf-8") as f:
      grams(f.read(), ref)
  for path in glob.glob(os.path.join(shared, "corpora", "*.jsonl")):
    with open(path, encoding="utf-8") as f:
      for line in f:
        for t in json.loads(line).get("turns", []):
          grams(t.get("text", ""), ref)
  stock = set()
  for s in STOCK:
    grams(s, stock)
  hits = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for i, t in enumerate(rec["turns"]):
          s = letters(t["text"])
          shared_runs = [s[k:k + N] for k in range(len(s) - N + 1)
                         if s[k:k + N] in ref and s[k:k + N] not in stock]
          if shared_runs:
            hits += 1
            print(f"{rec['id']} turn {i}: {shared_runs[0]}  <- {t['text']}")
  print(f"{hits} turns share a run of {N}+ letters with the seeds or corpora")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
