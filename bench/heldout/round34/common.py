"""Item notation of round 34 (mechanics as in round 18) and the wrappers of its calls.

An item is one call body written once for both twins: inside a line
`[violating||compliant]` picks the variant's text (also a gap, a rate or an
event: `[+7||+0.8] A: ...`, `A/[9||3.5]: ...`, `[!wait 200||!wait 40]`); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant one.
The line format itself is ../conv_model.py. Every call of this round is
speech-recognition output: no punctuation with fillers (`asr`), the same spaced
character by character (`spaced`), or with the engine's own punctuation
(`punct`); some whole calls come out in traditional characters (`trad`) or with
full-width digits and letters (`fw`).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (plat, expect, reason, body, opts) of violating/twin pairs
NEAR = []       # near-misses: compliant only

PICK = re.compile(r"\[(.*?)\|\|(.*?)\]", re.S)


def V(plat, expect, reason, body, **opts):
  ITEMS.append((plat, expect, reason, body, opts))


def K(plat, reason, body, **opts):
  NEAR.append((plat, "", reason, body, opts))


def variant(body, bad):
  out = []
  for raw in body.strip("\n").split("\n"):
    line = raw.strip()
    if not line or line.startswith("#"):
      continue
    if line.startswith("V>"):
      if not bad:
        continue
      line = line[2:].strip()
    elif line.startswith("K>"):
      if bad:
        continue
      line = line[2:].strip()
    line = PICK.sub(lambda m: m.group(1) if bad else m.group(2), line)
    out.append(line)
  return out


# ---- call wrappers (this round's own) --------------------------------------

OPENINGS = [
    "A: 您好，{co}，工号{n}为您服务，请问您需要办理什么？",
    "A: 您好，这里是{co}，我是{n}号坐席，请问有什么能帮到您？",
    "A: 上午好，{co}热线，{n}号客服在线，请问您遇到什么问题了？",
    "A: 您好，感谢致电{co}，我是工号{n}，请问需要帮您处理什么呢？",
    "A: 下午好，{co}，{n}号为您服务，请问有什么可以帮您？",
    "A: 您好，{co}客户服务中心，{n}号话务员，请问您要咨询哪方面的事情？",
    "A: 您好，欢迎致电{co}，工号{n}很乐意为您服务，请问您有什么需要？",
]

CLOSINGS = [
    ["A: 请问您还有别的需要帮忙的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您一切顺利，再见！", "C: 好 再见"],
    ["A: 请问还有其他问题我能帮您处理的吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 您看还有其他要咨询的吗？", "C: 就这些了", "A: 好的，那就不耽误您时间了，感谢来电，祝您生活愉快，再见！", "C: 嗯嗯 拜拜"],
    ["A: 还有什么需要我为您做的吗？", "C: 没有了 谢谢你", "A: 不用客气，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 请问其他方面还有需要帮您登记的吗？", "C: 没有 就这一个事", "A: 好的，感谢您的来电，祝您生活愉快，再见。", "C: 好嘞 再见"],
    ["A: 请问您还有其它疑问吗？", "C: 暂时没有了 谢谢", "A: 应该的，谢谢您的来电，再见！"],
]

STARTS = ["2026-03-12T09:41:07+08:00", "2026-06-08T14:22:30+08:00", "2026-08-19T19:05:12+08:00",
          "2026-11-24T10:15:00+08:00", "2026-09-03T16:48:55+08:00", "2026-12-15T08:32:00+08:00",
          "2026-04-21T11:03:40+08:00", "2026-07-14T02:10:00Z", "2026-03-30T20:17:45+08:00"]

PUNCT = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "嗯嗯", "那个就是", ""]
LINE = re.compile(r"^((?:[+~][0-9.]+\s+)?(?P<who>[ACS])(?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(?P<text>.*)$")


def asr(text, form, filler):
  if form == "punct":
    text = text.replace("！", "。").replace("～", "").replace("~", "")
    if filler:
      text = filler + "，" + text
    return text
  text = PUNCT.sub(" ", text).strip()
  if form == "spaced":
    text = " ".join(ch for ch in text.replace(" ", ""))
  if filler:
    text = filler + " " + text
  return re.sub(r"\s+", " ", text)


def to_traditional(lines):
  src = "\n".join(lines)
  out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=src,
                       capture_output=True, text=True, check=True).stdout
  return out.rstrip("\n").split("\n")


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def full_width(line):
  head, sep, text = line.partition(":")
  return head + sep + "".join(FW.get(c, c) for c in text)


def default_form(idx):
  return ["asr", "asr", "punct", "asr", "spaced", "punct", "asr", "asr", "punct", "asr"][idx % 10]


def build(idx, cid, item, bad):
  plat, expect, reason, body, o = item
  lines = variant(body, bad)
  co = o.get("co", "城南燃气")
  n = o.get("n", str(1000 + idx * 53 % 8900))
  started = o.get("started", STARTS[idx % len(STARTS)])
  pre = [] if o.get("open") is False else [OPENINGS[idx % len(OPENINGS)].format(co=co, n=n)]
  if pre:
    from datetime import datetime, timedelta, timezone
    hour = datetime.fromisoformat(started.replace("Z", "+00:00")).astimezone(timezone(timedelta(hours=8))).hour
    part = "上午好" if hour < 12 else ("下午好" if hour < 18 else "晚上好")
    pre = [re.sub("上午好|下午好", part, pre[0])]
  if o.get("pre"):
    pre = o["pre"] + pre
  post = [] if o.get("close") is False else CLOSINGS[idx % len(CLOSINGS)]
  all_lines = pre + lines + post
  if o.get("fw"):
    all_lines = [full_width(l) if LINE.match(l) and LINE.match(l).group("who") in "AC" else l
                 for l in all_lines]
  if o.get("trad"):
    all_lines = to_traditional(all_lines)
  form = o.get("form", default_form(idx))
  out = []
  k = 0
  for l in all_lines:
    m = LINE.match(l)
    if not m or m.group("who") == "S":
      out.append(l)
      continue
    filler = ""
    if m.group("who") == "C":
      k += 1
      filler = FILLERS[(idx + sum(map(ord, m.group("text")))) % len(FILLERS)]
      if o.get("trad"):
        filler = filler.replace("个", "個")
    out.append(m.group(1) + " " + asr(m.group("text"), form, filler))
  hang = o.get("hangup", "customer")
  if isinstance(hang, tuple):
    hang = hang[0] if bad else hang[1]
  return conv_model.call(cid, out, expect, reason, platform=plat,
                         direction=o.get("direction"),
                         started=started,
                         rings=o.get("rings", 1 + idx % 3), hangup=hang,
                         timed=True, agent=o.get("agent"))
