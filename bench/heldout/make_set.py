#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv from the
conversations in conv_violating.py and conv_compliant.py.

The conversations are written in a small line format so that times are
consistent without hand arithmetic:

  "A: text"        an agent turn ("C:" customer, "S:" system)
  "+7 A: text"     the turn starts 7 s after the previous one ended
                   (default gap: calls 0.7 s; chats see CHAT_GAPS)
  "~1.5 A: text"   the turn starts 1.5 s BEFORE the previous one ended (overlap)
  "A/9: text"      spoken at 9 letters a second (default 3.5), calls only
  "A=30: text"     lasts 30 s, calls only
  "!hold_start"    an event at the current clock (any event type of DESIGN.md,
                   "!hangup agent" with its `by`)
  "!wait 40"       advances the clock by 40 s (silence, hold music, ...)

Run: python3 bench/heldout/make_set.py   (from the repository root)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def main():
  import conv_violating
  import conv_compliant
  rows = []
  seen = set()
  for name, convs in (("violating", conv_violating.CONVS), ("compliant", conv_compliant.CONVS)):
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as out:
      for c in convs:
        if c.cid in seen:
          raise SystemExit(f"duplicate id {c.cid}")
        seen.add(c.cid)
        if name == "violating" and not c.expect:
          raise SystemExit(f"{c.cid}: violating without expected rules")
        if name == "compliant" and c.expect:
          raise SystemExit(f"{c.cid}: compliant with expected rules")
        if not c.reason:
          raise SystemExit(f"{c.cid}: no reason")
        out.write(json.dumps(c.record(), ensure_ascii=False) + "\n")
        rows.append((c.cid, c.expect, c.reason))
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as out:
    out.write("# id\texpected rules (a,b: both; a|b: either one)\treason\n")
    for cid, exp, reason in rows:
      out.write(f"{cid}\t{exp}\t{reason}\n")
  print(f"{len(conv_violating.CONVS)} violating, {len(conv_compliant.CONVS)} compliant")


if __name__ == "__main__":
  main()
