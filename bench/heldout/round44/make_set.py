#!/usr/bin/env python3
"""Writes round 44's violating.jsonl, compliant.jsonl and expected.tsv.

  python3 bench/heldout/round44/make_set.py          # write the three files
  python3 bench/heldout/round44/make_set.py --lint   # also list risky words in compliant agent turns

Violating ids r44v001..., their twins r44c + the same number, near-misses
r44c501... The lint is the writer's own word list from the seeds (a reminder
to re-read a line), not the rulebook.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import items_chat  # noqa: E402,F401
import items_call  # noqa: E402,F401
import near_miss  # noqa: E402,F401

RISKY = ["你", "稍等", "等下", "等一下", "等会", "OK", "ok", "最", "第一", "绝对", "百分", "100%", "永久",
         "微信", "vx", "支付宝", "QQ", "淘宝", "天猫", "京东", "拼多多", "抖音", "小红书", "快手", "线下",
         "转账", "私下", "到付", "好评", "不清楚", "不知道", "不确定", "没办法", "没法", "可能", "大概", "也许",
         "应该", "估计", "肯定", "保证", "一定", "哈哈", "呵呵", "喂", "哎", "大哥", "大姐", "宝宝", "美女",
         "木有", "哒", "是这样的", "规定", "不行", "不能", "不可以", "不支持", "了不", "妥投", "工单", "首",
         "顶级", "正品", "独家", "全网", "特价", "亏本", "赶紧", "错过", "没问题", "什么事", "宝贝", "二维码",
         "扫码", "一流", "领先", "国家", "专供", "特供", "权威"]


def lint(rec, plat):
  out = []
  for i, t in enumerate(rec["turns"]):
    if t["speaker"] != "agent":
      continue
    text = t["text"]
    for w in RISKY:
      if w == "你" and re.search(r"你(?!们)", text):
        out.append((i, w, text))
      elif w != "你" and w.lower() in text.lower():
        if w == "电话" and plat != "pinduoduo":
          continue
        out.append((i, w, text))
    if plat == "pinduoduo" and ("电话" in text or "付款" in text or "宝贝" in text):
      out.append((i, "pdd", text))
  return out


def main():
  viol, comp, rows = [], [], []
  for k, item in enumerate(common.ITEMS, 1):
    kind, plat, expect, reason, body, opts = item
    bad = common.build(k, f"r44v{k:03d}", item, True).record()
    good = common.build(k, f"r44c{k:03d}", item, False).record()
    strip = lambda r: json.dumps({**r, "id": ""}, ensure_ascii=False, sort_keys=True)
    if strip(bad) == strip(good):
      sys.exit(f"r44v{k:03d}: twins are identical")
    viol.append(bad)
    comp.append(good)
    rows.append((bad["id"], expect, reason))
    rows.append((good["id"], "", "twin of " + bad["id"] + ": the violating line done right"))
  for k, item in enumerate(common.NEAR, 501):
    kind, plat, expect, reason, body, opts = item
    rec = common.build(k, f"r44c{k:03d}", item, False).record()
    comp.append(rec)
    rows.append((rec["id"], "", "near-miss: " + reason))
  ids = [r["id"] for r in viol + comp]
  if len(ids) != len(set(ids)):
    sys.exit("duplicate ids")
  with open(os.path.join(HERE, "violating.jsonl"), "w", encoding="utf-8") as f:
    for r in viol:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "compliant.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
      f.write(json.dumps(r, ensure_ascii=False) + "\n")
  with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# id\trules\treason (seed document and clause)\n")
    for cid, spec, reason in rows:
      f.write(f"{cid}\t{spec}\t{reason}\n")
  print(f"violating {len(viol)}, compliant {len(comp)} (twins {len(viol)}, near-misses {len(common.NEAR)})")
  if "--lint" in sys.argv:
    for r in comp:
      for i, w, text in lint(r, r.get("platform")):
        print(f"{r['id']} [{i}] {w}: {text}")


if __name__ == "__main__":
  main()
