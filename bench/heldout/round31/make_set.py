#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 31.

  python3 bench/heldout/round31/make_set.py
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
  viol, comp, exp = [], [], []
  seen = set()
  for i, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r31v{i:03d}", f"r31c{i:03d}"
    bad = common.build(i, vid, item, True)
    good = common.build(i, cid, item, False)
    rb, rg = bad.record(), good.record()
    if rb["turns"] == rg["turns"] and rb.get("events") == rg.get("events"):
      sys.exit(f"{vid}: twins come out identical")
    viol.append(rb)
    comp.append(rg)
    kind, plat, expect, reason, body, opts = item
    if not expect:
      sys.exit(f"{vid}: no expected rule")
    exp.append((vid, expect, reason))
    exp.append((cid, "", f"twin of {vid}: the same line done right ({reason})"))
  for j, item in enumerate(common.NEAR, 1):
    nid = f"r31c{500 + j:03d}"
    conv = common.build(1000 + j, nid, item, False)
    comp.append(conv.record())
    exp.append((nid, "", item[3]))
  for rec in viol + comp:
    if rec["id"] in seen:
      sys.exit(f"duplicate id {rec['id']}")
    seen.add(rec["id"])
    for t in rec["turns"]:
      if not t["text"].strip():
        sys.exit(f"{rec['id']}: empty turn")
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (round 31; a,b both, a|b either, a? fair but not required)\n")
    for cid, rules, reason in exp:
      f.write(f"{cid}\t{rules}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.ITEMS)} twins, {len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
