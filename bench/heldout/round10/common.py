"""Item notation and the compliant wrappers of round 10.

An item is a middle (a list of conv_model lines) in which a part written
{{violating||compliant}} is the only difference between a violating
conversation and its twin. The wrappers (openings and endings) are rotated
so the text around each violation is itself varied and passes the seeds.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import call, chat  # noqa: E402

PICK = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)

PLATFORMS = {"tb": "taobao", "jd": "jd", "pdd": "pinduoduo", "dy": "douyin"}

SHOPS = {
    "taobao": ["青禾家居旗舰店", "小鹿童装", "木子茶舍", "暖阳厨具"],
    "jd": ["北辰数码专营店", "山海户外官方店", "禾田粮油自营", "瑞和家电旗舰店"],
    "pinduoduo": ["果园直发", "安心母婴", "巧手收纳", "优选日用"],
    "douyin": ["橙子美妆", "阿福零食铺", "简素女装", "小满家纺"],
}
AGENTS = ["小禾", "阿杏", "小满", "七七", "小柚", "安安", "糖糖", "小北"]

CHAT_OPEN_C = ["在吗", "你好", "有人吗", "亲 在不在", "您好", "hi", "客服在吗？"]
CHAT_OPEN_A = [
    "您好，欢迎光临{shop}，我是客服{name}，请问有什么可以帮您？",
    "亲，您好呀，{shop}客服{name}在线，有什么可以为您效劳的吗？",
    "您好～这里是{shop}，我是{name}，很高兴为您服务，请问您想了解点什么呢？",
    "在的，您好！我是{shop}的{name}，请问有什么需要帮忙的？",
]
CHAT_END = [
    ["A: 请问还有其他问题需要帮您处理吗？", "C: 没了 谢谢",
     "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
    ["A: 亲，还有别的想了解的吗？", "C: 没有啦 谢谢你",
     "A: 不用谢，感谢您的支持，欢迎下次光临，再见～"],
    ["A: 请问还有其他可以帮到您的地方吗？", "C: 暂时没有了，谢啦",
     "A: 不客气哈，祝您购物愉快，有需要随时来找我们，再见！"],
    ["A: 您看还有其他需要咨询的吗？", "C: 没有了 谢谢哈",
     "A: 应该的，谢谢您的光临，祝您一切顺利，再见！"],
]
CALL_OPEN = [
    "您好，{company}客服中心，{jobno}号为您服务，请问有什么可以帮您？",
    "您好，这里是{company}，我是{jobno}号客服，请问有什么可以帮到您？",
    "您好，{company}服务热线，工号{jobno}很高兴为您服务，请问您需要办理什么？",
]
CALL_END = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了",
     "A: 好的，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有别的问题吗？", "C: 没了没了 谢谢啊",
     "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有哪里需要我帮忙的吗？", "C: 没有了 就这个",
     "A: 好的，感谢您的来电和耐心，祝您一天顺利，再见！"],
]

PUNCT = re.compile(r"[，。！？、；：,.!?;:～~…“”\"'（）()]+")


def pick(text, violating):
  return PICK.sub(lambda m: m.group(1) if violating else m.group(2), text)


def asr_text(text):
  """Speech-recognition form: no punctuation, characters spaced out."""
  text = PUNCT.sub(" ", text).strip()
  out = []
  for word in text.split():
    if re.fullmatch(r"[0-9A-Za-z]+", word):
      out.append(word)
    else:
      out.append(" ".join(word))
  return " ".join(out)


def asr_words(text):
  """Speech-recognition form: no punctuation, spaces kept between phrases."""
  return re.sub(r"\s+", " ", PUNCT.sub(" ", text)).strip()


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%"}


def fullwidth(text):
  return "".join(FW.get(c, c) for c in text)


def _form(line, form):
  m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", line, re.S)
  if not m or line.startswith("!"):
    return line
  head, text = m.group(1), m.group(2)
  if form == "asr":
    text = asr_text(text)
  elif form == "asrw":
    text = asr_words(text)
  elif form == "fw":
    text = fullwidth(text)
  return head + text


def build(n, item, violating, prefix):
  """Returns a Conv for item number n (1-based)."""
  body = [l.strip() for l in pick(item["body"], violating).strip().split("\n") if l.strip()]
  cid = f"{prefix}{n:03d}"
  plat = item["plat"]
  form = item.get("form")
  if plat == "call":
    if item.get("bare"):
      lines = body
    else:
      opening = CALL_OPEN[n % len(CALL_OPEN)].format(company=item["company"], jobno=1000 + (n * 37) % 9000)
      lines = ["A: " + opening] + body + CALL_END[n % len(CALL_END)]
    if form:
      lines = [_form(l, form) for l in lines]
    kw = {}
    if item.get("outbound"):
      kw["direction"] = "outbound"
    return call(cid, lines, rings=None if item.get("outbound") else 1 + n % 2,
                hangup=item.get("hangup", "customer"), **kw)
  platform = PLATFORMS[plat]
  if item.get("bare"):
    lines = body
  else:
    shop = SHOPS[platform][n % 4]
    name = AGENTS[n % len(AGENTS)]
    lines = ["C: " + CHAT_OPEN_C[n % len(CHAT_OPEN_C)],
             "A: " + CHAT_OPEN_A[n % len(CHAT_OPEN_A)].format(shop=shop, name=name)]
    lines += body + CHAT_END[n % len(CHAT_END)]
  if form:
    lines = [_form(l, form) for l in lines]
  return chat(cid, lines, platform=platform, iso=(n % 3 == 0))


def V(rules, plat, body, reason, **kw):
  d = {"rules": rules, "plat": plat, "body": body, "reason": reason}
  d.update(kw)
  return d
