#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 4."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import items_call  # noqa: E402
import items_chat  # noqa: E402
import items_flow  # noqa: E402
import items_plat  # noqa: E402
import near_miss  # noqa: E402


def conv(cid, item, lines, k, twin):
  kw = dict(item.kw)
  exp = kw.pop("expect_alt", item.expect)
  cexp = kw.pop("cexpect", "")
  chook = kw.pop("chook", None)
  crings = kw.pop("crings", None)
  if twin:
    if chook:
      kw["hangup"] = chook
    if crings:
      kw["rings"] = crings
  sub = common.Item(item.expect, item.kind, item.body, item.reason, **kw)
  return common.build(cid, sub, lines, k), (cexp if twin else exp)


def main():
  items = items_chat.ITEMS + items_call.ITEMS + items_flow.ITEMS + items_plat.ITEMS
  vio, comp, tsv = [], [], []
  for n, item in enumerate(items, 1):
    v_lines, c_lines = common.split_variants(item.body)
    if v_lines == c_lines and not ({"chook", "crings"} & set(item.kw)):
      sys.exit(f"item {n} has no variant")
    vc, vexp = conv(f"r4v{n:03d}", item, v_lines, n, False)
    cc, cexp = conv(f"r4c{n:03d}", item, c_lines, n, True)
    vio.append(vc.record())
    comp.append(cc.record())
    tsv.append((vc.cid, vexp, item.reason))
    tsv.append((cc.cid, cexp, "twin of r4v%03d: %s" % (n, item.reason)))
  for n, item in enumerate(near_miss.ITEMS, 501):
    lines, _ = common.split_variants(item.body)
    cc, cexp = conv(f"r4c{n:03d}", item, lines, n, True)
    comp.append(cc.record())
    tsv.append((cc.cid, cexp, "near-miss: " + item.reason))
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in vio:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason\n")
    for cid, exp, reason in tsv:
      f.write(f"{cid}\t{exp}\t{reason}\n")
  print(f"violating {len(vio)}, compliant {len(comp)}")


if __name__ == "__main__":
  main()
