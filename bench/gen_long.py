#!/usr/bin/env python3
"""Inputs for the cost figures of bench/README.md (issue 10): one very long
call, one very long chat, one very long reply template, and a big JSONL file.

  bench/gen_long.py call N OUT      one call of N turns (JSON Lines, one record)
  bench/gen_long.py chat N OUT      one chat of N turns (JSON Lines, one record)
  bench/gen_long.py template N OUT  a reply template of N lines
  bench/gen_long.py big MB OUT      ~MB megabytes of ordinary calls and chats

The turns cycle through a few hand-written lines that wake many rules at
once: thanks (the respond rule), holds, complaints, questions, personal
numbers (masking), so that every evaluator sees hits in every stretch.
"""
import json
import sys

AGENT = [
    "您好，这里是青禾家电售后，工号2048，请问有什么可以帮您？",
    "请您稍等，我帮您查一下记录。",
    "让您久等了，您的工单已经转给师傅，明天上午上门。",
    "不客气，这是我们应该做的。",
    "您的手机号是13812345678对吗？",
    "这个问题我确实不清楚，你自己去问吧。",
    "非常抱歉给您带来不便，我马上帮您处理。",
    "请问还有其他可以帮您的吗？",
]
CUSTOMER = [
    "谢谢你啊。",
    "我的冰箱又不制冷了，上个月刚修过。",
    "你们怎么回事，我要投诉！",
    "好的，谢谢。",
    "我的邮箱是a13900001111@163.com，发票寄这里。",
    "身份证号是110101199003071234，你查一下。",
    "什么时候能派人来？",
    "嗯嗯，知道了。",
]


def call(n, out, channel):
    turns = []
    t = 0.0
    for i in range(n):
        agent = i % 2 == 0
        text = (AGENT if agent else CUSTOMER)[(i // 2) % 8]
        if channel == "call":
            turns.append({"speaker": "agent" if agent else "customer",
                          "start": round(t, 1), "end": round(t + 2.5, 1), "text": text})
        else:
            s = int(t)
            turns.append({"speaker": "agent" if agent else "customer",
                          "time": "2026-11-22T%02d:%02d:%02d+08:00" % (
                              (s // 3600) % 24, (s // 60) % 60, s % 60),
                          "text": text})
        t += 3.0
    rec = {"id": "long-%s-%d" % (channel, n), "channel": channel,
           "agent": {"id": "2048", "name": "小禾"},
           "started_at": "2026-11-22T00:00:00+08:00", "turns": turns}
    if channel == "chat":
        rec["platform"] = "taobao"
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def template(n, out):
    lines = AGENT + [
        "亲，下单后四十八小时内发货哦。",
        "亲亲，这款支持七天无理由退货。",
        "联系电话 0086 138 1234 5678，工作日九点到六点。",
        "这个绝对不会坏，放心买。",
    ]
    for i in range(n):
        out.write(lines[i % len(lines)] + "\n")


def big(mb, out):
    written, i = 0, 0
    target = mb * 1000 * 1000
    while written < target:
        turns = []
        for k in range(20):
            agent = k % 2 == 0
            turns.append({"speaker": "agent" if agent else "customer",
                          "start": 3.0 * k, "end": 3.0 * k + 2.5,
                          "text": (AGENT if agent else CUSTOMER)[(k // 2 + i) % 8]})
        rec = {"id": "big-%d" % i, "channel": "call",
               "agent": {"id": "2048", "name": "小禾"},
               "started_at": "2026-11-22T00:00:00+08:00", "turns": turns}
        line = json.dumps(rec, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode())
        i += 1


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "w", encoding="utf-8") as out:
        if kind in ("call", "chat"):
            call(n, out, kind)
        elif kind == "template":
            template(n, out)
        elif kind == "big":
            big(n, out)
        else:
            sys.exit(__doc__)


if __name__ == "__main__":
    main()
