"""Second batch: more wordings of the chat responses (JD-style logs, excerpts),
and the call procedures (rings, silent and noisy lines, nuisance calls,
read-backs, holds, outbound calls, festivals)."""

from common import C, K

CX = "response.complaint.chat"
R_CX = "000 篇8 / 002 参考用语2 / 003 抖音售后: an unhappy customer gets an apology or soothing first"
UR = "response.urge"
R_UR = "002 第三篇 售后 四、2: an urging customer gets soothing and the progress"
TH = "response.thanks.chat"
R_TH = "000 篇7 24: a customer's thanks gets an answer"

CHAT_MORE = [
    C(CX, R_CX + ": excerpt (no welcome, no goodbye to judge): 'installer never came', agent asks for the time slot", [
        "C: 说好今天上午来装 等到下午了人影都没有",
        "C: 请了一天假 真行",
        "A: [[您预约的是几点的？||太对不起了，让您请假白等，这是我们的失误。我马上联系师傅问清楚。]]",
        "C: 九点到十二点",
        "A: 好的，我这就联系安装师傅",
    ], platform="jd", excerpt=True),
    C(CX, R_CX + ": excerpt: 'what a mess', agent answers with the rule", [
        "C: 乱七八糟 一套碗少了两个",
        "A: [[少件的需要提供开箱视频哦。||抱歉亲，少发了两个碗，给您添麻烦了，我来给您补上。方便的话拍一下收到的全部碗给我看看吗？]]",
        "C: 拍了 [图片]",
        "A: 收到，我去跟仓库核对一下",
    ], platform="pinduoduo", excerpt=True),
    C(CX, R_CX + ": 'I've had it with you', agent gives the next step", [
        "C: 受够了 每次买你们东西都有问题",
        "A: [[您申请一下售后就可以了。||非常抱歉，一次又一次让您失望，确实是我们做得不好。这次我亲自跟进，您说说是什么问题。]]",
        "C: 电动牙刷充不进电",
        "A: 您这支在保修期，直接给您换新，新的今天发出",
    ], platform="jd"),
    C(CX, R_CX + ": '垃圾' about the goods, agent asks for the serial number", [
        "C: 什么垃圾吹风机 用两次就冒烟",
        "A: [[机身上的序列号发一下。||非常抱歉！冒烟很危险，请您先拔掉电源别再用。这台给您直接退款，机身上的序列号方便发我一下吗？]]",
        "C: 发你了",
        "A: 好的，已经给您提交退款",
    ], platform="douyin"),
    C(CX, R_CX + ": 'heartbroken, gift for my mum ruined', agent asks for the address", [
        "C: 给我妈买的生日礼物 收到盒子都破了 心塞",
        "A: [[收货地址还是原来的吗？||真的很抱歉，给妈妈的礼物弄成这样，太扫兴了。我马上给您重新发一份新的，收货地址还是原来的吗？]]",
        "C: 对",
        "A: 好的，今天就给您重新寄出",
    ], platform="taobao"),
    C(CX, R_CX + ": '说了多少遍了' (repeating himself), agent asks again", [
        "C: 我都说了多少遍了 是尺码不对 不是质量问题",
        "A: [[那您是要换货还是退货呢？||抱歉让您重复说了好几遍，是我没理解到位。那您是想换个尺码，对吗？]]",
        "C: 换大一码",
        "A: 好的，给您登记换大一码",
    ], platform="taobao"),
    C(CX, R_CX + ": 'price went up after I asked', agent explains the activity ended", [
        "C: 昨天问还是99 今天就119了 你们这也太黑了",
        "A: [[昨天是活动价，活动已经结束了哦。||理解您的心情，一天差二十块谁都不舒服，抱歉让您赶上了。昨天是活动价，我给您申请一张20元的店铺券，您看可以吗？]]",
        "C: 行吧",
        "A: 券已经发到您的账户了",
    ], platform="pinduoduo"),
    C(CX, R_CX + ": 'disappointing' said with emoji, agent replies with a product fact", [
        "C: 味道跟直播间说的完全不一样😓 好失望",
        "A: [[这款是原味的，偏淡一些。||抱歉让您失望了😣 这款原味确实偏淡一些，直播里没讲清楚是我们的问题。您不喜欢的话我给您换成香辣味，好吗？]]",
        "C: 行",
    ], platform="douyin"),
    C(CX, R_CX + ": JD masked log: 'the courier made me pick it up myself', agent confirms the address only", [
        "C: [订单x] 送货的让我自己下楼去拿 说好的送货上门呢",
        "A: [[您的地址是[地址x]对吗？||很抱歉让您自己跑一趟，说好送上门就该送到门口，给您添麻烦了。我已经反馈给配送站了。]]",
        "C: 对",
        "A: 好的，我这边反馈给配送站，以后按约定送上门",
    ], platform="jd"),
    C(CX, R_CX + ": 'you people are useless' in spaced pinyin-like Chinese, agent asks 'what do you need'", [
        "C: 你 们 真 的 是 一 点 用 都 没 有",
        "A: [[您需要我做什么呢？||非常抱歉没能帮上您，让您这么着急，我现在就帮您看，您说一下是哪个订单？]]",
        "C: [订单x] 退货一直不给退",
        "A: 我看到了，已经同意您的退货，快递明天上门取件",
    ], platform="jd"),
    C(UR, R_UR + ": '怎么还没到啊' on JD, agent answers 'on the way'", [
        "C: [订单x]",
        "C: 怎么还没到啊",
        "A: [[在路上了。||让您久等了亲，我帮您查了下，包裹在配送站，配送员今天下午会送到。]]",
        "C: 好",
    ], platform="jd"),
    C(UR, R_UR + ": '麻烦快点发' answered with 'shipping in order'", [
        "C: 亲 麻烦快点发呀 等着穿",
        "A: [[都是按顺序发的哦。||亲亲别急，理解您等着穿，我这边给您备注优先发货，今天下午就能发出。]]",
        "C: 好的",
    ], platform="taobao"),
    C(UR, R_UR + ": repeated '??' pings about a refund, agent answers 'wait for finance'", [
        "C: 退款呢",
        "C: ？？",
        "A: [[等财务处理就行。||抱歉让您着急了，我刚问了财务，您的退款已经批了，今天下班前退回。]]",
        "C: ok",
    ], platform="douyin"),
    C(UR, R_UR + ": excerpt: urging mid-conversation, agent only asks for the phone tail number", [
        "C: 快点吧 都说今天到的",
        "A: [[收件手机尾号多少？||理解您着急，我马上帮您问配送员，麻烦说一下收件手机的后四位，我好查。]]",
        "C: 6032",
        "A: 好的，我查一下配送员的位置",
    ], platform="jd", excerpt=True),
    C(TH, R_TH + ": '多谢多谢' answered with a sticker code only", [
        "C: 优惠券怎么领",
        "A: 在店铺首页点领券就行",
        "C: 领到了 多谢多谢",
        "A: [[[愉快]||[愉快]不客气哦～]]",
    ], platform="taobao", expect_extra="forbidden.emoji_only?"),
    C(TH, R_TH + ": 'you helped a lot, thank you' answered with a question about a rating", [
        "C: 问题解决了 真是帮了大忙 感谢",
        "A: [[那方便给个好评吗？||能帮到您太好了，不用客气～]]",
    ], platform="jd"),
    C(TH, R_TH + ": '谢了哈' answered by 'ok' in a Pinduoduo chat", [
        "C: 那我明天再看看物流",
        "A: 好的，有问题随时找我",
        "C: 谢了哈",
        "A: [[好||不客气哈～]]",
    ], platform="pinduoduo", expect_extra="forbidden.bare_ack?"),
    C(TH, R_TH + ": '谢谢你耐心解答' answered with a sales push", [
        "C: 明白了 谢谢你耐心解答",
        "A: [[现在下单还送一对杯垫哦。||不客气，应该的～现在下单还送一对杯垫哦。]]",
    ], platform="douyin"),
    C("response.apology.chat", "000 篇2 五、6: a customer's apology answered: 'sorry, my mistake, I ordered the wrong colour', agent explains the exchange", [
        "C: 抱歉啊 是我自己拍错颜色了 给你们添麻烦了",
        "A: [[拍错了可以申请换货。||没关系的亲，不用在意。拍错了可以申请换货，我来帮您操作。]]",
        "C: 好",
    ], platform="taobao"),
    C("response.apology.chat", "000 篇2 五、6: 'sorry I was impatient' answered only with the tracking", [
        "C: 刚才态度不好 对不起哈",
        "A: [[物流显示明天到。||没事没事，您别放在心上。物流显示明天到。]]",
        "C: 好",
    ], platform="pinduoduo"),
    C("response.harm.chat", "003 抖音售后 1: an allergic rash after a bracelet, agent says the material is certified", [
        "C: 戴了你们的手链 手腕起了一圈红疙瘩 又痒又疼",
        "A: [[我们的手链材质都是检测合格的。||非常抱歉让您受罪了！您先把手链摘下来，要是还痒还疼的话尽快去看医生。]]",
        "C: 已经摘了",
        "A: 好的，这条给您退款，麻烦您拍一下手链的照片，我们送去检测",
    ], platform="douyin"),
    C("response.harm.chat", "003 抖音售后 1: a child choked on a gummy, agent asks the child's age", [
        "C: 孩子吃你们的软糖差点噎着 吓死我了",
        "A: [[孩子多大了？包装上写了三岁以下不建议食用。||天哪，太抱歉了！孩子现在没事吧？要是还有不舒服一定要去医院看看。]]",
        "C: 现在没事了",
        "A: 那就好，这款我们会在详情页加醒目的年龄提示，这单给您退款",
    ], platform="pinduoduo"),
    C("response.manager_request", "004 抱怨投诉 6: 'let the shop owner call me', agent says the owner is busy", [
        "C: 让你们老板给我打电话",
        "A: [[老板比较忙哦。||实在抱歉，让您这么不满意。我把您的诉求报给店长，店长今天晚上七点前会在这里给您回复，您看可以吗？]]",
        "C: 行",
    ], platform="taobao"),
    C("response.reply_time.chat", "000 篇1 7: 'how long until the exchange is done', agent says 'processing'", [
        "C: 换货要多久能弄好",
        "A: [[正在处理中哦。||仓库收到后1到2个工作日内换好寄出。]]",
        "C: 好",
    ], platform="jd"),
    C("response.reply_time.chat", "000 篇1 7: 'when do I get an answer on compensation', agent says 'we will let you know'", [
        "C: 赔偿的事啥时候给我个准话",
        "A: [[定了会告诉您的。||明天中午十二点前给您确定的答复。]]",
        "C: 好",
    ], platform="pinduoduo", expect_extra="response.defer_without_time?"),
    C("response.personal_info", "000 篇2 三、6: '小姐姐加个好友呗', agent answers with a laughing emoji", [
        "C: 小姐姐加个好友呗 以后买东西直接找你",
        "A: [[😂||谢谢您的信任～不过不好意思，我们不能私下加好友，您下次进店找客服木木就好。]]",
    ], platform="douyin", expect_extra="forbidden.emoji_only?"),
    C("response.invitation", "000 篇2 三、7: 'come to my shop opening', agent says 'let's see'", [
        "C: 下个月我店开业 你来捧个场呗",
        "A: [[到时候看看吧。||谢谢您的邀请，也恭喜您开业！不过我不方便赴约，心意收到了，祝生意兴隆～]]",
    ], platform="taobao"),
    C("response.suggestion.chat", "000 篇7 52: 'sell refills separately', agent says it is not possible", [
        "C: 你们能不能单独卖替换装 每次买整套太浪费",
        "A: [[目前只有整套卖的。||感谢您的建议，这个很有道理，我反馈给产品部门。目前还只有整套卖的。]]",
    ], platform="jd"),
    C("greeting.chat", "001 开场白: the first reply is '嗯嗯 在的' (no welcome, no offer of help)", [
        "C: 你好 在线吗",
        "A: [[嗯嗯 在的||在的在的，您好，我是客服豆豆，很高兴为您服务，请问有什么可以帮您？]]",
        "C: 这个是正品吗",
        "A: 是的，京东自营，支持验货",
    ], platform="jd", own_open=True, expect_extra="forbidden.bare_ack?"),
    C("greeting.chat", "001 开场白: the first reply is an order check-up question only", [
        "C: [订单卡片] 订单编号：[订单x]",
        "A: [[订单怎么了？||您好亲，我是客服小橙，很高兴为您服务，这个订单有什么需要帮您处理的吗？]]",
        "C: 想改个收货时间",
        "A: 可以的，您想改到哪天？",
        "C: 周六",
        "A: 已经帮您改到周六送达",
    ], platform="jd", own_open=True),
    C("closing.chat", "001 结束语: the chat stops on the agent's '行' after the customer's no", [
        "C: 我等发货",
        "A: 好的亲，请问还有别的问题吗",
        "C: 没有了",
        "A: [[行||好的，感谢亲的光临，期待下次为您服务，再见～]]",
    ], platform="douyin", own_close=True, expect_extra="forbidden.bare_ack?"),
    C("closing.chat_ask", "001 结束语: the goodbye comes straight after the answer", [
        "C: 那个蓝色的还有吗",
        "A: [[有的亲，今天下单明天发。感谢您的光临，再见～||有的亲，今天下单明天发。请问还有其他想了解的吗？]]",
        "C: [[||没了]]",
        "A: [[||好的，感谢您的光临，再见～]]",
    ], platform="pinduoduo", own_close=True),
    C("response.confirm_address.chat", "002 第三篇 售前 四、4: after the customer has paid, the delivery details are checked", [
        "C: 这个台灯还有货吗",
        "A: 有的亲，白色和黑色都有",
        "C: 拍好了 已付款",
        "A: [[好的，我们尽快发货。||好的亲，跟您核对一下收货信息：收件人李女士，地址是[地址x]，电话尾号2618，没问题的话今天就发。]]",
        "C: [[||对的]]",
    ], platform="taobao"),
    C("response.confirm_address.chat", "002 第三篇 售前 四、4: 'paid' answered only with thanks", [
        "C: 付好了",
        "A: [[谢谢亲的支持。||谢谢亲的支持～麻烦您核对一下，收货地址是不是[地址x]，收件人王先生？]]",
        "C: [[||是的]]",
    ], platform="douyin"),
    C("response.late_reply.chat", "000 篇4 1: a six-minute gap on Douyin, no apology", [
        "C: 这个多少克的",
        "+360 A: [[每包是500克。||抱歉亲，刚才回复晚了，每包是500克。]]",
        "C: 好",
    ], platform="douyin"),
]

