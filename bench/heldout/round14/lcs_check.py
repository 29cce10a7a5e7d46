#!/usr/bin/env python3
"""Reports runs of 12 or more letters (Han, Latin, digits; punctuation and
spaces ignored, traditional characters left as they are) that a text of this
round shares with the seeds or the corpora. Stock service formulas are listed
separately: they are the required wording, not copied sentences.

  python3 bench/heldout/round14/lcs_check.py [--n 12]
"""
import argparse
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
KEEP = re.compile(r"[\w]", re.UNICODE)
STOCK = ["很高兴为您服务", "请问有什么可以帮您", "感谢您的耐心等待", "请问还有其他", "感谢您的光临",
         "祝您生活愉快", "非常抱歉让您久等了", "感谢您的来电", "请问有什么可以帮到您",
         "订单编号订单x订单金额金额x下单时间日期x时间x"]  # the export's order card


def squash(text):
  return "".join(ch for ch in text if KEEP.match(ch) and ch != "_")


def sources():
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      yield os.path.basename(path), f.read()
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        yield os.path.basename(path), " ".join(t.get("text", "") for t in rec.get("turns", []))


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--n", type=int, default=12)
  args = ap.parse_args()
  n = args.n
  grams = {}
  for name, text in sources():
    s = squash(text)
    for i in range(len(s) - n + 1):
      grams.setdefault(s[i:i + n], name)
  hits = stock = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for t in rec["turns"]:
          s = squash(t["text"])
          i = 0
          while i <= len(s) - n:
            g = s[i:i + n]
            if g in grams:
              j = i + n
              while j < len(s) and s[i:j + 1] in grams_ext(grams, s[i:j + 1], n):
                j += 1
              run = s[i:j]
              is_stock = any(st in run or run in st for st in STOCK)
              stock += is_stock
              hits += not is_stock
              print(f"{'stock' if is_stock else 'SHARED'} {rec['id']} {run} ({grams[g]})")
              i = j
            else:
              i += 1
  print(f"shared runs of {n}+ letters: {hits}; stock formulas: {stock}")


def grams_ext(grams, run, n):
  # A run extends while every n-letter window of it is in the sources.
  return [run] if all(run[k:k + n] in grams for k in range(len(run) - n + 1)) else []


if __name__ == "__main__":
  main()
