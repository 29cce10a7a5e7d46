#!/usr/bin/env python3
"""Longest-common-run check of round 28: every turn of violating.jsonl and
compliant.jsonl against the seeds (../../../../shared/seeds) and the corpora
(../../../../shared/corpora/*.jsonl). A turn that shares a run of 12 or more
letters (punctuation and spaces dropped) with either is printed; runs that lie
inside a stock service formula (greeting, ask-more, thanks, goodbye) are
listed apart. The corpora are read by this script only.

  python3 bench/heldout/round28/lcs_check.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("HUASHU_SHARED", "/work/shared")
N = 12
NONLETTER = re.compile(r"[\W_]+", re.UNICODE)

STOCK = ["很高兴为您服务请问有什么可以帮您", "请问有什么可以帮您", "请问还有其他问题需要咨询吗",
         "请问还有什么可以帮您的吗", "感谢您的来电祝您生活愉快再见", "感谢您的来电再见",
         "不客气这是我们应该做的", "这是我们应该做的感谢您的来电再见", "感谢您的耐心等待",
         "请问还有其他需要帮您的吗", "很高兴为您服务请问有什么能帮到您", "很高兴为您服务请问有什么可以帮到您",
         "请问还有什么其他可以帮您的吗", "不客气这是我们应该做的感谢您的配合打扰您了再见", "感谢您的惠顾祝您生活愉快再见", "请问还有其他可以帮您的吗",
         "不用客气感谢您的来电祝您心情愉快再见", "请问还有什么其他可以帮到您的吗"]
STOCK = [NONLETTER.sub("", s) for s in STOCK]


def letters(s):
  return NONLETTER.sub("", s)


def grams(text, out, src):
  t = letters(text)
  for i in range(len(t) - N + 1):
    out.setdefault(t[i:i + N], src)


def load_refs():
  ref = {}
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      for line in f:
        grams(line, ref, "seed " + os.path.basename(path)[:3])
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []):
          grams(t.get("text", ""), ref, "corpus " + os.path.basename(path))
  return ref


def longest_shared(t, ref):
  best = ""
  i = 0
  while i <= len(t) - N:
    if t[i:i + N] in ref:
      j = i + N
      while j < len(t) and t[j - N + 1:j + 1] in ref:
        j += 1
      run = t[i:j]
      if len(run) > len(best):
        best = run
      i = j
    else:
      i += 1
  return best


def main():
  ref = load_refs()
  hits, stock = [], []
  seen = set()
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, turn in enumerate(rec["turns"]):
          t = letters(turn["text"])
          run = longest_shared(t, ref)
          if not run:
            continue
          key = (run, turn["text"])
          if key in seen:
            continue
          seen.add(key)
          src = ref[run[:N]]
          if any(run in s for s in STOCK):
            stock.append((rec["id"], k, run, src))
          else:
            hits.append((rec["id"], k, run, src, turn["text"]))
  for cid, k, run, src, text in hits:
    print(f"HIT   {cid} turn {k}: {run} ({src}) | {text}")
  for cid, k, run, src in stock:
    print(f"stock {cid} turn {k}: {run} ({src})")
  print(f"{len(hits)} turns share a run of {N}+ letters outside stock formulas; {len(stock)} stock")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
