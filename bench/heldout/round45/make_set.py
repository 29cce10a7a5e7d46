#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 45.

  python3 bench/heldout/round45/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_shop  # noqa: E402,F401
import items_food  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def main():
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS):
    n = i + 1
    vid, cid = f"r45v{n:03d}", f"r45c{n:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, cid, item, False).record()
    if [t["text"] for t in bad["turns"]] == [t["text"] for t in good["turns"]] and \
       bad.get("events") == good.get("events") and \
       [t.get("start", t.get("time")) for t in bad["turns"]] == [t.get("start", t.get("time")) for t in good["turns"]]:
      sys.exit(f"{vid}: the twins are identical")
    viol.append(bad)
    comp.append(good)
    kind, plat, expect, reason = item[:4]
    rows.append((vid, expect, reason))
    rows.append((cid, "", "twin of " + vid + ": " + reason.split(":")[0] + " done right"))
  for j, item in enumerate(common.NEAR):
    n = 501 + j
    cid = f"r45c{n}"
    comp.append(common.build(j + 3, cid, item, False).record())
    rows.append((cid, "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, exp, reason in rows:
      f.write(f"{cid}\t{exp}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} (twins {len(common.ITEMS)}, near-misses {len(common.NEAR)})")


if __name__ == "__main__":
  main()
