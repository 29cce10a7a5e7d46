"""Item notation of round 38 and the wrappers around each item.

The notation is round 18's: one body per pair; inside a line
`[violating||compliant]` picks the variant's text (also a gap such as
`[+40||+2] A: ...` or an event line `[!wait 95||!wait 40]`); a line starting
`V>` exists only in the violating twin, `K>` only in the compliant one. A pick
may not contain square brackets itself (lines with emoji codes such as
[比心] use V>/K> instead). The line format is ../conv_model.py.

Openings and endings below are this round's own; they rotate so that the
wrapper around each item is varied and itself compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # violating/compliant pairs
NEAR = []       # near-misses: compliant only

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


# ---- chat wrappers -------------------------------------------------------

SHOPS = ["椰岛生活馆", "木棉家纺旗舰店", "北极星户外专营店", "小橘灯童装", "拾味零食铺",
         "青瓷茶具", "麦田烘焙", "乐活数码配件", "山语美妆", "布衣坊女装", "跑跑运动",
         "暖窝家居"]

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎光临{shop}，我是客服小柚，请问有什么可以帮您？"],
    ["C: 请问有人吗", "A: 亲，您好呀，{shop}客服在线，很高兴为您服务，您想了解哪方面呢？"],
    ["C: 咨询下", "A: 您好，欢迎来到{shop}，请问有什么可以帮到您的呢？"],
    ["S: [订单] 编号 3305********71 | 待发货", "C: 客服在吗",
     "A: 在的亲，您好，这里是{shop}，很高兴为您服务，请问有什么需要帮忙的？"],
    ["C: hello", "A: 您好～欢迎光临{shop}，请问有什么可以为您效劳的吗？😊"],
    ["C: 老板在吗", "A: 您好，{shop}客服为您服务，请问您想咨询什么问题呢？"],
    ["S: [商品] 已为您推荐同店商品 | 来自{shop}", "C: 问个事",
     "A: 亲亲您好，欢迎光临{shop}，小店客服很乐意为您解答，请问您想问什么呢？"],
]

CHAT_CLOSE = [
    ["A: 请问您还有其他需要咨询的吗？", "C: 没了 谢谢",
     "A: 不客气哦，感谢您对本店的支持，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题我可以帮您看看吗？", "C: 没有了",
     "A: 好的，感谢您的光临，期待下次再为您服务，再见！"],
    ["A: 还有其他想了解的吗亲？", "C: 暂时没有 谢啦",
     "A: 不用客气呢，祝您购物愉快，再见哦🌷"],
    ["A: 请问还有什么能帮到您的吗？", "C: 就这些",
     "A: 好的呢，感谢您的耐心，有需要随时找我们，再见～"],
    ["A: 您看还有其他疑问吗？", "C: 没有了 辛苦了",
     "A: 不辛苦，这是应该的，感谢光临，祝您天天开心，再见！"],
    ["A: 请问还需要帮您查点别的吗？", "C: 不用了",
     "A: 好嘞，那就不打扰您了，感谢您的惠顾，祝您一切顺利，再见～"],
]

FOOD_OPEN = [
    ["C: 商家在吗", "A: 您好，欢迎光临{shop}，请问有什么可以帮您的？"],
    ["S: [订单] 外卖订单 #58 已接单", "C: 老板",
     "A: 您好，这里是{shop}，很高兴为您服务，请问您需要什么帮助？"],
    ["C: 你好 问一下", "A: 您好呀，{shop}在线，请问有什么可以帮到您？"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了",
     "A: 好的，感谢您的光临，祝您用餐愉快，再见～"],
    ["A: 您看还有别的问题吗？", "C: 没了 谢谢",
     "A: 不客气，感谢支持小店，祝您生活愉快，再见！"],
]

FOODS = ["老街凉皮", "阿福麻辣烫", "川味小馆", "鲜果时光", "一碗米线", "粥掌柜"]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，工号{n}，很高兴为您服务，请问您遇到什么问题了？",
    "A: 您好，欢迎致电{co}，{n}号客服很高兴为您服务，请问需要办理什么业务？",
    "A: 您好，{co}服务热线，我是{n}号坐席，请问有什么可以帮您的吗？",
    "A: 您好，{co}，{n}号话务员为您服务，请问您有什么需要？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好的 再见"],
    ["A: 您看还有别的问题需要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问您还有其他需要吗？", "C: 没有了 就这事", "A: 好的，感谢您的来电，祝您心情愉快，再见！", "C: 嗯 拜拜"],
    ["A: 还有什么需要我帮您处理的吗？", "C: 没有了 麻烦你了", "A: 不麻烦，应该的，感谢您的来电，再见！"],
    ["A: 请问还有其他事情需要帮忙吗？", "C: 没有啦", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 再见"],
]

COMPANIES = ["城北燃气", "清源水务", "华电供电", "蓝鲸宽带", "顺捷快递", "康达家电售后",
             "和园物业", "鲜乳坊订奶", "星河家政", "惠民生鲜配送", "安途租车", "金盾保险"]

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


# start times for records that set none: working days that are no public holiday
STARTS = ["2026-03-17T09:42:00+08:00", "2026-04-21T08:35:00+08:00", "2026-05-12T10:18:00+08:00",
          "2026-06-09T11:36:00+08:00", "2026-07-15T09:05:00+08:00", "2026-08-19T08:57:00+08:00",
          "2026-09-08T10:22:00+08:00", "2026-10-20T11:14:00+08:00", "2026-11-24T10:15:00+08:00",
          "2026-12-08T09:31:00+08:00", "2026-12-15T11:06:00+08:00"]

HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def pick(value, bad):
  if isinstance(value, tuple):
    return value[0] if bad else value[1]
  return value


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind in ("chat", "food"):
    if kind == "food":
      shop = o.get("shop", FOODS[idx % len(FOODS)])
      opens, closes = FOOD_OPEN, FOOD_CLOSE
    else:
      shop = o.get("shop", SHOPS[idx % len(SHOPS)])
      opens, closes = CHAT_OPEN, CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = [] if o.get("close") is False else closes[(idx // 2) % len(closes)]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started", STARTS[idx % len(STARTS)]), agent=o.get("agent"))
  co = o.get("co", COMPANIES[idx % len(COMPANIES)])
  n = o.get("n", str(1000 + (idx * 263) % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[(idx // 2) % len(CALL_CLOSE)]
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
      if l.lstrip("+~0123456789. ").startswith("C"):
        # chosen from the line itself, so that both twins get the same filler
        filler = ["嗯", "那个", "呃", "", "", "就是"][sum(map(ord, m.group(2))) % 6]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started", STARTS[(idx * 5) % len(STARTS)]),
                         rings=pick(o.get("rings", 1), bad),
                         hangup=pick(o.get("hangup", "customer"), bad),
                         timed=o.get("timed", True), agent=o.get("agent"))
