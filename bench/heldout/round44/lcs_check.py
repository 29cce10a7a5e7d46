#!/usr/bin/env python3
"""Round 44: does any turn share a run of 12+ letters with a seed or a corpus?

  python3 bench/heldout/round44/lcs_check.py [--min 12] [--all]   # --all also prints the stock runs

Letters are word characters after NFKC and traditional-to-simplified folding
(punctuation, spaces and emoji dropped), so a run may cross punctuation. Seeds:
../shared/seeds/*.txt; corpora: every string in ../shared/corpora/*.jsonl.
Runs that lie inside a stock service formula (greeting, ask-more, thanks,
goodbye, thanks for waiting) are listed apart; any other run fails the check.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"
WORD = re.compile(r"\w", re.UNICODE)
STOCK = ["很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您", "感谢您的来电", "祝您生活愉快",
         "请问还有其他", "还有其他需要", "还有其他问题", "还有什么可以帮您", "感谢您的耐心等待", "感谢您的耐心等候",
         "不客气", "这是我们应该做的", "欢迎光临", "再见", "让您久等了", "给您添麻烦了", "请问您清楚了吗",
         "麻烦您稍等", "请您稍等", "谢谢您的理解", "感谢您的光临", "期待下次为您服务", "祝您购物愉快"]


def t2s(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")[:len(texts)]


def fold(text):
  text = unicodedata.normalize("NFKC", text)
  return "".join(ch for ch in text if WORD.match(ch) and ch != "_").lower()


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def main():
  n = 12
  if "--min" in sys.argv:
    n = int(sys.argv[sys.argv.index("--min") + 1])
  sources = []
  for p in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(p, encoding="utf-8") as f:
      sources.append(f.read())
  for p in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        line = line.strip()
        if line:
          try:
            sources.extend(strings(json.loads(line)))
          except json.JSONDecodeError:
            sources.append(line)
  grams = set()
  for s in t2s(sources):
    s = fold(s)
    for i in range(len(s) - n + 1):
      grams.add(s[i:i + n])
  stock = [fold(s) for s in STOCK]
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        for i, t in enumerate(r["turns"]):
          turns.append((r["id"], i, t["text"]))
  folded = [fold(t) for t in t2s([t for _, _, t in turns])]
  bad = apart = 0
  for (cid, i, text), s in zip(turns, folded):
    hits = [k for k in range(len(s) - n + 1) if s[k:k + n] in grams]
    if not hits:
      continue
    # merge overlapping windows into runs
    runs, start, end = [], hits[0], hits[0] + n
    for k in hits[1:]:
      if k <= end - n + 1:
        end = k + n
      else:
        runs.append(s[start:end])
        start, end = k, k + n
    runs.append(s[start:end])
    for run in runs:
      inside = any(run in f or f in run and len(run) - len(f) < n for f in stock)
      tag = "stock" if inside else "COPY"
      if inside:
        apart += 1
      else:
        bad += 1
      if not inside or "--all" in sys.argv:
        print(f"{tag:5} {cid} turn {i} ({len(run)}): {run}  <-  {text}")
  print(f"\nturns {len(turns)}; shared runs of {n}+ letters outside stock formulas: {bad}; inside stock formulas: {apart}")
  sys.exit(1 if bad else 0)


if __name__ == "__main__":
  main()
