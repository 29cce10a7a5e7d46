#!/usr/bin/env python3
"""Checks that no turn of round 54 copies a seed or corpus sentence.

For every turn of violating.jsonl and compliant.jsonl, finds the runs of 12 or
more letters (punctuation and spaces ignored, traditional folded to
simplified) that the turn shares with ../../../../shared/seeds/* or with the
turns of ../../../../shared/corpora/*.jsonl. A run made only of stock service
formulas (greeting, ask-more, thanks, goodbye) is listed apart; any other run
is a copy and must be reworded. Exit status 1 when a copy is found.

  python3 bench/heldout/round54/lcs_check.py
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
N = 12
NONLETTER = re.compile(r"[\W_]+", re.UNICODE)

STOCK = [
    "很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您",
    "请问还有其他", "请问还有别的", "还有其他需要", "还有其它需要", "还有什么可以帮您",
    "感谢您的来电", "祝您生活愉快", "祝您购物愉快", "感谢您的光临", "欢迎光临", "欢迎再次",
    "不客气", "这是我们应该做的", "再见", "您好", "请问您需要", "感谢您的耐心等待", "感谢您的耐心等候",
    "期待您下次光临", "感谢您的惠顾", "请问您还有", "请问", "一切顺利",
]


def simp(text):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text,
                       capture_output=True, text=True, check=True).stdout
  return out


def letters(text):
  return NONLETTER.sub("", text)


def grams(text, into):
  t = letters(text)
  for i in range(len(t) - N + 1):
    into.add(t[i:i + N])


def main():
  ref = set()
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    raw = open(path, encoding="utf-8").read()
    grams(raw, ref)
    grams(simp(raw), ref)
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    buf = []
    with open(path, encoding="utf-8") as f:
      for line in f:
        for t in json.loads(line).get("turns", []):
          buf.append(t.get("text", ""))
    for t in simp("\n".join(buf)).split("\n"):
      grams(t, ref)
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        for k, t in enumerate(r["turns"]):
          turns.append((r["id"], k, t["text"]))
  simple = simp("\n".join(t for _, _, t in turns)).split("\n")
  copies, stock = [], {}
  for (cid, k, text), s in zip(turns, simple):
    t = letters(s)
    hit = [i for i in range(len(t) - N + 1) if t[i:i + N] in ref]
    if not hit:
      continue
    masked = letters(s)
    for p in sorted(STOCK, key=len, reverse=True):
      masked = masked.replace(p, "#" * len(p))
    runs = []
    for i in hit:
      if runs and i <= runs[-1][1]:
        runs[-1][1] = i + N
      else:
        runs.append([i, i + N])
    for a, b in runs:
      seg = masked[a:b]
      # a run is stock when no 12 letters of it are left outside the formulas
      if max((len(x) for x in seg.split("#")), default=0) < N and "#" in seg:
        stock.setdefault(t[a:b], []).append(cid)
      else:
        copies.append((cid, k, t[a:b]))
  for run, ids in sorted(stock.items(), key=lambda x: -len(x[1])):
    print(f"stock  {len(ids):3d}x  {run}")
  for cid, k, run in copies:
    print(f"COPY   {cid} turn {k}: {run}")
  print(f"{len(turns)} turns; {sum(len(v) for v in stock.values())} stock-formula runs "
        f"({len(stock)} distinct); {len(copies)} copied runs")
  sys.exit(1 if copies else 0)


if __name__ == "__main__":
  main()
