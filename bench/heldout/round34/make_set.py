#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 34.

  python3 bench/heldout/round34/make_set.py          # write the three files
  python3 bench/heldout/round34/make_set.py --lint   # also print the writer's own checks

Violating ids r34v001..., their twins r34c001... (same number), near-misses
r34c501.... The lint is the writer's own reading aid (suspect words in compliant
agent turns, a long caller turn nobody restated, a number not read back, a
surname never used, thanks left unanswered); it knows nothing of the rulebooks.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_a  # noqa: E402,F401
import items_b  # noqa: E402,F401
import items_c  # noqa: E402,F401
import near_miss  # noqa: E402,F401

SUSPECT = re.compile(r"你(?!们)|喂(?!食)|不知道|不清楚|没办法|沒辦法|最(?!近|晚)|第一|绝对|保证|肯定|可能|大概|"
                     r"OK|ＯＫ|^\s*哦|等一下|什么事|是这样的|美女|大姐|哈哈|呵呵")
RESTATE = re.compile(r"对吗|對嗎|是吗|是嗎|对吧|是这样吗|核对|核對|确认一下|您是说|您是說|您是想|您反映的")
LETTER = re.compile(r"\w")


def letters(t):
  return len([c for c in t if LETTER.match(c) and c != "_"])


def lint(rec, compliant):
  out = []
  turns = rec["turns"]
  turns = [dict(t, text=re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", t["text"])) for t in turns]
  for i, t in enumerate(turns):
    txt = t["text"]
    if t["speaker"] == "agent" and compliant:
      for m in SUSPECT.finditer(txt):
        out.append(f"suspect {m.group(0)!r} in agent turn {i}: {txt}")
      if re.search(r"稍等", txt) and not re.search(r"请|請|麻烦|麻煩|抱歉", txt):
        out.append(f"bare wait in agent turn {i}: {txt}")
    if t["speaker"] != "customer":
      continue
    later_agent = [u["text"] for u in turns[i + 1:] if u["speaker"] == "agent"]
    if letters(txt) >= 20 and not any(RESTATE.search(a) for a in later_agent):
      out.append(f"long caller turn {i} never restated: {txt}")
    digits = re.sub(r"\D", "", txt.translate({ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"}))
    if len(digits) >= 7:
      nxt = " ".join(later_agent[:3])
      if not RESTATE.search(nxt) and digits not in re.sub(r"\D", "", nxt):
        out.append(f"number in turn {i} not read back: {txt}")
    m = re.search(r"姓\s*([\u4e00-\u9fff]{1,2})", txt)
    if m:
      sur = m.group(1)
      if not any(re.search(sur[:1] + r".?(先生|女士)", a) for a in later_agent):
        out.append(f"surname {sur} never used after turn {i}")
    if re.search(r"谢谢|謝謝|感谢|感謝|多谢", txt) and i + 1 < len(turns):
      nxt = turns[i + 1]
      if nxt["speaker"] == "agent" and not re.search(r"客气|客氣|应该的|應該的|不用谢|不麻烦", nxt["text"]):
        out.append(f"thanks in turn {i} not answered: {nxt['text']}")
  return out


def main():
  viol, comp, exp = [], [], []
  for k, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r34v{k:03d}", f"r34c{k:03d}"
    bad = common.build(k, vid, item, True).record()
    good = common.build(k, cid, item, False).record()
    if [t["text"] for t in bad["turns"]] == [t["text"] for t in good["turns"]] and \
        bad.get("events") == good.get("events") and [(t.get("start"), t.get("end")) for t in bad["turns"]] == \
        [(t.get("start"), t.get("end")) for t in good["turns"]]:
      sys.exit(f"{vid}: twins are identical")
    viol.append(bad)
    comp.append(good)
    exp.append((vid, item[1], item[2]))
    exp.append((cid, "", f"twin of {vid}, done right: {item[2]}"))
  for k, item in enumerate(common.NEAR, 501):
    cid = f"r34c{k:03d}"
    comp.append(common.build(k, cid, item, False).record())
    exp.append((cid, "", "near-miss: " + item[2]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, rules, reason in exp:
      f.write(f"{cid}\t{rules}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} (twins {len(common.ITEMS)}, near-misses {len(common.NEAR)})")
  if "--lint" in sys.argv:
    for r in comp:
      for w in lint(r, True):
        print(f"{r['id']}: {w}")
    for r in viol:
      for w in lint(r, False):
        print(f"{r['id']}: {w}")


if __name__ == "__main__":
  main()
