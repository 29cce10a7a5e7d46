#!/usr/bin/env python3
"""Every turn of round 53 against ../shared/seeds and ../shared/corpora: prints
each turn that shares a run of 12+ letters (punctuation and spaces dropped,
traditional folded to simplified) with a seed or a corpus text. A shared run
that lies wholly inside stock service formulas (greeting, ask-more, thanks,
goodbye) is listed apart and not counted.

  python3 bench/heldout/round53/lcs_check.py
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared"))
N = 12
WORD = re.compile(r"\w", re.UNICODE)
STOCK = ("很高兴为您服务", "请问有什么可以帮您", "请问有什么可以帮到您", "有什么可以帮您", "请问有什么可以为您效劳",
         "请问还有其他", "还有其他需要", "还有其他问题", "可以帮您的吗", "需要帮您的吗", "感谢您的来电", "谢谢您的来电",
         "感谢来电", "祝您生活愉快", "再见", "不客气", "不用客气", "欢迎光临", "感谢您的光临", "期待下次为您服务",
         "这是我们应该做的", "为您效劳", "还有其他可以为您效劳", "感谢您的耐心等待", "感谢您的等待", "请您稍等", "客服热线", "为您服务")


def letters(text):
  return "".join(ch for ch in text if WORD.match(ch) and ch != "_")


def simplify(texts):
  out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(texts),
                       capture_output=True, text=True, check=True).stdout
  return out.split("\n")


def strings(obj):
  if isinstance(obj, str):
    yield obj
  elif isinstance(obj, dict):
    for v in obj.values():
      yield from strings(v)
  elif isinstance(obj, list):
    for v in obj:
      yield from strings(v)


def source_grams():
  grams = set()
  texts = [open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(SHARED, "seeds", "*.txt"))]
  for p in glob.glob(os.path.join(SHARED, "corpora", "*.jsonl")):
    with open(p, encoding="utf-8") as f:
      for line in f:
        try:
          texts.extend(strings(json.loads(line)))
        except ValueError:
          continue
  for t in simplify(texts):
    s = letters(t)
    for i in range(len(s) - N + 1):
      grams.add(s[i:i + N])
  return grams


def stock_mask(s):
  mask = [False] * len(s)
  for w in STOCK:
    for m in re.finditer(re.escape(letters(w)), s):
      for k in range(m.start(), m.end()):
        mask[k] = True
  return mask


def main():
  grams = source_grams()
  turns = []
  for name in ("violating.jsonl", "compliant.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
      for line in f:
        rec = json.loads(line)
        for k, t in enumerate(rec["turns"]):
          turns.append((rec["id"], k, t["text"]))
  folded = simplify([t.replace("\n", " ") for _, _, t in turns])
  hits = stock = 0
  seen = set()
  for (cid, k, text), simp in zip(turns, folded):
    s = letters(simp)
    shared = [i for i in range(len(s) - N + 1) if s[i:i + N] in grams]
    if not shared or s in seen:
      continue
    seen.add(s)
    mask = stock_mask(s)
    own = [i for i in shared if not all(mask[i:i + N])]
    if not own:
      stock += 1
      print(f"stock  {cid}[{k}] {text}")
    else:
      hits += 1
      print(f"SHARED {cid}[{k}] {text}  ({s[own[0]:own[0] + N]})")
  print(f"{hits} turns share a run of {N}+ letters with a seed or corpus; {stock} stock formulas set aside")
  return 1 if hits else 0


if __name__ == "__main__":
  sys.exit(main())
