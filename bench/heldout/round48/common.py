"""Item notation of round 48 and the wrappers around each item.

The notation is the one of round 18 (mechanics only): an item is one
conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also a gap or a speaking
rate: `[+45||+2] A: ...`, `A/[8||3.5]: ...`); a line starting `V>` exists
only in the violating twin, `K>` only in the compliant one. Lines starting
with `!` are events (`!hold_start`, `!wait 40`, `!transfer`). The line format
itself is ../conv_model.py.

Openings, endings, shops, companies and the speech-recognition fillers here
are this round's own; they are rotated so that the wrapper around each item is
varied and itself compliant with the seeds.
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

# a pick never spans another bracket pair, so "[订单卡片]" on the same line is safe
PICK = re.compile(r"\[([^\[\]]*?)\|\|([^\[\]]*?)\]", re.S)


def V(kind, plat, expect, reason, body, **opts):
  ITEMS.append((kind, plat, expect, reason, body, opts))


def K(kind, plat, reason, body, **opts):
  NEAR.append((kind, plat, "", reason, body, opts))


def variant(body, bad):
  out = []
  for raw in body.strip("\n").split("\n"):
    line = raw.strip()
    if not line or line.startswith("#"):
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
    "taobao": ["栖木家居旗舰店", "橙子小铺", "半亩花田美妆", "阿福茶庄", "森屿女装", "熊掌户外"],
    "jd": ["海岚电器专营店", "启明数码旗舰店", "暖阳母婴专营店", "禾丰粮油自营", "灵犀厨具旗舰店"],
    "pinduoduo": ["好运家纺", "鲜果园子", "小虎日用百货", "布衣坊", "甜甜零食铺"],
    "douyin": ["遥遥的好物小店", "北纬生活馆", "糖果色童装", "山野茶事", "一颗柠檬美妆"],
    "meituan": ["老巷牛肉面", "小碗川菜", "粥掌柜", "阿婆卤味", "轻食研究所"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢亲，欢迎光临{shop}，我是客服小柚，请问有什么可以帮您？"],
    ["C: 您好", "A: 您好～{shop}客服阿岚为您服务，请问今天想了解点什么呀？"],
    ["C: 亲 在吗", "A: 亲亲您好，这里是{shop}，很高兴为您服务，有什么需要尽管跟我说哦～"],
    ["S: [订单卡片] 订单号 {order} | 待发货", "C: 客服", "A: 您好，欢迎光临{shop}，客服7号在线，请问有什么能帮到您？"],
    ["C: hello", "A: 您好呀，感谢光临{shop}，请问有什么可以帮到您的呢🌷"],
    ["C: 在么在么", "A: 在的～您好，欢迎来到{shop}，请问需要什么帮助呢？"],
    ["S: [商品链接] {shop} 热卖款", "C: 问一下", "A: 您好，{shop}客服小满很高兴为您服务，您想了解哪方面呢？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的问题需要帮您处理吗？", "C: 没了 谢谢", "A: 不客气哦，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，您还有其他需要咨询的吗？", "C: 没有啦 谢啦", "A: 不用谢呢亲，感谢光临小店，期待下次再为您服务，再见！"],
    ["A: 还有什么可以帮到您的吗？", "C: 暂时没有", "A: 好的，感谢您的惠顾，有需要随时来找我们，再见🌹"],
    ["A: 亲亲还有其它问题吗？", "C: 没有了 感谢", "A: 不客气，这是我们应该做的，感谢光临，祝您购物愉快，再见～"],
    ["A: 请问还需要了解其他的吗？", "C: 不用了", "A: 好嘞，感谢您对小店的支持，期待您下次光临，再见哦！"],
    ["A: 您看还有哪里需要帮忙的吗？", "C: 没有了，辛苦了", "A: 不辛苦，应该的～感谢您的光临，再见！"],
]

ORDERS = ["2611****0938", "2612****4417", "2610****7725", "2611****3306", "2612****8851"]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}热线，我是{n}号客服，很高兴为您服务，请问您有什么需要？",
    "A: 您好，{co}，{n}号客服代表很高兴为您服务，请问有什么可以帮到您？",
    "A: 您好，欢迎致电{co}，工号{n}，请问有什么能够帮您的吗？",
    "A: 您好，{co}服务热线，我是{n}号，很高兴为您服务，请问您要办理什么？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有其他方面需要咨询的吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 还有其他什么可以帮您的吗？", "C: 就这些", "A: 好的，谢谢您的来电，祝您心情愉快，再见！", "C: 好嘞拜拜"],
    ["A: 请问还有别的问题需要帮您处理吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "", "呃", "那个", "", "就是"]


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


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


def started_for(idx, kind):
  day = 2 + idx % 27
  hour = 9 + (idx * 7) % 11
  minute = (idx * 13) % 60
  month = 11 if idx % 2 else 12
  return f"2026-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+08:00"


LINE_HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  # an option given as a (violating, compliant) pair differs between the twins
  o = {k: (v[0] if bad else v[1]) if isinstance(v, tuple) else v for k, v in o.items()}
  lines = variant(body, bad)
  started = o.get("started", started_for(idx, kind))
  if kind == "chat":
    shops = SHOPS.get(plat or "taobao", SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    order = ORDERS[idx % len(ORDERS)]
    pre = [] if o.get("open") is False else [l.format(shop=shop, order=order) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=started)
  co = o.get("co", "华澜供电")
  n = o.get("n", str(1000 + (idx * 53) % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = FILLERS[k % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=started,
                         rings=o.get("rings", 1 + idx % 2), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
