"""Round 12: the item notation, the wrappers rotated around each middle, and
the messy forms (speech recognition, traditional characters, full width).

An item is one violating conversation and its compliant twin written as one
body. A line is either a string (the same in both) or a pair
(violating, compliant); either side may be None (the line is absent there)
or a list of lines. Lines use the format of ../conv_model.py ("A: ...",
"C: ...", "S: ...", "+12 A: ...", "!hold_start", "!wait 40").
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import Conv  # noqa: E402

SHOPS = {
    "taobao": ["小满生活馆", "棉语优选店", "青禾百货店", "鹿角好物店"],
    "jd": ["启航优品专营店", "暖居生活旗舰店", "悦动生活专营店", "书香百货专营店"],
    "pinduoduo": ["百味优选店", "简约生活馆", "巧手好物店", "果园优选店"],
    "douyin": ["山野好物铺", "小麦生活馆", "云朵优选小店", "阿福百货店"],
}
NICKS = ["小橙", "阿月", "木木", "小溪", "糖糖", "小鹿"]

CHAT_OPEN = [
    ("C: 在吗", "A: 您好，欢迎光临{shop}，很高兴为您服务，请问有什么可以帮您？"),
    ("C: 你好", "A: 亲，您好呀，我是{shop}的客服{nick}，请问有什么可以帮到您的呢？"),
    ("C: 有人吗", "A: 亲，您好，欢迎光临{shop}，请问您想咨询什么问题呢？"),
    ("C: 客服", "A: 您好，{shop}客服{nick}在线为您服务，请问有什么可以帮您？😊"),
    ("C: hello", "A: 亲亲您好，欢迎来到{shop}，{nick}在这里，请问有什么需要帮忙的吗？"),
]

CHAT_CLOSE = [
    ["A: 请问还有其他问题需要帮您处理吗？", "C: 没有了", "A: 好的，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的需要咨询的吗？", "C: 没啦 谢谢", "A: 不客气呢，感谢您对小店的支持，期待您下次光临，再见！"],
    ["A: 请问还有什么可以帮到您的呢？", "C: 暂时没有了", "A: 好的呢，那就不打扰您啦，祝您购物愉快，再见👋"],
    ["A: 您看还有其他疑问吗？", "C: 没了 就这些", "A: 收到，感谢您的耐心，欢迎随时再来咨询，再见～"],
]

CALL_OPEN = [
    "A: 您好，{co}客服中心，{no}号为您服务，请问有什么可以帮您？",
    "A: 上午好，{co}，很高兴为您服务，我是{no}号客服，请问有什么可以帮您？",
    "A: 您好，这里是{co}，我是{no}号客服，请问您需要办理什么业务？",
    "A: 您好，{co}服务热线，工号{no}，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了 谢谢啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！", "C: 好 再见"],
    ["A: 您看还有其他需要我帮忙的地方吗？", "C: 没有了 就这个", "A: 好的，谢谢您的来电，祝您一切顺利，再见。", "C: 嗯 拜拜"],
    ["A: 请问还有什么可以帮助您？", "C: 没有了", "A: 感谢您的来电，再见！", "C: 再见"],
]

# Speech-recognition wrappers: fillers, no punctuation (asr() removes it).
CALL_OPEN_ASR = [
    "A: 您好 {co} 客服中心 {no}号 为您服务 请问有什么可以帮您",
    "A: 嗯 您好 这边是{co} 我是{no}号客服 请问有什么可以帮您",
]
CALL_CLOSE_ASR = [
    ["A: 那个 请问还有其他可以帮您的吗", "C: 呃 没有了", "A: 好的 感谢您的来电 祝您生活愉快 再见", "C: 嗯 再见"],
    ["A: 请问您还有别的问题吗", "C: 没了没了", "A: 好的 谢谢您的来电 再见", "C: 拜拜"],
]

PUNCT = set("，。？！、；：,.?!;:“”\"'（）()～~…")


def asr(text, spaced=False):
  """Speech-recognition form: punctuation becomes spaces; with spaced, every
  Han character stands apart (as some engines emit)."""
  out = []
  for ch in text:
    out.append(" " if ch in PUNCT else ch)
  s = " ".join("".join(out).split())
  if spaced:
    s = " ".join(ch for ch in s if ch != " ")
  return s


_FULL = {c: chr(ord(c) + 0xFEE0) for c in
         "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%"}


def fullwidth(text):
  return "".join(_FULL.get(c, c) for c in text)


_HALF = str.maketrans("，。？！：；（）", ",.?!:;()")

_trad_cache = {}


def trad(text):
  if text not in _trad_cache:
    out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=text,
                         capture_output=True, text=True, check=True).stdout
    _trad_cache[text] = out.rstrip("\n")
  return _trad_cache[text]


class Item:
  def __init__(self, kind, lines, expect, reason, plat=None, co=None,
               open=True, close=True, form=None, nm_only=False, **kw):
    self.kind = kind
    self.lines = lines
    self.expect = expect
    self.reason = reason
    self.plat = plat
    self.co = co
    self.open = open
    self.close = close
    self.form = form  # None, "asr", "asr_spaced", "trad", "full", "half"
    self.nm_only = nm_only
    self.kw = kw


def chat(lines, expect, reason, plat="taobao", **kw):
  return Item("chat", lines, expect, reason, plat=plat, **kw)


def call(lines, expect, reason, co="安居燃气", **kw):
  return Item("call", lines, expect, reason, co=co, **kw)


def _side(lines, which):
  out = []
  for ln in lines:
    if isinstance(ln, tuple):
      ln = ln[which]
    if ln is None:
      continue
    if isinstance(ln, list):
      out.extend(ln)
    else:
      out.append(ln)
  return out


def _transform(line, form):
  if form is None or line.startswith("!"):
    return line
  head, sep, text = line.partition(": ")
  if not sep:
    return line
  if form == "asr":
    text = asr(text)
  elif form == "asr_spaced":
    text = asr(text, spaced=True)
  elif form == "trad":
    text = trad(text)
  elif form == "full":
    text = fullwidth(text)
  elif form == "half":
    text = text.translate(_HALF)
  if form.startswith("asr") and not text:
    text = "嗯"
  return head + sep + text


def build(item, n, cid, which):
  """Returns the Conv of side `which` (0 violating, 1 compliant)."""
  body = _side(item.lines, which)
  asr_form = item.form in ("asr", "asr_spaced")
  if item.kind == "chat":
    plat = item.plat
    shops = SHOPS.get(plat or "taobao")
    shop = shops[n % len(shops)]
    nick = NICKS[n % len(NICKS)]
    head, tail = [], []
    if item.open:
      c, a = CHAT_OPEN[n % len(CHAT_OPEN)]
      head = [c, a.format(shop=shop, nick=nick)]
    if item.close:
      tail = list(CHAT_CLOSE[n % len(CHAT_CLOSE)])
    lines = head + body + tail
  else:
    no = str(1000 + (n * 37) % 9000)
    head, tail = [], []
    if item.open:
      tpl = (CALL_OPEN_ASR if asr_form else CALL_OPEN)
      head = [tpl[n % len(tpl)].format(co=item.co, no=no)]
    if item.close:
      tpl = CALL_CLOSE_ASR if asr_form else CALL_CLOSE
      tail = list(tpl[n % len(tpl)])
    lines = head + body + tail
  lines = [_transform(ln, item.form) for ln in lines]
  kw = {k: (v[which] if isinstance(v, tuple) else v) for k, v in item.kw.items()}
  if item.kind == "chat":
    return Conv(cid, "chat", lines, platform=item.plat, **kw)
  kw.setdefault("rings", 2)
  return Conv(cid, "call", lines, platform=item.plat, **kw)
