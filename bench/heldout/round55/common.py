"""Item notation of round 55 and the wrappers around each item.

The notation is round 18's: an item is one conversation body written once for
both twins; inside a line `[violating||compliant]` picks the variant's text
(also a gap, a speaking rate or an event: `[+200||+2] A: ...`,
`A/[9||3.5]: ...`, `[!wait 95||!wait 40]`); a line starting `V>` exists only in
the violating twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. Openings and endings below were written for this round and
are rotated so the wrapper is varied and itself compliant.
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


# ---- chat wrappers (written for round 55) -----------------------------------

SHOPS = {
    "taobao": ["橘子洲头女装", "木槿家纺", "小蜗牛母婴", "江南茶舍", "清溪数码配件", "原野户外"],
    "jd": ["格致家电专营店", "禾光厨具旗舰店", "星途数码专营店", "安睡寝具旗舰店", "悦读图书专营店"],
    "pinduoduo": ["好运来百货", "田园果蔬直发", "阿福日用", "暖阳家居小铺", "实惠鞋服"],
    "douyin": ["麦穗美妆小店", "晚风服饰", "小野运动", "甜心零食铺", "拾壹家居"],
    "meituan": ["外卖客服中心"],
    "eleme": ["外卖平台客服"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎来到{shop}，我是客服阿青，请问有什么可以帮您？"],
    ["C: 老板在吗", "A: 亲，您好呀，{shop}为您服务，想了解点什么呢？我马上帮您查询～"],
    ["S: [商品链接] {shop} 热销款", "C: 咨询一下", "A: 您好亲，欢迎光临{shop}，很高兴为您服务，请问想咨询什么问题呢？"],
    ["C: hello", "A: 您好，{shop}客服小樱在线，请问您需要什么帮助呢？"],
    ["S: [订单] 2612****0317 待发货", "C: 客服客服", "A: 亲亲您好，这里是{shop}，请问有什么可以为您效劳的？"],
    ["C: 你好 问个事", "A: 您好呀，欢迎光临{shop}～很高兴为您服务，请问您想咨询什么问题呢😊"],
    ["C: 在？", "A: 在的呢，您好，{shop}欢迎您，请问有什么需要帮忙的？"],
]

FOOD_OPEN = [
    ["S: [订单卡片] 订单尾号 6027 已送达", "C: 人工客服", "A: 您好，外卖平台客服小夏为您服务，请问有什么可以帮您？"],
    ["C: 转人工", "A: 您好，我是平台客服阿满，很高兴为您服务，请问遇到什么问题了呢？"],
]

CHAT_CLOSE = [
    ["A: 请问还有别的问题需要帮您处理吗？", "C: 没了 谢啦", "A: 不客气呢，感谢您对{shop}的支持，祝您生活愉快，再见～"],
    ["A: 亲，您还有其他想咨询的吗？", "C: 没有了", "A: 好的呢，感谢您的光临，期待下次再为您服务，再见😊"],
    ["A: 请问还有其他需要吗？", "C: 好了 就这些 谢谢", "A: 不用谢呢，应该的，祝您购物愉快，再见～"],
    ["A: 其他方面还有需要帮忙的地方吗？", "C: 没啦", "A: 好的，感谢您的惠顾，有需要随时找我们，再见！"],
    ["A: 亲亲还有别的疑问吗？", "C: 没了，辛苦", "A: 不辛苦，这是应该的，感谢您的光临，祝您天天开心，再见～"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了 谢谢", "A: 不客气，祝您用餐愉快，再见～"],
    ["A: 您看还有别的问题需要处理吗？", "C: 没了", "A: 好的，感谢您的耐心，祝您生活愉快，再见！"],
]

# ---- call wrappers (written for round 55) -----------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，工号{n}，很高兴为您服务，请问您需要办理什么？",
    "A: 您好，欢迎致电{co}，我是{n}号客服，请问有什么能帮到您？",
    "A: 您好，{co}服务热线，{n}号客服很高兴为您服务，请问有什么需要帮您？",
]

CALL_CLOSE = [
    ["A: 请问您还有其他需要帮忙的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 再见"],
    ["A: 请问还有别的问题需要咨询吗？", "C: 没了 谢谢你啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有其他事情需要帮您处理吗？", "C: 没有了 就这事", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 嗯好 拜拜"],
    ["A: 请问还有其他可以帮到您的吗？", "C: 没了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
]

COMPANIES = ["江城水务", "明川燃气", "宁州供电", "云帆宽带", "畅联通信", "速达快递", "顺捷物流",
             "美厨电器售后", "冰川空调售后", "安居物业", "禾润乳业", "悦家家政"]

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


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    food = plat in ("meituan", "eleme")
    shops = SHOPS.get(plat, SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[(idx + o.get("rot", 0)) % len(opens)]]
    post = [] if o.get("close") is False else [l.format(shop=shop) for l in closes[(idx * 3 + o.get("rot", 0)) % len(closes)]]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co", COMPANIES[idx % len(COMPANIES)])
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[(idx + o.get("rot", 0)) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[(idx * 3 + o.get("rot", 0)) % len(CALL_CLOSE)]
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
        filler = ["嗯", "那个", "", "呃", ""][k % 5]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
