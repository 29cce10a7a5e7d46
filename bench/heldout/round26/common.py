"""Item notation of round 26 and the wrappers written for it.

The notation (mechanics borrowed from round 18): an item is one conversation
body written once for both twins. Inside a line `[violating||compliant]` picks
the variant's text (also a gap, a speaking rate or an event:
`[+8||+0.7] A: ...`, `A/[9||3.5]: ...`, `[!wait 230||!wait 50]`); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant
one. `{shop}` in a body is replaced by the rotated shop name. The line format
itself (speaker, gap, rate, events) is ../conv_model.py.

The openings and endings below are this round's own; every one of them is
itself compliant (welcome that offers help, ask-more, an answer to thanks,
goodbye; calls with company and job number).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # violating/twin pairs: (kind, platform, expect, reason, body, opts)
NEAR = []       # near-misses, compliant only

PICK = re.compile(r"\[(.*?)\|\|(.*?)\]", re.S)
FOOD = ("meituan", "eleme")


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
    "taobao": ["棉语生活馆", "木子优选", "小满杂货铺", "青柠百货", "南风严选", "一禾生活"],
    "tmall": ["暖居官方旗舰店", "森野生活旗舰店", "白露旗舰店"],
    "jd": ["优品京东自营店", "星河专营店", "安家京东旗舰店", "极客生活专营店"],
    "pinduoduo": ["好运百货", "禾田优选", "小橘子生活馆", "阿福日用品", "甜心小铺"],
    "douyin": ["桃桃好物小店", "阿杰优选", "山野小店", "花间生活小店"],
    "meituan": ["老街小馆(人民路店)", "一味轩", "鲜食铺(大学城店)", "川味小炒"],
    "eleme": ["好食光(东门店)", "吉祥小厨", "快乐餐厅", "茶语轻食"],
}

CHAT_OPEN = [
    ["C: 在不在", "A: 您好，在的呢～欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 你好 问下", "A: 亲，您好！{shop}客服阿橙为您服务，请问您想咨询什么呢？"],
    ["C: hello", "A: 您好呀，这里是{shop}，很高兴为您服务，有什么可以帮您的吗？😊"],
    ["S: [订单] 编号 3108******7265 待发货 | {shop}", "C: 客服客服", "A: 亲您好，{shop}小鹿在线，请问有什么可以帮到您？"],
    ["C: 😀", "A: 您好，欢迎来到{shop}，我是客服小蓝，请问有什么需要帮忙的吗？"],
    ["S: [商品链接] 来自{shop}", "C: 亲 在吗", "A: 在的亲，您好，{shop}很高兴为您服务，请问有什么可以帮您？"],
]

FOOD_OPEN = [
    ["C: 商家在吗", "A: 您好，这里是{shop}，很高兴为您服务，请问有什么可以帮您？"],
    ["S: [订单] #27 已送达 | {shop}", "C: 老板", "A: 您好，{shop}客服在线，请问您遇到什么问题了呢？"],
    ["C: 你好", "A: 您好亲，欢迎光临{shop}，有什么可以帮您的吗？"],
]

CHAT_CLOSE = [
    ["A: 请问还有什么其他需要帮您的吗？", "C: 没了 谢了", "A: 不客气哦，感谢您对小店的支持，祝您生活愉快，再见～"],
    ["A: 亲还有其他想了解的吗？", "C: 没有", "A: 好的呢，感谢您的光临，期待下次再为您服务，再见😊"],
    ["A: 请问还有别的问题需要处理吗？", "C: 没啦，谢谢", "A: 不用谢哈，有事随时找我们，祝您购物愉快，再见～"],
    ["A: 您看还有其他地方需要帮忙吗？", "C: 暂时没有", "A: 好的，感谢您的耐心，欢迎下次光临，再见！"],
    ["A: 亲，请问还有其他可以帮您的地方吗？", "C: 没了没了", "A: 好的亲，感谢惠顾，祝您天天开心，再见～"],
]
# for items about an unanswered thanks: no thanks-answer in the ending
CHAT_CLOSE_NT = ["A: 请问还有别的需要帮忙的吗？", "C: 没了", "A: 好的，祝您购物愉快，期待您下次光临，再见～"]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了", "A: 好的，感谢您的惠顾，祝您用餐愉快，再见～"],
    ["A: 亲，还有别的问题吗？", "C: 没有了 谢谢", "A: 不客气呀，感谢您的支持，祝您生活愉快，再见！"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 暂时没了", "A: 好的，谢谢您的耐心，欢迎再次光临，再见～"],
]
FOOD_CLOSE_NT = ["A: 请问还有其他需要吗？", "C: 没了", "A: 好的，祝您用餐愉快，欢迎下次光临，再见～"]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务热线，工号{n}，很高兴为您服务，请问您遇到什么问题了？",
    "A: 您好，欢迎致电{co}，我是{n}号客服，请问您需要办理什么业务？",
    "A: 您好，{co}，{n}号很高兴为您服务，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 请问您还有别的问题吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 没有了", "A: 好的，感谢您的来电，再见！"],
    ["A: 请问还有其他可以帮您的吗？", "C: 就这些 谢谢你", "A: 不客气，这是我们应该做的，感谢您的来电，再见！", "C: 再见"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "就是", ""]


def asr(text, spaced, filler):
  text = ASR_STRIP.sub(" ", text).strip()
  if spaced:
    text = " ".join(ch for ch in text.replace(" ", ""))
  if filler:
    text = filler + " " + text
  return re.sub(r"\s+", " ", text)


def to_traditional(lines):
  out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input="\n".join(lines),
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  if kind == "chat":
    shops = SHOPS[plat]
    shop = o.get("shop", shops[idx % len(shops)])
    lines = [l.replace("{shop}", shop) for l in variant(body, bad)]
    food = plat in FOOD
    opens = FOOD_OPEN if food else CHAT_OPEN
    closes = FOOD_CLOSE if food else CHAT_CLOSE
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in opens[idx % len(opens)]]
    c = o.get("close", idx % len(closes))
    if c is False:
      post = []
    elif c == "nt":
      post = FOOD_CLOSE_NT if food else CHAT_CLOSE_NT
    else:
      post = closes[c % len(closes)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  lines = variant(body, bad)
  co = o.get("co", "北辰燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("opening", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  c = o.get("close", idx % len(CALL_CLOSE))
  post = [] if c is False else CALL_CLOSE[c % len(CALL_CLOSE)]
  all_lines = pre + [l.replace("{n}", n).replace("{co}", co) for l in lines] + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(1).lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = FILLERS[k % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
