#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 2 from
the conversations in v_*.py and compliant.py (line format: ../make_set.py).

Run: python3 bench/heldout/round2/make_set.py   (from the repository root)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

VIOLATING = ("v_forbidden", "v_response", "v_new", "v_platform", "v_flow", "v_addendum")
COMPLIANT = ("compliant",)


def convs_of(modules):
  out = []
  for m in modules:
    out += __import__(m).CONVS
  return out


def main():
  rows = []
  seen = set()
  counts = {}
  for name, mods in (("violating", VIOLATING), ("compliant", COMPLIANT)):
    convs = convs_of(mods)
    counts[name] = len(convs)
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as out:
      for c in convs:
        if c.cid in seen:
          raise SystemExit(f"duplicate id {c.cid}")
        seen.add(c.cid)
        prefix = "r2v" if name == "violating" else "r2c"
        if not c.cid.startswith(prefix):
          raise SystemExit(f"{c.cid}: a {name} id starts with {prefix}")
        if name == "violating" and not c.expect:
          raise SystemExit(f"{c.cid}: violating without expected rules")
        if name == "compliant" and c.expect:
          raise SystemExit(f"{c.cid}: compliant with expected rules")
        if not c.reason:
          raise SystemExit(f"{c.cid}: no reason")
        out.write(json.dumps(c.record(), ensure_ascii=False) + "\n")
        rows.append((c.cid, c.expect, c.reason))
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as out:
    out.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
    for cid, exp, reason in rows:
      out.write(f"{cid}\t{exp}\t{reason}\n")
  print(f"{counts['violating']} violating, {counts['compliant']} compliant")


if __name__ == "__main__":
  main()
