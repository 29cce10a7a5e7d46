"""Conversations a strict reviewer following the seeds passes.

Messy forms on purpose (traditional characters, full-width letters, emoji,
speech recognition without punctuation, fillers, snippets), and near-misses:
a forbidden word negated, quoted in a warning or echoed from the customer,
a platform's own services, a hedge that explains a cause, a log cut mid-task.
"""
from conv_model import call, chat
from conv_common import wchat, wcall

CONVS = [
    # ---- plain chats in varied written forms -------------------------------------
    chat("k001", wchat(0, [
        "C: 这款羽绒服165穿多大",
        "A: 亲，165的话建议拍M码，喜欢宽松一点可以拍L码呢",
        "C: 好的 那我拍M",
        "A: 好的亲，下午四点前付款今天就能发出",
    ]), "", "plain pre-sale chat: welcome, answer, ask-more, thanks", platform="taobao"),
    chat("k002", wchat(1, [
        "C: 快遞到哪了",
        "A: 親，您的包裹已經到達杭州轉運中心，預計明天送達呢",
        "C: 好噠",
    ]), "", "traditional characters throughout the middle", platform="taobao", iso=True),
    chat("k003", wchat(2, [
        "C: 这个电饭煲几升的？？",
        "A: 亲亲，这款是３Ｌ的，适合２～４个人用哈🍚",
        "C: 👌",
        "A: 好的呀，有需要随时叫我～",
    ]), "", "full-width digits and letters, emoji from both sides", platform="jd"),
    chat("k004", wchat(3, [
        "C: 那个 我想问下 退款到账没",
        "A: 亲，帮您查到退款昨天已经原路退回，一般一到三个工作日到账呢",
        "C: 嗯嗯 好",
    ]), "", "customer fillers, agent answers with a time", platform="pinduoduo"),
    chat("k005", wchat(4, [
        "C: 这个颜色实物和图片一样吗",
        "A: 亲，图片是自然光下实拍的，不同显示器会有一点点色差，整体是一致的哦",
        "C: 好 那我放心了",
    ]), "", "a factual answer with a reasonable caveat", platform="douyin"),
    chat("k006", wchat(5, [
        "C: ＯＫ 那我先下单了",
        "A: 好的呢亲，感谢支持，下单后我这边优先为您安排发货",
    ]), "", "the customer writes OK in full-width; the agent answers in Chinese", platform="jd"),
    chat("k007", wchat(6, [
        "C: 呵呵 你们家东西还挺好用的",
        "A: 谢谢亲的认可，我们会继续努力的～",
    ]), "", "the customer uses 呵呵; only agent words are checked", platform="taobao"),
    chat("k008", wchat(7, [
        "C: 能不能帮我备注 送货前打电话",
        "A: 可以的亲，已经为您备注送货前电话联系",
        "C: 谢谢",
        "A: 不客气哈～",
    ]), "", "thanks answered with 不客气", platform="pinduoduo"),
    chat("k009", wchat(8, [
        "C: 我买错了 还没发货能取消吗",
        "A: 亲，可以的，我这边已经帮您拦截，您在订单页点申请退款就会秒退",
        "C: 好的 好的",
    ]), "", "a cancellation handled", platform="jd"),
    chat("k010", wchat(9, [
        "C: 这款面膜敏感肌能用吗",
        "A: 亲，这款成分比较温和，不过每个人肤质不同，建议您先在耳后小面积试用一下",
        "C: 好滴",
    ]), "", "a careful answer without efficacy claims", platform="douyin"),
    # ---- near-misses: platform's own services ----------------------------------
    chat("k011", wchat(0, [
        "C: 我用微信支付的 退款退到哪",
        "A: 亲，微信支付的订单会原路退回到您的微信零钱，一般一到三个工作日到账",
        "C: 好的",
    ]), "", "003 拼多多售后: refunds to 微信零钱 are the platform's own payment route, not a contact invitation", platform="pinduoduo"),
    chat("k012", wchat(1, [
        "C: 可以用支付宝付吗",
        "A: 可以的亲，支付宝、花呗都可以付款",
    ]), "", "支付宝 on Taobao is the platform's own payment", platform="taobao"),
    chat("k013", wchat(2, [
        "C: 你们发什么快递",
        "A: 亲，我们店是京东物流配送，一般次日达",
    ]), "", "京东物流 on JD is the platform's own service", platform="jd"),
    chat("k014", wchat(3, [
        "C: 我申请了退款 商家一直不处理怎么办",
        "A: 亲，非常抱歉让您着急了，我这边已经为您同意退款，如果还有问题您也可以点击页面上的联系拼多多官方客服介入",
        "C: 好 收到了",
    ]), "", "003 拼多多售后: pointing to the platform's own service desk", platform="pinduoduo"),
    chat("k015", wchat(4, [
        "C: 我在抖音直播间买的 怎么查订单",
        "A: 亲，在抖音商城右下角“我的”里点订单就能看到啦",
    ]), "", "抖音 on Douyin is the platform itself", platform="douyin"),
    chat("k016", wchat(5, [
        "C: 这个宝贝还有别的颜色吗",
        "A: 亲，这款宝贝还有米白和燕麦色两种，都有现货",
    ]), "", "宝贝 is ordinary shop talk on Taobao (only Pinduoduo forbids it)", platform="taobao"),
    # ---- near-misses: warnings, negation, quotes --------------------------------
    chat("k017", wchat(6, [
        "C: 有人加我说是你们客服 要给我退款",
        "A: 亲，非常感谢您的提醒！我们不会通过任何站外方式联系您退款，凡是让您加好友或扫码退款的都是诈骗，请不要相信，退款只在订单页面操作",
        "C: 好的 幸亏问了",
    ]), "", "a fraud warning that names no app and refuses off-platform contact", platform="pinduoduo"),
    chat("k018", wchat(7, [
        "C: 这个精华能去斑吗",
        "A: 亲，这款是日常保湿精华，不具备祛斑功效，我们也不会做这种承诺哦，有色斑问题建议您咨询皮肤科医生",
        "C: 好吧 谢谢",
        "A: 不客气呢",
    ]), "", "the agent declines to make an efficacy claim", platform="taobao"),
    chat("k019", wchat(8, [
        "C: 你们是不是全网最便宜的？",
        "A: 亲，价格方面不好和别家比较，不过我们现在有满两百减二十的活动，算下来挺划算的",
        "C: 行",
    ]), "", "the customer asks a superlative question; the agent avoids the claim", platform="jd"),
    chat("k020", wchat(9, [
        "C: 这个效果能保证百分百吗",
        "A: 亲，效果因人而异，我们没办法承诺百分百，不过收到后七天内不满意可以无理由退货",
        "C: 好的",
    ]), "", "百分百 echoed and negated; an alternative offered", platform="pinduoduo"),
    chat("k021", wchat(0, [
        "C: 我不清楚怎么申请售后",
        "A: 没关系亲，不清楚的地方我一步步教您：打开订单，点击右下角申请售后，选择退货退款就可以了",
        "C: 找到了",
    ]), "", "不清楚 echoed from the customer, not the agent's own uncertainty", platform="taobao"),
    chat("k022", wchat(1, [
        "C: 你说什么？我没看懂",
        "A: 抱歉是我没说清楚，我再说一遍：这张券需要满一百元才能使用",
        "C: 哦 懂了",
    ]), "", "the agent offers to repeat their own words (再说一遍 about themselves)", platform="jd"),
    chat("k023", wchat(2, [
        "C: 物流三天没更新了",
        "A: 非常抱歉让您久等了，没更新可能是中转站这两天件多还没扫描，我已经帮您联系快递加急，今天下午六点前给您回复最新进度",
        "C: 好的",
    ]), "", "可能 explains a cause; the agent commits to a reply time", platform="pinduoduo"),
    chat("k024", wchat(3, [
        "C: 为什么还没发货",
        "A: 亲，非常抱歉，最近物流比较繁忙，您的订单排在明天上午发出，发出后第一时间通知您",
        "C: 好吧",
    ]), "", "最近 / 第一时间 are everyday words, not ad claims", platform="taobao"),
    chat("k025", wchat(4, [
        "C: 这款奶瓶适合新生儿吗",
        "A: 亲，适合的，这款奶瓶是零到六个月宝宝喂养用的，奶嘴是新生儿流速",
    ]), "", "喂 inside 喂养 is not the interjection", platform="jd"),
    chat("k026", wchat(5, [
        "C: 现在下单有赠品吗",
        "A: 有的亲，您等下单成功后系统会自动把赠品加到包裹里",
    ]), "", "等下单成功后 is 'once the order is placed', not a bare 等下", platform="taobao"),
    chat("k027", wchat(6, [
        "C: 送货需要提前约吗",
        "A: 需要的亲，不知道您这边哪天方便收货呢？我帮您预约",
        "C: 周六吧",
        "A: 好的，已经为您预约周六送货",
    ]), "", "不知道您…方便 is a polite question, not ignorance", platform="jd"),
    chat("k028", wchat(7, [
        "C: 能定制成渐变色吗",
        "A: 非常抱歉亲，渐变色暂时没办法定制，不过我们有相近的雾霾蓝和晴空蓝，您看可以吗",
        "C: 那我要雾霾蓝",
    ]), "", "000 篇2 五、2: a refusal with apology and an alternative", platform="douyin"),
    chat("k029", wchat(8, [
        "C: 黑色42码还有吗",
        "A: 非常抱歉亲，黑色42码刚好卖完了，同款的深灰色42码还有现货，颜色也很百搭，需要我发实物图给您看看吗",
        "C: 发一下吧",
        "A: 好的[图片]",
    ]), "", "002 售前疑难 5: out of stock with apology and a similar item", platform="taobao"),
    chat("k030", wchat(9, [
        "C: 这个能开发票吗",
        "A: 可以开的亲，下单后在订单详情里申请电子发票，一般二十四小时内开出",
    ]), "", "invoice offered", platform="pinduoduo"),
    chat("k031", wchat(0, [
        "C: 收到不合适能退吗",
        "A: 亲，支持七天无理由退换，只要不影响二次销售都可以退的",
    ]), "", "003 拼多多售后 三、1: the 7-day return offered", platform="pinduoduo"),
    chat("k032", wchat(1, [
        "C: 用着挺好 我给你们好评了",
        "A: 非常感谢您的认可和支持，祝您使用愉快～",
    ]), "", "the customer mentions a review; the agent only thanks, no incentive", platform="douyin"),
    chat("k033", wchat(2, [
        "C: 我的订单号是 250112345678901234 帮我看下",
        "A: 好的亲，订单 250112345678901234 已经在派送了，预计今天下午送达",
    ]), "", "a long order number is not personal data", platform="jd"),
    chat("k034", wchat(3, [
        "C: 我收货电话填对了吗",
        "A: 亲，您填的是138****4096，尾号4096，请您核对一下",
        "C: 对的",
    ]), "", "a masked phone number", platform="taobao"),
    chat("k035", wchat(4, [
        "C: 快递单号多少",
        "A: 亲，单号是SF1402938475612，您可以在订单页直接查看物流",
    ]), "", "a tracking number is not personal data", platform="jd"),
    # ---- near-misses: responses done right -----------------------------------------
    chat("k036", wchat(5, [
        "C: 怎么这么慢才回我",
        "A: 非常抱歉让您久等了，刚才咨询的人比较多，请问有什么可以帮您？",
        "C: 我想换个尺码",
        "A: 好的亲，未穿着不影响二次销售都可以换，我帮您申请换成L码",
    ]), "", "a complaint about slowness answered with an apology", platform="pinduoduo"),
    chat("k037", wchat(6, [
        "C: 收到的杯子有个缺口 差点划到手",
        "A: 亲，真的非常抱歉，您的手没事吧？我马上为您补发一个新的，破损的不用寄回",
        "C: 手没事 那好吧",
    ]), "", "harm reported, apology and concern", platform="douyin"),
    chat("k038", wchat(7, [
        "C: 建议你们包装再结实一点",
        "A: 感谢您的宝贵意见，我们会反馈给仓库改进包装的",
    ]), "", "suggestion answered with thanks", platform="taobao"),
    chat("k039", wchat(8, [
        "C: 抱歉啊 刚才语气不太好",
        "A: 没关系的亲，能理解您着急的心情",
    ]), "", "customer's apology answered with 没关系", platform="jd"),
    chat("k040", wchat(9, [
        "C: 能刻字吗",
        "A: 亲，我需要跟工厂确认一下，今天下午三点前给您回复，您看可以吗",
        "C: 行",
    ]), "", "000 篇1 7: a deferral with a reply time", platform="douyin"),
    chat("k041", [
        "C: 在吗",
        "A: 亲，您好~",
        "A: 我是客服小满，很乐意为您服务，您想咨询什么呢？",
        "C: 有没有儿童款",
        "A: 有的亲，儿童款有100到140的尺码",
    ] + ["A: 请问还有什么需要帮忙的吗", "C: 没有啦 谢谢亲", "A: 不客气呀😊 感谢您对小店的支持，祝您购物愉快，再见～"],
        "", "welcome sent as two bubbles", platform="taobao"),
    chat("k042", wchat(0, [
        "C: 我想查下订单",
        "+300 A: 非常抱歉让您久等了，刚才系统有点卡，您的订单已经发货了",
        "C: 好",
    ]), "", "000 篇4 1: a late reply that opens with an apology for the wait", platform="jd"),
    chat("k043", wchat(1, [
        "C: 谢谢你哈 太耐心了",
        "A: 不用谢亲，这是我应该做的～",
    ], opener="C: 刚才那个问题解决了"), "", "thanks answered with 不用谢", platform="pinduoduo"),
    chat("k044", wchat(2, [
        "C: 这个多少钱包邮",
        "A: 亲，满49元包邮哦",
        "C: 好的",
    ]), "", "a plain answer; 哦 as a sentence-final particle", platform="taobao"),
    # ---- snippets: greeting and closing cannot be judged ---------------------------
    chat("k045", [
        "C: 对 就是那个蓝色的",
        "A: 好的亲，蓝色的这款有现货，我帮您备注优先发货",
        "C: 那我现在付款",
        "A: 好的，付款后我这边马上安排",
    ], "", "a log that starts mid-conversation and ends mid-task: no greeting/closing can be judged", platform="taobao", timed=False),
    chat("k046", wchat(3, [
        "C: 帮我查下我的退货寄到没",
        "A: 好的亲，请您稍等，我帮您查一下",
    ])[:4], "", "log ends while the agent is looking something up", platform="jd"),
    chat("k047", [
        "A: 亲，您刚才问的加绒款已经到货了",
        "C: 真的吗 那我要一件XL",
        "A: 好的，我帮您看下XL的库存，请稍等",
    ], "", "snippet that starts with the agent continuing an earlier chat and ends mid-task", platform="pinduoduo", timed=False),
    chat("k048", [
        "C: 我还想问 运费谁出",
        "A: 亲，质量问题的退货运费由我们承担，您先垫付，寄回后把运费截图发我，我给您补上",
    ], "", "snippet that starts and ends mid-conversation", platform="taobao", timed=False),
    # ---- calls: plain and ASR forms -------------------------------------------------
    call("k049", wcall(0, [
        "C: 我想问下我买的那个扫地机器人怎么连网",
        "A: 好的，您先打开手机上的应用，点击右上角的加号",
        "C: 嗯 点了",
        "A: 然后选择扫地机型号，按照提示长按机器上的电源键三秒",
        "C: 好 连上了",
    ]), "", "plain call, customer turns short, answers at normal pace"),
    call("k050", wcall(2, [
        "C: 嗯 那个 我想问一下 我那个订单 什么时候到",
        "A: 好的 请您提供一下订单号",
        "C: 呃 八 三 七 七 二",
        "A: 好的 您的订单已经在派送中 预计今天下午送达",
        "C: 哦 好的",
    ]), "", "ASR output without punctuation, fillers from the customer"),
    call("k051", wcall(6, [
        "C: 我 想 咨 询 一 下 退 货",
        "A: 好 的 请 问 是 哪 个 订 单 需 要 退 货",
        "C: 昨 天 买 的 那 个 台 灯",
        "A: 好 的 已 经 帮 您 提 交 退 货 申 请 快 递 员 明 天 上 门 取 件",
        "C: 好",
    ]), "", "ASR with a space between every character"),
    call("k052", wcall(4, [
        "C: 你好 我想問下保修的事",
        "A: 好的，請問是哪一款產品呢",
        "C: 電烤箱",
        "A: 電烤箱整機保修一年，您購買才三個月，在保修期內",
        "C: 好的",
    ]), "", "traditional characters in a call transcript"),
    call("k053", wcall(1, [
        "C: 你们这个会员怎么开通",
        "A: 您在首页点击我的，然后点开通会员，按提示付款就可以了",
        "C: 多少钱一年",
        "A: 一年是八十八元，开通后每月送四张运费券",
        "C: 行 我知道了",
    ]), "", "answering within three rings", rings=2),
    call("k054", wcall(3, [
        "C: 你好 我姓王 我上周报修的热水器还没人来",
        "A: 王先生您好，非常抱歉让您久等了，我马上帮您查询",
        "C: 嗯",
        "A: 王先生，师傅的排期在明天上午十点，稍后会有短信通知您",
        "C: 好的",
    ]), "", "004 称呼语: the surname is used"),
    call("k055", wcall(5, [
        "C: 节日快乐啊 我问下活动",
        "A: 谢谢您，也祝您国庆节快乐！今天全场满三百减五十，活动到七号结束",
        "C: 好的",
    ]), "", "004 节日开头语: the festive wish given on National Day", started="2026-10-01T10:00:00+08:00"),
    call("k056", [
        "A: 您好，国庆节快乐！优品家电售后服务热线，很高兴为您服务，请问今天需要什么帮助？",
        "C: 我家洗衣机不脱水了",
        "A: 非常抱歉给您带来不便，我为您安排师傅上门，请问明天上午方便吗",
        "C: 方便",
        "A: 好的，已经为您预约明天上午九点到十二点",
        "C: 好",
    ] + ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
        "", "004 节日开头语: festive wish in the opening", started="2026-10-02T09:00:00+08:00"),
    # ---- calls: hold, mute, transfer done right -----------------------------------------
    call("k057", wcall(7, [
        "C: 帮我查一下我的发票寄出没有",
        "A: 好的，我需要查询一下寄件记录，请您稍等一分钟左右，好吗？",
        "C: 好",
        "!hold_start",
        "!wait 40",
        "!hold_end",
        "A: 感谢您的耐心等待，您的发票昨天已经寄出，快递单号已经发到您手机上了",
        "C: 好的",
    ]), "", "000 篇1 6 / 004 保持 2: consent before the hold, thanks after, under a minute"),
    call("k058", wcall(0, [
        "C: 我想查下去年的购买记录",
        "A: 好的，去年的记录需要到系统里调取，时间会稍长一些，请您稍等，可以吗？",
        "C: 可以",
        "!hold_start",
        "!wait 45",
        "!hold_end",
        "A: 很抱歉让您久等了，还在调取中，麻烦您再稍等片刻，好吗？",
        "C: 行",
        "!hold_start",
        "!wait 40",
        "!hold_end",
        "A: 谢谢您的等候，查到了，去年一共有三笔订单",
        "C: 好的",
    ]), "", "000 篇2 三、8: a long look-up split into two holds with a check-in between"),
    call("k059", wcall(1, [
        "C: 我想确认一下我的保修期",
        "A: 好的，我帮您核实一下，请您稍等，好吗？",
        "C: 嗯好",
        "!mute_start",
        "!wait 15",
        "!mute_end",
        "A: 谢谢您的等待，您的保修期到明年三月十五日",
        "C: 好",
    ]), "", "000 篇2 五、1: mute with consent, thanks afterwards"),
    call("k060", [
        "A: 您好，百惠商城客服1056号很高兴为您服务，请问您需要咨询什么？",
        "C: 我想问一下分期付款手续费的问题",
        "A: 您好，分期业务由我们的金融服务专员负责，他们能给您更准确的解答，我现在为您转接过去，请您稍等，好吗？",
        "C: 好的",
        "A: 感谢您的来电，正在为您转接",
        "!transfer",
    ], "", "000 篇2 三、9: transfer with the reason and the customer's consent; the agent's part ends at the transfer", hangup=None),
    call("k061", wcall(2, [
        "C: 我问下我的快递 单号是 七七一二",
        "A: 好的我帮您查询一下 请您稍等",
        "+8 A: 您的快递已经到您小区门口的驿站了",
        "C: 好的",
    ]), "", "004 保持 1: a short look-up announced with 请您稍等 before a few seconds of quiet"),
    # ---- calls: silent call, outbound, listening ------------------------------------------
    call("k062", [
        "A: 您好，很高兴为您服务，请问您遇到了什么问题？",
        "+3 A: 您好，请问您能听到我说话吗？",
        "+3 A: 抱歉，一直没有听到您的声音，您需要帮助的话欢迎再打过来，再见！",
        "!wait 3",
        "!hangup agent",
    ], "", "000 篇2 一、5 / 004 无声电话: the silent-call script followed step by step", hangup=None),
    call("k063", [
        "A: 您好，请问是孙女士吗？我是晨光家居的客服小吴，工号3012，这次给您打电话是想回访一下您上周的家具安装情况，请问您现在方便吗？",
        "C: 方便 你说",
        "A: 请问安装师傅是按约定时间上门的吗？",
        "C: 是的 挺准时的",
        "A: 好的，请问对安装效果满意吗？",
        "C: 满意",
        "A: 好的，感谢您的反馈，也感谢您抽出时间接听，祝您生活愉快，再见！",
        "C: 再见",
    ], "", "002 第二篇 6.2: outbound call with who/why and thanks for the time", direction="outbound"),
    call("k064", wcall(3, [
        "C: 我跟你说啊 我上周买的那个书柜",
        "A/2: 嗯",
        "C: 送来的时候就少了两块隔板",
        "A/2: 是的",
        "C: 然后我打电话说补发 到现在也没收到",
        "A: 非常抱歉给您带来不便，我马上为您加急补发两块隔板，明天发出，发出后短信通知您",
        "C: 好吧",
    ]), "", "000 篇1 3 / 004 柒、一: the agent backchannels while the customer tells the story"),
    call("k065", wcall(4, [
        "C: 你们这电话也太难打通了",
        "A: 非常抱歉让您久等了，现在来电比较多，请问有什么可以帮您？",
        "C: 我要改一下收货地址",
        "A: 好的，请问新的地址是哪里",
        "C: 滨湖区梁溪路一百号",
        "A: 好的，已经为您把地址改为滨湖区梁溪路一百号",
        "C: 好",
    ]), "", "004 抱怨投诉 1: 'hard to get through' answered with an apology"),
    call("k066", wcall(5, [
        "C: 上次那个客服态度很差 我很不满意",
        "A: 非常抱歉给您带来了不愉快的体验，我理解您的心情，我会把这个情况反馈给我们主管，今天下班前给您回复处理结果",
        "C: 好吧",
    ]), "", "004 抱怨投诉 3: apology, understanding and a reply time"),
    call("k067", wcall(6, [
        "C: 谢谢你啊 上次帮我加急",
        "A: 不客气，这是我们应该做的，请问今天还有什么可以帮您？",
        "C: 就是问下发票",
        "A: 您的发票已经开好，发到了您预留的邮箱",
        "C: 好",
    ]), "", "004 特殊沟通 10: thanks acknowledged before moving on"),
    call("k068", wcall(7, [
        "C: 我建议你们周末也安排师傅上门",
        "A: 非常感谢您的宝贵建议，我会记录下来反馈给相关部门",
        "C: 好",
    ]), "", "004 特殊沟通 9: a suggestion answered with thanks"),
    call("k069", wcall(0, [
        "C: 不好意思啊 刚才信号不好断了",
        "A: 没关系，请问刚才您咨询的是退货的问题对吗",
        "C: 对",
        "A: 退货申请已经通过，快递员明天上午上门取件",
        "C: 好",
    ]), "", "000 篇2 五、6: the customer's apology answered with 没关系"),
    call("k070", wcall(1, [
        "C: 我那个冰箱的故障原因能查出来吗",
        "A: 这个需要技术部门分析，我这边提交后，明天下午五点前会有专人给您回电",
        "C: 好的",
    ]), "", "004 特殊沟通 11: someone will call back, with a time"),
    call("k071", wcall(2, [
        "C: 我那个 就是 呃 上次买的那个 那个 电饭锅 它那个 盖子 有点 合不上",
        "A: 非常抱歉给您带来不便 请问是什么时候开始合不上的",
        "C: 就 这两天",
        "A: 好的 我为您登记换货 快递员明天上门取件 新的同时发出",
        "C: 好 好",
    ]), "", "ASR with many fillers; the agent waits for the customer to finish"),
    call("k072", wcall(3, [
        "C: 您好 我上个月在您这买的吸尘器 想问问滤网在哪买",
        "A: 滤网在我们官方店铺里搜吸尘器滤网就能找到，十九元一个",
        "C: 那可以给我寄一个吗",
        "A: 可以的，我帮您下单，货到后从您的会员余额里扣款，您看可以吗",
        "C: 可以",
    ]), "", "plain after-sale call"),
    # ---- calls: near-misses for forbidden words ---------------------------------------------
    call("k073", wcall(4, [
        "C: 喂 喂 能听到吗",
        "A: 能听到的，您请讲",
        "C: 我想取消订单",
        "A: 好的，已经为您取消，款项一到三个工作日原路退回",
        "C: 好",
    ]), "", "喂 from the customer only"),
    call("k074", wcall(5, [
        "C: 你说什么 我没听清",
        "A: 抱歉，我再说一遍，您的包裹明天上午送达",
        "C: 哦好",
    ]), "", "the customer's 你说什么; the agent politely repeats"),
    call("k075", wcall(6, [
        "C: 我不知道怎么设置这个定时",
        "A: 没关系，我来教您，您先按一下时钟键",
        "C: 嗯",
        "A: 然后用加减键调到您想要的时间，再按确认就好了",
        "C: 好了",
    ]), "", "不知道 said by the customer"),
    call("k076", wcall(7, [
        "C: 我的包裹怎么一直显示在路上",
        "A: 非常抱歉让您着急了，可能是这两天下雪，高速限行导致运输延误，我已经帮您联系物流加急，明天中午前给您回电",
        "C: 好吧",
    ]), "", "可能 explains the cause of a delay; the agent commits to a time"),
    call("k077", wcall(0, [
        "C: 能帮我把积分转给我妈吗",
        "A: 非常抱歉，积分暂时不支持转赠，不过您可以用积分兑换礼品直接寄到您母亲的地址，您看可以吗",
        "C: 那也行",
    ]), "", "000 篇2 五、2: refusal with apology and an alternative"),
    call("k078", wcall(1, [
        "C: 你好 请问这里是维修站吗",
        "A: 您好，这里是百惠商城的客服热线，维修站的电话可以在商品说明书背面找到，需要我帮您查一下附近维修站的地址吗",
        "C: 哦 好啊",
        "A: 离您最近的维修站在和平路十二号，营业到晚上六点",
        "C: 谢谢",
        "A: 不客气",
    ]), "", "004 特殊沟通 2: a wrong number handled with help instead of 'you dialled wrong'"),
    # ---- calls: snippets -------------------------------------------------------------------
    call("k079", [
        "C: 对 是上周三下的单",
        "A: 好的，我看到了，这单是今天上午发出的",
        "C: 那什么时候能到",
        "A: 预计后天送达",
    ], "", "recording starts mid-call and stops mid-call: opening and closing cannot be judged", timed=False),
    call("k080", [
        "A: 您好，很高兴为您服务，请问您遇到了什么问题？",
        "C: 我想查一下我的退款",
        "A: 好的，请您提供一下订单号",
        "C: 五 五 六 七 二",
        "A: 好的，我帮您查一下，请您稍等",
    ], "", "recording cut while the agent is looking something up (no hangup event)", hangup=None),
    # ---- more chats: varied forms and platforms -----------------------------------------------
    chat("k081", wchat(5, [
        "C: 亲 这个能微波炉加热吗",
        "A: 亲亲，这款是耐热玻璃的，可以放微波炉加热哈，不过盖子要拿下来",
        "C: 好的呀",
    ]), "", "亲亲 and 哈 as particles", platform="pinduoduo"),
    chat("k082", wchat(6, [
        "C: 这 个 能 用 多 久",
        "A: 亲，正常使用的话电池能用两到三年，整机保修一年呢",
    ]), "", "customer text spaced out", platform="jd"),
    chat("k083", wchat(7, [
        "C: 我想退货 但是找不到按钮",
        "A: 亲，您在“我的订单”里找到这一单，点“申请售后”，选“退货退款”就可以啦",
        "C: 找到了找到了",
        "A: 好的呢，提交后我这边会尽快审核，一般两小时内处理",
    ]), "", "step-by-step help with a processing time", platform="taobao"),
    chat("k084", wchat(8, [
        "C: 会不会起球啊",
        "A: 亲，这款面料加了防起球处理，正常穿着洗涤不容易起球，建议翻面手洗",
    ]), "", "a product answer without absolute words", platform="pinduoduo"),
    chat("k085", wchat(9, [
        "C: 这是今年的新款吗",
        "A: 是的亲，这是今年秋季上的新款",
    ]), "", "新款 is a plain fact, not 首发", platform="douyin"),
    chat("k086", wchat(0, [
        "C: 哪个颜色卖得好",
        "A: 亲，燕麦色和雾蓝色选的人比较多，您可以参考一下",
    ]), "", "popularity said without 最", platform="jd"),
    chat("k087", wchat(1, [
        "C: 到底什么时候能到！！！急用",
        "A: 非常抱歉让您着急了，我马上帮您查询",
        "A: 亲，您的包裹已经在派送中，快递员预计下午三点前送到",
        "C: 好",
    ]), "", "an angry customer soothed with an apology", platform="taobao"),
    chat("k088", wchat(2, [
        "C: 第一次买你们家 有什么要注意的吗",
        "A: 亲，第一次使用前建议先用清水冲洗一遍，晾干后再用",
    ]), "", "第一次 is ordinary, not a ranking claim", platform="pinduoduo"),
    chat("k089", wchat(3, [
        "C: 这个和上一代有啥区别",
        "A: 亲，新一代续航更长，从八小时提升到十二小时，重量也轻了五十克",
    ]), "", "a comparison with numbers, no ad claims", platform="jd"),
    chat("k090", wchat(4, [
        "C: 你好 你们是官方店吗",
        "A: 亲，我们是品牌授权店铺，授权书在店铺首页可以查看",
    ]), "", "authorisation stated factually", platform="taobao"),
    chat("k091", wchat(5, [
        "C: 我在别的平台看到更便宜的",
        "A: 亲，理解您的顾虑，我们家现在下单送同款替换芯，算下来更划算，售后也有保障",
        "C: 那我考虑下",
        "A: 好的亲，有需要随时找我",
    ]), "", "the customer mentions another platform; the agent does not name it", platform="pinduoduo"),
    chat("k092", wchat(6, [
        "C: 我要投诉！发错货了！",
        "A: 非常抱歉给您添麻烦了，我马上为您处理，麻烦您拍一下收到的商品照片",
        "C: [图片]",
        "A: 亲，确实是我们发错了，我这边立即为您补发正确的商品，错发的不用寄回",
        "C: 行吧",
    ]), "", "a complaint handled with apology and a remedy", platform="douyin"),
    chat("k093", wchat(7, [
        "C: 请问几号能到",
        "A: 亲，目前显示预计二十六号送达，如有延误我会第一时间通知您",
    ]), "", "an estimate backed by the logistics data", platform="jd", iso=True),
    chat("k094", wchat(8, [
        "C: 这个充电器能给手机快充吗",
        "A: 可以的，支持二十瓦快充，您的手机型号发我一下，我帮您确认兼容",
        "C: 小米十二",
        "A: 亲，小米十二可以用的，放心",
    ]), "", "a compatibility check", platform="pinduoduo"),
    chat("k095", wchat(9, [
        "C: 麻烦快点发货 谢谢",
        "A: 不客气亲，已经给您备注加急，今天下午发出",
    ]), "", "thanks inside a request, answered", platform="douyin"),
    chat("k096", wchat(0, [
        "C: 在吗在吗 这个还有货吗",
        "A: 有货的亲，现在拍下今天就能发",
    ]), "", "plain stock answer", platform="taobao", iso=True),
    call("k097", wcall(2, [
        "C: 我想问一下 就是 你们 那个 七天无理由 是从哪天开始算",
        "A: 七天是从您签收的第二天开始计算的",
        "C: 哦 那我还来得及",
        "A: 是的，您在订单页面提交申请就可以",
        "C: 好",
    ]), "", "ASR call with a plain explanation"),
    call("k098", wcall(4, [
        "C: 你们的产品是不是最好的啊",
        "A: 每个品牌都有自己的特点，我们这款的优势是噪音低、耗电少，您可以对比一下参数",
        "C: 好",
    ]), "", "the customer's superlative not taken up (calls on no platform)"),
    call("k099", wcall(6, [
        "C: 大哥 我问下你们几点下班",
        "A: 我们的热线服务时间是早上八点到晚上十点",
        "C: 好",
    ]), "", "the customer says 大哥; the agent does not"),
    chat("k100", wchat(1, [
        "C: 我朋友说让我加你们微信拿优惠 是真的吗",
        "A: 亲，优惠都在店铺首页领取的，您在这里领券下单就能享受，不需要添加任何外部联系方式",
        "C: 哦 好的",
    ]), "", "the customer's 微信 not echoed; the agent keeps the buyer on the platform", platform="pinduoduo"),
    # ---- the later requirements done right ---------------------------------------------
    call("k101", wcall(5, [
        "C: 我 想 （杂音很大） 问 一 下",
        "A: 很抱歉，您那边杂音比较大，我这边听不太清楚，麻烦您换个电话再拨过来，可以吗？",
        "C: 哦 好的",
    ]), "", "000 篇2 二、3 / 004 无法听清 3: apology first, then the request"),
    call("k102", wcall(6, [
        "C: 你叫什么名字啊 能留个你的手机号吗",
        "A: 很抱歉，我的工号是2031，您有任何问题拨打我们的热线报工号就能找到我",
        "C: 哦 行",
    ]), "", "000 篇2 五、3: the staff number instead of private details"),
    call("k103", wcall(7, [
        "C: 你人真好 周末请你喝咖啡吧",
        "A: 谢谢您的好意！不过很抱歉，这个我不能答应，真的很感谢您",
        "C: 哈哈 好吧",
    ]), "", "000 篇2 三、7: the invitation declined with thanks and apology"),
    call("k104", wcall(0, [
        "C: 我不跟你说了 你叫你们经理来",
        "A: 真的很抱歉这次没能让您满意，给您赔个不是。您看方便留个联系电话吗？我请主管今天下午五点前给您回电",
        "C: 就这个号码吧",
        "A: 好的，已经记录，主管会在下午五点前联系您",
        "C: 嗯",
    ]), "", "004 抱怨投诉 6: apology and a call-back from a manager with a time"),
    chat("k105", wchat(4, [
        "C: 三天了还不发货 快点发",
        "A: 非常抱歉让您久等了，我刚联系了仓库，您的订单今天下午四点前发出，发出后第一时间把单号发给您",
        "C: 好吧",
    ]), "", "002 售后 四、2: a chase answered with soothing and logistics news", platform="pinduoduo"),
    chat("k106", wchat(5, [
        "C: 我想问下售后的问题",
        "A: 亲，售后问题由我们的售后专员为您处理会更快，我现在为您转接，请稍等哦",
        "S: 会话已转接至客服小葵",
        "A: 您好，我是售后客服小葵，很高兴为您服务，请问是哪个订单呢",
        "C: 3321",
        "A: 好的，这单已经为您登记换货了",
    ]), "", "000 篇2 三、9: the customer told before the chat is handed over", platform="jd"),
    # ---- boundaries and the platform's own names ----------------------------------------
    call("k107", wcall(3, [
        "C: 我想问下你们周末上门安装吗",
        "A: 周末也可以安装的，您在预约时选择周六或周日就行",
        "C: 好的",
    ]), "", "002 第二篇 6.1(1): answered within the third ring", rings=3),
    chat("k108", [
        "C: 在吗",
        "+3 A: 您好，我是客服小鹿，很高兴为您服务，想了解哪款商品呢？",
        "C: 这个台灯有几档亮度",
        "A: 亲，有三档亮度，还可以无极调光",
    ] + ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
        "", "001 应答规范: first reply at exactly 3 s", platform="jd"),
    chat("k109", wchat(6, [
        "C: 这个有没有赠品",
        "+150 A: 亲，现在下单送一个收纳盒哦",
        "C: 好的",
    ]), "", "000 篇5 第三: a reply after two and a half minutes, inside the 3-minute limit", platform="taobao"),
    chat("k110", wchat(7, [
        "C: 我在天猫超市也能买到你们家的吗",
        "A: 可以的亲，天猫超市也有我们的官方直供，两边价格和售后一样",
    ]), "", "天猫 is the same group as Taobao (the book's platform is taobao/tmall)", platform="taobao"),
    chat("k111", wchat(8, [
        "C: 在哪里能找到你们店",
        "A: 亲，在拼多多首页搜索我们的店铺名就能找到，关注后有新品会提醒您",
    ]), "", "拼多多 named on Pinduoduo itself", platform="pinduoduo"),
    chat("k112", wchat(9, [
        "C: 我想联系京东客服 怎么找",
        "A: 亲，在京东APP的“我的”里点“客户服务”就能联系平台客服",
    ]), "", "京东 named on JD itself", platform="jd"),
    chat("k113", wchat(0, [
        "C: 可以用抖音支付吗",
        "A: 可以的亲，抖音支付和银行卡都能付款",
    ]), "", "the platform's own payment on Douyin", platform="douyin"),
    call("k114", wcall(1, [
        "C: 谢谢你啊 上次那个问题解决了",
        "A: 不客氣，能幫到您就好，請問今天還有什麼需要嗎",
        "C: 想问下延保怎么买",
        "A: 延保可以在订单详情页直接购买，一年是六十九元",
        "C: 好",
    ]), "", "thanks answered in traditional characters (不客氣)"),
    chat("k115", wchat(1, [
        "C: 你们家有没有卖那种最大号的收纳箱",
        "A: 有的亲，我们家尺寸最大的是一百升的款，长宽高都写在规格里，我发您看一下",
        "C: 好的",
    ]), "", "最大 describes a size in the range, not a ranking claim", platform="taobao"),
    # ---- second wave of near-misses ------------------------------------------------------
    chat("k116", wchat(2, [
        "C: 给好评有返现吗",
        "A: 亲，我们不做好评返现，您按真实感受评价就好，有任何问题随时找我",
    ]), "", "003 拼多多禁语 5: the agent refuses a review incentive (negated)", platform="taobao"),
    chat("k117", wchat(3, [
        "C: 这个月饼能放多久",
        "A: 亲，保质期是六十天，最佳食用期是收到后的两周内",
    ]), "", "最佳食用期 is storage advice, not a ranking claim", platform="jd"),
    chat("k118", wchat(4, [
        "C: 这个保温杯安全吗",
        "A: 亲，内胆是304不锈钢，执行的是国家标准GB 4806.9，检测报告在详情页",
    ]), "", "naming the national standard a product meets is a fact, not an authority claim", platform="taobao"),
    chat("k119", wchat(5, [
        "C: 这两款有啥不一样",
        "A: 亲，唯一的区别是颜色，尺寸和材质都一样",
    ]), "", "唯一 describes the difference, not the product", platform="jd"),
    chat("k120", wchat(6, [
        "C: 什么面料",
        "A: 亲，面料成分是100%棉，吊牌上有标注",
    ]), "", "a fibre content label (100%棉) is not an absolute claim", platform="taobao"),
    chat("k121", wchat(7, [
        "C: 用了一周了 挺好的",
        "A: 谢谢您的认可！方便的话可以在评价里分享一下使用感受，对其他买家也有帮助～",
    ]), "", "inviting a review with no reward on JD (only Douyin forbids the invitation)", platform="jd"),
    chat("k122", wchat(8, [
        "C: 安装步骤能说下吗",
        "A: 亲，第一步先把底座拧上，第二步把灯罩卡进去，最后一步接通电源就可以了",
    ]), "", "第一步 / 最后一步 are steps, not claims", platform="pinduoduo"),
    chat("k123", wchat(9, [
        "C: 为什么显示已签收 我没收到",
        "A: 非常抱歉给您带来困扰，可能是快递员放在了驿站或快递柜，我马上联系快递核实，二十分钟内给您回复",
        "C: 好",
        "A: 亲，核实到了，放在了您小区北门的快递柜，取件码已经重新发送",
    ]), "", "可能 offering a likely cause, then a checked answer", platform="douyin"),
    call("k124", wcall(0, [
        "C: 我想问下你们的产品是国家认证的吗",
        "A: 我们的产品都通过了国家强制性产品认证，认证证书可以在官网查询",
        "C: 好的",
    ]), "", "a certification the customer asks about, answered as a checkable fact (call, no platform)"),
    call("k125", wcall(1, [
        "C: 您好 我的 那个 空调 遥控器 不灵了",
        "A: 非常抱歉给您带来不便，请问遥控器换过电池了吗",
        "C: 换过了",
        "A: 好的，那我为您登记补寄一个新的遥控器，三天内寄到",
        "C: 好 谢谢",
        "A: 不客气",
    ]), "", "thanks mid-call answered at once"),
    chat("k126", [
        "C: 在吗",
        "A: 親，您好～我是客服小鹿，很高興為您服務",
        "C: 这个杯子能进洗碗机吗",
        "A: 親，杯身可以進洗碗機，杯蓋建議手洗哦",
        "C: ok 谢谢",
        "A: 不客氣～請問還有其他問題嗎？",
        "C: 没有了",
        "A: 好的，感謝您的光臨，祝您生活愉快，再見！",
    ], "", "traditional characters on the agent side, ok from the customer", platform="taobao", iso=True, started="2026-11-24T23:58:30+08:00"),
    call("k127", wcall(2, [
        "C: 我要投诉 你们的快递员态度太差了",
        "A: 非常抱歉给您带来不愉快，我非常理解您的心情，请您说一下具体情况，我马上记录",
        "C: 他把东西扔地上就走了",
        "A: 好的，已经为您记录并提交给站点处理，明天中午前给您回电告知处理结果",
        "C: 嗯",
    ]), "", "004 抱怨投诉: apology, understanding, record, reply time"),
]
