"""Item notation of round 19 and the wrappers around each item.

The mechanics (item notation, the speech-recognition, traditional and
full-width forms) follow round 18's; the openings, endings and every item are
new. An item is one conversation body written once for both twins: inside a
line `[violating||compliant]` picks the variant's text (also a gap, a rate or
an event line); a line starting `V>` exists only in the violating twin, `K>`
only in the compliant one. The line format itself is ../conv_model.py.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts): violating/twin pairs
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

SHOPS = ["禾木居家日用", "小蓝鲸母婴", "橙光数码配件", "山野茶舍", "栗子服饰", "知味零食铺",
         "阿宁手作皮具", "晴川户外", "柚子美妆小铺", "青石五金工具", "米粒童鞋", "朝夕家纺"]
NICK = ["小满", "阿柚", "小橙", "晓棠", "豆豆", "阿青", "小鹿"]

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，欢迎光临{shop}，我是客服{nick}，很高兴为您服务，请问有什么可以帮您？"],
    ["C: 亲 问个事", "A: 亲亲您好～{shop}客服在线，请问有什么可以帮到您呢？"],
    ["S: [订单] 编号 3107********6652 待发货", "C: 客服你好", "A: 您好亲，这里是{shop}，很高兴为您服务，请问有什么可以帮您的呢？🌷"],
    ["C: hello", "A: 您好呀～欢迎光临{shop}，请问有什么需要帮忙的吗？"],
    ["C: 有人没", "A: 亲，您好！{shop}客服{nick}为您服务，请问您想咨询点什么呢？"],
    ["S: [系统] 顾客从商品页进入会话", "C: 你好", "A: 您好，欢迎来到{shop}，我是{nick}，请问需要我帮您看点什么？"],
]

CHAT_CLOSE = [
    ["A: 亲，请问还有其他需要帮忙的吗？", "C: 没了 谢啦", "A: 不客气哦～感谢您的支持，祝您生活愉快，再见！"],
    ["A: 请问还有别的问题要咨询吗？", "C: 没有了", "A: 好的亲，感谢光临，期待下次为您服务，再见～"],
    ["A: 您这边还有其他想了解的吗？", "C: 暂时没了 谢谢", "A: 不用客气呀，欢迎常来逛逛，再见😊"],
    ["A: 亲亲还有什么可以帮您的吗？", "C: 没事了", "A: 好嘞，祝您购物愉快，有需要随时找我们，再见～"],
    ["A: 还有其他需要了解的地方吗亲？", "C: 没有啦 谢谢客服", "A: 应该的亲，感谢您的光临，再见啦～"],
]

# ---- call wrappers -------------------------------------------------------

COMPANIES = ["安禾燃气", "清源自来水", "速达快运", "美居家电售后", "云桥宽带", "恒信物业",
             "鲜达生鲜配送", "康宁乳业", "南城供电", "小象家政"]

CALL_OPEN = [
    "A: 您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，感谢致电{co}，工号{n}，很高兴为您服务，请问您要办理什么业务？",
    "A: 您好，{co}服务热线，我是{n}号客服，请问有什么需要帮忙的？",
    "A: 您好，这里是{co}，{n}号坐席很高兴为您服务，请问您遇到了什么问题？",
]

CALL_CLOSE = [
    ["A: 请问还有别的需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 拜拜"],
    ["A: 请问您还有其他想咨询的吗？", "C: 就这些 谢谢啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 还有什么其他问题我可以帮您解答的吗？", "C: 没了", "A: 好的，谢谢您的来电，祝您生活顺心，再见！", "C: 好 再见"],
    ["A: 请问还有其他事情需要办理吗？", "C: 没有了 麻烦你了", "A: 不麻烦，应该的，感谢您的来电，再见！"],
]

# the hotline a call goes to, picked from what the caller talks about
TOPICS = [
    ("小象家政", ("家政", "保洁", "小姑娘你声音")),
    ("美居家电售后", ("空调", "冰箱", "洗衣机", "热水器", "洗碗机", "净水器", "榨汁机", "燃气灶保修", "充电桩")),
    ("安禾燃气", ("燃气", "天然气")),
    ("清源自来水", ("水表", "停水", "水费", "用水", "水管", "来水")),
    ("南城供电", ("电费", "停电", "电表", "用电", "不停电")),
    ("云桥宽带", ("宽带", "网速", "网费", "路由器", "话费", "提速")),
    ("速达快运", ("快递", "包裹", "寄")),
    ("恒信物业", ("物业", "门禁", "天花板", "房号")),
    ("康宁乳业", ("牛奶", "酸奶", "鲜奶")),
    ("鲜达生鲜配送", ("橙子", "菜", "配送")),
]


def company_for(body, idx):
  for co, words in TOPICS:
    if any(w in body for w in words):
      return co
  return COMPANIES[idx % len(COMPANIES)]


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
    nick = NICK[idx % len(NICK)]
    pre = [] if o.get("open") is False else [l.format(shop=shop, nick=nick) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"))
  co = o.get("co") or company_for(body, idx)
  n = o.get("n", str(1000 + idx * 53 % 8000))
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