CALL_MORE = [
    K("response.complaint.call", "000 篇2 四 / 002 6.1(7): 'I've been passed around to four people', agent asks for the account", [
        "C: 我都转了四个人了 你们到底谁管",
        "A: [[请问您的户号是多少？||非常抱歉让您转了这么多次，您的事我来负责到底，请您说一下情况。]]",
        "C: 暖气费多扣了一个月",
        "A: 您是说暖气费多扣了一个月，对吗？",
        "C: 对",
        "A: 我这边给您提交退费申请，三个工作日内退回",
        "C: 好",
    ], company="城南燃气"),
    K("response.complaint.call", "000 篇2 四、4: 'your delivery guy was rude', agent says it was not her", [
        "C: 我要投诉 你们早上那个接电话的态度太差了",
        "A: [[早上不是我接的。||真对不起，是我们的服务没做好，让您受委屈了，能跟我讲讲当时怎么回事吗？]]",
        "C: 我问两句她就不耐烦",
        "A: 您是说早上的同事回答您时不耐烦，对吗？请问您贵姓？",
        "C: 姓刘",
        "A: 刘女士，我已经记录下来，会交给班组长处理",
        "C: 好",
    ], company="畅联宽带"),
    K("response.complaint.call", "000 篇2 四、3: 'you're so slow, are you new', agent says 'the system is slow'", [
        "C: 你是新来的吧 怎么这么慢",
        "A: [[是系统比较卡。||很抱歉让您久等了，我会尽快为您处理。]]",
        "A: 您的改签已经办好了，明天早上八点的车",
        "C: 好",
    ], company="易行出行"),
    K("response.thanks.call", "000 篇2 五、7: '谢谢谢谢' answered by the ask-more", [
        "C: 那我的保单生效了吧",
        "A: 已经生效了，电子保单发到您的邮箱了",
        "C: 好 谢谢谢谢",
        "A: [[||不客气。]]",
    ], company="安途保险"),
    K("response.apology.call", "000 篇2 五、6: 'sorry, I was out of line', agent says 'ok'", [
        "C: 刚才是我不对 说话太难听了 抱歉",
        "A: [[嗯，好的。||没关系，请不必介意。]]",
        "C: 那我的事就麻烦你了",
        "A: 好的，我这边已经给您登记了，明天上午师傅上门",
    ], company="优家家电"),
    K("response.harm.call", "000 篇2 四、5: food poisoning after a ride-hailing meal delivery, agent says 'not our food'", [
        "C: 你们平台送的外卖我吃了以后吐了好几次",
        "A: [[餐品是商家做的，您可以联系商家。||非常抱歉，您现在身体怎么样？还难受的话请先去医院。]]",
        "C: [[我就找你们||好点了]]",
        "A: [[好的，我给您记录一下。||那就好，我给您记录一下，会联系商家核查，这单先给您全额退款。]]",
        "C: 好",
    ], company="鲜到家生鲜", expect_extra="forbidden.buck_passing?"),
    K("answer.call", "000 篇2 四、1: the phone rang six times; the first words give no apology for the wait", [
        "A: [[您好，顺达快递，工号六二一为您服务，请问有什么可以帮您？||您好，很抱歉让您久等了，顺达快递工号六二一为您服务，请问有什么可以帮您？]]",
        "C: 我想寄个文件",
        "A: 好的，请问寄到哪个城市？",
        "C: 上海",
        "A: 好的，快递员一小时内上门取件",
    ], company="顺达快递", own_open=True, rings=6),
    K("silent_call.call", "000 篇2 一、5 / 004 无声电话: greet twice with pauses, explain, then hang up (here: one greeting and a hang-up)", [
        "A: 您好，城南燃气，工号三零九为您服务，请问有什么可以帮您？",
        "+3.5 A: [[喂？||您好，请问有什么可以帮您？]]",
        "+3.5 A: [[||抱歉，我这边一直听不到声音，麻烦您挂断后再打进来，谢谢您的来电，再见！]]",
        "!wait [[1||3.5]]",
        "!hangup agent",
    ], company="城南燃气", own_open=True, own_close=True, hangup=None, expect_extra="forbidden.cant_hear?,forbidden.curt?"),
    K("response.noisy_line.call", "004 无法听清 3 / 000 篇2 二、3: on a noisy line the agent asks the caller to call again", [
        "C: 喂 我 那个 [杂音] 燃气 [杂音]",
        "A: 很抱歉，您那边杂音比较大，我这边听不太清楚",
        "C: [杂音] 你听 [杂音]",
        "A: [[很抱歉，还是听不清。||很抱歉，您的电话杂音太大，我听不清，麻烦您换个安静的地方或者过会儿再打过来，谢谢您的来电，再见！]]",
        "!wait 3.5",
        "!hangup agent",
    ], company="城南燃气", own_close=True, hangup=None, expect_extra="closing.call?,closing.call_thanks?"),
    K("closing.nuisance.call", "004 特殊沟通 6 / 000 篇2 三、6: a nuisance caller is told the service scope before the call ends", [
        "C: 美女 陪我聊会天呗 我一个人好无聊",
        "A: [[这个不行，我挂了。||您好，这里是服务热线，如果您有宽带业务方面的问题，我很乐意为您解答。]]",
        "C: [[||没问题 就想聊天]]",
        "A: [[||很抱歉，没有业务问题的话请您挂机，还有很多用户在等待，再见！]]",
        "!wait 5",
        "!hangup agent",
    ], company="畅联宽带", own_close=True, hangup=None, expect_extra="hangup.call?"),
    K("response.named_agent", "000 篇2 三、1 / 004 特殊沟通 1: a caller asking for a named agent hears the agent is busy and is offered help", [
        "C: 我找上次那个十二号客服",
        "A: [[她今天不在。||很抱歉，十二号同事这会儿在接别的电话，您有什么事我先帮您看看？我也可以记下您的电话请她回复您。]]",
        "C: [[那我明天再打||那你帮我看看吧 我的宽带续费了没]]",
        "A: [[好的。||我帮您看了，已经续费成功，到明年三月]]",
    ], company="畅联宽带"),
    K("response.readback.call", "004 核实信息 1: an account number the caller reads out is read back", [
        "C: 我的户号是 三 三 零 一 八 二 七 五 九 零",
        "A: [[好的，我帮您查一下。||跟您核对一下，户号是3301827590，对吗？]]",
        "C: [[||对]]",
        "A: 查到了，您这个月的燃气费是八十六元，还没有缴",
        "C: 好 我去交",
    ], company="城南燃气"),
    K("response.understood.call", "000 篇2 六、1: after steps, the agent checks the caller has understood", [
        "C: 我的路由器指示灯一直闪红灯",
        "A: 您是说路由器的灯一直闪红灯，对吗？",
        "C: 对",
        "A: [[您先拔掉电源等十秒，再插上，等两分钟灯变绿就好了，如果还红就用牙签按住复位孔五秒。||您先拔掉电源等十秒，再插上，等两分钟灯变绿就好了，如果还红就用牙签按住复位孔五秒。您看这几步清楚吗？]]",
        "C: [[好||清楚了]]",
    ], company="畅联宽带"),
    K("response.leave_number.call", "000 篇2 五、8: a question that can't be answered now is followed by asking for a number to call back", [
        "C: 我这个理赔能不能走快速通道",
        "A: [[这个我需要跟理赔部确认，明天上午十点前回复您。||这个我需要跟理赔部确认，请问用您现在这个号码联系您可以吗？明天上午十点前回复您。]]",
        "C: [[好||可以 就这个号]]",
    ], company="安途保险"),
    K("response.thank_wait.call", "004 保持 1: after a short lookup the agent thanks the caller for waiting", [
        "C: 帮我看看我的快递到哪了 昨天寄的",
        "A: 好的，请您稍等，我帮您查一下",
        "+15 A: [[您的快递已经到杭州了。||感谢您的耐心等待，您的快递已经到杭州了。]]",
        "C: 好的",
    ], company="顺达快递"),
    K("response.restate.call", "000 篇2 三、3: after the caller tells the problem the agent restates it", [
        "C: 我上周买的洗衣机 脱水的时候整台机器都在跳 声音特别大",
        "A: [[请问洗衣机放平了吗？||您是说洗衣机脱水的时候机身跳动、声音很大，对吗？]]",
        "C: [[放平了啊||对]]",
        "A: [[好的，我给您安排师傅上门看看。||好的，请问洗衣机放平了吗？]]",
        "C: [[好||放平了]]",
        "A: [[||那我给您安排师傅上门看看，明天下午到]]",
        "C: [[||好]]",
    ], company="优家家电"),
    K("response.restate_complaint.call", "000 篇2 四、5: a complaint about a staff error gets an apology and a restatement (or the caller's surname)", [
        "C: 你们的师傅把我家的燃气表装反了 读数一直往回走",
        "A: [[很抱歉，给您添麻烦了，我会尽快上报处理。||真是抱歉给您添了麻烦，您说的是师傅把燃气表装反了、读数往回走，对吗？我会尽快上报处理。]]",
        "C: [[好||对]]",
    ], company="城南燃气", expect_extra="response.restate.call?"),
    K("hold.limit.call", "000 篇2 三、8: a hold longer than the promised minute with no word back", [
        "C: 帮我查一下保单的现金价值",
        "A: 您是想查保单的现金价值，对吗？我需要调一下资料，大概一分钟，您方便稍等吗？",
        "C: 行",
        "!hold_start",
        "!wait [[100||45]]",
        "!hold_end",
        "A: 感谢您的耐心等待，目前现金价值是一万两千元",
        "C: 好",
    ], company="安途保险"),
    K("hold.mute_consent.call", "000 篇2 五、1: before muting, a reason and the caller's yes", [
        "C: 我的积分怎么少了一千",
        "A: 您是说积分少了一千，对吗？",
        "C: 对",
        "A: [[||我需要查一下积分明细，大概半分钟，您稍等一下好吗？]]",
        "C: [[||好]]",
        "!mute_start",
        "!wait 25",
        "!mute_end",
        "A: 让您久等了，这一千积分是上个月兑换了一张代金券",
        "C: 哦 想起来了",
    ], company="易行出行"),
    K("greeting.outbound.call", "002 第二篇 6.2: an outbound call opens with a greeting, who calls and why", [
        "A: [[是王先生吧？你上次那个投诉的事。||您好，我是顺达快递客服小林，请问是王先生吗？关于您上周反馈的包裹破损，现在方便说两句吗？]]",
        "C: 是我 你说",
        "A: 破损的物品我们已经核实，赔付的一百五十元今天会打到您的账户",
        "C: 好的",
        "A: 感谢您的配合，打扰了，再见！",
    ], company="顺达快递", own_open=True, own_close=True, direction="outbound"),
    K("closing.outbound.call", "002 第二篇 6.2: an outbound call ends with thanks for taking it and a goodbye", [
        "A: 您好，我是优家家电的回访专员小周，请问是陈女士吗？想了解一下您家空调的安装情况，现在方便吗？",
        "C: 方便 装得挺好",
        "A: 好的，那师傅有没有收取额外的费用？",
        "C: 没有",
        "A: [[好，那就这样。||好的，感谢您的接听和配合，打扰了，再见！]]",
    ], company="优家家电", own_open=True, own_close=True, direction="outbound"),
    K("greeting.festival.call", "004 节日开头语: on National Day the opening adds a festival greeting", [
        "A: [[您好，鲜到家客服，工号二一六为您服务，请问有什么可以帮您？||您好，国庆节快乐！鲜到家客服工号二一六为您服务，请问有什么可以帮您？]]",
        "C: 我的菜今天能送吗",
        "A: 能送的，假期正常配送，下午四点前到",
        "C: 好",
    ], company="鲜到家生鲜", own_open=True, started="2026-10-01T09:30:00+08:00"),
    K("greeting.festival.call", "004 节日开头语: on New Year's Day the opening adds a festival greeting (ASR)", [
        "A: [[您 好 畅 联 宽 带 工 号 四 零 七 请 问 有 什 么 可 以 帮 您||新 年 好 畅 联 宽 带 工 号 四 零 七 为 您 服 务 请 问 有 什 么 可 以 帮 您]]",
        "C: 网 断 了",
        "A: 好 的 我 帮 您 远 程 检 测 一 下",
        "C: 嗯",
    ], company="畅联宽带", own_open=True, started="2027-01-01T10:00:00+08:00"),
    K("hangup.call", "000 篇2 六、3 / 篇4 12: the caller hangs up first; the agent does not cut the line right after the goodbye", [
        "C: 我的件是不是到驿站了",
        "A: 是的，已经到您小区门口的驿站了，取件码在短信里",
        "C: 好的 那我明天去取",
        "A: 请问还有其他需要帮您的吗？",
        "C: 没了",
        "A: 好的，感谢您的来电，再见！",
    ], company="顺达快递", own_close=True, hangup="customer", bad_kw={"hangup": "agent"}),
    K("response.manager_request", "004 抱怨投诉 6: 'I want your department head', agent says no one else", [
        "C: 我要找你们部门经理",
        "A: [[经理不接电话的。||很抱歉让您不满意，请您留个联系电话，我们经理会在今天下午六点前给您回电，好吗？]]",
        "C: [[那怎么办||好 就打这个号码]]",
    ], company="安途保险"),
    K("response.reply_time.call", "004 特殊沟通 11: 'when will the result come', agent says after checking", [
        "C: 那赔不赔什么时候能有结果",
        "A: [[核实完就有结果了。||核实需要三个工作日，三个工作日内我们给您回电。]]",
        "C: 行",
    ], company="顺达快递"),
    K("response.suggestion.call", "004 特殊沟通 9: 'you should allow changing the time online', agent says 'only by phone'", [
        "C: 改预约时间能不能在网上直接改",
        "A: [[目前只能电话改。||感谢您的建议，我会反馈给负责的同事。目前还只能电话改，我现在就帮您改。]]",
        "C: 那你帮我改到周日",
        "A: 好的，已经改到周日上午",
    ], company="优家家电"),
    K("response.urge", "002 第三篇 售后 四、2: ASR 'hurry up' answered with 'we know'", [
        "C: 那 个 我 的 菜 怎 么 还 没 到 都 一 个 小 时 了",
        "A: [[知 道 了||让 您 久 等 了 我 马 上 帮 您 看 骑 手 已 经 在 您 小 区 门 口 两 分 钟 内 送 到]]",
        "C: 好",
    ], company="鲜到家生鲜"),
    K("response.personal_info", "000 篇2 五、3: 'give me your private number' answered with 'no'", [
        "C: 你把你私人手机号给我 下次直接找你",
        "A: [[这个不行。||很抱歉，公司规定只能告诉您工号，我是二零八号，下次您报工号就能找到我。]]",
        "C: 好吧",
    ], company="优家家电", expect_extra="forbidden.refusal_bare?"),
    K("response.invitation", "000 篇2 三、7: 'let me treat you to tea', agent says 'no need'", [
        "C: 姑娘你帮了我大忙 改天请你喝茶",
        "A: [[不用不用。||太感谢您了！不过我不能接受，您的心意我领了，再次谢谢您。]]",
    ], company="城南燃气"),
]

