#!/usr/bin/env python3
"""Copy check of round 37: every turn of violating.jsonl and compliant.jsonl
against the seeds (../shared/seeds) and the corpora (../shared/corpora/*.jsonl).

A turn fails when it shares a run of 12 or more letters (after folding width,
traditional characters and punctuation away) with a source, unless the shared
run lies inside a stock formula (greeting, ask-more, thanks, goodbye); those
are listed apart. The corpora are only read here, as shingles, never printed.

  python3 bench/heldout/round37/lcs_check.py [--shared /work/shared]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N = 12
STOCK = re.compile(
    "很高兴为您服务|请问有什么可以帮|有什么可以帮您|请问还有其他|还有什么可以帮|还有其他需要|还有别的问题|"
    "可以帮您的吗|需要帮您的吗|可以帮到您|能帮到您|"
    "感谢您的来电|谢谢您的来电|祝您生活愉快|祝您心情愉快|祝您购物愉快|欢迎下次光临|期待您再次光临|"
    "感谢您的光临|感谢您的耐心等待|感谢您的耐心等候|让您久等了|不客气|再见|欢迎光临|欢迎致电|我们应该做的|"
    "这是我们应该做的|感谢您的支持|请您稍等|请稍等")


def letters(text):
  text = unicodedata.normalize("NFKC", text)
  return "".join(ch for ch in text if re.match(r"\w", ch) and ch != "_")


def to_simplified(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def shingles(texts):
  out = set()
  for t in texts:
    s = letters(t)
    for i in range(len(s) - N + 1):
      out.add(s[i:i + N])
  return out


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "..", "shared"))
  args = ap.parse_args()
  sources = {}
  seed_texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.shared, "seeds", "*")))]
  sources["seeds"] = shingles(to_simplified(seed_texts))
  corp = []
  for p in sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          corp.extend(strings(json.loads(line)))
        except ValueError:
          continue
  sources["corpora"] = shingles(to_simplified(corp))
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        for i, t in enumerate(r["turns"]):
          turns.append((r["id"], i, t["text"]))
  simp = to_simplified([t for _, _, t in turns])
  fails, stock = [], []
  for (cid, i, text), s_text in zip(turns, simp):
    s = letters(s_text)
    for src, sh in sources.items():
      best = ""
      k = 0
      while k <= len(s) - N:
        if s[k:k + N] in sh:
          j = k + N
          while j < len(s) and s[j - N + 1:j + 1] in sh:
            j += 1
          if j - k > len(best):
            best = s[k:j]
          k = j
        else:
          k += 1
      if best:
        rest = STOCK.sub("", best)
        (stock if len(rest) < 6 else fails).append((cid, i, src, best))
  for cid, i, src, run in stock:
    print(f"stock  {cid} turn {i} ({src}): {len(run)} letters: {run}")
  for cid, i, src, run in fails:
    print(f"FAIL   {cid} turn {i} ({src}): {len(run)} letters: {run}")
  print(f"{len(turns)} turns; {len(stock)} stock-formula runs; {len(fails)} failing runs")


if __name__ == "__main__":
  main()
