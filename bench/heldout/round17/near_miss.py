"""Near-misses (r17c201-): conversations a strict reviewer reading the seeds
passes, written close to a forbidden or required act."""

from common import N


def NC(num, body, reason, platform="taobao", **kw):
  N(num, "chat", body, reason, platform=platform, **kw)


def NT(num, body, reason, **kw):
  N(num, "call", body, reason, **kw)


NC(201, """
C: 这个是你们店最好的吗
A: 我们不敢说它是最好的，但每一件出库前都经过质检，面料和做工您收到可以仔细看看
C: 好
""", "a superlative negated (不敢说…最好)", shop="棉麻生活馆")

NC(202, """
C: 这个羊毛衫能机洗吗
A: 建议手洗，水温30度以下，洗的时候绝对不要用漂白剂，也不要拧干，平铺晾干就好
C: 好的
""", "绝对 inside a care warning, not a claim", platform="jd", shop="鄂尔多斯羊绒京东店")

NC(203, """
C: 买了电饭煲 要注意什么
A: 第一次使用前，请把内胆和蒸汽阀用温水洗一遍，再煮一锅清水就可以正常用了
C: 好
""", "第一次 in an instruction (ad.first near-miss)", platform="pinduoduo", shop="厨房电器专营店")

NC(204, """
C: 这两款差在哪
A: 唯一的区别是颜色，尺寸和材质都一样
C: 那我要灰色
""", "唯一 comparing two items of the shop (ad.unique near-miss)", platform="douyin", shop="家居收纳抖音小店")

NC(205, """
C: 收到的衣服不想要了 能退吗
A: 可以的亲，按国家规定网购商品签收7天内都支持无理由退货，您在订单页申请就行
C: 好
""", "国家规定 states the buyer's legal right, no authority claim", platform="taobao", shop="少女心服饰")

NC(206, """
C: 你们发什么快递
A: 这款是京东自营商品，由京东物流配送，您下单后预计明天送达
C: 能用京豆抵吗
A: 可以的，结算页勾选京豆就能抵扣，也支持白条分期
C: 好
""", "the JD platform's own services (京东物流, 京豆, 白条) on JD", platform="jd", shop="京东自营")

NC(207, """
C: 能分期吗
A: 可以的亲，支持花呗分期，结算时选择花呗就能看到分期选项
C: 用支付宝付可以吧
A: 可以的，天猫订单支持支付宝付款
C: 好
""", "Taobao's own payment services named on Taobao", platform="taobao", shop="华为手机天猫授权店")

NC(208, """
C: 能先用后付吗
A: 可以的，下单时选择“先用后付”，确认收货后再付款就行
C: 好
""", "Pinduoduo's own pay-later service on Pinduoduo", platform="pinduoduo", shop="家用小电器专营店")

NC(209, """
C: 能分期吗
A: 可以的亲，小店支持抖音月付，结算时选择分期就可以
C: 好
""", "Douyin's own instalment service on Douyin", platform="douyin", shop="数码好物抖音小店")

NC(210, """
C: 我真不清楚这个怎么连蓝牙
A: 没关系，您说的不清楚怎么连蓝牙，我一步一步教您：先长按耳机盒上的按钮三秒，看到白灯闪烁后，在手机蓝牙列表里点耳机的名字
C: 连上了
A: 好的，连上就可以正常使用了
""", "the agent echoes the customer's 不清楚", platform="jd", shop="漫步者耳机京东旗舰店")

NC(211, """
C: 为什么我的扫地机老是卡在沙发底下
A: 出现这种情况可能的原因有两个：一是沙发底下的高度刚好和机身差不多，二是边刷缠了头发。建议您在手机应用里给沙发底下设一条虚拟墙，再清理一下边刷
C: 好 我试试
""", "可能 introducing causes in a diagnosis, not a hedged answer", platform="taobao", shop="智能家居旗舰店")

NC(212, """
A: 亲，已经帮您把地址改成浦东新区张江镇了，收件人和电话不变
C: 好的
A: 还有其他需要帮您处理的吗？
C: 没了
A: 好的，感谢您的光临～
""", "a log that opens on the agent reporting a done task (no greeting to judge)",
   platform="pinduoduo", open=False, close=False)

NC(213, """
C: 这个蓝牙音箱防水吗
A: 防水的，洗澡的时候放在浴室没问题，但是不要泡在水里
C: 好的 那我拍一个
""", "a log cut off before the end (no closing to judge)", platform="douyin", shop="小音箱抖音小店", close=False)

