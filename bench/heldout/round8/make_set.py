#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 8.

  python3 bench/heldout/round8/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import build  # noqa: E402
import items_ad_platform  # noqa: E402
import items_forbidden  # noqa: E402
import items_extra  # noqa: E402
import near_miss  # noqa: E402


def main():
  items = items_forbidden.ITEMS + items_ad_platform.ITEMS + items_extra.ITEMS
  viol, comp, rows = [], [], []
  for n, it in enumerate(items, 1):
    vid, cid = f"r8v{n:03d}", f"r8c{n:03d}"
    viol.append(build(it, vid, n, True).record())
    comp.append(build(it, cid, n, False).record())
    rows.append((vid, it.expect, it.reason))
    rows.append((cid, "", "twin of " + vid + ": the violating line done right"))
  for n, it in enumerate(near_miss.ITEMS, 501):
    cid = f"r8c{n:03d}"
    comp.append(build(it, cid, n, False).record())
    rows.append((cid, "", "near-miss: " + it.reason))
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed clause, paraphrased)\n")
    for row in rows:
      f.write("\t".join(row) + "\n")
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(near_miss.ITEMS)} near-misses)")


if __name__ == "__main__":
  main()
