#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 15:
python3 bench/heldout/round15/make_set.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import items_chat  # noqa: E402
import items_call  # noqa: E402

MODULES = [items_chat, items_call]
for extra in ("items_chat2", "items_call2", "items_chat3", "items_call3", "items_chat4", "near_miss"):
  if os.path.exists(os.path.join(HERE, extra + ".py")):
    MODULES.append(__import__(extra))


def main():
  items = []
  near = []
  for mod in MODULES:
    items += getattr(mod, "ITEMS", [])
    near += getattr(mod, "NEAR", [])
  vs, cs = common.build(items, "r15")
  cs += near
  ids = [c.cid for c in vs + cs]
  assert len(ids) == len(set(ids)), "duplicate ids"
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for conv in vs:
      f.write(json.dumps(conv.record(), ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for conv in cs:
      f.write(json.dumps(conv.record(), ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document, section: clause in the writer's words)\n")
    for conv in vs + cs:
      reason = conv.reason if conv.cid.startswith("r15v") or conv.cid >= "r15c500" else "twin: " + conv.reason
      f.write(f"{conv.cid}\t{conv.expect}\t{reason}\n")
  print(f"violating {len(vs)}, compliant {len(cs)}")


if __name__ == "__main__":
  main()
