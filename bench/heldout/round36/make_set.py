#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 36:
  python3 bench/heldout/round36/make_set.py
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
    vid, cid = f"r36v{i:03d}", f"r36c{i:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, cid, item, False).record()
    strip = lambda r: {k: v for k, v in r.items() if k != "id"}
    if strip(bad) == strip(good):
      sys.exit(f"{vid}: twins identical")
    viol.append(bad)
    comp.append(good)
    _, _, expect, reason, _, _ = item
    exp.append((vid, expect, reason))
    exp.append((cid, "", f"twin of {vid}, the line done right: {reason}"))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r36c{j}"
    comp.append(common.build(j, cid, item, False).record())
    exp.append((cid, "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, e, reason in exp:
      assert "\t" not in reason
      f.write(f"{cid}\t{e}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} (twins {len(common.ITEMS)}, near-misses {len(common.NEAR)})")


if __name__ == "__main__":
  main()
