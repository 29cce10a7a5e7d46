#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 13.

  python3 bench/heldout/round13/make_set.py

Every violating item r13vNNN has its twin r13cNNN (the violating line done
right); the conversations that only go in compliant.jsonl (information asked
and answered, near-misses) are r13c501 on.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402

MODULES = ["items_chat1", "items_chat2", "items_chat3", "items_plat", "items_call", "items_info", "near_miss"]


def vary_times(items, first=1):
  """Chat exports differ in their times: every sixth chat carries ISO
  timestamps on another day, every ninth (after the fourth) none at all, as
  the corpora's exports do; items that need their times keep them."""
  for n, item in enumerate(items, first):
    if item.kind != "chat" or item.iso or not item.timed or item.started:
      continue
    if "late_reply" in item.expect:
      continue
    if n % 6 == 0:
      item.iso = True
      item.started = f"2026-11-{10 + n % 15:02d}T{9 + n % 11:02d}:{n * 7 % 60:02d}:00+08:00"
    elif n % 9 == 4:
      item.timed = False


def main():
  for name in MODULES:
    if os.path.exists(os.path.join(HERE, name + ".py")):
      importlib.import_module(name)
  vary_times(common.ITEMS)
  vary_times(common.OK_ITEMS, 501)
  viol, comp, tsv = [], [], ["# id\trules\treason (document section: the clause in my words)"]
  for n, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r13v{n:03d}", f"r13c{n:03d}"
    viol.append(common.build(item, vid, n, True).record())
    comp.append(common.build(item, cid, n, False).record())
    tsv.append(f"{vid}\t{item.expect}\t{item.reason}")
  twins = len(comp)
  for n, item in enumerate(common.OK_ITEMS, 501):
    cid = f"r13c{n:03d}"
    comp.append(common.build(item, cid, n, False).record())
  for k, item in enumerate(common.ITEMS, 1):
    tsv.append(f"r13c{k:03d}\t\ttwin of r13v{k:03d}: {item.reason}")
  for n, item in enumerate(common.OK_ITEMS, 501):
    tsv.append(f"r13c{n:03d}\t\t{item.reason}")
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(tsv) + "\n")
  print(f"violating {len(viol)}, compliant {len(comp)} ({twins} twins, {len(comp) - twins} others)")


if __name__ == "__main__":
  main()
