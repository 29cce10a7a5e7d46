#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 37.

  python3 bench/heldout/round37/make_set.py            # write the three files
  python3 bench/heldout/round37/make_set.py --validate BIN
      # also: ids unique, every id in expected.tsv, every expected id a rule of
      # `BIN rules list`, and `BIN check` rejects no record (reads diagnostics only)
"""
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


def main():
  viol, comp, rows = [], [], []
  for i, item in enumerate(common.ITEMS, 1):
    bad = common.build(i, f"r37v{i:03d}", item, True)
    good = common.build(i, f"r37c{i:03d}", item, False)
    rb, rg = bad.record(), good.record()
    rg_cmp = dict(rg, id=rb["id"])
    if rg_cmp == rb:
      raise SystemExit(f"r37v{i:03d}: twins are identical")
    if not bad.expect:
      raise SystemExit(f"r37v{i:03d}: no expected rule")
    viol.append(rb)
    comp.append(rg)
    rows.append((rb["id"], bad.expect, bad.reason))
    rows.append((rg["id"], "", "twin of " + rb["id"] + ", done right: " + bad.reason))
  for j, item in enumerate(common.NEAR, 501):
    c = common.build(j, f"r37c{j:03d}", item, False)
    comp.append(c.record())
    rows.append((c.cid, "", "near-miss: " + c.reason))
  ids = [r["id"] for r in viol + comp]
  if len(ids) != len(set(ids)):
    raise SystemExit("duplicate ids")
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either; a?: fair, not required)\treason\n")
    for cid, exp, reason in sorted(rows, key=lambda r: (r[0][3], r[0])):
      f.write(f"{cid}\t{exp}\t{reason}\n")
  print(f"{len(viol)} violating, {len(comp)} compliant ({len(common.NEAR)} near-misses)")
  if len(sys.argv) > 2 and sys.argv[1] == "--validate":
    validate(sys.argv[2], ids, rows)


def validate(binary, ids, rows):
  known = {r["id"] for r in json.loads(subprocess.run(
      [binary, "rules", "list", "--output", "json"], capture_output=True, text=True, check=True).stdout)}
  exp_ids = {cid for cid, _, _ in rows}
  assert set(ids) == exp_ids, "ids and expected.tsv differ"
  used = set()
  for cid, exp, _ in rows:
    for part in filter(None, exp.split(",")):
      for alt in part.rstrip("?").split("|"):
        if alt not in known:
          raise SystemExit(f"{cid}: {alt} is not a rule of {binary}")
        used.add(alt)
  for name in ("violating.jsonl", "compliant.jsonl"):
    proc = subprocess.run([binary, "check", "--no-config", "-o", "json", "--fail-on", "never",
                           os.path.join(HERE, name)], capture_output=True, text=True)
    diags = json.loads(proc.stdout).get("diagnostics")
    print(f"{name}: exit {proc.returncode}, diagnostics: {diags}")
  print(f"ok: {len(ids)} ids unique and all in expected.tsv; {len(used)} rule ids expected, all known")


if __name__ == "__main__":
  main()
