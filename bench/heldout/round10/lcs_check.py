#!/usr/bin/env python3
"""Lists every turn of round 10 that shares a run of MIN or more letters
(punctuation and spaces dropped) with ../shared/seeds or ../shared/corpora.

Stock service formulas (greetings, ask-more, thanks, goodbyes) are listed
separately: every agent in every corpus says them, and the seeds require
some of them word for word. Exit status 1 if any other turn matches.
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
MIN = 12
KEEP = re.compile(r"[\w]", re.UNICODE)
STOCK = ("请问还有", "感谢您的来电", "再见", "请问有什么可以帮", "很高兴为您服务",
         "感谢您的耐心等待", "祝您生活愉快", "欢迎光临")


def norm(text):
  return "".join(ch for ch in text if KEEP.match(ch) and ch != "_")


def sources():
  texts = []
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8") as f:
      texts.append(norm(f.read()))
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        for t in json.loads(line).get("turns", []):
          texts.append(norm(t.get("text", "")))
  return texts


def grams(texts):
  """Every MIN-letter substring of the sources."""
  seen = set()
  for s in texts:
    for i in range(len(s) - MIN + 1):
      seen.add(s[i:i + MIN])
  return seen


def main():
  seen = grams(sources())
  bad = stock = 0
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          s = norm(t["text"])
          hits = {s[i:i + MIN] for i in range(len(s) - MIN + 1) if s[i:i + MIN] in seen}
          if not hits:
            continue
          is_stock = any(m in t["text"].replace(" ", "") for m in STOCK)
          tag = "stock" if is_stock else "MATCH"
          if is_stock:
            stock += 1
          else:
            bad += 1
          print(f"{tag} {rec['id']} turn {k}: {t['text']}  <- {sorted(hits)[0]}")
  print(f"turns sharing a run of {MIN}+ letters: {bad} (stock formulas aside: {stock})")
  return 1 if bad else 0


if __name__ == "__main__":
  sys.exit(main())
