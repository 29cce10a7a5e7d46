#!/usr/bin/env python3
"""Every turn of round 50 against the seeds and the corpora: reports any run of
12 or more letters (CJK, digits, Latin; punctuation and spaces ignored) that a
turn shares with /work/shared/seeds/*.txt or with a turn of
/work/shared/corpora/*.jsonl. Runs inside stock formulas (greeting, ask-more,
thanks, goodbye) are listed apart; everything else must be reworded.

  python3 bench/heldout/round50/lcs_check.py [--shared /work/shared]
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12
LETTER = re.compile(r"[\w]", re.UNICODE)
STOCK = ("很高兴为您服务", "有什么可以帮您", "还有其他", "还有别的", "感谢您的来电", "再见",
         "祝您", "不客气", "请问还有", "欢迎光临", "感谢您的耐心等待", "让您久等了", "请您稍等")


def letters(text):
  return "".join(ch for ch in text if LETTER.match(ch) and ch != "_")


def grams(s):
  return {s[i:i + N] for i in range(len(s) - N + 1)}


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default="/work/shared")
  args = ap.parse_args()
  ref = {}
  for path in sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      for g in grams(letters(f.read())):
        ref.setdefault(g, os.path.basename(path))
  for path in sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []):
          for g in grams(letters(t.get("text", ""))):
            ref.setdefault(g, os.path.basename(path))
  bad = stock = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          s = letters(t["text"])
          hits = [i for i in range(len(s) - N + 1) if s[i:i + N] in ref]
          if not hits:
            continue
          # widen to the longest shared run
          runs, start, prev = [], hits[0], hits[0]
          for i in hits[1:] + [None]:
            if i is not None and i == prev + 1:
              prev = i
              continue
            runs.append((start, prev + N))
            if i is not None:
              start = prev = i
          for a, b in runs:
            run = s[a:b]
            src = ref[s[a:a + N]]
            if any(x in run for x in STOCK) and len(run) <= 20:
              stock += 1
              print(f"stock {rec['id']} turn {k}: {run} ({src})")
            else:
              bad += 1
              print(f"SHARED {rec['id']} turn {k}: {run} ({src})")
  print(f"{bad} shared runs to reword, {stock} inside stock formulas")
  sys.exit(1 if bad else 0)


if __name__ == "__main__":
  main()
