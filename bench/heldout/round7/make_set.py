#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 7 from
items_*.py and near_miss.py: python3 bench/heldout/round7/make_set.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_call  # noqa: E402
import items_chat  # noqa: E402
import items_flow  # noqa: E402
import items_plat  # noqa: E402
import near_miss  # noqa: E402

ITEMS = items_chat.ITEMS + items_call.ITEMS + items_flow.ITEMS + items_plat.ITEMS


def main():
  viol, comp, exp = [], [], []
  for k, item in enumerate(ITEMS, 1):
    vid, cid = f"r7v{k:03d}", f"r7c{k:03d}"
    if not any(isinstance(ln, tuple) for ln in item["body"]):
      sys.exit(f"{vid}: no violating line")
    viol.append(common.build(item, vid, k, 0).record())
    comp.append(common.build(item, cid, k, 1).record())
    exp.append((vid, item["exp"], item["why"]))
    exp.append((cid, "", "twin of " + vid + ": " + item["why"]))
  for k, item in enumerate(near_miss.NEAR, 501):
    cid = f"r7c{k:03d}"
    comp.append(common.build(item, cid, k, 0).record())
    exp.append((cid, "", "near-miss: " + item["why"]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
    for cid, spec, why in exp:
      assert "\t" not in why
      f.write(f"{cid}\t{spec}\t{why}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} "
        f"(twins {len(viol)}, near-misses {len(near_miss.NEAR)})")


if __name__ == "__main__":
  main()
