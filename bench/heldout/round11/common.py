"""Round 11: item notation and the wrappers around each middle.

An item is one shop chat (or call) with a deliberate fault in its middle.
Inside a line, ⟦bad‖good⟧ holds the violating wording and the compliant one;
the violating file takes the left side, the twin the right side, nothing else
differs. The line format itself is ../conv_model.py.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import call, chat  # noqa: E402

ALT = re.compile(r"⟦(.*?)‖(.*?)⟧", re.S)


def pick(line, side):
  """The line with each ⟦bad‖good⟧ resolved; None when the side leaves it empty."""
  out = ALT.sub(lambda m: m.group(1) if side == 0 else m.group(2), line)
  return None if re.fullmatch(r"(?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s*", out) else out


# Chat openings: the customer's first message(s) come from the item, then the
# agent's welcome. Each greets and offers help, in the shop's own voice.
CHAT_WELCOME = [
    "A: 您好，欢迎光临本店，我是客服小禾，请问有什么可以帮您？",
    "A: 亲，您好呀～我是售后客服阿澄，很高兴为您服务，请问遇到什么问题了呢？",
    "A: 您好，这里是官方旗舰店售后，我是客服七七，请问需要我帮您处理点什么？",
    "A: 亲，您好，我是客服团团，您有什么需要尽管说，我来帮您处理～",
    "A: 您好～我是客服橙子，很高兴为您服务，请问您想咨询什么呢？",
    "A: 您好亲，客服小满在的，请问有什么可以帮到您呀？",
]

# Chat endings: ask-more, the customer's thanks, an answer to it and goodbye.
CHAT_ENDING = [
    ["A: 请问还有别的需要帮您处理的吗？", "C: 没了 谢谢", "A: 不客气呢，祝您生活愉快，再见～"],
    ["A: 亲，还有其他问题需要咨询吗？", "C: 木有了，谢啦", "A: 不用客气哈，有事随时找我们，再见亲～"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 暂时没有了，谢谢你", "A: 应该的，感谢您的理解，祝您购物愉快，再见！"],
    ["A: 还有别的地方要我帮忙的吗？", "C: 没有啦 多谢", "A: 很高兴为您服务，不客气哦，再见～"],
    ["A: 亲亲还有别的问题吗？", "C: 没事了 谢谢小妹", "A: 不客气亲，祝您一切顺利，再见啦～"],
    ["A: 还有其他需要咨询的吗亲？", "C: 好的没了，谢谢", "A: 不客气～感谢您的支持，再见！"],
]

# Call wrappers: company + job number, restating, ask-more, thanks, goodbye.
CALL_OPEN = [
    "A: 您好，{co}客服中心，工号{no}很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}服务热线，我是{no}号客服，请问您需要什么帮助？",
    "A: 您好，欢迎致电{co}，我是客服{no}号，请问有什么可以帮您的？",
]
CALL_END = [
    ["A: 您这边还有别的事情要办吗？", "C: 没有了", "A: 感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了没了", "A: 好的，感谢您的耐心，祝您愉快，再见！"],
    ["A: 您看还有其他事情我能帮您的吗？", "C: 没有了 就这个", "A: 谢谢您的来电，再见！"],
]


def build(items, prefix):
  """Returns (violating records, compliant records, expected rows)."""
  vio, com, rows = [], [], []
  for n, it in enumerate(items, 1):
    vid, cid = f"{prefix}v{n:03d}", f"{prefix}c{n:03d}"
    for side, out, rid in ((0, vio, vid), (1, com, cid)):
      out.append(make_conv(rid, it, side, n))
    rows.append((vid, it["expect"], it["reason"]))
    rows.append((cid, "", "twin of " + vid + ": " + it["reason"]))
  return vio, com, rows


def make_conv(rid, it, side, n):
  lines = [l for l in (pick(l, side) for l in it["body"]) if l is not None]
  kind = it.get("kind", "chat")
  if kind == "chat":
    if not it.get("no_open"):
      k = it["open"] if "open" in it else n
      # the customer's opening message(s) are the item's lines before the first "A:"
      # the shop's welcome answers the customer's first message within
      # seconds; the rest of what the customer typed in a row follows it
      head = []
      if lines and re.match(r"(?:[+~][0-9.]+\s+)?C", lines[0]):
        head.append(lines.pop(0))
      lines = head + ["+2 " + CHAT_WELCOME[k % len(CHAT_WELCOME)]] + lines
    if not it.get("no_end"):
      lines = lines + CHAT_ENDING[n % len(CHAT_ENDING)]
    kw = {k2: it[k2] for k2 in ("timed", "iso", "started") if k2 in it}
    return chat(rid, lines, platform=it.get("platform", "taobao"), **kw).record()
  opening = CALL_OPEN[n % len(CALL_OPEN)].format(co=it["co"], no=it.get("no", 2000 + n))
  body = lines
  if not it.get("no_open"):
    body = [opening] + body
  if not it.get("no_end"):
    body = body + CALL_END[n % len(CALL_END)]
  kw = {k2: it[k2] for k2 in ("platform", "direction", "rings", "started", "hangup") if k2 in it}
  return call(rid, body, **kw).record()


def item(platform, body, expect="", reason="", **kw):
  d = {"platform": platform, "body": body, "expect": expect, "reason": reason}
  d.update(kw)
  return d


def call_item(co, body, expect="", reason="", **kw):
  d = {"kind": "call", "co": co, "body": body, "expect": expect, "reason": reason}
  d.update(kw)
  return d
