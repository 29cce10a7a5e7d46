#!/usr/bin/env python3
"""Every turn of round 23 against ../shared/seeds and ../shared/corpora: prints
each turn that shares a run of 12+ letters (punctuation and spaces dropped,
traditional folded to simplified) with a seed or a corpus text. A shared run
that lies wholly inside a stock service formula (greeting, ask-more, thanks,
goodbye) is listed apart and not counted.

  python3 bench/heldout/round23/lcs_check.py
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared" if os.path.isdir("/work/shared/seeds") else os.path.normpath(
    os.path.join(HERE, "../../../../shared"))
N = 12
WORD = re.compile(r"\w", re.UNICODE)
STOCK = ("感谢您的来电", "请问还有其他", "请问还有什么可以帮您", "再见", "很高兴为您服务",
         "请问有什么可以帮您", "有什么可以帮您的吗", "祝您生活愉快", "欢迎光临", "不客气",
         "这是我们应该做的", "感谢您的耐心等待", "感谢您的耐心等候", "请问有什么可以为您效劳",
         "感谢您的光临", "期待下次为您服务", "祝您购物愉快",
         "请问有什么可以为您效劳的", "请问还有其他需要帮您的吗", "请问还有什么可以帮您的呢",
         "为您服务请问有什么可以帮您的")


def letters(text):
  return "".join(ch for ch in text if WORD.match(ch) and ch != "_")


def simplify(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def source_grams():
  grams = set()
  texts = [open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(SHARED, "seeds", "*.txt"))]
  texts = simplify(texts)
  for p in glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        texts.extend(t.get("text", "") for t in rec.get("turns", []))
  for t in texts:
    s = letters(t)
    for i in range(len(s) - N + 1):
      grams.add(s[i:i + N])
  return grams


def stock_mask(s):
  mask = [False] * len(s)
  for w in STOCK:
    w = letters(w)
    for m in re.finditer(re.escape(w), s):
      for k in range(m.start(), m.end()):
        mask[k] = True
  return mask


def main():
  grams = source_grams()
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  folded = simplify([t.replace("\n", " ") for _, _, t in turns])
  hits = stock = 0
  seen = set()
  for (cid, k, text), simp in zip(turns, folded):
    s = letters(simp)
    idx = [i for i in range(len(s) - N + 1) if s[i:i + N] in grams]
    if not idx or s in seen:
      continue
    seen.add(s)
    mask = stock_mask(s)
    loose = [i for i in idx if not all(mask[i:i + N])]
    if not loose:
      stock += 1
      print(f"stock  {cid}[{k}] {text}")
    else:
      hits += 1
      print(f"SHARED {cid}[{k}] {text}  ({s[loose[0]:loose[0] + N]})")
  print(f"{hits} turns share a run of {N}+ letters with a seed or corpus; {stock} stock formulas set aside")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
