"""Item notation of round 45 and the wrappers around each item.

The notation (mechanics reused from round 18): an item is one conversation
body written once for both twins. Inside a line `[violating||compliant]`
picks the variant's text (also a gap, a speaking rate or an event:
`[+45||+2] A: ...`, `A/[8||3.5]: ...`, `[!wait 230||!wait 50]`); a line
starting `V>` exists only in the violating twin, `K>` only in the compliant
one. An option given as `VK(bad, good)` differs between the twins the same
way. The line format itself is ../conv_model.py.

Openings and endings are this round's own; they are rotated so that the
wrapper around each item is varied and itself follows the seeds.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import conv_model  # noqa: E402

ITEMS = []      # violating/compliant pairs: (kind, platform, expect, reason, body, opts)
NEAR = []       # near-misses, compliant only

PICK = re.compile(r"\[(.*?)\|\|(.*?)\]", re.S)


class VK:
  """An option whose value differs between the violating and the compliant twin."""
  def __init__(self, bad, good):
    self.bad, self.good = bad, good


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


def resolve(opts, bad):
  return {k: ((v.bad if bad else v.good) if isinstance(v, VK) else v) for k, v in opts.items()}


# ---- shop chats ----------------------------------------------------------

SHOPS = ["禾木生活馆", "橙子母婴专营店", "山野户外旗舰店", "拾味零食铺", "青瓷家居",
         "极光数码配件", "素颜美妆小铺", "步履鞋履", "喵星人宠物馆", "晴空女装",
         "南山茶舍", "行者箱包", "小熊厨电旗舰店", "木棉床品"]

SHOP_OPEN = [
    ["C: 在不在", "A: 在的呢，欢迎光临{shop}，我是客服小柚，请问有什么可以帮您？"],
    ["C: 您好", "A: 您好，{shop}客服阿宁很高兴为您服务，请问您想了解什么呢？"],
    ["S: [商品链接] {shop} 店铺热卖", "C: 咨询下", "A: 亲亲您好，欢迎来到{shop}，请问有什么能帮到您的吗？🌷"],
    ["C: hello", "A: 您好呀，这里是{shop}，很高兴为您服务，有什么需要您尽管说～"],
    ["S: [订单信息] 订单编号 3308********71 待发货", "C: 客服在吗", "A: 您好，欢迎光临{shop}，我是客服08号，请问有什么可以帮您？"],
    ["C: 亲 在吗？", "A: 在的亲，{shop}欢迎您，请问需要什么帮助呢？"],
    ["C: 有人没", "A: 有的有的，您好，欢迎光临{shop}，客服小满为您服务，请问想看点什么？😊"],
]

SHOP_CLOSE = [
    ["A: 请问还有其他需要帮您处理的吗？", "C: 没了 谢谢", "A: 不客气哈，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，还有别的问题需要咨询吗？", "C: 没有啦 谢谢亲", "A: 不用谢呢，感谢您对小店的支持，期待您下次光临，再见😊"],
    ["A: 您看还有什么需要我帮忙的吗？", "C: 暂时没有", "A: 好的，感谢您的惠顾，有需要随时来找我们，再见！"],
    ["A: 亲亲还有其他想了解的吗？", "C: 没了 辛苦啦", "A: 不辛苦，这是我们应该做的，非常感谢您的光临，祝您购物愉快，再见～"],
    ["A: 请问还有其它可以为您做的吗？", "C: 没有了", "A: 好嘞，感谢您选择我们，祝您生活愉快，再见～🌷"],
]

# ---- food-delivery chats -------------------------------------------------

FOOD_SHOPS = ["老街麻辣烫", "阿福烧腊饭", "一碗好面", "川味小馆", "鲜果捞水果切", "巷口煎饼",
              "丸子饺子馆", "椰林轻食", "辣妹子米线", "粥掌柜"]

FOOD_OPEN = [
    ["S: [订单消息] 外卖订单 #{num} 已送达", "C: 老板在吗", "A: 在的，您好，欢迎光临{shop}，请问有什么可以帮您？"],
    ["C: 你好 问一下", "A: 您好，这里是{shop}，很高兴为您服务，您想了解点什么？"],
    ["S: [订单卡片] {shop} 预计送达 12:35", "C: 在不在", "A: 在的亲，{shop}欢迎您，请问需要什么帮助呢？🙂"],
    ["C: 商家在吗？", "A: 您好，在的，欢迎光临{shop}，请问有什么可以为您效劳？"],
]

FOOD_CLOSE = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了 谢谢", "A: 不客气，感谢您的光临，祝您用餐愉快，再见～"],
    ["A: 您看还有别的问题吗？", "C: 没了", "A: 好的，感谢您光顾小店，欢迎下次再来，再见😊"],
    ["A: 还有什么能帮您的吗亲？", "C: 没事了 谢啦", "A: 不用谢哈，感谢您的惠顾，祝您吃得开心，再见！"],
    ["A: 请问还有其他问题需要处理吗？", "C: 没有", "A: 好的，感谢您的耐心，期待您再次光临，再见～"],
]

# closings in which the customer does not thank (for items about an unanswered thanks)
NO_THANKS_SHOP = [2, 4]
NO_THANKS_FOOD = [1, 3]

# ---- calls ---------------------------------------------------------------

CALL_OPEN = [
    "A: 您好，{co}客服热线，工号{n}，很高兴为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{co}，{n}号客服为您服务，请问您需要什么帮助？",
    "A: 您好，欢迎致电{co}，我是{n}号话务员，请问有什么能帮您？",
    "A: 您好，{co}服务热线，{n}号很高兴为您服务，请问您有什么需要？",
]

CALL_CLOSE = [
    ["A: 请问您还有其他需要咨询的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 嗯 再见"],
    ["A: 请问还有什么可以帮您？", "C: 没了 谢谢你啊", "A: 不客气，这是我们应该做的，感谢您的来电，再见！"],
    ["A: 您看还有别的问题需要我帮忙吗？", "C: 没有了 就这事", "A: 好的，谢谢您的来电，祝您心情愉快，再见！", "C: 好 拜拜"],
    ["A: 请问还有其他方面需要咨询的吗？", "C: 没有 谢谢", "A: 不用客气，感谢您的来电，再见！"],
]
NO_THANKS_CALL = [0, 2]

ASR_STRIP = re.compile(r"[，。？！、,.?!～~：:；;“”\"（）()]+")
FILLERS = ["嗯", "那个", "呃", "", "就是", "呃 那个"]


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
HEAD = re.compile(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:)\s?(.*)$", re.S)


def full_width(line):
  m = HEAD.match(line)
  if not m or m.group(1).lstrip("+~0123456789. ")[0] == "S":
    return line
  return m.group(1) + " " + "".join(FW.get(c, c) for c in m.group(2))


def build(idx, cid, item, bad):
  kind, plat, expect, reason, body, opts = item
  o = resolve(opts, bad)
  lines = variant(body, bad)
  if kind in ("chat", "food"):
    food = kind == "food"
    shops = FOOD_SHOPS if food else SHOPS
    shop = o.get("shop", shops[idx % len(shops)])
    opens = FOOD_OPEN if food else SHOP_OPEN
    closes = FOOD_CLOSE if food else SHOP_CLOSE
    num = str(100 + idx * 7 % 800)
    pre = [] if o.get("open") is False else \
        [l.format(shop=shop, num=num) for l in opens[o.get("open_i", idx % len(opens))]]
    if o.get("close") is False:
      post = []
    else:
      ci = o.get("close_i")
      if ci is None and o.get("no_thanks"):
        pool = NO_THANKS_FOOD if food else NO_THANKS_SHOP
        ci = pool[idx % len(pool)]
      if ci is None:
        ci = idx % len(closes)
      post = closes[ci]
    body_lines = [l.format(shop=shop) if "{shop}" in l else l for l in lines]
    all_lines = pre + body_lines + post
    if o.get("fw"):
      all_lines = [full_width(l) for l in all_lines]
    if o.get("trad"):
      all_lines = to_traditional(all_lines)
    return conv_model.chat(cid, all_lines, expect, reason, platform=plat,
                           timed=o.get("timed", True), iso=o.get("iso", idx % 3 == 1),
                           started=o.get("started"), agent=o.get("agent"))
  co = o.get("co", "城北燃气")
  n = o.get("n", str(1000 + idx * 53 % 8000))
  pre = [] if o.get("open") is False else [CALL_OPEN[o.get("open_i", idx % len(CALL_OPEN))].format(co=co, n=n)]
  if o.get("close") is False:
    post = []
  else:
    ci = o.get("close_i")
    if ci is None and o.get("no_thanks"):
      ci = NO_THANKS_CALL[idx % 2]
    if ci is None:
      ci = idx % len(CALL_CLOSE)
    post = CALL_CLOSE[ci]
  all_lines = pre + [l.format(co=co, n=n) for l in lines] + post
  if o.get("asr"):
    spaced = o.get("asr") == "spaced"
    out = []
    k = idx
    for l in all_lines:
      m = HEAD.match(l)
      if not m:
        out.append(l)
        continue
      filler = ""
      if m.group(1).lstrip("+~0123456789. ").startswith("C"):
        k += 1
        filler = FILLERS[k % len(FILLERS)]
      out.append(m.group(1) + " " + asr(m.group(2), spaced, filler))
    all_lines = out
  return conv_model.call(cid, all_lines, expect, reason, platform=plat,
                         direction=o.get("direction"), started=o.get("started"),
                         rings=o.get("rings", 1), hangup=o.get("hangup", "customer"),
                         timed=o.get("timed", True), agent=o.get("agent"))
