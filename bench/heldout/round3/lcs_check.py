#!/usr/bin/env python3
"""Reports every run of 12+ letters a round-3 conversation shares with ../shared/seeds or ../shared/corpora.

  python3 bench/heldout/round3/lcs_check.py [--shared DIR]

Texts are compared after dropping spaces and punctuation and folding the few
traditional characters wrap.py writes back to simplified ones. Stock service
formulas (STOCK) are allowed and reported apart.
"""
import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wrap import TRAD  # noqa: E402

N = 12
BACK = {v: k for k, v in TRAD.items()}
# greetings, ask-mores, thanks and goodbyes every service log says
STOCK = ["您好很高兴为您服务请问有什么可以帮您的吗", "很高兴为您服务请问有什么能帮到您", "请问有什么可以为您效劳的呢",
         "客服请问有什么可以帮您的吗", "请问还有其他可以帮到您的吗", "请问还有什么可以帮您的吗",
         "请问还有其他可以帮您的吗", "不客气这是我们应该做的感谢您的来电再见", "感谢您的来电祝您生活愉快再见"]


def fold(s):
  out = []
  for ch in s:
    if ch.isalnum():
      out.append(BACK.get(ch, ch).lower())
  return "".join(out)


def grams_of(text, index):
  for i in range(len(text) - N + 1):
    index.add(text[i:i + N])


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "..", "shared"))
  args = ap.parse_args()
  index = set()
  sources = sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt"))) + \
      sorted(glob.glob(os.path.join(args.shared, "corpora", "*")))
  if not sources:
    sys.exit(f"nothing to compare with under {args.shared}")
  for path in sources:
    with open(path, encoding="utf-8", errors="replace") as f:
      for line in f:
        grams_of(fold(line), index)
  bad = stock = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          s = fold(t["text"])
          i = 0
          while i <= len(s) - N:
            if s[i:i + N] in index:
              j = i + N
              while j < len(s) and s[j - N + 1:j + 1] in index:
                j += 1
              run = s[i:j]
              if any(run in st for st in STOCK):
                stock += 1
              else:
                bad += 1
                print(f"{rec['id']} turn {k}: {run}")
              i = j
            else:
              i += 1
  print(f"runs of {N}+ letters shared with the seeds or corpora: {bad} (stock formulas: {stock})")
  return 1 if bad else 0


if __name__ == "__main__":
  sys.exit(main())
