"""Round 16: the item notation, the wrappers around each middle, and the
messy forms (speech recognition, traditional characters, full width).

An item is one middle written once for both files:

  [[violating||compliant]]   inline: the violating wording, then the right one
  V> line                    a line only the violating conversation has
  K> line                    a line only the compliant twin has

Lines use the format of ../conv_model.py (``C:``, ``A:``, ``S:``, a leading
``+N``/``~N`` gap, ``A/7:`` a speaking rate, ``C=40:`` a duration, and
``!hold_start`` / ``!wait 5`` events).
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import Conv  # noqa: E402

ALT = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]", re.S)

ITEMS = []  # every item registered by the items_*.py modules, in order


class Item:
  def __init__(self, channel, body, expect, reason, platform=None, **opts):
    self.channel = channel
    self.body = body
    self.expect = expect
    self.reason = reason
    self.platform = platform
    self.opts = opts


def chat(platform, expect, reason, body, **opts):
  ITEMS.append(Item("chat", body, expect, reason, platform, **opts))


def call(expect, reason, body, **opts):
  ITEMS.append(Item("call", body, expect, reason, None, **opts))


def pcall(platform, expect, reason, body, **opts):
  """A call to a shop's hotline: the platform book applies too."""
  ITEMS.append(Item("call", body, expect, reason, platform, **opts))


def variant(body, violating):
  out = []
  for raw in body.strip("\n").split("\n"):
    line = raw.strip()
    if not line:
      continue
    if line.startswith("V> "):
      if not violating:
        continue
      line = line[3:]
    elif line.startswith("K> "):
      if violating:
        continue
      line = line[3:]
    line = ALT.sub(lambda m: m.group(1) if violating else m.group(2), line)
    out.append(line)
  return out


# ---------------------------------------------------------------- messy forms

PUNCT = re.compile(r"[，。？！、：；,.?!:;～~…“”\"'（）()]+")


def _speaker_split(line):
  m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", line, re.S)
  return (m.group(1), m.group(2)) if m else (None, line)


def asr_words(text, seed=0):
  """Speech-recognition output: punctuation gone, words split by spaces."""
  text = PUNCT.sub(" ", text)
  return re.sub(r"\s+", " ", text).strip()


def asr_chars(text, seed=0):
  """Every character spaced out, the way some engines write Chinese."""
  text = PUNCT.sub("", text)
  return " ".join(ch for ch in text if not ch.isspace())


FILLERS = ("嗯 ", "呃 ", "那个 ", "就是 ", "呃 那个 ")


def asr_form(lines, mode="words", fillers=True):
  out = []
  k = 0
  for line in lines:
    head, text = _speaker_split(line)
    if head is None:
      out.append(line)
      continue
    text = asr_chars(text) if mode == "chars" else asr_words(text)
    if fillers and head.lstrip("+~0123456789. ").startswith("C") and len(text) > 6:
      text = FILLERS[k % len(FILLERS)] + text
      k += 1
    out.append(head + text)
  return out


def trad(text):
  """Simplified to traditional characters with ICU (uconv, Debian's icu-devtools)."""
  proc = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=text,
                        capture_output=True, text=True, check=True)
  return proc.stdout


def trad_form(lines, who="AC"):
  out = []
  for line in lines:
    head, text = _speaker_split(line)
    if head is not None and head.lstrip("+~0123456789. ")[0] in who:
      line = head + trad(text)
    out.append(line)
  return out


def fullwidth(text):
  return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" and ch.isalnum() else ch for ch in text)


# ---------------------------------------------------------------- wrappers

SHOPS = {
    "taobao": ["暖阳家纺旗舰店", "小鹿童装", "拾光茶舍", "青禾数码专营店", "米粒宠物生活馆", "山野户外"],
    "jd": ["惠康厨电京东自营旗舰店", "北辰运动专营店", "晴川母婴旗舰店", "安途汽车用品店", "墨池文具旗舰店", "鲜丰果园"],
    "pinduoduo": ["乡味特产店", "优选日用百货", "巧手收纳馆", "果然鲜水果店", "小城鞋铺", "暖心家居"],
    "douyin": ["柚子美妆小店", "阿满零食铺", "云裳女装", "小熊玩具工厂店", "悦动健身器材", "茶小满"],
}
AGENTS = ["小樱", "阿青", "豆豆", "小满", "十一", "小林", "晨晨", "七七", "小禾", "安安"]

CHAT_OPEN_C = ["在吗", "你好", "在不在呀", "客服在吗", "亲 在吗", "hello", "有人吗", "您好",
               "在？", "老板在吗"]
