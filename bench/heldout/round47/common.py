"""Item notation of round 47 and the wrappers around each item.

The mechanics (item notation, speech-recognition / traditional / full-width
forms, the build step) follow round 18's common.py; the openings, endings,
shop and company names are this round's own.

An item is one conversation body written once for both twins: inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap,
e.g. `[+45||+0.6] A: ...`, a speaking rate `A/[9||3.5]: ...`, or an event
`[!wait 90||!wait 40]`); a line starting `V>` exists only in the violating
twin, `K>` only in the compliant one. The line format itself is
../conv_model.py.
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

PICK = re.compile(r"\[([^\[\]]*?)\|\|([^\[\]]*?)\]", re.S)


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

SHOPS = {  # multi-category shop names, so the rotation never clashes with the goods
    "taobao": ["桐语生活馆", "木棉花开优选", "半山好物", "小满杂货铺", "青柠百货", "晴川优品"],
    "jd": ["京选优品专营店", "安居生活专营店", "启明百货专营店", "北纬优选专营店", "小鹿生活馆"],
    "pinduoduo": ["果然好物", "百味优选", "乐家百货", "暖冬工厂店", "小麦日用"],
    "douyin": ["阿梨好物小店", "山野生活小店", "橙子优选", "森林好物铺", "好运小店"],
    "meituan": ["街角小馆(科技园店)", "好味快餐(万达店)", "一家食堂", "老街美食坊", "胖哥小吃(大学城店)"],
    "eleme": ["湘味小厨(南门店)", "早安餐铺", "巷口面馆", "禾丰简餐"],
}

CHAT_OPEN = [
    ["C: 在不在呀", "A: 在的亲，{shop}欢迎您，请问有什么需要帮忙的吗？"],
    ["C: 客服客服", "A: 您好，{shop}售后小栗为您服务，请问遇到什么问题了呢？"],
    ["S: [订单卡片] 订单编号 3302********71 · 已签收", "C: 你好",
     "A: 您好呀，欢迎来到{shop}，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 有人没", "A: 亲亲您好，{shop}客服阿宁在线，请问您想咨询什么呢？😊"],
    ["C: 问个事", "A: 您好～这里是{shop}，请问有什么可以帮到您呢？"],
    ["S: [商品链接] 点击查看详情 | {shop}", "C: hello",
     "A: 您好，{shop}在线客服很高兴为您服务，请问需要什么帮助？"],
]

FOOD_OPEN = [
    ["S: [订单] #27 外卖订单 · 配送中", "C: 商家在吗", "A: 您好，{shop}在的，请问有什么可以帮您？"],
    ["C: 老板", "A: 您好～{shop}客服为您服务，请问订单有什么问题吗？"],
    ["S: [订单] #113 外卖订单 · 已送达", "C: 在吗在吗", "A: 在的亲，{shop}很高兴为您服务，请问您遇到什么情况了？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮忙的地方吗？", "C: 没了谢谢", "A: 不客气，感谢您的惠顾，祝您生活愉快，再见～"],
    ["A: 亲还有别的问题要咨询吗？", "C: 没有啦 谢了", "A: 应该的亲，谢谢您的支持，期待下次再为您服务，再见😊"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 暂时没了", "A: 好的，感谢您的耐心，祝您购物愉快，再见！"],
    ["A: 请问您还有其他疑问吗？", "C: 没有了，谢谢哈", "A: 不客气呢，这是我们应该做的，感谢光临，再见～"],
    ["A: 还有其他可以帮您的吗亲？", "C: 没了", "A: 好的，谢谢您的光临，有事随时找我们，再见～"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了", "A: 好的，感谢您的光顾，祝您用餐愉快，再见～"],
    ["A: 亲还有别的问题吗？", "C: 没有了 谢谢", "A: 不客气，给您添麻烦了，欢迎下次光临，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，感谢致电{co}，我是{n}号客服，请问您有什么需要？",
    "A: 您好，{co}热线，我是{n}号，请问有什么能帮到您？",
    "A: 您好，这里是{co}服务中心，工号{n}为您服务，请问您要咨询什么问题？",
    "A: 您好，{co}，{n}号坐席很高兴为您服务，请问您遇到什么问题了？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好的再见"],
    ["A: 您看还有别的问题需要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 请问还有其他可以帮您的吗？", "C: 就这些", "A: 好的，谢谢您的来电，祝您一天顺利，再见！", "C: 嗯拜拜"],
    ["A: 请问您还有别的事情要办理吗？", "C: 没有了 麻烦你了", "A: 不麻烦，应该的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "就是", "呃 那个"]


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


HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    food = plat in ("meituan", "eleme")
    names = SHOPS.get(plat, SHOPS["taobao"])
    shop = o.get("shop", names[idx % len(names)])
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = [] if o.get("close") is False else closes[idx % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", "安捷燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        # chosen from the line itself, so a line shared by both twins keeps its filler
        filler = FILLERS[(idx + sum(map(ord, m.group(2)))) % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
