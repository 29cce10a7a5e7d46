#!/usr/bin/env python3
"""Every turn of round 39 against the seeds and the corpora: prints each run
of 12 or more letters a turn shares with them. Letters only (punctuation,
spaces and emoji dropped), full width folded, traditional characters folded
to simplified on both sides. Runs made only of stock service formulas
(greeting, ask-more, thanks, goodbye) are listed apart.

  python3 bench/heldout/round39/lcs_check.py
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("HUASHU_SHARED", "/work/shared")
N = 12
LETTER = re.compile(r"[^\W_]", re.UNICODE)

STOCK = ["很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您", "请问有什么能帮到您",
         "请问还有其他", "请问还有什么可以帮", "还有其他需要", "感谢您的来电", "谢谢您的来电", "祝您生活愉快",
         "再见", "不客气", "不用客气", "这是我们应该做的", "感谢您的耐心等待", "感谢您的耐心等候",
         "请您稍等", "您好", "欢迎光临", "感谢您的支持", "期待您下次光临", "感谢惠顾", "祝您购物愉快",
         "请问您清楚了吗", "对吗", "给您添麻烦了", "很抱歉", "非常抱歉", "让您久等了"]


def simplify(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


def letters(text):
  return "".join(LETTER.findall(unicodedata.normalize("NFKC", text)))


def source_texts():
  texts = []
  for p in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(p, encoding="utf-8") as f:
      texts.extend(l for l in f.read().split("\n") if l.strip())
  for p in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        texts.extend(t.get("text", "") for t in rec.get("turns", []))
  return texts


def main():
  grams = set()
  for t in simplify(source_texts()):
    s = letters(t)
    for i in range(len(s) - N + 1):
      grams.add(s[i:i + N])
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  simple = simplify([t[2] for t in turns])
  hits, stock = [], []
  for (cid, k, text), st in zip(turns, simple):
    s = letters(st)
    covered = [False] * len(s)
    for i in range(len(s) - N + 1):
      if s[i:i + N] in grams:
        for j in range(i, i + N):
          covered[j] = True
    runs, cur = [], ""
    for ch, c in zip(s, covered):
      if c:
        cur += ch
      elif cur:
        runs.append(cur)
        cur = ""
    if cur:
      runs.append(cur)
    for run in runs:
      rest = run
      for p in sorted(STOCK, key=len, reverse=True):
        rest = rest.replace(p, "|")
      if max((len(x) for x in rest.split("|")), default=0) < N:
        stock.append((cid, k, run))
      else:
        hits.append((cid, k, run, text))
  for cid, k, run, text in hits:
    print(f"SHARED {cid} turn {k}: {run}  <<{text}>>")
  print(f"\nstock formulas shared ({len(stock)} turns):")
  for run in sorted({r for _, _, r in stock}):
    print("  ", run)
  print(f"\n{len(hits)} turns share a run of {N}+ letters outside stock formulas")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
