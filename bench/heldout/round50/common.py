"""Item notation of round 50 and the wrappers around each item.

The notation is the one of round 18 (mechanics only): an item is one
conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap,
a speaking rate or an event, e.g. `[+240||+240] A: ...`, `A/[9||3.5]: ...`,
`[!wait 95||!wait 45]`); a line starting `V>` exists only in the violating
twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. Openings and endings below are this round's own, rotated
so the wrapper is varied and itself compliant.
"""
import os
import re
import subprocess
import sys
import zlib

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


# ---- chat wrappers (this round's own) --------------------------------------

SHOPS = {
    "taobao": ["橙意生活馆", "栗子好物优选", "青柠百货", "大鹏家居日用", "木棉生活家", "竹里杂货铺"],
    "jd": ["星河数码家电专营店", "暖居家居自营", "拾趣百货专营店", "北极熊电器旗舰店", "轻语生活优选"],
    "pinduoduo": ["熊猫百货", "小满家居百货", "好运来日用", "福满多优选", "阿福生活馆"],
    "douyin": ["小鹿好物", "晚风生活馆", "阿七优选", "山野好物", "一禾生活"],
    "meituan": ["蜀香小馆", "一碗牛肉面", "隔壁炸鸡", "粥掌柜", "老街烧烤"],
    "eleme": ["湘味蒸菜", "芝士披萨工坊", "小笼包铺", "绿野轻食"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎来到{shop}，我是客服阿橙，请问有什么可以帮您？"],
    ["S: [商品卡片] {shop} · 点击查看详情", "C: 客服在吗", "A: 亲，您好呀，{shop}很高兴为您服务，您想了解哪方面呢？"],
    ["S: [订单卡片] 订单 3902****7716 · 待发货", "C: 客服", "A: 您好，{shop}售后小谷在线，很高兴为您服务，请问遇到什么问题了？"],
    ["C: 哈喽哈喽", "A: 亲亲您好～这里是{shop}，请问有什么可以帮到您呢？🌷"],
    ["C: 你好 请问一下", "A: 您好，欢迎光临{shop}，请问您想咨询什么问题？我马上帮您看看"],
    ["C: 有人没", "A: 您好亲，{shop}客服小麦为您服务，有什么需要尽管说哈"],
]

FOOD_OPEN = [
    ["S: [订单卡片] {shop} · 配送中", "C: 商家在吗", "A: 您好，{shop}，很高兴为您服务，请问订单有什么问题吗？"],
    ["C: 老板在吗", "A: 您好亲，这里是{shop}，请问有什么可以帮您？"],
    ["S: [订单卡片] {shop} · 已送达", "C: 你好", "A: 您好，欢迎光临{shop}，请问用餐有什么需要帮忙的吗？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没啦 谢谢", "A: 不客气哈，感谢您的支持，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题要咨询吗？", "C: 没有了", "A: 好的亲，感谢您光临{shop}，期待下次为您服务，再见！"],
    ["A: 您这边还有什么想了解的吗？", "C: 暂时没了 谢了", "A: 不用谢呀，这是应该的，祝您购物开心，再见👋"],
    ["A: 其他还有需要我帮忙的地方吗？", "C: 没了", "A: 好嘞，感谢您的耐心，有问题随时来找我，再见～"],
    ["A: 还有其它问题我可以帮您解答吗？", "C: 没有 就这样", "A: 好的，谢谢亲的信任，祝您周末愉快，再见啦"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了", "A: 好的，感谢您的支持，祝您用餐愉快，再见～"],
    ["A: 亲，还有别的问题吗？", "C: 没有了 谢谢", "A: 不客气，期待您再次光临{shop}，再见！"],
]

# ---- call wrappers (this round's own) --------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}热线，我是{n}号客服，很高兴为您服务，请问您遇到什么问题了？",
    "A: 您好，{co}，{n}号坐席，请问有什么需要我帮忙的？",
    "A: 您好，欢迎致电{co}，工号{n}很高兴为您服务，请问需要办理什么业务？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 拜拜"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢你啊", "A: 不客气，都是应该的，感谢您的来电，再见！"],
    ["A: 您看还有其他需要我帮您处理的吗？", "C: 就这些", "A: 好的，感谢您的来电，祝您心情愉快，再见！", "C: 嗯嗯 再见"],
    ["A: 请问还有什么需要帮忙的吗？", "C: 没有了 麻烦你了", "A: 不麻烦，应该的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,?!～~：:；;“”\"（）()]+|(?<![0-9])[.]|[.](?![0-9])")
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

HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", re.S)


def full_width(line):
  m = HEAD.match(line)
  if not m or m.group(1).lstrip("+~0123456789. ")[:1] not in "AC":
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    food = plat in ("meituan", "eleme")
    shops = SHOPS.get(plat, SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = [] if o.get("close") is False else [l.format(shop=shop) for l in closes[idx % len(closes)]]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co", "城北燃气")
  n = o.get("n", str(1000 + (idx * 389) % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(1).lstrip("+~0123456789. ").startswith("C"):
        # keyed on the line itself, so a line both twins share gets the same filler
        filler = FILLERS[(idx + zlib.crc32(m.group(2).encode("utf-8"))) % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
