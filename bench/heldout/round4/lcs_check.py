#!/usr/bin/env python3
"""Reports every turn of the set sharing a run of 12+ letters with ../shared/seeds
or ../shared/corpora (punctuation and spaces ignored), stock formulas aside."""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared")
N = 12
STOCK = ["很高兴为您服务请问有什么可以帮您", "感谢您的来电祝您生活愉快再见", "请问还有其他问题需要咨询吗"]


def norm(text):
  return "".join(re.findall(r"\w", text))


def grams(text):
  return {text[i:i + N] for i in range(len(text) - N + 1)}


def main():
  pool = set()
  for path in glob.glob(os.path.join(SHARED, "seeds", "*.txt")):
    pool |= grams(norm(open(path, encoding="utf-8").read()))
  for path in glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for t in rec.get("turns", []):
          pool |= grams(norm(t.get("text", "")))
  hits = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for t in rec["turns"]:
          text = norm(t["text"])
          shared = [g for g in grams(text) if g in pool and not any(g in s for s in STOCK)]
          if shared:
            hits += 1
            print(rec["id"], t["text"], "|", shared[0])
  print(f"{hits} turns share a run of {N}+ letters")


if __name__ == "__main__":
  main()
