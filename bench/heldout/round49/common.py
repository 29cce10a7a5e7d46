"""Item notation of round 49 and the wrappers around each item.

The mechanics (the [violating||compliant] picks, V>/K> lines, the
speech-recognition, traditional and full-width forms) follow round 18's
common.py; the openings, endings, shops and companies are this round's own.

An item is one conversation body written once for both twins: inside a line
`[violating||compliant]` picks the variant's text (also a gap or a rate:
`[+8||+0.7] A: ...`, `A/[7||3.5]: ...`, or a whole event line); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant
one. An option given as a tuple `(violating, compliant)` (rings, hangup,
started) is picked the same way. The line format is ../conv_model.py.
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


def opt(o, key, default, bad):
  v = o.get(key, default)
  if isinstance(v, tuple):
    return v[0] if bad else v[1]
  return v


# ---- chat wrappers -------------------------------------------------------

SHOPS = ["橘屿家居旗舰店", "暮山户外", "糯米团童装", "田埂鲜果铺", "青瓷厨房用品", "极客湾数码",
         "白鹭护肤官方店", "跃动体育专营店", "毛球宠物生活馆", "素锦女装", "竹溪茶舍", "行者箱包"]
FOOD = ["巷口酸菜鱼（滨江店）", "阿婆小馄饨", "炭火烤串·夜宵", "麦田烘焙坊", "一碗牛肉面",
        "鲜榨果汁站", "老灶煲仔饭", "川味小炒外卖"]

CHAT_OPEN = [
    ["C: 在不在", "A: 在的亲，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 您好", "A: 您好，我是{shop}的客服小宁，很高兴为您服务，请问需要什么帮助呢？"],
    ["S: [订单卡片] 订单 5207****9913 | {shop}", "C: 客服在吗", "A: 您好，{shop}在线客服小禾，请问您遇到什么问题了呢？"],
    ["C: 哈啰 问个事", "A: 亲亲您好呀～这里是{shop}，请问有什么能帮您的呢？🌷"],
    ["S: [商品卡片] 规格与价格以页面为准 | {shop}", "C: 问下这个", "A: 您好，欢迎来到{shop}，请问您想了解哪方面呢？"],
    ["C: hello", "A: 您好，{shop}客服在的，很高兴为您服务，请问有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没啦 谢谢", "A: 不客气哦，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲亲还有别的问题吗？", "C: 没有了", "A: 好的亲，期待您下次光临，再见呀😊"],
    ["A: 您这边还有其他想咨询的吗？", "C: 暂时没了 谢了", "A: 不用谢哒，欢迎再来，祝您一天好心情，再见！"],
    ["A: 还有什么我能帮上忙的吗亲？", "C: 没了没了", "A: 好嘞，感谢您的支持，有需要随时找我们，再见～"],
]

# ---- call wrappers -------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，{n}号客服为您服务，请问您遇到什么问题了？",
    "A: 您好，欢迎致电{co}，我是客服{n}号，请问有什么需要帮忙的吗？",
    "A: 您好，{co}热线，我是{n}号话务员，请问今天需要办理什么业务？",
    "A: 上午好，{co}售后服务，我是{n}号，请问有什么可以帮您？",
]

CALL_CLOSE = [
    ["A: 请问还有别的需要我帮您处理的吗？", "C: 没了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 拜拜"],
    ["A: 您看还有其他问题要咨询吗？", "C: 没有了 谢谢", "A: 不客气，应该的，感谢您的来电，再见！"],
    ["A: 请问还有其他可以帮到您的地方吗？", "C: 暂时没有", "A: 好的，那不打扰您了，感谢您的来电，再见！", "C: 好 再见"],
    ["A: 还有什么需要帮您的吗？", "C: 没有了 麻烦你了", "A: 不麻烦，这是我们应该做的，谢谢您的来电，再见！"],
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
  if kind == "chat":
    pool = FOOD if o.get("food") else SHOPS
    shop = o.get("shop", pool[idx % len(pool)])
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=opt(o, "started", None, bad))
  co = o.get("co", "恒通燃气")
  n = o.get("n", str(3000 + idx * 53 % 900))
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = LINE_HEAD.match(l)
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
                         direction=o.get("direction"), started=opt(o, "started", None, bad),
                         rings=opt(o, "rings", 1, bad), hangup=opt(o, "hangup", "customer", bad),
                         timed=o.get("timed", True))
