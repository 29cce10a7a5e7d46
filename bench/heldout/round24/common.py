"""Item notation of round 24 and the wrappers around each item.

The mechanics follow round 18 (an item is one body written once for both
twins: inside a line `[violating||compliant]` picks the variant's text, also
usable for a gap such as `[+240||+240] A: ...`; a line starting `V>` exists
only in the violating twin, `K>` only in the compliant one). The line format
itself is ../conv_model.py. The openings and endings below are this round's
own; each is compliant with the seeds and they are rotated per item.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # (kind, platform, expect, reason, body, opts): violating/compliant pairs
NEAR = []       # near-misses: compliant only

PICK = re.compile(r"\[(.*?)\|\|(.*?)\]", re.S)


def V(kind, plat, expect, reason, body, **opts):
  ITEMS.append((kind, plat, expect, reason, body, opts))


def K(kind, plat, reason, body, **opts):
  NEAR.append((kind, plat, "", reason, body, opts))


def variant(body, bad):
  out = []
  for raw in body.strip("\n").split("\n"):
    line = raw.strip()
    if not line:
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


# ---- chat wrappers (this round's own) ---------------------------------------

SHOPS = ["橘岸家纺旗舰店", "木槿生活馆", "小鹿跑跑运动专营", "椰子湾零食铺", "半山茶器",
         "盒子数码配件", "禾田母婴", "森屿女装", "阿福五金工具", "云朵宠物生活", "晴川美妆", "一隅厨具"]

CHAT_OPEN = [
    ["C: 在吗在吗", "A: 在的亲，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 您好", "A: 您好，{shop}客服小桔很高兴为您服务，请问您想咨询点什么呢？"],
    ["S: [商品链接] {shop} 店铺热卖款 | 价格以页面为准", "C: 客服在不", "A: 亲，您好，欢迎来到{shop}，请问有什么可以帮您的呢？"],
    ["S: [订单] 编号 2411****7703 状态：待发货", "C: 问下", "A: 您好亲，这里是{shop}，很高兴为您服务，请问有什么可以帮到您？"],
    ["C: hello", "A: 您好～欢迎光临{shop}，我是客服阿柚，请问您想咨询哪方面的问题呢？😊"],
    ["C: 喂 有人没", "A: 您好，在的哦，欢迎光临{shop}，请问您需要什么帮助？"],
    ["C: 客服", "A: 亲亲您好，{shop}为您服务，请问有什么可以帮您呀？"],
]

# index 1 and 3 have no customer thanks and no thanks in the goodbye (used by the
# thanks items, so the customer's earlier thanks is the only one in the chat)
CHAT_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没了 谢啦", "A: 不客气哦，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没有了", "A: 好的，期待您下次光临，祝您购物愉快，再见😊"],
    ["A: 您看还有其他需要了解的吗？", "C: 冇了 多谢", "A: 不用客气呢，感谢您的支持，再见哦～"],
    ["A: 亲亲还有什么可以帮您的吗？", "C: 没啥了", "A: 好嘞，祝您生活愉快，欢迎再来逛逛，再见～"],
    ["A: 请问还有其它问题吗？", "C: 没有啦 辛苦了", "A: 不辛苦，很高兴为您服务，感谢光临，再见！"],
]

# ---- call wrappers (this round's own) ---------------------------------------

COMPANIES = ["南湖水务", "恒泰家电售后", "智联宽带", "和润物业", "城北燃气", "鲜丰生鲜",
             "青禾家政", "康宁大药房", "速达快递", "安平财险", "明川供电", "畅途汽车服务"]

CALL_OPEN = [
    "A: 您好，{co}客户服务中心，{n}号为您服务，请问有什么可以帮到您？",
    "A: 上午好，{co}服务热线，我是{n}号客服，请问有什么能帮您的？",
    "A: 您好，欢迎致电{co}，工号{n}很高兴为您服务，请问您需要咨询什么？",
    "A: 您好，这里是{co}，{n}号坐席为您服务，请问有什么可以帮您？",
    "A: 您好，{co}，工号{n}，很高兴为您服务，请问您要办理什么业务？",
]

# index 0, 2 and 4 have no customer thanks (used by the thanks items)
CALL_CLOSE = [
    ["A: 请问还有其他可以帮到您的吗？", "C: 没了", "A: 好的，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有别的问题需要咨询吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的来电，再见！", "C: 拜拜"],
    ["A: 还有其他需要我帮您处理的吗？", "C: 就这些", "A: 好的，谢谢您的来电，祝您一天顺利，再见！"],
    ["A: 请问还有别的事情需要我帮忙吗？", "C: 没有啦 麻烦你了", "A: 不麻烦，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 您看还有其他要咨询的吗？", "C: 没了没了", "A: 好的，那不打扰您了，谢谢您的来电，再见！", "C: 嗯 再见"],
]

OUT_OPEN = "A: 您好，我是{co}的回访专员，工号{n}，打扰您两分钟，想了解一下您上次报修的处理情况，请问现在方便接听吗？"
OUT_CLOSE = ["A: 请问还有其他需要反馈的吗？", "C: 没了", "A: 好的，感谢您的配合，打扰您了，再见！"]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"]+")


def asr(text, spaced, filler):
  text = ASR_STRIP.sub(" ", text).strip()
  if spaced:
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


def pick(options, which, idx):
  if which is False:
    return []
  if which is None:
    return options[idx % len(options)]
  return options[which]


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, o = item
  lines = variant(body, bad)
  if kind == "chat":
    shop = o.get("shop", SHOPS[idx % len(SHOPS)])
    pre = [l.format(shop=shop) for l in pick(CHAT_OPEN, o.get("open"), idx)]
    post = list(pick(CHAT_CLOSE, o.get("close"), idx))
    all_lines = pre + lines + post
    if o.get("fw"):
      all_lines = [full_width(l) if l[:1] in "AC" else l for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 0),
                           started=o.get("started"))
  co = o.get("co", COMPANIES[idx % len(COMPANIES)])
  n = o.get("n", str(1000 + idx * 53 % 8000))
  if o.get("direction") == "outbound":
    pre = [] if o.get("open") is False else [OUT_OPEN.format(co=co, n=n)]
    post = [] if o.get("close") is False else list(OUT_CLOSE)
  else:
    pre = [l.format(co=co, n=n) for l in ([pick(CALL_OPEN, o.get("open"), idx)] if o.get("open") is not False else [])]
    post = list(pick(CALL_CLOSE, o.get("close"), idx))
  all_lines = pre + lines + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = 0
    for l in all_lines:
      m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if l.lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = ["嗯", "那个", "呃", ""][k % 4]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True))


# ---- seed clauses the reasons cite --------------------------------------------

R = {
    "complaint.chat": "002 第三篇 参考用语2 1 + 000 篇8 售前服务（切忌与买家顶撞）：买家抱怨时先致歉安抚",
    "complaint.call": "000 篇2 四 抱怨与投诉 + 004 抱怨投诉 1-5：客户抱怨时先致歉安抚",
    "harm": "003 抖音售后 1 安抚顾客情绪 + 000 篇2 四、5：顾客说身体不适先致歉关心",
    "restate_complaint": "004 抱怨投诉 4 + 000 篇2 四、5：投诉工作出差错时复述投诉内容",
    "thanks.chat": "000 篇7 24：客户说谢谢后一定要回复",
    "thanks.call": "004 特殊沟通 10 + 000 篇2 五、7：用户致谢时必须响应",
    "apology": "000 篇2 五、6：客户致歉时回应“没关系，请不必介意”",
    "urge": "002 第三篇 售后 四、2：客户催单，反馈物流信息并安抚情绪",
    "late": "000 篇5 第三 + 篇4 1 + 001 应答规范(2)：久等后的回复先致歉",
    "time.chat": "000 篇1 7：需再次答复时告知客户回复时间",
    "time.call": "000 篇1 7 + 004 特殊沟通 11、抱怨投诉 7：告知明确的答复时限",
    "defer": "000 篇1 7 + 004 抱怨投诉 7：无法当场答复时告知回复时间",
    "leave": "000 篇2 五、8 + 004 特殊沟通 11：无法当场答复时请客户留下联系电话",
    "refuse": "003 京东做法 3 + 000 篇2 五、2 + 004 特殊沟通 5：拒绝时先致歉并给出后续建议",
    "invoice": "003 拼多多售前 一：不能拒绝客户开票需求",
    "return": "003 拼多多售后 三、1：支持7天无理由退换",
    "suggest.chat": "000 篇2 五、4 + 篇7 52：客户提建议须致谢",
    "suggest.call": "000 篇2 五、4 + 004 特殊沟通 9：客户提建议须致谢",
    "manager": "004 抱怨投诉 6：要求找管理人员时先诚恳致歉，再请客户留电话由相关人员回复",
    "personal": "000 篇2 三、6 + 五、3 + 004 特殊沟通 4：索要个人信息时致歉，只通报工号或昵称",
    "invite": "000 篇2 三、7：客户善意邀约先感谢再婉拒",
    "nuisance": "004 特殊沟通 6 + 000 篇2 三、6：无业务问题的来电说明服务范围并请挂机",
    "named": "000 篇2 三、1 + 004 特殊沟通 1：找指定客服时致歉说明并询问能否代为服务",
    "askmore": "003 客服的方法（解决问题）+ 000 篇8 售前服务：顾客提问后不作答就问还有其他问题吗",
    "address": "002 第三篇 售前 四、4：客户下单后核对收货信息",
    "near": "近似但合规（严格的质检员会通过）",
}
REFUSE_IDS = "forbidden.refusal_bare|forbidden.refusal|forbidden.refusal_no_alternative"
