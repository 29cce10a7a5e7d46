"""Item notation of round 41 and the wrappers around each item.

The notation (mechanics only) follows round 18: an item is one conversation
body written once for both twins; inside a line `[violating||compliant]`
picks the variant's text (also a gap, a rate or an event); a line starting
`V>` exists only in the violating twin, `K>` only in the compliant one. The
line format itself is ../conv_model.py. The openings and endings below are
this round's own, rotated so that the wrapper around each item is varied and
itself compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # violating/twin pairs
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

SHOPS = ["禾木家纺旗舰店", "小鹿母婴专营店", "橘子数码", "山野茶舍", "栖云家居", "米粒童装",
         "青柠美妆", "老灶台食品", "跃动户外", "暖宅电器", "云朵宠物生活馆", "素简女装"]

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎光临{shop}，我是客服阿柚，请问有什么可以帮您的呢？"],
    ["C: 咨询一下", "A: 亲，您好呀～{shop}客服小橙很高兴为您服务，请问想了解点什么呢？"],
    ["S: [订单卡片] 订单编号 3805**********61 | 待发货", "C: 客服在吗",
     "A: 您好，这里是{shop}，很高兴为您服务，请问有什么可以帮到您？"],
    ["C: 你好 有人吗", "A: 亲亲您好，欢迎光临{shop}～请问有什么需要帮忙的吗？😊"],
    ["S: [商品链接] 来自{shop} | 已浏览", "C: 问下",
     "A: 在的亲，欢迎来到{shop}，请问有什么可以为您效劳的？"],
    ["C: hello", "A: 您好，{shop}客服阿满在线，很高兴为您服务，您想咨询什么问题呢？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了 谢谢", "A: 不客气哦，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没了，谢啦", "A: 不用客气呢，期待您下次光临，再见😊"],
    ["A: 请问您还有其它想了解的吗？", "C: 暂时没有", "A: 好的亲，感谢您的耐心，祝您购物愉快，再见！"],
    ["A: 您看还有什么可以帮您的吗？", "C: 就这些 谢谢你", "A: 应该的亲，感谢您的惠顾，有需要随时找我们，再见～"],
    ["A: 还有其他能帮到您的地方吗？", "C: 没有了", "A: 好的，那不打扰您啦，祝您生活愉快，欢迎再来，再见！"],
]

FOOD_OPEN = [
    ["C: 老板在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问有什么可以帮您？"],
    ["S: [订单] #27 | 实付 ¥36.50", "C: 商家在吗",
     "A: 在的，您好，{shop}客服为您服务，请问餐品有什么问题吗？"],
    ["C: 你好", "A: 您好呀，欢迎光临{shop}，请问有什么可以帮您的？"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没了 谢谢", "A: 不客气，感谢您的支持，祝您用餐愉快，再见～"],
    ["A: 您看还有别的问题吗？", "C: 没有了", "A: 好的，感谢您的光临，欢迎下次再来，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服为您服务，请问您需要什么帮助？",
    "A: 您好，这里是{co}服务热线，我是{n}号坐席，请问有什么可以帮您？",
    "A: 您好，{co}，{n}号话务员很高兴为您服务，请问您要办理什么业务？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好的 再见"],
    ["A: 请问您还有别的问题吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有什么可以帮您的吗？", "C: 没有了 就这事", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 嗯 拜拜"],
    ["A: 您看还有其他需要办理的吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")


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


def chat_start(idx):
  day = 3 + idx % 25
  hour = 9 + idx % 12
  minute = (idx * 7) % 60
  return f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:00+08:00"


LINE_HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind in ("chat", "food"):
    shop = o.get("shop", SHOPS[idx % len(SHOPS)])
    opens = FOOD_OPEN if kind == "food" else CHAT_OPEN
    closes = FOOD_CLOSE if kind == "food" else CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = [] if o.get("close") is False else closes[idx % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started", chat_start(idx)))
  co = o.get("co", "润泽水务")
  n = o.get("n", str(3000 + idx * 53 % 900))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        filler = ["嗯", "那个", "呃", ""][sum(map(ord, m.group(2))) % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
