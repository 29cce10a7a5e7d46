"""Item notation of round 39 and the wrappers around each item.

The notation is the one of round 18 (its mechanics are reused; the wrappers
and every item are new): an item is one conversation body written once for
both twins; inside a line `[violating||compliant]` picks the variant's text
(also usable for a gap, `[+240||+240] A: ...`, or a speaking rate,
`A/[9||3.5]: ...`); a line starting `V>` exists only in the violating twin,
`K>` only in the compliant one. The line format is ../conv_model.py
(`+gap`/`~overlap` before the speaker, `A/rate`, `A=duration`, `!event [by]`,
`!wait seconds`). Openings and endings are rotated so that the wrapper
around each item is varied and itself compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # violating/twin pairs: (kind, platform, expect, reason, body, opts)
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


# ---- shop chat wrappers ---------------------------------------------------

SHOPS = {
    "taobao": ["栖木家居旗舰店", "橙子童装", "蓝岸数码", "芸香茶舍", "北纬户外", "花间美妆铺"],
    "jd": ["海拓数码专营店", "佳禾厨电旗舰店", "远山运动专营店", "朗润母婴", "云朵家纺"],
    "pinduoduo": ["果园直发小铺", "好物家纺店", "优选日用百货", "鲜农水果店", "小熊零食屋"],
    "douyin": ["露露服饰", "山野零食铺", "安安家居生活", "柚见美妆", "橘子鞋履"],
    "meituan": ["老街麻辣烫", "喜粥铺", "阿婆煲仔饭", "一碗牛肉面", "半山米线"],
    "eleme": ["川味小炒", "晨光包子铺", "港式茶餐厅", "蔬果鲜切"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢，您好，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 你好 问一下", "A: 您好，{shop}客服小柚很高兴为您服务，您请说～"],
    ["C: 有人没", "A: 亲，您好呀～这里是{shop}，有什么需要帮忙的您尽管说😊"],
    ["S: [商品卡片] 来自{shop} 的商品链接", "C: 客服", "A: 您好，欢迎来到{shop}，请问想了解哪方面呢？我来帮您解答"],
    ["C: hello", "A: 您好，{shop}在线客服为您服务，请问有什么能帮到您？"],
    ["S: [订单卡片] 订单号 3107**********45 已签收", "C: 在吗在吗", "A: 在的亲，{shop}很高兴为您服务，请问有什么可以帮您呢？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的需要帮忙的吗？", "C: 没了，谢啦", "A: 不客气哈，感谢您的支持，祝您生活愉快，再见～"],
    ["A: 亲亲，还有其他想了解的吗？", "C: 没有了", "A: 好的呢，感谢惠顾，期待您下次光临，再见！"],
    ["A: 请问您还有其他问题需要处理吗？", "C: 暂时没有", "A: 好的，谢谢您的耐心，祝您购物愉快，再见😊"],
    ["A: 还有什么能帮到您的吗？", "C: 没有了 辛苦了", "A: 不辛苦，都是应该的～感谢您光临本店，再见啦"],
    ["A: 您看还有其他需要咨询的吗？", "C: 好了就这些 谢谢", "A: 不用谢，很高兴为您服务，祝您生活愉快，再见！"],
]

FOOD_OPEN = [
    ["S: [订单] 外卖订单 #{num} 已送达", "C: 商家在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问餐品有什么需要帮您处理的吗？"],
    ["C: 老板在吗", "A: 在的，您好，欢迎光临{shop}，请问有什么可以帮您？"],
    ["S: [订单] 外卖订单 #{num} 配送中", "C: 你好", "A: 您好亲，{shop}为您服务，请问有什么可以帮到您？"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的光顾，祝您用餐愉快，再见～"],
    ["A: 还有什么别的问题吗亲？", "C: 没了 谢谢", "A: 不客气呢，欢迎下次再来，再见！"],
    ["A: 您看还有其他要处理的吗？", "C: 没有", "A: 好的，谢谢您的理解，祝您生活愉快，再见😊"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务热线，我是{n}号客服，很高兴为您服务，请问您需要办理什么？",
    "A: 您好，欢迎致电{co}，{n}号坐席很高兴为您服务，请问您遇到了什么问题？",
    "A: 您好，{co}热线，{n}号为您服务，请问有什么能帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 拜拜"],
    ["A: 请问您还有别的问题吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有其他需要咨询的吗？", "C: 没有了没有了", "A: 好的，谢谢您的来电，祝您一切顺利，再见！", "C: 再见"],
    ["A: 请问还有什么可以帮到您的？", "C: 就这个事 谢谢你们", "A: 不用客气，这是我们应该做的，感谢您的来电，再见！"],
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


HEAD = re.compile(r"^((?:[+~][0-9.\[\]|]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind in ("chat", "food"):
    shops = SHOPS.get(plat or "taobao", SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    opens = FOOD_OPEN if kind == "food" else CHAT_OPEN
    closes = FOOD_CLOSE if kind == "food" else CHAT_CLOSE
    oi = o.get("open", idx)
    ci = o.get("close", idx)
    pre = [] if oi is False else [l.format(shop=shop, num=17 + idx % 60) for l in opens[oi % len(opens)]]
    post = [] if ci is False else closes[ci % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", "禾丰燃气")
  n = o.get("n", str(3000 + idx * 53 % 900))
  oi = o.get("open", idx)
  ci = o.get("close", idx)
  pre = [] if oi is False else [CALL_OPEN[oi % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if ci is False else CALL_CLOSE[ci % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    for l in all_lines:
      m = HEAD.match(l)
      if not m or l.startswith("!"):
        out.append(l)
        continue
      filler = ""
      if m.group(1).lstrip("+~0123456789. ").startswith("C"):
        # chosen from the line itself, so both twins get the same fillers
        filler = ["嗯", "那个", "呃", ""][sum(map(ord, m.group(2))) % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
