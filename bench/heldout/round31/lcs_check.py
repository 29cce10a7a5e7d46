#!/usr/bin/env python3
"""Copy check of round 31: every turn of violating.jsonl and compliant.jsonl
against the seeds (../../../../shared/seeds) and the corpora
(../../../../shared/corpora/*.jsonl). Letters are compared after NFKC,
lower-casing and traditional-to-simplified folding, with punctuation and
spaces dropped. A turn that shares a run of 12+ letters is listed; runs that
lie inside a stock formula (greeting, ask-more, thanks, goodbye) are listed
apart as stock.

  python3 bench/heldout/round31/lcs_check.py [--min 12]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"

STOCK = [
    "很高兴为您服务", "请问有什么可以帮您", "请问有什么能帮到您", "有什么可以帮您的吗",
    "请问还有其他需要帮您的吗", "请问还有其他问题吗", "请问还有什么可以帮您",
    "请问还有其他需要咨询的吗", "还有其他需要帮您处理的吗", "请问还有什么需要我帮忙的吗",
    "感谢您的来电", "祝您生活愉快", "再见", "不客气", "这是我们应该做的",
    "感谢您的光临", "欢迎光临", "感谢您的耐心等待", "让您久等了", "很抱歉让您久等了",
    "请您稍等", "非常抱歉给您带来不便", "给您添麻烦了", "谢谢您的认可", "期待下次再为您服务",
    "祝您购物愉快", "请问您还有其他问题吗", "感谢您的支持", "请问您清楚了吗",
    "请问还有什么可以为您效劳的吗", "号为您服务请问有什么可以帮您",
]


def simp(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")[:len(texts)]


def letters(text):
  text = unicodedata.normalize("NFKC", text).lower()
  return "".join(ch for ch in text if ch.isalnum())


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--min", type=int, default=12)
  args = ap.parse_args()
  n = args.min

  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for i, t in enumerate(rec["turns"]):
          turns.append((rec["id"], i, t["speaker"], t["text"]))
  folded = [letters(s) for s in simp([t[3] for t in turns])]
  grams = {}
  for k, s in enumerate(folded):
    for p in range(len(s) - n + 1):
      grams.setdefault(s[p:p + n], set()).add(k)

  sources = []
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      sources.append((os.path.basename(path), f.read()))
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      texts = []
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        texts.extend(t.get("text", "") for t in rec.get("turns", []))
    sources.append((os.path.basename(path), "\n".join(texts)))

  hits = {}   # turn index -> set of shared grams
  for name, text in sources:
    for chunk in simp(text.split("\n")):
      s = letters(chunk)
      for p in range(len(s) - n + 1):
        g = s[p:p + n]
        if g in grams:
          for k in grams[g]:
            hits.setdefault(k, {}).setdefault(g, set()).add(name)

  stock = [letters(x) for x in STOCK]
  bad = stocky = 0
  for k in sorted(hits):
    cid, i, who, text = turns[k]
    s = folded[k]
    # mark the letters covered by stock formulas
    covered = [False] * len(s)
    for st in stock:
      for m in re.finditer(re.escape(st), s):
        for q in range(m.start(), m.end()):
          covered[q] = True
    own = [g for g in hits[k] if not all(covered[p] for p in range(s.find(g), s.find(g) + n))]
    srcs = sorted({x for g in hits[k] for x in hits[k][g]})
    if own:
      bad += 1
      print(f"SHARED {cid} turn {i} {who}: {text}   <- {', '.join(srcs)}")
    else:
      stocky += 1
      print(f"stock  {cid} turn {i} {who}: {text}   <- {', '.join(srcs)}")
  print(f"\n{bad} turns share a run of {n}+ letters outside stock formulas; {stocky} only inside stock formulas")


if __name__ == "__main__":
  main()
