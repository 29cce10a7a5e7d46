"""Item notation of round 46 and the wrappers around each item.

The notation is round 18's (mechanics only): an item is one conversation body
written once for both twins; inside a line `[violating||compliant]` picks the
variant's text (also a gap, a speaking rate or an event, e.g. `[+300||+9] A: …`,
`A/[9||3.5]: …`, `[!wait 200||!wait 40]`); a line starting `V>` exists only in
the violating twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. The openings and endings below are this round's own, rotated
so that the wrapper around each item is varied and itself compliant.
"""
import os
import re
import subprocess
import sys
import zlib

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
    out.append(line)
  return out


# ---- chat wrappers -------------------------------------------------------

SHOPS = {
    "taobao": ["云朵生活馆", "青柠优选", "茗品百货", "途悠旗舰店", "拾光小铺"],
    "jd": ["北极星京东自营旗舰店", "禾木生活专营店", "森屿优品", "安家优选专营店"],
    "pinduoduo": ["小象好物", "鲜到家优选", "暖阳百货", "好日子生活馆"],
    "douyin": ["拾味好物铺", "橙光优选", "轻氧生活", "木子好物"],
    "meituan": ["阿婆凉皮（东门店）", "老街麻辣烫", "一碗小面"],
    "eleme": ["蜀香冒菜", "粥小满", "饺子馆"],
}

CHAT_OPEN = [
    ["C: 在吗在吗", "A: 您好，欢迎光临{shop}，我是客服阿青，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 亲 问个事", "A: 亲，您好呀～这里是{shop}，请问有什么可以帮到您的呢？"],
    ["S: [订单卡片] 订单号 3107********52 | {shop}", "C: 客服", "A: 您好，{shop}客服小桃为您服务，请问您想咨询什么问题？"],
    ["C: hello", "A: 您好～欢迎来到{shop}，很高兴为您服务，请问有什么可以帮您的？🌷"],
    ["S: [商品卡片] 到手价见详情 | {shop}", "C: 你好", "A: 您好，这里是{shop}，有什么可以帮您的吗？"],
    ["C: 有人没", "A: 亲亲在的，欢迎光临{shop}，请问有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮忙的地方吗？", "C: 没了，谢谢", "A: 不客气呀，感谢您的光临，祝您生活愉快，再见！"],
    ["A: 亲，您还有别的问题需要咨询吗？", "C: 没有了", "A: 好的亲，感谢您的支持，期待您再次光临，再见～"],
    ["A: 还有什么我可以为您做的吗？", "C: 暂时没了 谢啦", "A: 不用客气的，感谢惠顾，祝您一切顺利，再见😊"],
    ["A: 亲亲，请问还有其他疑问吗？", "C: 没", "A: 好的，那就不打扰您啦，欢迎下次再来，再见～"],
    ["A: 您看还有需要我帮忙查的吗？", "C: 不用了 辛苦", "A: 不辛苦，这是我们应该做的，感谢您的光临，再见！"],
]

# ---- call wrappers -------------------------------------------------------

COMPANIES = ["清源水务", "北辰电力", "速达快递", "家安家电售后", "星河宽带", "邻里物业",
             "康护家政", "鲜丰生鲜配送", "泰和保险", "安居维修", "天宇通信", "优鲜乳业"]

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服为您服务，请问有什么可以帮到您？",
    "A: 上午好，这里是{co}服务热线，我是{n}号，请问您需要什么帮助？",
    "A: 您好，{co}，很高兴为您服务，我的工号是{n}，请问您要咨询什么问题？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 拜拜"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢你啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么需要我帮您办理的吗？", "C: 没有了 就这些", "A: 好的，谢谢您的来电，祝您愉快，再见！", "C: 嗯 再见"],
    ["A: 请问还有其他需要吗？", "C: 没有了 多谢", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "就是", ""]


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


LINE_HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?([ACS])(?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shops = SHOPS.get(plat or "taobao", SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[o.get("cl", idx) % len(CHAT_CLOSE)]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if LINE_HEAD.match(l) and LINE_HEAD.match(l).group(2) in "AC" else l
                   for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"), agent=o.get("agent"))
  co = o.get("co", COMPANIES[idx % len(COMPANIES)])
  n = o.get("n", str(1000 + (idx * 53) % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("cl", idx) % len(CALL_CLOSE)]
  tail = variant(o["tail"], bad) if o.get("tail") else []
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post + tail
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(2) == "C":
        # the same line gets the same filler in both twins
        filler = FILLERS[(zlib.crc32(m.group(3).encode("utf-8")) + idx) % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(3), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent=o.get("agent"))
