#!/usr/bin/env python3
"""Writes violating.jsonl, compliant.jsonl and expected.tsv of round 6.

  python3 bench/heldout/round6/make_set.py

Every item gives a violating conversation r6vNNN and its twin r6cNNN (the
marked line done right, nothing else changed); near_miss.py adds r6c5NN.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import items_ad  # noqa: E402
import items_call  # noqa: E402
import items_chat  # noqa: E402
import items_forms  # noqa: E402
import items_plat  # noqa: E402
import near_miss  # noqa: E402

MODULES = (items_chat, items_call, items_ad, items_plat, items_forms)


def chat_options(idx, item):
  """Rotates the time format of chats: relative seconds, ISO times, none."""
  if item.channel != "chat":
    return
  kw = item.kw
  if "timed" in kw or "iso" in kw:
    return
  if idx % 9 == 4:
    kw["timed"] = False
  elif idx % 4 == 1:
    kw["iso"] = True
  if idx % 6 == 2:
    kw.setdefault("agent", {"id": f"kf{idx % 40:02d}", "name": "值班客服"})


def main():
  items = [it for m in MODULES for it in m.ITEMS]
  viol, comp, tsv = [], [], ["# id\texpected rules (a,b: both; a|b: either one; a?: fair but not required)\treason"]
  for n, item in enumerate(items, 1):
    chat_options(n, item)
    vid, cid = f"r6v{n:03d}", f"r6c{n:03d}"
    viol.append(item.build(vid, n, True).record())
    comp.append(item.build(cid, n, False).record())
    tsv.append(f"{vid}\t{item.expect}\t{item.reason}")
    tsv.append(f"{cid}\t{item.twin_expect}\ttwin of {vid}: {item.reason}")
  for k, (conv, reason) in enumerate(near_miss.build(), 501):
    conv.cid = f"r6c{k}"
    comp.append(conv.record())
    tsv.append(f"{conv.cid}\t\tnear-miss: {reason}")
  ids = [r["id"] for r in viol + comp]
  assert len(ids) == len(set(ids)), "duplicate ids"
  for name, recs in (("violating.jsonl", viol), ("compliant.jsonl", comp)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
      for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(tsv) + "\n")
  print(f"violating {len(viol)}, compliant {len(comp)} "
        f"(twins {len(items)}, near-misses {len(comp) - len(items)})")


if __name__ == "__main__":
  main()
