"""Item notation of round 36 and the wrappers put around each item.

One body is written for both twins. Inside a line `[[violating||compliant]]`
picks the variant's text (also usable for a gap or a rate: `[[+240||+2]] A: ...`,
`A/[[7||3.5]]: ...`); a line starting `V>` exists only in the violating twin,
`K>` only in the compliant one. An option may also be a pair `(violating,
compliant)` (rings, hangup, started). The line format is ../conv_model.py.
Openings and endings below are written for this round and rotated, so the
wrapper is itself varied and compliant.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []   # violating/twin pairs: (kind, platform, expect, reason, body, opts)
NEAR = []    # near-misses, compliant only

PICK = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]", re.S)


def V(kind, plat, expect, reason, body, **opts):
  ITEMS.append((kind, plat, expect, reason, body, opts))


def K(kind, plat, reason, body, **opts):
  NEAR.append((kind, plat, "", reason, body, opts))


def pick(value, bad):
  if isinstance(value, tuple):
    return value[0] if bad else value[1]
  return value


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
    "taobao": ["木棉家纺旗舰店", "栗子厨房小电", "半夏女装", "野山茶叶铺", "橘灯家居"],
    "jd": ["极光数码专营店", "安和母婴旗舰店", "北辰家电专卖店", "青柠运动专营店"],
    "pinduoduo": ["阿福日用百货", "小满零食铺", "禾田农家特产", "优衣坊女装"],
    "douyin": ["柚子美妆小店", "森屿香氛", "大鱼户外", "甜心童装"],
    "meituan": ["老街牛肉面", "阿香米线", "一品小炒"],
    "eleme": ["椰林奶茶站", "川味小馆", "稻香盒饭"],
}
NICKS = ["小棠", "阿梨", "豆豆", "七七", "小鹿", "橙子", "木木", "小苒"]

CHAT_OPEN = [
    ["C: 在么", "A: 在的呢，欢迎光临{shop}，我是客服{nick}，请问有什么可以帮您？"],
    ["C: 您好 想问一下", "A: 您好呀，{shop}客服{nick}为您服务，请问想了解哪方面呢？"],
    ["C: 人呢", "A: 亲亲在的～{shop}欢迎您，有什么需要帮忙的请尽管说呢"],
    ["S: 【订单卡片】订单编号 {order} · {state}", "C: 客服在不在", "A: 您好，这里是{shop}，{nick}在线为您服务，请问遇到什么问题了？"],
    ["C: hello", "A: 您好，欢迎光临{shop}😊 我是{nick}，请问有什么可以为您效劳的？"],
    ["C: 在吗在吗", "A: 在的亲，欢迎光临{shop}", "A: 我是客服{nick}，请问有什么可以帮您？"],
    ["S: 【商品卡片】{goods}", "C: 你好", "A: 您好，{shop}欢迎您，我是{nick}，这款有什么想问的都可以问我呢"],
]
FOOD_OPEN = [
    ["S: 【订单卡片】外卖订单 {order} · {state}", "C: 在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问订单有什么问题吗？"],
    ["C: 老板在吗", "A: 在的，您好，{shop}为您服务，请问有什么可以帮您？"],
    ["C: 你好", "A: 您好，欢迎光临{shop}，请问有什么需要帮忙的吗？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要我帮忙的吗？", "C: 没了 谢谢啊", "A: 不客气呢，感谢您光临{shop}，祝您生活愉快，再见～"],
    ["A: 亲，您看还有别的问题要问吗？", "C: 没有了", "A: 好的呢，期待您下次光临，再见😊"],
    ["A: 还有什么可以帮到您的吗？", "C: 暂时没有 谢了", "A: 不用客气，感谢您的支持，祝您购物愉快，再见！"],
    ["A: 亲亲还有其他想了解的吗？", "C: 没啦", "A: 好嘞，那不打扰您了，感谢光临，欢迎再来，再见～"],
    ["A: 请问还有别的需要咨询的吗？", "C: 没有了 就这些", "A: 好的，感谢您的光临，有需要随时来找我们，再见～"],
]
FOOD_CLOSE = [
    ["A: 请问还有其他能帮您的吗？", "C: 没了", "A: 好的，感谢您的惠顾，祝您用餐愉快，再见～"],
    ["A: 您看还有别的问题吗？", "C: 没有了 谢谢", "A: 不客气，感谢您光顾{shop}，期待您下次光临，再见！"],
]

GOODS = {
    "taobao": "四件套 纯棉 1.8米床", "jd": "蓝牙耳机 降噪版", "pinduoduo": "收纳箱 三个装",
    "douyin": "氨基酸洁面乳 120g", "meituan": "招牌牛肉面", "eleme": "杨枝甘露 大杯",
}
STATES = ["已付款", "已发货", "待发货", "已签收", "配送中"]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务热线，{n}号为您服务，请问您遇到什么问题了？",
    "A: 您好，{co}，我是{n}号客服代表，请问有什么能帮到您？",
    "A: 您好，欢迎致电{co}，{n}号话务员很高兴为您服务，请问您需要咨询什么？",
    "A: 您好，{co}售后热线，我是{n}号，请问有什么可以帮您？",
]

CALL_CLOSE = [
    ["A: 刚才说的这些您都清楚了吗？", "C: 清楚了", "A: 请问还有其他需要帮您的吗？", "C: 没有了",
     "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 我刚才的说明您还有不明白的地方吗？", "C: 没有 明白了 谢谢", "A: 不客气，这是我们应该做的。请问还有别的可以帮您吗？",
     "C: 没了", "A: 感谢您的来电，再见！"],
    ["A: 这样处理您看清楚吗？", "C: 清楚", "A: 您还有其他需要咨询的吗？", "C: 没有了 辛苦了",
     "A: 不辛苦，应该的，感谢您的来电，再见！"],
    ["A: 以上的安排您都听明白了吗？", "C: 明白", "A: 请问还有什么可以帮您的吗？", "C: 没有了 就这事",
     "A: 好的，谢谢您的来电，祝您一切顺利，再见！", "C: 嗯 拜拜"],
]

COMPANIES = ["城东燃气", "清源自来水", "南城供电", "畅联宽带", "迅达快递", "美宜家电", "和园物业",
             "安心家政", "鲜丰生鲜", "康途健身", "禾苗驾校", "路路通租车"]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"…（）()]+")


def asr(text, spaced, filler):
  text = ASR_STRIP.sub(" ", text).strip()
  if spaced:
    text = " ".join(ch for ch in text.replace(" ", ""))
  if filler:
    text = filler + " " + text
  return re.sub(r"\s+", " ", text).strip()


def to_traditional(lines):
  out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input="\n".join(lines),
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def full_width(line):
  m = HEAD.match(line)
  if not m or line.lstrip("+~0123456789. ")[:1] == "S":
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def started_for(idx, kind):
  day = 2 + idx * 7 % 27          # 2..28 November 2026: no public holiday
  hour = [9, 10, 11, 14, 15, 16, 19, 20][idx % 8]
  minute = idx * 13 % 60
  return f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:00+08:00"


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  started = pick(o.get("started"), bad) or started_for(idx, kind)
  agent = o.get("agent")
  if kind == "chat":
    food = plat in ("meituan", "eleme")
    shops = SHOPS.get(plat, SHOPS["taobao"])
    shop = o.get("shop", shops[idx % len(shops)])
    fmt = dict(shop=shop, nick=NICKS[idx % len(NICKS)], order=f"{2611 + idx}****{idx * 37 % 100:02d}{idx % 10}",
               state=o.get("state", "已付款"), goods=o.get("goods", "已发送商品链接"))
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(**fmt) for l in opens[o.get("o", idx) % len(opens)]]
    post = [] if o.get("close") is False else [l.format(**fmt) for l in closes[o.get("c", idx) % len(closes)]]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=started, agent=agent)
  co = o.get("co", COMPANIES[idx % len(COMPANIES)])
  n = o.get("n", str(1000 + idx * 389 % 9000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("o", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("c", idx) % len(CALL_CLOSE)]
  all_lines = [l.replace("{co}", co).replace("{n}", n) for l in pre + lines + post]
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        filler = ["嗯", "那个", "呃", ""][sum(map(ord, m.group(2))) % 4]   # fixed per line, same in both twins
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=started,
                         rings=pick(o.get("rings", 1), bad), hangup=pick(o.get("hangup", "customer"), bad),
                         timed=o.get("timed", True), agent=agent)
