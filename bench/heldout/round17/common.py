"""Round 17: item notation, wrappers (openings and endings) and the messy forms.

An item is one violating conversation and its compliant twin in one body.
Inside a line, {{bad||good}} holds the violating and the compliant wording;
a line starting with "V " exists only in the violating conversation, one
starting with "K " only in the twin. The line format after that is
../conv_model.py (speaker A/C/S, optional +gap, !events).
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from conv_model import call, chat  # noqa: E402

ALT = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)


def variant(lines, violating):
  out = []
  for raw in lines:
    raw = raw.rstrip()
    if not raw.strip():
      continue
    raw = raw.strip()
    if raw.startswith("V "):
      if not violating:
        continue
      raw = raw[2:]
    elif raw.startswith("K "):
      if violating:
        continue
      raw = raw[2:]
    raw = ALT.sub(lambda m: m.group(1) if violating else m.group(2), raw)
    out.append(raw)
  return out


# --- messy forms -------------------------------------------------------------

FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FULL[" "] = "\u3000"


def fullwidth_ascii(text):
  """Letters and digits in full width (the shape some IMEs send)."""
  return "".join(FULL.get(ch, ch) if ch.isalnum() and ch.isascii() else ch for ch in text)


PUNCT = re.compile(r"[，。？！、；：,.?!~～…“”\"（）()]+")


def asr(text, mode="chars"):
  """Speech-recognition output: no punctuation; spaces between characters
  (mode chars) or between short chunks (mode words)."""
  body = PUNCT.sub(" ", text).strip()
  body = re.sub(r"\s+", " ", body)
  if mode == "chars":
    return " ".join(ch for ch in body.replace(" ", ""))
  return body


# simplified -> traditional, only characters with one reading in these chats
_TRAD_PAIRS = """
问問 请請 谢謝 亲親 吗嗎 帮幫 没沒 么麼 还還 这這 为為 临臨
们們 个個 欢歡 务務 单單 题題 来來 见見 对對 兴興 营營 别別
东東 处處 随隨 气氣 说說 订訂 购購 应應 装裝 咨諮 询詢 暂暫
货貨 给給 该該 顾顧 后後 线線 经經 择擇 劳勞 编編 会會 麦麥
边邊 电電 价價 舰艦 图圖 码碼 话話 开開 点點 递遞 办辦 买買
动動 两兩 现現 运運 区區 满滿 补補 温溫 机機 红紅 费費 联聯
样樣 颜顏 视視 库庫 计計 宝寶 厂廠 阳陽 卖賣 铺鋪 过過 书書
预預 猫貓 数數 质質 当當 换換 错錯 备備 频頻 仓倉 记記 页頁
调調 详詳 无無 减減 长長 锅鍋 蓝藍 柜櫃 灯燈 钱錢 绒絨 优優
双雙 纸紙 婴嬰 担擔 体體 议議 极極 转轉 写寫 误誤 尔爾 乐樂
独獨 带帶 师師 门門 证證 儿兒 贝貝 纺紡 刚剛 轻輕 实實 显顯
语語 梦夢 产產 坏壞 达達 垫墊 员員 签簽 审審 评評 护護 钢鋼
裤褲 园園 据據 让讓 进進 净淨 苏蘇 条條 围圍 户戶 适適 块塊
张張 领領 厨廚 层層 鲜鮮 国國 妆妝 级級 简簡 脚腳 脏髒 类類
档檔 饰飾 听聽 马馬 绝絕 统統 邮郵 欧歐 铁鐵 报報 肤膚 骗騙
炉爐 胆膽 礼禮 风風 谱譜 热熱 偿償 贵貴 仪儀 讲講 侧側 妈媽
树樹 规規 紧緊 负負 责責 壶壺 参參 滤濾 湿濕 虑慮 缝縫 涂塗
辈輩 际際 约約 赠贈 挤擠 衬襯 拣揀 时時 发發 里裡 种種 总總
结結 万萬 与與 专專 业業 丝絲 严嚴 丢丟 从從 众眾 伤傷 内內
农農 冻凍 凉涼 几幾 则則 创創 医醫 华華 协協 卫衛 压壓 历歷
变變 号號 启啟 团團 场場 坚堅 头頭 夹夾 学學 宠寵 宽寬 寻尋
导導 将將 属屬 岁歲 广廣 庆慶 异異 弃棄 强強 归歸 录錄 态態
恶惡 惊驚 惯慣 愿願 扫掃 扰擾 拥擁 拦攔 挂掛 挡擋 损損 摆擺
断斷 旧舊 晒曬 术術 杂雜 权權 构構 标標 栏欄 检檢 毕畢 汤湯
沟溝 洁潔 浅淺 测測 浓濃 涨漲 渐漸 湾灣 滚滾 烂爛 烦煩 烧燒
爱愛 犹猶 状狀 环環 画畫 疗療 痒癢 盖蓋 盘盤 着著 确確 积積
称稱 稳穩 笔筆 粮糧 纯純 纳納 练練 组組 细細 织織 终終 绕繞
络絡 继繼 续續 维維 绿綠 缓緩 缩縮 网網 职職 脑腦 脸臉 艺藝
节節 荐薦 药藥 观觀 览覽 觉覺 认認 讨討 训訓 讯訊 许許 论論
设設 访訪 识識 诉訴 词詞 试試 诚誠 读讀 谁誰 谈談 贴貼 资資
赔賠 赶趕 车車 软軟 较較 输輸 选選 钥鑰 链鏈 锁鎖 键鍵 镜鏡
闪閃 闭閉 间間 队隊 阶階 陆陸 险險 难難 静靜 顶頂 项項 顺順
须須 额額 饭飯 饱飽 馆館 验驗 鸭鴨 黄黃 龙龍 账賬 铃鈴 银銀
"""
TRAD = {p[0]: p[1] for p in _TRAD_PAIRS.split()}


def traditional(text):
  return "".join(TRAD.get(ch, ch) for ch in text)


def apply_form(lines, form):
  if not form:
    return lines
  out = []
  for raw in lines:
    m = re.match(r"^((?:[+~][0-9.]+\s+)?[ACS](?:/[0-9.]+)?(?:=[0-9.]+)?:\s?)(.*)$", raw, re.S)
    if not m or raw.startswith("!"):
      out.append(raw)
      continue
    head, text = m.group(1), m.group(2)
    if form in ("asr", "asrw"):
      if not head.lstrip("+~0123456789. ").startswith("S"):
        text = asr(text, "chars" if form == "asr" else "words")
    elif form == "trad":
      text = traditional(text)
    elif form == "full":
      if "A" in head:
        text = fullwidth_ascii(text)
    out.append(head + text)
  return out


# --- chat wrappers -----------------------------------------------------------

SHOP_GREET = [
    "A: 您好，欢迎光临{shop}，我是客服小橙，很高兴为您服务，请问有什么可以帮您？",
    "A: 亲，您好呀～这里是{shop}，客服阿紫在线，请问有什么可以帮到您呢？",
    "A: 您好，{shop}客服小麦为您服务，请问您想了解哪方面的问题呢？",
    "A: 亲亲您好，欢迎来到{shop}，我是今天值班的客服糖糖，有什么需要尽管跟我说哈",
    "A: 您好，很高兴为您服务，我是{shop}的客服小北，请问有什么可以帮您的呢？",
    "A: 在的亲，欢迎光临{shop}～我是客服团团，请问有什么可以为您效劳的？",
]

SHOP_CLOSE = [
    ["A: 请问还有其他可以帮到您的吗？", "C: 没了", "A: 好的，感谢您的光临，祝您生活愉快，再见～"],
    ["A: 亲，您看还有别的需要帮忙的地方吗？", "C: 没有了 谢谢", "A: 不客气呢，感谢您对小店的支持，期待您下次光临～"],
    ["A: 请问您还有其他问题需要咨询吗？", "C: 暂时没有了", "A: 好的亲，感谢您的耐心，祝您购物愉快，再见啦"],
    ["A: 还有什么需要我帮您处理的吗？", "C: 没了 辛苦", "A: 不辛苦，这是我们应该做的，感谢您的惠顾，有需要随时来找我们哈"],
    ["A: 请问还有其他事情需要帮您看看吗？", "C: 没有", "A: 好的，感谢您选择我们家，祝您生活愉快～"],
]

CALL_GREET = [
    "A: 您好，{org}客服中心，工号{no}为您服务，请问有什么可以帮您？",
    "A: 您好，这里是{org}售后服务热线，我是{no}号客服，很高兴为您服务，请问您需要办理什么业务？",
    "A: 您好，{org}客户服务中心，敝姓林，工号{no}，请问有什么可以帮您？",
    "A: 您好，欢迎致电{org}，{no}号客服为您服务，请问有什么可以帮到您？",
]

CALL_CLOSE = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！"],
    ["A: 请问您还有其他需要咨询的问题吗？", "C: 没了 谢谢啊", "A: 不客气，感谢您的来电，再见！"],
    ["A: 请问还有什么需要我帮您处理的吗？", "C: 没有了 就这个", "A: 好的，那感谢您的耐心，祝您生活愉快，再见！"],
]

CALL_NO = ["3721", "6085", "2319", "1147", "5802", "0936", "4410", "7268"]


class Item:
  def __init__(self, num, kind, body, expect, reason, platform=None, shop=None,
               org=None, open=True, close=True, open_lines=None, close_lines=None,
               form=None, iso=False, timed=True, started=None, rings=None,
               direction=None, agent=None, hangup="customer", greet_at=1):
    self.__dict__.update(locals())
    del self.__dict__["self"]

  def lines(self, violating):
    body = variant(self.body.strip("\n").split("\n"), violating)
    k = self.num
    if self.kind == "chat":
      if self.open_lines is not None:
        head = variant(self.open_lines, violating)
      elif self.open:
        head = [SHOP_GREET[k % len(SHOP_GREET)].format(shop=self.shop or "本店")]
      else:
        head = []
      # the welcome goes after the customer's first burst
      split = 0
      if self.open_lines is None and self.open:
        while split < len(body) and body[split].lstrip("+~0123456789. ").startswith("C"):
          split += 1
      lines = body[:split] + head + body[split:]
      if self.close_lines is not None:
        lines += variant(self.close_lines, violating)
      elif self.close:
        lines += SHOP_CLOSE[k % len(SHOP_CLOSE)]
    else:
      if self.open_lines is not None:
        head = variant(self.open_lines, violating)
      elif self.open:
        head = [CALL_GREET[k % len(CALL_GREET)].format(org=self.org or "客户", no=CALL_NO[k % len(CALL_NO)])]
      else:
        head = []
      lines = head + body
      if self.close_lines is not None:
        lines += variant(self.close_lines, violating)
      elif self.close:
        lines += CALL_CLOSE[k % len(CALL_CLOSE)]
    return apply_form(lines, self.form)

  def conv(self, prefix, violating):
    cid = f"{prefix}{self.num:03d}"

    def pick(value):  # (violating, compliant) when the violation is in the metadata
      return value[0 if violating else 1] if isinstance(value, tuple) else value

    kw = dict(expect=self.expect if violating else "", reason=self.reason,
              timed=self.timed, iso=self.iso, started=pick(self.started), agent=self.agent)
    lines = self.lines(violating)
    if self.kind == "chat":
      return chat(cid, lines, platform=self.platform, **kw)
    return call(cid, lines, platform=self.platform, direction=self.direction,
                rings=pick(self.rings), hangup=pick(self.hangup), **kw)


ITEMS = []
NEAR = []


def C(num, body, expect, reason, platform="taobao", **kw):
  ITEMS.append(Item(num, "chat", body, expect, reason, platform=platform, **kw))


def T(num, body, expect, reason, **kw):
  ITEMS.append(Item(num, "call", body, expect, reason, **kw))


def N(num, kind, body, reason, **kw):
  """A near-miss: compliant only (no violating variant)."""
  NEAR.append(Item(num, kind, body, "", reason, **kw))


# --- export styles -----------------------------------------------------------
# The shapes real exports come in, spread over the items by number so that
# they are independent of what each item tests: chat logs with ISO timestamps
# and an agent nickname, logs without times, whole chats in traditional
# characters, full-width letters and digits; calls as speech recognition
# (spaced characters, or chunks without punctuation). Items whose violation is
# a timing (first reply, late reply) keep relative times.

TRAD_CHATS = {19, 87, 114}
TIMING = ("first_reply", "late_reply")


def export_style(it):
  timing = any(t in it.expect for t in TIMING) or "+" in it.body.split("A:")[0] or "\n+" in it.body
  if it.kind == "chat":
    if it.form is None and it.num in TRAD_CHATS:
      it.form = "trad"
    elif it.form is None and it.num % 13 == 2:
      it.form = "full"
    if timing or not it.timed or it.iso:
      return
    if it.num % 10 == 7:
      it.timed = False
    elif it.num % 3 == 0:
      it.iso = True
      it.started = "2026-11-%02dT%02d:%02d:%02d+08:00" % (
          17 + it.num % 13, 9 + it.num % 12, it.num * 7 % 60, it.num * 13 % 60)
      if it.agent is None:
        it.agent = {"id": "kf%03d" % (it.num % 37 + 100), "name": (it.shop or "店铺") + ":客服"}
  elif it.form is None and it.kind == "call":
    if it.num % 5 == 1:
      it.form = "asr"
    elif it.num % 10 == 3:
      it.form = "asrw"
