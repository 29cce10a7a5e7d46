"""Round-4 wrappers and the item notation.

An item is one violating conversation and its twin. Its body is a block of
lines in ../conv_model.py's format; a part in [ ... | ... ] is the violating
version before the bar and the compliant one after it (either may span
lines; {{ and }} stand for literal brackets). Openings and endings are added around the body unless the item
brings its own (open=False / close=False)."""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from conv_model import Conv  # noqa: E402

PLAT = {"tb": "taobao", "jd": "jd", "dy": "douyin", "pdd": "pinduoduo"}

CALL_OPEN = [
    "A: 您好，安居家电售后热线，工号2317为您服务，请问有什么可以帮您？",
    "A: 您好，青禾物流客服中心，我是话务员小林，请问有什么可以帮您？",
    "A: 您好，悦橙生鲜客服，敝姓唐，请问有什么能帮到您？",
    "A: 您好，北辰燃气服务热线，315号客服为您服务，请问您需要办理什么业务？",
    "A: 您好，星河宽带客服，我是9号客服小郑，请问有什么需要帮忙的？",
]
CALL_OPEN_TRAD = [
    "A: 您好，安居家電售後熱線，工號2317為您服務，請問有什麼可以幫您？",
    "A: 您好，星河寬頻客服，我是9號客服小鄭，請問有什麼需要幫忙的？",
]
CALL_CLOSE = [
    ["A: 请问还有其他需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 您看还有别的问题要咨询吗？", "C: 没了没了", "A: 好的，谢谢您的来电，再见！", "C: 嗯 拜拜"],
    ["A: 请问您还有什么别的需要吗？", "C: 没有了 就这些", "A: 好的，非常感谢您的来电，祝您一切顺利，再见。", "C: 好 再见"],
    ["A: 还有其他问题需要我解答的吗？", "C: 没有了", "A: 那不打扰您了，感谢您的来电，再见！", "C: 再见"],
]
CALL_CLOSE_TRAD = [
    ["A: 請問還有其他需要我幫您處理的嗎？", "C: 沒有了", "A: 好的，感謝您的來電，祝您生活愉快，再見！", "C: 再見"],
]

CHAT_HELLO = ["C: 在吗", "C: 你好", "C: 有人在不", "C: 在不在呀", "C: 您好"]
CHAT_OPEN = {
    "taobao": ["A: 您好，欢迎光临暖居家纺旗舰店，我是客服小棠，很高兴为您服务，请问有什么可以帮您？",
               "A: 亲，您好，这里是拾光女装，我是客服阿宁，请问有什么可以帮您的吗？"],
    "jd": ["A: 您好，我是京选数码自营店客服小北，很高兴为您服务，请问有什么可以帮您？",
           "A: 您好，欢迎光临木森家居店，我是客服小乔，请问有什么可以帮您？"],
    "douyin": ["A: 您好呀，欢迎来到鹿鸣美妆小店，我是客服阿雅，请问有什么可以帮到您？",
               "A: 您好，欢迎光临山野零食铺，我是客服小米，请问有什么可以帮您？"],
    "pinduoduo": ["A: 您好，欢迎光临禾田食品店，我是客服小麦，很高兴为您服务，请问有什么需要？",
                  "A: 您好，这里是优家日用店，我是客服小夏，请问有什么可以帮您？"],
}
CHAT_OPEN_TRAD = "A: 您好，歡迎光臨暖居家紡旗艦店，我是客服小棠，很高興為您服務，請問有什麼可以幫您？"
CHAT_CLOSE = [
    ["A: 请问还有其他问题需要咨询吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，期待您下次再来，祝您生活愉快～"],
    ["A: 亲，还有别的需要帮您看看的吗？", "C: 没了", "A: 好的，感谢您的支持，欢迎随时再来，祝您购物愉快！"],
    ["A: 您还有其他想了解的吗？", "C: 没有啦 谢谢", "A: 不客气哦，谢谢您的光临，期待下次为您服务，再见～"],
]
CHAT_CLOSE_TRAD = ["A: 請問還有其他問題需要諮詢嗎？", "C: 沒有了，謝謝", "A: 不客氣，感謝您的光臨，期待您下次再來，祝您生活愉快～"]

ACKS = ["C: 好的", "C: 好的 知道了", "C: 行 明白了", "C: 嗯嗯 好"]

