#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 33.

  python3 bench/heldout/round33/make_set.py

Item i of ITEMS becomes r33v{i} (violating) and r33c{i} (its compliant twin:
the violating line done right, nothing else changed); near-misses become
r33c501... Refuses a pair whose twins come out identical and duplicate ids.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_jd  # noqa: E402,F401
import items_mt  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def main():
  viol, comp, rows, seen = [], [], [], set()
  for i, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r33v{i:03d}", f"r33c{i:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, cid, item, False).record()
    if [t["text"] for t in bad["turns"]] == [t["text"] for t in good["turns"]] and \
       bad.get("events") == good.get("events"):
      sys.exit(f"{vid}: twins are identical")
    viol.append(bad)
    comp.append(good)
    rows.append((vid, item[2], item[3]))
    rows.append((cid, "", "twin of " + vid + ": " + item[3]))
  for j, item in enumerate(common.NEAR, 501):
    cid = f"r33c{j:03d}"
    comp.append(common.build(j, cid, item, False).record())
    rows.append((cid, "", "near-miss: " + item[3]))
  for rec in viol + comp:
    if rec["id"] in seen:
      sys.exit(f"duplicate id {rec['id']}")
    seen.add(rec["id"])
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause; a,b both, a|b either, a? optional)\n")
    for cid, spec, reason in rows:
      assert "\t" not in reason and "\n" not in reason
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} (twins {len(viol)}, near-misses {len(common.NEAR)})")


if __name__ == "__main__":
  main()
