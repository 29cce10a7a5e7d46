"""Item notation of round 27 and the wrappers around each item.

An item is one conversation body written once for both twins: inside a line
`«violating||compliant»` picks the variant's text (also a gap, a speaking
rate or an event line: `«+240||+2» A: ...`, `«!wait 250||!wait 50»`); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant
one. (Guillemets rather than brackets, because chat stickers such as [抱拳]
are written in brackets.) The line format itself is ../conv_model.py.
Openings and endings are rotated so that the wrapper is varied and itself
compliant.
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

PICK = re.compile(r"«(.*?)\|\|(.*?)»", re.S)


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


# ---- chat wrappers -------------------------------------------------------

SHOPS = {
    "jd": ["德尔玛电器京东自营店", "小熊厨电旗舰店", "漫步者音频专营店", "九阳官方旗舰店",
           "绿联数码旗舰店", "安踏童装京东店"],
    "taobao": ["棉小野女装", "禾木家纺", "半亩花田美妆店", "橘子洲头零食铺", "阿狸猫咖宠物店",
               "一针一线手作店"],
    "pinduoduo": ["农家果园直发", "惠家日用百货", "宁夏枸杞源头店"],
    "douyin": ["陈姐的衣橱", "小满美妆直播间", "山里来的土特产"],
    None: ["小象外卖", "饭点到家", "食刻到家"],
}

SHOP_OPEN = [
    ["C: 在不在", "A: 在的呢亲，欢迎来到{shop}，请问有什么可以帮您的？"],
    ["C: 你好 问下", "A: 您好～{shop}客服小橙很高兴为您服务，请问您想咨询什么呢？"],
    ["S: [订单卡片] 订单编号 3127******0416 | 实付 ¥129.00 | 待收货", "C: 客服在吗",
     "A: 您好，{shop}售后客服为您服务，请问这个订单有什么需要帮忙的吗？"],
    ["C: 👋", "A: 亲您好呀，这里是{shop}，很高兴为您服务～请问有什么需要？"],
    ["C: hi", "A: 您好，欢迎光临{shop}，我是客服阿宁，有什么可以帮到您？"],
    ["C: 人工", "+0.5 S: 已为您接入人工客服", "A: 您好，{shop}人工客服为您服务，请问遇到什么问题了呢？"],
]

FOOD_OPEN = [
    ["C: 人工客服", "+0.5 S: 正在为您转接人工客服…", "A: 您好，{shop}客服小柚为您服务，请问有什么可以帮您？"],
    ["S: [订单] 老街麻辣烫（科技园店）| 实付 ¥36.50 | 已送达 12:41", "C: 在吗",
     "A: 您好，这里是{shop}客服，很高兴为您服务，请问这一单有什么可以帮您？"],
    ["C: 你好", "A: 您好，{shop}在线客服为您服务，请问您遇到了什么问题？"],
    ["S: [订单] 一点点奶茶（万达店）| 实付 ¥27.00 | 配送中", "C: 客服",
     "A: 您好，欢迎咨询{shop}，请问有什么可以帮到您的呢？"],
]

SHOP_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了 谢谢", "A: 不客气的亲，感谢您的支持，祝您生活愉快，再见～"],
    ["A: 亲还有别的问题需要处理吗？", "C: 没有了", "A: 好的呢，感谢您的耐心，期待下次为您服务，再见😊"],
    ["A: 您看还有什么需要咨询的吗？", "C: 暂时没有", "A: 好的，有需要随时找我们，感谢光临，再见～"],
    ["A: 请问还有其他疑问吗亲？", "C: 没了 谢啦", "A: 不客气，应该做的～祝您购物愉快，再见！"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的理解，祝您用餐愉快，再见～"],
    ["A: 还有别的需要帮忙的吗？", "C: 没有了", "A: 好的，感谢您的耐心，祝您生活愉快，再见！"],
    ["A: 请问您还有其他问题吗？", "C: 没了", "A: 好的，感谢您对{shop}的支持，祝您用餐愉快，再见～"],
]

# ---- call wrappers -------------------------------------------------------

COMPANIES = {
    "food": ["小象外卖", "饭点到家", "食刻到家"],
    "courier": ["顺捷快递", "安达速运"],
    "appliance": ["美厨电器", "清风空调"],
    "jd": ["小熊厨电京东旗舰店"],
}

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，{co}服务热线，我是{n}号，请问有什么能帮到您？",
    "A: 您好，这里是{co}，工号{n}，很高兴为您服务，请问您需要什么帮助？",
]

CALL_CLOSE = {
    "food": [
        ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您用餐愉快，再见！", "C: 好 拜拜"],
        ["A: 请问您还有别的问题吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
        ["A: 还有什么可以帮您的吗？", "C: 没有了就这个", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 嗯 再见"],
    ],
    "other": [
        ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
        ["A: 请问您还有别的问题吗？", "C: 没了 谢谢你", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
        ["A: 请问还有其他事情需要办理吗？", "C: 没有了", "A: 好的，感谢您的来电，再见！", "C: 嗯 再见"],
    ],
}

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
HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def full_width(line):
  m = HEAD.match(line)
  if not m or m.group(1).lstrip("+~0123456789. ")[0] == "S":
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    pool = SHOPS[plat]
    shop = o.get("shop", pool[idx % len(pool)])
    food = plat is None
    opens = FOOD_OPEN if food else SHOP_OPEN
    closes = FOOD_CLOSE if food else SHOP_CLOSE
    pre = [] if o.get("open") is False else opens[o.get("oi", idx) % len(opens)]
    post = [] if o.get("close") is False else closes[o.get("ci", idx) % len(closes)]
    all_lines = [l.replace("{shop}", shop) for l in pre + lines + post]
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  ctx = o.get("ctx", "food")
  cos = COMPANIES[ctx]
  co = o.get("co", cos[idx % len(cos)])
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("oi", idx) % len(CALL_OPEN)]]
  closes = CALL_CLOSE["food" if ctx == "food" else "other"]
  post = [] if o.get("close") is False else closes[o.get("ci", idx) % len(closes)]
  all_lines = [l.replace("{co}", co).replace("{n}", n) for l in pre + lines + post]
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = 0
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(1).lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = ["嗯", "那个", "呃", ""][k % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
