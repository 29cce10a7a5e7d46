"""Openings, endings and surface forms for the round-3 held-out set.

A conversation is written as a middle (a list of turn specs, see build()) and
wrapped in an opening and an ending chosen by its number, so that the wrapper
rotates. Each spec that differs between the violating conversation and its
twin carries both texts; everything else is shared, so a twin differs only in
the violating line(s).

Turn specs (tuples):
  ("c", text) / ("a", text) / ("s", text)   customer / agent / system, both versions
  ("a", text_v, text_c)                      agent line that differs (None: absent in that version)
  ("c", text_v, text_c)                      customer line that differs
  ("ev", type[, by])                         event at the current clock
  ("gap", sec_v, sec_c)                      extra silence before the next turn
  ("dur", sec_v, sec_c)                      duration of the next turn (calls)
"""
import datetime

# ----- surface forms -------------------------------------------------------

TRAD = dict(zip(
    "们这个说请问谢还吗帮货发单号订后时间会给没题对应该经过来让欢乐务为兴实处换码见电话东买卖质尽办关开边运输递动长无点钱价优满减费邮坏声听礼认识记录现样么为费务红包尺寸颜色软硬热线挂机转态度错误师网络贵产产额数据图纸笔钟决定头两拨员结账户银行卡复查询确亲爱乐术语级联",
    "們這個說請問謝還嗎幫貨發單號訂後時間會給沒題對應該經過來讓歡樂務為興實處換碼見電話東買賣質盡辦關開邊運輸遞動長無點錢價優滿減費郵壞聲聽禮認識記錄現樣麼為費務紅包尺寸顏色軟硬熱線掛機轉態度錯誤師網絡貴產產額數據圖紙筆鐘決定頭兩撥員結賬戶銀行卡複查詢確親愛樂術語級聯"))


TRAD.update(zip("临别灯紧烦气从种装调试车业专护医疗观论极顶权书锅须够里几儿续脸贝宝鸡烧",
                "臨別燈緊煩氣從種裝調試車業專護醫療觀論極頂權書鍋須夠裡幾兒續臉貝寶雞燒"))


def trad(s):
  return "".join(TRAD.get(ch, ch) for ch in s)


def fullwidth(s):
  out = []
  for ch in s:
    o = ord(ch)
    if 0x21 <= o <= 0x7E and ch.isalnum():
      out.append(chr(o + 0xFEE0))
    else:
      out.append(ch)
  return "".join(out)


PUNCT = set("，。？！、；：,.?!;:～~…")


def asr(s, spaced):
  """Speech-recognition style: no punctuation; optionally a space between characters."""
  t = "".join(" " if ch in PUNCT else ch for ch in s)
  t = " ".join(t.split())
  if spaced:
    t = " ".join(ch for ch in t.replace(" ", ""))
  return t


# ----- chat wrappers -------------------------------------------------------

SHOPS = {
    "taobao": ["悦享生活馆", "优选好物店", "乐活百货旗舰店", "简一生活馆"],
    "jd": ["京选好物专营店", "佳品生活旗舰店", "优家百货专营店", "恒星生活馆"],
    "douyin": ["甜橙好物小店", "山野生活馆", "知夏精选小店", "小满好物铺"],
    "pinduoduo": ["好物百货店", "实惠生活馆", "安心优品店", "锦绣百货"],
}
NAMES = ["小桃", "阿青", "小米", "豆豆", "小溪", "橙子", "七七", "小夏", "木木", "阿宁", "糖糖", "小满"]

