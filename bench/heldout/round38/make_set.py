#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 38.

  python3 bench/heldout/round38/make_set.py [--bin /path/to/huashu]

Violating items (items_chat.py, items_call.py) become r38v001.. and their
compliant twins r38c001..; near-misses (near_miss.py) become r38c501.. .
With --bin, every expected rule id is checked against `rules list`.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_chat  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401


def expected_ids(spec):
  ids = []
  for part in filter(None, (p.strip() for p in spec.split(","))):
    ids.extend(part.rstrip("?").split("|"))
  return ids


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--bin", help="huashu binary: check expected ids against `rules list`")
  args = ap.parse_args()

  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS):
    n = i + 1
    bad = common.build(i, f"r38v{n:03d}", item, True)
    good = common.build(i, f"r38c{n:03d}", item, False)
    if json.dumps(bad.record()["turns"], ensure_ascii=False) == json.dumps(good.record()["turns"], ensure_ascii=False) \
        and json.dumps(bad.record().get("events"), ensure_ascii=False) == json.dumps(good.record().get("events"), ensure_ascii=False):
      raise SystemExit(f"r38v{n:03d}: twins are identical")
    kind, plat, expect, reason, body, o = item
    if not expect:
      raise SystemExit(f"r38v{n:03d}: no expected rule")
    viol.append(bad)
    comp.append(good)
    rows.append((bad.cid, expect, reason))
  twin_rows = [(f"r38c{int(cid[4:]):03d}", "", "compliant twin of " + cid + ": the violating line done right — " + reason)
               for cid, _, reason in rows]
  near_rows = []
  for j, item in enumerate(common.NEAR):
    cid = f"r38c{501 + j}"
    conv = common.build(j + 7, cid, item, False)
    comp.append(conv)
    near_rows.append((cid, "", item[3]))

  ids = [c.cid for c in viol + comp]
  if len(ids) != len(set(ids)):
    raise SystemExit("duplicate ids")

  if args.bin:
    out = subprocess.run([args.bin, "rules", "list", "--output", "json"], capture_output=True, text=True, check=True)
    known = {r["id"] for r in json.loads(out.stdout)}
    unknown = sorted({r for _, spec, _ in rows for r in expected_ids(spec)} - known)
    if unknown:
      raise SystemExit(f"expected ids not in rules list: {unknown}")

  for name, convs in (("violating", viol), ("compliant", comp)):
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
      for c in convs:
        f.write(json.dumps(c.record(), ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either; a?: fair but not required)\treason (seed document and clause)\n")
    for cid, spec, reason in rows + twin_rows + near_rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"{len(viol)} violating, {len(comp)} compliant ({len(comp) - len(near_rows)} twins, {len(near_rows)} near-misses)")


if __name__ == "__main__":
  main()
