#!/usr/bin/env python3
"""Every turn of round 46 against the seeds and the corpora: prints each turn
that shares a run of 12 or more letters with a seed (../../../../shared/seeds)
or with a corpus conversation (../../../../shared/corpora/*.jsonl). Letters:
word characters after NFKC folding, traditional->simplified and lower case;
punctuation, spaces and emoji are dropped. Runs made of stock service formulas
(greeting, ask-more, thanks, goodbye) are listed apart.

  python3 bench/heldout/round46/lcs_check.py [--min 12]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared"
LETTER = re.compile(r"\w", re.UNICODE)

STOCK = ["很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您",
         "请问还有其他", "还有其他需要", "还有其他问题", "还有什么可以帮您", "感谢您的来电", "谢谢您的来电",
         "祝您生活愉快", "再见", "不客气", "这是我们应该做的", "感谢您的光临", "欢迎光临", "您好",
         "感谢您的耐心等待", "感谢您的耐心等候", "非常抱歉让您久等了", "很抱歉让您久等了", "请问您清楚了吗",
         "跟您核对一下", "对吗", "为您服务", "请问有什么可以帮", "号客服", "请问您需要什么帮助",
         "打扰您了", "祝您", "感谢您的", "请您稍等", "期待您再次光临", "感谢惠顾", "非常感谢您提出的宝贵建议"]


def t2s(texts):
  src = "\n".join(t.replace("\n", " ") for t in texts)
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")[:len(texts)]


def norm(text):
  text = unicodedata.normalize("NFKC", text).lower()
  return "".join(ch for ch in text if LETTER.match(ch) and ch != "_")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def load_sources():
  src = {}
  for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    with open(path, encoding="utf-8") as f:
      src["seed " + os.path.basename(path)] = f.read()
  for path in sorted(glob.glob(os.path.join(SHARED, "corpora", "*.jsonl"))):
    parts = []
    with open(path, encoding="utf-8") as f:
      for line in f:
        line = line.strip()
        if not line:
          continue
        try:
          parts.extend(strings(json.loads(line)))
        except json.JSONDecodeError:
          parts.append(line)
    src["corpus " + os.path.basename(path)] = "\n".join(parts)
  names = list(src)
  lines = []
  for n in names:
    lines.extend(src[n].split("\n"))
  simp = t2s(lines)
  out, k = {}, 0
  for n in names:
    cnt = len(src[n].split("\n"))
    out[n] = "|".join(norm(l) for l in simp[k:k + cnt])
    k += cnt
  return out


def grams(text, n):
  return {text[i:i + n] for i in range(len(text) - n + 1)}


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--min", type=int, default=12)
  args = ap.parse_args()
  n = args.min
  sources = load_sources()
  gsets = {name: grams(text, n) for name, text in sources.items()}
  turns = []
  for fname in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        for i, t in enumerate(r["turns"]):
          turns.append((r["id"], i, t["text"]))
  simp = t2s([t[2] for t in turns])
  stock_norm = sorted((norm(s) for s in STOCK), key=len, reverse=True)
  hits, stock_hits = [], []
  for (cid, i, text), s in zip(turns, simp):
    t = norm(s)
    if len(t) < n:
      continue
    for name, gs in gsets.items():
      best = ""
      j = 0
      while j <= len(t) - n:
        if t[j:j + n] in gs:
          k = j + n
          while k < len(t) and t[k - n + 1:k + 1] in gs:
            k += 1
          run = t[j:k]
          while len(run) >= n and run not in sources[name]:
            run = run[:-1]
          if len(run) > len(best):
            best = run
          j = k
        else:
          j += 1
      if len(best) >= n:
        rest = best
        for sn in stock_norm:
          rest = rest.replace(sn, "")
        (stock_hits if len(rest) < n else hits).append((cid, i, name, best, text))
  for cid, i, name, run, text in hits:
    print(f"SHARED {cid} turn {i} [{name}] {len(run)}: {run}\n    {text}")
  print(f"\n{len(hits)} turns share a run of {n}+ letters outside stock formulas")
  seen = set()
  for cid, i, name, run, text in stock_hits:
    if run in seen:
      continue
    seen.add(run)
    print(f"stock  {cid} turn {i} [{name}] {run}")
  print(f"{len(stock_hits)} turn/source pairs share only stock formulas ({len(seen)} distinct runs)")


if __name__ == "__main__":
  main()
