"""Shared pieces of round 14: the pair builder and rotating, compliant
openings and endings (shop chats and hotline calls)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import Conv  # noqa: E402

PAIRS = []    # (violating Conv, compliant Conv)
SINGLES = []  # compliant-only Conv (information chats, near-misses)

SHOPS = {
    "jd": ["优选生活京东自营店", "家和京东专营店", "百川旗舰店", "嘉禾京东专营店"],
    "taobao": ["小鹿生活馆", "禾木家居百货", "半亩良品", "声浪优选"],
    "pinduoduo": ["优品百货", "惠多多百货", "好物集市", "净享日用"],
    "douyin": ["悦己生活小店", "阿福好物小店", "百味优选小店", "山野生活馆"],
}
NAMES = ["小禾", "阿满", "小橙", "可可", "七七", "小树", "豆豆", "小周", "糖糖", "阿宁"]

_GREET = [
    "亲，您好，欢迎光临{shop}，我是客服{name}，很高兴为您服务，请问有什么可以帮您？",
    "您好呀亲～{shop}客服{name}在线，请问有什么可以帮到您呢？",
    "您好，这里是{shop}，客服{name}为您服务，请问您需要什么帮助？",
    "亲亲您好，我是{name}，很高兴为您服务，请问遇到什么问题了呢？我来帮您看看",
    "您好，歡迎光臨{shop}，客服{name}很高興為您服務，請問有什麼可以幫您？",
    "您好，{shop}客服{name}，很高兴为您服务，请问有什么可以帮您的吗？😊",
    "亲爱哒您好～我是{shop}的{name}，请问有什么需要帮忙的呢？",
]

_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了", "A: 好的，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的需要咨询的吗？", "C: 没有了", "A: 感谢亲对小店的支持，期待您下次光临，再见哈"],
    ["A: 您看还有其他问题需要处理吗？", "C: 暂时没有", "A: 好的亲，感谢您的惠顾，有需要随时来找我们，祝您购物愉快～"],
    ["A: 请问还有什么其他问题吗亲？", "C: 没", "A: 感谢您的光临，祝您周末愉快，再见！"],
    ["A: 亲亲还有其他需要帮忙的吗？", "C: 没有了 谢谢", "A: 不客气呢，感谢您光临小店，祝您生活愉快，再见～"],
    ["A: 請問還有其他問題嗎？", "C: 沒有了", "A: 感謝您的光臨，期待您下次再來，再見～"],
]

_counter = {"n": 0}


def greet(k, plat):
  shops = SHOPS.get(plat or "taobao", SHOPS["taobao"])
  return "A: " + _GREET[k % len(_GREET)].format(shop=shops[k % len(shops)], name=NAMES[k % len(NAMES)])


def close(k):
  return list(_CLOSE[k % len(_CLOSE)])


def expand(body, k, plat, pick):
  out = []
  for item in body:
    if isinstance(item, tuple):
      line = item[pick]
      if line is None:
        continue
      out.extend(expand(line if isinstance(line, list) else [line], k, plat, pick))
    elif item == "GREET":
      out.append(greet(k, plat))
    elif item == "CLOSE":
      out.extend(close(k))
    elif item == "CG":
      out.append(call_greet(k))
    elif item == "CC":
      out.extend(call_close(k))
    else:
      out.append(item)
  return out


def quick_burst(lines):
  """Customer messages sent in a burst before the first agent reply follow
  each other within 0.4 s, so that the welcome comes within 3 s of the first
  one (001 应答规范: 3 秒应答). Added after the first scoring run: with 4 s
  between them the twins' welcomes were late by the seed's measure."""
  out, seen_agent, prev_customer = [], False, False
  for line in lines:
    bare = line.split(None, 1)[1] if line[:1] in "+~" else line
    if bare.startswith("A:"):
      seen_agent = True
    if not seen_agent and bare.startswith("C:") and prev_customer and line[:1] not in "+~":
      line = "+0.4 " + line
    prev_customer = bare.startswith("C:")
    out.append(line)
  return out


def pair(body, expect, reason, channel="chat", platform=None, **kw):
  """body: lines; a tuple (violating, compliant) is the line that differs
  (None drops it, a list gives several lines). GREET and CLOSE expand to a
  rotating compliant opening and ending."""
  _counter["n"] += 1
  n = _counter["n"]
  k = n * 3 + len(body)
  vid, cid = f"r14v{n:03d}", f"r14c{n:03d}"
  if channel == "chat" and platform is None:
    platform = "taobao"
  if channel == "chat" and kw.get("timed", True) and n % 6 == 0:
    kw.setdefault("iso", True)  # some exports carry clock times, not offsets
  fix = quick_burst if channel == "chat" else (lambda lines: lines)
  v = Conv(vid, channel, fix(expand(body, k, platform, 0)), expect, reason, platform=platform, **kw)
  c = Conv(cid, channel, fix(expand(body, k, platform, 1)), "", "twin of " + vid + ": " + reason,
           platform=platform, **kw)
  PAIRS.append((v, c))


def single(cid, body, reason, channel="chat", platform=None, **kw):
  if channel == "chat" and platform is None:
    platform = "taobao"
  k = int(cid[-3:]) * 5 + len(body)
  lines = expand(body, k, platform, 1)
  if channel == "chat":
    lines = quick_burst(lines)
  SINGLES.append(Conv(cid, channel, lines, "", reason, platform=platform, **kw))


# Calls: a hotline (no platform) with a job number, surname asked and used.
_CALL_GREET = [
    "您好，{co}客服中心，工号{job}为您服务，请问有什么可以帮您？",
    "您好，欢迎致电{co}，{job}号客服很高兴为您服务，请问有什么可以帮到您？",
    "您好，{co}售后服务热线，我是{job}号，请问有什么可以帮您？",
]
COMPANIES = ["安居家电", "速达物流", "优鲜生活", "乐享数码", "佳净电器"]


def call_greet(k):
  return "A: " + _CALL_GREET[k % 3].format(co=COMPANIES[k % 5], job=3000 + 37 * k % 900)


_CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 感谢您的来电，祝您生活愉快，再见。"],
    ["A: 请问您还有别的需要咨询的吗？", "C: 没了没了", "A: 好的，感谢您的耐心，祝您一切顺利，再见。"],
    ["A: 还有什么其他问题需要帮您处理吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，再见。"],
]


def call_close(k):
  return list(_CALL_CLOSE[k % 3])


def cpair(body, expect, reason, **kw):
  body = [("CG" if b == "GREET" else "CC" if b == "CLOSE" else b) for b in body]
  _counter["n"] += 1
  n = _counter["n"]
  k = n

  def ex(pick):
    out = []
    for item in body:
      if isinstance(item, tuple):
        line = item[pick]
        if line is None:
          continue
        out.extend(line if isinstance(line, list) else [line])
      elif item == "CG":
        out.append(call_greet(k))
      elif item == "CC":
        out.extend(call_close(k))
      else:
        out.append(item)
    return out
  kw.setdefault("rings", 1)
  v = Conv(f"r14v{n:03d}", "call", ex(0), expect, reason, **kw)
  c = Conv(f"r14c{n:03d}", "call", ex(1), "", f"twin of r14v{n:03d}: " + reason, **kw)
  PAIRS.append((v, c))
