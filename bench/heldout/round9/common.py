"""Item notation and the compliant wrappers of round 9.

An item is one conversation written twice at once: every `[[bad||good]]` in
its lines is the violating text before `||` and the compliant text after it.
A line whose text is empty after the choice is dropped (so `A: [[||不客气]]`
is a reply that only the twin has). The wrappers put a compliant opening
(the customer's first message, the agent's welcome) and a compliant ending
(ask-more, the customer's no, thanks and goodbye) around each middle, rotated
by the item's number, unless the item writes its own (`own_open`,
`own_close`) or is an excerpt of a longer log (both)."""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import call, chat  # noqa: E402

CHOICE = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]", re.S)

SHOP = {
    "taobao": "暖居小铺",
    "jd": "青禾数码京东店",
    "pinduoduo": "果园直发店",
    "douyin": "阿满好物铺",
}

# The customer's first message of a chat: greetings, an order card, a bare ping.
CHAT_FIRST = [
    "C: 在吗",
    "C: 有人没",
    "C: [订单卡片] 订单编号：[订单x] 实付：￥89.00",
    "C: 你好～",
    "C: 客服客服",
    "C: hello 在不",
    "C: 亲 在嘛🙋",
    "C: [商品卡片] 链接：[链接x]",
    "C: 請問有人嗎",
    "C: 哈喽",
]

# The welcome: a greeting and an offer to help (and mostly a name or number).
CHAT_WELCOME = [
    "A: 亲，您好，{shop}客服小橙在线，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好呀，欢迎光临{shop}，我是客服安安，请问有什么需要帮忙的吗😊",
    "A: 亲爱哒您好～我是{shop}的售后小北，很高兴为您服务，您想咨询点什么呢？",
    "A: 您好，{shop}客服9号为您服务，请问遇到什么问题了呢？",
    "A: 亲亲您好，我是小鹿，很高兴接待您哦，请问有什么可以帮到您？",
    "A: 您好，欢迎来到{shop}，我是客服阿杰，请问今天想了解些什么？",
    "A: 亲，上午好～{shop}客服木木为您服务，有什么问题您尽管说哈",
    "A: 您好亲，我是店铺客服小禾，很高兴为您服务，请问需要什么帮助？",
    "A: 親，您好，我是客服小晴，很高興為您服務，請問有什麼可以幫您？",
    "A: 您好，我是本店客服糖糖，非常高兴为您服务，您请说～",
]

# Ask-more, the customer's no, then thanks and goodbye.
CHAT_END = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了", "A: 感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没有了", "A: 好的亲，感谢您对小店的支持，期待下次再为您服务，再见🌷"],
    ["A: 您看还有其他需要我处理的吗？", "C: 暂时没有", "A: 那就不打扰您啦，谢谢您的耐心，祝您购物愉快，再见！"],
    ["A: 还有什么想了解的吗亲？", "C: 没有啦", "A: 感谢亲的光顾，有需要随时来找我们哦，再见～"],
    ["A: 亲亲还有其他疑问吗？", "C: 没", "A: 好哒，谢谢您的理解和支持，祝您一切顺利，再见哦"],
    ["A: 请问您还有别的事情需要咨询吗？", "C: 就这些", "A: 非常感谢您的惠顾，欢迎常来，再见！"],
]

CALL_COMPANY = ["顺达快递", "城南燃气", "优家家电", "鲜到家生鲜", "畅联宽带", "安途保险", "易行出行"]

CALL_WELCOME = [
    "A: 您好，{co}客服中心，工号{num}为您服务，请问有什么可以帮您？",
    "A: 上午好，{co}热线，{num}号客服很高兴为您服务，您要办理哪方面的业务？",
    "A: 您好，欢迎致电{co}，{num}号接线员为您服务，您有什么需要我帮忙的？",
    "A: 您好，{co}服务热线，我是客服小林，工号{num}，请问有什么可以帮您的？",
]

CALL_END = [
    ["A: 请问还有其他需要帮您办理的吗？", "C: 没有了", "A: 感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有别的问题吗？", "C: 没了", "A: 好的，谢谢您的来电，再见！"],
    ["A: 请问还有什么可以帮您？", "C: 没有 就这个", "A: 好的，感谢您的来电，祝您一天顺利，再见！"],
    ["A: 您看还有其他需要咨询的吗？", "C: 没有了 你挂吧", "A: 好的，谢谢您打来电话，再见！"],
]


def pick(text, bad):
  return CHOICE.sub(lambda m: m.group(1) if bad else m.group(2), text)


def choose(lines, bad):
  out = []
  for line in lines:
    text = pick(line, bad)
    m = re.match(r"^(?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?(.*)$", text, re.S)
    if m and not m.group(1).strip():
      continue
    out.append(text)
  return out


class Item:
  """One violating conversation and its compliant twin."""

  def __init__(self, channel, expect, reason, lines, platform=None, own_open=False,
               own_close=False, excerpt=False, **kw):
    self.channel = channel
    self.bad_kw = kw.pop("bad_kw", {})
    self.twin_expect = kw.pop("twin_expect", "")
    extra = kw.pop("expect_extra", "")
    self.expect = ",".join(x for x in (expect, extra) if x)
    self.reason = reason
    self.lines = lines
    self.platform = platform
    self.own_open = own_open or excerpt
    self.own_close = own_close or excerpt
    self.kw = kw

  def build(self, cid, n, bad):
    lines = choose(self.lines, bad)
    if bad:
      self.kw.update(self.bad_kw)
    if self.channel == "chat":
      shop = SHOP.get(self.platform or "taobao", "本店")
      head = [] if self.own_open else [CHAT_FIRST[n % len(CHAT_FIRST)],
                                        CHAT_WELCOME[(n * 3) % len(CHAT_WELCOME)].format(shop=shop)]
      tail = [] if self.own_close else CHAT_END[n % len(CHAT_END)]
      return chat(cid, head + lines + tail, platform=self.platform, **self.kw)
    co = self.kw.pop("company", CALL_COMPANY[n % len(CALL_COMPANY)])
    num = str(1000 + (n * 37) % 900)
    head = [] if self.own_open else [CALL_WELCOME[n % len(CALL_WELCOME)].format(co=co, num=num)]
    tail = [] if self.own_close else CALL_END[n % len(CALL_END)]
    conv = call(cid, head + lines + tail, platform=self.platform, **self.kw)
    self.kw["company"] = co
    return conv


def C(expect, reason, lines, platform="taobao", **kw):
  return Item("chat", expect, reason, lines, platform=platform, **kw)


def K(expect, reason, lines, platform=None, **kw):
  return Item("call", expect, reason, lines, platform=platform, **kw)
