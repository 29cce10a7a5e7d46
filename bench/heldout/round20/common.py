"""Item notation of round 20 and the wrappers around each item.

Mechanics follow round 18 (one body per pair): inside a line `[violating||compliant]`
picks the variant's text (also a gap, a rate or an event); a line starting `V>`
exists only in the violating twin, `K>` only in the compliant one. The line format
is ../conv_model.py. Openings and endings are this round's own and rotate, so the
wrapper around each item is varied and itself compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts) violating/twin pairs
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


# ---- shop chats ------------------------------------------------------------

SHOPS = ["禾风家纺旗舰店", "橙子数码专营店", "米粒童装", "山野茶舍", "优格厨具", "云朵宠物馆",
         "栗子美妆集合店", "北纬运动户外", "小鹿文具", "木槿女装", "海盐零食铺", "匠心灯具"]

SHOP_OPEN = [
    ["C: 在不在", "A: 在的呢亲，欢迎光临{shop}，我是客服小桃，请问有什么可以帮您？"],
    ["S: [商品链接] {shop} 店铺热卖", "C: 客服在吗", "A: 您好亲，{shop}很高兴为您服务，请问有什么可以帮您的呢？"],
    ["C: 你好", "A: 您好呀～这里是{shop}，我是阿满，请问有什么可以帮到您？"],
    ["S: [订单] 订单编号 3421****8807 待收货", "C: 问下订单", "A: 亲亲您好，欢迎来到{shop}，请问需要帮您查询什么呢？🌷"],
    ["C: hello", "A: 您好，{shop}客服为您服务，请问有什么需要帮忙的吗？"],
    ["C: 有人在吗", "A: 亲，在的～欢迎光临{shop}，很高兴为您服务，请问您想咨询什么问题呢？"],
]

SHOP_CLOSE = [
    ["A: 亲，请问还有其他需要帮您的吗？", "C: 没了 谢谢", "A: 不客气哦，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 请问还有别的问题要咨询吗？", "C: 没有了", "A: 好的亲，感谢您对本店的支持，期待您下次光临，再见！"],
    ["A: 亲亲看看还有其他可以帮您的吗？", "C: 没啦 谢谢客服", "A: 不用谢呢，应该的，祝您购物愉快，再见～"],
    ["A: 您还有其他想了解的吗？", "C: 暂时没有", "A: 好嘞，那就不打扰您了，感谢光临，有需要随时找我们，再见😊"],
    ["A: 请问还有什么可以为您效劳的吗？", "C: 没有了 谢谢啊", "A: 不客气，很高兴为您服务，祝您生活愉快，再见！"],
]

# ---- food-delivery chats ---------------------------------------------------

EATS = ["老街牛肉面", "蜀香小炒", "阿婆糖水铺", "禾丰快餐", "一碗米线", "麦香汉堡站",
        "湘味蒸菜馆", "轻食沙拉工坊", "胖哥烧烤", "粥道养生粥铺"]

FOOD_OPEN = [
    ["S: [外卖订单] 尾号6630 已送达", "C: 在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问订单遇到什么问题了吗？"],
    ["C: 商家在吗", "A: 在的，您好～欢迎光临{shop}，请问有什么可以帮您？"],
    ["S: [外卖订单] 尾号2817 配送中", "C: 你好", "A: 您好，{shop}为您服务，请问有什么需要帮忙的呢？"],
    ["C: 你好 问一下", "A: 您好，欢迎光临{shop}，很高兴为您服务，您请说～"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了", "A: 好的，感谢您的支持，祝您用餐愉快，再见～"],
    ["A: 您看还有其他问题吗？", "C: 没有了 谢谢", "A: 不客气，欢迎下次光临，再见！"],
    ["A: 请问还有别的需要吗？", "C: 没有了", "A: 好的，感谢您的理解，期待再次为您服务，再见😊"],
]

# ---- calls -----------------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服很高兴为您服务，请问您需要什么帮助？",
    "A: 您好，这里是{co}售后热线，我是{n}号，请问有什么可以帮您？",
    "A: 上午好，{co}客服热线，{n}号为您服务，请问有什么可以帮您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了", "A: 好的，感谢您的来电，再见！"],
    ["A: 请问还有什么需要我帮忙的吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！", "C: 嗯 拜拜"],
    ["A: 您看还有其他需要咨询的吗？", "C: 就这个 没有了", "A: 好的，感谢您的来电，祝您一切顺利，再见！"],
]

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
  if not m:
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind in ("chat", "food"):
    if kind == "chat":
      shop = o.get("shop", SHOPS[idx % len(SHOPS)])
      opens, closes = SHOP_OPEN, SHOP_CLOSE
    else:
      shop = o.get("shop", EATS[idx % len(EATS)])
      opens, closes = FOOD_OPEN, FOOD_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = [] if o.get("close") is False else closes[idx % len(closes)]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if l.lstrip("+~0123456789. ")[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co", "速达外卖")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post
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
      if l.lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = ["嗯", "那个", "呃", ""][k % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
