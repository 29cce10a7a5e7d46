"""Item notation of round 32 and the wrappers around each item.

The notation is round 18's: an item is one conversation body written once for
both twins; inside a line `[violating||compliant]` picks the variant's text
(also usable for a gap, e.g. `[+45||+2] A: ...`); a line starting `V>` exists
only in the violating twin, `K>` only in the compliant one. The line format
itself is ../conv_model.py. Openings and endings (written for this round) are
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

SHOPS = {
    "jd": ["悦享生活京东专营店", "百汇优品京东店", "好物集京东旗舰店", "安心购京东专卖店", "东篱家居日用京东店"],
    "meituan": ["老街坊牛肉面（建设路店）", "半亩田轻食", "一品鲜水饺馆", "阿香米线（大学城店）",
                "蜀味小厨川菜馆", "粥掌柜（万达店）"],
    "taobao": ["青岚生活馆", "桃子小铺", "悠然百货", "简木优选"],
    "pinduoduo": ["惠家日用百货", "好物优选店", "万家生活馆"],
    "douyin": ["柚子家居好物", "小满生活好物", "乐选好物小店"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢，您好，这里是{shop}，我是客服小桃，请问有什么可以帮到您？"],
    ["C: 您好", "A: 您好～欢迎来到{shop}，很高兴为您服务，请问想咨询点什么呢？"],
    ["C: 客服在吗？", "A: 您好呀，欢迎光临{shop}，请问有什么需要帮忙的吗？🌷"],
    ["S: [订单卡片] 订单号 3108******7725 | {shop}", "C: 你好 问下这个订单",
     "A: 您好，{shop}客服为您服务，请问订单这边需要帮您看点什么？"],
    ["C: hello", "A: 您好，欢迎光临{shop}，客服阿远在线，请问有什么可以帮您的呢？"],
    ["S: [商品卡片] {shop} · 到手价见页面", "C: 有人吗",
     "A: 亲，您好，欢迎光临{shop}，很高兴为您服务，您想了解哪方面呢？"],
    ["C: 喂 在吗", "A: 在的，您好～这里是{shop}，请问有什么可以为您效劳的？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮忙的地方吗？", "C: 没了 谢谢", "A: 不客气哈，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没有了", "A: 好的呢，感谢您的支持，期待您再次光临，再见！"],
    ["A: 您还有其他想了解的吗？", "C: 暂时没有 谢谢你", "A: 不用客气的，能帮到您就好，祝您一切顺利，再见呀～"],
    ["A: 请问还有什么可以为您效劳的吗？", "C: 没啦", "A: 好的，感谢您的耐心，有需要随时找我们，再见🌹"],
    ["A: 还有其他可以帮到您的吗？", "C: 没有了 辛苦", "A: 不辛苦，应该的～感谢光临，祝您生活愉快，再见！"],
    ["A: 亲亲，请问还有其它问题吗？", "C: 没了 谢啦", "A: 不客气呢，很高兴为您服务，欢迎下次光临，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，{n}号客服为您服务，请问您需要办理什么业务？",
    "A: 您好，{co}服务中心，我是{n}号，请问有什么能够帮您的吗？",
    "A: 您好，感谢致电{co}，工号{n}为您服务，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 您看还有其他需要帮忙的吗？", "C: 没有了 就这事", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 好 拜拜"],
    ["A: 请问还有什么能够帮您的吗？", "C: 没有啦 谢谢", "A: 不客气，感谢您的来电，再见！"],
]

OUT_OPEN = "A: 您好，我是{co}的回访专员，工号{n}，请问现在方便占用您两分钟吗？"
OUT_CLOSE = ["A: 请问您还有其他需要反馈的吗？", "C: 没有了", "A: 好的，感谢您的接听和配合，打扰了，祝您生活愉快，再见！", "C: 再见"]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"…]+")


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
  if not m:
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shops = SHOPS.get(plat or "meituan", SHOPS["meituan"])
    shop = o.get("shop", shops[idx % len(shops)])
    opening = o.get("opening", idx % len(CHAT_OPEN))
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[opening]]
    post = [] if o.get("close") is False else CHAT_CLOSE[o.get("closing", idx % len(CHAT_CLOSE))]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l.lstrip("+~0123456789. ")[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co", "安居燃气")
  n = o.get("n", str(3100 + idx * 53 % 800))
  if o.get("direction") == "outbound":
    pre = [] if o.get("open") is False else [OUT_OPEN.format(co=co, n=n)]
    post = [] if o.get("close") is False else OUT_CLOSE
  else:
    pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
    post = [] if o.get("close") is False else CALL_CLOSE[o.get("closing", idx % len(CALL_CLOSE))]
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
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
