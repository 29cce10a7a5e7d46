#!/usr/bin/env python3
"""Writes round 24's violating.jsonl, compliant.jsonl and expected.tsv from
items_chat.py, items_call.py and near_miss.py.

  python3 bench/heldout/round24/make_set.py
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
  viol, comp, rows, seen = [], [], [], set()
  for i, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r24v{i:03d}", f"r24c{i:03d}"
    bad = common.build(i, vid, item, True)
    good = common.build(i, cid, item, False)
    if [t["text"] for t in bad.record()["turns"]] == [t["text"] for t in good.record()["turns"]]:
      sys.exit(f"{vid}: the twins are identical")
    viol.append(bad.record())
    comp.append(good.record())
    rows.append((vid, item[2], item[3]))
    rows.append((cid, "", "twin of " + vid + ": the violating line done right"))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r24c{j:03d}"
    conv = common.build(j, cid, item, False)
    comp.append(conv.record())
    rows.append((cid, "", item[3]))
  for rec in viol + comp:
    if rec["id"] in seen:
      sys.exit(f"duplicate id {rec['id']}")
    seen.add(rec["id"])
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for rec in recs:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause; what the agent did)\n")
    for cid, spec, reason in rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
