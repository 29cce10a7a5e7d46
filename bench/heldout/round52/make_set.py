#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 52.

  python3 bench/heldout/round52/make_set.py
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

SEED_NAMES = {
    "000": "000 客服培训基本服务用语",
    "001": "001 走进客服课件",
    "002": "002 淘宝客服规章制度",
    "003": "003 电商平台客服禁语与话术",
    "004": "004 售后服务客服热线服务规范培训",
}


def main():
  viol, comp, exp = [], [], []
  ids = set()
  for i, item in enumerate(common.ITEMS):
    n = i + 1
    vid, kid = f"r52v{n:03d}", f"r52c{n:03d}"
    bad = common.build(i, vid, item, True).record()
    good = common.build(i, kid, item, False).record()
    strip = lambda r: json.dumps(r["turns"], ensure_ascii=False) + json.dumps(r.get("events", []))
    if strip(bad) == strip(good):
      sys.exit(f"{vid}: twins are identical")
    viol.append(bad)
    comp.append(good)
    kind, plat, expect, reason, body, opts = item
    if not expect:
      sys.exit(f"{vid}: no expected rule")
    exp.append((vid, expect, reason))
    exp.append((kid, "", f"twin of {vid}: the same line done right ({reason})"))
  for j, item in enumerate(common.NEAR):
    cid = f"r52c{501 + j}"
    rec = common.build(200 + j, cid, item, False).record()
    comp.append(rec)
    exp.append((cid, "", "near-miss: " + item[3]))
  for r in viol + comp:
    if r["id"] in ids:
      sys.exit(f"duplicate id {r['id']}")
    ids.add(r["id"])
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules (a,b both; a|b either; a? optional; empty = nothing should fire)\treason (seed document and clause)\n")
    for cid, spec, reason in exp:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
