"""Near-misses of round 30: things a strict reviewer passes."""
from common import K

J, M = "jd", "meituan"
K("chat", J, "京东物流 named on JD: the platform's own service", """
C: 走什么快递
A: 走京东物流，一般次日达
""")
K("chat", J, "微信 only as a payment method inside JD checkout", """
C: 能用微信付吗
A: 可以的，京东收银台支持微信支付
""")
K("chat", J, "ad word negated: 没法保证百分百", """
C: 这个防水吗
A: 抱歉不能跟您保证百分百防水，日常溅水没问题，不建议泡水
""")
K("chat", J, "最 inside a date phrase 最近", """
C: 最近有活动吗
A: 最近有满300减40的活动，下单自动减
""")
K("chat", M, "可能 explaining a cause, with a time", """
C: 怎么还没到
A: 抱歉让您久等，下雨天骑手可能骑得慢一些，我刚确认过，预计12点10分送到
""")
K("chat", M, "agent echoes the customer's 不知道", """
C: 我不知道地址填对没有
A: 我帮您看一下，您填的是科技园南区8栋，对吗
C: 对
""")
K("chat", J, "第一 as 第一次, not a ranking", """
C: 第一次买你家的 有啥要注意
A: 欢迎您，第一次使用前先把内胆清洗一下就可以了
""")
K("chat", J, "fraud warning mentioning QQ and 转账", """
C: 有人加我QQ说要给我退款
A: 请您千万不要加陌生人QQ，也不要转账，我们只会在京东订单里给您退款
""")
K("chat", M, "喂 inside 喂猫", """
C: 这个鸡胸肉能喂猫吗
A: 不建议拿来喂猫哦，我们的是调过味的
""")
K("chat", M, "masked phone number", """
C: 骑手打我哪个号
A: 骑手会打您留的158****3917这个号
""")
K("chat", J, "refusal with apology and alternative", """
C: 能便宜50吗
A: 抱歉价格改不了，不过您现在领券能减30，另外还送一个收纳盒
""")
K("chat", J, "out of stock with restock date and alternative", """
C: 白色有吗
A: 抱歉白色暂时没货，预计周五到，也可以先看看米色这款
""")
K("chat", M, "wait with apology", """
C: 查一下骑手
A: 不好意思，麻烦您稍等一下
A: 骑手已经到楼下了
""")
K("chat", J, "transfer announced and agreed", """
C: 我要开专票
A: 专票需要财务同事处理，我帮您转过去，可以吗
C: 可以
""")
K("chat", J, "apology before asking for a photo", """
C: 收到的杯子有裂缝
A: 真对不住，杯子裂了让您糟心，麻烦您拍张照片，我马上安排补发
C: [图片]
A: 收到，已补发，明天发出
""")
K("chat", M, "hedge 大约 with a clock time", """
C: 多久能出餐
A: 大约15分钟出餐，出餐后骑手20分钟内送到
""")
K("chat", J, "snippet starting mid-conversation, no greeting judgeable", """
A: 您好，退款已经提交了，1到3个工作日到账
C: 好的谢谢
A: 不客气，还有其他问题可以随时找我，再见
""", open=False, close=False)
K("chat", M, "traditional chat, apology and compensation", """
C: 奶茶撒了一半
A: 太抱歉了，撒了的这杯给您全额退款，下次我们会加封口膜
""", trad=True)
K("chat", J, "full-width order number and discount", """
C: 订单３１７２５５６５能改地址吗
A: 可以的，麻烦您发一下新地址
C: 朝阳区望京街９号
A: 好的，已经改好了，订单号３１７２５５６５
""", fw=True)
K("chat", J, "名称中的词: 顶级 inside a product name quoted by customer", """
C: 你们那个“顶级大红袍”礼盒还有吗
A: 您说的那款礼盒还有货，今天下单明天发
""")
K("chat", M, "customer uses 垃圾, agent stays polite", """
C: 垃圾袋能多给两个吗
A: 可以的，给您备注多放两个袋子
""")
K("chat", J, "decision left to customer", """
C: 退还是换
A: 换货的话明天发新的，退款的话3天内到账，看您更方便哪种
C: 退吧
A: 好的，已帮您提交退款
""")
K("call", None, "hold with consent and thanks", """
C: 我的外卖超时了
A: 非常抱歉，您是说外卖超时了，对吗
C: 对
A: 我查一下骑手位置，请您稍等一分钟可以吗
C: 可以
!hold_start
!wait 30
!hold_end
A: 谢谢您的等候，骑手三分钟到
C: 好
""")
K("call", None, "number read back", """
C: 我电话一三八 一二三四 五六七八
A: 我复核一下，138 1234 5678，对吗
C: 对
A: 好的，师傅明天上午联系您
C: 好
""")
K("call", None, "speech-recognition call, apology and time", """
C: 我的饭是冷的
A: 非常抱歉让您吃到冷饭，您是说送到的饭菜是凉的，对吗
C: 对
A: 这单给您退一半的钱，今天下午5点前到账
C: 好
""", asr="plain")
K("call", None, "spaced speech-recognition call", """
C: 退款还没到
A: 非常抱歉，您是说退款还没到账，对吗
C: 对
A: 我查到已经退回了，今晚8点前到账
C: 好
""", asr="spaced")
K("call", None, "callback time given", """
C: 我要投诉商家少送
A: 非常抱歉，您是说商家少送了菜，对吗
C: 对
A: 已经登记，半小时内给您回电
C: 好
""")
K("call", None, "refusal with apology and alternative on call", """
C: 能给我免单吗
A: 您是说想申请免单，对吗
C: 对
A: 很抱歉免单申请不了，我给您赔一张十元券，您看可以吗
C: 行
""")
K("call", None, "可能 as cause on call", """
C: 为什么还没到
A: 抱歉让您久等，您是说订单还没送到，对吗
C: 对
A: 雨天路滑骑手可能慢一点，我确认过了，十分钟内送到
C: 好
""")
K("chat", M, "customer thanks answered", """
C: 加个饭
A: 好的，已经备注了
C: 谢谢
A: 不客气呢
""")
