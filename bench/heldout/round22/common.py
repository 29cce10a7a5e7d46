"""Item notation of round 22 and the wrappers around each item.

One body per pair: inside a line `[violating||compliant]` picks the variant's
text (also a gap, a rate or an event: `[+8||+0.7] A: ...`, `A/[9||3.5]: ...`,
`[!wait 85||!wait 45]`); a line starting `V>` exists only in the violating
twin, `K>` only in the compliant one. The line format itself is
../conv_model.py. Openings and endings (written for this round) are rotated so
the wrapper is varied and itself compliant.
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


# ---- chat wrappers (round 22) ---------------------------------------------

SHOPS = ["橘子家居旗舰店", "禾风茶饮", "云端数码专营店", "小熊童装", "青山户外", "花间美妆",
         "稻香食品", "森屿家纺", "晨光文具馆", "喵星人宠物用品", "铁匠厨具", "悠悠母婴"]

CHAT_OPEN = [
    ["C: 在不在", "A: 在的呢，您好，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 您好 想问下", "A: 您好，{shop}客服小安很高兴为您服务，请问想了解哪方面呢？"],
    ["C: 老板在吗", "A: 亲，您好，欢迎来到{shop}，我是客服阿青，请问有什么可以帮到您？"],
    ["S: [订单] 订单编号 36**********0915 待收货", "C: 客服客服",
     "A: 您好亲，这里是{shop}，很高兴为您服务，请问遇到什么问题了？"],
    ["S: [商品] 店铺：{shop} 价格以页面为准", "C: hello",
     "A: 您好，欢迎光临{shop}～请问您想咨询什么问题呢？😊"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他问题需要帮您解答吗？", "C: 没了 谢谢", "A: 不客气的亲，感谢您光临本店，祝您生活愉快，再见～"],
    ["A: 亲，还有别的想了解的吗？", "C: 没有了", "A: 好的，感谢您的支持，期待您下次光临，再见！"],
    ["A: 您看还有别的需要了解的吗？", "C: 暂时没有 谢啦", "A: 不客气呀，祝您购物愉快，欢迎常来，再见😊"],
    ["A: 亲亲还有其他疑问吗？", "C: 没有啦 谢谢客服", "A: 应该的亲，感谢光临，祝您生活愉快，再见～"],
]

# ---- call wrappers (round 22) ---------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，工号{n}，很高兴为您服务，请问您需要办理什么？",
    "A: 您好，欢迎致电{co}，{n}号客服为您服务，请问您想咨询什么？",
    "A: 您好，{co}服务中心，{n}号客服代表很高兴为您服务，请问有什么需要帮忙的吗？",
    "A: 您好，{co}，我是客服{n}号，请问您遇到了什么问题？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，祝您一切顺利，再见！", "C: 好 拜拜"],
    ["A: 请问您还有别的问题要咨询吗？", "C: 没了", "A: 好的，感谢您的来电，再见！"],
    ["A: 您看还有什么我能帮上忙的吗？", "C: 没有了 就这事", "A: 好的，谢谢您的来电，祝您生活愉快，再见！", "C: 嗯 再见"],
    ["A: 请问还有其他事情需要办理吗？", "C: 暂时没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 请问还有什么可以帮您的吗？", "C: 没有了 谢谢", "A: 不用客气，感谢您的来电，再见！", "C: 再见"],
]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"]+")
FILLERS = ["嗯", "那个", "呃", "", "就是"]


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
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[o.get("open_idx", idx) % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[o.get("close_idx", idx) % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l.lstrip("+0123456789. ")[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", "安澜燃气")
  n = o.get("n", str((1000 + idx * 137) % 9000 + 1000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("open_idx", idx) % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[o.get("close_idx", idx) % len(CALL_CLOSE)]
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
        filler = FILLERS[(k + idx) % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))
