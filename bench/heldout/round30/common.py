"""Item notation of round 30 and the wrappers around each item.

An item is one conversation body written once for both twins: inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap,
e.g. `[+45||+2] A: ...`); a line starting `V>` exists only in the violating
twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. Openings and endings are rotated so the wrapper is varied
and itself compliant.
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


# ---- chat wrappers (round 30's own) --------------------------------------

SHOPS = ["京选厨电自营店", "小蜂鲜果", "川味小馆（科技园店）", "星河手机专营店", "一口粥铺", "沐禾母婴京东自营",
         "老街烧烤（万达店）", "辰光家电旗舰店", "甜啦奶茶", "橙意日用百货"]

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢，欢迎光临{shop}，请问有什么可以帮您？"],
    ["S: [订单卡片] 订单号 3172********65 | 已签收", "C: 客服", "A: 您好，{shop}客服为您服务，请问遇到什么问题了呢？"],
    ["C: 你好？", "A: 亲您好，这里是{shop}，很高兴为您服务，请问需要什么帮助？"],
    ["S: 顾客从订单详情页进入会话", "C: 喂喂", "A: 您好呀～{shop}在线，有什么可以帮您的吗？🙂"],
    ["C: 有人没", "A: 亲亲您好，{shop}很高兴为您服务，请说说您的情况哈"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了", "A: 好的亲，感谢您的理解，祝您用餐愉快，再见～"],
    ["A: 亲亲还有别的问题需要处理吗？", "C: 没有 谢了", "A: 不客气哈，感谢您的支持，再见😊"],
    ["A: 您看还有其他需要帮忙的地方吗？", "C: 暂时没有", "A: 好嘞，有事随时来找我们，再见！"],
    ["A: 还有什么可以帮到您的吗？", "C: 没有了谢谢", "A: 不客气呢，祝您生活愉快，再见～"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服很高兴为您服务，请问您要办理什么业务？",
    "A: 您好，这里是{co}售后热线，我是{n}号，请问有什么需要帮助的？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 嗯 拜拜"],
    ["A: 请问您还有别的问题吗？", "C: 没了 谢谢", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么可以帮您的吗？", "C: 就这个事", "A: 好的，感谢您的来电，再见！", "C: 好 再见"],
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
  co = o.get("co", "速达外卖")
  n = o.get("n", str(2000 + idx * 37 % 900))
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
                         rings=(o["rings"][0] if bad else o["rings"][1]) if isinstance(o.get("rings"), list) else o.get("rings", 1), hangup=(o["hangup"][0] if bad else o["hangup"][1]) if isinstance(o.get("hangup"), list) else o.get("hangup", "customer"),
                         timed=o.get("timed", True))
