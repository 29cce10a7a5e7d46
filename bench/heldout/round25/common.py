"""Item notation of round 25 and the wrappers around each item.

The mechanics follow round 18's common.py (the notation is shared so the
layout reads the same); the openings, endings and all items are new.

An item is one conversation body written once for both twins: inside a line
`[violating||compliant]` picks the variant's text (also a gap, a speaking
rate or an event: `[+45||+0.6] A: ...`); a line starting `V>` exists only in
the violating twin, `K>` only in the compliant one. The line format itself is
../conv_model.py.
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

SHOPS = ["禾木家纺", "栖山户外用品", "小鹿童装", "鲜果时光", "橙子数码", "素颜美妆",
         "跑跑运动", "毛孩子宠物", "青衫女装", "茶语轩", "行者箱包", "暖居小家电"]

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎光临{shop}，我是客服小柚，很高兴为您服务～"],
    ["C: 客服客服", "A: 亲您好，这里是{shop}，请问有什么可以帮到您呢？"],
    ["S: [系统] 顾客从商品详情页进入咨询", "C: hello", "A: 您好呀，欢迎来到{shop}，请问有什么可以帮您？🌷"],
    ["C: 你好 问下", "A: 您好，{shop}客服在线，请问您想咨询什么问题？"],
    ["S: [订单卡片] 订单编号 3907******5521 | 待发货", "C: 在吗在吗",
     "A: 亲亲在的，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 👋", "A: 您好～欢迎光临{shop}，很高兴为您服务，请问需要了解点什么？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮忙的地方吗？", "C: 没了 谢啦", "A: 不客气哦，感谢您的惠顾，祝您生活愉快，再见～"],
    ["A: 亲亲还有别的问题要咨询吗？", "C: 暂时没有", "A: 好的呢，感谢您的光临，期待下次再为您服务，再见！"],
    ["A: 您看还有别的地方需要我帮忙吗？", "C: 没有了，谢谢", "A: 不用客气，欢迎您下次光临，再见😊"],
    ["A: 请问还有其它问题吗？", "C: 没啦", "A: 好的，祝您购物愉快，感谢光临，再见～"],
    ["A: 亲还有其他想了解的吗？", "C: 就这些 多谢", "A: 应该的～感谢您对小店的支持，祝您一切顺利，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，感谢致电{co}，我是{n}号客服，请问有什么能帮到您？",
    "A: 您好，{co}热线，很高兴为您服务，我的工号是{n}，请问有什么可以帮您？",
    "A: 上午好，{co}服务热线，{n}号客服为您服务，请问有什么可以帮您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有什么需要我帮您处理的吗？", "C: 就这些了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 好嘞 拜拜"],
    ["A: 您看还有其他需要吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
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


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shop = o.get("shop", SHOPS[idx % len(SHOPS)])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", "安泰燃气")
  n = o.get("n", str(3100 + idx * 53 % 800))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = 0
    for l in all_lines:
      m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", l)
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
