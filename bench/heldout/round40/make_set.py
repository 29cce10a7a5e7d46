#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 40.

  python3 bench/heldout/round40/make_set.py
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
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r40v{i:03d}", f"r40c{i:03d}"
    bad = common.build(i, vid, item, True)
    good = common.build(i, cid, item, False)
    rb, rg = bad.record(), good.record()
    strip = lambda r: json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False, sort_keys=True)
    if strip(rb) == strip(rg):
      sys.exit(f"{vid}: twins are identical")
    viol.append(rb)
    comp.append(rg)
    rows.append((vid, item[2], item[3]))
    rows.append((cid, "", f"twin of {vid}, the violating line done right ({item[3]})"))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r40c{j:03d}"
    rec = common.build(j, cid, item, False).record()
    comp.append(rec)
    rows.append((cid, "", f"near-miss: {item[3]}"))
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
    f.write("# id\trules\treason (round 40; rules syntax: a,b both, a|b either, a? optional; empty = nothing should fire)\n")
    for cid, spec, reason in sorted(rows, key=lambda r: r[0]):
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.ITEMS)} twins, {len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
