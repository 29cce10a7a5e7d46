#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 16 from
the items in items_chat.py, items_call.py and near_miss.py:

  python3 bench/heldout/round16/make_set.py
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


def dump(path, recs):
  with open(path, "w", encoding="utf-8") as f:
    for r in recs:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
  viol, comp, rows = [], [], []
  for n, item in enumerate(common.ITEMS, 1):
    vid, cid = f"r16v{n:03d}", f"r16c{n:03d}"
    viol.append(common.build(n, item, vid, True).record())
    comp.append(common.build(n, item, cid, False).record())
    rows.append((vid, item.expect, item.reason))
    rows.append((cid, "", f"twin of {vid}: the same, done right"))
  for k, item in enumerate(common.NEAR, 501):
    cid = f"r16c{k:03d}"
    comp.append(common.build(k, item, cid, False).record())
    rows.append((cid, "", "near-miss: " + item.reason))
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  dump(os.path.join(HERE, "violating.jsonl"), viol)
  dump(os.path.join(HERE, "compliant.jsonl"), comp)
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document + clause, paraphrased)\n")
    for cid, spec, reason in rows:
      assert "\t" not in reason and "\n" not in reason
      f.write(f"{cid}\t{spec}\t{reason}\n")
  chats = sum(1 for i in common.ITEMS if i.channel == "chat")
  print(f"violating {len(viol)} (chats {chats}, calls {len(viol) - chats}); "
        f"compliant {len(comp)} (twins {len(viol)}, near-misses {len(common.NEAR)})")


if __name__ == "__main__":
  main()
