"""Item notation of round 35 and the wrappers around each item.

The notation is round 18's (mechanics only): an item is one conversation
body written once for both twins; inside a line `[violating||compliant]`
picks the variant's text (also usable for a gap: `[+240||+240] A: ...`); a
line starting `V>` exists only in the violating twin, `K>` only in the
compliant one. The line format itself is ../conv_model.py. The openings and
endings below are this round's own, rotated per platform so the wrapper
around each item is varied and itself compliant.

Item options: open=False (the item has its own opening, or the log starts
mid-conversation), close=True (ask-more, answer, goodbye), close="end" (the
item ends with the agent's ask-more; only the customer's answer and the
goodbye are added), close=False (the item has its own ending, or the log
stops mid-conversation); trad, fw (full-width letters and digits), iso
(ISO times on chat turns), timed, asr ("plain" or "spaced" for calls),
shop / co / n (names), started, rings, direction.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts) of violating/twin pairs
NEAR = []       # near-misses: compliant only

PICK = re.compile(r"\[(.*?)\|\|(.*?)\]", re.S)


def V(kind, plat, expect, reason, body, **opts):
  ITEMS.append((kind, plat, expect, reason, body, opts))


def K(kind, plat, reason, body, **opts):
  NEAR.append((kind, plat, "", reason, body, opts))


def variant(body, bad):
  out = []
  for raw in body.strip("\n").split("\n"):
    line = raw.strip()
    if not line:
      continue
    if line.startswith("V>"):
      if not bad:
        continue
      line = line[2:].strip()
    elif line.startswith("K>"):
      if bad:
        continue
      line = line[2:].strip()
    line = PICK.sub(lambda m: m.group(1) if bad else m.group(2), line)
    out.append(line)
  return out


# ---- chat wrappers (this round's own) -------------------------------------

SHOPS = {
    "jd": ["禾木家居京东旗舰店", "北辰数码专营店", "小橙子母婴旗舰店", "青岚户外专营店",
           "棉语家纺旗舰店", "安途车品专营店", "云溪厨具旗舰店"],
    "meituan": ["老街牛肉面（文化路店）", "阿福烧烤", "甜井糖水铺", "鲜果时光",
                "湘味小厨", "一碗粥铺", "巷口麻辣烫"],
}

OPEN = {
    "jd": [
        ["C: 在吗", "A: 您好，欢迎光临{shop}，我是客服小禾，请问有什么可以帮您？"],
        ["S: [订单卡片] 订单号 3087****6652 · 实付 ¥259.00", "C: 客服", "A: 亲，您好～{shop}很高兴为您服务，请问这个订单有什么需要帮忙的呢？"],
        ["C: 你好 问一下", "A: 您好呀，{shop}在线为您服务，请问想咨询什么问题呢？😊"],
        ["S: [商品卡片] ¥129.00 | {shop}", "C: 这个我想问问", "A: 您好，欢迎来到{shop}，请问您想了解这款商品的哪方面呢？"],
        ["C: 有人没", "A: 亲亲您好，{shop}客服小满在的，很高兴为您服务，请问有什么可以帮您？"],
    ],
    "meituan": [
        ["S: [外卖订单] 订单尾号 4418 · 共3件", "C: 商家在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问有什么可以帮您？"],
        ["C: 老板在不在", "A: 您好，{shop}客服在的，请问有什么需要帮忙的吗？"],
        ["S: [外卖订单] 订单尾号 0926 · 实付 ¥46.5", "C: 你好", "A: 亲，您好，欢迎光临{shop}，请问有什么可以帮您的呀？"],
        ["C: 哈喽 在线吗", "A: 您好～{shop}客服为您服务，请问您想咨询什么呢？🍜"],
    ],
}

# (ask-more, [customer's answer, agent's goodbye])
CLOSE = {
    "jd": [
        ("A: 请问还有其他可以帮您的吗？", ["C: 没有了 谢谢", "A: 不客气，感谢您对本店的支持，祝您生活愉快，再见～"]),
        ("A: 亲，还有别的需要咨询的吗？", ["C: 没了", "A: 好的，感谢您的光临，期待再次为您服务，再见！"]),
        ("A: 您看还有什么需要我帮忙的吗？", ["C: 暂时没有了 谢啦", "A: 不用客气哦，祝您购物愉快，再见😊"]),
        ("A: 亲亲还有其他问题吗？", ["C: 没有啦", "A: 好的亲，感谢您的耐心，祝您生活愉快，再见～"]),
    ],
    "meituan": [
        ("A: 请问还有其他可以帮您的吗？", ["C: 没有了 谢谢", "A: 不客气，感谢您的惠顾，祝您用餐愉快，再见～"]),
        ("A: 还有别的需要帮您处理的吗？", ["C: 没了", "A: 好的，感谢您的光临，欢迎下次再来，再见！"]),
        ("A: 亲，您看还有其他问题吗？", ["C: 没有了 辛苦了", "A: 不辛苦，这是我们应该做的，祝您生活愉快，再见😊"]),
    ],
}

# ---- call wrappers (this round's own) -------------------------------------

COMPANY = {"jd": ["京东售后服务中心", "京东家电服务热线"], "meituan": ["美团外卖客服中心", "美团闪购服务热线"],
           None: ["安居家电售后服务中心"]}

CALL_OPEN = [
    "A: 您好，{co}，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服为您服务，请问您需要什么帮助？",
    "A: 您好，这里是{co}，我是{n}号客服，请问有什么可以帮您？",
]

CALL_CLOSE = [
    ("A: 请问还有其他可以帮您的吗？", ["C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"]),
    ("A: 请问您还有别的问题吗？", ["C: 没了 谢谢你", "A: 不客气，感谢您的来电，再见！"]),
    ("A: 您看还有其他需要帮您办理的吗？", ["C: 没有了 就这个事", "A: 好的，感谢您的来电，再见！", "C: 嗯 拜拜"]),
]

STARTS = ["2026-03-17T09:42:10+08:00", "2026-06-09T20:15:33+08:00", "2026-08-21T12:05:00+08:00",
          "2026-11-24T10:15:00+08:00", "2026-09-08T21:31:47+08:00", "2026-04-14T15:48:02+08:00",
          "2026-07-02T18:20:00+08:00"]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"]+")


def asr(text, spaced, filler):
  text = ASR_STRIP.sub(" ", text).strip()
  if spaced:
    text = " ".join(ch for ch in text.replace(" ", ""))
  if filler:
    text = filler + " " + text
  return re.sub(r"\s+", " ", text)


def to_traditional(lines):
  src = "\n".join(lines)
  out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


def ending(table, idx, close):
  ask, end = table[idx % len(table)]
  if close is False:
    return []
  if close == "end":
    return list(end)
  return [ask] + list(end)


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  started = o.get("started", STARTS[idx % len(STARTS)])
  if kind == "chat":
    shops = SHOPS.get(plat, SHOPS["jd"])
    shop = o.get("shop", shops[idx % len(shops)])
    lines = [l.replace("{shop}", shop) for l in lines]
    opens = OPEN.get(plat, OPEN["jd"])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = ending(CLOSE.get(plat, CLOSE["jd"]), idx, o.get("close", True))
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l.lstrip("+~0123456789. ")[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=started)
  cos = COMPANY.get(plat, COMPANY[None])
  co = o.get("co", cos[idx % len(cos)])
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = ending(CALL_CLOSE, idx, o.get("close", True))
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = 0
    for l in all_lines:
      m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = ["嗯", "那个", "", "呃"][k % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=started,
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
