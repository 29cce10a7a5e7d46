"""Item notation of round 31 and the wrappers around each item.

The notation is round 18's (its mechanics reused): an item is one
conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also usable for a gap,
e.g. `[+40||+2] A: ...`, or an event line); a line starting `V>` exists only
in the violating twin, `K>` only in the compliant one. The line format itself
is ../conv_model.py. The openings and endings below are this round's own;
they are rotated so the wrapper is varied and itself compliant.
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


# ---- chat wrappers (this round's own) -------------------------------------

SHOPS = ["橘洲家纺旗舰店", "望山茶舍", "小鹿宠物生活馆", "布丁母婴专营店", "极客电脑配件", "初夏女装",
         "老街卤味", "森屿香氛", "跑跑运动户外", "一米阳光家居", "蜂巢数码", "甜筒零食铺", "青瓷厨具"]

CHAT_OPEN = [
    ["C: 亲 在不在", "A: 亲，在的呢，{shop}欢迎您～请问今天想咨询点什么？"],
    ["C: 您好 想问点事", "A: 您好，感谢光临{shop}，我是客服阿棠，请问有什么能帮您的？"],
    ["C: 客服在线吗？", "A: 在线的亲～{shop}小暖为您服务，请问有什么需要帮忙的？😊"],
    ["S: [订单卡片] 订单号 3207********95 | {shop}", "C: 你好", "A: 您好，{shop}很高兴为您服务，请问这笔订单有什么可以帮您的吗？"],
    ["C: 有人没", "A: 有的有的，您好呀，这里是{shop}，请问想了解哪方面的问题呢？"],
    ["C: 咨询一下", "A: 您好亲，欢迎来到{shop}，很高兴为您服务，您请说～"],
    ["S: [商品卡片] 详情见页面 | {shop}", "C: hi", "A: 您好，这里是{shop}客服小满，很高兴为您服务，请问有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 亲，请问还有别的问题需要帮您看看吗？", "C: 没啦 谢谢", "A: 不客气哈，感谢您对小店的支持，祝您生活愉快，再见～"],
    ["A: 还有其他想了解的吗亲？", "C: 没有了", "A: 好的呢，感谢您的光临，期待下次再为您服务，再见！"],
    ["A: 请问还有什么需要我帮忙的吗？", "C: 就这些 谢了", "A: 不用客气，很高兴能帮到您，祝您购物愉快，再见～"],
    ["A: 亲亲，您看还有其他疑问吗？", "C: 没了 谢谢你", "A: 不客气的呢，感谢您选择我们，祝您每天好心情，再见～"],
    ["A: 请问还有其他需要咨询的吗？", "C: 暂时没有", "A: 好的亲，感谢您的耐心，欢迎随时再来，再见😊"],
    ["A: 您这边还有别的需要吗亲？", "C: 没了 挺好", "A: 好的，谢谢您的光临，有需要随时来找我们，再见～"],
]

# ---- call wrappers (this round's own) -------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客户服务中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务热线，我是工号{n}的客服，请问您遇到什么问题了？",
    "A: 您好，感谢致电{co}，{n}号坐席很高兴为您服务，请问有什么能帮到您？",
    "A: 您好，{co}，工号{n}，请问您需要咨询或办理什么？",
    "A: 您好，欢迎致电{co}，{n}号客服为您服务，请问您有什么需要？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 您看还有别的问题需要咨询吗？", "C: 没了", "A: 好的，感谢您的来电，再见！"],
    ["A: 请问您还有其他方面的疑问吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 请问还有什么可以为您效劳的吗？", "C: 就这个事 没别的了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 好 拜拜"],
    ["A: 请问您还有其他需要吗？", "C: 没有啦 谢谢啊", "A: 不客气，感谢您的来电，祝您愉快，再见！"],
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


HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")
FILLERS = ["嗯", "那个", "呃", "", "就是", "嗯"]


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
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"), agent=o.get("agent"))
  co = o.get("co", "城北燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
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
        filler = FILLERS[k % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent=o.get("agent"))