CHAT_OPEN_A = [
    "您好，欢迎光临{shop}，我是客服{name}，请问有什么可以帮您的呢？",
    "亲，您好～{shop}客服{name}在线，很高兴为您服务，您想了解点什么呀？",
    "在的亲，您好！这里是{shop}，客服{name}为您服务，请问遇到什么问题了吗？",
    "您好呀，我是{shop}的{name}，很高兴接待您，有什么需要尽管跟我说～",
    "您好，{shop}售后{name}在线，请问需要什么帮助呀？",
    "亲亲您好，欢迎来到{shop}，{name}在的哦，请问需要什么帮助呢？",
]
CHAT_ASK = ["请问还有其他可以帮您的吗？", "亲，还有别的想了解的吗？", "还有其他问题需要我帮您处理吗？",
            "您看还有什么需要我帮忙的不？", "亲亲还有其它疑问吗？我都在的哦"]
CHAT_BYE_C = ["没有了 谢谢", "没了，谢啦", "暂时没有了 辛苦啦", "好的 没啦 谢谢亲", "没有了，谢谢你哈"]
CHAT_BYE_A = [
    "不客气哈，感谢您光临{shop}，祝您生活愉快，再见～",
    "不用谢呢，谢谢您对小店的支持，期待您下次再来，再见！",
    "客气啦，感谢您的光顾，有需要随时来找{name}，再见哦～",
    "应该的亲，感谢您选择{shop}，祝您购物愉快，再见！",
    "不客气的，谢谢亲的惠顾，欢迎常来逛逛，再见～",
]

COMPANIES = ["顺捷快递", "华源燃气", "蓝天宽带", "鑫城自来水", "美家电器售后", "安居物业", "康诺净水",
             "易行租车", "和润家电", "恒通电力", "百佳超市配送", "新程驾校"]
CALL_OPEN = [
    "您好，{co}客服热线，{no}号为您服务，请问有什么可以帮您？",
    "上午好，这里是{co}，工号{no}，很高兴为您服务，请问您需要办理什么业务？",
    "您好，{co}售后服务中心，{no}号客服为您服务，请问您遇到什么问题了？",
    "您好，{co}，我是{no}号话务员，请问您遇到了什么问题？",
    "下午好，欢迎致电{co}，{no}号为您服务，请问有什么需要？",
]
CALL_ASK = ["请问还有其他需要帮您的吗？", "请问您还有别的问题需要咨询吗？", "还有其他可以帮到您的地方吗？",
            "请问还有别的事需要我帮您处理吗？"]
CALL_BYE_C = ["没有了", "没了 就这个", "没有了 谢谢", "没别的了"]
CALL_BYE_A = [
    "好的，感谢您的来电，{who}祝您生活愉快，再见！",
    "好的，{who}感谢您的耐心，祝您一切顺利，再见！",
    "那不打扰您了，{who}谢谢您的来电，再见！",
    "好的，谢谢您的来电和支持，{who}再见！",
]


# The shop that sells what the middle talks about (first match wins), so that
# a question about a face cream reaches a beauty shop.
SHOP_BY_GOODS = [
    ("小猫 幼猫 宠物", {"taobao": "米粒宠物生活馆", "jd": "米粒宠物京东自营店", "pinduoduo": "萌宠用品店", "douyin": "毛孩子宠物铺"}),
    ("面霜 口红 粉底 面膜 精华 足贴 敏感肌", {"taobao": "素颜美妆小铺", "jd": "澄肌美妆旗舰店", "pinduoduo": "花颜美妆", "douyin": "柚子美妆小店"}),
    ("安全座椅 奶粉 奶瓶 推车 宝宝 小朋友", {"taobao": "小鹿童装", "jd": "晴川母婴旗舰店", "pinduoduo": "贝贝童装", "douyin": "小熊母婴"}),
    ("茶叶 茶 龙井", {"taobao": "拾光茶舍", "jd": "明前茶叶旗舰店", "pinduoduo": "乡味特产店", "douyin": "茶小满"}),
    ("牛肉干 零食 味道 口味", {"taobao": "老街坊零食铺", "jd": "鲜丰食品旗舰店", "pinduoduo": "乡味特产店", "douyin": "阿满零食铺"}),
    ("鞋 跑鞋", {"taobao": "步履鞋铺", "jd": "北辰运动专营店", "pinduoduo": "小城鞋铺", "douyin": "悦动运动户外"}),
    ("被套 床单 床垫 羽绒服 毛衣 真丝", {"taobao": "暖阳家纺旗舰店", "jd": "云杉家纺旗舰店", "pinduoduo": "暖心家居", "douyin": "云裳女装"}),
    ("裙子 衬衫 裤子 睡衣 套装 外套 打底衫 尺码 衣服 大码 颜色 包", {"taobao": "小鹿女装", "jd": "云杉服饰旗舰店", "pinduoduo": "简约服饰", "douyin": "云裳女装"}),
    ("炸篮 炸锅 热水壶 净水器 榨汁 锅 加湿器 遥控器 茶壶 水杯 杯子 保温杯", {"taobao": "禾木厨房生活馆", "jd": "惠康厨电京东自营旗舰店", "pinduoduo": "好厨优选", "douyin": "小厨娘家居"}),
    ("置物架 收纳 纸巾 壁挂架 碗", {"taobao": "安居收纳馆", "jd": "家和家居旗舰店", "pinduoduo": "巧手收纳馆", "douyin": "小熊家居"}),
    ("筋膜枪 牙刷", {"taobao": "青禾数码专营店", "jd": "北辰运动专营店", "pinduoduo": "优选日用百货", "douyin": "悦动健身器材"}),
]


