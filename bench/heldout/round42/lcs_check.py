#!/usr/bin/env python3
"""Every turn of round 42 against ../shared/seeds and ../shared/corpora/*.jsonl:
prints each turn that shares a run of 12 or more letters (punctuation and
spaces dropped, traditional folded to simplified) with a source, the longest
run and where it was found. Runs made only of stock service formulas
(greeting, ask-more, thanks, goodbye) are listed apart as STOCK.

  python3 bench/heldout/round42/lcs_check.py [--min 12]
"""
import argparse
import glob
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"

LETTER = re.compile(r"\w", re.UNICODE)

STOCK = [  # greeting, ask-more, thanks, goodbye
    "很高兴为您服务", "为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您",
    "请问有什么", "欢迎光临", "您好",
    "请问还有其他", "还有其他需要", "需要帮您的吗", "请问还有别的", "请问您还有", "请问还有",
    "您看还有什么可以帮您的吗",
    "不客气", "这是我们应该做的", "感谢您的来电", "感谢您的耐心等待", "感谢您的耐心等候",
    "感谢您的支持", "感谢您的光临", "感谢您",
    "祝您生活愉快", "祝您购物愉快", "期待下次为您服务", "再见"]


def fold(text):
  return "".join(ch for ch in text if LETTER.match(ch) and ch != "_")


def simplify(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def sources(n):
  texts = []
  for p in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        texts.append((os.path.basename(p), line))
  for p in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for s in strings(rec):
          if len(s) >= n:
            texts.append((os.path.basename(p), s))
  simp = simplify([t.replace("\n", " ") for _, t in texts])
  grams = {}
  for (name, _), s in zip(texts, simp):
    f = fold(s)
    for i in range(len(f) - n + 1):
      grams.setdefault(f[i:i + n], name)
  return grams


def is_stock(run):
  rest = run
  for s in sorted(STOCK, key=len, reverse=True):
    rest = rest.replace(fold(s), "")
  return len(rest) < 4


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--min", type=int, default=12)
  args = ap.parse_args()
  n = args.min
  grams = sources(n)
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        for k, t in enumerate(r["turns"]):
          turns.append((r["id"], k, t["text"]))
  simp = simplify([t for _, _, t in turns])
  hits = stock = 0
  seen = set()
  for (cid, k, text), s in zip(turns, simp):
    f = fold(s)
    best, where = "", ""
    for i in range(len(f) - n + 1):
      if f[i:i + n] in grams:
        j = i + n
        while j < len(f) and f[i:j + 1][-n:] in grams:
          j += 1
        if j - i > len(best):
          best, where = f[i:j], grams[f[i:i + n]]
    if not best:
      continue
    kind = "STOCK" if is_stock(best) else "HIT"
    key = (kind, best)
    if key in seen:
      continue
    seen.add(key)
    if kind == "HIT":
      hits += 1
    else:
      stock += 1
    print(f"{kind:5} {cid} turn {k}: {best} ({len(best)}, {where})")
  print(f"distinct runs: {hits} to reword, {stock} stock formulas")


if __name__ == "__main__":
  main()
