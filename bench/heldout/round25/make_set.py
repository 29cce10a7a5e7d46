#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 25.

  python3 bench/heldout/round25/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import items_chat  # noqa: E402,F401
import items_ad_platform  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401

PREFIX = "r25"
# chats start at different times of day (calls keep the morning default: one
# rotated call opening says 上午好)
CHAT_STARTS = ["2026-11-24T10:15:00+08:00", "2026-11-25T21:42:10+08:00",
               "2026-12-02T14:03:55+08:00", "2026-12-09T08:31:20+08:00",
               "2026-11-30T23:12:00+08:00"]


def with_start(idx, item):
  kind, plat, expect, reason, body, opts = item
  if kind == "chat" and "started" not in opts:
    opts = dict(opts, started=CHAT_STARTS[idx % len(CHAT_STARTS)])
  return (kind, plat, expect, reason, body, opts)


def main():
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS, 1):
    item = with_start(i, item)
    v = common.build(i, f"{PREFIX}v{i:03d}", item, True)
    c = common.build(i, f"{PREFIX}c{i:03d}", item, False)
    if v.record()["turns"] == c.record()["turns"] and v.record().get("events") == c.record().get("events"):
      sys.exit(f"{v.cid}: twins are identical")
    viol.append(v.record())
    comp.append(c.record())
    rows.append((v.cid, item[2], item[3]))
    rows.append((c.cid, "", "twin of " + v.cid + ": the violating line done right"))
  for j, item in enumerate(common.NEAR, 501):
    item = with_start(j, item)
    c = common.build(j, f"{PREFIX}c{j:03d}", item, False)
    comp.append(c.record())
    rows.append((c.cid, "", "near-miss: " + item[3]))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b both; a|b either; a? fair)\tseed clause\n")
    for cid, spec, reason in sorted(rows, key=lambda r: r[0]):
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({len(common.NEAR)} near-misses)")


if __name__ == "__main__":
  main()
