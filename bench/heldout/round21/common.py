"""Item notation of round 21 and the wrappers around each item.

The notation is round 18's: an item is one conversation body written once for
both twins. Inside a line `[violating||compliant]` picks the variant's text
(also usable for a gap, a speaking rate or an event, e.g. `[+200||+2] A: ...`,
`A/[9||3.5]: ...`, `[!wait 200||!wait 45]`); a line starting `V>` exists only
in the violating twin, `K>` only in the compliant one. The line format itself
is ../conv_model.py. The openings and endings below are this round's own,
rotated so the wrapper is varied and itself compliant.
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

SHOPS = ["栖木生活馆", "青柚优选", "小满良品", "南山百货", "拾屿家居日用", "布朗熊生活",
         "澄光优品", "匠心好物", "阿布小铺", "云杉杂货铺", "素白良品", "禾田优选"]

FOOD_SHOPS = ["巷口小厨（文三路店）", "阿婆家常菜", "老街饭堂", "邻家小馆（滨江店）",
              "好味轩", "深夜食堂"]

CHAT_OPEN = [
    ["C: 您好，在不在", "A: 您好，欢迎光临{shop}，我是客服小满，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 亲 在吗", "A: 亲亲您好，{shop}客服在线，请问想咨询点什么呢？🌷"],
    ["S: [商品链接] {shop} · 当季新款", "C: 客服在吗", "A: 在的亲，欢迎来到{shop}，请问有什么需要帮忙的吗？"],
    ["S: [订单] 编号 3907********1152 · 待发货", "C: 你好", "A: 您好，这里是{shop}，很高兴为您服务，请问遇到什么问题了吗？"],
    ["C: hello", "A: 您好呀，欢迎光临{shop}，请问有什么可以为您效劳的？😊"],
    ["C: 有人没", "A: 您好，{shop}客服为您服务，请问需要了解哪方面的信息呢？"],
]

FOOD_OPEN = [
    ["S: [外卖订单] #18 {shop} · 预计 12:35 送达", "C: 商家在吗", "A: 您好，{shop}很高兴为您服务，请问有什么可以帮您？"],
    ["C: 老板在吗", "A: 您好，欢迎光临{shop}，请问有什么需要帮忙的吗？"],
    ["S: [外卖订单] #42 {shop} · 骑手已接单", "C: 你好", "A: 您好，这里是{shop}，请问有什么可以帮到您？"],
]

CHAT_CLOSE = [
    ["A: 请问您还有其他想了解的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
    ["A: 亲亲还有别的问题需要帮您处理吗？", "C: 没啦 谢谢亲", "A: 不用客气的，期待您下次光临，再见～"],
    ["A: 请问还有什么可以帮到您的吗？", "C: 没了 谢了", "A: 不客气，感谢支持，祝您购物愉快，再见🌷"],
    ["A: 您看还有其他需要咨询的吗？", "C: 暂时没有 谢谢", "A: 应该的，感谢您的耐心，有需要随时找我们，再见！"],
    ["A: 还有其他可以帮您的地方吗亲？", "C: 没有了", "A: 好的，感谢您的光临，祝您一切顺利，再见～"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要吗？", "C: 没了 谢谢", "A: 不客气，祝您用餐愉快，再见～"],
    ["A: 您看还有别的可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的惠顾，欢迎下次再来，再见！"],
    ["A: 请问还有其他问题吗？", "C: 没有 谢啦", "A: 不客气哈，感谢光临，祝您用餐愉快，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客户服务中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，感谢致电{co}，工号{n}，请问您需要什么帮助？",
    "A: 您好，{co}热线，我是{n}号客服代表，很高兴为您服务，请问有什么可以帮您？",
    "A: 上午好，{co}服务热线，{n}号竭诚为您服务，请问您要办理什么业务？",
    "A: 您好，这里是{co}售后中心，工号{n}，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有其他需要帮忙的吗？", "C: 没有了就这些", "A: 好的，也谢谢您的来电，祝您愉快，再见！", "C: 再见"],
    ["A: 请问还有什么其他需要吗？", "C: 没了 谢谢你啊", "A: 请不必客气，这是我们应该做的，感谢您的来电，再见！"],
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


LINE_HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    food = o.get("food", False)
    shops = FOOD_SHOPS if food else SHOPS
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    shop = o.get("shop", shops[idx % len(shops)])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    post = [] if o.get("close") is False else closes[idx % len(closes)]
    all_lines = pre + [l.format(shop=shop) if "{shop}" in l else l for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if LINE_HEAD.match(l) and not l.lstrip("+~0123456789. ").startswith("S") else l
                   for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"), agent=o.get("agent"))
  co = o.get("co", "城北燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + [l.format(co=co, n=n) if "{" in l else l for l in lines] + post
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
        # chosen from the line's own text, so both twins get the same fillers
        filler = ["嗯", "那个", "呃", ""][sum(map(ord, m.group(2))) % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent=o.get("agent"))
