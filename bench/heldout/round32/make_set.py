#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 32.

  python3 bench/heldout/round32/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_jd  # noqa: E402,F401
import items_meituan  # noqa: E402,F401
import items_shop  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def main():
  viol, comp, rows = [], [], []
  for k, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r32v{k:03d}", f"r32c{k:03d}"
    bad = common.build(k, vid, item, True)
    good = common.build(k, cid, item, False)
    if bad.lines == good.lines:
      sys.exit(f"{vid}: twins are identical")
    viol.append(bad.record())
    comp.append(good.record())
    rows.append((vid, item[2], item[3]))
    rows.append((cid, "", f"twin of {vid}, the line done right: {item[3]}"))
  for k, item in enumerate(common.NEAR, 501):
    cid = f"r32c{k:03d}"
    comp.append(common.build(k, cid, item, False).record())
    rows.append((cid, "", "near-miss: " + item[3]))
  ids = [r[0] for r in rows]
  if len(ids) != len(set(ids)):
    sys.exit("duplicate ids")
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, spec, reason in rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.ITEMS)} twins, {len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
