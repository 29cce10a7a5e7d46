#!/usr/bin/env python3
"""Writes round 48's violating.jsonl, compliant.jsonl and expected.tsv.

  python3 bench/heldout/round48/make_set.py

Violating items are numbered r48v001... in the order of items_chat.py then
items_call.py; each twin gets r48c + the same number; near-misses are
r48c501.... A pair whose twins come out identical is refused.
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
  for i, item in enumerate(common.ITEMS):
    num = i + 1
    bad = common.build(i, f"r48v{num:03d}", item, True)
    good = common.build(i, f"r48c{num:03d}", item, False)
    rb, rg = bad.record(), good.record()
    strip = lambda r: json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False, sort_keys=True)
    if strip(rb) == strip(rg):
      sys.exit(f"r48v{num:03d}: twins are identical")
    viol.append(rb)
    comp.append(rg)
    exp.append((rb["id"], bad.expect, bad.reason))
    exp.append((rg["id"], "", "twin of " + rb["id"] + ": the violating line done right"))
  for j, item in enumerate(common.NEAR):
    cid = f"r48c{501 + j:03d}"
    conv = common.build(500 + j, cid, item, False)
    comp.append(conv.record())
    exp.append((cid, "", "near-miss: " + item[3]))
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
    for cid, spec, reason in exp:
      assert "\t" not in reason and "\n" not in reason
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.ITEMS)} twins, {len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
