"""Item notation of round 40 and the wrappers written for it.

The notation is the one of round 18 (mechanics reused): an item is one
conversation body written once for both twins; inside a line
`[violating||compliant]` picks the variant's text (also a gap or a speaking
rate: `[+200||+9] A: ...`, `A/[8.5||3.5]: ...`, or an event line
`[!wait 95||!wait 40]`); a line starting `V>` exists only in the violating
twin, `K>` only in the compliant one. An option given as `Pair(bad, good)`
differs between the twins in the same way (e.g. who hangs up).
The line format itself is ../conv_model.py. Openings and endings below were
written for this round and rotate so the wrapper is varied and compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts): violating/compliant pairs
NEAR = []       # near-misses: compliant only

PICK = re.compile(r"\[(.*?)\|\|(.*?)\]", re.S)


class Pair:
  def __init__(self, bad, good):
    self.bad, self.good = bad, good


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


def opt(o, key, default, bad):
  v = o.get(key, default)
  if isinstance(v, Pair):
    return v.bad if bad else v.good
  return v


# ---- shop chats ------------------------------------------------------------

SHOPS = {
    "taobao": ["织里童装小铺", "暖山羽绒旗舰店", "青柚美妆", "木子家纺", "拾月女装", "野径户外"],
    "jd": ["鲸选家电自营专区", "匠厨小家电旗舰店", "书香阁图书专营店", "极客数码专营店", "安居净水旗舰店"],
    "pinduoduo": ["果园直发生鲜", "好运日用百货", "小蜜蜂文具", "乡味土特产", "简约收纳馆"],
    "douyin": ["阿梨的衣橱", "轻盈小食铺", "暖冬护具官方店", "星河饰品", "元气茶饮"],
    "meituan": ["张记砂锅（建设路店）", "湘味小馆", "老王家麻辣烫", "禾丰轻食", "川香冒菜"],
    "eleme": ["粥鼎记", "阿婆汤包", "蜀九香串串", "一口鲜水饺"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢，您好，欢迎光临{shop}，很高兴为您服务，请问有什么可以帮到您？"],
    ["C: 你好 问个问题", "A: 您好，{shop}客服小芸在线，请问有什么可以帮您的呢？"],
    ["C: 客服在吗？？", "A: 亲，您好呀，欢迎来到{shop}，请问您想了解点什么呢？😊"],
    ["S: 顾客通过商品详情页进入会话", "C: hello", "A: 您好，我是{shop}的客服阿晴，很高兴为您服务，您想咨询什么尽管说～"],
    ["C: 在吗在吗", "A: 亲亲您好，{shop}欢迎您，请问有什么需要帮忙的吗？"],
    ["S: [订单卡片] 订单编号 2610****7731｜已发货", "C: 客服", "A: 您好，欢迎光临{shop}，我是客服小鹿，请问这边有什么可以帮您处理的？"],
    ["C: 有人没", "A: 您好，在的哦～这里是{shop}，请问有什么可以为您效劳的？"],
]

CHAT_CLOSE = [
    ["A: 请问您还有其他想了解的吗？", "C: 没了 谢谢", "A: 不客气哈，感谢您光临{shop}，祝您生活愉快，再见～"],
    ["A: 亲，还有什么需要我帮忙的吗？", "C: 没有了，谢啦", "A: 不用谢呢，感谢您的支持，期待您下次光临，再见🌷"],
    ["A: 还有其它问题需要咨询吗亲？", "C: 没有", "A: 好的呢，感谢您的惠顾，祝您购物愉快，再见！"],
    ["A: 您看还有别的问题吗？", "C: 暂时没有了 谢谢你", "A: 应该的呢，很高兴为您服务，感谢光临，再见哦～"],
    ["A: 请问还有其他可以为您效劳的吗？", "C: 木有了", "A: 好的，感谢您对{shop}的支持，祝您天天开心，再见！"],
    ["A: 亲亲，请问还有其他疑问吗？", "C: 没啦 谢谢客服", "A: 不客气的亲，感谢您的光临，欢迎常来，再见～"],
]

FOOD_OPEN = [
    ["C: 商家在吗", "A: 您好，{shop}在的，很高兴为您服务，请问您的订单有什么需要帮忙的吗？"],
    ["S: [订单] {shop} · 预计送达 12:35", "C: 老板在不", "A: 您好亲，这里是{shop}，请问有什么可以帮您？"],
    ["C: 你好", "A: 您好，欢迎光临{shop}，请问有什么可以帮到您的呢？"],
    ["C: 在吗？", "A: 在的亲，{shop}客服为您服务，请问有什么问题呢？"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没了 谢谢", "A: 不客气，感谢您的惠顾，祝您用餐愉快，再见～"],
    ["A: 亲，还有别的问题吗？", "C: 没有了", "A: 好的，感谢您光顾{shop}，期待您下次再来，再见！"],
    ["A: 您看还有其他需要处理的吗？", "C: 没了 辛苦啦", "A: 不辛苦，应该的，感谢您的支持，祝您用餐愉快，再见😊"],
]

# ---- hotline calls -----------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，{n}号客服很高兴为您服务，请问您需要什么帮助？",
    "A: 您好，欢迎致电{co}，我是{n}号话务员，请问有什么可以帮您？",
    "A: 您好，{co}服务中心，我是{n}号，很高兴为您服务，请问有什么能帮到您？",
    "A: 您好，感谢致电{co}，{n}号客服为您服务，请问您要办理什么业务？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 请问您还有别的问题吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有什么可以帮到您的吗？", "C: 就这些了", "A: 好的，感谢您的来电，祝您心情愉快，再见！", "C: 拜拜"],
    ["A: 您看还有其他需要咨询的吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 请问还有其他事情需要我帮忙吗？", "C: 没有啦 谢谢", "A: 不客气，感谢您致电{co}，祝您生活愉快，再见！", "C: 再见"],
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
  if kind in ("chat", "food"):
    shop = o.get("shop", SHOPS[plat][idx % len(SHOPS[plat])])
    opens, closes = (FOOD_OPEN, FOOD_CLOSE) if kind == "food" else (CHAT_OPEN, CHAT_CLOSE)
    op = o.get("op", idx % len(opens))
    cl = o.get("cl", (idx * 5 + 1) % len(closes))
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[op]]
    post = [] if o.get("close") is False else [l.format(shop=shop) for l in closes[cl]]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if LINE_HEAD.match(l) and not l.lstrip("+~0123456789. ").startswith("S") else l
                   for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"), agent=o.get("agent"))
  co = o.get("co", "城安燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  op = o.get("op", idx % len(CALL_OPEN))
  cl = o.get("cl", (idx * 3 + 2) % len(CALL_CLOSE))
  pre = [] if o.get("open") is False else [CALL_OPEN[op].format(co=co, n=n)]
  post = [] if o.get("close") is False else [l.format(co=co) for l in CALL_CLOSE[cl]]
  all_lines = pre + lines + post
  mode = o.get("asr")
  if mode:
    spaced = mode == "spaced"
    out, k = [], 0
    for l in all_lines:
      m = LINE_HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = ["嗯", "那个", "呃", "", "就是"][k % 5]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  if o.get("trad"):
    all_lines = to_traditional(all_lines)
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=opt(o, "rings", 1, bad), hangup=opt(o, "hangup", "customer", bad),
                         timed=o.get("timed", True), agent=o.get("agent"))
