#!/usr/bin/env python3
"""Every turn of round 36 against ../shared/seeds and ../shared/corpora: prints
each run of 12+ letters (punctuation and spaces dropped, traditional folded to
simplified) that a turn shares with a seed or a corpus text. Runs inside stock
service formulas (greeting, ask-more, thanks, goodbye) are listed apart.
  python3 bench/heldout/round36/lcs_check.py [--shared /work/shared]
"""
import argparse
import glob
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12
STOCK = ["很高兴为您服务", "请问有什么可以帮您", "请问还有其他需要帮您的吗", "请问还有什么可以帮您的吗",
         "感谢您的来电", "祝您生活愉快", "再见", "不客气", "这是我们应该做的", "感谢您的光临",
         "期待您下次光临", "请问有什么可以帮", "欢迎光临", "感谢您的等待", "非常感谢您的耐心等待",
         "请问还有其他问题吗", "祝您购物愉快", "请您稍等", "有什么可以为您效劳的", "请问", "您好",
         "为您服务", "谢谢您的来电", "祝您一切顺利", "请问还有别的可以帮您吗", "好的"]


def fold(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout.split("\n")
  return [re.sub(r"[\W_]+", "", t).lower() for t in out[:len(texts)]]


def grams(texts):
  g = {}
  for src, t in texts:
    for i in range(len(t) - N + 1):
      g.setdefault(t[i:i + N], src)
  return g


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default="/work/shared")
  args = ap.parse_args()
  refs = []
  for p in sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt"))):
    refs.append((os.path.basename(p), open(p, encoding="utf-8").read()))
  for p in sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for t in rec.get("turns", []):
          refs.append((os.path.basename(p), t.get("text", "")))
  folded = fold([t.replace("\n", " ") for _, t in refs])
  table = grams([(s, t) for (s, _), t in zip(refs, folded)])
  stock = fold(STOCK)
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  ftexts = fold([t.replace("\n", " ") for _, _, t in turns])
  hits, stock_hits = [], []
  for (cid, k, raw), ft in zip(turns, ftexts):
    i = 0
    while i <= len(ft) - N:
      g = ft[i:i + N]
      if g in table:
        j = i + N
        while j < len(ft) and ft[j + 1 - N:j + 1] in table:
          j += 1
        run = ft[i:j]
        mask = [False] * len(run)
        for s in stock:
          for m in re.finditer(re.escape(s), run):
            mask[m.start():m.end()] = [True] * len(s)
        covered = all(mask)
        (stock_hits if covered else hits).append((cid, k, run, table[g], raw))
        i = j
      else:
        i += 1
  for cid, k, run, src, raw in hits:
    print(f"SHARED {cid} turn {k} [{src}] {run}  <- {raw}")
  print(f"\n{len(hits)} shared runs outside stock formulas; {len(stock_hits)} inside stock formulas:")
  for cid, k, run, src, raw in stock_hits:
    print(f"  stock {cid} turn {k} [{src}] {run}")


if __name__ == "__main__":
  main()
