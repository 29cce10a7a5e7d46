"""Item notation of round 51 and the wrappers around each item.

The notation is the one of round 18 (only its mechanics are reused): an item
is one conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap or
an event, e.g. `[+300||+300] A: ...`, `[!wait 280||!wait 60]`); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant
one. An option given as a pair `(violating, compliant)` (rings=(5, 2)) also
differs between the twins. The line format itself is ../conv_model.py.

Openings and endings below are this round's own; they are rotated so that
the wrapper is varied and itself compliant.
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

PICK = re.compile(r"\[([^\[\]]*?)\|\|([^\[\]]*?)\]", re.S)


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


def opt(o, key, bad, default=None):
  v = o.get(key, default)
  if isinstance(v, tuple):
    return v[0] if bad else v[1]
  return v


# ---- chat wrappers -------------------------------------------------------

SHOPS = {
    "taobao": ["暖冬服饰", "栖木家居旗舰店", "青柠美妆小铺", "南山茶舍", "阿福童装", "小岛文具馆"],
    "jd": ["鹿鸣数码官方旗舰店", "森屿家电专营店", "优品厨具旗舰店", "蓝鲸运动户外店", "知书图书专营店"],
    "pinduoduo": ["好家居百货", "乐活日用专营", "鲜果农场直发", "织梦家纺", "小象母婴用品"],
    "douyin": ["柚子的零食铺", "一禾服饰", "元气宠物小店", "清研护肤官方店", "山野咖啡"],
    "meituan": ["老街牛肉面", "禾风轻食", "川味小馆"],
    "eleme": ["阿婆馄饨", "鲜榨果坊", "湘里人家"],
}

CHAT_OPEN = [
    ["C: 在么", "A: 您好亲，这里是{shop}，很高兴为您服务，请问需要什么帮助呢？"],
    ["C: 您好 想问个事", "A: 亲亲您好～{shop}客服小鹿在线，请问有什么可以帮到您的呀？"],
    ["S: [订单] 编号 3207********9916 待发货", "C: 客服在不在",
     "A: 在的呢，欢迎光临{shop}😊 请问有什么可以为您效劳？"],
    ["C: hello", "A: 您好，欢迎来到{shop}，我是客服阿宁，请问有什么能帮您？"],
    ["C: 亲 问下", "A: 您好呀，欢迎光临{shop}，有什么需要帮忙的您尽管说～"],
    ["S: [商品链接] 店铺热卖款", "C: 咨询一下",
     "A: 您好，{shop}客服为您服务，请问想了解这款的哪方面呢？"],
    ["C: [图片]", "A: 您好，欢迎光临{shop}，很高兴为您服务，请问是想咨询图里这款吗？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的需要咨询的吗？", "C: 没了 谢啦",
     "A: 不客气哦亲，感谢您光顾{shop}，祝您生活愉快，再见～"],
    ["A: 亲亲还有其他可以帮您的吗？", "C: 没有了",
     "A: 好的呢，感谢您的惠顾，期待您下次光临，再见😊"],
    ["A: 您看还有其他问题吗？", "C: 暂时没有 谢谢",
     "A: 不用客气，感谢您的支持，有需要随时来找我们，再见！"],
    ["A: 请问还有什么能为您做的吗？", "C: 没了没了",
     "A: 好的亲，非常感谢您的光临，祝您购物愉快，再见～"],
    ["A: 还有其他需要了解的吗亲？", "C: 就这些 谢谢你",
     "A: 不客气呢，谢谢您选择{shop}，祝您一切顺利，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}客户服务中心，我是{n}号，很高兴为您服务，请问您需要办理什么业务？",
    "A: 您好，感谢致电{co}，我是{n}号客服，很乐意为您服务，请问您遇到了什么问题？",
    "A: 您好，{co}服务热线，我是{n}号话务员，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，工号{n}很高兴为您服务，请问有什么需要帮助的？",
]

CALL_CLOSE = [
    ["A: 刚才跟您说的这些，您看还有不明白的地方吗？", "C: 没有，清楚了。",
     "A: 好的，请问还有其他需要帮您的吗？", "C: 没了。",
     "A: 感谢您的来电，祝您生活愉快，再见！", "C: 再见。"],
    ["A: 请问我刚才的解释您都清楚了吗？", "C: 清楚了。",
     "A: 请问您还有别的问题要咨询吗？", "C: 没有了，谢谢。",
     "A: 不客气，感谢您的来电，再见！"],
    ["A: 这样说您明白了吗？", "C: 明白。",
     "A: 请问还有什么可以帮您的吗？", "C: 没有了。",
     "A: 好的，感谢您的来电，再见！", "C: 好，拜拜。"],
    ["A: 您看我解释清楚了吗？还有疑问吗？", "C: 没疑问了。",
     "A: 请问还有其他需要办理的吗？", "C: 不用了，谢谢你啊。",
     "A: 不客气，这是我们应该做的，感谢您的来电，祝您愉快，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "", "呃", "就是", ""]


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


LINE_HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?([ACS])(?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shops = SHOPS.get(plat or "taobao", SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else [l.format(shop=shop) for l in CHAT_CLOSE[idx % len(CHAT_CLOSE)]]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if LINE_HEAD.match(l) and LINE_HEAD.match(l).group(2) in "AC" else l
                   for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=opt(o, "started", bad))
  co = o.get("co", "安澜燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{co}", co).replace("{n}", n) for l in lines] + post
  mode = o.get("asr")
  if mode:
    spaced = mode == "spaced"
    out = []
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(2) == "C":
        # the filler depends on the line and the item only, so that both
        # twins carry the same fillers on their shared lines
        filler = FILLERS[(idx + zlib.crc32(m.group(3).encode("utf-8"))) % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(3), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=opt(o, "started", bad),
                         rings=opt(o, "rings", bad, 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
