#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 39.

  python3 bench/heldout/round39/make_set.py
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
  for i, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r39v{i:03d}", f"r39c{i:03d}"
    bad = common.build(i, vid, item, True)
    good = common.build(i, cid, item, False)
    rb, rg = bad.record(), good.record()
    if rb["turns"] == rg["turns"] and rb.get("events") == rg.get("events"):
      sys.exit(f"{vid}: twins are identical")
    viol.append(rb)
    comp.append(rg)
    exp.append((vid, item[2], item[3]))
    exp.append((cid, "", "twin of " + vid + ": " + item[3]))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r39c{j:03d}"
    comp.append(common.build(j, cid, item, False).record())
    exp.append((cid, "", "near-miss: " + item[3]))
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
    for cid, spec, reason in exp:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} "
        f"(twins {len(common.ITEMS)}, near-misses {len(common.NEAR)})")


if __name__ == "__main__":
  main()
