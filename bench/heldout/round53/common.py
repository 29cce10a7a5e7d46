"""Item notation of round 53 and the wrappers around each item.

The mechanics are those of round 18 (item notation, speech-recognition,
traditional and full-width helpers); the openings, endings and every item are
written anew for this round.

An item is one conversation body written once for both twins: inside a line
`[violating||compliant]` picks the variant's text (also a gap, a speaking rate
or an event); a line starting `V>` exists only in the violating twin, `K>` only
in the compliant one. The line format itself is ../conv_model.py.
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

PICK = re.compile(r"\[([^\[\]]*?)\|\|([^\[\]]*?)\]", re.S)


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


# ---- chat wrappers (written for round 53) ---------------------------------

SHOPS = ["橙子家居生活馆", "木棉童装", "青柚数码配件", "山野咖啡", "小麦厨房用品", "白鹭运动户外",
         "桃桃美妆", "阿福零食铺", "星河文具", "素年女装", "布丁宠物", "远山茶舍", "晴天母婴"]

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 您好", "A: 您好，{shop}客服小柚在线，请问有什么需要帮忙的吗？"],
    ["S: [商品链接] {shop} 店铺首页", "C: 咨询下", "A: 亲亲您好，欢迎来到{shop}，请问有什么可以帮到您呢？"],
    ["C: 人呢", "A: 您好，我在的，这里是{shop}，请问有什么可以为您效劳？"],
    ["S: [订单卡片] 订单编号 3207******8815 已签收", "C: 客服在吗", "A: 您好，欢迎光临{shop}，请问有什么可以帮您？😊"],
    ["C: hello", "A: 您好呀，欢迎来到{shop}，客服小栗为您服务，请问有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了 谢谢", "A: 不客气哦，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，请问还有别的问题需要咨询吗？", "C: 没有了", "A: 好的呢，感谢您的光临，期待下次为您服务，再见😊"],
    ["A: 您看还有其他需要了解的吗？", "C: 没啦 谢谢", "A: 不用客气，感谢光临本店，祝您购物愉快，再见！"],
    ["A: 亲亲还有其他问题吗？", "C: 没有啦 拜拜", "A: 好的亲，感谢您的支持，期待您下次光临，再见哦～"],
    ["A: 请问还有什么需要帮您处理的吗？", "C: 暂时没了", "A: 好的，有需要随时来找我们，感谢您的光临，再见！"],
]

# ---- call wrappers (written for round 53) ---------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，欢迎致电{co}，{n}号客服代表为您服务，请问有什么可以帮到您？",
    "A: 您好，这里是{co}客户服务中心，我是{n}号，请问有什么可以帮您？",
    "A: 您好，{co}服务热线，工号{n}为您服务，请问您需要咨询什么业务？",
    "A: 您好，{co}售后服务中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有什么其他我可以帮您处理的吗？", "C: 没有了 就这个事", "A: 好的，感谢您的耐心，也谢谢您的来电，再见。", "C: 好嘞 拜拜"],
    ["A: 您还有别的事情需要我帮忙吗？", "C: 暂时没了 谢谢你啊", "A: 不用客气，这是我们应该做的，感谢来电，再见！"],
    ["A: 请问还有其他方面需要咨询的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 嗯 再见"],
]

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


def pick(value, bad):
  if isinstance(value, tuple):
    return value[0] if bad else value[1]
  return value


PREFIX = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$")


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shop = o.get("shop", SHOPS[idx % len(SHOPS)])
    if o.get("pre") is not None:
      pre = list(o["pre"])
    elif o.get("open") is False:
      pre = []
    else:
      pre = [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", "安和燃气")
  n = o.get("n", str(3000 + idx * 53 % 900))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = PREFIX.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = ["嗯", "那个", "呃", "", "就是"][k % 5]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=pick(o.get("rings", 1), bad), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
