"""Item notation of round 33 and the wrappers around each item.

The notation is round 18's (its mechanics reused, its texts not): an item is
one conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap,
`[+230||+230] A: ...`); a line starting `V>` exists only in the violating
twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. Openings and endings below are this round's own and are
rotated per platform so the wrapper is varied and itself compliant.
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

JD_SHOPS = ["知予家居京东旗舰店", "橙果母婴专营店", "北辰数码京东专卖店", "栖山户外旗舰店",
            "暮云茶具官方店", "拾柒零食旗舰店", "青屿箱包专营店", "白桦厨具旗舰店",
            "禾光个护京东自营店", "安澜家纺旗舰店"]

MT_SHOPS = ["老街牛肉面（科技园店）", "蜀香小炒", "一碗鲜粥铺", "阿婆凉皮", "小林烘焙",
            "鲜果时光", "壹号炸鸡", "福满楼饺子馆", "半岛椰子鸡", "麦田轻食"]

JD_OPEN = [
    ["C: 在吗", "A: 您好，欢迎光临{shop}，客服小满很高兴为您服务，请问有什么可以帮您？"],
    ["S: [订单卡片] 订单号 31**********72 | {shop}", "C: 你好",
     "A: 您好，这里是{shop}，请问有什么可以帮到您？"],
    ["C: 客服", "A: 亲，您好～{shop}客服阿澄在线，请问您需要咨询什么呢？"],
    ["S: [商品卡片] 店铺：{shop}", "C: 问下", "A: 您好，欢迎来到{shop}，请问有什么可以帮您的吗？😊"],
    ["C: 有人吗", "A: 您好，我在的，{shop}很高兴为您服务，请问有什么需要帮忙的？"],
    ["C: [图片]", "A: 您好亲，这里是{shop}客服，请问有什么可以为您效劳的？"],
]

MT_OPEN = [
    ["S: [订单卡片] 美团外卖 | {shop}", "C: 在吗",
     "A: 您好，{shop}客服为您服务，请问有什么可以帮您？"],
    ["C: 你好", "A: 您好，欢迎光临{shop}，请问有什么可以帮您的？"],
    ["C: 老板在吗", "A: 亲，您好呀，{shop}在线，请问有什么可以帮您？"],
    ["S: [订单卡片] 订单尾号 4417 | {shop}", "C: 您好",
     "A: 您好，这里是{shop}，很高兴为您服务，请问您需要什么帮助？"],
    ["C: 店家", "A: 您好亲亲，{shop}客服在的，请问有什么可以帮到您？"],
]

MT_PLATFORM_OPEN = [
    ["S: 您已接入美团外卖在线客服", "C: 人工",
     "A: 您好，美团外卖客服小团很高兴为您服务，请问有什么可以帮您？"],
    ["S: [订单卡片] 美团外卖 | {shop} | 订单详情", "C: 转人工",
     "A: 您好，我是美团外卖客服，请问有什么可以帮您？"],
]

JD_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您对本店的支持，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没了", "A: 好的，感谢您的耐心，期待再次为您服务，再见！"],
    ["A: 您看还有其他需要帮忙的吗？", "C: 暂时没有 谢谢你", "A: 不用客气哈，感谢光临，祝您购物愉快，再见～"],
    ["A: 请问还有其他疑问吗？", "C: 没有啦", "A: 好的亲，感谢您的理解与支持，再见～"],
]

MT_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的理解，祝您用餐愉快，再见～"],
    ["A: 亲亲还有别的问题吗？", "C: 没了 谢谢", "A: 不客气呢，感谢您的耐心，欢迎下次光临，再见😊"],
    ["A: 您还有其他需要帮忙处理的吗？", "C: 就这些", "A: 好的，感谢您的支持，祝您生活愉快，再见！"],
    ["A: 请问还有其他问题需要咨询吗？", "C: 没有了谢谢啦", "A: 不客气哈，感谢您的支持，期待再次为您服务，再见～"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，{n}号客服很高兴为您服务，请问您有什么需要？",
    "A: 您好，{co}服务热线，我是{n}号，请问有什么可以帮到您？",
    "A: 您好，感谢致电{co}，{n}号客服为您服务，请问您要咨询什么？",
]

CALL_CLOSE = [
    ["A: 请问还有别的需要帮您的吗？", "C: 没了", "A: 好的，感谢您的来电，祝您生活顺利，再见！", "C: 嗯 拜拜"],
    ["A: 您看还有其他问题吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有什么要咨询的吗？", "C: 没有了 就这个事", "A: 好的，感谢您来电，再见！", "C: 好 再见"],
    ["A: 请问还有其他需要办理的吗？", "C: 不用了 谢谢", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
ASR_LIGHT = re.compile(r"[。！～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "就是", ""]


def asr(text, mode, filler):
  if mode == "punct":       # engine output with commas and question marks kept
    text = ASR_LIGHT.sub("，", text).strip("，")
  else:
    text = ASR_STRIP.sub(" ", text).strip()
  if mode == "spaced":
    text = " ".join(ch for ch in text.replace(" ", ""))
  if filler:
    text = filler + (" " if mode != "punct" else "，") + text
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
    if plat == "meituan":
      shops, opens, closes = MT_SHOPS, (MT_PLATFORM_OPEN if o.get("mtp") else MT_OPEN), MT_CLOSE
    else:
      shops, opens, closes = JD_SHOPS, JD_OPEN, JD_CLOSE
    shop = o.get("shop", shops[idx % len(shops)])
    k_open = o.get("oi", idx) % len(opens)
    k_close = o.get("ci", idx) % len(closes)
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[k_open]]
    post = [] if o.get("close") is False else [l.format(shop=shop) for l in closes[k_close]]
    all_lines = pre + [l.replace("{shop}", shop) for l in lines] + post
    if o.get("fw"):
      all_lines = [full_width(l) if LINE_HEAD.match(l) and LINE_HEAD.match(l).group(1)[-2] in "AC" else l
                   for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co", "顺捷快递")
  n = o.get("n", str(3100 + idx * 53 % 800))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("oi", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("ci", idx) % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  mode = o.get("asr", "plain")
  if mode:
    out = []
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(1).rstrip(":").split("/")[0].split("=")[0].strip(" +~0123456789.") == "C":
        filler = FILLERS[(idx + sum(map(ord, m.group(2)))) % len(FILLERS)]
        if m.group(2).startswith(("嗯", "呃", "喂", "那个")):
          filler = ""
      out.append(m.group(1) + " " + asr(m.group(2), mode, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
