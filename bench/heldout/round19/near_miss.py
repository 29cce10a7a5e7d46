"""Near-misses of round 19: conversations a strict reviewer passes although a
word in them looks like a forbidden one (compliant only)."""
from common import K

K("chat", "taobao", "支付宝 refund on Taobao (the platform's own payment)", """
C: 退款退到哪里
A: 亲，退款会原路退回到您付款用的支付宝账户，审核通过后一般24小时内到账
C: 好的
""")

K("chat", "jd", "京东物流 and 微信零钱 on JD (JD's own services)", """
C: 你们发什么快递 退款能退到微信吗
A: 我们发京东物流，一般次日送达；您是用微信支付的话，退款会原路退回微信零钱
C: 明白了
""")

K("chat", "jd", "货到付款 as JD's own service", """
C: 能货到付款吗
A: 可以的亲，下单时支付方式选择货到付款就行，快递员上门时可以刷卡或扫码
C: 好
""", iso=True)

K("chat", "douyin", "宝贝 on Douyin (the ban is Pinduoduo's)", """
C: 这个什么时候发
A: 亲，这款宝贝今天下午就能发出，明后天就能收到
C: 好的
""")

K("chat", "taobao", "a claim declined: 没法保证百分百", """
C: 这个毛衣会起球吗
A: 亲，羊毛类的衣服没法跟您保证百分百不起球，我们这款是精纺的，正常穿着起球很少，起了用去球器处理一下就好
C: 好
""")

K("chat", "taobao", "a fraud warning naming 私下转账 and 微信", """
C: 有人加我说是你们客服 让我私下转账退款
A: 亲，请一定不要相信！我们不会要求您添加微信或私下转账，退款都在订单里原路退回，您有疑问就在这里找我们
C: 好险 谢谢提醒
A: 不客气，您的账户安全最重要
""")

K("chat", "jd", "可能 explaining a cause, with a time given", """
C: 物流怎么两天没更新了
A: 很抱歉让您担心了，可能是中转站包裹积压，信息没有及时上传；我已经联系快递核实，今天18点前给您回复
C: 好
""")

K("chat", "taobao", "the customer's own 不清楚; the agent answers", """
C: 我也不清楚我家是哪个型号的扫地机
A: 没关系亲，麻烦您看一下机器底部的铭牌，拍张照片给我，我帮您看适配哪款滤网
C: 发你了
A: 收到，您这台是S6，适配第二款滤网
""")

K("chat", "taobao", "喂 inside 喂养, 宝宝 meaning an infant", """
C: 这款奶瓶适合什么情况用
A: 这款奶瓶的奶嘴比较接近母乳口感，适合混合喂养的宝宝，0到6个月都能用
C: 好的
""")

K("chat", "pinduoduo", "最近 and 第一时间 in plain use", """
C: 下雨天会不会延误
A: 最近南方雨水多，个别地区会慢一两天，有延误我们第一时间通知您
C: 好
""")

K("chat", "pinduoduo", "a masked phone number and a masked name on an address check", """
C: 拍好了
A: 好的亲，跟您核对一下收货信息：李**，江苏省南京市鼓楼区中山路***号，手机138****6620，没问题的话今天发出
C: 对的
""")

K("chat", "jd", "an order number (long digits) that is neither a phone nor a card", """
C: 订单 250612345678901 发了吗
A: 查到了，订单250612345678901今天上午已经发出，明天送达
C: 好
""")

K("chat", "taobao", "100%棉 as a fibre label", """
C: 这个T恤什么面料
A: 面料是100%棉的，亲肤透气，夏天穿很舒服
C: 好
""")

K("chat", "douyin", "第一次 and 唯一 in plain use", """
C: 第一次买你们家 有新人优惠吗
A: 有的亲，第一次下单可以领5元新人券；唯一要注意的是券要在下单前领取哦
C: 领好了
""", iso=True)

K("chat", "taobao", "a refusal with apology and an alternative", """
C: 这个杯子能刻字吗
A: 非常抱歉，这款暂时不支持刻字，店里的刻字款和它容量一样，价格也相同，要不要给您推荐一下？
C: 好啊
A: 就是店铺首页的第二款，下单时备注要刻的字就可以
""")

K("chat", "jd", "不知道 inside a polite question", """
C: 师傅什么时候上门安装
A: 不知道您明天上午还是下午方便？我这边按您的时间给您预约
C: 下午吧
A: 好的，已经约在明天下午两点到五点
""")

