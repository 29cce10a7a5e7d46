#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 55.

  python3 bench/heldout/round55/make_set.py
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

PREFIX = "r55"


def main():
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS, 1):
    v = common.build(i, f"{PREFIX}v{i:03d}", item, True)
    c = common.build(i, f"{PREFIX}c{i:03d}", item, False)
    vr, cr = v.record(), c.record()
    if vr["turns"] == cr["turns"] and vr.get("events") == cr.get("events"):
      sys.exit(f"{v.cid}: twins are identical")
    viol.append(vr)
    comp.append(cr)
    rows.append((v.cid, item[2], item[3]))
    rows.append((c.cid, "", "twin of " + v.cid + ": the violating line done right"))
  for j, item in enumerate(common.NEAR, 501):
    c = common.build(j, f"{PREFIX}c{j:03d}", item, False)
    comp.append(c.record())
    rows.append((c.cid, "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b both; a|b either; a? fair)\tseed clause\n")
    for cid, spec, reason in sorted(rows, key=lambda r: r[0]):
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
