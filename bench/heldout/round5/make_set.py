#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 5 from the
item files (items_*.py, near_miss.py): python3 bench/heldout/round5/make_set.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import items_chat  # noqa: E402,F401
import items_call  # noqa: E402,F401
import items_proc  # noqa: E402,F401
import items_more  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def main():
  viol, comp, rows = [], [], []
  for k, it in enumerate(common.ITEMS, 1):
    vid, cid = f"r5v{k:03d}", f"r5c{k:03d}"
    it["id"] = vid
    v = common.make_conv(it, "v", vid, k).record()
    c = common.make_conv(it, "c", cid, k).record()
    if json.dumps(v["turns"]) + json.dumps(v.get("events")) == json.dumps(c["turns"]) + json.dumps(c.get("events")):
      sys.exit(f"{vid}: twin identical to the violating conversation")
    if not it["expect"]:
      sys.exit(f"{vid}: no expected rule")
    viol.append(v)
    comp.append(c)
    rows.append((vid, it["expect"], it["reason"]))
    rows.append((cid, "", "twin of " + vid + ": " + it["reason"]))
  for k, it in enumerate(common.NEAR, 501):
    nid = f"r5c{k:03d}"
    it["id"] = nid
    comp.append(common.make_conv(it, "c", nid, k).record())
    rows.append((nid, "", "near-miss: " + it["reason"]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document, clause paraphrased)\n")
    for cid, spec, reason in rows:
      assert "\t" not in reason and "\n" not in reason
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
