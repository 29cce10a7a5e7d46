#!/usr/bin/env python3
"""Every turn of round 24 against ../shared/seeds and ../shared/corpora/*.jsonl:
prints each turn that shares a run of 12+ letters (punctuation and spaces
dropped, traditional folded to simplified) with a seed or a corpus turn. A
shared run made mostly (8 of 12 letters or more) of stock service formulas
(greeting, ask-more, thanks, goodbye) is listed apart as `stock`, not counted.

  python3 bench/heldout/round24/lcs_check.py     # exit 1 when a turn shares a run
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared"))
N = 12
WORD = re.compile(r"\w", re.UNICODE)
STOCK = ("您好", "很高兴为您服务", "请问有什么可以帮您", "有什么可以帮", "请问还有", "其他", "其它",
         "问题", "需要", "咨询", "帮您", "帮到您", "感谢您的来电", "谢谢您的来电", "祝您生活愉快",
         "欢迎光临", "不客气", "再见", "感谢", "光临", "期待", "下次", "这是我们应该做的", "为您服务",
         "请问", "可以", "吗")


def letters(text):
  return "".join(ch for ch in text if WORD.match(ch) and ch != "_")


def simplify(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def source_grams():
  texts = [open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(SHARED, "seeds", "*.txt"))]
  for p in glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        texts.extend(t.get("text", "") for t in rec.get("turns", []) if isinstance(t, dict))
  texts = simplify(texts)
  grams = set()
  for t in texts:
    s = letters(t)
    for i in range(len(s) - N + 1):
      grams.add(s[i:i + N])
  return grams


def stock_cover(s):
  cover = [False] * len(s)
  for w in STOCK:
    for m in re.finditer(re.escape(w), s):
      for k in range(m.start(), m.end()):
        cover[k] = True
  return cover


def main():
  grams = source_grams()
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  folded = simplify([t for _, _, t in turns])
  hits = stock = 0
  seen = set()
  for (cid, k, text), simp in zip(turns, folded):
    s = letters(simp)
    if s in seen:
      continue
    cover = stock_cover(s)
    shared = [i for i in range(len(s) - N + 1) if s[i:i + N] in grams]
    if not shared:
      continue
    seen.add(s)
    real = [i for i in shared if sum(cover[i:i + N]) < 8]
    if real:
      hits += 1
      print(f"SHARED {cid}[{k}] {text}  ({s[real[0]:real[0] + N]})")
    else:
      stock += 1
      print(f"stock  {cid}[{k}] {text}  ({s[shared[0]:shared[0] + N]})")
  print(f"{hits} turns share a run of {N}+ letters with a seed or corpus; {stock} stock formulas set aside")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
