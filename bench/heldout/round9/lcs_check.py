#!/usr/bin/env python3
"""Flags every turn of round 9 that shares a run of 12 or more letters with a
seed (../shared/seeds) or a corpus (../shared/corpora), ignoring punctuation,
spaces and emoji. Stock service formulas (ask-more, goodbye) that any agent
says are listed in STOCK and not reported.

  python3 bench/heldout/round9/lcs_check.py      # exit 1 when a turn is flagged
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"
N = 12
LETTER = re.compile(r"[^\W_]", re.UNICODE)
STOCK = ["请问还有其他可以帮您的吗", "请问还有其他需要帮您的吗", "感谢您的来电祝您生活愉快再见",
         "请问还有什么可以帮您", "很高兴为您服务请问有什么可以帮您", "您好很高兴为您服务请问有什么可以帮您",
         "为您服务请问有什么可以帮您"]


def letters(text):
  return "".join(LETTER.findall(text))


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def sources():
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      yield os.path.basename(path), f.read()
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        for s in strings(json.loads(line)):
          yield os.path.basename(path), s


def main():
  grams = {}
  for name, text in sources():
    t = letters(text)
    for i in range(len(t) - N + 1):
      grams.setdefault(t[i:i + N], name)
  stock = [letters(s) for s in STOCK]
  flagged = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, turn in enumerate(rec["turns"]):
          t = letters(turn["text"])
          for s in sorted(stock, key=len, reverse=True):
            t = t.replace(s, "|")
          for i in range(len(t) - N + 1):
            g = t[i:i + N]
            if g in grams:
              print(f"{rec['id']} turn {k}: '{g}' also in {grams[g]}: {turn['text']}")
              flagged += 1
              break
  print(f"turns sharing a run of {N}+ letters with seeds/corpora: {flagged}")
  return 1 if flagged else 0


if __name__ == "__main__":
  sys.exit(main())
