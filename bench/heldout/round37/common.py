"""Item notation of round 37 and the wrappers put around each item.

An item is one conversation body written once for both twins. Inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap,
`[+200||+9] A: ...`, or a speaking rate, `A/[9||3.5]: ...`); a line starting
`V>` exists only in the violating twin, `K>` only in the compliant one. An
option given as a pair `(violating, compliant)` (hangup=("agent",
"customer")) is picked the same way. The line format is ../conv_model.py.

The openings and endings below were written for this round; they rotate so
the wrapper around each violation is varied, and each one follows the seeds
(a welcome that offers help; ask-more, an answer to the customer's thanks, a
goodbye; calls: company and job number, thanks for calling, the caller
hangs up first).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts): violating/compliant pairs
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


def opt(o, key, default, bad):
  v = o.get(key, default)
  if isinstance(v, tuple):
    return v[0] if bad else v[1]
  return v


# ---- chat wrappers -------------------------------------------------------

SHOPS = {
    "taobao": ["禾木居家旗舰店", "素问美妆店", "米粒童装", "青瓷茶具馆", "铁匠厨具专营"],
    "jd": ["橙子数码专营店", "北辰运动京东自营旗舰店", "星河灯饰官方店", "蓝鲸宠物用品店", "暖炉家电专营店"],
    "pinduoduo": ["朵朵母婴", "味小满零食铺", "山野户外用品", "小棉袄女装", "好运来百货"],
    "douyin": ["梨涡美妆小店", "阿泽潮鞋", "晴天家纺", "小野的衣橱", "柴米厨房好物"],
    "meituan": ["老街牛肉面（城南店）", "阿婆凉皮", "一口鲜粥铺", "炭火烤鸡腿饭", "胖哥麻辣烫"],
    "eleme": ["云南过桥米线（万达店）", "好食光轻食", "湘味小炒", "桥头烧烤", "甜心奶茶"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎光临{shop}，我是客服小桃，请问有什么可以帮您？"],
    ["C: 亲 问个事", "A: 亲，您好呀，{shop}客服在线，很高兴为您服务，您想咨询点什么呢？"],
    ["S: [商品卡片] {shop}｜点击查看详情", "C: 你好", "A: 您好～欢迎来到{shop}，请问有什么可以帮到您的呢？😊"],
    ["C: 客服客服", "A: 亲亲您好，{shop}为您服务，请问遇到什么问题了呢？"],
    ["S: 顾客从【订单详情】进入会话", "C: hello", "A: 您好，{shop}售后客服很高兴为您服务，请问有什么可以帮您？"],
    ["C: 在吗在吗", "A: 在的亲，欢迎光临{shop}，小橙很乐意为您服务，请问需要什么帮助呢？"],
]

FOOD_OPEN = [
    ["C: 商家在吗", "A: 您好，欢迎光临{shop}，请问有什么可以帮您？"],
    ["S: [订单] 外卖订单 #38 已送达", "C: 老板", "A: 您好，这里是{shop}，很高兴为您服务，请问有什么问题呢？"],
    ["C: 你好", "A: 您好呀，{shop}在线客服，请问有什么需要帮忙的吗？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的问题需要帮您处理吗？", "C: 没了 谢谢", "A: 不客气呀，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有其他想了解的吗？", "C: 没有啦 谢谢亲", "A: 不用客气，很高兴为您服务，期待您再次光临，再见！"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 暂时没有 多谢", "A: 应该的呢，感谢您对小店的支持，祝您购物愉快，再见😊"],
    ["A: 请问还有其他需要咨询的地方吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的耐心，欢迎下次光临，再见～"],
    ["A: 亲亲还有其它问题吗？", "C: 就这些 谢啦", "A: 不客气的亲，感谢惠顾，祝您天天开心，再见！"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了 谢谢", "A: 不客气，感谢您的光顾，祝您用餐愉快，再见～"],
    ["A: 您看还有别的问题吗？", "C: 没有了", "A: 好的，感谢您的支持，欢迎下次光临，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，我是工号{n}的客服，很高兴为您服务，请问您遇到了什么问题？",
    "A: 您好，欢迎致电{co}服务热线，{n}号客服很高兴为您服务，请问有什么可以帮到您？",
    "A: 您好，{co}，工号{n}，请问有什么可以帮您的吗？",
    "A: 上午好，{co}售后热线，{n}号坐席为您服务，请问有什么需要帮忙的？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有其他需要办理的吗？", "C: 没有了 就这些", "A: 好的，谢谢您的来电，祝您心情愉快，再见！", "C: 好 拜拜"],
    ["A: 请问还有什么需要我帮忙的吗？", "C: 没有了 麻烦你了", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "就是"]


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
  if not m or m.group(1).lstrip("+~0123456789. ")[0] not in "AC":
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
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[o.get("open_idx", idx) % len(opens)]]
    post = [] if o.get("close") is False else closes[o.get("close_idx", idx) % len(closes)]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", "安泰燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("open_idx", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("close_idx", idx) % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(1).lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = FILLERS[k % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=opt(o, "hangup", "customer", bad),
                         timed=o.get("timed", True), agent=o.get("agent"))
