#!/usr/bin/env python3
"""Every turn of round 7 against ../shared/seeds and ../shared/corpora:
prints each turn that shares a run of 12 or more letters (punctuation,
spaces and emoji dropped; traditional folded to simplified) with a seed or
a corpus text. Stock service formulas are listed in STOCK and ignored.
Exit 1 when a turn is found. python3 bench/heldout/round7/lcs_check.py"""

import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SHARED = os.path.join(ROOT, "shared")
N = 12
LETTER = re.compile(r"\w", re.U)

# Formulas every service script shares; a run inside one of them is not a copy.
STOCK = ["请问还有什么可以帮您", "请问有什么可以帮您", "感谢您的来电祝您生活愉快再见",
         "不客气这是我们应该做的", "非常感谢您的耐心等候", "很抱歉让您久等了",
         "很高兴为您服务请问有什么可以帮您", "为您服务请问有什么可以帮您", "请问还有其他可以帮您的吗",
         "请问还有其他需要帮您的吗", "我是客服很高兴为您服务请问您"]


def letters(text):
  return "".join(c for c in text if LETTER.match(c) and c != "_")


def simplified(text):
  return subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text,
                        capture_output=True, text=True, check=True).stdout


def grams(text):
  return {text[i:i + N] for i in range(len(text) - N + 1)}


def sources():
  texts = []
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      texts.append((os.path.basename(path), f.read()))
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      body = []
      for line in f:
        rec = json.loads(line)
        body.extend(t.get("text", "") for t in rec.get("turns", []))
      texts.append((os.path.basename(path), "\n".join(body)))
  return texts


def main():
  index = {}
  for name, text in sources():
    for piece in set([letters(text), letters(simplified(text))]):
      for g in grams(piece):
        index.setdefault(g, name)
  stock = [letters(s) for s in STOCK]
  found = 0
  turns = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for i, t in enumerate(rec["turns"]):
          turns += 1
          s = letters(t["text"])
          hits = sorted({(g, index[g]) for g in grams(s) if g in index
                         and not any(g in st for st in stock)})
          if hits:
            found += 1
            print(f"{rec['id']} turn {i}: {t['text']}")
            for g, src in hits[:3]:
              print(f"    {g}  ({src})")
  print(f"{turns} turns checked, {found} share a run of {N}+ letters with seeds/corpora")
  return 1 if found else 0


if __name__ == "__main__":
  sys.exit(main())
