#!/usr/bin/env python3
"""Every turn of round 45 against the seeds and the corpora: lists each run of
12+ letters (after folding traditional to simplified and dropping punctuation
and spaces) that a turn shares with a seed or a corpus conversation. Runs made
only of stock service formulas (greeting, ask-more, thanks, goodbye) are
listed apart; any other run means the turn must be reworded.

  python3 bench/heldout/round45/lcs_check.py [--seeds DIR] [--corpora DIR]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
N = 12
NONLETTER = re.compile(r"[\W_]+", re.UNICODE)

STOCK = [
    "很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "请问有什么能帮到您",
    "请问有什么能够帮您", "请问有什么可以为您效劳", "请问您需要什么帮助", "请问还有什么可以帮您",
    "请问还有其他需要帮您的吗", "请问还有其他问题吗", "请问您还有其他问题吗", "还有其他需要咨询的吗",
    "请问您还有其他需要咨询的吗", "请问还有其他需要咨询的吗", "感谢您的来电", "谢谢您的来电", "祝您生活愉快", "祝您心情愉快",
    "感谢您的光临", "期待您的下次光临", "欢迎下次光临", "再见", "不客气", "这是我们应该做的",
    "您好", "欢迎光临", "欢迎致电", "客服热线", "工号", "号客服", "为您服务", "非常感谢", "感谢您的耐心等待",
    "请您稍等", "请稍等", "我立即为您转接", "很抱歉让您久等了", "很抱歉", "让您久等了",
    "请问还有什么可以帮助您", "对吗", "好的",
]


def fold(text):
  return NONLETTER.sub("", text).lower()


def t2s(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")[:len(texts)]


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def grams(text):
  return {text[i:i + N] for i in range(len(text) - N + 1)}


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--seeds", default=os.path.join(ROOT, "shared", "seeds"))
  ap.add_argument("--corpora", default=os.path.join(ROOT, "shared", "corpora"))
  ap.add_argument("-v", action="store_true", help="also list the runs made of stock formulas only")
  args = ap.parse_args()
  sources = {}
  for p in sorted(glob.glob(os.path.join(args.seeds, "*.txt"))):
    with open(p, encoding="utf-8") as f:
      sources["seed " + os.path.basename(p)] = [f.read()]
  for p in sorted(glob.glob(os.path.join(args.corpora, "*.jsonl"))):
    texts = []
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          texts.extend(strings(json.loads(line)))
        except ValueError:
          continue
    sources["corpus " + os.path.basename(p)] = texts
  index = {}
  for name, texts in sources.items():
    folded = [fold(t) for t in t2s(texts)] + [fold(t) for t in texts]
    g = set()
    for t in folded:
      g |= grams(t)
    index[name] = g
  stock = [fold(s) for s in t2s(STOCK)]

  turns = []
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        for i, t in enumerate(r["turns"]):
          turns.append((r["id"], i, t["text"]))
  folded = [fold(t) for t in t2s([t for _, _, t in turns])]
  bad, stock_hits = [], []
  for (cid, i, text), ft in zip(turns, folded):
    covered = [False] * len(ft)
    for s in stock:
      for m in re.finditer(re.escape(s), ft):
        for k in range(m.start(), m.end()):
          covered[k] = True
    for name, g in index.items():
      hits = [k for k in range(len(ft) - N + 1) if ft[k:k + N] in g]
      if not hits:
        continue
      only_stock = all(all(covered[k:k + N]) for k in hits)
      row = f"{cid} turn {i} vs {name}: {text}"
      (stock_hits if only_stock else bad).append(row)
  print(f"turns checked: {len(turns)}; shared runs of {N}+ letters outside stock formulas: {len(bad)}; "
        f"stock formulas only: {len(stock_hits)}")
  for row in bad:
    print("REWORD " + row)
  if "-v" in sys.argv:
    for row in stock_hits:
      print("stock  " + row)
  return 1 if bad else 0


if __name__ == "__main__":
  sys.exit(main())
