#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 28.

  python3 bench/heldout/round28/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_call  # noqa: E402,F401
import items_chat  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def dump(path, recs):
  with open(path, "w", encoding="utf-8") as f:
    for r in recs:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS, 1):
    v = common.build(i, f"r28v{i:03d}", item, True)
    k = common.build(i, f"r28c{i:03d}", item, False)
    rv, rk = v.record(), k.record()
    if json.dumps(rv["turns"]) == json.dumps(rk["turns"]) and \
       json.dumps(rv.get("events")) == json.dumps(rk.get("events")):
      sys.exit(f"r28v{i:03d}: twins are identical")
    viol.append(rv)
    comp.append(rk)
    rows.append((rv["id"], item[2], item[3]))
  for i, item in enumerate(common.ITEMS, 1):
    rows.append((f"r28c{i:03d}", "", "twin of r28v%03d: the violating line done right" % i))
  for j, item in enumerate(common.NEAR, 501):
    k = common.build(j, f"r28c{j}", item, False)
    comp.append(k.record())
    rows.append((f"r28c{j}", "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  if len(ids) != len(set(ids)):
    sys.exit("duplicate ids")
  dump(os.path.join(HERE, "violating.jsonl"), viol)
  dump(os.path.join(HERE, "compliant.jsonl"), comp)
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, spec, reason in rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.ITEMS)} twins, {len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
