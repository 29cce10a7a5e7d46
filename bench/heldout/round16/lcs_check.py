#!/usr/bin/env python3
"""Every turn of round 16 against ../shared/seeds and ../shared/corpora: prints
each run of 12 or more letters (punctuation and spaces ignored, traditional
characters folded to simplified) that a turn shares with a seed or a corpus
turn, unless the run lies inside one of the stock service formulas below.

  python3 bench/heldout/round16/lcs_check.py [--shared ../shared]

Exit status 1 when a run is found."""

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

# Formulas every service script shares (greeting, ask-more, thanks, goodbye);
# a shared run inside one of them is not a copied sentence.
STOCK = [
    "请问还有其他需要帮您的吗", "请问还有什么可以帮您的吗", "请问还有其他可以帮您的吗",
    "很高兴为您服务请问有什么可以帮您", "感谢您的来电祝您生活愉快再见",
    "请问有什么可以帮您", "非常感谢您的耐心等候", "感谢您的耐心等待",
]


def simplify(text):
  proc = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text,
                        capture_output=True, text=True, check=True)
  return proc.stdout


def letters(text):
  return NONLETTER.sub("", text.lower())


def reference_texts(shared):
  for path in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        yield os.path.basename(path), line
  for path in sorted(glob.glob(os.path.join(shared, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for t in rec.get("turns", []):
          yield os.path.basename(path), t.get("text", "")


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "..", "shared"))
  args = ap.parse_args()

  names, texts = [], []
  for name, text in reference_texts(args.shared):
    names.append(name)
    texts.append(text)
  folded = simplify("\n".join(t.replace("\n", " ") for t in texts)).split("\n")
  grams = {}
  for name, text in zip(names, folded):
    s = letters(text)
    for i in range(len(s) - N + 1):
      grams.setdefault(s[i:i + N], name)

  stock = [letters(x) for x in STOCK]
  found = 0
  turns = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      recs = [json.loads(l) for l in f]
    flat = [(r["id"], k, t["text"]) for r in recs for k, t in enumerate(r["turns"])]
    simple = simplify("\n".join(t.replace("\n", " ") for _, _, t in flat)).split("\n")
    for (cid, k, orig), text in zip(flat, simple):
      turns += 1
      s = letters(text)
      i = 0
      while i <= len(s) - N:
        if s[i:i + N] in grams:
          j = i + N
          while j < len(s) and s[j - N + 1:j + 1] in grams:
            j += 1
          run = s[i:j]
          if not any(run in st for st in stock):
            found += 1
            print(f"{cid} turn {k}: {run!r} ({len(run)} letters, also in {grams[s[i:i + N]]}): {orig}")
          i = j
        else:
          i += 1
  print(f"{turns} turns checked; {found} runs of {N}+ letters shared outside the stock formulas")
  return 1 if found else 0


if __name__ == "__main__":
  sys.exit(main())
