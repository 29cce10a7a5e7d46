#!/usr/bin/env python3
"""Checks that no turn of round 32 copies a seed or corpus sentence.

Every turn of violating.jsonl and compliant.jsonl is compared with the seeds
(../../../../shared/seeds/*.txt) and the corpora (../../../../shared/corpora/*.jsonl,
every string value): texts are folded (NFKC, lower case, traditional to
simplified with uconv) and reduced to letters and digits, and a turn that shares
a run of MIN (12) or more of them with a source is listed. Runs that lie inside
the rotated stock formulas of common.py (greeting, ask-more, thanks, goodbye)
are listed apart; anything else must be reworded before scoring.

  python3 bench/heldout/round32/lcs_check.py [--shared /work/shared]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402

MIN = 12
KEEP = re.compile(r"[\w]", re.UNICODE)


def t2s(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def fold(text):
  text = unicodedata.normalize("NFKC", text).lower()
  return "".join(ch for ch in text if KEEP.match(ch) and ch != "_")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def load_sources(shared):
  src = {}
  for p in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))):
    src[os.path.basename(p)] = open(p, encoding="utf-8").read().split("\n")
  for p in sorted(glob.glob(os.path.join(shared, "corpora", "*.jsonl"))):
    texts = []
    with open(p, encoding="utf-8") as f:
      for line in f:
        line = line.strip()
        if not line:
          continue
        try:
          texts.extend(s.replace("\n", " ") for s in strings(json.loads(line)))
        except json.JSONDecodeError:
          texts.append(line)
    src[os.path.basename(p)] = texts
  folded = {}
  for name, texts in src.items():
    folded[name] = "\n".join(fold(t) for t in t2s(texts))
  return folded


def grams(text, n):
  return {text[i:i + n] for i in range(len(text) - n + 1)}


def stock_texts():
  lines = []
  for group in (common.CHAT_OPEN, common.CHAT_CLOSE, common.CALL_CLOSE, [common.OUT_CLOSE]):
    for seq in group:
      lines.extend(seq)
  lines.extend(common.CALL_OPEN)
  lines.append(common.OUT_OPEN)
  out = []
  for l in lines:
    body = l.split(":", 1)[1] if ":" in l else l
    for part in re.split(r"\{\w+\}", body):
      out.append(fold(part))
  return [s for s in out if s]


def longest_run(turn, source, index):
  """Longest substring of turn (>= MIN) that occurs in source."""
  best = ""
  i = 0
  while i <= len(turn) - MIN:
    if turn[i:i + MIN] in index:
      j = i + MIN
      while j < len(turn) and turn[i:j + 1] in source:
        j += 1
      if j - i > len(best):
        best = turn[i:j]
    i += 1
  return best


def main():
  ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  ap.add_argument("--shared", default="/work/shared")
  args = ap.parse_args()
  sources = load_sources(args.shared)
  index = {name: grams(text, MIN) for name, text in sources.items()}
  stock = stock_texts()
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  folded = t2s([t[2] for t in turns])
  bad, stock_hits = [], []
  seen = set()
  for (cid, k, text), simp in zip(turns, folded):
    f = fold(simp)
    if len(f) < MIN:
      continue
    for name in sources:
      run = longest_run(f, sources[name], index[name])
      if not run:
        continue
      key = (run, name)
      row = (cid, k, name, len(run), run)
      if any(run in s for s in stock):
        if key not in seen:
          stock_hits.append(row)
      else:
        bad.append(row)
      seen.add(key)
  print(f"turns checked: {len(turns)}; sources: {', '.join(sources)}")
  print(f"stock formulas sharing a run of {MIN}+ (listed once per run): {len(stock_hits)}")
  for row in stock_hits:
    print("  stock  %s turn %d  %s  %d  %s" % row)
  print(f"other turns sharing a run of {MIN}+: {len(bad)}")
  for row in bad:
    print("  COPY   %s turn %d  %s  %d  %s" % row)
  return 1 if bad else 0


if __name__ == "__main__":
  sys.exit(main())
