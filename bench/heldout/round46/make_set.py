#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 46.

  python3 bench/heldout/round46/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_chat  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def main():
  viol, comp, exp = [], [], []
  for i, item in enumerate(common.ITEMS):
    n = i + 1
    vid, cid = f"r46v{n:03d}", f"r46c{n:03d}"
    v = common.build(i, vid, item, True).record()
    c = common.build(i, cid, item, False).record()
    if [t["text"] for t in v["turns"]] == [t["text"] for t in c["turns"]] and \
       v.get("events") == c.get("events") and \
       [t.get("start", t.get("time")) for t in v["turns"]] == [t.get("start", t.get("time")) for t in c["turns"]]:
      sys.exit(f"{vid}: twins are identical")
    viol.append(v)
    comp.append(c)
    exp.append((vid, item[2], item[3]))
  for i, item in enumerate(common.NEAR):
    n = 501 + i
    cid = f"r46c{n:03d}"
    comp.append(common.build(i + 7, cid, item, False).record())
  twins = {f"r46c{i + 1:03d}": f"twin of r46v{i + 1:03d}: the violating line done right"
           for i in range(len(common.ITEMS))}
  ids = [r["id"] for r in viol + comp]
  if len(ids) != len(set(ids)):
    sys.exit("duplicate ids")
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b both; a|b either; a? fair)\tseed clause\n")
    for vid, spec, reason in exp:
      f.write(f"{vid}\t{spec}\t{reason}\n")
    for r in comp:
      cid = r["id"]
      if cid in twins:
        f.write(f"{cid}\t\t{twins[cid]}\n")
    for i, item in enumerate(common.NEAR):
      f.write(f"r46c{501 + i:03d}\t\tnear-miss: {item[3]}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} (twins {len(common.ITEMS)}, near-misses {len(common.NEAR)})")


if __name__ == "__main__":
  main()