PUNCT = re.compile(r"[，。？！、；：,.?!;:～…“”\"'（）()]+")


def asr(text):
  """Speech-recognition form: no punctuation, a space between characters."""
  text = PUNCT.sub(" ", text)
  out = []
  for word in text.split():
    if re.fullmatch(r"[0-9A-Za-z]+", word):
      out.append(word)
    else:
      out.extend(word)
  return " ".join(out)


def fullwidth(text):
  return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c.isalnum() else c for c in text)


COMPANY = [
    ("燃气|气表|燃气灶|停气", 3),
    ("宽带|路由|光猫|网速|断网|套餐|流量|话费", 4),
    ("快递|包裹|单号|派送", 1),
    ("生鲜|橙子", 2),
    ("冰箱|热水器|空调|洗衣机|电视|烤箱|取暖器|电饭煲|冰柜|电脑|维修", 0),
]


def company(body, k):
  """The opening whose company matches the caller's matter (rotated when none does)."""
  for words, idx in COMPANY:
    if re.search(words, body):
      return idx
  return k % len(CALL_OPEN)


def split_variants(body):
  """Returns (violating lines, compliant lines) of a body."""
  body = body.replace("{{", "\x01").replace("}}", "\x02")

  def pick(which):
    out = []
    pos = 0
    for m in re.finditer(r"\[(.*?)\]", body, re.S):
      out.append(body[pos:m.start()])
      parts = m.group(1).split("|")
      if len(parts) != 2:
        raise SystemExit(f"bad variant block {m.group(0)!r}")
      out.append(parts[which])
      pos = m.end()
    out.append(body[pos:])
    text = "".join(out).replace("\x01", "[").replace("\x02", "]")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]
  return pick(0), pick(1)


class Item:
  def __init__(self, expect, kind, body, reason, **kw):
    self.expect, self.kind, self.body, self.reason, self.kw = expect, kind, body, reason, kw


def V(expect, kind, body, reason, **kw):
  return Item(expect, kind, body, reason, **kw)


def build(cid, item, lines, k):
  kw = dict(item.kw)
  opening = kw.pop("open", True)
  closing = kw.pop("close", True)
  trad = kw.pop("trad", False)
  form = kw.pop("form", None)
  hello = kw.pop("hello", True)
  ack = kw.pop("ack", True)
  kw.pop("cexpect", None)
  out = []
  if item.kind in ("call", "out"):
    if opening:
      out.append(CALL_OPEN_TRAD[k % 2] if trad else CALL_OPEN[company(item.body, k)])
    out += lines
    if closing:
      if ack and out and re.match(r"^(?:[+~][0-9.]+\s+)?A", out[-1]):
        out.append(ACKS[k % len(ACKS)])
      out += (CALL_CLOSE_TRAD[0] if trad else CALL_CLOSE[k % len(CALL_CLOSE)])
    if form == "asr":
      out = [re.sub(r"^(.*?: ?)(.*)$", lambda m: m.group(1) + asr(m.group(2)), ln) if not ln.startswith("!") else ln for ln in out]
    if form == "fw":
      out = [re.sub(r"^(.*?: ?)(.*)$", lambda m: m.group(1) + fullwidth(m.group(2)), ln) if not ln.startswith("!") else ln for ln in out]
    if item.kind == "out":
      kw.setdefault("direction", "outbound")
    else:
      kw.setdefault("rings", 1 + k % 2)
    return Conv(cid, "call", out, **kw)
  plat = PLAT[item.kind]
  if opening:
    if hello:
      out.append(CHAT_HELLO[k % len(CHAT_HELLO)] if not trad else "C: 在嗎")
    out.append(CHAT_OPEN_TRAD if trad else CHAT_OPEN[plat][k % 2])
  out += lines
  if closing:
    if ack and out and re.match(r"^(?:[+~][0-9.]+\s+)?A", out[-1]):
      out.append(ACKS[k % len(ACKS)] if not trad else "C: 好的 知道了")
    out += (CHAT_CLOSE_TRAD if trad else CHAT_CLOSE[k % len(CHAT_CLOSE)])
  if form == "fw":
    out = [re.sub(r"^(.*?: ?)(.*)$", lambda m: m.group(1) + fullwidth(m.group(2)), ln) if not ln.startswith("!") else ln for ln in out]
  return Conv(cid, "chat", out, platform=plat, **kw)
