#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 12.

  python3 bench/heldout/round12/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import build  # noqa: E402
import items_call  # noqa: E402
import items_chat  # noqa: E402
import items_plat  # noqa: E402
import near_miss  # noqa: E402


def main():
  items = items_chat.ITEMS + items_call.ITEMS + items_plat.ITEMS
  viol, comp, exp = [], [], []
  for k, item in enumerate(items, 1):
    vid, cid = f"r12v{k:03d}", f"r12c{k:03d}"
    viol.append(build(item, k, vid, 0).record())
    comp.append(build(item, k, cid, 1).record())
    exp.append((vid, item.expect, item.reason))
    exp.append((cid, "", f"twin of {vid}: the violating line done right"))
  for k, item in enumerate(near_miss.ITEMS, 501):
    cid = f"r12c{k:03d}"
    comp.append(build(item, k, cid, 1).record())
    exp.append((cid, "", "near-miss: " + item.reason))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules\tseed clause\n")
    for cid, spec, reason in exp:
      assert "\t" not in reason and "\n" not in reason, cid
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} "
        f"(twins {len(viol)}, near-misses {len(near_miss.ITEMS)})")


if __name__ == "__main__":
  main()
