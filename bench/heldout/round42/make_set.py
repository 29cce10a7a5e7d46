#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 42.

  python3 bench/heldout/round42/make_set.py
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
    vid, cid = f"r42v{i:03d}", f"r42c{i:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, cid, item, False).record()
    if bad["turns"] == good["turns"] and bad.get("events") == good.get("events"):
      sys.exit(f"{vid}: twins are identical")
    viol.append(bad)
    comp.append(good)
    exp.append((vid, item[2], item[3]))
    exp.append((cid, "", f"twin of {vid}: the same line done right"))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r42c{j:03d}"
    comp.append(common.build(j, cid, item, False).record())
    exp.append((cid, "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  if len(ids) != len(set(ids)):
    sys.exit("duplicate ids")
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause: what was done)\n")
    for cid, spec, reason in exp:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