CHAT_HELLO = [
    "在吗", "你好", "有人吗？", "亲 在不在", "問一下", "hi", "客服客服", "老板在吗😊", "您好 想咨询下",
]
CHAT_WELCOME = [
    "您好，欢迎光临{shop}，我是客服{name}，很高兴为您服务，请问有什么可以帮您的？",
    "亲，您好呀～欢迎来到{shop}，我是{name}，请问有什么可以为您效劳的呢😊",
    "您好，我是{shop}的客服{name}，很高兴为您服务，您想了解点什么呢？",
    "亲亲您好，{name}在这里为您服务哈，欢迎光临{shop}，有什么需要帮忙的尽管说～",
    "欢迎光临{shop}～我是今天值班的客服{name}，很高兴为您服务，请问您想咨询什么呢？",
    "您好呀亲，这里是{shop}，客服{name}为您服务，请问有什么能帮到您？🌷",
]
CHAT_ACK = ["好的", "嗯嗯 知道了", "行，明白", "好滴👌", "了解了", "OK好的", "哦哦好", "收到"]
CHAT_ASKMORE = [
    "请问还有其他可以帮到您的吗？",
    "亲，还有别的需要了解的吗～",
    "您看还有什么想咨询的吗？",
    "亲亲，还有其他问题需要帮您处理吗？",
    "请问还有什么别的需要吗？",
]
CHAT_CUST_BYE = ["没有了，谢谢", "没了 谢啦", "没有了 谢谢你啊", "暂时没了，谢谢🙏", "就这些 谢谢", "沒有了，謝謝"]
CHAT_BYE = [
    "不客气哈，感谢您的光临，期待下次再为您服务～",
    "不用客气呢，谢谢您的惠顾，祝您生活愉快～",
    "应该的亲，感谢光临小店，欢迎常来🌷",
    "不客气，感谢您对{shop}的支持与光临，祝您购物愉快！",
    "亲亲不用谢哈，感谢您的光临，有需要随时来找我～",
]

# ----- call wrappers -------------------------------------------------------

COMPANIES = ["安和家电", "万家乐居", "顺达商城", "蓝海净水", "佳美厨卫", "城南百货"]
CALL_HELLO = [
    "您好，{co}售后服务热线，{no}号客服为您服务，请问有什么可以帮您？",
    "您好，很高兴为您服务，我是{no}号客服，请问有什么可以帮您的吗？",
    "您好，这里是{co}客服中心，工号{no}，很高兴为您服务，请问有什么能帮到您？",
    "您好，{co}服务热线，我是{no}号，很高兴为您服务，请问您要咨询什么问题？",
]
CALL_RESTATE = [
    "好的，您是说{topic}，对吗？",
    "明白，您的意思是{topic}，对不对？",
    "嗯，我跟您确认一下，{topic}，是这样吗？",
    "好的，也就是说{topic}，我理解得对吗？",
]
CALL_YES = ["对", "是的是的", "对对对", "嗯 对", "没错"]
CALL_UNDERSTOOD = ["刚才说的这些您都清楚了吗？", "这样解释您明白了吗？", "以上这些您都了解了吗？", "我这样说您清楚吗？"]
CALL_UNDERSTOOD_YES = ["清楚了", "明白了明白了", "嗯 了解了", "知道了"]
CALL_ASKMORE = ["请问还有其他需要帮忙的吗？", "您看还有别的问题需要咨询吗？", "请问还有什么可以帮您的吗？"]
CALL_CUST_BYE = ["没有了 谢谢啊", "没了 谢谢你", "嗯没有了 谢谢", "暂时没有了 谢谢"]
CALL_BYE = [
    "不客气，这是我们应该做的，感谢您的来电，再见！",
    "不用谢，感谢您的来电，祝您生活愉快，再见。",
    "不客气，感谢您的耐心和来电，再见！",
]
CALL_CUST_END = ["好 再见", "再见", "好的拜拜", "嗯 再见"]
OUT_HELLO = [
    "您好，我是{co}的客服{no}号，这次给您打电话是想做一个{purpose}，请问您现在方便接听吗？",
    "您好，打扰您了，这里是{co}客服中心，我是{no}号，想跟您做个{purpose}，请问现在说话方便吗？",
]
OUT_BYE = [
    "好的，感谢您的配合和接听，祝您生活愉快，再见！",
    "非常感谢您抽空接听，打扰您了，再见！",
]

AGENT_RATE = 3.6   # characters a second
CUST_RATE = 4.5


