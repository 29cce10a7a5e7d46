"""Call items: responses on the phone, openings and endings, holds and transfers."""

from common import K

CX = "response.complaint.call"
R_CX = "000 篇2 四 / 004 抱怨投诉: an unhappy caller gets an apology or soothing first"

COMPLAINT = [
    K(CX, R_CX + ": 'took forever to get through', agent goes to business", [
        "C: 你们这电话也太难打了 我打了七八遍才通",
        "A: [[请问您要办理什么业务？||很抱歉，刚才线路忙让您久等了，请问您要办理什么业务？]]",
        "C: 我家燃气表显示欠费 可是我月初刚交过",
        "A: 您是说月初交过费，表上还显示欠费，对吗？",
        "C: 对",
        "A: 好的，这种情况一般是缴费还没同步到表里，我这边给您手动同步，十分钟内表上就会更新",
        "C: 行",
    ], company="城南燃气"),
    K(CX, R_CX + ": 'your courier is rude', agent asks for the tracking number", [
        "C: 你们那个送快递的态度太恶劣了 把东西往地上一扔就走",
        "A: [[您是说快递员把东西扔在地上就走了，对吗？||非常抱歉，让您遇到这样的服务，给您添堵了。您是说快递员把东西扔在地上就走了，对吗？]]",
        "C: 对 就是这样",
        "A: 麻烦您说一下运单号，我记录下来严肃处理",
        "C: 运单号我看看啊 SD 八八六 二零 三一 七五",
        "A: 跟您核对一下，SD886203175，对吗？",
        "C: 对",
        "A: 好的，已经登记投诉，站点负责人会在今天下午五点前给您回电",
        "C: 好",
    ], company="顺达快递"),
    K(CX, R_CX + ": ASR, 'it's the third time I call', agent asks what's wrong", [
        "C: 我 这 都 第 三 次 打 了 每 次 都 说 给 我 处 理 到 现 在 也 没 人 来",
        "A: [[请 问 是 什 么 问 题||实 在 抱 歉 让 您 打 了 这 么 多 次 给 您 添 麻 烦 了 请 问 是 什 么 问 题]]",
        "C: 宽 带 老 掉 线 一 天 掉 好 几 回",
        "A: 您 是 说 宽 带 一 天 掉 线 好 几 次 之 前 报 过 修 一 直 没 人 上 门 对 吗",
        "C: 对",
        "A: 好 的 我 给 您 加 急 派 单 师 傅 明 天 上 午 十 点 前 上 门",
        "C: 行",
    ], company="畅联宽带"),
    K(CX, R_CX + ": 'your app is garbage', agent explains the app", [
        "C: 你们那个APP也太难用了吧 找个退订按钮找了半小时",
        "A: [[您是说在APP里找不到退订的地方，对吗？||很抱歉给您添麻烦了，这确实不好找。您是说在APP里找不到退订的地方，对吗？]]",
        "C: 对",
        "A: 我一步步带您点，您先打开APP",
        "C: 好 我打开了",
        "A: 您点右下角的我的，再点订阅管理，最下面就是退订，请问您找到了吗？",
        "C: 找到了",
    ], company="安途保险"),
    K(CX, R_CX + ": 'I am furious', agent says 'calm down and tell me'", [
        "C: 我现在特别生气 买的冰箱送来门是凹的",
        "A: [[您先冷静一下，说说情况。||非常抱歉，新买的冰箱送来就是坏的，换谁都会生气。您是说冰箱门有凹痕，对吗？]]",
        "C: [[门上一个大坑||对 门上一个大坑]]",
        "A: [[您是说冰箱门有凹痕，对吗？||我这边马上给您安排换新，明天上午送新冰箱并拉走这台]]",
        "C: [[对||好]]",
        "A: [[我这边马上给您安排换新，明天上午送新冰箱并拉走这台||这次真是对不住了]]",
        "C: [[好||行]]",
    ], company="优家家电"),
    K(CX, R_CX + ": 'too slow, typing forever', agent says 'wait a bit more'", [
        "C: 嗯 你好 我想查一下上个月的账单",
        "A: 好的，您是想查上个月的账单对吧，我帮您调一下",
        "C: 你怎么这么慢啊 半天了",
        "A: [[马上就好，再等等。||很抱歉让您久等了，我会尽快给您处理。]]",
        "A: 查到了，上个月一共是一百二十六元",
        "C: 好",
    ], company="畅联宽带"),
    K(CX, R_CX + ": 'disappointed with your service', agent asks for a name", [
        "C: 说实话我对你们的服务挺失望的 预约的时间没一次准的",
        "A: [[请问您贵姓？||很抱歉让您失望了，给您带来不便了。请问您贵姓？我把情况记下来。]]",
        "C: 姓王",
        "A: 王先生，您是说预约上门的时间每次都不准，对吗？",
        "C: 是",
        "A: 我这边给您登记，下次上门前师傅提前一小时电话确认",
        "C: 好",
    ], company="优家家电"),
]

