"""Wrappers of round 15: openings and endings rotated around each middle, and
the speech-recognition form. A middle line is a string (the same in both
twins) or a tuple (violating, compliant); None drops the line in that twin."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from conv_model import call, chat  # noqa: E402

SHOPS = {
    "taobao": ["暖居家纺旗舰店", "小鹿童装", "山茶花女装店", "老王五金工具"],
    "jd": ["鼎峰数码专营店", "安睡床品京东店", "青禾厨电旗舰店", "跑者运动装备"],
    "pinduoduo": ["果园直发", "百味零食铺", "巧手收纳馆", "乡味土特产"],
    "douyin": ["甜芯美妆", "山野茶铺", "萌宠小站", "轻盈健身服"],
}
CHAT_OPEN = [
    "亲，您好呀，欢迎光临{shop}，我是小暖，请问有什么可以帮到您？",
    "您好，{shop}客服小鹿在线，请问您想了解点什么呢？",
    "欢迎光临{shop}～亲亲有什么需要帮忙的吗😊",
    "您好亲，我是{shop}的客服阿芸，有什么能为您效劳的请讲",
    "您好！这里是{shop}，客服晓晴为您服务，请问遇到什么问题了呢？",
]
CHAT_ASK = [
    "亲，还有别的需要我帮忙的地方吗？",
    "请问还有其他想了解的吗亲？",
    "您看还有哪里需要我处理的吗😊",
    "除了这个，还有什么要问的吗亲亲？",
]
CHAT_CUST_END = ["没了", "没有了 谢谢", "暂时没有", "就这些 谢啦", "嗯没了"]
CHAT_BYE = [
    "感谢您对{shop}的支持，祝您生活愉快，再见～",
    "好的亲，谢谢您的光临，有事随时来找我，再见🌹",
    "感谢您的耐心，祝您天天开心，再见！",
    "谢谢亲的支持，期待下次为您服务，再见～",
]
CHAT_BYE_THX = [
    "不客气亲，感谢您对{shop}的支持，祝您生活愉快，再见～",
    "不用谢亲，谢谢您的光临，有事随时来找我，再见🌹",
    "不客气哈，感谢您的耐心，祝您天天开心，再见！",
    "应该的亲，谢谢您的支持，期待下次为您服务，再见～",
]
CALL_CO = ["城安燃气", "星联宽带", "速达快递", "鲜到家生鲜", "美澜家电售后", "惠民水务", "安途车险", "禾丰物业"]
CALL_OPEN = [
    "您好，{co}客服中心，{n}号为您服务，请问有什么可以帮您？",
    "您好，这里是{co}，我是客服小周，工号{n}，请问您需要办理什么业务？",
    "您好，{co}热线，{n}号客服接听，请问您遇到了什么问题？",
    "您好，欢迎致电{co}，工号{n}为您服务，请讲。",
]
CALL_ASK = [
    "请问还有其他需要我帮您处理的吗？",
    "您看还有别的问题要咨询吗？",
    "请问您还有别的事情需要我处理吗？",
]
CALL_CUST_END = ["没有了，谢谢啊", "没了没了，谢谢你", "没有了 谢谢", "就这个事，谢谢"]
CALL_BYE = [
    "不客气，感谢您的来电，祝您生活愉快，再见！",
    "不客气，能帮上忙就好，谢谢您打来电话，再见！",
    "好的，不客气，谢谢您的耐心，再见！",
]

_counter = {"chat": 0, "call": 0}


def _v(line, violating):
  if isinstance(line, tuple):
    return line[0] if violating else line[1]
  return line


def resolve(lines, violating):
  return [x for x in (_v(line, violating) for line in lines) if x is not None]


def asr_text(text):
  """Speech-recognition form: punctuation dropped, words spaced out."""
  return re.sub(r"[，。？！、,.?!：；]+", " ", text).strip()


def spaced(text):
  return " ".join(ch for ch in asr_text(text) if ch != " ")


def wrap_chat(mid, platform, k, opening=True, closing=True):
  shop = SHOPS[platform][k % 4]
  out = [mid[0]]
  if opening:
    out.append("A: " + CHAT_OPEN[k % len(CHAT_OPEN)].format(shop=shop))
  out += mid[1:]
  if closing:
    end = CHAT_CUST_END[k % len(CHAT_CUST_END)]
    bye = CHAT_BYE_THX if "谢" in end else CHAT_BYE
    out += ["A: " + CHAT_ASK[k % len(CHAT_ASK)], "C: " + end,
            "A: " + bye[k % len(bye)].format(shop=shop)]
  return out


def wrap_call(mid, k, opening=True, closing=True, asr=None, co=None):
  co = co or CALL_CO[k % len(CALL_CO)]
  out = []
  if opening:
    out.append("A: " + CALL_OPEN[k % len(CALL_OPEN)].format(co=co, n=3000 + 37 * k % 900))
  out += mid
  if closing:
    out += ["A: " + CALL_ASK[k % len(CALL_ASK)], "C: " + CALL_CUST_END[k % len(CALL_CUST_END)],
            "A: " + CALL_BYE[k % len(CALL_BYE)]]
  if asr:
    fn = spaced if asr == "chars" else asr_text
    res = []
    for line in out:
      if line.startswith("!"):
        res.append(line)
        continue
      head, _, text = line.partition(":")
      res.append(head + ": " + fn(text.strip()))
    out = res
  return out


def build(items, prefix):
  """items: dicts with kind, mid, expect, reason and options. Returns
  (violating convs, compliant convs)."""
  vs, cs = [], []
  for n, it in enumerate(items, 1):
    for violating in (True, False):
      cid = f"{prefix}{'v' if violating else 'c'}{n:03d}"
      mid = resolve(it["mid"], violating)
      exp = it["expect"] if violating else ""
      k = n + it.get("shift", 0)
      opt = lambda key, default=None: _v(it.get(key, default), violating)
      if it["kind"] == "chat":
        lines = wrap_chat(mid, it["plat"], k, it.get("open", True), it.get("close", True))
        conv = chat(cid, lines, exp, it["reason"], platform=it["plat"],
                    timed=it.get("timed", True), iso=(n % 3 == 0))
      else:
        lines = wrap_call(mid, k, it.get("open", True), it.get("close", True), it.get("asr"),
                          it.get("co"))
        conv = call(cid, lines, exp, it["reason"], direction=it.get("dir", "inbound"),
                    rings=opt("rings", 2), hangup=opt("hangup", "customer"),
                    started=it.get("started"))
      (vs if violating else cs).append(conv)
  return vs, cs