def _n_letters(s):
  return sum(1 for ch in s if not ch.isspace() and ch not in PUNCT)


class Clock:
  def __init__(self, t):
    self.t = t


def build(cid, num, kind, mid, version, opts):
  """Returns one conversation (dict) for version 'v' or 'c'."""
  k = 0 if version == "v" else 1
  channel = "call" if kind in ("call", "out") else "chat"
  plat = None if channel == "call" else kind.split(":")[1]
  rec = {"id": cid, "channel": channel}
  if plat:
    rec["platform"] = plat
  if kind == "out":
    rec["direction"] = "outbound"
  if opts.get("started_at"):
    rec["started_at"] = opts["started_at"]
  if opts.get("agent"):
    rec["agent"] = opts["agent"]
  if opts.get("snippet_start"):
    opts = dict(opts, no_open=True, no_ring=True, start_at=opts.get("start_at", 300.0))
  if opts.get("snippet_end"):
    opts = dict(opts, no_close=True)
  raw = []  # (speaker, text) or ("ev", ...) or ("gap", s) or ("dur", s)
  r = num  # rotation index
  if channel == "chat":
    shop = opts.get("shop") or SHOPS[plat][r % 4]
    name = NAMES[r % len(NAMES)]
    fmt = dict(shop=shop, name=name)
    if not opts.get("no_open"):
      if not opts.get("no_hello"):
        raw.append(("c", CHAT_HELLO[r % len(CHAT_HELLO)]))
      if opts.get("welcome_gap"):
        raw.append(("gap",) + tuple(opts["welcome_gap"]))
      raw.append(("a", CHAT_WELCOME[(r * 7) % len(CHAT_WELCOME)].format(**fmt)))
    raw.extend(mid)
    if not opts.get("no_close"):
      last = [t for t in mid if t[0] in ("a", "c")]
      if last and last[-1][0] == "a":
        raw.append(("c", CHAT_ACK[r % len(CHAT_ACK)]))
      raw.append(("a", CHAT_ASKMORE[(r * 3) % len(CHAT_ASKMORE)]))
      raw.append(("c", CHAT_CUST_BYE[r % len(CHAT_CUST_BYE)]))
      raw.append(("a", CHAT_BYE[(r + r // 5) % len(CHAT_BYE)].format(**fmt)))
  else:
    co = COMPANIES[r % len(COMPANIES)]
    no = str(100 + (r * 37) % 800)
    fmt = dict(co=co, no=no, purpose=opts.get("purpose", "售后回访"))
    if not opts.get("no_open"):
      if kind == "out":
        raw.append(("a", OUT_HELLO[r % 2].format(**fmt)))
        raw.append(("c", opts.get("out_yes", "方便 你说")))
      else:
        raw.append(("a", CALL_HELLO[r % len(CALL_HELLO)].format(**fmt)))
      if opts.get("ask"):
        raw.append(("c", opts["ask"]))
        if opts.get("topic"):
          raw.append(("a", CALL_RESTATE[(r * 3) % len(CALL_RESTATE)].format(topic=opts["topic"])))
          raw.append(("c", CALL_YES[r % len(CALL_YES)]))
    raw.extend(mid)
    if not opts.get("no_close"):
      if not opts.get("no_check") and kind != "out":
        raw.append(("a", CALL_UNDERSTOOD[r % len(CALL_UNDERSTOOD)]))
        raw.append(("c", CALL_UNDERSTOOD_YES[r % len(CALL_UNDERSTOOD_YES)]))
      if kind == "out":
        raw.append(("a", "请问您这边还有其他需要我们帮忙的吗？"))
        raw.append(("c", "没有了"))
        raw.append(("a", OUT_BYE[r % 2]))
        raw.append(("c", "好 再见"))
      else:
        raw.append(("a", CALL_ASKMORE[r % len(CALL_ASKMORE)]))
        raw.append(("c", CALL_CUST_BYE[r % len(CALL_CUST_BYE)]))
        raw.append(("a", CALL_BYE[(r * 2) % len(CALL_BYE)]))
        raw.append(("c", CALL_CUST_END[r % len(CALL_CUST_END)]))
      raw.append(("ev", "hangup", "customer"))

  # resolve differing specs for this version
  turns_spec = []
  for spec in raw:
    sp = spec[0]
    if sp in ("a", "c", "s"):
      text = spec[1] if len(spec) == 2 else spec[1 + k]
      if text is None:
        continue
      turns_spec.append((sp, text))
    elif sp == "ev":
      turns_spec.append(spec)
    elif sp in ("gap", "dur", "wait"):
      turns_spec.append((sp, spec[1 + k] if len(spec) > 2 else spec[1]))
    else:
      raise ValueError(f"{cid}: bad spec {spec}")

  # surface forms (both versions alike)
  forms = opts.get("forms", ())

  def surface(sp, text):
    if "trad" in forms:
      text = trad(text)
    if "fw" in forms:
      text = fullwidth(text)
    if channel == "call" and ("asr" in forms or "spaced" in forms):
      text = asr(text, "spaced" in forms)
    return text

  speakers = {"a": "agent", "c": "customer", "s": "system"}
  times = opts.get("times", "rel")
  turns, events = [], []
  if channel == "call":
    clock = 0.0
    if not opts.get("no_ring"):
      events.append({"type": "ring", "at": 0.0})
      ans = opts.get("answer_at", (4.0, 4.0))[k]
      events.append({"type": "answer", "at": ans})
      clock = ans + 0.6
    elif opts.get("start_at"):
      clock = opts["start_at"]
    gap_next, dur_next = None, None
    prev = None
    for spec in turns_spec:
      sp = spec[0]
      if sp == "ev":
        if len(spec) > 3 and spec[3] != version:
          continue
        delay = spec[4] if len(spec) > 4 else (0.8 if spec[1] == "hangup" else 0.3)
        e = {"type": spec[1], "at": round(clock + delay, 1)}
        if len(spec) > 2 and spec[2]:
          e["by"] = spec[2]
        events.append(e)
        clock = e["at"]
        continue
      if sp == "gap":
        gap_next = spec[1]
        continue
      if sp == "wait":
        clock += spec[1]
        continue
      if sp == "dur":
        dur_next = spec[1]
        continue
      text = surface(sp, spec[1])
      n = _n_letters(spec[1])
      gap = gap_next if gap_next is not None else (0.5 + ((len(turns) * 7) % 5) / 10.0)
      start = clock + gap
      dur = dur_next if dur_next is not None else max(0.8, n / (AGENT_RATE if sp == "a" else CUST_RATE) + 0.2)
      gap_next = dur_next = None
      turns.append({"speaker": speakers[sp], "start": round(start, 1), "end": round(start + dur, 1), "text": text})
      clock = start + dur
      prev = sp
  else:
    clock = 0.0
    base = datetime.datetime(2026, 11, 3 + num % 20, 9 + num % 10, (num * 7) % 60, 0)
    gap_next = None
    for i, spec in enumerate(turns_spec):
      sp = spec[0]
      if sp == "ev":
        continue
      if sp == "gap":
        gap_next = spec[1]
        continue
      if sp in ("dur", "wait"):
        continue
      if i == 0 and opts.get("start_at"):
        clock = opts["start_at"]
      text = surface(sp, spec[1])
      if i > 0:
        clock += gap_next if gap_next is not None else ((2 if sp == "a" and i <= 2 else 2 + (i * 5) % 4) if sp == "a" else 6 + (i * 3) % 11)
      gap_next = None
      t = {"speaker": speakers[sp], "text": text}
      if times == "rel":
        t["start"] = round(clock, 1)
      elif times == "iso":
        t["time"] = (base + datetime.timedelta(seconds=clock)).strftime("%Y-%m-%dT%H:%M:%S+08:00")
      turns.append(t)
  rec["turns"] = turns
  if events:
    rec["events"] = events
  return rec
