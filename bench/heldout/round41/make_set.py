#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 41.

  python3 bench/heldout/round41/make_set.py
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
    vid, cid = f"r41v{i:03d}", f"r41c{i:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, cid, item, False).record()
    if [t["text"] for t in bad["turns"]] == [t["text"] for t in good["turns"]] and \
       bad.get("events") == good.get("events") and \
       [t.get("start") for t in bad["turns"]] == [t.get("start") for t in good["turns"]]:
      sys.exit(f"{vid}: twins are identical")
    viol.append(bad)
    comp.append(good)
    reason = item[3]
    rows.append((vid, item[2], reason))
    rows.append((cid, "", f"twin of {vid}, done right: {reason}"))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r41c{j:03d}"
    comp.append(common.build(j, cid, item, False).record())
    rows.append((cid, "", "near-miss: " + item[3]))
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
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, spec, reason in rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.ITEMS)} twins, {len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
