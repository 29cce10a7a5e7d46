"""Item notation of round 28 and the wrappers put around each item.

The notation (one body per violating/compliant pair) follows round 18:
inside a line `[violating||compliant]` picks the variant's text (also a gap,
a speaking rate or an event, e.g. `[+8||+0.8] A: ...`, `A/[9||3.5]: ...`); a
line starting `V>` exists only in the violating twin, `K>` only in the
compliant one. The line format itself is ../conv_model.py (`A:`/`C:`/`S:`,
optional `+gap`/`~overlap`, `!event [by]`, `!wait seconds`).

Openings, endings, shops, companies and dates are this round's own; they are
rotated so that the wrapper around each item varies and itself passes the
seeds (welcome that offers help, ask-more, an answer to thanks, goodbye;
calls: company and job number, thanks for calling, the caller hangs up).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []   # violating/compliant pairs: (kind, platform, expect, reason, body, opts)
NEAR = []    # near-misses, compliant only

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


# ---- dates (no statutory holiday unless an item sets its own) --------------

DAYS = ["2026-11-03", "2026-11-05", "2026-11-09", "2026-11-12", "2026-11-17", "2026-11-19",
        "2026-11-23", "2026-11-26", "2026-12-01", "2026-12-04", "2026-12-08", "2026-12-10",
        "2026-12-15", "2026-12-18", "2026-12-22", "2027-03-02", "2027-03-09", "2027-03-16",
        "2027-03-23"]
HOURS = ["09:12", "10:47", "14:05", "15:38", "16:54", "11:20", "19:31", "08:46"]


def started(idx):
  return f"{DAYS[idx % len(DAYS)]}T{HOURS[(idx * 5) % len(HOURS)]}:00+08:00"


# ---- chat wrappers -----------------------------------------------------------

SHOPS = ["禾木家纺旗舰店", "晴川母婴专营店", "半山茶铺", "森屿户外", "小鹿烘焙工坊", "橙光数码配件",
         "拾趣文具馆", "青瓷厨具", "椰岛零食铺", "北纬鞋履", "蓝湾宠物生活馆", "云栖香氛"]

CHAT_OPEN = [
    ["C: 在吗", "A: 亲，在的～欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 你好 问一下", "A: 您好，{shop}客服小蔓很高兴为您服务，请问您想了解哪方面呢？"],
    ["C: 客服在不在", "A: 亲亲您好，{shop}在线为您服务，请问有什么需要呢？"],
    ["S: [商品链接] 来自{shop}", "C: 咨询下", "A: 您好，欢迎来到{shop}，很高兴为您服务，请问有什么可以帮到您？"],
    ["C: 哈喽", "A: 您好呀，欢迎光临{shop}，有什么可以帮您的吗？😊"],
    ["S: [订单卡片] 订单号 5120********76 | 交易成功", "C: 你好", "A: 您好，这里是{shop}，请问这笔订单有什么可以帮您？"],
]

CHAT_CLOSE = [
    ["A: 请问还有其他问题需要咨询吗？", "C: 没有了 谢啦", "A: 不客气～感谢您的惠顾，祝您生活愉快，再见！"],
    ["A: 亲，还有别的能帮您的吗？", "C: 没了", "A: 好的亲，感谢您的光临，期待下次再为您服务，再见～"],
    ["A: 您看还有什么需要了解的吗？", "C: 暂时没有 谢谢", "A: 不用客气呢，欢迎您再次光临，祝您购物愉快，再见😊"],
    ["A: 亲亲还有其他疑问吗？", "C: 没有啦", "A: 好的，感谢您的耐心，祝您一切顺利，再见～"],
    ["A: 请问还有什么可以帮您的吗？", "C: 没有了 辛苦啦", "A: 不辛苦，应该的～感谢您的支持，再见！"],
]

# ---- call wrappers -----------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，感谢致电{co}，我是{n}号客服代表，请问您需要什么帮助？",
    "A: 您好，这里是{co}服务中心，工号{n}很高兴为您服务，请问有什么能帮到您？",
    "A: 您好，{co}，{n}号坐席为您服务，请问您要咨询什么问题？",
    "A: 您好，欢迎拨打{co}服务热线，我是{n}号，请问有什么需要帮忙的吗？",
    "A: 您好，{co}客户服务部，{n}号话务员很高兴为您服务，请问您遇到了什么问题？",
]

CALL_CLOSE = [
    ["A: 请问还有其他需要我帮您处理的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的来电，祝您生活愉快，再见！", "C: 好 再见"],
    ["A: 请问您还有别的问题要咨询吗？", "C: 没了没了", "A: 好的，感谢您的来电，祝您一切顺利，再见！"],
    ["A: 请问还有什么其他可以帮到您的吗？", "C: 没有了 麻烦你了啊", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！", "C: 嗯 拜拜"],
    ["A: 您看还有其他需要帮忙的地方吗？", "C: 就这些 谢谢啊", "A: 不用客气，感谢您的来电，祝您心情愉快，再见！"],
    ["A: 请问您还有其他事情需要办理吗？", "C: 没有没有", "A: 好的，那就不打扰您了，感谢您的来电，再见！", "C: 好嘞 再见"],
    ["A: 请问还有其他我可以帮您的吗？", "C: 暂时没有了 谢谢你啊", "A: 不客气，应该的，感谢您的来电，再见！"],
]

# ---- forms: speech recognition, traditional characters, full width ----------

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()…—]+")
HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?(?:\[[^\]]*\]\s+)?[ACS](?:/[0-9.\[\]|]+)?(?:=[0-9.]+)?:)\s?(.*)$")
WORD_SIZES = [2, 2, 1, 3, 2, 2, 4, 1, 2]


def asr(text, form, filler):
  text = ASR_STRIP.sub(" ", text).strip()
  if form == "spaced":
    text = " ".join(ch for ch in text.replace(" ", ""))
  elif form == "words":
    out = []
    for chunk in text.split():
      k = 0
      i = 0
      while i < len(chunk):
        size = WORD_SIZES[k % len(WORD_SIZES)]
        out.append(chunk[i:i + size])
        i += size
        k += 1
    text = " ".join(out)
  if filler:
    text = (" ".join(filler) if form == "spaced" else filler) + " " + text
  return re.sub(r"\s+", " ", text).strip()


def to_traditional(lines):
  src = "\n".join(lines)
  out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


FILLERS = ["嗯", "那个", "", "呃", "", "就是"]


def asr_lines(lines, form, mis):
  out = []
  for l in lines:
    if l.startswith("!"):
      out.append(l)
      continue
    m = HEAD.match(l)
    if not m:
      out.append(l)
      continue
    head, text = m.group(1), m.group(2)
    who = re.sub(r"^[+~][0-9.]+\s+", "", head)[:1]
    filler = ""
    if who == "C":
      # chosen from the line itself, so that both twins get the same filler
      filler = FILLERS[sum(map(ord, text)) % len(FILLERS)]
      if text.startswith(("嗯", "那个", "呃", "就是", "喂")):
        filler = ""
    t = asr(text, form, filler)
    for a, b in mis.items():
      t = t.replace(a, b)
    out.append(head + " " + t)
  return out


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shop = o.get("shop", SHOPS[idx % len(SHOPS)])
    lines = [l.replace("{shop}", shop) for l in lines]
    pre = [] if o.get("open") is False else [l.format(shop=shop) for l in CHAT_OPEN[idx % len(CHAT_OPEN)]]
    post = [] if o.get("close") is False else CHAT_CLOSE[idx % len(CHAT_CLOSE)]
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started", started(idx)))
  co = o.get("co", "城东燃气")
  n = o.get("n", str(1000 + (idx * 379) % 8000))
  lines = [l.replace("{co}", co).replace("{n}", n) for l in lines]
  pre = [] if o.get("open") is False else [CALL_OPEN[idx % len(CALL_OPEN)].format(co=co, n=n)]
  post = [] if o.get("close") is False else CALL_CLOSE[idx % len(CALL_CLOSE)]
  all_lines = pre + lines + post
  if o.get("asr"):
    all_lines = asr_lines(all_lines, o["asr"], o.get("mis", {}))
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started", started(idx)),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent={"id": n})
