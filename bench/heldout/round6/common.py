"""Round 6 of the held-out set: the item notation and the wrappers.

An item is one middle of a conversation written once for both files: the
violating line and its correction sit side by side as {{bad|||good}} and
expand() picks one side. The wrapper adds an opening and an ending (rotated so
that they vary) around the middle; both are written to pass every seed
requirement, so the only thing wrong in a violating conversation is the line
the item marks. The line format is ../conv_model.py.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import call, chat  # noqa: E402

PAIR = re.compile(r"\{\{(.*?)\|\|\|(.*?)\}\}", re.S)


def expand(text, violating):
  return PAIR.sub(lambda m: m.group(1) if violating else m.group(2), text)


# ---------------------------------------------------------------- text forms

PUNCT = set("，。！？、；：,.!?;:~～…“”\"'（）()")
FILLERS = ("嗯", "呃", "那个", "就是")


def _tokens(text):
  """Splits text into tokens: a run of ASCII letters is one token, every
  other letter is one token; punctuation and spaces end a clause (None)."""
  out, word = [], ""
  for ch in text:
    if ch.isascii() and ch.isalpha():
      word += ch
      continue
    if word:
      out.append(word)
      word = ""
    if ch in PUNCT or ch.isspace():
      out.append(None)
    else:
      out.append(ch)
  if word:
    out.append(word)
  return out


def asr(text, filler_every=0, seed=0):
  """Speech-recognition form: no punctuation, a space between characters
  (English words kept whole), and now and then a filler word."""
  out = []
  k = seed
  for tok in _tokens(text):
    if tok is None:
      if filler_every and out and k % filler_every == 0:
        out.append(FILLERS[k % len(FILLERS)])
      k += 1
      continue
    out.append(tok)
  return " ".join(out)


def asr_words(text):
  """Speech-recognition form with spaces between words (rough chunks of two
  characters, English words kept whole) and no punctuation."""
  chunks, cur = [], ""
  for tok in _tokens(text):
    if tok is None or len(tok) > 1 and tok.isascii():
      if cur:
        chunks.append(cur)
        cur = ""
      if tok:
        chunks.append(tok)
      continue
    cur += tok
    if len(cur) == 2:
      chunks.append(cur)
      cur = ""
  if cur:
    chunks.append(cur)
  return " ".join(chunks)


def fullwidth(text):
  out = []
  for ch in text:
    o = ord(ch)
    if 0x21 <= o <= 0x7E and (ch.isalnum()):
      out.append(chr(o + 0xFEE0))
    else:
      out.append(ch)
  return "".join(out)


# ---------------------------------------------------------------- chat wrappers

CHAT_OPENERS = ("在吗", "你好", "在不在呀", "有人吗", "hello 在吗", "客服在吗？", "您好", "亲 在么")

CHAT_GREETINGS = (
    "您好，欢迎光临本店，我是客服小橙，很高兴为您服务，请问有什么可以帮您？",
    "亲，您好呀～我是今天值班的客服阿青，请问您想了解哪方面的问题呢？",
    "您好！这里是店铺客服7号，很乐意为您效劳，请问需要咨询什么？",
    "欢迎光临～我是客服小满，请问有什么能帮到您的吗？😊",
    "您好，我是售后客服言言，很高兴为您服务，您遇到了什么问题呢？",
    "亲亲您好，客服团子在的，请问有什么可以为您做的？",
    "您好呀，感谢光临，我是客服小岚，请问您想咨询哪件商品呢？",
)

CHAT_ASK_MORE = (
    "请问您还有别的需要我帮忙的吗？",
    "亲，除了这个，还有其他想问的吗？",
    "还有什么我可以帮您解答的吗？",
    "请问还有其他疑问需要处理吗？",
    "您这边还有别的问题要咨询吗？",
)

CHAT_NO_MORE = ("没有了 谢谢", "没了，谢谢啊", "暂时没有了，谢谢你", "没有啦 谢谢🙏", "好的没了 谢谢")

CHAT_GOODBYES = (
    "不客气，感谢您的光临，祝您生活愉快，再见！",
    "不用客气哈，期待您再次光临，祝您天天开心～再见",
    "应该的，感谢您对小店的支持，祝您购物愉快，再见！",
    "不客气呢，很高兴为您服务，欢迎随时再来咨询，再见～",
    "亲不客气，谢谢您的惠顾，祝您一切顺利，再见～",
)


def chat_conv(cid, idx, middle, violating, platform, opening=True, ending=True, form=None,
              **kw):
  lines = []
  if opening:
    lines.append("C: " + CHAT_OPENERS[idx % len(CHAT_OPENERS)])
    lines.append("A: " + CHAT_GREETINGS[idx % len(CHAT_GREETINGS)])
  mid = [expand(l, violating) for l in middle]
  if form:
    mid = [apply_form(l, form, k) for k, l in enumerate(mid)]
  lines += mid
  if ending:
    lines.append("A: " + CHAT_ASK_MORE[idx % len(CHAT_ASK_MORE)])
    lines.append("C: " + CHAT_NO_MORE[idx % len(CHAT_NO_MORE)])
    lines.append("A: " + CHAT_GOODBYES[(idx // 2) % len(CHAT_GOODBYES)])
  return chat(cid, lines, platform=platform, **kw)


# ---------------------------------------------------------------- call wrappers

COMPANIES = (
    ("城东燃气客服热线", "工号2031"),
    ("安居宽带服务中心", "工号5507"),
    ("优家家电售后", "工号1186"),
    ("顺捷快递客服", "工号4420"),
    ("鲜到家生鲜配送客服", "工号0918"),
    ("清源水务热线", "工号3352"),
    ("远航旅行服务中心", "工号6610"),
)

GAS, NET, APPL, EXP, FRESH, WATER, TRAVEL = COMPANIES

CALL_GREETINGS = (
    "您好，{co}，{no}为您服务，请问有什么可以帮您？",
    "上午好，这里是{co}，我是{no}，很高兴为您服务，请问您需要办理什么？",
    "您好，欢迎致电{co}，{no}很高兴为您服务，请问您遇到了什么问题？",
    "下午好，{co}{no}，请问有什么可以帮到您？",
)

CALL_ASK_MORE = (
    "请问还有其他需要帮您处理的吗？",
    "请问您还有别的问题要咨询吗？",
    "您看还有别的事需要我帮忙吗？",
)

CALL_GOODBYES = (
    "感谢您的来电，祝您生活愉快，再见！",
    "好的，谢谢您的来电，祝您一天顺心，再见。",
    "感谢您的耐心和来电，再见！",
)


def call_conv(cid, idx, middle, violating, opening=True, ending=True, form=None, company=None,
              **kw):
  co, no = company or COMPANIES[idx % len(COMPANIES)]
  lines = []
  if opening:
    lines.append("A: " + CALL_GREETINGS[idx % len(CALL_GREETINGS)].format(co=co, no=no))
  lines += [expand(l, violating) for l in middle]
  if ending:
    lines.append("A: " + CALL_ASK_MORE[idx % len(CALL_ASK_MORE)])
    lines.append("C: 没有了")
    lines.append("A: " + CALL_GOODBYES[idx % len(CALL_GOODBYES)])
  if form:
    lines = [apply_form(l, form, k) for k, l in enumerate(lines)]
  kw.setdefault("rings", 1)
  return call(cid, lines, **kw)


def apply_form(line, form, k=0):
  """Applies a text form to the text of one line of the line format."""
  m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", line, re.S)
  if not m or line.startswith("!"):
    return line
  head, text = m.group(1), m.group(2)
  if form == "asr":
    text = asr(text, filler_every=3, seed=k)
  elif form == "asr_words":
    text = asr_words(text)
  elif form == "fullwidth":
    text = fullwidth(text)
  return head + text


class Item:
  """One middle: key (for the reason), channel, platform, expected ids,
  reason, the middle lines, and options for the wrapper."""

  def __init__(self, channel, platform, expect, reason, middle, opening=True, ending=True,
               form=None, twin_expect="", **kw):
    self.channel = channel
    self.platform = platform
    self.expect = expect
    self.reason = reason
    self.middle = middle
    self.opening = opening
    self.ending = ending
    self.form = form
    self.twin_expect = twin_expect
    self.kw = kw

  def build(self, cid, idx, violating):
    if self.channel == "chat":
      return chat_conv(cid, idx, self.middle, violating, self.platform, self.opening,
                       self.ending, self.form, **self.kw)
    kw = dict(self.kw)
    if self.platform:
      kw["platform"] = self.platform
    return call_conv(cid, idx, self.middle, violating, self.opening, self.ending, self.form, **kw)


def V(channel, platform, expect, reason, *middle, **kw):
  extra = kw.pop("expect_extra", "")
  if extra:
    expect = expect + "," + extra
  return Item(channel, platform, expect, reason, list(middle), **kw)
