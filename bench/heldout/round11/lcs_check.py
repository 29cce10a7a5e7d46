#!/usr/bin/env python3
"""Every turn of round 11 against ../shared/seeds and ../shared/corpora: prints
turns sharing a run of 12 or more letters (punctuation and spaces ignored)
with a seed or corpus text. Stock service formulas are allowed.
python3 bench/heldout/round11/lcs_check.py"""

import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"
N = 12
STOCK = ("请问还有什么可以帮您", "很高兴为您服务", "感谢您的来电", "请问有什么可以帮您")
KEEP = re.compile(r"[\w]", re.UNICODE)


def norm(t):
  return "".join(ch for ch in t if KEEP.match(ch) and ch != "_")


def grams(text):
  t = norm(text)
  return {t[i:i + N] for i in range(len(t) - N + 1)}


def main():
  ref = set()
  for path in glob.glob(os.path.join(SHARED, "seeds", "*.txt")):
    ref |= grams(open(path, encoding="utf-8").read())
  for path in glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")):
    for line in open(path, encoding="utf-8"):
      try:
        rec = json.loads(line)
      except ValueError:
        continue
      for t in rec.get("turns", []):
        ref |= grams(t.get("text", ""))
  hits = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
      rec = json.loads(line)
      for k, t in enumerate(rec["turns"]):
        text = t["text"]
        stripped = text
        for s in STOCK:
          stripped = stripped.replace(s, "")
        shared = grams(stripped) & ref
        if shared:
          hits += 1
          print(f"{rec['id']} turn {k}: {text}  <- {sorted(shared)[0]}")
  print(f"turns sharing a run of {N}+ letters: {hits}")


if __name__ == "__main__":
  main()
