#!/usr/bin/env python3
"""Every turn of round 55 against ../shared/seeds and ../shared/corpora: prints
each run of 12+ letters (punctuation and spaces dropped, traditional folded to
simplified) that a turn shares with a seed or a corpus text. A turn counts
only if a shared run remains once the stock service formulas (greeting,
ask-more, thanks, goodbye) are cut out of it; the others are listed apart.

  python3 bench/heldout/round55/lcs_check.py
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
STOCK = ("感谢您的来电", "请问还有其他", "再见", "很高兴为您服务", "请问有什么可以帮您", "祝您生活愉快",
         "欢迎光临", "不客气", "请问有什么可以为您效劳的", "请问有什么能帮到您", "请问有什么需要帮您",
         "感谢您的耐心等待", "为您服务", "需要帮您的吗", "可以帮您的吗", "可以帮到您的吗")


def letters(text):
  return "".join(ch for ch in text if WORD.match(ch) and ch != "_")


def simplify(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def source_grams():
  grams = {}
  texts = [(os.path.basename(p), open(p, encoding="utf-8").read())
           for p in glob.glob(os.path.join(SHARED, "seeds", "*.txt"))]
  for p in glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        texts.extend((os.path.basename(p), t.get("text", "")) for t in rec.get("turns", []))
  for src, t in texts:
    s = letters(t)
    for i in range(len(s) - N + 1):
      grams.setdefault(s[i:i + N], src)
  return grams


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
    shared = [s[i:i + N] for i in range(len(s) - N + 1) if s[i:i + N] in grams]
    if not shared or s in seen:
      continue
    seen.add(s)
    rest = s
    for w in STOCK:
      rest = rest.replace(letters(w), "|")
    left = [g for g in (rest[i:i + N] for i in range(len(rest) - N + 1)) if "|" not in g and g in grams]
    if not left:
      stock += 1
      print(f"stock  {cid}[{k}] {text}  ({shared[0]} <- {grams[shared[0]]})")
    else:
      hits += 1
      print(f"SHARED {cid}[{k}] {text}  ({left[0]} <- {grams[left[0]]})")
  print(f"{hits} turns share a run of {N}+ letters with a seed or corpus; {stock} stock formulas set aside")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
