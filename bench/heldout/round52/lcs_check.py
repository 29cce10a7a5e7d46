#!/usr/bin/env python3
"""Checks that no turn of round 52 shares a run of 12 or more letters with a
seed (../../../../shared/seeds) or with a corpus conversation
(../../../../shared/corpora/*.jsonl). Letters only (punctuation, spaces and
emoji dropped), NFKC-folded, traditional folded to simplified on both sides.
Turns whose shared run is a stock formula (greeting, ask-more, thanks,
goodbye) are listed apart and do not count as copies.

  python3 bench/heldout/round52/lcs_check.py        # exit 1 if a turn copies
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
N = 12
LETTER = re.compile(r"\w", re.UNICODE)
STOCK = re.compile(
    "很高兴为您服务|请问有什么可以帮|请问有什么能|还有其他|还有其它|还有别的|感谢您的来电|"
    "祝您生活愉快|祝您购物愉快|欢迎再次|再见|不客气|请不必客气|感谢您的耐心等待|感谢您的耐心等候|"
    "感谢光临|感谢您的光临|期待您再次光临|这是我们应该做的")


def fold_many(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  res = out.split("\n")[:len(texts)]
  return ["".join(ch for ch in unicodedata.normalize("NFKC", t).lower()
                  if LETTER.match(ch) and ch != "_") for t in res]


def reference_texts():
  texts = []
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      texts.extend(f.read().split("\n"))
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []):
          texts.append(t.get("text", ""))
  return texts


def main():
  grams = set()
  for t in fold_many(reference_texts()):
    for i in range(len(t) - N + 1):
      grams.add(t[i:i + N])
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  folded = fold_many([t for _, _, t in turns])
  copies, stock = [], []
  for (cid, k, text), ft in zip(turns, folded):
    best, span = 0, ""
    i = 0
    while i <= len(ft) - N:
      if ft[i:i + N] in grams:
        j = i + N
        while j < len(ft) and ft[i:j + 1][-N:] in grams:
          j += 1
        if j - i > best:
          best, span = j - i, ft[i:j]
        i = j
      else:
        i += 1
    if best:
      (stock if STOCK.search(span) else copies).append((cid, k, best, span, text))
  for cid, k, n, span, text in stock:
    print(f"stock  {cid} turn {k}: {n} letters shared: {span}")
  for cid, k, n, span, text in copies:
    print(f"COPY   {cid} turn {k}: {n} letters shared: {span}  | {text}")
  print(f"{len(turns)} turns checked; {len(copies)} copies, {len(stock)} stock formulas")
  return 1 if copies else 0


if __name__ == "__main__":
  sys.exit(main())
