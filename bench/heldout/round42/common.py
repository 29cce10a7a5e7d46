"""Item notation of round 42 and the wrappers around each item.

The notation is round 18's: an item is one conversation body written once for
both twins; inside a line `[violating||compliant]` picks the variant's text
(also usable for a gap, a speaking rate or an event line, e.g.
`[+28||+2] A: ...`, `A/[9||3.5]: ...`, `[!wait 95||!wait 50]`); a line starting
`V>` exists only in the violating twin, `K>` only in the compliant one. The
line format itself is ../conv_model.py. The openings and endings below are
this round's own; they are rotated so the wrapper is varied and compliant.
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

# no brackets inside a pick, so a card line like "S: [订单卡片] ..." is never mistaken for one
PICK = re.compile(r"\[([^\[\]]*?)\|\|([^\[\]]*?)\]")


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


# ---- chat wrappers (shops) -------------------------------------------------

SHOPS = ["橙屿家居旗舰店", "木棉母婴", "川味坊零食铺", "极光数码专营店", "青黛汉服", "小熊猫宠物",
         "稻香人家粮油", "北极星户外", "栀子美妆", "蜂巢五金", "麦芽烘焙", "云朵床品"]

CHAT_OPEN = [
    ["C: 在不在", "A: 在的亲，这里是{shop}，很高兴为您服务，请问有什么需要帮忙的？"],
    ["C: 你好", "A: 您好，欢迎光临{shop}，我是客服小柚，请问有什么可以帮您？"],
    ["S: [订单卡片] 已选订单 3712********906", "C: 客服客服", "A: 亲亲您好，{shop}客服为您服务，请问遇到什么问题了呢？"],
    ["C: 有人吗", "A: 您好呀～欢迎来到{shop}，请问有什么可以帮您的？🌼"],
    ["S: [商品链接] 来自{shop}", "C: 问下", "A: 您好，{shop}很高兴为您服务，请问想了解哪方面呢？"],
    ["C: hello", "A: 您好亲，{shop}在线客服小满为您服务，请问有什么可以帮您？"],
    ["C: 有人没", "A: 您好，我是{shop}的客服阿宁，很高兴为您服务，请问有什么需要？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的问题需要我帮您处理吗？", "C: 没了 谢谢", "A: 不客气，感谢您的支持，祝您生活顺心，再见～"],
    ["A: 亲亲，其他方面还有需要咨询的吗？", "C: 没有了", "A: 好的，感谢您的耐心，期待下次为您服务，再见🌷"],
    ["A: 您这边还有其他疑问吗？", "C: 暂时没有 谢啦", "A: 不用客气，有事随时来找我们，祝您购物愉快，再见！"],
    ["A: 还有什么我能帮上忙的吗亲？", "C: 没事了", "A: 好的，感谢您的光临，祝您一切顺利，再见呀～"],
    ["A: 请问还有其他需要了解的吗？", "C: 没有了 辛苦啦", "A: 不辛苦，这是我们应该做的，感谢您的理解，再见～"],
    ["A: 亲，还有别的事情需要帮您看看吗？", "C: 不用了 谢谢你", "A: 不客气的，祝您生活愉快，欢迎再来，再见！"],
]

# ---- chat wrappers (food delivery) ------------------------------------------

FOOD = ("meituan", "eleme")
FOOD_SHOPS = ["老街麻辣烫", "阿婆酸菜鱼", "小谷粥铺", "蜜桃甜品站", "湘里人家小炒", "一口龙虾馆"]

FOOD_OPEN = [
    ["S: [订单] 预计送达 12:40", "C: 商家在吗", "A: 您好，{shop}客服在的，请问有什么可以帮您？"],
    ["C: 你好", "A: 您好，这里是{shop}，很高兴为您服务，请问订单遇到什么问题了吗？"],
    ["C: 老板在吗", "A: 在的亲，{shop}客服为您服务，请问有什么需要？"],
]

FOOD_CLOSE = [
    ["A: 请问还有别的需要帮您处理的吗？", "C: 没了 谢谢", "A: 不客气，祝您用餐愉快，再见～"],
    ["A: 亲，还有其他问题吗？", "C: 没有了", "A: 好的，感谢您的理解，祝您用餐愉快，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务热线，我是{n}号客服，请问您需要什么帮助？",
    "A: 您好，{co}，工号{n}，很高兴为您服务，请问您遇到什么问题了？",
    "A: 上午好，{co}客户服务中心，{n}号坐席为您服务，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有别的需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 拜拜"],
    ["A: 请问您还有其他需要咨询的吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么可以帮您的吗？", "C: 没有了就这些", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 嗯再见"],
    ["A: 请问还有其他问题需要帮忙吗？", "C: 没有了 谢谢你啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
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


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    food = plat in FOOD
    shops = FOOD_SHOPS if food else SHOPS
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    shop = o.get("shop", shops[idx % len(shops)])
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
  co = o.get("co", "华川水务")
  n = o.get("n", str(1100 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        # chosen from the line's own text, so a line shared by both twins keeps its filler
        filler = FILLERS[(k + sum(map(ord, m.group(2)))) % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