TH = "response.thanks.call"
R_TH = "000 篇2 五、7 / 004 特殊沟通 10: a caller's thanks must be answered"

THANKS = [
    K(TH, R_TH + ": thanks answered by the ask-more straight away", [
        "C: 我想问一下明天停不停气",
        "A: 我帮您看一下，您那个小区明天不停气",
        "C: 好嘞 谢谢你啊",
        "A: [[||不客气，应该的。]]",
    ], company="城南燃气"),
    K(TH, R_TH + ": 'thank you so much' answered with 'mm'", [
        "C: 我的快递到哪了 单号是 SD 五五二 零九 八一 三",
        "A: 跟您核对一下，SD55209813，对吗？",
        "C: 对",
        "A: 查到了，在您家附近的驿站，今天可以取",
        "C: 太感谢了",
        "A: [[嗯。||不用客气，这是我们应该做的。]]",
    ], company="顺达快递"),
    K(TH, R_TH + ": ASR, thanks with praise answered with nothing", [
        "C: 好 的 好 的 那 个 谢 谢 你 啊 小 伙 子 你 讲 得 真 清 楚",
        "A: [[||不 客 气 阿 姨 这 是 我 们 应 该 做 的]]",
    ], company="鲜到家生鲜"),
]

AP = "response.apology.call"
R_AP = "000 篇2 五、6: a caller's apology gets 没关系 (or the like)"

APOLOGY = [
    K(AP, R_AP + ": 'sorry, I shouted at you', agent goes on", [
        "C: 刚才我急了 冲你嚷了几句 对不起啊",
        "A: [[您接着说。||没关系，请不必介意，您接着说。]]",
        "C: 就是那个保单能不能改受益人",
        "A: 可以改的，需要带身份证到营业厅办理",
        "C: 好",
    ], company="安途保险"),
    K(AP, R_AP + ": 'sorry, I misheard', agent repeats the number only", [
        "C: 你们的投诉热线是多少",
        "A: 投诉热线是九五五二八",
        "C: 九五五八二是吧",
        "A: 不是的，是九五五二八",
        "C: 哎呀不好意思 刚才我听错了 是我的问题",
        "A: [[热线是九五五二八。||没事的，不用介意，热线是九五五二八。]]",
        "C: 好",
    ], company="易行出行"),
]

HM = "response.harm.call"
R_HM = "003 抖音售后 1 / 000 篇2 四、5: harm to the caller's body gets an apology or care first"

HARM = [
    K(HM, R_HM + ": 'diarrhoea after the salad', agent asks for the order number", [
        "C: 我昨天在你们那买的沙拉 吃完拉了一晚上肚子",
        "A: [[您是说昨天买的沙拉吃完拉肚子了，对吗？||非常抱歉让您受罪了，您现在身体怎么样了？不舒服一定要去医院看看。]]",
        "C: [[对||好点了]]",
        "A: [[请问您的订单号是多少？||那就好。您是说昨天买的沙拉吃完拉肚子了，对吗？]]",
        "C: [[||对]]",
        "A: [[||麻烦您说一下订单号，我给您处理]]",
        "C: 八 三 五 二 零 一 六 七",
        "A: 跟您核对一下，83520167，对吗？",
        "C: 对",
        "A: 这单给您全额退款，就医的费用凭票据我们承担",
        "C: 行",
    ], company="鲜到家生鲜"),
    K(HM, R_HM + ": 'the heater burned my hand', agent asks for the model", [
        "C: 你们的取暖器外壳烫得吓人 我手背被烫起泡了",
        "A: [[您买的是哪个型号？||非常抱歉！您手上的伤要紧吗？先用凉水冲一冲，起泡了最好去医院处理。]]",
        "C: [[小太阳那个||冲过了]]",
        "A: [[好的，我给您登记售后检测||那就好，我给您登记售后检测，这台先不要用了]]",
        "C: 好",
    ], company="优家家电"),
]

MG = "response.manager_request"
R_MG = "004 抱怨投诉 6: a caller who asks for a manager gets an apology and a callback"

