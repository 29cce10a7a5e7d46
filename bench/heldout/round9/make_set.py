#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 9.

  python3 bench/heldout/round9/make_set.py
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from items_call import CALLS  # noqa: E402
from items_chat import RESPONSES  # noqa: E402
from items_extra import EXTRA  # noqa: E402
from items_flow import FLOW  # noqa: E402
from near_miss import NEAR  # noqa: E402
from items_extra import NEAR_MORE  # noqa: E402

PREFIX = "r9"


def main():
  items = RESPONSES + FLOW + CALLS + EXTRA
  viol, comp, exp = [], [], []
  for n, item in enumerate(items, 1):
    vid, cid = f"{PREFIX}v{n:03d}", f"{PREFIX}c{n:03d}"
    viol.append(copy.deepcopy(item).build(vid, n, True).record())
    comp.append(copy.deepcopy(item).build(cid, n, False).record())
    exp.append((vid, item.expect, item.reason))
    exp.append((cid, item.twin_expect, "twin of " + vid + ": " + item.reason))
  for k, item in enumerate(NEAR + NEAR_MORE, 501):
    cid = f"{PREFIX}c{k:03d}"
    comp.append(copy.deepcopy(item).build(cid, k, False).record())
    exp.append((cid, item.expect, "near-miss: " + item.reason))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
    for row in exp:
      assert "\t" not in "".join(row)
      f.write("\t".join(row) + "\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(NEAR) + len(NEAR_MORE)} near-misses)")


if __name__ == "__main__":
  main()
