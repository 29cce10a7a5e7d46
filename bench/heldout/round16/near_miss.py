"""Round 16 near-misses: conversations a strict reviewer reading the seeds
passes, though a banned word, an incomplete log or an unusual flow is in
them. Compliant only (r16c501...)."""

from common import near_chat, near_call

# ---------------------------------------------------------------- banned words in a harmless sense

near_chat("taobao", "a fraud warning names WeChat and transfers to warn against them (Taobao)",
          """
C: 刚才有人打电话说是你们客服 让我加微信办退款
A: 亲，请一定不要加任何陌生人的微信，也不要站外转账，我们退款只在订单里操作，不会私下联系您
C: 好险 谢谢提醒
A: 不客气，您的退款我这边已经在订单里帮您提交了，两个工作日内原路退回
""")

near_chat("jd", "the platform's own services (京东白条, 京东快递, 京豆 as payment) on JD",
          """
C: 这个能分期吗
A: 可以用京东白条分三期，免手续费；发京东快递，一般第二天送到，下单时京豆也能抵一部分钱
C: 好 那我用白条
""")

near_chat("taobao", "支付宝/花呗 on Taobao are the platform's own payment",
          """
C: 能用花呗吗
A: 可以的，支付宝花呗和信用卡都能付，花呗还能分三期
C: 好的
""")

near_chat("douyin", "100 % said negated, to avoid an absolute claim",
          """
C: 这个面霜敏感肌能用吗 会不会过敏
A: 这款是无香精配方，不过皮肤的情况因人而异，我们不敢说百分之百不过敏，建议先在耳后试用两天，没有发红发痒再用在脸上
C: 好的 谢谢提醒
A: 不客气～
""")

near_chat("taobao", "不知道 and 不清楚 echoed from the customer's own words",
          """
C: 我不知道怎么申请退货 也不清楚运费谁出
A: 没关系，您说的“不知道怎么申请”，我一步步教您：打开订单，点“退换货”，选原因提交就行；这单是质量问题，运费由我们承担
C: 明白了
""")

near_chat("pinduoduo", "第一时间 is about speed, not a ranking",
          """
C: 退款审核要多久
A: 您提交后我们会在第一时间审核，一般半天内处理完，审核通过后原路退回
C: 好
""")

near_chat("douyin", "最近 / 最晚 are about time, not a superlative claim; the delay is explained with an apology",
          """
C: 怎么还没发货
A: 实在抱歉让您久等了，最近下大雪，部分线路停运，您的包裹最晚明天上午发出，发出后我把单号发给您
C: 好吧
""")

near_chat("taobao", "唯一 in care advice, not a claim",
          """
C: 这件真丝衬衫好打理吗
A: 挺好打理的，唯一要注意的是别用热水，也别拧干，冷水轻揉后平铺晾干就行
C: 好的
""")

near_chat("taobao", "宝贝 is Taobao's own word for goods",
          """
C: 这个宝贝还有蓝色的吗
A: 有的亲，这款宝贝蓝色M码和L码都有现货
C: 要M码
""")

near_chat("pinduoduo", "the customer says 宝贝 and 淘宝 on Pinduoduo; the agent does not repeat them",
          """
C: 我家宝贝两岁了 这个外套穿哪个码
C: 我在淘宝上买的都是100的
A: 两岁左右的小朋友穿100码正合适，这款版型偏宽松，身高90以下也能穿
C: 好
""")

near_chat("taobao", "a 19-digit order number read back is not a card or ID number",
          """
C: 订单号3120458871920334516 帮我看看发货没
A: 好的，订单3120458871920334516已经发出了，圆通快递，明天下午送到
C: 好
""")

near_chat("jd", "OK is the name of a key on the remote",
          """
C: 新买的遥控器怎么配对
A: 对着电视长按遥控器上的OK键五秒，屏幕上出现“配对成功”就可以了
C: 成了
""")

near_chat("taobao", "喂 in 喂养 (feeding a kitten)",
          """
C: 两个月的小猫一天喂几次
A: 两个月的幼猫一天喂三到四次，每次一小把就够，另外要备好干净的饮水
C: 知道了
""", shop="米粒宠物生活馆")

