#!/usr/bin/env python3
"""Lists every turn of round 12 that shares a run of 12 or more letters with
a seed (../../../../shared/seeds) or a corpus (../../../../shared/corpora),
after taking out the stock service formulas every handbook shares.

  python3 bench/heldout/round12/lcs_check.py [--min 12]
"""
import argparse
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
NONLETTER = re.compile(r"[\W_]+", re.UNICODE)

# Formulas every script uses; a shared run made only of these is not copying.
STOCK = [
    "请问还有其他可以帮您的吗", "有什么可以帮到您的呢", "请问还有什么可以帮助您", "请问有什么可以帮您", "很高兴为您服务",
    "感谢您的来电", "祝您生活愉快", "感谢您的耐心等候", "非常感谢您的耐心等候", "请您挂机后重新拨打",
    "欢迎再次致电", "请问您清楚了吗", "请问还有其他问题吗", "让您久等了", "请您稍等", "再见",
    "给您带来不便", "请不必介意", "没关系", "不客气", "这是我们应该做的", "感谢您的光临",
    "非常抱歉", "很抱歉", "您好",
]


def norm(text):
  return NONLETTER.sub("", text)


def seed_texts():
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      yield os.path.basename(path), f.read()
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []):
          yield name, t.get("text", "")


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--min", type=int, default=12)
  args = ap.parse_args()
  n = args.min
  grams = {}
  for name, text in seed_texts():
    s = norm(text)
    for i in range(len(s) - n + 1):
      grams.setdefault(s[i:i + n], name)
  stock = sorted((norm(p) for p in STOCK), key=len, reverse=True)
  hits = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          s = norm(t["text"])
          for p in stock:
            s = s.replace(p, "|")
          runs, i = [], 0
          while i <= len(s) - n:
            g = s[i:i + n]
            if "|" not in g and g in grams:
              j = i + n
              while j < len(s) and s[j] != "|" and s[j - n + 1:j + 1] in grams:
                j += 1
              runs.append((s[i:j], grams[g]))
              i = j
            else:
              i += 1
          for run, src in runs:
            hits += 1
            print(f"{rec['id']} turn {k}: {len(run)} letters shared with {src}: {run}")
  print(f"{hits} shared run(s) of {n}+ letters")


if __name__ == "__main__":
  main()
