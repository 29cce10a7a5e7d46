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

for path in sorted(glob.glob(os.path.join(HERE, "items_*.py"))):
  importlib.import_module(os.path.basename(path)[:-3])


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