EXTRA = CHAT_MORE + CALL_MORE

THIRD = [
    C(CX, R_CX + ": ISO-timed chat, 'the seller lied', agent answers with the spec", [
        "C: 你们卖家就是忽悠人 说能连蓝牙 根本连不上",
        "A: [[这款支持蓝牙5.0的。||真的很抱歉让您觉得被忽悠了，连不上确实闹心。这款支持蓝牙5.0，我一步步教您连，连不上就给您退。]]",
        "C: 你说",
        "A: 先长按电源键五秒，指示灯蓝红交替闪时，在手机蓝牙里搜型号就能连",
        "C: 连上了",
    ], platform="jd", iso=True),
    C(CX, R_CX + ": full-width 'ＷＴＦ' and angry emoji, agent replies 'which size'", [
        "C: ＷＴＦ 鞋底开胶了才穿一周🤬",
        "A: [[请问您穿的是多大码？||抱歉抱歉，才穿一周就开胶太不应该了，给您添堵了。这双给您换新，您还是穿原来的码吗？]]",
        "C: 41",
        "A: 好的，给您换一双41码的新鞋",
    ], platform="pinduoduo"),
    C(CX, R_CX + ": '亲爱哒' shop, customer says the live host misled her; agent repeats the host's words", [
        "C: 主播说这个不起球 洗了一次就全是球",
        "C: 失望透了",
        "A: [[亲爱哒，主播说的是正常穿着不起球哦。||亲爱哒，太抱歉了，洗一次就起球确实让人失望。这件给您退款，衣服不用寄回了。]]",
        "C: 好吧",
    ], platform="douyin", expect_extra="forbidden.argue?"),
    C(UR, R_UR + ": '咋还没发' with a sticker, agent sends the link to the logistics page", [
        "C: 咋还没发[流泪]",
        "A: [[您可以在订单里看物流哦。||亲别着急，让您久等了，我刚查了，您的包裹今天中午已经发出，明天能到。]]",
        "C: 好",
    ], platform="taobao"),
    C(TH, R_TH + ": '感恩' with hands emoji, agent says nothing to it and pastes a coupon", [
        "C: 感恩🙏",
        "A: [[[优惠券] 满100减10||不客气亲🙏 送您一张满100减10的券，下次用得上～]]",
    ], platform="douyin"),
    C("response.harm.chat", "003 抖音售后 1: the electric blanket gave a shock, agent asks whether it was plugged into a power strip", [
        "C: 电热毯漏电 我手摸上去被电了一下",
        "A: [[您是插在插线板上的吗？||非常抱歉！您没受伤吧？请马上拔掉插头别再用了，人没事最要紧。]]",
        "C: [[对啊||没事 吓了一跳]]",
        "A: [[好的，您寄回来检测一下。||那就好，这条给您直接退款，我们会送去检测]]",
    ], platform="jd"),
    C("response.manager_request", "004 抱怨投诉 6: '叫个管事的来', agent says she is in charge of this", [
        "C: 叫个管事的来跟我说",
        "A: [[这个就是我负责的哦。||很抱歉让您这么不满意，我马上把情况报给售后主管，主管一小时内在这里回复您，好吗？]]",
        "C: 行",
    ], platform="pinduoduo"),
    C("response.reply_time.chat", "000 篇1 7: '几号能发' answered with 'after stock arrives'", [
        "C: 预售的几号能发啊",
        "A: [[等到货了就给您发哦。||预售这批12月5号开始发，按付款顺序三天内发完。]]",
        "C: 好",
    ], platform="taobao"),
    C("greeting.chat", "001 开场白: 'yes?' as the first reply", [
        "C: 喂 有人吗",
        "A: [[嗯？||您好，在的，我是客服小北，很乐意帮您，您想问点什么？]]",
        "C: 这个玩具几岁能玩",
        "A: 三岁以上的小朋友都可以玩",
    ], platform="pinduoduo", own_open=True),
    C("closing.chat", "001 结束语: the agent ends with '没事了吧' and nothing else", [
        "C: 好 我明白了",
        "A: 亲还有其他问题吗",
        "C: 没了",
        "A: [[那就先这样。||好的，感谢您的光临，祝您生活愉快，再见～]]",
    ], platform="jd", own_close=True),
    K("response.complaint.call", "000 篇6 / 004 抱怨投诉 1: ASR with fillers, 'your line is always busy', agent starts the business", [
        "C: 呃 那 个 你 们 这 电 话 嗯 老 是 占 线 打 了 一 上 午",
        "A: [[请 问 您 要 办 什 么||非 常 抱 歉 今 天 来 电 的 人 比 较 多 让 您 打 了 一 上 午 请 问 您 要 办 什 么]]",
        "C: 呃 交 暖 气 费",
        "A: 好 的 您 可 以 在 公 众 号 里 直 接 交 我 也 可 以 现 在 帮 您 登 记",
        "C: 那 你 帮 我 登 记",
        "A: 好 的 已 经 登 记 了",
    ], company="城南燃气"),
    K("response.thanks.call", "004 特殊沟通 10: ASR thanks answered with silence then the ask-more", [
        "C: 嗯 行 那 谢 谢 啊",
        "A: [[||不 客 气 应 该 的]]",
    ], company="畅联宽带"),
]

