#!/usr/bin/env python3
"""Writes round 54's violating.jsonl, compliant.jsonl and expected.tsv from
items_chat.py, items_call.py and near_miss.py:

  python3 bench/heldout/round54/make_set.py
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


def dump(rec):
  return json.dumps(rec, ensure_ascii=False)


def main():
  viol, comp, exp = [], [], []
  seen = set()
  for i, item in enumerate(common.ITEMS):
    n = i + 1
    vid, cid = f"r54v{n:03d}", f"r54c{n:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, cid, item, False).record()
    if bad["turns"] == good["turns"] and bad.get("events") == good.get("events"):
      sys.exit(f"{vid}: the twins are identical")
    viol.append(bad)
    comp.append(good)
    _, _, expect, reason, _, _ = item
    exp.append((vid, expect, reason))
    exp.append((cid, "", f"twin of {vid}: the violating line done right ({reason.split('：')[0]})"))
  for j, item in enumerate(common.NEAR):
    cid = f"r54c{501 + j}"
    rec = common.build(j + 7, cid, item, False).record()
    comp.append(rec)
    exp.append((cid, "", "near-miss: " + item[3]))
  for rec in viol + comp:
    if rec["id"] in seen:
      sys.exit(f"duplicate id {rec['id']}")
    seen.add(rec["id"])
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(dump(r) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(dump(r) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, expect, reason in exp:
      f.write(f"{cid}\t{expect}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
