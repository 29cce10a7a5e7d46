#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 17.

  python3 bench/heldout/round17/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_a  # noqa: E402,F401
for extra in ("items_b", "items_c", "near_miss"):
  if os.path.exists(os.path.join(HERE, extra + ".py")):
    __import__(extra)

PREFIX_V, PREFIX_K = "r17v", "r17c"


def main():
  nums = [it.num for it in common.ITEMS] + [it.num for it in common.NEAR]
  dup = {n for n in nums if nums.count(n) > 1}
  if dup:
    sys.exit(f"duplicate numbers: {sorted(dup)}")
  items = sorted(common.ITEMS, key=lambda it: it.num)
  near = sorted(common.NEAR, key=lambda it: it.num)
  for it in items + near:
    common.export_style(it)
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as v, \
       open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as k, \
       open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as e:
    e.write("# id\trules\treason (seed document and clause, in the set writer's words)\n")
    for it in items:
      bad, good = it.conv(PREFIX_V, True), it.conv(PREFIX_K, False)
      rb, rg = bad.record(), good.record()
      if {**rb, "id": ""} == {**rg, "id": ""}:
        sys.exit(f"{bad.cid}: twin identical")
      v.write(json.dumps(rb, ensure_ascii=False) + "\n")
      k.write(json.dumps(rg, ensure_ascii=False) + "\n")
      e.write(f"{bad.cid}\t{it.expect}\t{it.reason}\n")
    for it in items:
      e.write(f"{PREFIX_K}{it.num:03d}\t\ttwin of {PREFIX_V}{it.num:03d}: the violating line done right\n")
    for it in near:
      good = it.conv(PREFIX_K, False)
      k.write(json.dumps(good.record(), ensure_ascii=False) + "\n")
      e.write(f"{good.cid}\t\tnear-miss: {it.reason}\n")
  print(f"violating {len(items)}, compliant {len(items) + len(near)} ({len(near)} near-misses)")


if __name__ == "__main__":
  main()
