"""Near-misses: the words of the forbidden families used in ways a strict
reviewer passes (negated, quoted, polite, explained, part of another word),
and snippets where an opening or an ending cannot be judged."""

from common import V

ITEMS = [
    V("", "tb", """
C: 你们是不是觉得我问题太多很烦啊
A: 不会的，一点都不麻烦，您有任何问题都可以问我
C: 那这个杯子能装热水吗
A: 可以的，耐热一百二十度
""", "echo: 烦 in reassurance, not impatience"),
    V("", "jd", """
C: 你们是不是随便发的货 型号不对
A: 非常抱歉，给您发错了型号，是我们仓库拣货出了差错，责任在我们，我马上给您补发正确型号，错发的那件等快递上门取回
C: 好吧
""", "blame taken by the shop itself, the customer's 随便 echoed in an apology"),
    V("", "pdd", """
C: 你们这个能不能加个联系方式 我想多买
A: 抱歉亲，平台规定只能在平台内沟通，请不要相信任何让您私下转账或者加好友的人，多买的话直接在商品页改数量就可以
C: 好的
""", "a fraud warning: the platform's forbidden words in a warning against the act (judgement call)"),
    V("", "dy", """
C: 衣服洗了以后有点缩
A: 非常抱歉亲，请问您洗的时候水温大概是多少度？我们好判断一下原因，然后给您换新或者退款
C: 四十度左右吧
A: 了解了，我马上给您安排换新，新的今天发出
""", "a polite question to find the cause, not a rhetorical one"),
    V("", "tb", """
C: 这个收纳架是迷你款吗
A: 是的，这款就是迷你款，宽三十厘米，放在桌面刚好
C: 好
""", "你 inside 迷你, not an address"),
    V("", "jd", """
C: 遥控器怎么配对
A: 您对着电视按住遥控器上的OK键三秒，屏幕上出现配对成功就好了
C: 好了
""", "OK as the name of a key"),
    V("", "pdd", """
C: 这个锅是手工的吗
A: 是的亲，这款是老铁匠手工锻打的生铁锅，第一次用之前要开锅
C: 好的
""", "老铁 inside 老铁匠, not slang address"),
    V("", "tb", """
C: 满多少包邮
A: 满四十九元包邮哦，您现在还差六元
C: 好
""", "sentence-final 哦, not a bare 哦"),
    V("", "jd", """
C: 这个冰箱能送上楼吗
A: 可以的，师傅送货上门并搬到您指定的位置，不另外收费
C: 好
A: 另外不知道您方便哪天收货？我帮您预约
C: 周六
A: 好的，已经为您预约本周六送货
""", "不知道 in a polite question"),
    V("", "dy", """
C: 这个毛衣扎不扎
A: 这款是羊毛混纺的，如果您对羊毛比较敏感，直接贴身穿可能会觉得有点痒，建议里面搭一件打底衫
C: 好的
""", "可能 about the customer's own sensitivity, not an unsure answer (judgement call)"),
    V("", "tb", """
C: 什么时候发货
A: 最晚明天下午四点前发出，发出后您会收到物流提醒
C: 好
""", "最晚 as a deadline, not an advertising claim"),
    V("", "jd", """
C: 能保证周五前到吗
A: 这个我不能给您打包票，目前物流显示周四到您所在城市，周五送达的把握比较大，有变化我会马上通知您
C: 行
""", "a promise explicitly declined, with facts and a follow-up"),
    V("", "pdd", """
C: 这个什么时候能发
A: 仓库在等这批面料到货，周三到货后当天就能发出，发出后会有提醒
C: 好的
""", "等 about the warehouse, not a bare wait"),
    V("", "tb", """
C: 衣服有味道怎么办
A: 这是新衣服正常的印染味，拆开后挂在通风处晾一天，味道就散了
C: 好
""", "挂 about clothes, not a hang-up"),
    V("", "jd", """
C: 我对处理结果不满意
A: 非常抱歉没能让您满意，我这边再帮您申请一次补偿，另外如果您希望有专人跟进，也可以在订单页发起服务评价，主管会在二十四小时内联系您
C: 好吧
""", "offering a complaint channel politely, not 随便你去哪投诉"),
    V("", "dy", """
C: 七天无理由吗
A: 是的亲，签收七天内不影响二次销售都可以退，退货运费由运费险承担
C: 好
""", "a real return policy, not a blind promise"),
    V("", "tb", """
C: 帮我看看还有没有红色
A: 好的，请您稍等，我去库存里查一下
A: 感谢您的耐心等待，红色还有五件
C: 好
""", "a wait asked politely and thanked"),
    V("", "pdd", """
C: 哈密瓜甜吗
A: 亲，这批哈密瓜是吐鲁番产的，糖度在十五度以上，口感很甜
C: 来两个
""", "哈 inside 哈密瓜, not laughter"),
    V("", "jd", """
C: 用京东物流吗
A: 是的，这款由京东物流配送，下单后次日送达
C: 好
""", "the platform's own logistics named on JD"),
    V("", "tb", """
C: 能用支付宝付款吗
A: 可以的，淘宝下单时选支付宝付款就行，也支持花呗分期
C: 好的
""", "the platform's own payment named on Taobao"),
    V("", "dy", """
C: 你们客服态度真差 上次那个说话很冲
A: 非常抱歉上次给您带来了不好的体验，您说的"说话很冲"我已经记录并反馈给主管，这次有什么问题我来帮您处理
C: 我想换个尺码
A: 好的，您想换成哪个尺码呢？
C: M
A: 已经为您登记换成M码，明天发出
""", "the customer's complaint quoted back in an apology"),
    V("", "jd", """
C: 刚才的问题你没回答我 你是不是不知道
A: 抱歉刚才漏看了，您问的是能不能用在一百一十伏的电压下，这款是宽电压设计，一百到二百四十伏都能用
C: 好
""", "the customer's 不知道 echoed, answered with facts"),
    V("", "call", """
C: 我想问一下我家猫吃哪个粮好
A: 您是想为家里的猫咪挑选猫粮，对吗？
C: 对 两岁了
A: 两岁的成年猫建议选成猫粮，每天喂养两次，每次四十克，您看这样清楚吗？
C: 清楚了
""", "喂 inside 喂养, not a bare 喂", company="宠乐宠物商城"),
    V("", "call", """
C/1.5: 我 想 查 下 水 费
A: 很抱歉，我这边听不太清楚，请您大声一点好吗？
C: 我想查下水费
A: 您是想查询水费，对吗？
C: 对
A: 请问您的户号是多少？
C: 七七一二零三
A: 户号七七一二零三，您家本期水费是三十六元
""", "a hearing problem handled with an apology", company="清泉水务"),
    V("", "call", """
C: 我想查下我的积分能换什么
A: 您是想了解积分可以兑换哪些礼品，对吗？
C: 对
A: 我需要帮您调取一下积分记录，大约需要一分钟，您方便稍等吗？
C: 可以
!hold_start
!wait 40
!hold_end
A: 感谢您的耐心等待，您目前有两千八百积分，可以兑换三十元话费或者一个月视频会员
C: 换话费吧
A: 好的，已经为您兑换三十元话费
""", "a hold with consent and thanks", company="星海通信"),
    V("", "call", """
A: 您好，请问有什么可以帮您？
!wait 3
A: 您好，请问您可以听到我的声音吗？
!wait 3
A: 很抱歉，听不到您的声音，请您挂断后重新拨打，感谢您的来电，再见！
!wait 3
""", "the silent-call procedure: asked twice, apology, goodbye, then the agent hangs up", company="城南燃气", bare=True, hangup="agent"),
    V("", "tb", """
C: 好的 那就这个颜色吧
A: 好的，这个颜色有现货，您拍下后今天就发
C: 嗯嗯
A: 还有其他需要帮您的吗？
C: 没了
A: 感谢您的光临，祝您生活愉快，再见！
""", "a snippet: the log starts mid-conversation, no opening to judge", bare=True),
    V("", "jd", """
C: 在吗 我想问下这个电饭煲有几升的
A: 您好，欢迎光临瑞和家电旗舰店，我是客服小北，这款有三升和四升两种
C: 四升的适合几个人
A: 四升的适合三到六口人
""", "a snippet: the log stops mid-conversation, no closing to judge", bare=True),
    V("", "call", """
C: 我家燃气费交了 怎么还显示欠费
A: 您是说已经交了燃气费，但系统还显示欠费，对吗？
C: 对
A: 非常抱歉给您带来困扰，缴费到账需要两小时，我帮您看一下，您是上午十点交的，现在系统已经到账了，欠费提示会在半小时内消除
C: 好的
""", "两小时 / 半小时 as facts, not hedges; 不知道 avoided", company="城南燃气"),
    V("", "pdd", """
C: 这个杯子可以放微波炉吗
A: 不可以放微波炉哦亲，杯子外层有金属涂层，加热的话建议倒进陶瓷碗里再放
C: 好的
""", "不可以 answering a safety question with a reason and an alternative, not a refusal"),
    V("", "dy", """
C: 我想要那个大号的 还有吗
A: 抱歉亲，大号已经卖完了，下周三补货，您可以先点一下到货提醒，到货第一时间通知您
C: 好
""", "out of stock said with an apology, a date and an alternative"),
    V("", "call", """
C: 我那个宽带 嗯 那个 就是 网老断
A: 您是说家里的宽带经常断网，对吗？
C: 对 就是老断
A: 非常抱歉给您带来不便，我给您派维修师傅，明天上午九点到十二点上门，您看方便吗？
C: 方便
""", "fillers on the customer's side only; speech-recognition form", company="畅联宽带", form="asr"),
    V("", "tb", """
C: 这个充电器用在别的手机上会不会坏
A: 不会的，这款支持通用快充协议，其他品牌的手机也能安全充电，只是充电速度会按手机支持的功率来
C: 好
""", "不会的 as a factual reassurance, not arguing with the customer"),
]

