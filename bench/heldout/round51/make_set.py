#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 51.

  python3 bench/heldout/round51/make_set.py
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

PREFIX = "r51"


def main():
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS, 1):
    v = common.build(i, f"{PREFIX}v{i:03d}", item, True).record()
    c = common.build(i, f"{PREFIX}c{i:03d}", item, False).record()
    same = (v["turns"] == c["turns"] and v.get("events") == c.get("events")
            and v.get("started_at") == c.get("started_at"))
    if same:
      sys.exit(f"{v['id']}: twins are identical")
    c["id"] = f"{PREFIX}c{i:03d}"
    viol.append(v)
    comp.append(c)
    rows.append((v["id"], item[2], item[3]))
    rows.append((c["id"], "", "twin of " + v["id"] + ": the violating line done right"))
  for j, item in enumerate(common.NEAR, 501):
    c = common.build(j, f"{PREFIX}c{j:03d}", item, False).record()
    comp.append(c)
    rows.append((c["id"], "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b both; a|b either; a? fair)\tseed document and clause\n")
    for cid, spec, reason in sorted(rows, key=lambda r: r[0]):
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
