#!/usr/bin/env python3
"""Every turn of round 38 against ../shared/seeds and ../shared/corpora:
lists turns that share a run of 12 or more letters with a source.

Letters are \\w characters after NFKC folding, lower-casing and
traditional-to-simplified conversion (uconv), on both sides. Runs that lie
inside a stock service formula (greeting, ask-more, thanks for calling,
goodbye) are listed apart; every other run must be reworded.

  python3 bench/heldout/round38/lcs_check.py [--shared /work/shared]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
K = 12
WORD = re.compile(r"\w", re.UNICODE)

STOCK = [
    "很高兴为您服务请问有什么可以帮您", "很高兴为您服务请问有什么需要帮忙的", "请问有什么可以帮到您的呢",
    "请问有什么可以为您效劳的吗", "请问还有其他需要帮您的吗", "请问还有其他可以帮您的吗",
    "感谢您的来电祝您生活愉快再见", "这是我们应该做的请问还有其他问题吗", "请问还有什么可以帮您的吗",
]


def fold_all(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout.split("\n")
  res = []
  for t in out[:len(texts)]:
    t = unicodedata.normalize("NFKC", t).lower()
    res.append("".join(ch for ch in t if WORD.match(ch) and ch != "_"))
  return res


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
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default="/work/shared")
  args = ap.parse_args()
  sources = []
  for path in sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt"))):
    sources.append((os.path.basename(path), open(path, encoding="utf-8").read()))
  for path in sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl"))):
    parts = []
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          parts.extend(strings(json.loads(line)))
        except json.JSONDecodeError:
          parts.append(line)
    sources.append((os.path.basename(path), "\n".join(parts)))
  folded_src = fold_all([s for _, s in sources])
  grams = {}
  for (name, _), text in zip(sources, folded_src):
    for i in range(len(text) - K + 1):
      grams.setdefault(text[i:i + K], name)

  turns = []
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for n, t in enumerate(rec["turns"]):
          turns.append((rec["id"], n, t["speaker"], t["text"]))
  folded = fold_all([t[3] for t in turns])
  big = {name: text for (name, _), text in zip(sources, folded_src)}
  bad, stock = [], []
  seen = set()
  for (cid, n, who, text), f in zip(turns, folded):
    hits = [i for i in range(len(f) - K + 1) if f[i:i + K] in grams]
    if not hits:
      continue
    i = hits[0]
    name = grams[f[i:i + K]]
    j = i + K
    while j < len(f) and f[i:j + 1] in big[name]:
      j += 1
    run = f[i:j]
    key = (run, name)
    row = (cid, n, who, name, len(run), run, text)
    if any(run in s for s in STOCK):
      stock.append(row)
    else:
      bad.append(row)
    seen.add(key)
  print(f"{len(turns)} turns checked against {len(sources)} sources; runs of {K}+ letters:")
  print(f"  outside stock formulas: {len(bad)}")
  for r in bad:
    print("   ", r[0], f"turn {r[1]}", r[2], r[3], r[4], r[5], "|", r[6])
  runs = sorted({(r[5], r[3]) for r in stock})
  print(f"  inside stock formulas: {len(stock)} turns, {len(runs)} distinct runs")
  for run, name in runs:
    print("   ", name, run)


if __name__ == "__main__":
  main()
