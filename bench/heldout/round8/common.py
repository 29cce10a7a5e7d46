"""Round 8 item notation and the wrappers rotated around each middle.

An item is a short middle of a conversation: lines of the conv_model format
("A: ...", "C: ...", "!event"). A line "A: X || Y" is X in the violating
conversation and Y in its compliant twin (Y empty: the line is left out of the
twin). Everything else is shared, so the twins differ only in that line.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from conv_model import call, chat  # noqa: E402

PLATFORMS = {"tb": "taobao", "jd": "jd", "pdd": "pinduoduo", "dy": "douyin"}

CHAT_OPEN = [
    ["C: 在吗", "A: 在的 您好 欢迎光临 我是客服小桃 很高兴为您服务 请问有什么可以帮您？"],
    ["C: 你好", "A: 您好呀 这里是店铺客服阿宁 很高兴为您服务 有什么可以帮您的呢😊"],
    ["C: 有人没", "A: 亲 您好 我是客服7号 很高兴为您服务 请问您想咨询点什么？"],
    ["C: hello", "A: 您好 欢迎光临本店 我是客服果果 请问有什么可以帮到您？"],
    ["C: 亲亲在不在", "A: 在呢亲 您好 客服小满为您服务 请问遇到什么问题了？"],
]
CHAT_OPEN_TRAD = [
    ["C: 在嗎", "A: 您好 歡迎光臨 我是客服小雨 很高興為您服務 請問有什麼可以幫您？"],
]
CHAT_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了 谢谢", "A: 不客气 感谢您的光临 祝您生活愉快 再见～"],
    ["A: 亲 还有别的问题需要咨询吗", "C: 没了", "A: 好的 感谢您的惠顾 期待您下次光临 再见呀"],
    ["A: 您还有其他需要咨询的吗？", "C: 暂时没有 谢啦", "A: 不客气哈 感谢您的光临 有问题随时找我们 再见"],
    ["A: 还有什么可以帮您的吗", "C: 没有啦", "A: 好的 感谢您的光临 祝您购物愉快 再见🌷"],
]
CHAT_CLOSE_TRAD = [
    ["A: 請問還有其他可以幫您的嗎？", "C: 沒有了 謝謝", "A: 不客氣 感謝您的光臨 祝您生活愉快 再見"],
]
COMPANIES = ["安居燃气客服中心", "蓝海宽带", "美家电器售后服务中心", "顺达快递", "鲜丰生鲜热线", "清泉水务"]
CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没了没了", "A: 好的，感谢您的来电，再见！"],
    ["A: 还有其他需要我帮您处理的吗？", "C: 没有了 谢谢你啊", "A: 不客气，应该的，谢谢您打来电话，再见！"],
]

FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fullwidth(text):
  return "".join(FW.get(ch, ch) for ch in text)


def asr(text):
  """Speech-recognition form: no punctuation, letters spaced one by one."""
  out = []
  for ch in text:
    if ch in "，。？！、,.?!～~：:；;“”\"'（）()":
      continue
    if ch == " ":
      continue
    out.append(ch)
  return " ".join(out)


class Item:
  def __init__(self, ctx, expect, reason, mid, asr=False, fw=False, trad=False, iso=False,
               timed=True, opening=True, closing=True, note=""):
    self.ctx, self.expect, self.reason, self.mid = ctx, expect, reason, mid
    self.asr, self.fw, self.trad, self.iso = asr, fw, trad, iso
    self.timed, self.opening, self.closing = timed, opening, closing


def split(mid, violating):
  out = []
  for line in mid:
    if "||" in line:
      head, v = line.split(":", 1)
      v, c = v.split("||", 1)
      text = (v if violating else c).strip()
      if not text:
        continue
      out.append(f"{head}: {text}")
    else:
      out.append(line)
  return out


def transform(line, fn):
  if line.startswith("!"):
    return line
  head, text = line.split(":", 1)
  return f"{head}: {fn(text.strip())}"


def build(item, cid, k, violating):
  """Returns a conv_model.Conv for item (k rotates the wrappers)."""
  body = split(item.mid, violating)
  if item.ctx.startswith("call"):
    lines = []
    if item.opening:
      co = COMPANIES[k % len(COMPANIES)]
      lines.append(f"A: 您好，{co}，工号{3100 + k * 7 % 900}为您服务，请问有什么可以帮您？")
    lines += body
    if item.closing:
      lines += CALL_CLOSE[k % len(CALL_CLOSE)]
    if item.asr:
      lines = [transform(x, asr) for x in lines]
    if item.fw:
      lines = [transform(x, fullwidth) for x in lines]
    return call(cid, lines, rings=1 if k % 3 == 0 else None, timed=item.timed,
                hangup="customer" if item.closing else None)
  plat = PLATFORMS[item.ctx]
  lines = []
  if item.opening:
    lines += (CHAT_OPEN_TRAD[0] if item.trad else CHAT_OPEN[k % len(CHAT_OPEN)])
  lines += body
  if item.closing:
    lines += (CHAT_CLOSE_TRAD[0] if item.trad else CHAT_CLOSE[k % len(CHAT_CLOSE)])
  if item.fw:
    lines = [transform(x, fullwidth) for x in lines]
  return chat(cid, lines, platform=plat, timed=item.timed, iso=item.iso or k % 7 == 3)
