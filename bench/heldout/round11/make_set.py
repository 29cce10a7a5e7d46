#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 11:
python3 bench/heldout/round11/make_set.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import build  # noqa: E402
import items_shop  # noqa: E402

SOURCES = [items_shop]
for name in ("items_shop2", "items_shop3", "items_call", "near_miss"):
  try:
    SOURCES.append(__import__(name))
  except ImportError:
    pass


def main():
  items = [it for mod in SOURCES for it in getattr(mod, "ITEMS", [])]
  vio, com, rows = build(items, "r11")
  for mod in SOURCES:
    for rec, reason in getattr(mod, "NEAR_MISSES", lambda: [])():
      com.append(rec)
      rows.append((rec["id"], "", reason))
  ids = [r["id"] for r in vio + com]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", vio), ("compliant.jsonl", com)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
    for cid, spec, reason in rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(vio)}, compliant {len(com)}")


if __name__ == "__main__":
  main()
