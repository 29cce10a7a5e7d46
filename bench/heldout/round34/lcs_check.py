#!/usr/bin/env python3
"""Checks that no turn of round 34 copies a seed or corpus sentence.

  python3 bench/heldout/round34/lcs_check.py

Every turn of violating.jsonl and compliant.jsonl is folded (traditional to
simplified, width, case, letters only) and compared with the folded text of
../../../../shared/seeds/*.txt and ../../../../shared/corpora/*.jsonl (every string in
every record). A run of 12 or more letters shared with either is reported; a run
that is only stock formulas (greeting, ask-more, thanks, goodbye) is listed apart.
Exit status 1 when a run outside the stock formulas is found.
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
N = 12

STOCK = ["很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "请问有什么能帮到您", "请问有什么可以帮助您",
         "请问还有什么可以帮您的吗", "请问还有其他问题吗", "请问还有其他需要帮忙的吗", "请问您还有其他需要帮忙的吗",
         "请问还有什么需要帮您的吗", "请问还有其他可以帮您的吗", "感谢您的来电", "谢谢您的来电", "祝您生活愉快",
         "不客气", "这是我们应该做的", "再见", "非常感谢您的耐心等候", "感谢您的耐心等待",
         "很抱歉让您久等了", "让您久等了", "请您稍等"]
LETTER = re.compile(r"\w")


def to_simplified(text):
  return subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text,
                        capture_output=True, text=True, check=True).stdout


def fold(text):
  text = unicodedata.normalize("NFKC", text).casefold()
  return "".join(c for c in text if LETTER.match(c) and c != "_")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def grams(text):
  return {hash(text[i:i + N]) for i in range(len(text) - N + 1)}


def load_sources():
  seeds = []
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
    with open(path, encoding="utf-8", errors="replace") as f:
      seeds.append(f.read())
  corpus = []
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
      for line in f:
        try:
          corpus.extend(strings(json.loads(line)))
        except json.JSONDecodeError:
          continue
  seed_text = fold(to_simplified("\n".join(seeds)))
  corpus_text = fold(to_simplified("\n".join(corpus)))
  return {"seed": grams(seed_text), "corpus": grams(corpus_text)}


def runs(text, gramset):
  """Maximal runs (start, end) of text whose every N-gram is in gramset."""
  hit = [hash(text[i:i + N]) in gramset for i in range(len(text) - N + 1)]
  out, i = [], 0
  while i < len(hit):
    if hit[i]:
      j = i
      while j + 1 < len(hit) and hit[j + 1]:
        j += 1
      out.append((i, j + N))
      i = j + 1
    else:
      i += 1
  return out


def is_stock(run):
  rest = run
  for s in sorted(STOCK, key=len, reverse=True):
    rest = rest.replace(s, "|")
  return max((len(p) for p in rest.split("|")), default=0) < N


def main():
  sources = load_sources()
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  folded = to_simplified("\n".join(t[2].replace("\n", " ") for t in turns)).split("\n")
  bad, stock = [], []
  for (cid, k, text), simp in zip(turns, folded):
    f = fold(simp)
    for src, gramset in sources.items():
      for a, b in runs(f, gramset):
        (stock if is_stock(f[a:b]) else bad).append((cid, k, src, f[a:b], text))
  for cid, k, src, run, text in stock:
    print(f"stock  {cid} turn {k} {src}: {run}")
  for cid, k, src, run, text in bad:
    print(f"COPY   {cid} turn {k} {src} ({len(run)} letters): {run}  <- {text}")
  print(f"{len(turns)} turns; {len(bad)} runs outside stock formulas; {len(stock)} stock runs")
  sys.exit(1 if bad else 0)


if __name__ == "__main__":
  main()
