#!/usr/bin/env python3
"""Checks that no turn of round 41 shares a run of 12+ letters with a seed
(../shared/seeds) or a corpus conversation (../shared/corpora/*.jsonl),
outside stock service formulas (greeting, ask-more, thanks, goodbye).

  python3 bench/heldout/round41/lcs_check.py [--shared /work/shared]

Text is compared after NFKC folding, traditional-to-simplified conversion
and dropping everything but letters and digits (so spaced-out speech
recognition output and full-width forms are compared too). Only the shared
runs are printed, never other corpus text.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12
KEEP = re.compile(r"[^\w]|_", re.UNICODE)

# Stock formulas: a shared run inside one of these is not counted as copied.
STOCK = [
    "您好很高兴为您服务请问有什么可以帮您",
    "很高兴为您服务请问有什么可以帮到您",
    "请问有什么可以帮您的吗", "请问有什么需要帮忙的吗", "请问有什么可以为您效劳的",
    "请问还有其他需要帮您的吗", "请问还有其他问题需要咨询吗", "请问还有什么可以帮您的吗",
    "请问您还有别的问题吗", "请问还有其他问题吗", "您看还有什么可以帮您的吗",
    "感谢您的来电祝您生活愉快再见", "感谢您的来电再见", "不客气这是我们应该做的感谢您的来电再见",
    "感谢您的光临祝您生活愉快再见", "感谢您的惠顾祝您购物愉快再见", "祝您购物愉快再见",
    "不客气感谢您的来电再见", "感谢您的耐心等待", "感谢您的耐心等候", "很抱歉让您久等了",
    "非常抱歉让您久等了", "请您稍等我帮您查一下", "请问您清楚了吗",
]


def fold(text):
  text = unicodedata.normalize("NFKC", text)
  return KEEP.sub("", text).lower()


def t2s(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


def reference_texts(shared):
  for path in sorted(glob.glob(os.path.join(shared, "seeds", "*"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      yield f.read()
  for path in sorted(glob.glob(os.path.join(shared, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []):
          yield t.get("text", "")


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default="/work/shared")
  args = ap.parse_args()

  grams = set()
  for text in reference_texts(args.shared):
    for piece in t2s([text]) if False else [text]:
      s = fold(piece)
      for i in range(len(s) - N + 1):
        grams.add(s[i:i + N])
  # seeds are partly traditional: add their simplified form as well
  for path in sorted(glob.glob(os.path.join(args.shared, "seeds", "*"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      s = fold("".join(t2s([f.read()])))
    for i in range(len(s) - N + 1):
      grams.add(s[i:i + N])
  stock = [fold(x) for x in STOCK]

  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  simple = t2s([t for _, _, t in turns])

  bad = stock_hits = 0
  seen = set()
  for (cid, k, raw), text in zip(turns, simple):
    s = fold(text)
    i = 0
    while i <= len(s) - N:
      if s[i:i + N] in grams:
        j = i + N
        while j < len(s) and s[j - N + 1:j + 1] in grams:
          j += 1
        run = s[i:j]
        if any(run in st for st in stock):
          stock_hits += 1
          if run not in seen:
            print(f"stock   {cid} turn {k}: {run}")
            seen.add(run)
        else:
          bad += 1
          print(f"REWORD  {cid} turn {k}: {run}  (in: {raw})")
        i = j
      else:
        i += 1
  print(f"\nturns checked: {len(turns)}; shared runs of {N}+ letters outside stock formulas: {bad}; "
        f"inside stock formulas: {stock_hits}")
  return 1 if bad else 0


if __name__ == "__main__":
  sys.exit(main())
