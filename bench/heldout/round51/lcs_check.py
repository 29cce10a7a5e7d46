#!/usr/bin/env python3
"""Every turn of round 51 against ../shared/seeds and ../shared/corpora: prints
each turn that shares a run of 12+ letters (punctuation and spaces dropped,
traditional folded to simplified, full-width folded) with a seed or a corpus
text. Turns holding a stock service formula (greeting, ask-more, thanks,
goodbye) are listed apart and not counted.

  python3 bench/heldout/round51/lcs_check.py
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared"))
N = 12
WORD = re.compile(r"\w", re.UNICODE)
STOCK = ("很高兴为您服务", "有什么可以帮您", "有什么可以帮到您", "请问还有", "还有其他", "感谢您的来电",
         "谢谢您的来电", "再见", "不客气", "欢迎光临", "祝您生活愉快", "感谢您的耐心等待")


def letters(text):
  text = unicodedata.normalize("NFKC", text)
  return "".join(ch for ch in text if WORD.match(ch) and ch != "_")


def simplify(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def source_texts():
  texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))]
  for p in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []) or []:
          if isinstance(t, dict):
            texts.append(str(t.get("text", "")))
  return simplify(texts)


def main():
  grams = set()
  for t in source_texts():
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
  folded = simplify([t for _, _, t in turns])
  hits = stock = 0
  seen = set()
  for (cid, k, text), simp in zip(turns, folded):
    s = letters(simp)
    shared = [s[i:i + N] for i in range(len(s) - N + 1) if s[i:i + N] in grams]
    if not shared or s in seen:
      continue
    seen.add(s)
    if any(letters(w) in s for w in STOCK):
      stock += 1
      print(f"stock  {cid}[{k}] {text}  ({shared[0]})")
    else:
      hits += 1
      print(f"SHARED {cid}[{k}] {text}  ({shared[0]})")
  print(f"{hits} turns share a run of {N}+ letters with a seed or corpus; {stock} stock formulas set aside")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
