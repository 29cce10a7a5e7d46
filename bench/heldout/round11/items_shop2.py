"""Shop chats, batch 2: the same acts as batch 1 said in other words a real
agent would use, and the messier forms (full-width digits, traditional
characters, emoji, 亲亲/亲爱哒/小妹, ISO times)."""

from common import item
from items_shop import (BUCK, CPL, CPL_URG, REF, REF_NA, S_BUCK, S_REFUSE, S_SKIP, S_SOOTHE,
                        S_TIME, S_URGE, SKIP, TIME, URG)

ITEMS = [
    # --- no apology or soothing, other wordings ---
    item("jd", [
        "C: 小妹在吗",
        "C: 我买的电饭煲内胆 掉了一块涂层 才用了三次",
        "A: ⟦麻烦拍一下掉涂层的地方。‖这才用三次就掉涂层，换谁都闹心，真的很抱歉！麻烦您拍一下掉涂层的地方，我马上给您换新内胆。⟧",
        "C: [图片]",
        "A: 收到，新内胆今天发出，旧的不用寄回。",
    ], CPL, S_SOOTHE + "; a pot coating peeling after three uses, answered with 'send a photo'"),
    item("taobao", [
        "C: [订单] 订单号：3305****2219",
        "C: 物流显示已签收 我问了驿站 驿站说没有",
        "C: 到底给我放哪了",
        "A: ⟦系统显示已经妥投了的。‖您先别急，这事确实闹心，抱歉了亲！我这就打给派件网点查签收照片，1小时内给您回话。⟧",
        "C: ？？？",
        "A: 亲，我这边继续帮您跟进哈。",
    ], CPL, S_SOOTHE + "; delivered on paper, not at the parcel station: 'the system says delivered'"),
    item("jd", [
        "C: 一共买了三袋猫粮 只到了两袋",
        "A: ⟦那可能是分开发的。‖少了一袋给您添麻烦了，真对不住！我查了一下，第三袋是从另一个仓发的，明天能到，如果明天没收到我直接给您补发。⟧",
        "C: 哦",
    ], CPL + ",forbidden.uncertain_hedge?", S_SOOTHE + "; one bag of three missing: 'maybe sent separately'"),
    item("taobao", [
        "C: 裙子拉链是坏的 拉不上去",
        "C: 新的就这样？",
        "A: ⟦那您要退货还是换货？‖亲亲太抱歉了，让您收到坏拉链的裙子，心情肯定不好～您看是给您换一条新的，还是直接退款？⟧",
        "C: 换吧",
        "A: 好的，换货单已经提交，新裙子今天检查好拉链再发出。",
    ], CPL, S_SOOTHE + "; a broken zip on a new dress: 'return or exchange?'"),
    item("jd", [
        "C: 买的显示器有一条竖线",
        "C: [图片]",
        "A: ⟦我们发货前都是检测过的。‖非常抱歉让您收到有问题的显示器！这种竖线属于屏幕故障，我马上给您办换新，明天上门取件同时送新机。⟧",
        "C: 那现在怎么办",
        "A: 可以给您办换新，明天上门取件。",
    ], CPL + ",forbidden.argue?", S_SOOTHE + "; a line on the screen: 'we test everything before shipping'"),
    item("douyin", [
        "C: 我在直播间买的羽绒服",
        "C: 半个月了还没发货！！！",
        "A: ⟦预售款是下单后15天内发的。‖理解您的心情，等了半个月确实太久了，真抱歉！预售款按约定15天内发，您的这件明天就出库，我给您标了加急。⟧",
        "C: 那明天一定要发",
        "A: 明天出库后单号会同步到订单里。",
    ], CPL_URG, S_URGE + "; half a month unshipped, answered with the presale rule only"),
    item("taobao", [
        "C: 退款申请了三天了 一直没人处理",
        "A: ⟦已经在处理中了。‖让您等了三天真的很抱歉亲！我看到您的退款卡在审核这一步，我这边直接帮您通过，今天之内原路退回。⟧",
        "C: 好",
    ], CPL, S_SOOTHE + "; a refund left three days: 'it's being processed'"),
    item("jd", [
        "C: 洗衣机送来的时候外壳瘪了一块",
        "C: 师傅放下就走了",
        "A: ⟦您可以拒收的。‖真是抱歉，让您收到磕坏的机器还没人管！外观损伤可以直接换新，我现在给您登记，换新的机器3天内送到并帮您拉走旧的。⟧",
        "C: 我都签了啊",
        "A: 签收了也没关系，换新照样给您办。",
    ], CPL, S_SOOTHE + "; a dented washing machine: 'you could have refused it'"),
    item("pinduoduo", [
        "C: 买的纸巾 整箱都湿了",
        "C: 发霉了都",
        "A: ⟦您申请售后吧，上传照片。‖实在对不起，让您收到受潮的纸巾！这箱全额给您退款，纸巾不用寄回，麻烦您拍张照片方便我备注。⟧",
        "C: [图片]",
        "A: 好的，退款已经提交。",
    ], CPL, S_SOOTHE + "; a wet, mouldy box of tissues: 'apply for after-sales'"),
    item("taobao", [
        "C: 亲爱哒 这个颜色跟图片差太多了吧",
        "C: 图上是雾霾蓝 收到是灰不拉几的",
        "A: ⟦图片都是实物拍的，可能有色差。‖让您失望了亲，真的抱歉～屏幕和灯光会让颜色看着有差别，您不喜欢的话可以直接退，来回运费我们出。⟧",
        "C: 那我退了",
        "A: 好的，退货申请我帮您同意了。",
    ], CPL + ",forbidden.argue?", S_SOOTHE + "; colour far from the picture: 'photos are real, maybe colour difference'"),
    item("jd", [
        "C: 你们客服回复也太慢了吧",
        "C: 等半天",
        "A: ⟦现在咨询的人比较多。‖真的很抱歉让您久等了！今天咨询的人多，回复慢了，您有什么问题我马上帮您处理。⟧",
        "C: 我的货到哪了",
        "A: 我看一下，您的包裹今天下午就到站点了。",
    ], CPL, "000 篇2 四、3 (chat): slow replies complained of are met with an apology, not the reason alone"),
    item("taobao", [
        "C: 小妹 收到的面霜盖子是开的",
        "C: 里面好像被人用过",
        "A: ⟦我们仓库出货都是密封的。‖太抱歉了亲，让您收到这样的面霜！护肤品开了封不能再用，我马上给您补发一瓶全新的，这瓶您不用寄回。⟧",
        "C: 好的",
    ], CPL + ",forbidden.argue?", S_SOOTHE + "; a face cream arriving opened: 'our warehouse seals everything'"),
    # --- late delivery / urge, other wordings ---
    item("jd", [
        "C: 说好的211限时达",
        "C: 现在都晚上九点了还没送到",
        "A: ⟦今天单量大，会晚一点。‖真不好意思耽误您了！今天站点单量大派送晚了，快递员说九点半前送到，晚于约定时间的话我给您申请运费补偿。⟧",
        "C: 行",
    ], CPL_URG, S_URGE + "; a timed delivery missed: 'busy today, a bit late'"),
    item("taobao", [
        "C: 催一下发货 急用",
        "A: ⟦按顺序发的。‖好的亲，理解您着急～我这边给仓库备注了加急，今天下午5点前优先发出，发出后跟您说一声。⟧",
        "C: 好",
    ], URG, S_URGE + "; 'please hurry it' met with 'we ship in order'"),
    item("pinduoduo", [
        "C: 你们是不是不发货啊",
        "C: 都四天了",
        "C: 不发我就退了",
        "A: ⟦可以退的。‖亲，让您等四天实在抱歉！您这单今天已经打包，晚上前发出，您要是等不及也可以先退，我不会拦您。⟧",
        "C: 那我再等等",
    ], URG, S_URGE + "; four days unshipped and a threat to cancel: 'you may cancel'"),
    item("jd", [
        "C: 我的快递在派送中一整天了 也没人给我打电话",
        "A: ⟦派送员会联系您的。‖给您添麻烦了！我刚联系了站点，派送员说还有三单就到您那，一小时内给您打电话。⟧",
        "C: ok",
    ], CPL_URG, S_URGE + "; 'out for delivery' all day: 'the courier will call you'"),
    item("douyin", [
        "C: 物流好几天不更新了",
        "C: 😤😤😤",
        "A: ⟦快递在运输途中。‖亲别生气，让您着急了真抱歉～我查了是中转站积压，今天已经重新发出，预计后天到，我会帮您盯着。⟧",
        "C: 嗯",
    ], CPL_URG, S_URGE + "; days without a scan and angry emoji, answered 'in transit'"),
    # --- bare refusals, other wordings ---
    item("taobao", [
        "C: 能帮我改下地址吗 填错了",
        "A: ⟦已经发货了改不了。‖不好意思亲，包裹已经发出，店里没法直接改，我可以帮您联系快递改派，或者您跟快递员说送到新地址，您看哪种方便？⟧",
        "C: 那你帮我联系吧",
        "A: 好的，已经帮您提交改派，今晚会有结果。",
    ], REF, S_REFUSE + "; 'already shipped, can't change'"),
    item("jd", [
        "C: 我想取消订单",
        "A: ⟦订单出库了取消不了。‖抱歉，订单已经出库没法直接取消了，您可以收到后拒收，或者签收后申请7天无理由退货，钱都会原路退回。⟧",
        "C: 好吧",
    ], REF, S_REFUSE + "; 'out of the warehouse, can't cancel'"),
    item("taobao", [
        "C: 能不能开个发票 抬头写公司",
        "A: ⟦这款特价的不支持开票哦。‖可以的亲，特价款也能开，确认收货后在订单里申请电子发票，填公司抬头和税号就行。⟧",
        "C: 好",
    ], "platform.taobao.invoice_refusal,forbidden.refusal?", "003 拼多多售前 一: invoice requests are not refused (Taobao)"),
    item("jd", [
        "C: 电视挂架能不能安装的时候一起送",
        "A: ⟦挂架不送的。‖挂架需要另外购买，抱歉哈，不过师傅上门可以带，99元一个，装好后现场付就行。⟧",
        "C: 行",
    ], REF, S_REFUSE + "; 'we don't give the bracket'"),
    item("pinduoduo", [
        "C: 鞋子穿了一次就开胶了",
        "C: [图片]",
        "A: 很抱歉让您碰到这种情况。",
        "A: ⟦穿过的就退不了哦。‖这是质量问题，穿过也能退，我给您开一个退货申请，运费我们承担。⟧",
        "C: 好",
    ], "platform.pinduoduo.return_refusal|forbidden.refusal_no_alternative|forbidden.refusal", "003 拼多多售后 三、1 / 000 篇2 五、2: a quality fault is refused after an apology"),
    item("taobao", [
        "C: 這件毛衣起球太嚴重了",
        "C: 才穿兩次",
        "A: 很抱歉讓您失望了。",
        "A: ⟦毛衣起球是正常現象，這個不算質量問題。‖才穿兩次就起球這麼多確實不正常，我給您退一半貨款做補償，或者直接退貨，您選一個？⟧",
        "C: 退一半吧",
    ], REF_NA + ",forbidden.argue?", S_REFUSE + "; pilling dismissed as normal after an apology (traditional characters)"),
    item("jd", [
        "C: 我家在五楼没电梯 冰箱能送上楼吗",
        "A: ⟦不负责送上楼。‖可以的，送货师傅会帮您搬上楼，五楼没有电梯会收30元搬运费，您看可以吗？⟧",
        "C: 可以",
    ], REF, S_REFUSE + "; 'we don't carry upstairs'"),
    item("taobao", [
        "C: 同一天买的两单 能合并发吗 省点运费",
        "A: ⟦系统不让合并的。‖亲，两单可以一起发，我给您备注合并，多付的那份运费退回给您。⟧",
        "C: 好",
    ], REF, S_REFUSE + "; 'the system won't merge them'"),
    # --- sending the customer elsewhere / links ---
    item("jd", [
        "C: 手机充不进电",
        "C: 买了才一个月",
        "A: 给您添麻烦了，抱歉！",
        "A: ⟦您拿去品牌售后网点检测一下吧。‖我这边帮您申请上门取件检测，确认是故障直接换新，明天快递上门。⟧",
        "C: 好",
    ], BUCK, S_BUCK + "; 'take it to a brand service point'"),
    item("taobao", [
        "C: 怎么安装啊 说明书看不懂",
        "A: ⟦[链接] 安装视频在这，您照着装就行。‖亲，第一步先把底座的两颗螺丝拧上，第二步把立杆插进底座卡槽，听到咔的一声就卡好了，哪一步不明白您随时问我。⟧",
        "C: 好的",
    ], BUCK, S_BUCK + "; an install question answered with a video link"),
    item("jd", [
        "C: 这个奶粉 保质期到什么时候",
        "A: ⟦商品详情页上有写。‖您这罐是2026年3月生产的，保质期到2028年3月。⟧",
        "C: 好的",
    ], BUCK, S_BUCK + "; 'it's on the product page'"),
    item("douyin", [
        "C: 我的退款 一直显示退款中",
        "A: 不好意思让您久等了。",
        "A: ⟦退款进度您问一下平台客服吧。‖我查到退款已经退到您的抖音支付账户了，银行那边处理需要1到2个工作日到账。⟧",
        "C: 知道了",
    ], BUCK, S_BUCK + "; a refund question passed to the platform's service"),
    item("taobao", [
        "C: 这个能进洗碗机吗",
        "A: ⟦页面上都写着呢，您往下翻一翻。‖可以的亲，这款是耐高温玻璃的，放洗碗机没问题哈。⟧",
        "C: 好的",
    ], BUCK, S_BUCK + "; 'it's written on the page, scroll down'"),
    item("pinduoduo", [
        "C: 收到的花盆 裂了个口子",
        "A: 实在抱歉给您添麻烦了。",
        "A: ⟦您让快递员拍照证明一下，找快递赔。‖我这边直接给您补发一个，裂的那个不用寄回了。⟧",
        "C: 好",
    ], BUCK + "|forbidden.blame", S_BUCK + "; 'get the courier to prove it and claim from them'"),
    # --- no reply time, other wordings ---
    item("taobao", [
        "C: 你们什么时候补发啊",
        "A: ⟦等仓库安排，安排好了跟您说。‖仓库明天上午补发，发出后单号会同步到订单里。⟧",
        "C: 哦",
    ], TIME, S_TIME + "; 'when will you resend' met with 'when the warehouse arranges it'"),
    item("jd", [
        "C: 我这个保价申请 多久能批下来",
        "A: ⟦这个要看审核，快的话很快。‖保价申请一般2小时内审核完，通过后差价会退到原支付账户。⟧",
        "C: 嗯",
    ], TIME, S_TIME + "; 'how long' met with 'depends, quick if quick'"),
    item("taobao", [
        "C: 我寄回去的货你们收到了没 钱什么时候退",
        "A: 仓库昨天已经签收了。",
        "A: ⟦退款会尽快处理的。‖退款今天下午财务就处理，原路退回1到3个工作日到账。⟧",
        "C: 好",
    ], TIME, S_TIME + "; 'when is the money back' met with 'as soon as possible'"),
    item("douyin", [
        "C: 赔偿的事 商量好没有",
        "A: 给您添麻烦了，不好意思。",
        "A: ⟦还在跟主管沟通，有结果马上告诉您。‖主管已经同意赔您20元无门槛券，今天下午3点前发到您账户。⟧",
        "C: 嗯",
    ], TIME, S_TIME + "; 'have you decided the compensation': 'still talking, will tell you'"),
    item("jd", [
        "C: 维修的进度咋样了 多会儿能寄回来",
        "A: ⟦还在修，修好了就寄。‖维修中心说今天修好，明天寄回，您后天能收到。⟧",
        "C: 好",
    ], TIME, S_TIME + "; repair progress: 'when it's done we send it'"),
    # --- ignoring the question ---
    item("jd", [
        "C: 收到的是旧包装 是正品吗",
        "A: ⟦谢谢亲的信任，祝您每天开心～‖是正品哦，这批是新旧包装交替期发的老包装，质量完全一样，您放心用。⟧",
        "C: ？",
        "A: 亲，是正品的哈。",
    ], SKIP + "|closing.chat_ask?", S_SKIP + "; 'is it genuine' met with a send-off"),
    item("taobao", [
        "C: 退货要自己出运费吗",
        "A: ⟦亲，在的哦～有什么其他需要吗‖亲，您的订单有运费险，退货运费会自动赔付到您的支付宝，不用您出哈⟧",
        "C: 我问运费",
        "A: 运费险会赔付的亲。",
    ], SKIP, S_SKIP + "; 'do I pay return postage' met with 'anything else?'"),
    # --- casual register, other wordings ---
    item("taobao", [
        "C: 这个口红掉色吗",
        "A: ⟦美女，这款不掉色的哈‖亲，这款是持妆型的，喝水不太掉色哈⟧，吃饭的话建议补一下。",
        "C: 好",
    ], "forbidden.slang|forbidden.casual", "000 篇2 五、7: 美女 as a form of address"),
    item("jd", [
        "C: 电视支架的螺丝少了一颗",
        "A: ⟦哎，那给您补一颗。‖给您添麻烦了，我马上给您补寄一颗，今天发出。⟧",
        "C: 好",
    ], "forbidden.casual,response.complaint.chat?", "001 禁用语: 哎 opening a reply"),
    item("douyin", [
        "C: 链接里的价格怎么又涨了",
        "A: ⟦哈哈哈，亲来晚啦，活动结束了‖抱歉亲，直播间的活动价已经结束了⟧，下周三晚上8点还有一场，到时候还是这个价。",
        "C: 好吧",
    ], "forbidden.casual|forbidden.bare_ack", "001 禁用语: 哈哈 in a reply to a price question"),
    item("pinduoduo", [
        "C: 退款的钱到哪去了",
        "A: ⟦木有问题的亲‖亲放心⟧，退款原路退回到您付款的微信里了，您看一下微信支付的账单。",
        "C: 找到了",
    ], "forbidden.slang", "000 篇2 五、7: 木有 (net slang)"),
    item("taobao", [
        "C: 我买错颜色了 能换吗",
        "A: ⟦么么哒，可以换的‖亲，可以换的⟧，您申请换货选好颜色就行，我这边马上同意。",
        "C: 好",
    ], "forbidden.slang", "000 篇2 五、7: 么么哒"),
    item("jd", [
        "C: 这个能用电子消费券吗",
        "A: ⟦YES‖可以用的⟧，结算的时候勾选消费券就能抵扣。",
        "C: 好",
    ], "forbidden.english", "001 禁用语: YES"),
    item("taobao", [
        "C: 我刚刚问的问题你还没回答呢",
        "A: ⟦嗯‖不好意思亲，刚才漏看了，您问的是尺码对吧，165/88A穿M码合适⟧",
        "C: ……",
        "A: 亲，M码合适哈。",
    ], "forbidden.bare_ack,response.complaint.chat?", "000 篇2 五、7: a bare 嗯 as the whole reply"),
    item("jd", [
        "C: 配送员态度很差 把东西扔门口就走了",
        "A: ⟦哦，这个我们反馈一下。‖很抱歉让您有这样的体验！我这就把配送员的情况反馈给站点，今天下班前给您处理结果。⟧",
        "C: 嗯",
    ], "forbidden.interjection_o,response.complaint.chat?", "001 禁用语: a reply to a complaint opened with 哦"),
    item("taobao", [
        "C: 你好 这个包包是真皮的吗",
        "A: ⟦你好，是真皮的，你放心。‖您好，是头层牛皮的，您放心。⟧",
        "C: 好",
    ], "forbidden.address_ni", "000 篇8 售前服务: 您 for the customer"),
    item("jd", [
        "C: 为什么我的订单被取消了",
        "A: ⟦不知道啊，系统自动取消的。‖抱歉给您添麻烦了，我查了一下，是支付超时系统自动取消的，您重新下单的话价格不变。⟧",
        "C: 好吧",
    ], "forbidden.uncertain", "000 篇6 / 001 禁用语: 不知道 as an answer"),
    item("taobao", [
        "C: 明天能到上海吗",
        "A: ⟦应该能到吧。‖今天发出的话，到上海一般第二天就能送到，我给您发顺丰会更稳一些。⟧",
        "C: 好",
    ], "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语 差不多/也许: 应该能到吧"),
    item("douyin", [
        "C: 退货地址是哪",
        "A: ⟦[玫瑰][玫瑰]‖退货地址是广东省广州市白云区xx路6号 退货组 收，电话020-3****866[玫瑰]⟧",
        "C: ？",
        "A: 地址发您啦。",
    ], "forbidden.emoji_only|forbidden.wordless_reply", "000 篇5 第一: a sticker code as the whole reply"),
    item("taobao", [
        "C: 这款黑色还有吗",
        "A: ⟦卖完了呢。‖不好意思亲，黑色卖完了，下周一到货，到货了我第一时间通知您，或者您看看同款的深灰色，现在有现货。⟧",
        "C: 那我等等",
    ], "forbidden.out_of_stock_bare|forbidden.refusal_bare|forbidden.refusal", "002 第三篇 售前疑难 5: sold out said with no apology or alternative"),
    # --- late reply, full-width digits, ISO times ---
    item("jd", [
        "C: 我的退款到哪一步了",
        "C: [订单] 订单号：５５２０****７１３８",
        "+420 A: ⟦退款已经提交到财务了，今天到账。‖不好意思让您久等了，退款已经提交到财务了，今天到账。⟧",
        "C: 好",
    ], "response.late_reply.chat", "000 篇4 1: a reply seven minutes later opens with an apology for the wait", iso=True,
         started="2026-11-24T21:40:00+08:00"),
    item("taobao", [
        "C: 在吗 想问下这个怎么退",
        "+260 A: ⟦在订单页面点申请售后，选退货退款就行。‖抱歉亲刚刚咨询的人多，让您久等了，在订单页面点申请售后，选退货退款就行。⟧",
        "C: 好的",
    ], "response.late_reply.chat", "001 应答规范: a late reply is explained and the wait apologised for"),
    # --- contact and money off the platform ---
    item("jd", [
        "C: 补偿的钱怎么给我",
        "A: ⟦您把支付宝账号发我，我私下转您。‖补偿的20元会以京豆或者退款的形式退到您的京东账户，今天内到账。⟧",
        "C: 好",
    ], "platform.jd.off_platform|platform.jd.contact_app|platform.jd.other_app", "003 拼多多禁语 6 (every book): no private money transfer"),
    item("pinduoduo", [
        "C: 说好的返现呢",
        "A: 抱歉让您久等了亲。",
        "A: ⟦您加一下我们客服的vx，那边给您返。‖返现已经走平台的优惠券给您了，下单时自动抵扣，您在个人中心的优惠券里能看到。⟧",
        "C: 好",
    ], "platform.pinduoduo.contact_app|platform.pinduoduo.off_platform", "003 拼多多禁语 1: no WeChat (vx)"),
    item("taobao", [
        "C: 好评有啥奖励吗",
        "A: ⟦五星好评截图给我，返您5块红包。‖亲，您的真实评价对我们很重要，用得满意的话欢迎分享使用感受哈。⟧",
        "C: 哦",
    ], "platform.taobao.review_incentive", "003 拼多多禁语 5 (every book): no money for a good review"),
    # --- a wait without please ---
    item("jd", [
        "C: 帮我看下我的保修还在不在",
        "A: ⟦等下‖请您稍等，我帮您查一下⟧",
        "A: 感谢您耐心等待，您的保修到2027年5月，还在保修期内。",
        "C: 好",
    ], "forbidden.wait_short|forbidden.wait_bare", "000 篇2 五、1: 等下 with no please"),
    # --- a harm report in other words ---
    item("taobao", [
        "C: 你们的电热毯昨晚冒烟了",
        "C: 差点着火 吓死我了",
        "A: ⟦您把产品寄回来我们检测一下。‖您和家人没受伤吧？真的非常抱歉让您受了惊吓！电热毯先别再用了，我们全额退款，也安排上门取回检测。⟧",
        "C: 人没事",
    ], "response.harm.chat|response.complaint.chat", "003 抖音售后 1 / 000 篇2 四、5: a near-fire is met with concern before the procedure"),
    item("jd", [
        "C: 刀片边上有毛刺 我手划了个口子",
        "A: ⟦这个需要提供照片才能申请售后。‖您的手没事吧？先处理一下伤口，真是太抱歉了！这把刀我们马上给您退换，麻烦有空时拍个照片给我备注。⟧",
        "C: 贴了创可贴",
    ], "response.harm.chat|response.complaint.chat", "003 抖音售后 1: a cut hand is met with concern first"),
]
