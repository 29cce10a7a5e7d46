#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 14 from
the items_*.py files (python3 bench/heldout/round14/make_set.py)."""

import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402

# Fixed order, so that ids stay put when a file is added.
ORDER = ["items_call", "items_problem", "items_problem2", "items_more", "items_single"]
assert sorted(ORDER) == sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "items_*.py")))
for name in ORDER:
  importlib.import_module(name)


def write(name, convs):
  with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
    for c in convs:
      f.write(json.dumps(c.record(), ensure_ascii=False) + "\n")


viol = [v for v, _ in common.PAIRS]
comp = [c for _, c in common.PAIRS] + common.SINGLES
ids = [c.cid for c in viol + comp]
assert len(ids) == len(set(ids)), "duplicate ids"
write("violating.jsonl", viol)
write("compliant.jsonl", comp)
with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
  f.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
  for c in viol + comp:
    f.write(f"{c.cid}\t{c.expect}\t{c.reason}\n")
print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.SINGLES)} singles)")
