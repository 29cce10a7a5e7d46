"""Round 7 item notation and the wrappers rotated around each middle.

An item is a dict:
  ch    "chat", "call" (inbound) or "out" (outbound call)
  p     platform of a chat (taobao, jd, pinduoduo, douyin) or None
  co    the company a call's opening names (must fit the matter)
  body  the middle: a list of lines in ../conv_model.py's line format; a
        tuple (violating, compliant) is the one place the twins differ
        (None: the line is absent in that twin)
  exp   expected rule ids of the violating twin (expected.tsv syntax)
  why   the seed clause, in my own words
  opts  open/close (wrap or not: False leaves a log that starts or ends
        mid-conversation), form ("asr", "asr_words", "trad", "fw"), and
        any keyword of conv_model.Conv (rings, started, hangup, timed, iso...)
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from conv_model import Conv  # noqa: E402

SHOPS = {
    "taobao": ["青禾家居旗舰店", "阿绵手作小铺", "山野茶舍", "喵星人宠物用品店"],
    "jd": ["北辰数码专营店", "厨小匠厨具旗舰店", "安睡家纺旗舰店", "速跑运动专营店"],
    "pinduoduo": ["果园直发水果铺", "暖冬袜业工厂店", "巧手收纳百货", "乡味腊味坊"],
    "douyin": ["小满美妆小店", "阿福零食铺", "简衣女装店", "萌娃童装官方店"],
}
NICKS = ["小橙", "阿宁", "七七", "小麦", "安安", "十一", "小鹿", "团子", "阿杰", "豆豆"]

CHAT_HELLO = ["在吗", "你好", "有人吗？", "在不在呀", "hello 在么", "您好"]
CHAT_GREET = [
    "您好，欢迎光临{shop}，我是客服{nick}，很高兴为您服务，请问有什么可以帮您？",
    "亲，您好呀～{shop}客服{nick}在线，请问有什么可以帮到您呢？",
    "您好，{shop}售后{nick}为您服务，请问您遇到什么问题了吗？",
    "亲亲您好，我是{shop}的{nick}，很高兴为您服务，有什么需要尽管说哦😊",
    "您好～这里是{shop}，客服{nick}很乐意为您解答，请问您想了解点什么？",
]
CHAT_ASK = ["请问还有其他可以帮您的吗？", "亲，还有别的问题需要咨询吗？",
            "请问您还有其他疑问吗？", "您看还有哪里需要我帮忙的吗～"]
CHAT_THANK = ["没有了 谢谢", "没了，谢谢啊", "暂时没有了 谢谢亲", "好的没问题了 感谢", "没啦 谢谢🙏"]
CHAT_BYE = [
    "不客气哈，感谢您的光顾，祝您生活愉快，再见～",
    "不用客气，谢谢您对小店的支持，有需要随时来找我们，再见！",
    "不客气呢，非常感谢您的光临，祝您天天开心，再见🌷",
    "应该的亲，感谢您的惠顾，祝您购物愉快，再见啦～",
]

CALL_GREET = [
    "您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您？",
    "您好，这里是{co}服务热线，我是{n}号客服，很高兴为您服务，请问您需要办理什么业务？",
    "您好，{co}售后服务部，敝姓{s}，请问有什么可以帮到您？",
    "您好，欢迎致电{co}，{n}号话务员为您服务，请问有什么可以帮您？",
]
SURNAMES = ["林", "许", "唐", "韩", "宋", "郑", "范", "江"]
CALL_ASK = ["请问还有其他需要帮您的吗？", "请问还有什么别的问题可以帮您？",
            "您看还有其他需要咨询的吗？"]
CALL_THANK = ["没有了，谢谢", "没了没了 谢谢你啊", "暂时没有了，谢谢"]
CALL_BYE = [
    "不客气，感谢您的来电，祝您生活愉快，再见！",
    "不用客气，能帮上忙就好，谢谢您的来电，祝您顺利，再见！",
    "不客气，谢谢您的来电，祝您一切顺利，再见！",
]

OUT_GREET = "您好，我是{co}客户服务中心的回访专员，我姓{s}，请问现在方便占用您两分钟做个服务回访吗？"
OUT_BYE = "好的，非常感谢您提的意见，之后有问题可以随时拨打我们的客服热线，祝您生活愉快，再见！"

PUNCT = re.compile(r"[，。！？、；：,.!?;:～~…“”\"'（）()]")


def asr(text, words=False):
  """Speech-recognition style: no punctuation, characters (or words) spaced."""
  text = PUNCT.sub(" ", text)
  if words:
    return re.sub(r"\s+", " ", text).strip()
  chars = [c for c in text if not c.isspace()]
  return " ".join(chars)


def fullwidth(text):
  out = []
  for c in text:
    o = ord(c)
    if 0x21 <= o <= 0x7E and (c.isalnum()):
      out.append(chr(o + 0xFEE0))
    else:
      out.append(c)
  return "".join(out)


_trad_cache = {}


def trad(text):
  if text not in _trad_cache:
    _trad_cache[text] = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=text,
                                       capture_output=True, text=True, check=True).stdout
  return _trad_cache[text]


def split_line(line):
  """(prefix up to the text, text) of a line, or (line, None) for an event line."""
  if line.startswith("!"):
    return line, None
  m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", line, re.S)
  if not m:
    raise SystemExit(f"bad line {line!r}")
  return m.group(1), m.group(2)


def pick(seq, k):
  return seq[k % len(seq)]


def lines_for(item, k, twin):
  """The turns of one twin (twin: 0 violating, 1 compliant), wrapped."""
  opts = item.get("opts", {})
  body = []
  for ln in item["body"]:
    if isinstance(ln, tuple):
      ln = ln[twin]
      if ln is None:
        continue
    body.append(ln)
  ch = item["ch"]
  out = []
  if opts.get("open", True):
    if ch == "chat":
      shop = pick(SHOPS[item["p"]], k)
      out.append("C: " + pick(CHAT_HELLO, k))
      out.append("A: " + pick(CHAT_GREET, k).format(shop=shop, nick=pick(NICKS, k)))
    elif ch == "call":
      g = opts.get("greet") or pick(CALL_GREET, k)
      out.append("A: " + g.format(co=item["co"], n=3100 + 37 * k % 900, s=pick(SURNAMES, k)))
    else:
      out.append("A: " + OUT_GREET.format(co=item["co"], s=pick(SURNAMES, k)))
  out.extend(body)
  if opts.get("close", True):
    if ch == "chat":
      out += ["A: " + pick(CHAT_ASK, k), "C: " + pick(CHAT_THANK, k), "A: " + pick(CHAT_BYE, k)]
    elif ch == "call":
      out += ["A: " + pick(CALL_ASK, k), "C: " + pick(CALL_THANK, k), "A: " + pick(CALL_BYE, k)]
    else:
      out += ["A: " + OUT_BYE]
  form = opts.get("form")
  if form:
    conv = []
    for ln in out:
      pre, text = split_line(ln)
      if text is None:
        conv.append(ln)
        continue
      if form == "asr":
        text = asr(text)
      elif form == "asr_words":
        text = asr(text, words=True)
      elif form == "trad":
        text = trad(text)
      elif form == "fw":
        text = fullwidth(text)
      conv.append(pre + text)
    out = conv
  return out


CONV_KEYS = ("direction", "started", "rings", "hangup", "timed", "iso", "agent")


def build(item, cid, k, twin):
  opts = item.get("opts", {})
  kw = {key: opts[key] for key in CONV_KEYS if key in opts}
  ch = item["ch"]
  turns = lines_for(item, k, twin)
  if ch == "chat" and "timed" not in kw and "iso" not in kw:
    if k % 5 == 0:
      kw["iso"] = True  # chat exports with timestamps
    elif k % 7 == 0 and not any(x in item["exp"] for x in ("first_reply", "late_reply")):
      kw["timed"] = False  # a log with no times at all
  if ch == "chat":
    return Conv(cid, "chat", turns, platform=item.get("p"), **kw)
  if ch == "out":
    kw.setdefault("direction", "outbound")
  kw.setdefault("rings", 2 if ch == "call" else None)
  return Conv(cid, "call", turns, platform=item.get("p"), **kw)
