#!/usr/bin/env python3
"""Every turn of round 17 against ../shared/seeds and ../shared/corpora: prints
runs of 12 or more letters (punctuation and spaces dropped, traditional
characters folded to simplified) that a turn shares with a seed or a corpus text. Runs made only of
stock service formulas (greeting, ask-more, thanks for waiting, goodbye) are
listed under STOCK so that they can be read, and do not count.

  python3 bench/heldout/round17/lcs_check.py [--shared ../shared]
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12
WORD = re.compile(r"\w", re.UNICODE)

# formulas every service script shares; a shared run inside one of these is not a copy
STOCK = [
    "很高兴为您服务请问有什么可以帮您",
    "请问有什么可以帮您",
    "请问还有其他可以帮您的吗",
    "请问还有其他可以帮到您的吗",
    "感谢您的来电祝您生活愉快再见",
    "感谢您的光临祝您生活愉快再见",
    "感谢您的耐心等待",
    "非常抱歉让您久等了",
    "很抱歉让您久等了",
    "麻烦您稍等一下我帮您查询好吗",
    "不客气这是我们应该做的",
    "请问您还有其他需要咨询的问题吗",
    "请问有什么可以为您效劳的",
    "很高兴为您服务请问有什么可以帮到您",
    "的客服很高兴为您服务请问您",
    "很抱歉给您带来不好的体验",
    "非常抱歉给您带来不好的体验",
]


sys.path.insert(0, HERE)
from common import TRAD  # noqa: E402

SIMPLE = {t: s for s, t in TRAD.items()}


def fold(text):
  """Letters only, traditional folded to simplified (002 is written in
  traditional characters), so a copy cannot hide behind the script."""
  return "".join(SIMPLE.get(ch, ch) for ch in text if WORD.match(ch) and ch != "_")


def shared_texts(shared):
  for path in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      yield os.path.basename(path), f.read()
  for path in sorted(glob.glob(os.path.join(shared, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        yield os.path.basename(path), "\n".join(t.get("text", "") for t in rec.get("turns", []))


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "..", "shared"))
  args = ap.parse_args()
  grams = {}
  for name, text in shared_texts(args.shared):
    for piece in re.split(r"\n", text):
      s = fold(piece)
      for i in range(len(s) - N + 1):
        grams.setdefault(s[i:i + N], name)
  if not grams:
    sys.exit(f"no seeds or corpora under {args.shared}")
  stock = [fold(s) for s in STOCK]
  hits = stock_hits = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for ti, turn in enumerate(rec["turns"]):
          s = fold(turn["text"])
          i = 0
          while i <= len(s) - N:
            if s[i:i + N] in grams:
              j = i + N
              while j < len(s) and s[j - N + 1:j + 1] in grams:
                j += 1
              run = s[i:j]
              src = grams[s[i:i + N]]
              if any(run in st for st in stock):
                stock_hits += 1
                print(f"STOCK {rec['id']} turn {ti}: {run} ({src})")
              else:
                hits += 1
                print(f"SHARED {rec['id']} turn {ti}: {run} ({src})")
              i = j
            else:
              i += 1
  print(f"shared runs of {N}+ letters: {hits} (stock formulas set aside: {stock_hits})")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