def shop_for(platform, lines, n):
  text = " ".join(lines)
  for words, shops in SHOP_BY_GOODS:
    if any(w in text for w in words.split()):
      return shops[platform]
  return SHOPS[platform][n % len(SHOPS[platform])]


def chat_wrap(n, platform, lines, opts):
  shop = opts.get("shop") or shop_for(platform, lines + opts.get("first", []), n)
  name = opts.get("name") or AGENTS[n % len(AGENTS)]
  out = []
  if opts.get("open", True):
    for first in opts.get("first", [CHAT_OPEN_C[n % len(CHAT_OPEN_C)]]):
      out.append("C: " + first)
    out.append("A: " + CHAT_OPEN_A[n % len(CHAT_OPEN_A)].format(shop=shop, name=name))
  out.extend(lines)
  if opts.get("close", True):
    out.append("A: " + CHAT_ASK[n % len(CHAT_ASK)])
    out.append("C: " + CHAT_BYE_C[n % len(CHAT_BYE_C)])
    out.append("A: " + CHAT_BYE_A[n % len(CHAT_BYE_A)].format(shop=shop, name=name))
  return [l.replace("{shop}", shop).replace("{name}", name) for l in out]


def call_wrap(n, lines, opts):
  co = opts.get("co") or COMPANIES[n % len(COMPANIES)]
  no = opts.get("no") or str(1000 + (n * 37) % 8000)
  sur = opts.get("sur")
  who = (sur + ("女士" if opts.get("female") else "先生") + "，") if sur else ""
  out = []
  if opts.get("open", True):
    out.append("A: " + CALL_OPEN[n % len(CALL_OPEN)].format(co=co, no=no))
  out.extend(lines)
  if opts.get("close", True):
    out.append("A: " + CALL_ASK[n % len(CALL_ASK)])
    out.append("C: " + CALL_BYE_C[n % len(CALL_BYE_C)])
    out.append("A: " + CALL_BYE_A[n % len(CALL_BYE_A)].format(who=who))
    out.append("C: 好 再见")
  return [l.replace("{co}", co).replace("{no}", no) for l in out]


def build(n, item, cid, violating):
  lines = variant(item.body, violating)
  o = item.opts
  if item.channel == "chat":
    lines = chat_wrap(n, item.platform, lines, o)
  else:
    lines = call_wrap(n, lines, o)
  form = o.get("form")
  if form == "asr":
    lines = asr_form(lines, "words")
  elif form == "asrc":
    lines = asr_form(lines, "chars")
  elif form == "trad":
    lines = trad_form(lines)
  elif form == "tradc":
    lines = trad_form(lines, who="C")
  kw = {}
  for k in ("direction", "started", "hangup", "timed", "iso", "agent"):
    if k in o:
      kw[k] = o[k]
  if item.channel == "call":
    kw.setdefault("rings", o.get("rings_v", o.get("rings", 1)) if violating else o.get("rings", 1))
    if kw["rings"] == 0:
      kw["rings"] = None
    if "hangup_v" in o and violating:
      kw["hangup"] = o["hangup_v"]
  return Conv(cid, item.channel, lines, platform=item.platform, **kw)


NEAR = []  # near-misses: compliant only, no twin


def near_chat(platform, reason, body, **opts):
  NEAR.append(Item("chat", body, "", reason, platform, **opts))


def near_call(reason, body, platform=None, **opts):
  NEAR.append(Item("call", body, "", reason, platform, **opts))
