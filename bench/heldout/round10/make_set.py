#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 10."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_a  # noqa: E402
import items_b  # noqa: E402
import items_c  # noqa: E402
import items_d  # noqa: E402
import near_miss  # noqa: E402

PREFIX = "r10"


def spec(item):
  parts = [item["rules"]] if item["rules"] else []
  if item.get("extra"):
    parts.append(item["extra"])
  return ",".join(parts)


def main():
  items = items_a.ITEMS + items_b.ITEMS + items_c.ITEMS + items_d.ITEMS
  viol, comp, rows = [], [], []
  for n, it in enumerate(items, 1):
    if "{{" not in it["body"]:
      raise SystemExit(f"item {n} has no {{{{v||c}}}}")
    viol.append(common.build(n, it, True, PREFIX + "v").record())
    comp.append(common.build(n, it, False, PREFIX + "c").record())
    rows.append((f"{PREFIX}v{n:03d}", spec(it), it["reason"]))
    rows.append((f"{PREFIX}c{n:03d}", "", "twin of " + f"{PREFIX}v{n:03d}: " + it["reason"]))
  for k, it in enumerate(near_miss.ITEMS, 501):
    comp.append(common.build(k, it, False, PREFIX + "c").record())
    rows.append((f"{PREFIX}c{k:03d}", "", "near-miss: " + it["reason"]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
    for cid, sp, reason in rows:
      f.write(f"{cid}\t{sp}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(near_miss.ITEMS)} near-misses)")


if __name__ == "__main__":
  main()