near_chat("douyin", "不知道 in a polite question about the customer's habits",
          """
C: 想买件打底衫
A: 好的，不知道您平时穿多大码呢？我帮您推荐合适的
C: 一般穿M
A: M码适合身高160到165，这款有黑白灰三色
C: 要黑色
""")

near_chat("jd", "顶部 and 国家规定 in a factual, non-advertising sense",
          """
C: 加湿器顶部老漏水
A: 很抱歉给您带来不便，请把顶部的出雾口旋钮顺时针拧紧，水箱盖的密封圈也检查一下是否放平了
C: 还是漏
A: 那给您换一台新的，按国家规定电器签收后也能七天内退换，快递员明天上门取件
C: 好
""")

near_chat("pinduoduo", "第一次 about washing, not a claim of being first",
          """
C: 这床单第一次洗会不会掉色
A: 第一次洗会有一点浮色，属于正常现象，建议加一勺盐冷水浸泡半小时再洗
C: 好
""")

# ---------------------------------------------------------------- unusual but correct flows

near_chat("jd", "a welcome sent as two bubbles, the greeting first and the offer of help second",
          """
C: 在吗
A: 您好～
A: 我是{shop}客服{name}，请问有什么可以帮您？
C: 这个奶瓶能用开水烫吗
A: 可以的，玻璃材质耐高温，开水烫和蒸汽消毒都没问题
C: 好
""", open=False)

near_chat("taobao", "a late reply with an apology for the wait",
          """
C: 这款有大码吗
+240 A: 非常抱歉让您久等了，刚刚咨询的人比较多；有的，大码到3XL，您平时穿多大？
C: XL
A: XL有现货，今天拍今天发
C: 好
""")

near_chat("douyin", "the hand-over to another team is announced before the system line",
          """
C: 我想换个收货地址 但是已经发货了
A: 已发货的订单需要物流专员拦截改址，我帮您转给物流专员处理，请稍等～
S: 当前会话已转接至【物流专员-小周】
A: 您好，我是物流专员小周，麻烦把新地址发给我
C: 上海市徐汇区漕溪北路88号
A: 收到，上海市徐汇区漕溪北路88号，已经提交快递改址，今天晚上前改好
C: 好
""")

near_chat("pinduoduo", "a burst of five customer messages answered in one reply",
          """
C: 你好
C: 我买的收纳箱
C: 盖子盖不上
C: 是不是发错了
C: 急用😭
A: 很抱歉给您添麻烦了！这款盖子需要先对准四个角的卡扣再往下按，如果对准了还是盖不上，麻烦拍张照片给我，确认是发错的话马上给您补发
C: [图片]
A: 收到，是盖子型号发错了，今天给您补发正确的盖子，明天发出
C: 好的
""", first=["亲"])

near_chat("jd", "an excerpt that starts in the middle of the chat: the greeting lies outside it",
          """
A: 好的，已经帮您改成蓝色了
C: 那尺码不变吧
A: 尺码不变，还是XL，今天下午发出
C: 好
""", open=False)

near_chat("taobao", "an excerpt that ends mid-chat: the closing lies outside it",
          """
C: 收到的碗有个缺口
A: 真抱歉让您收到有瑕疵的碗，麻烦您拍一下缺口和外包装的照片给我，我马上帮您处理
""", close=False)

near_chat("douyin", "an export without times, a complaint soothed and a time given",
          """
C: 等了一个礼拜了 还没到！！
A: 非常抱歉让您等了这么久，我马上帮您查：包裹卡在中转站了，我已经催快递今天派送，晚上八点前没到您再找我，给您补发
C: 行
""", timed=False)

near_chat("taobao", "traditional characters throughout, with a full service flow",
          """
C: 這款茶壺能直接放電陶爐上嗎
A: 可以的，這款是耐熱玻璃的，電陶爐和明火都能用，小火慢熱就行
C: 好的 那我拍一個
A: 好的，拍好後我幫您核對地址
C: 拍了
A: 跟您核對一下：林小姐，180****5537，台中市西屯區台灣大道三段99號，對嗎？
C: 對
""", form="trad")

# ---------------------------------------------------------------- calls

