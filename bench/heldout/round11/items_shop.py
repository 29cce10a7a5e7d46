"""Shop chats, batch 1: a customer reports an everyday problem in plain words
and the agent gets one seed requirement wrong (left of ‖), or right (right
of ‖). The customer's first messages come before the shop's welcome."""

from common import item

CPL = "response.complaint.chat"
CPL_URG = "response.complaint.chat|response.urge"
URG = "response.urge|response.complaint.chat"
REF = "forbidden.refusal_bare|forbidden.refusal|forbidden.refusal_no_alternative"
REF_NA = "forbidden.refusal_no_alternative|forbidden.refusal|forbidden.refusal_bare"
BUCK = "forbidden.buck_passing|forbidden.refusal"
TIME = "response.reply_time.chat|response.defer_without_time"
SKIP = "response.ask_more_skips_question.chat"

S_SOOTHE = "000 篇8 售后 / 003 抖音售后 1: a problem report is met first with an apology or soothing"
S_URGE = "002 第三篇 售后 四、2: a chasing customer is soothed and given the parcel's progress"
S_REFUSE = "000 篇2 五、2 / 003 京东做法 3: no refusal without an apology and a next step"
S_BUCK = "000 篇8 售前服务 / 003 京东禁用语 15: do not send the customer off to look or to someone else"
S_TIME = "000 篇1 7: a matter left open gets a stated reply time"
S_SKIP = "003 客服的方法: answer the question asked before asking for more"

