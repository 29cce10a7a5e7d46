#!/usr/bin/env python3
"""Lists turns of round 8 that share a run of 12+ letters with a seed or a
corpus text (../shared/seeds, ../shared/corpora), so that no sentence of
theirs is copied. Letters only (punctuation and spaces dropped). Stock
service formulas (ask-more, thanks, goodbye) may still match; each hit is
printed for a person to judge.

  python3 bench/heldout/round8/lcs_check.py [--n 12]
"""
import argparse
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
NONLETTER = re.compile(r"[\W_]+", re.UNICODE)


def norm(text):
  return NONLETTER.sub("", text)


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--n", type=int, default=12)
  ap.add_argument("--shared", default=SHARED)
  args = ap.parse_args()
  n = args.n
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for i, t in enumerate(rec["turns"]):
          turns.append((rec["id"], i, t["text"], norm(t["text"])))
  grams = {}
  for cid, i, text, letters in turns:
    for k in range(len(letters) - n + 1):
      grams.setdefault(letters[k:k + n], []).append((cid, i, text))
  sources = sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt")))
  sources += sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl")))
  hits = {}
  for path in sources:
    with open(path, encoding="utf-8") as f:
      letters = norm(f.read())
    for k in range(len(letters) - n + 1):
      g = letters[k:k + n]
      if g in grams:
        for cid, i, text in grams[g]:
          hits.setdefault((cid, i, text), set()).add((os.path.basename(path), g))
  for (cid, i, text), where in sorted(hits.items()):
    srcs = sorted({w[0] for w in where})
    print(f"{cid} turn {i}: {text}  <- {', '.join(srcs)}: {sorted(w[1] for w in where)[0]}")
  uniq = {text for (_, _, text) in hits}
  print(f"{len(hits)} turns ({len(uniq)} distinct texts) share a run of {n}+ letters; {len(turns)} turns checked")


if __name__ == "__main__":
  main()