NC(214, """
C: 这款是全网通的吗
A: 是的，这款是全网通版本，移动、联通、电信的卡都能用
C: 好
""", "全网通 is a phone spec, not a whole-market claim", platform="jd", shop="荣耀手机京东自营")

NC(215, """
C: 这个牛排怎么保存
A: 为了保证口感，收到后请立刻放进冷冻室，解冻后尽快食用，不要反复冷冻
C: 好
""", "保证 in 'to keep the taste', no promise", platform="pinduoduo", shop="澳洲牛排冷链店")

NC(216, """
C: 最近快递怎么这么慢
A: 非常抱歉让您久等了，最近物流比较繁忙，您的包裹已经到了本市的分拣中心，预计明天送达
C: 好吧
""", "最近 (lately) is no superlative; the complaint is apologised for", platform="taobao", shop="零食小铺")

NC(217, """
C: 这个新买的平板要先充电吗
A: 要的，首次开机前建议充满电，大约需要三个小时
C: 好的
""", "首次 in an instruction (ad.debut near-miss)", platform="jd", shop="联想平板京东店")

NC(218, """
C: 尺码怎么选啊
A: 尺码表发您参考一下[图片]，按您说的身高165、体重110斤，建议选M码
C: 好
""", "a chart sent with a concrete answer, not 'go and look yourself'", platform="douyin", shop="瑜伽服抖音小店")

NC(219, """
C: 这个奶瓶适合几个月的宝宝
A: 适合0到6个月的宝宝，既能喂奶也可以喂水，奶嘴是仿母乳设计
C: 好
""", "喂 inside 喂奶 / 喂水 (casual 喂 near-miss)", platform="jd", shop="贝亲京东自营旗舰店")

NC(220, """
C: 我想买个冰箱 还没想好
A: 好的，不知道您家里厨房留的位置宽度是多少呢？我根据尺寸给您推荐
C: 70厘米
A: 70厘米的位置可以放这两款：一款是三门的，容量235升；一款是对开门的，容量320升，您看看更喜欢哪种
C: 我再考虑下
""", "不知道您… is a polite question, not 不知道", platform="pinduoduo", shop="家电专营店")

NC(221, """
C: 那个安装注意事项你再跟我讲讲
A: 好的，我再说一遍注意事项：一是墙面要是实心墙，二是插座离地1.8米以上，三是安装后先空转5分钟
C: 好 记住了
""", "the agent offering to say it again (no 再说一遍 demand to the customer)", platform="jd", shop="美的电热水器京东店")

NC(222, """
C: 这个宝贝还有货吗
A: 您问的这款商品还有现货，今天下单今天发
C: 好
""", "宝贝 only in the customer's words; the agent says 商品 (Pinduoduo)", platform="pinduoduo", shop="生活百货专营店")

NC(223, """
C: 能退吗 买错颜色了
A: 可以的亲，根据平台规定，签收7天内都可以无理由退货，您在订单页申请，我这边马上审核
C: 好
""", "规定 cited in the buyer's favour, not 'these are the rules' as a refusal", platform="taobao", shop="帆布鞋工厂店")

NC(224, """
C: 这个我不会装 没办法了吗
A: 不用担心，不是没办法的，我们可以安排师傅上门免费安装，您看明天上午方便吗？
C: 方便
A: 好的，已经为您预约明天上午上门
""", "没办法 echoed and negated, with a solution", platform="jd", shop="林内热水器京东店")

NC(225, """
C: 麻烦把订单号给我一下 我找不到了
A: 好的，您的订单号是3309***2281，在“我的订单”里也能找到
C: 谢谢
A: 不客气亲
""", "masked order number; thanks answered", platform="douyin", shop="袜子工厂抖音小店")

NC(226, """
C: 亲 我想问一下
A: 亲爱哒请说～
C: 这件外套有没有加绒的
A: 有的亲，加绒款在同一个链接里，选颜色的时候带“加绒”两个字的就是
C: 好
""", "亲爱哒 and ～ are the shop's warm register, no slang or casual address", platform="taobao", shop="暖冬外套店")

NC(227, """
C: 你们客服态度真好
C: 给你点个赞👍
A: 感谢您的认可，这是我们应该做的，有需要随时找我们哈
C: 好嘞
""", "praise answered with thanks (emoji only on the customer's side)", platform="pinduoduo", shop="婴儿湿巾专营店")

