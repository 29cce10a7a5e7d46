"""Item notation of round 23 and the wrappers around each item.

The notation is round 18's: an item is one conversation body written once for
both twins; inside a line `[violating||compliant]` picks the variant's text
(also usable for a gap, e.g. `[+200||+3] A: ...`, or a rate `A/[9||3.5]:`);
a line starting `V>` exists only in the violating twin, `K>` only in the
compliant one. The line format itself is ../conv_model.py. The openings and
endings below are this round's own, rotated so the wrapper is varied and
itself compliant.
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
    "taobao": ["织梦家纺", "橙子母婴", "木棉花开女装", "青山茶舍", "小米粒零食铺", "北纬户外"],
    "jd": ["森林厨电自营", "锐科数码专营店", "安睡床品", "优格运动", "华光灯饰", "乐学文具"],
    "pinduoduo": ["好运百货", "田园果园直发", "暖冬棉品", "阿福日用", "甜心小铺", "晨光家居"],
    "douyin": ["花间美妆", "牛牛零食", "小满童装", "一口鲜海味", "山野茶", "初晴女装"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢亲，这里是{shop}，很高兴为您服务，请问想了解哪方面呀？"],
    ["C: 客服客服", "A: 亲您好，{shop}客服小橙为您服务，请问有什么需要帮忙的吗？"],
    ["C: hello", "A: 您好呀，欢迎来到{shop}，请问有什么可以帮到您呢？"],
    ["S: [订单卡片] 订单编号 3302********417 | 待发货 | {shop}", "C: 在吗在吗",
     "A: 亲亲您好，{shop}客服在线，请问有什么可以为您效劳的？"],
    ["C: 有人没", "A: 您好，欢迎光临{shop}，我是客服阿禾，很高兴为您服务，请问想咨询点什么？"],
    ["C: [表情]", "A: 您好亲，欢迎光临{shop}，有什么可以帮您的吗？"],
    ["C: 你好 请问下", "A: 您好～{shop}很高兴为您服务，请问您想咨询什么问题呢？"],
    ["S: [商品卡片] {shop} 店铺热卖", "C: 老板在吗", "A: 您好，{shop}客服在的，请问有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮忙的吗？", "C: 没了 谢啦", "A: 不客气的亲，感谢您的惠顾，祝您购物开心，再见～"],
    ["A: 亲，您看还有别的想了解的吗？", "C: 没有了哈 谢谢", "A: 应该的呢，欢迎常来逛逛，再见～"],
    ["A: 请问还有什么可以帮您的呢？", "C: 没有了", "A: 好的亲，感谢您的光临，期待下次为您服务，再见！"],
    ["A: 还有其他问题需要我帮您看看吗？", "C: 暂时没有 谢谢你", "A: 不用客气，很高兴为您服务，祝您生活愉快，再见😊"],
    ["A: 亲亲还有其他疑问吗？", "C: 莫得了 多谢", "A: 不用谢呀，感谢光临小店，再见～"],
    ["A: 请问还需要了解其他的吗？", "C: 不用了 谢谢哈", "A: 不客气呢亲，感谢支持，祝您一切顺利，再见！"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客户服务中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}热线，{n}号客服为您服务，请问有什么可以帮您的？",
    "A: 上午好，{co}售后服务，我是{n}号，请问有什么能帮到您？",
    "A: 您好，欢迎致电{co}，工号{n}为您服务，请问您需要咨询什么？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活顺利，再见！", "C: 好的再见"],
    ["A: 请问您还有别的问题要咨询吗？", "C: 没了 谢谢你啊", "A: 不客气，这是我应该做的，感谢您的来电，再见！"],
    ["A: 请问还有什么可以帮您？", "C: 就这些了", "A: 好的，感谢您的来电，祝您一天愉快，再见！", "C: 嗯 拜拜"],
    ["A: 您还有其他需要了解的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的来电，再见！"],
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


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shops = SHOPS.get(plat, SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co", "城北燃气")
  n = o.get("n", str(1000 + idx * 53 % 900))
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
        filler = ["呃", "", "那个", "嗯"][k % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
