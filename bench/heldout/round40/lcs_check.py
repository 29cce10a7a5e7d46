#!/usr/bin/env python3
"""Checks that no turn of round 40 shares a run of 12+ letters with a seed
(../shared/seeds) or a corpus (../shared/corpora/*.jsonl), stock service formulas
(greeting, ask-more, thanks, goodbye) aside. Prints each shared run found (the
run is the set's own text), stock ones apart; exit 1 if a non-stock run exists.

  python3 bench/heldout/round40/lcs_check.py [--shared /work/shared]
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
LETTER = re.compile(r"[^\W_]", re.UNICODE)

# stock formulas the seeds prescribe: welcome, ask-more, thanks, goodbye
STOCK = ["很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "请问有什么能帮到您", "请问您需要什么帮助",
         "请问还有其他需要帮您的吗", "请问还有什么可以帮到您的吗", "请问您还有别的问题吗", "请问还有其他问题吗",
         "请问还有其他事情需要我帮忙吗", "您看还有其他需要咨询的吗", "感谢您的来电", "祝您生活愉快", "祝您心情愉快",
         "再见", "不客气", "这是我们应该做的", "感谢您的惠顾", "祝您购物愉快", "感谢您的光临", "期待您下次光临",
         "感谢您的耐心等待", "感谢您的耐心等候", "请您稍等", "欢迎光临", "请问还有其它问题需要咨询吗",
         "请问您清楚了吗", "请问还有其他问题需要咨询吗",
         "感谢您的接听", "请问有什么可以为您效劳的", "请问还有其他可以为您效劳的吗"]


def letters(s):
  return "".join(LETTER.findall(s.lower()))


def simp(text):
  return subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text,
                        capture_output=True, text=True, check=True).stdout


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
  ap = argparse.ArgumentParser()
  ap.add_argument("--shared", default="/work/shared")
  args = ap.parse_args()
  sources = {}
  for p in sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt"))):
    raw = open(p, encoding="utf-8").read()
    sources[os.path.basename(p)] = [letters(raw), letters(simp(raw))]
  for p in sorted(glob.glob(os.path.join(args.shared, "corpora", "*.jsonl"))):
    parts = []
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          rec = json.loads(line)
        except ValueError:
          continue
        parts.extend(letters(s) for s in strings(rec))
    sources[os.path.basename(p)] = ["|".join(parts)]
  grams = {}
  for name, texts in sources.items():
    for t in texts:
      for i in range(len(t) - N + 1):
        g = t[i:i + N]
        if "|" not in g:
          grams.setdefault(hash(g), name)
  stock = [letters(s) for s in STOCK]
  bad = stocky = 0
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          for form in {letters(t["text"]), letters(simp(t["text"]))}:
            hits = [i for i in range(len(form) - N + 1) if hash(form[i:i + N]) in grams]
            if not hits:
              continue
            # merge windows into runs
            runs, start, end = [], hits[0], hits[0] + N
            for i in hits[1:]:
              if i <= end - N + 1:
                end = i + N
              else:
                runs.append((start, end)); start, end = i, i + N
            runs.append((start, end))
            for a, b in runs:
              run = form[a:b]
              rest = run
              for s in sorted(stock, key=len, reverse=True):
                rest = rest.replace(s, "")
              src = grams[hash(form[a:a + N])]
              if len(rest) < 6:
                stocky += 1
                print(f"stock  {rec['id']} turn {k} [{src}] {run}")
              else:
                bad += 1
                print(f"SHARED {rec['id']} turn {k} [{src}] {run}")
            break
  print(f"shared runs outside stock formulas: {bad}; stock-formula runs: {stocky}")
  sys.exit(1 if bad else 0)


if __name__ == "__main__":
  main()
