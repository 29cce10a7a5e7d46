"""Item notation of round 52 and the wrappers written for it.

The notation (mechanics taken over from round 18): one body per pair; inside a
line `[violating||compliant]` picks the variant's text (also a gap, a rate or
an event: `[+40||+1] A: ...`, `A/[9||3.5]: ...`, `[!wait 95||!wait 40]`); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant
one. The line format itself is ../conv_model.py (`+gap`, `~overlap`, `A/rate:`,
`!event [by]`, `!wait seconds`).

The openings and endings below are new for this round and rotated per item,
so the wrapper around each violation is varied and itself compliant.
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
    "taobao": ["栖木生活馆", "橘岛优选", "半山杂货铺", "阿福百货", "拾叁好物", "青柚小铺"],
    "jd": ["蓝鲸优品京东专营店", "北辰百货京东专卖店", "禾田优选京东旗舰店", "骏驰生活京东专营店", "优卡家居京东专营店"],
    "pinduoduo": ["惠邻百货", "果园好物", "暖冬优选工厂店", "阿青家居日用", "乡味小铺"],
    "douyin": ["小鹿优选抖音小店", "潮汐好物", "好物研究所", "咔咔生活馆", "云朵小铺"],
    "meituan": ["老街牛肉面", "轻食主义沙拉", "炸鸡兄弟", "阿婆凉皮", "粥小满", "川香麻辣烫"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，这里是{shop}，很高兴为您服务，请问需要什么帮助？"],
    ["C: 客服客服", "A: 亲，您好呀，{shop}客服小橙在线，请问有什么可以帮您的？"],
    ["S: [商品链接] 来自{shop}", "C: 想问下这个", "A: 您好，欢迎光临{shop}，很乐意为您解答，请问想了解哪方面呢？"],
    ["C: hello", "A: 亲亲您好，欢迎来到{shop}，请问有什么能帮到您？😊"],
    ["S: [系统] 顾客从商品详情页进入咨询", "C: 咨询个事", "A: 您好，{shop}客服在线，很高兴为您服务，请问有什么需要帮忙的呢？"],
    ["C: 您好", "A: 您好，感谢光临{shop}，我是客服阿青，请问有什么可以为您效劳？"],
]

# a delivery shop that sells what the body talks about
MEITUAN_DISHES = [("凉皮", "阿婆凉皮"), ("沙拉", "轻食主义沙拉"), ("炸鸡", "炸鸡兄弟"), ("毛血旺", "川香麻辣烫"),
                  ("麻辣烫", "川香麻辣烫"), ("香菜", "川香麻辣烫"), ("辣椒", "川香麻辣烫"), ("面", "老街牛肉面"),
                  ("牛肉", "老街牛肉面"), ("汤", "老街牛肉面"), ("柠檬茶", "轻食主义沙拉")]

MEITUAN_OPEN = [
    ["S: [外卖订单] #27 已送达 · 实付 38.5", "C: 商家在吗", "A: 您好，{shop}在的，很高兴为您服务，请问这单有什么需要帮您处理？"],
    ["C: 老板在吗", "A: 您好，我是{shop}的店长，请问有什么可以帮您？"],
    ["S: [外卖订单] #112 已完成", "C: 你好", "A: 您好，这里是{shop}，请问有什么能帮到您的？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的需要我帮忙的吗？", "C: 没了 谢谢", "A: 不客气哈，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有其他想了解的吗？", "C: 没有了", "A: 好的，感谢您的支持，期待您再次光临，再见😊"],
    ["A: 您看还有什么问题需要咨询的吗？", "C: 暂时没有", "A: 好的亲，祝您购物愉快，有需要随时来找我们，再见！"],
    ["A: 请问还有其它可以帮到您的吗？", "C: 没有啦 辛苦了", "A: 不辛苦，这是我们应该做的，感谢光临，再见～"],
    ["A: 亲亲还有别的疑问吗？", "C: 没了 谢啦", "A: 不用谢呢，很高兴为您服务，祝您一切顺利，再见～"],
]

MEITUAN_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了", "A: 好的，感谢您的理解，祝您用餐愉快，再见！"],
    ["A: 您看还有别的问题吗？", "C: 没有了 谢谢老板", "A: 不客气，谢谢您的光顾，欢迎下次再来，再见～"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务中心，{n}号客服为您服务，请问您需要办理什么业务？",
    "A: 您好，欢迎致电{co}，我是{n}号客服，请问有什么可以帮到您？",
    "A: 您好，{co}售后热线，工号{n}为您服务，请问您遇到什么问题了？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 请问您还有别的问题要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有其他可以帮您的吗？", "C: 没有了 就这些", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 嗯 拜拜"],
    ["A: 请问还有其他事情需要办理吗？", "C: 没有了 谢谢你", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
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
HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", re.S)


def full_width(line):
  m = HEAD.match(line)
  if not m or line.lstrip("+~0123456789. ")[:1] not in "AC":
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def started_for(idx, channel):
  # non-holiday dates only (the festival item sets its own)
  days = ["2026-11-17", "2026-11-24", "2026-12-03", "2026-12-15", "2027-03-09", "2027-03-18", "2026-11-05"]
  hours = ["09:12:00", "10:41:00", "14:05:00", "16:30:00", "20:18:00", "11:55:00"]
  return f"{days[idx % len(days)]}T{hours[idx % len(hours)]}+08:00"


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  started = o.get("started") or started_for(idx, kind)
  if kind == "chat":
    shops = SHOPS.get(plat or "taobao", SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    if plat == "meituan" and "shop" not in o:
      shop = next((s for k, s in MEITUAN_DISHES if k in body), "粥小满")
    if plat == "meituan":
      opens, closes = MEITUAN_OPEN, MEITUAN_CLOSE
    else:
      opens, closes = CHAT_OPEN, CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[o.get("oi", idx) % len(opens)]]
    post = [] if o.get("close") is False else closes[o.get("ci", idx) % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=started, agent=o.get("agent"))
  co = o.get("co", "城东燃气")
  n = o.get("n", str(3000 + idx * 53 % 900))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("oi", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("ci", idx) % len(CALL_CLOSE)]
  all_lines = pre + lines + post
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
                         direction=o.get("direction"), started=started,
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent=o.get("agent"))
