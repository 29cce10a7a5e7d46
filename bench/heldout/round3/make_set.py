#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of the round-3 held-out set.

  python3 bench/heldout/round3/make_set.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import items_call  # noqa: E402
import items_chat  # noqa: E402
import items_flow  # noqa: E402
import items_plat  # noqa: E402
import near_miss  # noqa: E402
from wrap import build  # noqa: E402


def vary(n, it):
  """Rotates forms the item did not ask for: chat times (relative / ISO / none), full-width,
  traditional characters, speech-recognition text (no punctuation, or spaced out)."""
  opts = it["opts"]
  timed = opts.get("welcome_gap") or any(t[0] in ("gap", "wait", "dur") for t in it["mid"])
  if it["kind"].startswith("chat:"):
    if "times" not in opts and not timed:
      if n % 7 == 3:
        opts["times"] = "iso"
      elif n % 11 == 5:
        opts["times"] = "none"
    if "forms" not in opts and n % 10 == 4:
      opts["forms"] = ("fw",)
    elif "forms" not in opts and n % 6 == 1:
      opts["forms"] = ("trad",)
  elif "forms" not in opts:
    if n % 5 == 2:
      opts["forms"] = ("asr",)
    elif n % 9 == 7:
      opts["forms"] = ("spaced",)
    elif n % 13 == 6:
      opts["forms"] = ("trad", "asr")


def main():
  items = items_chat.ITEMS + items_call.ITEMS + items_flow.ITEMS + items_plat.ITEMS
  viol, comp, exp = [], [], []
  for i, it in enumerate(items, 1):
    vary(i, it)
    vid, cid = f"r3v{i:03d}", f"r3c{i:03d}"
    viol.append(build(vid, i, it["kind"], it["mid"], "v", it["opts"]))
    comp.append(build(cid, i, it["kind"], it["mid"], "c", it["opts"]))
    exp.append((vid, it["rule"], it["reason"]))
    exp.append((cid, "", "twin of " + vid + ": " + it["reason"]))
  for j, it in enumerate(near_miss.ITEMS, 501):
    vary(j, it)
    cid = f"r3c{j:03d}"
    comp.append(build(cid, j, it["kind"], it["mid"], "c", it["opts"]))
    exp.append((cid, "", "near-miss: " + it["reason"]))
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  exp.sort(key=lambda e: (e[0][2] != 'v', e[0][3:]))
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (a,b both; a|b either; a? fair, not required; empty: nothing should fire)\n")
    for e in exp:
      f.write("\t".join(e) + "\n")
  print(f"violating {len(viol)}, compliant {len(comp)}")


if __name__ == "__main__":
  main()