MANAGER = [
    K(MG, R_MG + ": 'put your supervisor on', agent says 'same here'", [
        "C: 你处理不了就让你们主管来接电话",
        "A: [[主管来了也是一样的处理。||很抱歉让您失望了，我这边记下您的电话，主管会在两小时内给您回电，可以吗？]]",
        "C: [[那算了||行]]",
    ], company="畅联宽带"),
    K(MG, R_MG + ": ASR 'find your leader', agent says 'just tell me'", [
        "C: 我 要 找 你 们 领 导",
        "A: [[您 有 什 么 问 题 跟 我 说 就 行||非 常 抱 歉 没 能 让 您 满 意 请 您 留 个 电 话 我 们 负 责 人 今 天 下 午 五 点 前 回 复 您 好 吗]]",
        "C: 好 吧",
    ], company="顺达快递"),
]

RT = "response.reply_time.call"
R_RT = "000 篇1 7 / 004 特殊沟通 11: asked when a result comes, the agent names a time"

REPLY_TIME = [
    K(RT, R_RT + ": 'when will you call back', agent says 'as soon as there is news'", [
        "C: 那你们核实完什么时候回我电话",
        "A: [[有消息了第一时间通知您。||核实完会在明天中午十二点前给您回电。]]",
        "C: 好",
    ], company="安途保险", expect_extra="response.defer_without_time?"),
    K(RT, R_RT + ": 'how many days for the claim', agent says it varies", [
        "C: 理赔多少天能下来",
        "A: [[这个不一定的，看审核进度。||资料齐全的话，五个工作日内审核完，审核通过后两天内到账。]]",
        "C: 行",
    ], company="安途保险", expect_extra="forbidden.uncertain?"),
    K(RT, R_RT + ": 'when will the repairman come', agent says 'they will contact you'", [
        "C: 维修师傅到底哪天来",
        "A: [[师傅会跟您联系的。||师傅明天下午两点到四点之间上门，出发前会先给您打电话。]]",
        "C: 好",
    ], company="优家家电"),
]

SG = "response.suggestion.call"
R_SG = "000 篇2 五、4 / 004 特殊沟通 9: a suggestion gets thanks"

SUGGESTION = [
    K(SG, R_SG + ": 'open the service line at night', agent says hours are fixed", [
        "C: 建议晚上也开热线 下班了打不进来",
        "A: [[我们的服务时间是早八点到晚八点。||非常感谢您的建议，我记下来反馈给负责人。目前服务时间是早八点到晚八点。]]",
        "C: 哦",
    ], company="城南燃气", expect_extra="response.complaint.call?", twin_expect="response.complaint.call?"),
    K(SG, R_SG + ": 'send a text before delivery', agent answers 'ok'", [
        "C: 你们送货之前最好发个短信 省得白跑",
        "A: [[嗯好。||谢谢您的宝贵意见，我会转给配送部门，再次感谢您的支持。]]",
    ], company="顺达快递"),
]

PI = "response.personal_info"
R_PI = "000 篇2 三、6 / 五、3: asked for private details, apologise and give the job number only"

PERSONAL = [
    K(PI, R_PI + ": 'what's your name, where are you', agent asks why", [
        "C: 小姑娘你叫什么名字 在哪个城市上班啊",
        "A: [[您问这个干什么？||很抱歉，我的工号是一零四二，公司规定只能告诉您工号。]]",
        "C: 好吧",
    ], company="易行出行", expect_extra="forbidden.rhetorical?"),
]

INV = "response.invitation"
R_INV = "000 篇2 三、7: an invitation is thanked and declined"

INVITATION = [
    K(INV, R_INV + ": 'come over for dinner', agent giggles along", [
        "C: 你服务这么好 哪天来我家吃个饭",
        "A: [[哈哈 好啊。||非常感谢您！不过我不能接受，再次谢谢您的好意。]]",
    ], company="鲜到家生鲜"),
]

UR = "response.urge"
R_UR = "002 第三篇 售后 四、2: an urging caller gets soothing and the progress"

URGE = [
    K(UR, R_UR + ": 'hurry my parcel', agent answers 'ok I'll note it'", [
        "C: 我那个件能不能快点送 我等着用",
        "A: [[好的，我记一下。||理解您着急，我马上查一下。您的包裹已经到站，今天下午三点前送到。]]",
        "C: 好",
    ], company="顺达快递"),
]

GR = "greeting.call"
R_GR = "000 篇1 1 / 篇2 一、1: the first words greet and offer help or give the job number"

