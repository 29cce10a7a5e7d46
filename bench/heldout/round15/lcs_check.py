#!/usr/bin/env python3
"""Every turn of round 15 against ../shared/seeds and ../shared/corpora: prints
the turns that share a run of 12 or more letters (punctuation and spaces
dropped) with a seed or a corpus, stock service formulas aside.
python3 bench/heldout/round15/lcs_check.py"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"
N = 12
NONLETTER = re.compile(r"[^\w]|_", re.UNICODE)
# Formulas every service script uses; sharing them is not copying.
STOCK = ["请问还有什么可以帮您", "请问有什么可以帮您", "感谢您的来电", "祝您生活愉快", "还有其他需要",
         "请问还有其他", "很抱歉给您添麻烦了", "给您带来不便"]


def norm(text):
  return NONLETTER.sub("", text)


def grams(text):
  t = norm(text)
  return {t[i:i + N] for i in range(len(t) - N + 1)}


def main():
  seen = set()
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      seen |= grams(f.read())
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        seen |= grams(" ".join(str(v) for v in _strings(json.loads(line))))
  hits = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for i, turn in enumerate(rec["turns"]):
          text = turn["text"]
          t = norm(text)
          for s in STOCK:
            t = t.replace(s, "|")
          shared = [t[j:j + N] for j in range(len(t) - N + 1) if t[j:j + N] in seen]
          if shared:
            hits += 1
            print(f"{rec['id']} turn {i}: {text}  <- {shared[0]}")
  print(f"turns sharing a run of {N}+ letters: {hits}")
  return 1 if hits else 0


def _strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from _strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from _strings(v)


if __name__ == "__main__":
  raise SystemExit(main())