NC(228, """
C: 我的退款怎么还没到
C: [订单编号:2811***0051]
A: 很抱歉让您久等了，麻烦您稍等一下，我帮您查询
+150 A: 感谢您的耐心等待，退款已经在昨天下午原路退回，银行到账需要1-3个工作日，请您留意
C: 好
""", "a wait asked with please and answered within three minutes with thanks", platform="jd", shop="良品铺子京东旗舰店")

NC(229, """
C: 今晚直播有活动吗
A: 有的亲，今晚八点直播间有满200减30的活动，活动规则在直播间公告里
C: 好
""", "a sale announced as fact (time, amount), no pressure words", platform="douyin", shop="美妆抖音小店")

NC(230, """
C: 我要开专票
A: 可以开的，增值税专用发票需要您提供公司名称、税号、开户行和账号，在订单页“申请发票”里填写就可以
C: 好
""", "an invoice request met; 专票 named", platform="jd", shop="办公设备京东专营店")

NC(231, """
C: 你们这个退款流程太复杂了吧
A: 非常抱歉给您带来不便，感谢您的反馈，我们会把您的意见转给产品同事；这单我直接为您操作退款，您不用再填写任何信息
C: 那还行
""", "a complaint-cum-suggestion met with an apology and thanks", platform="taobao", shop="家纺旗舰店")

NT(232, """
C: 我想改一下收货电话 新号码是13816802347
A: 跟您核对一下，新号码是13816802347，对吗？
C: 对
A: 好的，已经为您修改成功
C: 好
""", "a caller's own new number read back on a call (004 核实信息 requires it)",
   org="优品商城", started="2026-11-24T11:40:00+08:00")

NT(233, """
C: 我的冰箱不制冷了 想报修
A: 很抱歉给您带来不便，您是说冰箱不制冷，需要报修，对吗？
C: 对
A: 麻烦您稍等一下，我帮您查一下附近网点的师傅排期，好吗？
C: 好
!hold_start
!wait 30
!hold_end
A: 感谢您的耐心等待，明天下午两点到四点有师傅可以上门，您看方便吗？
C: 方便
A: 好的，已经为您预约，师傅上门前会提前打电话给您
C: 行
""", "a hold with consent and thanks, under a minute", org="容声冰箱", started="2026-11-25T09:10:00+08:00")

NT(234, """
C: 我要问一下发票的事 你们能开公司抬头吗
A: 您是想开公司抬头的发票，对吗？
C: 对
A: 可以开的，关于发票的具体信息，我为您转接给发票专员详细办理，好吗？
C: 好
A: 请稍等，我马上为您转接
!transfer
""", "a transfer with the reason and the caller's consent; the call ends in the transfer",
   org="苏宁易购", close_lines=[], started="2026-11-26T15:00:00+08:00")

NT(235, """
C: 嗯 我想问 那个 宽带
C: 呃 就是我家宽带断了
A: 很抱歉给您带来不便，您是说家里宽带断了，对吗？
C: 对
A: 我为您登记报修，师傅两小时内联系您，请问是打您现在这个号码吗？
C: 嗯 是的
""", "speech recognition (spaced characters, no punctuation) and fillers; restated, apologised, callback time and number",
   org="电信", form="asr", started="2026-11-27T20:10:00+08:00")

NC(236, """
C: 這個杯子可以裝熱水嗎
A: 可以的，耐熱到100度，裝開水沒問題
C: 好的 謝謝
A: 不客氣～
""", "traditional characters throughout; thanks answered", shop="日式杯具小店",
   open_lines=["C: 在嗎", "A: 您好，歡迎光臨，我是客服小和，很高興為您服務，請問有什麼可以幫您？"],
   close_lines=["A: 請問還有其他需要幫忙的嗎？", "C: 沒有了", "A: 感謝您的光臨，祝您生活愉快～"])

NC(237, """
C: 这个宝贝什么时候发货
A: 宝贝今天下午四点前发出，发出后您在订单里就能看到物流
C: 好
""", "宝贝 on Taobao, its own word (the ban is Pinduoduo's)", platform="taobao", shop="文具小铺")

NC(238, """
C: 亲 那个加湿器不出雾了
A: 非常抱歉给您添麻烦了，麻烦您检查一下水箱底部的浮子有没有卡住，轻轻按两下再开机试试
C: 可以了！
A: 太好了，有问题随时找我们
""", "quick welcome and help in one bubble after the burst (greeting, apology, answer)",
   platform="jd", shop="亚都加湿器京东店", open_lines=[
       "C: 在吗", "A: 您好，亚都加湿器京东店客服小雨为您服务，请问有什么可以帮您？"])
