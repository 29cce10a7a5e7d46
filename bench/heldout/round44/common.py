"""Item notation of round 44 and the wrappers around each item.

The notation follows round 18 (its mechanics only): an item is one
conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also a gap, a speaking
rate or an event line: `[+240||+240] A: ...`, `A/[9||3.5]: ...`,
`[!hangup agent||!wait 1]`); a line starting `V>` exists only in the
violating twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. Openings and endings below are this round's own, rotated
so the wrapper around each item is varied and itself compliant.
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
    if not line:
      continue
    out.append(line)
  return out


# ---- chat wrappers (this round's own) --------------------------------------

SHOPS = ["禾木家纺旗舰店", "栗子数码专营店", "青檬女装", "山野户外用品店", "星河美妆官方店",
         "一碗鲜厨房用品", "北纬茶叶铺", "木鱼文具", "好家居收纳", "橘猫宠物生活馆",
         "小鲸鱼母婴", "麦田烘焙工坊"]
FOOD = ["老街牛肉面(滨江店)", "阿香米线", "蜀味小馆", "好运饺子馆", "粥小满(文三路店)", "甜心奶茶"]

CHAT_OPEN = [
    ["C: 亲 在不在", "A: 在的亲～欢迎来到{shop}，我是客服阿楠，请问有什么能帮到您？"],
    ["C: hello", "A: 您好，{shop}客服小柚为您服务，请问您想咨询点什么呢？"],
    ["S: [系统] 买家从商品详情页发起咨询", "C: 客服客服",
     "A: 亲您好，欢迎光临{shop}，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 你好 问一下", "A: 您好呀，这里是{shop}，请问有什么需要帮忙的？😊"],
    ["S: [订单卡片] 编号 3921****7710 · 待发货", "C: 在？",
     "A: 您好亲，{shop}客服在线，请问有什么可以帮您处理的？"],
    ["C: 有人没", "A: 有的亲，欢迎光临{shop}～请问有什么可以帮您？🌷"],
]

FOOD_OPEN = [
    ["S: [外卖订单] #{num} 配送中", "C: 商家在吗", "A: 您好，{shop}在线，请问有什么可以帮您？"],
    ["C: 老板在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问有什么需要？"],
    ["S: [外卖订单] #{num} 已送达", "C: 你好", "A: 您好亲，{shop}客服在的，请问有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 亲，请问还有其他需要帮忙的地方吗？", "C: 没啦 谢谢", "A: 不客气亲，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 请问还有别的问题要咨询吗？", "C: 暂时没了", "A: 好的，感谢您的耐心，期待下次为您服务，再见！"],
    ["A: 您看还有什么可以帮您的吗？", "C: 没有了 谢啦", "A: 不用客气呢，感谢支持，祝您购物愉快，再见～"],
    ["A: 亲亲还有其他疑问吗？", "C: 没了", "A: 好的亲，感谢您的光临，有需要随时找我们，再见🌷"],
    ["A: 请问还有其他能帮到您的吗？", "C: 就这些 多谢", "A: 不客气的，很高兴为您服务，祝您生活愉快，再见！"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了", "A: 好的，感谢您的光临，祝您用餐愉快，再见～"],
    ["A: 亲，还有别的问题吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的理解，祝您生活愉快，再见！"],
]

# ---- call wrappers (this round's own) --------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客户服务中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，{co}热线，我是{n}号客服，请问您需要什么帮助？",
    "A: 您好，欢迎致电{co}，{n}号客服为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，工号{n}，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有其他需要咨询的吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 没有了 就这事", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 好嘞 再见"],
    ["A: 请问还有别的问题吗？", "C: 没有了 谢谢你啊姑娘", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
]

CHAT_DAYS = ["2026-11-03T20:41:00+08:00", "2026-11-10T09:12:00+08:00", "2026-11-18T14:05:00+08:00",
             "2026-12-02T21:30:00+08:00", "2026-12-15T11:48:00+08:00", "2027-03-09T16:20:00+08:00",
             "2026-08-26T12:02:00+08:00"]
CALL_DAYS = ["2026-11-24T10:15:00+08:00", "2026-11-05T15:32:00+08:00", "2026-12-09T09:03:00+08:00",
             "2026-09-15T17:40:00+08:00", "2027-03-23T11:26:00+08:00", "2026-08-18T08:55:00+08:00"]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()…]+")


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
HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", re.S)


def full_width(line):
  m = HEAD.match(line)
  if not m or m.group(1).lstrip("+~0123456789. ")[:1] == "S":
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    food = plat in ("meituan", "eleme")
    shops = FOOD if food else SHOPS
    shop = o.get("shop", shops[idx % len(shops)])
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    num = str(11 + idx * 7 % 80)
    pre = [] if o.get("open") is False else [
        l.format(shop=shop, num=num) for l in opens[o.get("o", idx) % len(opens)]]
    post = [] if o.get("close") is False else closes[o.get("e", idx) % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started", CHAT_DAYS[idx % len(CHAT_DAYS)]),
                           agent=o.get("agent"))
  co = o.get("co", "城北水务")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("o", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("e", idx) % len(CALL_CLOSE)]
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
        filler = ["呃", "", "那个", "嗯", ""][k % 5]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"),
                         started=o.get("started", CALL_DAYS[idx % len(CALL_DAYS)]),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent=o.get("agent"))