NEAR_MORE = [
    C("", "excerpt: the log begins with the agent's apology already given; the customer repeats the complaint and is answered with the fix", [
        "A: 再次跟您说声抱歉，给您添麻烦了",
        "C: 反正就是太慢了",
        "A: 已经给您加急，明天上午一定送到",
        "C: 好",
    ], platform="jd", excerpt=True),
    C("", "ISO times; the customer's '谢谢' answered with 'you're welcome' in other words (小事一件, 别客气)", [
        "C: 能帮我把发票抬头改成公司吗",
        "A: 可以的，您把公司名称和税号发我",
        "C: [文件] 谢谢啦",
        "A: 别客气～已经改好了，发票今天开出",
    ], platform="jd", iso=True),
    C("forbidden.casual?", "the customer's '催' is about someone else ('my mum keeps asking me'), answered with the progress anyway (its 哈哈 may be read as the casual tone 000 篇2 五、7 forbids)", [
        "C: 我妈天天催我问那个按摩仪到了没",
        "A: 哈哈阿姨着急啦，我帮您看了，明天上午就能送到",
        "C: 好",
    ], platform="taobao"),
    C("", "the agent herself apologises for a slow reply within 3 minutes (not required, not wrong)", [
        "C: 这个能刻字吗",
        "+100 A: 不好意思回复慢了一点，可以刻字的，最多八个字",
        "C: 好",
    ], platform="douyin"),
    C("", "a customer's 'sorry' that asks the agent to apologise on someone else's behalf: the agent does apologise", [
        "C: 你们的快递员把我的花踩坏了 是不是该跟我说声对不起",
        "A: 是的，真的很抱歉，给您造成了损失。花的钱我们来赔，您看多少合适？",
        "C: 五十吧",
        "A: 好的，五十元今天退到您的账户",
    ], platform="pinduoduo"),
    K("", "a call where the caller's thanks comes in the middle and is answered with 应该的 before the next question", [
        "C: 电费是在你们这交吗",
        "A: 电费不在我们这边，您在电网的公众号或者营业厅都能交",
        "C: 哦哦 谢谢你",
        "A: 应该的，燃气费的话我这边可以帮您查",
        "C: 那查一下燃气费",
        "A: 这个月燃气费是六十二元",
    ], company="城南燃气"),
    K("", "a festival-day call with the festival greeting (National Day)", [
        "A: 您好，国庆快乐，顺达快递工号五零二为您服务，请问有什么可以帮您？",
        "C: 假期你们正常送件吗",
        "A: 正常送的，只是有些偏远地区会晚一天",
        "C: 好",
    ], company="顺达快递", own_open=True, started="2026-10-03T11:00:00+08:00"),
    K("", "an outbound survey call with a proper opening and ending", [
        "A: 您好，我是畅联宽带的客服小吴，请问是赵先生吗？您上周报修的宽带已经修好，想跟您确认一下现在用着正常吗？",
        "C: 正常了",
        "A: 好的，感谢您的接听和配合，祝您生活愉快，再见！",
    ], company="畅联宽带", own_open=True, own_close=True, direction="outbound"),
]
EXTRA = CHAT_MORE + CALL_MORE + THIRD