ITEMS = [
    # 1 late delivery, JD, no soothing at all
    item("jd", [
        "C: 在吗",
        "C: [订单] 订单号：3412****7781 美的电热水壶1.7L 已发货",
        "C: 都第五天了还没到，不是说次日达吗",
        "A: ⟦物流显示在中转站，明天派送。‖真不好意思让您等了这么久！我查到包裹目前在中转站，预计明天就能派送到您手上。⟧",
        "C: 行吧",
    ], CPL_URG, S_URGE + "; 'five days, you said next day' answered with the tracking state only"),
    # 2 shown delivered, nothing received, Taobao
    item("taobao", [
        "C: 亲 我快递显示签收了",
        "C: 可我根本没收到啊！！",
        "C: [订单] 订单号：2207****1093",
        "A: ⟦显示签收就是送到了，您去门口或者快递柜找找看。‖亲亲先别着急，给您添麻烦了真抱歉～我马上联系快递核实是谁签收的，今天下午5点前给您回复结果可以吗？⟧",
        "C: 嗯",
    ], CPL + ",forbidden.buck_passing?", S_SOOTHE + "; 'shown signed but never got it' met with 'go look by the door'"),
    # 3 part missing, JD
    item("jd", [
        "C: 你好",
        "C: 净水器收到了 说明书写着两个滤芯 盒子里就一个",
        "A: ⟦您再把包装里面翻一翻。‖很抱歉给您带来不便！麻烦您拍一下包装里的东西发我，核实少件后今天就给您补寄一个滤芯。⟧",
        "C: [图片]",
        "A: 收到照片了，确实少了一个，补寄的单号晚上同步到您的订单里。",
    ], CPL, S_SOOTHE + "; a missing part answered with 'look again in the box'"),
    # 4 broken on arrival, Taobao
    item("taobao", [
        "C: 杯子到了",
        "C: 碎了两个😭",
        "C: [图片]",
        "A: ⟦碎了的话您申请一下退款。‖实在抱歉，路上没给您保护好，碎的两个我们给您补发，或者直接退这两个的钱，您看选哪种？⟧",
        "C: 那就补发吧",
        "A: 好的，今天就给您补发两个，包装会加厚一些。",
    ], CPL, S_SOOTHE + "; two glasses broken, 'apply for a refund' with no word of regret"),
    # 5 wrong item, JD
    item("jd", [
        "C: 你们发错货了",
        "C: 我买的黑色43码 收到个白色41的",
        "A: ⟦那您在订单里申请换货。‖发错了十分抱歉，给您添麻烦了！我这边直接给您登记换货，上门取件不收运费，黑色43码今天就安排发出。⟧",
        "C: 好",
    ], CPL, S_SOOTHE + "; wrong colour and size, told to apply for an exchange"),
    # 6 refund not arrived, Taobao
    item("taobao", [
        "C: 退款怎么还没到账",
        "C: 都一个礼拜了",
        "A: ⟦退款已经同意了，等着就行。‖亲，让您等这么久真的很抱歉～退款11月25日已经同意，原路退回银行卡一般1到3个工作日到账，我这就帮您再催一下财务。⟧",
        "C: 好吧",
    ], CPL, S_SOOTHE + "; a refund a week late, 'just wait'"),
    # 7 after-sales refused bare, JD
    item("jd", [
        "C: [商品] 负离子吹风机 白色",
        "C: 用了二十天就不出热风了 能换个新的吗",
        "A: ⟦换不了。‖非常抱歉给您添麻烦了，过了7天没法直接换新，不过在一年保修期内可以免费寄修，来回运费我们出，您看可以吗？⟧",
        "C: 那修吧",
        "A: 好的，寄修单我已经帮您提交了，快递明天上门取件。",
    ], REF + ",response.complaint.chat?", S_REFUSE + "; 'can't exchange' and nothing else"),
    # 8 install not arranged, JD, buck passing
    item("jd", [
        "C: 空调送到三天了 一直没人来装",
        "C: [订单] 订单号：6610****2048 格力1.5匹挂机",
        "A: 不好意思让您久等了。",
        "A: ⟦安装是厂家管的，您自己打厂家400约一下吧。‖我这边马上帮您联系厂家派单，师傅会在24小时内打电话跟您约上门时间，您留意一下来电哈。⟧",
        "C: 好的",
    ], BUCK, S_BUCK + "; installation not booked, 'phone the maker yourself'"),
    # 9 price drop, Taobao
    item("taobao", [
        "C: 我前天买的 今天降了30块",
        "C: 能退差价不",
        "A: ⟦不退差价的。‖亲，店里是7天保价的，您的订单还在保价期内，我这就给您申请30元差价，1个工作日内退回原支付账户哈。⟧",
        "C: 好滴",
    ], REF, S_REFUSE + "; price dropped two days later, 'no price difference' flatly"),
    # 10 link instead of answer, Taobao, information question
    item("taobao", [
        "C: 这条阔腿裤 165 110斤穿啥码",
        "A: ⟦[链接] 尺码表，您自己对照一下哈。‖亲，按165cm、110斤穿M码正合适，喜欢宽松一点的话可以拿L码哦。⟧",
        "C: 好的",
    ], BUCK, S_BUCK + "; a size question answered with the size chart link"),
    # 11 no reply time, JD
    item("jd", [
        "C: 我申请的售后 啥时候有结果",
        "C: [订单] 订单号：9023****5517",
        "A: ⟦已经提交了，有结果会通知您的。‖已经帮您提交给售后专员了，24小时内会有处理结果，到时候短信通知您哈～⟧",
        "C: 嗯嗯",
    ], TIME, S_TIME + "; 'when will I hear' answered with 'we'll let you know'"),
    # 12 ignoring the question, Taobao
    item("taobao", [
        "C: 我的发票什么时候能开出来？",
        "A: ⟦亲，请问还有其他问题吗？‖发票会在您确认收货后3天内开好，电子版发到您预留的邮箱哦。⟧",
        "C: 哦哦",
    ], SKIP, S_SKIP + "; an invoice question met with 'anything else?'"),
    # 13 casual address 大哥, JD
    item("jd", [
        "C: 咋还没发货啊",
        "C: 拍了两天了",
        "A: ⟦大哥，让您久等了不好意思‖先生，让您久等了不好意思⟧，仓库今天下午就发，发出后单号会同步到订单里。",
        "C: 那行",
    ], "forbidden.casual", "001 禁用语: 大哥/大姐 as a form of address"),
    # 14 laughter, Taobao
    item("taobao", [
        "C: 能再便宜点不 我买了好几次了",
        "A: ⟦呵呵，亲‖感谢亲一直支持⟧，这个已经是活动价了，再给您送一份小样好不好～",
        "C: 那也行",
    ], "forbidden.casual|forbidden.bare_ack", "001 禁用语: 呵呵 in a reply"),
    # 15 你 for 您, JD
    item("jd", [
        "C: 收到的锅盖有个裂缝",
        "A: 很抱歉给您添麻烦了！",
        "A: ⟦你把裂缝拍个照片，我帮你登记补发。‖麻烦您把裂缝拍张照片，我帮您登记补发一个新锅盖。⟧",
        "C: [图片]",
        "A: 收到，补发已登记，明天发出。",
    ], "forbidden.address_ni,forbidden.curt_demand?", "000 篇8 售前服务: the customer is addressed as 您 throughout"),
    # 16 slang, Taobao
    item("taobao", [
        "C: 快递三天没动了",
        "A: ⟦宝宝莫慌哈‖亲先别着急，抱歉让您担心了⟧，我这就联系快递催件，今天晚上8点前给您回消息。",
        "C: 好",
    ], "forbidden.slang,response.complaint.chat?", "000 篇2 五、7: no pet names or slang (宝宝) in service talk"),
    # 17 bare ack, Taobao
    item("taobao", [
        "C: 尺码不合适 我明天寄回去可以吧",
        "A: ⟦嗯嗯‖可以的亲，明天寄回没问题，寄出后麻烦把单号填到退货申请里哦⟧",
        "C: 好",
    ], "forbidden.bare_ack", "000 篇2 五、7 / 001 禁用语: a bare 嗯嗯 as the whole answer"),
    # 18 English, JD
    item("jd", [
        "C: 补发的那个今天能发出来吗",
        "A: ⟦OK‖可以的，今天下午4点前给您发出⟧",
        "C: 好的",
    ], "forbidden.english|forbidden.bare_ack", "001 禁用语: OK/YES/NO as an answer"),
    # 19 哦 opening, Taobao
    item("taobao", [
        "C: 鞋子小了一码 穿着挤脚",
        "A: ⟦哦，那您申请退换吧。‖给您添麻烦了亲，您直接申请换大一码就行，运费险会赔付来回运费的。⟧",
        "C: 好",
    ], "forbidden.interjection_o,response.complaint.chat?", "001 禁用语: a reply opened with 哦"),
    # 20 不清楚, JD
    item("jd", [
        "C: [订单] 订单号：7781****3304",
        "C: 我这个快递到哪了",
        "A: ⟦这个我不清楚，物流一直没更新。‖我帮您查了，包裹今天早上到了杭州转运中心，预计明天送达。⟧",
        "C: 好",
    ], "forbidden.uncertain", "001 禁用语 / 000 篇6: 不清楚 as the answer to where the parcel is"),
    # 21 hedge, Taobao
    item("taobao", [
        "C: 今天下单 几号能到北京",
        "A: ⟦大概后天吧。‖今天16点前付款当天发货，发到北京一般隔天送达，也就是11月26日。⟧",
        "C: 那我拍了",
    ], "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语: 大概 as the answer to a delivery date"),
    # 22 emoji only, JD
    item("jd", [
        "C: 换货的那双今天能寄出不",
        "A: ⟦👌‖可以的，今天下午就寄出👌⟧",
        "C: 好嘞",
    ], "forbidden.emoji_only|forbidden.wordless_reply", "000 篇5 第一: an emoji as the whole answer"),
    # 23 out of stock bare, Taobao
    item("taobao", [
        "C: 杏色M码什么时候有货啊",
        "A: ⟦没货了。‖抱歉亲，杏色M码暂时断货了，12月5日左右补货，同款奶白色M码现在有货，您要不要看看？⟧",
        "C: 那我再想想",
    ], "forbidden.out_of_stock_bare|forbidden.refusal_bare|forbidden.refusal", "002 第三篇 售前疑难 5: sold out is told with an apology and a similar item or restock date"),
    # 24 late reply, JD
    item("jd", [
        "C: 退货地址发我一下",
        "+300 A: ⟦退货地址：江苏省苏州市吴中区xx路18号 售后组 收，电话0512-6****120。‖不好意思让您久等了，退货地址是江苏省苏州市吴中区xx路18号 售后组 收，电话0512-6****120。⟧",
        "C: 收到",
    ], "response.late_reply.chat", "000 篇4 1 / 001 应答规范: a reply after minutes opens with an apology for the wait"),
    # 25 invoice refusal, JD
    item("jd", [
        "C: 能开发票吗 公司报销用",
        "A: ⟦我们家不开发票的。‖可以的，确认收货后在订单页点申请电子发票，填好公司抬头和税号就行。⟧",
        "C: 好的",
    ], "platform.jd.invoice_refusal,forbidden.refusal?", "003 拼多多售前 一: an invoice request is never refused"),
    # 26 7-day return refused, Pinduoduo
    item("pinduoduo", [
        "C: 收到了 不太喜欢 还没拆 能退吗",
        "A: ⟦不喜欢的不给退哦。‖可以的亲，支持7天无理由退货，您在订单里申请退货就行，不影响二次销售都能退。⟧",
        "C: 好",
    ], "platform.pinduoduo.return_refusal|forbidden.refusal|forbidden.refusal_bare", "003 拼多多售后 三、1: seven days no-reason returns are supported"),
    # 27 off-platform payment, Taobao
    item("taobao", [
        "C: 退款太慢了",
        "A: 抱歉让您久等了亲！",
        "A: ⟦要不您加下我微信，我直接转给您。‖我这边已经帮您加急处理，退款今天18点前原路退回您的支付宝。⟧",
        "C: 嗯",
    ], "platform.taobao.contact_app|platform.taobao.off_platform", "003 拼多多禁语 1/6 (applied to every book): no move to WeChat or off-platform money"),
    # 28 skin reaction, JD
    item("jd", [
        "C: 用了你们的洗衣液 孩子身上起了一片红疹子",
        "C: [订单] 订单号：4410****8862",
        "A: ⟦您申请退货吧。‖真的非常抱歉！孩子现在怎么样了，先带孩子看看医生，这边马上给您退款，就医的票据也可以发给我们。⟧",
        "C: 还行 已经擦了药",
    ], "response.harm.chat|response.complaint.chat", "003 抖音售后 1 / 000 篇2 四、5: harm to the customer is met with concern first"),
    # 29 food harm, Douyin
    item("douyin", [
        "C: 吃了你们家的牛肉干",
        "C: 拉了一晚上肚子",
        "A: ⟦麻烦提供一下订单截图。‖非常抱歉！您现在身体好点了吗？要是还不舒服先去医院看看，这一单我们全额退款，麻烦您发一下订单截图我来处理。⟧",
        "C: [图片]",
        "A: 收到，已经给您全额退款了。",
    ], "response.harm.chat|response.complaint.chat", "003 抖音售后 1: an upset stomach after eating is met with concern first"),
    # 30 curt demand, Taobao
    item("taobao", [
        "C: 我的快递一直不动",
        "A: 不好意思让您着急了，⟦发订单号。‖麻烦发一下订单号，我马上帮您查～⟧",
        "C: 2207****6650",
        "A: 查到了，包裹今天已经重新发出，预计明天到。",
    ], "forbidden.curt_demand", "003 京东做法 7: no commands when asking for an order number"),
    # 31 urge, JD, bare 好的
    item("jd", [
        "C: 怎么还没发货",
        "C: 我都催了两次了",
        "A: ⟦好的。‖让您久等了实在抱歉，订单已经打包好了，今天18点前发出，发出后马上把单号同步给您。⟧",
        "C: ……",
    ], URG, S_URGE + "; the third chase answered with 好的"),
    # 32 wait bare, Taobao
    item("taobao", [
        "C: 我前天退回去的那件你们收到了吗",
        "A: ⟦稍等‖请您稍等一下，我帮您查查⟧",
        "A: 感谢您的耐心等待，仓库昨天已经签收，今天会给您办退款。",
        "C: 好的",
    ], "forbidden.wait_bare|forbidden.wait_short", "000 篇2 五、1: a bare 稍等 with no please or thanks"),
    # 33 rhetorical blame, JD
    item("jd", [
        "C: 这个充电宝不能带上飞机？",
        "A: ⟦您下单前没看详情页吗？上面写着呢。‖这款是30000毫安的，超过了民航规定，确实带不上飞机，您如果经常坐飞机，20000毫安的那款可以带。⟧",
        "C: 好吧",
    ], "forbidden.rhetorical|forbidden.blame", "003 京东做法 7 / 天猫禁语 四: no rhetorical question blaming the buyer"),
    # 34 impatient, Taobao
    item("taobao", [
        "C: 那运费险怎么用啊",
        "A: ⟦刚才不是跟您说过了吗‖这个我再跟您说一下哈⟧，退货寄出后运费险自动理赔，钱会退到您的支付宝。",
        "C: 哦懂了",
    ], "forbidden.impatient|forbidden.rhetorical", "003 天猫禁语 一 / 京东禁用语 6: no impatience at a repeated question"),
    # 35 blind promise, JD
    item("jd", [
        "C: 我后天过生日 明天能到吗",
        "A: ⟦放心，保证明天到！‖今天下午发出的话，按以往时效明天下午能到，我给快递备注一下优先派送。⟧",
        "C: 好的谢谢",
    ], "forbidden.blind_promise", "002 第二篇 6.1(7) / 京东禁用语 16: no blind promise of an outcome the agent does not control"),
    # 36 late delivery said in ASR-ish plain words, Pinduoduo, no soothing
    item("pinduoduo", [
        "C: 我那个快递 是不是丢了 十天了 物流一点没动",
        "A: ⟦物流没更新，可能是还在路上。‖亲，让您等这么久太不好意思了，我这就给快递发催查件，如果48小时内还没有新物流，直接给您补发或者退款。⟧",
        "C: 那好吧",
    ], CPL_URG, S_URGE + "; ten days without a scan, a guess and nothing done"),
    # 37 broken and refused, Taobao (traditional characters)
    item("taobao", [
        "C: 收到的檯燈燈罩裂了",
        "C: [圖片]",
        "A: 很抱歉給您添麻煩了。",
        "A: ⟦燈罩不單獨賣，沒辦法。‖燈罩可以單獨給您補寄一個，今天就寄出，舊的不用寄回來。⟧",
        "C: 好的",
    ], REF_NA, S_REFUSE + "; an apology, then 沒辦法 with nothing offered (traditional characters)"),
    # 38 pass to courier, Douyin
    item("douyin", [
        "C: 快递员把我的包裹放在楼下 丢了",
        "A: 抱歉给您添麻烦了。",
        "A: ⟦这个是快递的问题，您找快递公司去处理。‖我这边来联系快递公司追责，今天先给您补发一份，不用您再跑了。⟧",
        "C: 嗯 好",
    ], BUCK + "|forbidden.blame", S_BUCK + "; 'that's the courier's problem, go to them'"),
    # 39 reply time on a complaint about service, JD
    item("jd", [
        "C: 昨天那个客服说给我补偿 结果没下文了",
        "A: 很抱歉给您添麻烦了，这是我们没跟进好。",
        "A: ⟦我再反馈一下，等通知吧。‖我已经把补偿重新提交给主管审核，今天17点前给您答复。⟧",
        "C: 好",
    ], TIME, S_TIME + "; 'I'll report it again, wait for word'"),
    # 40 ignore the question, Douyin (several customer messages)
    item("douyin", [
        "C: 主播说买二送一",
        "C: 我拍了两件 怎么没有送的",
        "C: [订单] 订单号：5521****0907",
        "A: ⟦亲，还有其他需要帮您的吗？‖抱歉亲，赠品是单独发的，我查到您的赠品明天从另一个仓发出，单号会同步到订单里。⟧",
        "C: 赠品呢？？",
        "A: 赠品明天发出哦，给您添麻烦了。",
    ], SKIP + ",response.complaint.chat?", S_SKIP + "; 'where is the free item' met with 'anything else?'"),
]
