#!/usr/bin/env python3
"""Checks that no turn of round 48 shares a run of 12 or more letters with the
seeds (../../../../shared/seeds, also read through Traditional-Simplified) or
with the corpora (../../../../shared/corpora/*.jsonl), outside stock service
formulas (greeting, ask-more, thanks, goodbye), which are listed apart.

  python3 bench/heldout/round48/lcs_check.py [--shared DIR]

Letters are what str.isalnum() accepts after NFKC and lower-casing, so
punctuation, spaces and the spacing of speech-recognition text do not hide a
copy. Exit status 1 when a non-stock run is found.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12

STOCK = [
    "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您", "很高兴为您服务", "请问还有其他",
    "请问还有什么可以帮您", "还有其他可以帮您的吗", "还有其他什么可以帮您的吗", "还有其他需要", "感谢您的来电", "谢谢您的来电",
    "祝您生活愉快", "祝您心情愉快", "祝您购物愉快", "感谢您的光临", "感谢光临", "欢迎光临", "期待您的下次光临",
    "不客气", "这是我们应该做的", "再见", "感谢您的耐心等待", "请您稍等", "您好",
]


def letters(text):
  text = unicodedata.normalize("NFKC", text).lower()
  return "".join(ch for ch in text if ch.isalnum())


def to_simplified(text):
  return subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text,
                        capture_output=True, text=True, check=True).stdout


def grams(text, into):
  for i in range(len(text) - N + 1):
    into.add(text[i:i + N])


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
  ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "..", "shared"))
  args = ap.parse_args()

  seed = set()
  for path in sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt"))):
    raw = open(path, encoding="utf-8").read()
    for line in raw.split("\n"):
      grams(letters(line), seed)
    for line in to_simplified(raw).split("\n"):
      grams(letters(line), seed)
  corpus = set()
  for path in sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for s in strings(rec):
          grams(letters(s), corpus)

  stock = [letters(s) for s in STOCK]
  bad = stock_hits = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          text = t["text"]
          forms = {letters(text), letters(to_simplified(text))}
          for form in forms:
            for src_name, src in (("seed", seed), ("corpus", corpus)):
              hit = [False] * len(form)
              for i in range(len(form) - N + 1):
                if form[i:i + N] in src:
                  for j in range(i, i + N):
                    hit[j] = True
              i = 0
              while i < len(form):
                if not hit[i]:
                  i += 1
                  continue
                j = i
                while j < len(form) and hit[j]:
                  j += 1
                run = form[i:j]
                rest = run
                for s in stock:
                  rest = rest.replace(s, "|")
                longest = max(len(p) for p in rest.split("|"))
                kind = "stock" if longest < N else "COPY"
                if kind == "COPY":
                  bad += 1
                else:
                  stock_hits += 1
                print(f"{kind:5} {src_name:6} {rec['id']} turn {k}: {run}")
                i = j
  print(f"non-stock shared runs: {bad}; stock-formula runs: {stock_hits}")
  sys.exit(1 if bad else 0)


if __name__ == "__main__":
  main()