near_call("two holds, each with consent, each return with thanks",
          """
C: 我想查一下我家这两年的缴费记录
A: 好的，需要调一下历史记录，大概一分钟，您方便稍等吗？
C: 可以
!hold_start
!wait 40
!hold_end
A: 感谢您的耐心等候，记录还在加载，还需要一分钟左右，您还方便等吗？
C: 行
!hold_start
!wait 40
!hold_end
A: 非常感谢您的耐心等候，这两年您一共缴了24次，每个月都按时缴的
C: 好
""", co="华源燃气")

near_call("mute with consent and an apology on return",
          """
C: 我要改一下宽带密码
A: 好的，系统有点卡，请您稍等片刻，好吗？
C: 嗯
!mute_start
!wait 15
!mute_end
A: 很抱歉让您久等了，新密码会用短信发到您登记的手机上，登录后可以自己再改
C: 好
""", co="蓝天宽带")

near_call("an angry caller who swears is calmed without a word back",
          """
C: 你们他妈的什么破快递 三天了还不送
A: 非常抱歉让您这么着急，我特别想帮您把这件事解决，请您把单号告诉我，好吗？
C: S J 6 6 0 2 1 8
A: 我核对一下，SJ660218，对吗？
C: 对
A: 我确认一下，您的包裹三天了还没派送，是吗？
C: 是
A: 我马上联系网点，今天下午六点前派送到您家
C: 行
""", co="顺捷快递")

near_call("the caller's 不知道 echoed, and an alternative offered",
          """
C: 我不知道我家户号是多少
A: 您说不知道户号也没关系，报一下户主的名字和小区地址，我也能帮您查到
C: 户主叫陈建国 住在滨江花园三栋
A: 我核对一下，户主陈建国，滨江花园3栋，对吗？
C: 对
A: 查到了，您家户号是552017，这个月燃气费48元
C: 好
""", co="华源燃气")

near_call("说什么时间 asks the caller's choice, not a request to repeat",
          """
C: 我要约个上门清洗油烟机
A: 好的，请问您怎么称呼？
C: 我姓韩
A: 韩女士，您是要约上门清洗油烟机，对吗？
C: 对
A: 您说什么时间上门比较合适？这周六和周日都有空档
C: 周六下午吧
A: 好的，给您约在周六下午两点到四点
C: 行
""", co="美家电器售后", sur="韩", female=True)

near_call("喂 in 喂奶 on a baby-products hotline",
          """
C: 你们那个吸奶器用完要怎么消毒
A: 拆开后用温水洗干净，放进沸水煮五分钟或者用蒸汽消毒锅都可以，宝宝喂奶前再用温水冲一下
A: 请问我说的您清楚了吗？
C: 清楚了
""", co="和润家电")

near_call("a transcript segment that starts mid-call: the greeting lies outside it",
          """
C: 对 就是那个地址 城东路17号
A: 好的，城东路17号，已经给您登记了，明天上午九点到十二点师傅上门
C: 好
""", open=False, co="康诺净水", rings=0)

near_call("a transcript segment that ends mid-call: no closing yet",
          """
C: 我家燃气表显示余额不足 可我前天刚充了钱
A: 我确认一下，您前天充了值，但燃气表还提示余额不足，是吗？
C: 对
A: 麻烦您报一下户号，我帮您查一下
""", close=False, hangup=None, co="华源燃气")

near_call("an outbound call-back that introduces itself, states its purpose and closes with thanks",
          """
A: 您好，请问是周先生吗？我是恒通电力客服，工号2719，您上午反映的停电问题，给您回个电话说明一下处理结果
C: 对 是我
A: 您小区的变压器已经修好了，下午三点恢复供电，请问您家现在来电了吗？
C: 来了
A: 好的，请问还有其他需要帮您的吗？
C: 没有了
A: 好的，谢谢您接听，周先生，祝您生活愉快，再见！
C: 再见
""", open=False, close=False, direction="outbound")

near_call("a caller speaking a dialect the agent understands; the agent keeps to Mandarin (000 篇2 二、5)",
          """
C: 俺家那个暖气片咋不热乎哩
A: 我确认一下，您家暖气片不热，是吗？
C: 对 一点都不热乎
A: 先看一下暖气片上的放气阀，用螺丝刀拧开放一下气，听到有水出来就拧紧；要是还不热，明天上午我们安排师傅上门
A: 请问刚才说的这几步您清楚了吗？
C: 中 俺晓得了
""", co="恒通电力")
