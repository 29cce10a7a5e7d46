#!/usr/bin/env python3
"""Every turn of round 26 against ../shared/seeds and ../shared/corpora: prints
each turn that shares a run of 12+ letters (punctuation and spaces dropped,
traditional folded to simplified, full-width folded) with a seed or a corpus
text. A shared run that overlaps a stock service formula (greeting, ask-more,
thanks, goodbye) is listed apart as stock, not counted.

  python3 bench/heldout/round26/lcs_check.py
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
STOCK = ("感谢您的来电", "请问还有", "还有其他", "还有什么", "还有别的", "再见", "很高兴为您服务",
         "有什么可以帮", "祝您生活愉快", "欢迎光临", "不客气", "这是我们应该做的", "感谢您的耐心等待",
         "请问有什么", "您好欢迎")


def letters(text):
  text = unicodedata.normalize("NFKC", text)
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
        texts.extend(t.get("text", "") for t in rec.get("turns", []) if isinstance(t, dict))
  for t in texts:
    s = letters(t)
    for i in range(len(s) - N + 1):
      grams.add(s[i:i + N])
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
    spans = [(i, i + N) for i in range(len(s) - N + 1) if s[i:i + N] in grams]
    if not spans or s in seen:
      continue
    seen.add(s)
    marks = []
    for w in STOCK:
      for m in re.finditer(re.escape(w), s):
        marks.append((m.start(), m.end()))
    loose = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b in marks)]
    if not loose:
      stock += 1
      print(f"stock  {cid}[{k}] {text}")
    else:
      hits += 1
      i, j = loose[0]
      print(f"SHARED {cid}[{k}] {text}  ({s[i:j]})")
  print(f"{hits} turns share a run of {N}+ letters with a seed or corpus outside stock formulas; "
        f"{stock} turns share one only inside a stock formula")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
