"""Round 13: the item notation and the wrappers around each middle.

An item is one middle of a conversation written once for both files:
`{{bad||good}}` inside a line is the violating and the compliant wording of the
same act (an empty side drops the line in that file). The wrapper adds a
welcome before the first agent line and an ask-more / goodbye after the
middle, rotated by the item's number so that the frame varies and is itself
compliant. The record format is ../conv_model.py.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from conv_model import call, chat  # noqa: E402

SWAP = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)


def side(text, violating):
  return SWAP.sub(lambda m: m.group(1) if violating else m.group(2), text)


# Welcomes for shop chats: greeting + an offer to help, by platform (no 宝贝 on
# Pinduoduo, no review talk anywhere).
WELCOME = {
    "jd": [
        "您好，欢迎光临{shop}京东自营旗舰店，我是客服小安，请问有什么可以帮您？",
        "您好～我是{shop}的在线客服阿宁，很高兴为您服务，请问您遇到什么问题了呢？",
        "您好，这里是{shop}官方店铺，客服小周为您服务，请问需要咨询什么？",
    ],
    "taobao": [
        "亲，您好，欢迎光临{shop}，我是客服糖糖，请问有什么可以帮到您的呢？",
        "亲亲您好呀，{shop}客服小鹿在的，很高兴为您服务，请问有什么需要呢～",
        "您好亲，欢迎来到{shop}，客服七七为您服务，请问您想咨询什么呢？",
    ],
    "pinduoduo": [
        "亲，您好，欢迎光临{shop}，客服小麦很高兴为您服务，请问有什么可以帮您？",
        "您好呀亲，{shop}客服在线，请问有什么能帮您处理的呢？",
        "亲亲您好，这里是{shop}，我是客服豆豆，请问您有什么问题需要帮忙？",
    ],
    "douyin": [
        "您好，欢迎来到{shop}抖音小店，我是客服小夏，请问有什么可以帮您？",
        "亲，您好呀，{shop}客服阿杏为您服务，请问您需要了解些什么呢？",
        "您好亲～{shop}小店客服在的哦，请问有什么可以帮到您？",
    ],
}

# Endings: ask-more, the customer's answer, goodbye. The customer's thanks is
# answered in the goodbye.
ENDINGS = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的耐心，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没了", "A: 好的，感谢您的光临，期待下次再为您服务，再见！"],
    ["A: 请问您还有其他需要吗？", "C: 暂时没了 谢啦", "A: 不用客气哈，祝您生活愉快，有问题随时找我们，再见～"],
    ["A: 还有什么需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您对本店的支持，祝您生活愉快，再见～"],
    ["A: 亲亲，请问还有其他问题吗？", "C: 没有啦 谢谢你", "A: 不客气哦，很高兴为您服务，祝您一切顺利，再见～"],
    ["A: 您看还有其他需要我帮忙的地方吗？", "C: 没了 就这些", "A: 好的，感谢您的光临和理解，祝您生活愉快，再见！"],
]

# Calls: company-and-number openings, ask-more and goodbye with thanks.
CALL_OPEN = [
    "您好，{co}客服中心，工号{no}为您服务，请问有什么可以帮您？",
    "您好，这里是{co}售后服务热线，我是{no}号客服，很高兴为您服务，请问有什么可以帮您？",
    "上午好，{co}客服，{no}号为您服务，请问您需要办理什么？",
    "您好，{co}客户服务中心，我是客服小林，工号{no}，请问有什么可以帮您？",
]
CALL_END = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了没了", "A: 好的，感谢您的来电，祝您一切顺利，再见！"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
]

ITEMS = []


class Item:
  def __init__(self, kind, platform, expect, reason, body, shop="", greet=True,
               end=True, co="", asr=False, timed=True, iso=False, started=None,
               rings=None, direction=None, fullwidth=False, hangup="customer"):
    self.kind = kind
    self.platform = platform
    self.expect = expect
    self.reason = reason
    self.body = body
    self.shop = shop
    self.greet = greet
    self.end = end
    self.co = co
    self.asr = asr
    self.timed = timed
    self.iso = iso
    self.started = started
    self.rings = rings
    self.direction = direction
    self.hangup = hangup


def V(platform, expect, reason, body, **kw):
  """A violating/compliant pair on a shop chat (platform) or a call (platform "call")."""
  kind = "call" if platform == "call" else "chat"
  ITEMS.append(Item(kind, None if platform == "call" else platform, expect, reason, body, **kw))


OK_ITEMS = []


def K(platform, reason, body, **kw):
  """A conversation that only goes in compliant.jsonl (information asked, near-miss)."""
  kind = "call" if platform == "call" else "chat"
  OK_ITEMS.append(Item(kind, None if platform == "call" else platform, "", reason, body, **kw))


PUNCT = re.compile(r"[，。？！、,.?!：:；;～~]+")


def asr_form(text):
  """Speech-recognition look: no punctuation, a space between characters."""
  text = PUNCT.sub(" ", text)
  out = []
  for word in text.split():
    if re.fullmatch(r"[A-Za-z0-9]+", word):
      out.append(word)
    else:
      out.append(" ".join(word))
  return " ".join(out)


FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def body_lines(body, violating):
  lines = []
  for raw in side(body, violating).strip("\n").split("\n"):
    raw = raw.strip()
    if not raw:
      continue
    m = re.match(r"^(?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?(.*)$", raw)
    if m is not None and m.group(1).strip() == "" and not raw.startswith("!"):
      continue  # the empty side of a {{||}} pair
    lines.append(raw)
  return lines


def frame(item, n, violating):
  lines = body_lines(item.body, violating)
  if item.kind == "chat":
    if item.greet:
      # the welcome answers the customer's first message (3-second reply);
      # the rest of what the customer typed follows it
      welcome = WELCOME[item.platform][n % 3].format(shop=item.shop or "本店")
      at = 1 if lines and re.match(r"^(?:[+~][0-9.]+\s+)?C", lines[0]) else 0
      lines.insert(at, "A: " + welcome)
      if at + 1 < len(lines) and re.match(r"^A", lines[at + 1]):
        lines[at + 1] = "+4 " + lines[at + 1]
    if item.end:
      lines += ENDINGS[n % len(ENDINGS)]
  else:
    if item.greet:
      opening = CALL_OPEN[n % len(CALL_OPEN)].format(co=item.co or "客户", no=3100 + (n * 37) % 800)
      lines.insert(0, "A: " + opening)
    if item.end:
      lines += CALL_END[n % len(CALL_END)]
  out = []
  for ln in lines:
    if item.asr and not ln.startswith("!"):
      m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", ln)
      ln = m.group(1) + asr_form(m.group(2))
    out.append(ln)
  return out


def build(item, cid, n, violating):
  lines = frame(item, n, violating)
  kw = dict(expect=item.expect if violating else "", reason=item.reason, timed=item.timed,
            iso=item.iso)
  if item.started:
    kw["started"] = item.started
  if item.kind == "chat":
    return chat(cid, lines, platform=item.platform, **kw)
  conv = call(cid, lines, rings=item.rings, direction=item.direction, hangup=item.hangup, **kw)
  conv.platform = item.platform
  return conv
