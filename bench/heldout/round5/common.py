"""Round 5 item notation and wrappers.

An item is one conversation written once, with its violating and compliant
forms inside one body:

  {bad|good}     inline: the violating text, then the compliant text
  v:LINE         a line only in the violating conversation
  c:LINE         a line only in the compliant conversation
  OPEN / CLOSE   a rotated opening / ending that is itself compliant

Lines otherwise follow ../conv_model.py (`+gap A: text`, `!hold_start`,
`!wait 40`). A keyword argument given as Alt(v, c) differs between the twins.
Whole-conversation forms: asr='char' (no punctuation, characters spaced,
like speech-recognition output), asr='bare' (no punctuation), trad=True
(traditional characters), fw=True (full-width digits and letters).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402


class Alt:
  def __init__(self, v, c):
    self.v, self.c = v, c


ITEMS = []  # violating items, in order
NEAR = []  # near-misses (compliant only)


def _pick(value, side):
  return (value.v if side == "v" else value.c) if isinstance(value, Alt) else value


ALT = re.compile(r"\{([^{}|]*)\|([^{}]*)\}")


def _side_lines(body, side):
  out = []
  for raw in body.strip("\n").split("\n"):
    line = raw.strip()
    if not line:
      continue
    if line.startswith("v:"):
      if side != "v":
        continue
      line = line[2:]
    elif line.startswith("c:"):
      if side != "c":
        continue
      line = line[2:]
    line = ALT.sub(lambda m: m.group(1) if side == "v" else m.group(2), line)
    out.append(line)
  return out


# ---------------------------------------------------------------- openings
CALL_GREET = ["您好", "上午好", "您好", "下午好", "您好"]
CALL_WHO = ["工号{n}为您服务", "我是{name}", "敝姓{sur}，很高兴为您服务", "{n}号话务员为您服务",
            "我是客服{name}，很高兴为您服务"]
CALL_ASK = ["请问有什么可以帮您？", "请问您需要办理什么业务？", "请问您想咨询什么？",
            "请问您遇到了什么问题？", "请问有什么需要帮忙的？"]
NAMES = ["小林", "小周", "小何", "阿静", "小唐", "小许", "小罗", "小宋", "晓雯", "小蒋"]
SURS = ["周", "林", "何", "唐", "许", "罗", "宋", "蒋", "陈", "邓"]

CALL_CLOSES = [
    ["A: 请问还有其他需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 您看还有别的问题吗？", "C: 没了没了", "A: 那就不打扰您了，谢谢您的来电，再见。", "C: 好 拜拜"],
    ["A: 还有什么可以帮到您的吗？", "C: 没有了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有其它事情需要咨询吗？", "C: 就这些", "A: 好的，谢谢您的来电，祝您一切顺利，再见。"],
    ["A: 您还有其他想了解的吗？", "C: 没有啦", "A: 好的，感谢您来电，再见！", "C: 再见"],
]
CALL_CLOSES_NOTHANKS_C = [  # customer does not thank (for items that test the thanks response)
    ["A: 请问还有其他需要我帮您处理的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 您看还有别的问题吗？", "C: 没了", "A: 那就不打扰您了，谢谢您的来电，再见。", "C: 好 拜拜"],
]
OUT_CLOSES = [
    ["A: 您这边还有其他问题吗？", "C: 没有了", "A: 好的，感谢您的接听，打扰您了，再见！"],
    ["A: 请问您还有别的需要吗？", "C: 没有", "A: 那不耽误您时间了，谢谢您的配合，再见。", "C: 嗯 再见"],
]

CHAT_FIRST = ["在吗", "你好", "有人吗", "亲 在不在", "客服在吗", "hello", "您好", "在不在呀"]
CHAT_WELCOME = [
    "您好，欢迎光临{shop}，很高兴为您服务，请问有什么可以帮您？",
    "亲，您好呀~我是客服{name}，请问您想咨询点什么呢？",
    "您好，我是{shop}的客服{name}，很高兴为您服务😊",
    "亲亲您好，请问今天想了解点什么呢？",
    "您好～欢迎来到{shop}，请问您需要什么帮助？",
    "您好，{name}在线为您服务，请问您遇到什么问题了？",
]
SHOPS = ["小店", "本店", "旗舰店", "小店", "我们店"]
CHAT_CLOSES = [
    ["A: 请问还有其他问题需要咨询吗？", "C: 没有了", "A: 好的，感谢您的光临，祝您生活愉快，再见~"],
    ["A: 亲，还有别的需要帮忙的吗？", "C: 没啦", "A: 好哒，感谢您的支持，期待您下次光临哦~"],
    ["A: 您看还有什么需要了解的吗？", "C: 暂时没了 谢谢", "A: 不客气，感谢您的惠顾，祝您购物愉快！"],
    ["A: 请问还有其它可以帮到您的吗？", "C: 没有", "A: 好的，谢谢您的耐心，祝您生活愉快，再见！"],
    ["A: 还有其他问题吗亲？", "C: 没了", "A: 好的，感谢您的光临，有需要随时找我们哦，再见～"],
]
CHAT_CLOSES_NOTHANKS = [  # no thanks word anywhere: for items testing a thanks response
    ["A: 请问还有其他问题需要咨询吗？", "C: 没有了", "A: 好的，祝您生活愉快，再见~"],
    ["A: 亲，还有别的需要帮忙的吗？", "C: 没啦", "A: 好哒，期待您下次光临，再见哦~"],
    ["A: 您看还有什么需要了解的吗？", "C: 没了", "A: 好的，祝您购物愉快，再见！"],
]


def _open_lines(it, k):
  kind = it["kind"]
  if kind == "call":
    if it.get("direction") == "outbound":
      raise SystemExit(f"{it['id']}: outbound calls write their own opening")
    g = CALL_GREET[k % len(CALL_GREET)]
    who = CALL_WHO[(k // 2) % len(CALL_WHO)].format(n=3000 + (k * 37) % 900, name=NAMES[k % 10],
                                                    sur=SURS[(k + 3) % 10])
    ask = CALL_ASK[(k // 3) % len(CALL_ASK)]
    org = it.get("org", "客服中心")
    return [f"A: {g}，{org}，{who}，{ask}"]
  first = it.get("first") or CHAT_FIRST[k % len(CHAT_FIRST)]
  wel = CHAT_WELCOME[(k // 2) % len(CHAT_WELCOME)].format(shop=SHOPS[k % len(SHOPS)], name=NAMES[(k + 5) % 10])
  return [f"C: {first}", f"A: {wel}"]


def _close_lines(it, k):
  kind = it["kind"]
  style = it.get("close_style", "")
  if kind == "call":
    if it.get("direction") == "outbound":
      pool = OUT_CLOSES
    else:
      pool = CALL_CLOSES_NOTHANKS_C if style == "nothanks" else CALL_CLOSES
  else:
    pool = CHAT_CLOSES_NOTHANKS if style == "nothanks" else CHAT_CLOSES
  return pool[k % len(pool)]


PUNCT = re.compile(r"[，。！？、；：,.!?;:~～…“”\"'（）()《》【】\s]+")


def asr_form(text, mode):
  if mode == "bare":
    return PUNCT.sub(" ", text).strip()
  if mode == "char":
    t = PUNCT.sub("", text)
    out = []
    for ch in t:
      out.append(ch)
    return " ".join(out)
  return text


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def fw_form(text):
  return "".join(FW.get(c, c) for c in text)


def to_trad(texts):
  if not texts:
    return []
  joined = "\n".join(texts)
  out = subprocess.run(["uconv", "-x", "Hans-Hant"], input=joined, capture_output=True, text=True,
                       check=True).stdout
  res = out.split("\n")
  return res[:len(texts)]


LINE = conv_model.LINE


def build_lines(it, side, k):
  lines = []
  for line in _side_lines(it["body"], side):
    if line == "OPEN":
      lines.extend(_open_lines(it, k))
    elif line == "CLOSE":
      lines.extend(_close_lines(it, k))
    else:
      lines.append(line)
  asr = _pick(it.get("asr"), side)
  trad = _pick(it.get("trad"), side)
  fw = _pick(it.get("fw"), side)
  if asr or trad or fw:
    idx, texts = [], []
    for i, line in enumerate(lines):
      m = LINE.match(line)
      if line.startswith("!") or not m:
        continue
      idx.append(i)
      texts.append(m.group("text"))
    if trad:
      texts = to_trad(texts)
    if asr:
      texts = [asr_form(t, asr) for t in texts]
    if fw:
      texts = [fw_form(t) for t in texts]
    for i, t in zip(idx, texts):
      m = LINE.match(lines[i])
      lines[i] = lines[i][:m.start("text")] + t
  return lines


CONV_KW = ("platform", "direction", "started", "rings", "hangup", "timed", "iso", "agent")


def make_conv(it, side, cid, k):
  lines = build_lines(it, side, k)
  kw = {key: _pick(it[key], side) for key in CONV_KW if key in it}
  if it["kind"] == "call":
    kw.pop("platform", None) if kw.get("platform") is None else None
    return conv_model.call(cid, lines, **kw)
  return conv_model.chat(cid, lines, **kw)


def _item(kind, expect, reason, body, **kw):
  it = dict(kind=kind, expect=expect, reason=reason, body=body)
  it.update(kw)
  return it


def call(expect, reason, body, **kw):
  ITEMS.append(_item("call", expect, reason, body, **kw))


def chat(platform, expect, reason, body, **kw):
  ITEMS.append(_item("chat", expect, reason, body, platform=platform, **kw))


def near_call(reason, body, **kw):
  NEAR.append(_item("call", "", reason, body, **kw))


def near_chat(platform, reason, body, **kw):
  NEAR.append(_item("chat", "", reason, body, platform=platform, **kw))