GREETING = [
    K(GR, R_GR + ": '喂'", [
        "A: [[喂？||您好，顺达快递，工号二三七为您服务，请问有什么可以帮您？]]",
        "C: 我想寄个件",
        "A: 好的，请问寄到哪里？",
        "C: 北京",
        "A: 好的，我给您安排快递员上门取件，一小时内到",
    ], company="顺达快递", own_open=True, expect_extra="forbidden.curt?"),
    K(GR, R_GR + ": '您好，城南燃气' only (the seed's too-bare example)", [
        "A: [[您好，城南燃气。||您好，城南燃气，工号八一五为您服务，请问有什么可以帮您？]]",
        "C: 我想报个漏气",
        "A: 请您先关闭总阀，开窗通风，告诉我一下地址",
        "C: 和平路12号",
        "A: 抢修人员二十分钟内到",
    ], company="城南燃气", own_open=True),
    K(GR, R_GR + ": '嗯，说吧'", [
        "A: [[嗯，说吧。||您好，很高兴为您服务，请问有什么可以帮您？]]",
        "C: 宽带不能用了",
        "A: 请问是完全连不上，还是网速慢？",
        "C: 连不上",
        "A: 好的，我帮您远程重启一下端口",
    ], company="畅联宽带", own_open=True),
    K(GR, R_GR + ": ASR, '哪位'", [
        "A: [[哪 位||您 好 鲜 到 家 客 服 很 高 兴 为 您 服 务 请 问 有 什 么 可 以 帮 您]]",
        "C: 我 的 菜 还 没 送 到",
        "A: 我 帮 您 查 一 下 骑 手 还 有 十 分 钟 到",
        "C: 好",
    ], company="鲜到家生鲜", own_open=True),
]

CL = "closing.call"
CT = "closing.call_thanks"
R_CL = "000 篇2 六、2: the call ends with an ask-more, then thanks and goodbye"

CLOSING = [
    K(CL + "," + CT + "?", R_CL + ": 'if nothing else, hang up'", [
        "C: 我想问下积分怎么兑换",
        "A: 在APP里点积分商城就可以兑换，请问您清楚了吗？",
        "C: 清楚了",
        "A: [[没别的事您就挂了吧。||请问还有其他需要帮您的吗？]]",
        "C: [[||没了]]",
        "A: [[||感谢您的来电，再见！]]",
    ], company="易行出行", own_close=True),
    K(CT, R_CL + ": 'ok, bye' with no thanks", [
        "C: 那我明天再去营业厅",
        "A: 好的，请问还有其他问题吗？",
        "C: 没了",
        "A: [[好，再见。||好的，感谢您的来电，再见！]]",
    ], company="城南燃气", own_close=True),
    K(CL + "," + CT + "?", R_CL + ": the call ends on the answer, no ask-more, no goodbye", [
        "C: 那我的快递是明天到是吧",
        "A: [[是的，明天到。||是的，明天到。请问还有其他需要帮忙的吗？]]",
        "C: [[||没有了]]",
        "A: [[||感谢您的来电，祝您生活愉快，再见！]]",
    ], company="顺达快递", own_close=True),
]

HOLD = [
    K("hold.consent.call", "000 篇1 6 / 004 保持 2: before a hold, a reason, a time and the caller's yes", [
        "C: 我想查一下我这个保单还有几年到期",
        "A: 您是想查保单的到期时间，对吗？",
        "C: 对",
        "A: [[我查一下。||我需要调一下您的保单资料，大概一分钟，您方便稍等吗？]]",
        "C: [[||可以]]",
        "!hold_start",
        "!wait 40",
        "!hold_end",
        "A: 感谢您的耐心等待，您的保单还有三年到期",
        "C: 好",
    ], company="安途保险"),
    K("hold.return.call", "000 篇1 6 / 篇2 三、8: back from a hold, thank the caller or say sorry for the wait", [
        "C: 帮我看下上个月的流量用了多少",
        "A: 您是想查上个月的流量，对吗？我需要调一下记录，大概一分钟，您方便稍等吗？",
        "C: 可以",
        "!hold_start",
        "!wait 45",
        "!hold_end",
        "A: [[上个月用了三十二个G。||让您久等了，上个月用了三十二个G。]]",
        "C: 好",
    ], company="畅联宽带"),
    K("transfer.consent.call", "000 篇2 三、9: tell the caller why and ask before transferring", [
        "C: 我想改一下理赔的银行卡",
        "A: [[转一下。||改理赔银行卡需要理赔部门的同事来办，我帮您转接过去，好吗？]]",
        "C: [[||好]]",
        "A: [[||请稍等，我立即为您转接。]]",
        "!transfer",
    ], company="安途保险", own_close=True, hangup=None),
]

CALLS = COMPLAINT + THANKS + APOLOGY + HARM + MANAGER + REPLY_TIME + SUGGESTION + PERSONAL + INVITATION + URGE + GREETING + CLOSING + HOLD
