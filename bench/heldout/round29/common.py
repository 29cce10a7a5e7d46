"""Item notation of round 29 and the wrappers around each item.

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


# ---- chat wrappers (round 29's own) -------------------------------------

SHOPS = ["橙子家居生活馆", "远山登山装备", "糯米母婴店", "田园果蔬铺", "木子手作", "极客电器",
         "花间护肤", "跑者装备社", "毛球宠物屋", "素衣坊", "溪边茶舍", "行者旅行箱"]

CHAT_OPEN = [
    ["C: 在不在", "A: 在呢亲，这里是{shop}，有什么需要帮忙的您尽管说～"],
    ["C: 您好", "A: 您好，我是{shop}的阿橙，今天想了解点什么，我来帮您？"],
    ["S: [订单卡片] 订单号 5820**********71 待收货", "C: 客服在吗", "A: 亲亲您好，{shop}欢迎您，请问有什么可以帮您的呢？"],
    ["C: hello", "A: 您好呀，欢迎来到{shop}，请问需要帮您看点什么？🌷"],
    ["S: [商品卡片] 详情见链接 | {shop}", "C: 咨询下", "A: 您好，{shop}在线客服很乐意为您服务，请问想咨询哪方面呢？"],
]

CHAT_CLOSE = [
    ["A: 亲，请问还有别的能帮您的吗？", "C: 没了 谢啦", "A: 不客气哈，谢谢您光临小店，再见～"],
    ["A: 您还有其他想问的吗？", "C: 暂时没有", "A: 好的亲，感谢您的支持，祝您一切顺利，再见😊"],
    ["A: 还有什么需要帮您处理的吗亲？", "C: 没有了 3q", "A: 不用谢呢，感谢您的光临，再见哦～"],
    ["A: 请问还有其他事情需要帮忙吗？", "C: 木有", "A: 好嘞，祝您购物开心，欢迎再来，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客户服务中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，{co}热线，我是{n}号客服，请问您要咨询什么？",
    "A: 您好，感谢致电{co}，{n}号很乐意帮您，您这边遇到什么问题了？",
]

CALL_CLOSE = [
    ["A: 请问您还有其他需要吗？", "C: 没了", "A: 好的，感谢您的来电，祝您愉快，再见！", "C: 嗯 拜拜"],
    ["A: 还有别的事情需要帮您办理吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有其他可以帮您的吗？", "C: 就这些", "A: 好的，感谢您的来电，再见！", "C: 再见"],
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
  co = o.get("co", "安居燃气")
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
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
