#!/usr/bin/env python3
"""Every turn of round 33 against the seeds and the corpora: prints each turn
that shares a run of 12 or more letters (after folding width, case and
traditional characters) with a seed or a corpus text, and marks the runs that
lie inside a stock formula (greeting, ask-more, thanks, goodbye).

  python3 bench/heldout/round33/lcs_check.py
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
  SHARED = "/work/shared"
N = 12
STOCK = ("很高兴为您服务", "有什么可以帮", "还有其他", "还有别的", "感谢您的来电", "感谢您来电", "再见",
         "不客气", "欢迎光临", "祝您", "期待再次为您服务", "请问有什么", "为您服务", "应该做的")


def to_simplified(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(t.replace("\n", " ") for t in texts),
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


def letters(text):
  text = unicodedata.normalize("NFKC", text).lower()
  return "".join(ch for ch in text if re.match(r"\w", ch) and ch != "_")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def grams_of(texts):
  grams = {}
  for name, text in texts:
    s = letters(text)
    for i in range(len(s) - N + 1):
      grams.setdefault(s[i:i + N], name)
  return grams


def main():
  sources = []
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      sources.append((os.path.basename(path), f.read()))
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        for s in strings(rec):
          if len(s) >= N:
            sources.append((os.path.basename(path), s))
  names = [n for n, _ in sources]
  simp = to_simplified([t for _, t in sources])
  grams = grams_of(list(zip(names, simp)))

  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  simp_turns = to_simplified([t for _, _, t in turns])
  bad = stock = 0
  seen = set()
  for (cid, k, text), st in zip(turns, simp_turns):
    s = letters(st)
    hits = []
    i = 0
    while i <= len(s) - N:
      if s[i:i + N] in grams:
        j = i + N
        while j < len(s) and s[i:j + 1] in grams_run(s, i, j + 1, grams):
          j += 1
        hits.append((s[i:j], grams[s[i:i + N]]))
        i = j
      else:
        i += 1
    for run, src in hits:
      is_stock = any(letters(w) in run for w in STOCK)
      key = (run, is_stock)
      if key in seen:
        continue
      seen.add(key)
      if is_stock:
        stock += 1
        print(f"stock  {cid} turn {k}: {run} ({src})")
      else:
        bad += 1
        print(f"SHARED {cid} turn {k}: {run} ({src})  | {text}")
  print(f"\nshared runs outside stock formulas: {bad}; stock formulas: {stock}")
  sys.exit(1 if bad else 0)


def grams_run(s, i, j, grams):
  """The run s[i:j] as a one-element set when every 12-letter window of it is in grams."""
  run = s[i:j]
  if all(run[a:a + N] in grams for a in range(len(run) - N + 1)):
    return {run}
  return set()


if __name__ == "__main__":
  main()