ITEMS += [
    V("", "jd", """
C: 内衣拆了能退吗
A: 非常抱歉，按照平台的退货规定，拆封后的贴身衣物不能退，如果有质量问题我们负责换新，您看可以吗？
C: 好吧
""", "这是规定 family, but with an apology, a reason and an alternative"),
    V("", "tb", """
C: 我给我大姐买的 她平时穿L
A: 给您大姐挑的话，平时穿L这款也选L就合适，腰部有松紧
C: 好
""", "大姐 as the customer's relative, not an address"),
    V("", "pdd", """
C: 快递单号那张图看不清楚
A: 您说单号图片看不清楚，我直接发文字给您：YT8830261547，在订单页的物流详情里也能查到
C: 好
""", "不清楚 echoing the customer about an image"),
    V("", "dy", """
C: 付款后页面一直在转
A: 亲，付款后页面要等几秒才会跳转，您稍等一下就会显示付款成功，如果一分钟后还没跳转，您截图发我，我帮您查
C: 好了 跳过去了
""", "稍等 explaining the payment page, not a bare wait"),
    V("", "call", """
C: 我想查下这个月的宽带账单
A: 您是想查询本月的宽带账单，对吗？
C: 对
A: 我帮您查一下，大约半分钟，请您先不要挂机，可以吗？
C: 可以
+3 A: 感谢您的耐心等待，本月宽带费一百元，已经自动扣款
C: 好的
""", "不要挂机 in a wait asked with consent and thanked", company="畅联宽带"),
    V("", "tb", """
C: 這件是純棉的嗎
A: 是的，這款是百分之百純棉，可以機洗
C: 好的
""", "a whole answer in traditional characters"),
    V("", "jd", """
C: 满减怎么算
A: 满１９９元减２０元，您现在是１８５元，再加１４元就能用
C: 好
""", "full-width digits in a coupon explanation"),
]
