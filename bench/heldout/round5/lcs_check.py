#!/usr/bin/env python3
"""Flags every turn of round 5 that shares a run of 12 or more letters with a
seed (../shared/seeds) or a corpus (../shared/corpora), stock service formulas
aside. Seed 002 is written in traditional characters: it is compared both as
written and converted to simplified; the set's traditional turns are compared
converted to simplified too.

  python3 bench/heldout/round5/lcs_check.py [--shared DIR]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12
NONLETTER = re.compile(r"[\W_]+", re.UNICODE)
# Service formulas every handbook shares; a run inside one of these is not a copy.
STOCK = [
    "请问还有什么可以帮您", "请问还有其他问题吗", "感谢您的来电祝您生活愉快再见", "请问有什么可以帮您",
    "很高兴为您服务请问有什么可以帮您", "感谢您的耐心等待", "非常感谢您的耐心等候", "请问还有其他需要帮您的吗",
]


def norm(text):
  return NONLETTER.sub("", text)


def to_simplified(texts):
  out = subprocess.run(["uconv", "-x", "Hant-Hans"], input="\n".join(texts), capture_output=True,
                       text=True, check=True).stdout
  return out.split("\n")[:len(texts)]


def source_texts(shared):
  texts = []
  for path in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      body = f.read()
    texts.append(body)
    texts.extend(to_simplified([body.replace("\n", " ")]))
  for path in sorted(glob.glob(os.path.join(shared, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        texts.extend(t.get("text", "") for t in rec.get("turns", []))
  return texts


def grams(texts):
  seen = set()
  for t in texts:
    s = norm(t)
    for i in range(len(s) - N + 1):
      seen.add(s[i:i + N])
  return seen


def runs(s, seen):
  covered = [False] * len(s)
  for i in range(len(s) - N + 1):
    if s[i:i + N] in seen:
      for j in range(i, i + N):
        covered[j] = True
  out, start = [], None
  for i, c in enumerate(covered + [False]):
    if c and start is None:
      start = i
    elif not c and start is not None:
      out.append(s[start:i])
      start = None
  return out


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default=os.path.normpath(os.path.join(HERE, "../../../../shared")))
  args = ap.parse_args()
  if not os.path.isdir(os.path.join(args.shared, "seeds")):
    sys.exit(f"no seeds under {args.shared}")
  seen = grams(source_texts(args.shared))
  stock = [norm(s) for s in STOCK]
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  simp = to_simplified([t for _, _, t in turns])
  flagged = stock_only = 0
  for (cid, k, text), s_text in zip(turns, simp):
    found = []
    for variant in {norm(text), norm(s_text)}:
      found.extend(runs(variant, seen))
    found = sorted(set(found), key=len, reverse=True)
    real = [r for r in found if not any(r in st for st in stock)]
    if real:
      flagged += 1
      print(f"{cid} turn {k}: {real[0]!r} ({len(real[0])} letters) in {text!r}")
    elif found:
      stock_only += 1
  print(f"{len(turns)} turns; {flagged} share a run of {N}+ letters with a seed or corpus; "
        f"{stock_only} share only a stock formula")
  return 1 if flagged else 0


if __name__ == "__main__":
  sys.exit(main())
