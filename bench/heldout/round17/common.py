"""Round 17: item notation, wrappers (openings and endings) and the messy forms.

An item is one violating conversation and its compliant twin in one body.
Inside a line, {{bad||good}} holds the violating and the compliant wording;
a line starting with "V " exists only in the violating conversation, one
starting with "K " only in the twin. The line format after that is
../conv_model.py (speaker A/C/S, optional +gap, !events).
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import call, chat  # noqa: E402

ALT = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)


def variant(lines, violating):
  out = []
  for raw in lines:
    raw = raw.rstrip()
    if not raw.strip():
      continue
    raw = raw.strip()
    if raw.startswith("V "):
      if not violating:
        continue
      raw = raw[2:]
    elif raw.startswith("K "):
      if violating:
        continue
      raw = raw[2:]
    raw = ALT.sub(lambda m: m.group(1) if violating else m.group(2), raw)
    out.append(raw)
  return out


# --- messy forms -------------------------------------------------------------

FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FULL[" "] = "\u3000"


def fullwidth_ascii(text):
  """Letters and digits in full width (the shape some IMEs send)."""
  return "".join(FULL.get(ch, ch) if ch.isalnum() and ch.isascii() else ch for ch in text)


PUNCT = re.compile(r"[，。？！、；：,.?!~～…“”\"（）()]+")


def asr(text, mode="chars"):
  """Speech-recognition output: no punctuation; spaces between characters
  (mode chars) or between short chunks (mode words)."""
  body = PUNCT.sub(" ", text).strip()
  body = re.sub(r"\s+", " ", body)
  if mode == "chars":
    return " ".join(ch for ch in body.replace(" ", ""))
  return body


def apply_form(lines, form):
  if not form:
    return lines
  out = []
  for raw in lines:
    m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", raw, re.S)
    if not m or raw.startswith("!"):
      out.append(raw)
      continue
    head, text = m.group(1), m.group(2)
    if form in ("asr", "asrw"):
      if not head.lstrip("+~0123456789. ").startswith("S"):
        text = asr(text, "chars" if form == "asr" else "words")
    elif form == "full":
      if "A" in head:
        text = fullwidth_ascii(text)
    out.append(head + text)
  return out


# --- chat wrappers -----------------------------------------------------------

SHOP_GREET = [
    "A: 您好，欢迎光临{shop}，我是客服小橙，很高兴为您服务，请问有什么可以帮您？",
    "A: 亲，您好呀～这里是{shop}，客服阿紫在线，请问有什么可以帮到您呢？",
    "A: 您好，{shop}客服小麦为您服务，请问您想了解哪方面的问题呢？",
    "A: 亲亲您好，欢迎来到{shop}，我是今天值班的客服糖糖，有什么需要尽管跟我说哈",
    "A: 您好，很高兴为您服务，我是{shop}的客服小北，请问有什么可以帮您的呢？",
    "A: 在的亲，欢迎光临{shop}～我是客服团团，请问有什么可以为您效劳的？",
]

SHOP_CLOSE = [
    ["A: 请问还有其他可以帮到您的吗？", "C: 没了", "A: 好的，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，您看还有别的需要帮忙的地方吗？", "C: 没有了 谢谢", "A: 不客气呢，感谢您对小店的支持，期待您下次光临～"],
    ["A: 请问您还有其他问题需要咨询吗？", "C: 暂时没有了", "A: 好的亲，感谢您的耐心，祝您购物愉快，再见啦"],
    ["A: 还有什么需要我帮您处理的吗？", "C: 没了 辛苦", "A: 不辛苦，这是我们应该做的，感谢您的惠顾，有需要随时来找我们哈"],
    ["A: 请问还有其他事情需要帮您看看吗？", "C: 没有", "A: 好的，感谢您选择我们家，祝您生活愉快～"],
]

CALL_GREET = [
    "A: 您好，{org}客服中心，工号{no}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{org}售后服务热线，我是{no}号客服，很高兴为您服务，请问您需要办理什么业务？",
    "A: 您好，{org}客户服务中心，敝姓林，工号{no}，请问有什么可以帮您？",
    "A: 您好，欢迎致电{org}，{no}号客服为您服务，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有其他需要咨询的问题吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有什么需要我帮您处理的吗？", "C: 没有了 就这个", "A: 好的，那感谢您的耐心，祝您生活愉快，再见！"],
]

CALL_NO = ["3721", "6085", "2319", "1147", "5802", "0936", "4410", "7268"]


class Item:
  def __init__(self, num, kind, body, expect, reason, platform=None, shop=None,
               org=None, open=True, close=True, open_lines=None, close_lines=None,
               form=None, iso=False, timed=True, started=None, rings=None,
               direction=None, agent=None, hangup="customer", greet_at=1):
    self.__dict__.update(locals())
    del self.__dict__["self"]

  def lines(self, violating):
    body = variant(self.body.strip("\n").split("\n"), violating)
    k = self.num
    if self.kind == "chat":
      if self.open_lines is not None:
        head = variant(self.open_lines, violating)
      elif self.open:
        head = [SHOP_GREET[k % len(SHOP_GREET)].format(shop=self.shop or "本店")]
      else:
        head = []
      # the welcome goes after the customer's first burst
      split = 0
      if self.open_lines is None and self.open:
        while split < len(body) and body[split].lstrip("+~0123456789. ").startswith("C"):
          split += 1
      lines = body[:split] + head + body[split:]
      if self.close_lines is not None:
        lines += variant(self.close_lines, violating)
      elif self.close:
        lines += SHOP_CLOSE[k % len(SHOP_CLOSE)]
    else:
      if self.open_lines is not None:
        head = variant(self.open_lines, violating)
      elif self.open:
        head = [CALL_GREET[k % len(CALL_GREET)].format(org=self.org or "客户", no=CALL_NO[k % len(CALL_NO)])]
      else:
        head = []
      lines = head + body
      if self.close_lines is not None:
        lines += variant(self.close_lines, violating)
      elif self.close:
        lines += CALL_CLOSE[k % len(CALL_CLOSE)]
    return apply_form(lines, self.form)

  def conv(self, prefix, violating):
    cid = f"{prefix}{self.num:03d}"

    def pick(value):  # (violating, compliant) when the violation is in the metadata
      return value[0 if violating else 1] if isinstance(value, tuple) else value

    kw = dict(expect=self.expect if violating else "", reason=self.reason,
              timed=self.timed, iso=self.iso, started=pick(self.started), agent=self.agent)
    lines = self.lines(violating)
    if self.kind == "chat":
      return chat(cid, lines, platform=self.platform, **kw)
    return call(cid, lines, platform=self.platform, direction=self.direction,
                rings=pick(self.rings), hangup=pick(self.hangup), **kw)


ITEMS = []
NEAR = []


def C(num, body, expect, reason, platform="taobao", **kw):
  ITEMS.append(Item(num, "chat", body, expect, reason, platform=platform, **kw))


def T(num, body, expect, reason, **kw):
  ITEMS.append(Item(num, "call", body, expect, reason, **kw))


def N(num, kind, body, reason, **kw):
  """A near-miss: compliant only (no violating variant)."""
  NEAR.append(Item(num, kind, body, "", reason, **kw))
