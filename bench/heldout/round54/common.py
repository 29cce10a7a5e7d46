"""Item notation of round 54 and the wrappers around each item.

The notation is round 18's (copied mechanics): one body is written once for
both twins; inside a line `[violating||compliant]` picks the variant's text
(also a gap or an event: `[+300||+300] A: ...`, `[!wait 200||!wait 40]`);
a line starting `V>` exists only in the violating twin, `K>` only in the
compliant one. The line format itself is ../conv_model.py. The openings and
endings below are this round's own and are rotated so that the wrapper is
varied and itself compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts): violating/twin pairs
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
    if not line or line.startswith("#"):
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


# ---- chat wrappers (this round's own wording) -----------------------------

SHOPS = ["木语家纺旗舰店", "橙意母婴专营店", "野径户外", "甜筒零食铺", "栖居收纳馆", "声浪数码",
         "素颜护肤小站", "跃动运动装备", "毛孩子宠物馆", "棉麻时光女装", "茶里茶气茶庄", "行李侠箱包",
         "厨趣小家电", "萌芽童鞋"]
NICKS = ["小鹿", "阿橙", "小柚", "七七", "小满", "米粒", "豆豆", "阿宁"]

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎光临{shop}，我是客服{nick}，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 你好 想咨询点事", "A: 亲，您好呀～这里是{shop}，请问有什么需要帮忙的呢？"],
    ["S: [商品链接] {shop} 店铺热卖", "C: 客服在吗", "A: 亲在的，欢迎来到{shop}，请问有什么可以帮您的？"],
    ["C: hello", "A: 您好，{shop}客服{nick}为您服务，请问您想咨询什么问题呢？😊"],
    ["S: [订单] 2609****4471 已签收", "C: 在吗", "A: 您好亲，欢迎光临{shop}，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 有人没", "A: 亲亲您好，我是{shop}的{nick}，请问有什么可以帮到您的吗？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的问题需要帮您处理吗？", "C: 没有了 谢谢", "A: 不客气亲，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有其他想了解的吗？", "C: 暂时没了 谢啦", "A: 不用客气，期待您下次光临，再见😊"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 没了", "A: 好的，感谢您的耐心，祝您购物愉快，再见！"],
    ["A: 请问还有其他疑问吗？", "C: 没有啦 谢谢你", "A: 不客气呢，这是我们应该做的，欢迎再来，再见～"],
    ["A: 亲亲还有其它需要咨询的吗？", "C: 没有了", "A: 好的，感谢您的惠顾，祝您一切顺利，再见！"],
]

# food-delivery service chats (no platform book)
FOOD_OPEN = [
    ["C: 客服", "A: 您好，外卖客服{nick}很高兴为您服务，请问您遇到什么问题了？"],
    ["S: [订单卡片] 外卖订单 2611****0937 已送达", "C: 在吗 有问题", "A: 您好，我是外卖平台客服{nick}，请问有什么可以帮您？"],
    ["C: 人工", "A: 您好，这里是外卖人工客服{nick}，请问有什么可以帮到您？"],
]
FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了 谢谢", "A: 不客气，祝您用餐愉快，再见！"],
    ["A: 您看还有别的问题吗？", "C: 没有了", "A: 好的，感谢您的耐心，祝您生活愉快，再见～"],
]

# ---- call wrappers ----------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，{n}号客服为您服务，请问您需要办理什么业务？",
    "A: 上午好，欢迎致电{co}，我是{n}号，请问有什么可以帮到您？",
    "A: 您好，{co}服务中心，{n}号坐席很高兴为您服务，请问您遇到什么问题了？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 嗯 拜拜"],
    ["A: 请问您还有别的问题吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么可以帮您的吗？", "C: 就这些", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 再见"],
    ["A: 请问还有其他需要咨询的吗？", "C: 没有了 谢谢你啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
]

OUT_OPEN = [
    "A: 您好，我是{co}的回访专员，工号{n}，{purpose}，请问您现在方便接听吗？",
    "A: 您好，这里是{co}客服中心，我是{n}号客服，{purpose}，请问现在说话方便吗？",
]
OUT_CLOSE = [
    ["A: 请问您还有其他需要反映的吗？", "C: 没有了", "A: 好的，感谢您的接听和配合，打扰您了，再见！", "C: 好 再见"],
    ["A: 您这边还有别的问题需要我们处理吗？", "C: 没了没了", "A: 好的，非常感谢您的配合，不打扰您了，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")


def asr(text, spaced, filler):
  text = ASR_STRIP.sub(" ", text).strip()
  if spaced:
    text = " ".join(ch for ch in text.replace(" ", ""))
  if filler:
    text = filler + " " + text
  return re.sub(r"\s+", " ", text).strip()


def to_traditional(lines):
  src = "\n".join(lines)
  out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


LINE_HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?([ACS])(?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind in ("chat", "food"):
    if kind == "food":
      opens, closes = FOOD_OPEN, FOOD_CLOSE
    else:
      opens, closes = CHAT_OPEN, CHAT_CLOSE
    shop = o.get("shop", SHOPS[idx % len(SHOPS)])
    nick = NICKS[idx % len(NICKS)]
    pre = [] if o.get("open") is False else [l.format(shop=shop, nick=nick) for l in opens[o.get("oi", idx) % len(opens)]]
    post = [] if o.get("close") is False else closes[o.get("ci", idx) % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if LINE_HEAD.match(l) and LINE_HEAD.match(l).group(2) in "AC" else l
                   for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  # calls
  co = o.get("co", "城北燃气")
  n = o.get("n", str(3000 + idx * 53 % 900))
  if o.get("direction") == "outbound":
    pre = [] if o.get("open") is False else [OUT_OPEN[idx % len(OUT_OPEN)].format(co=co, n=n, purpose=o["purpose"])]
    post = [] if o.get("close") is False else OUT_CLOSE[idx % len(OUT_CLOSE)]
  else:
    pre = [] if o.get("open") is False else [CALL_OPEN[o.get("oi", idx) % len(CALL_OPEN)].format(co=co, n=n)]
    post = [] if o.get("close") is False else CALL_CLOSE[o.get("ci", idx) % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = 0
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(2) == "C":
        k += 1
        filler = ["嗯", "那个", "呃", ""][k % 4]
      out.append(m.group(1) + " " + asr(m.group(3), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