K("chat", "pinduoduo", "不支持七天无理由 for a custom-made item, with the reason stated", """
C: 定制的门牌能退吗
A: 很抱歉亲，刻了您家门牌号的定制商品依法不适用七天无理由退货，下单前页面也有提示；如果有质量问题，我们包退包换
C: 明白了
""")

K("chat", "jd", "a superlative negated: 不敢说是全网最低", """
C: 你们家是不是最便宜的
A: 不敢跟您说是全网最低价，但我们是品牌授权店，售后有保障，现在还有满减活动
C: 行
""")

K("chat", "taobao", "专票 needs documents; a normal invoice any time (not a refusal)", """
C: 能开专票吗
A: 可以开的亲，专票需要您提供单位的开票资料，普通电子发票随时都能开
C: 我发资料给你
""")

K("chat", "taobao", "customer thanks inside a request; answered in the closing", """
C: 麻烦帮我看看这个还有没有货 谢谢
A: 好的亲，这款还有现货，今天下单今天发出
C: 好
""")

K("chat", "jd", "a log that starts mid-conversation (older messages cut off)", """
S: ——以上为历史消息——
C: 那就换成黑色吧
A: 好的亲，已经帮您换成黑色，今天下午发出
""", open=False, timed=False)

K("chat", "douyin", "a log that ends while the agent is checking, with a time given", """
C: 我的退款怎么还没到
A: 很抱歉让您着急了，我这就联系财务核实，20分钟内在这里给您回复
""", close=False)

K("chat", "taobao", "a whole chat in traditional characters", """
C: 這款枕頭可以機洗嗎
A: 可以的親，枕套拆下來可以機洗，枕芯建議晾曬就好
C: 好的
""", trad=True)

K("chat", "pinduoduo", "full-width letters and digits in a plain answer", """
C: 这个是几号电池
A: 用的是5号电池，2节就够，买的时候送一对
C: 好
""", fw=True)

K("call", None, "the caller's number read back on a call", """
C: 我家天然气报警器一直在响 我的手机号是 13962817453
A: 跟您核对一下 手机号13962817453 对吗
C: 对
A: 您是说家里燃气报警器一直响 对吗
C: 对
A: 请您先关闭燃气总阀 打开门窗 不要开关电器 抢修人员二十分钟内到
""")

K("call", None, "a hold with consent and thanks", """
C: 我想查一下我家上个月的电费
A: 您是想查上个月的电费 对吗
C: 对 户号 3 3 0 2 1 8 7 6
A: 跟您核对一下 户号33021876 对吗
C: 对
A: 我需要调一下账单 大概半分钟 请您稍等好吗
C: 好
!hold_start
!wait 30
!hold_end
A: 感谢您的耐心等待 上个月的电费是一百八十六元
""")

K("call", None, "the silent-call procedure done right", """
A: 您好 南城供电客服中心 八零二号为您服务 请问有什么可以帮您
!wait 3
A: 您好 请问有什么可以帮您
!wait 3
A: 很抱歉 您的电话没有声音 请您挂机后重新拨打 感谢您的来电 再见
!wait 3
!hangup agent
""", open=False, close=False)

K("call", None, "a whole speech-recognition call with fillers", """
C: 我想问一下你们那个保洁阿姨周末能上门吗
A: 您是想确认周末能否安排保洁上门 对吗
C: 对
A: 周末可以上门的 周六周日上午八点到下午六点都能约
""", asr=True)

K("call", None, "a call spaced character by character", """
C: 我的快递显示签收了但是我没收到
A: 很抱歉给您添麻烦了 您是说快递显示签收但您没有收到 对吗
C: 对
A: 我马上联系派件员核实 三十分钟内给您回电 打您现在的来电号码可以吗
C: 可以
""", asr="spaced")

K("call", None, "a transfer announced and agreed, ending the call", """
C: 我想办理企业宽带 需要找谁
A: 您是想办理企业宽带 对吗
C: 对
A: 企业宽带由政企部的同事负责 我帮您转接过去 好吗
C: 好的
A: 请稍等 马上为您转接
!transfer
""", close=False)

K("call", None, "绝对 negated on a call (no promise made)", """
C: 这个热水器装好以后绝对不会漏水吧
A: 您是担心热水器安装后会漏水 对吗
C: 对
A: 安装后师傅会做打压测试 没有问题才会交付 安装后一年内漏水我们免费上门处理
""")
