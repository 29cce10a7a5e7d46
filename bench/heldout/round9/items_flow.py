"""Chat procedures: welcomes and goodbyes done wrong, hand-overs, late replies."""

from common import C

GR = "greeting.chat"
R_GR = "001 开场白 / 000 篇5 第一: the first reply greets and offers help, not just 在的/你好/an emoji"

GREETING = [
    C(GR, R_GR + ": '在的'", [
        "C: 在吗",
        "A: [[在的||在的亲，您好，我是客服小橙，很高兴为您服务，请问有什么可以帮您？]]",
        "C: 这个沙发垫有灰色的吗",
        "A: 有的亲，灰色和米色都有现货",
    ], platform="taobao", own_open=True),
    C(GR, R_GR + ": '嗯 您说'", [
        "C: 你好 我想问下",
        "A: [[嗯 您说||您好呀，我是客服安安，很高兴为您服务，您想问什么呢？]]",
        "C: 这款路由器能穿两堵墙吗",
        "A: 一般两堵普通砖墙没问题，承重墙会弱一些",
    ], platform="jd", own_open=True),
    C(GR, R_GR + ": a waving emoji only", [
        "C: 有人吗",
        "A: [[👋||您好，欢迎光临，我是小鹿，请问有什么可以帮到您？👋]]",
        "C: 这个枕头能机洗吗",
        "A: 枕套可以机洗，枕芯建议手洗后晾干哦",
    ], platform="douyin", own_open=True, expect_extra="forbidden.emoji_only?"),
    C(GR, R_GR + ": '你好' and nothing more", [
        "C: 客服",
        "A: [[你好||您好，果园直发店客服小禾为您服务，请问需要什么帮助？]]",
        "C: 苹果多久能到",
        "A: 今天发货的话，一般两到三天到",
    ], platform="pinduoduo", own_open=True, expect_extra="forbidden.address_ni?"),
    C(GR, R_GR + ": '什么事'", [
        "C: 在不在",
        "A: [[什么事？||在的，您好，我是客服小葵，很乐意为您服务，您遇到什么事了？]]",
        "C: 想改个颜色",
        "A: 好的，您想换成什么颜色？",
        "C: 蓝色",
        "A: 已经帮您备注成蓝色了",
    ], platform="taobao", own_open=True, expect_extra="forbidden.curt?"),
    C(GR, R_GR + ": answers the question without any welcome", [
        "C: 你好 这个电饭煲几升的",
        "A: [[3升的。||您好，欢迎光临青禾数码京东店，我是客服9号，很高兴为您服务。这款电饭煲是3升的。]]",
        "C: 够三个人吃吗",
        "A: 三到四个人吃刚好",
    ], platform="jd", own_open=True),
    C(GR, R_GR + ": '来了来了'", [
        "C: 人呢",
        "A: [[来了来了||您好亲，让您久等了，我是客服木木，很高兴为您服务，请问有什么可以帮您？]]",
        "C: 我的快递显示签收了但是我没收到",
        "A: 我马上帮您联系快递核实，您先别着急",
    ], platform="pinduoduo", own_open=True, expect_extra="forbidden.slang?"),
    C(GR, R_GR + ": '在 说吧' in traditional characters", [
        "C: 請問在嗎",
        "A: [[在 說吧||在的，您好，我是客服小晴，很高興為您服務，請問有什麼需要？]]",
        "C: 這件外套有M碼嗎",
        "A: 有的，M碼還有現貨",
    ], platform="taobao", own_open=True, expect_extra="forbidden.curt?"),
    C(GR, R_GR + ": '亲' alone", [
        "C: [订单卡片] 订单编号：[订单x]",
        "A: [[亲？||亲，您好，我是客服糖糖，很高兴为您服务，这个订单有什么需要帮您处理的吗？]]",
        "C: 还没发货",
        "A: 我看了一下，今天下午就会发出",
    ], platform="douyin", own_open=True),
    C(GR, R_GR + ": 'hi' in latin letters", [
        "C: hello",
        "A: [[hi||您好，欢迎光临，我是客服阿杰，能为您服务很开心，您想了解点什么？]]",
        "C: 有没有优惠券",
        "A: 店铺首页可以领满200减20的券哦",
    ], platform="taobao", own_open=True, expect_extra="forbidden.english?"),
]

CL = "closing.chat"
CA = "closing.chat_ask"
R_CL = "000 篇5 第六 / 001 结束语: the chat ends with thanks or wishes and a goodbye"
R_CA = "000 篇4 11 / 001 结束语: before the goodbye the agent asks once if anything else is needed"

CLOSING = [
    C(CL, R_CL + ": ends on the agent's 'ok'", [
        "C: 这款能送货上门吗",
        "A: 可以的，会送到您家门口",
        "A: 请问还有其他问题吗？",
        "C: 没有了",
        "A: [[好的||好的，感谢您的光临，祝您生活愉快，再见～]]",
    ], platform="taobao", own_close=True, expect_extra="forbidden.bare_ack?"),
    C(CL, R_CL + ": the agent 'goes off' instead of saying goodbye", [
        "C: 尺码我知道了",
        "A: 亲还有别的要问的吗？",
        "C: 没啦",
        "A: [[那我先忙了哈||那就不打扰您啦，谢谢您的光顾，再见哈～]]",
    ], platform="douyin", own_close=True),
    C(CA, R_CA + ": thanks and goodbye with no ask-more", [
        "C: 明白了 保修一年是吧",
        "A: 对的，整机保修一年",
        "A: [[谢谢您来咨询，祝您一切顺心，再见！||请问您还有其他问题吗？]]",
        "C: [[||没有了]]",
        "A: [[||谢谢您来咨询，祝您一切顺心，再见！]]",
    ], platform="jd", own_close=True),
    C(CL, R_CL + ": the customer's 'no more' left unanswered", [
        "C: 那我等着收货了",
        "A: 好的亲，还有其他需要帮忙的吗？",
        "C: 没了",
        "A: [[||好的，谢谢亲的支持，期待再次为您服务，再见～]]",
    ], platform="pinduoduo", own_close=True),
    C(CA, R_CA + ": a goodbye that pushes the customer out", [
        "C: 行 我去拍了",
        "A: [[没别的事就先这样吧，再见||好的亲，请问还有其他想了解的吗？]]",
        "C: [[||没有了]]",
        "A: [[||好的，感谢您的惠顾，祝您购物愉快，再见～]]",
    ], platform="taobao", own_close=True),
    C(CL + "," + CA, R_CL + "; " + R_CA + ": the agent ends with a bare 'received'", [
        "C: 地址我改好了",
        "A: [[收到||收到，已经按新地址发货了。请问还有其他问题吗？]]",
        "C: [[||没有了]]",
        "A: [[||好的，谢谢您的光临，再见～]]",
    ], platform="jd", own_close=True),
    C(CL, R_CL + ": '嗯嗯 拜' as the goodbye", [
        "C: 知道了",
        "A: 亲亲还有别的疑问吗",
        "C: 没有",
        "A: [[嗯嗯 拜||好哒，感谢您的光顾，祝您生活愉快，再见哦]]",
    ], platform="douyin", own_close=True, expect_extra="forbidden.slang?"),
    C(CL, R_CL + ": ends on a thumbs-up sticker", [
        "C: 那就这样",
        "A: 好的亲，还有其他可以帮您的吗",
        "C: 没了没了",
        "A: [[[强]||[强]好的，感谢您的支持，欢迎下次再来，再见～]]",
    ], platform="pinduoduo", own_close=True, expect_extra="forbidden.emoji_only?"),
    C(CA, R_CA + ": traditional characters, goodbye without ask-more", [
        "C: 好 那我明天等快遞",
        "A: [[謝謝您的光臨，祝您生活愉快，再見～||請問還有其他需要幫忙的嗎？]]",
        "C: [[||沒有了]]",
        "A: [[||謝謝您的光臨，祝您生活愉快，再見～]]",
    ], platform="taobao", own_close=True),
]

TR = "transfer.consent.chat"
R_TR = "002 第三篇 售前 四、2 / 000 篇2 三、9: a customer is not handed to a colleague without a word and a yes"

TRANSFER = [
    C(TR, R_TR + ": 'passing you to after-sales' then the system transfer at once", [
        "C: 我想退货",
        "A: [[给您转售后了||退货需要售后同事来办，我帮您转接给售后，可以吗？]]",
        "C: [[||可以]]",
        "S: 会话已转接至售后客服",
    ], platform="jd", own_close=True),
    C(TR, R_TR + ": a system transfer with no word from the agent", [
        "C: 发票抬头开错了 能重开吗",
        "A: [[||发票的事由财务客服处理，我把您转给财务同事，您看行吗？]]",
        "C: [[||行]]",
        "S: 当前会话已转给财务客服",
    ], platform="taobao", own_close=True),
    C(TR, R_TR + ": 'someone else handles this' and the transfer", [
        "C: 安装师傅怎么约",
        "A: [[这个不归我管，转给安装组了||安装的预约由安装组同事负责，我帮您转过去好吗？]]",
        "C: [[||好的]]",
        "S: 会话已转接",
    ], platform="jd", own_close=True, expect_extra="forbidden.buck_passing?"),
]

LR = "response.late_reply.chat"
R_LR = "000 篇4 1 / 001 应答规范: a reply more than 3 minutes after the customer's message starts with an apology for the wait"

LATE = [
    C(LR, R_LR + ": a four-minute gap, agent answers plainly", [
        "C: 这个床垫硬不硬",
        "+240 A: [[偏硬一点，适合腰不好的。||抱歉让您久等了，这款偏硬一点，适合腰不好的。]]",
        "C: 好",
    ], platform="taobao"),
    C(LR, R_LR + ": a ten-minute gap, agent asks a question", [
        "C: 我的退货寄出去了 单号[运单x]",
        "+600 A: [[是寄的哪家快递？||不好意思亲，刚才咨询的人多，回复晚了。请问是寄的哪家快递？]]",
        "C: 中通",
        "A: 好的，仓库收到后马上给您退款",
    ], platform="pinduoduo"),
    C(LR, R_LR + ": a five-minute gap in the middle of a JD chat", [
        "C: 空调几天能装",
        "A: 下单后一般48小时内上门安装",
        "C: 周末能装吗",
        "+320 A: [[周末也可以的。||抱歉回复慢了，周末也可以装的。]]",
        "C: 好",
    ], platform="jd"),
]

SKIP = "response.ask_more_skips_question.chat"
R_SKIP = "003 客服的方法: a question asked is answered, not skipped with an ask-more"

SKIPS = [
    C(SKIP, R_SKIP + ": customer asks about shipping time, agent asks 'anything else'", [
        "C: 偏远地区能发吗 新疆",
        "A: [[请问还有其他问题吗？||可以发的，新疆一般五到七天到。]]",
        "C: [[那新疆能发吗||好]]",
        "A: [[新疆可以发，五到七天到。||那我给您备注一下]]",
    ], platform="douyin"),
    C(SKIP, R_SKIP + ": a size question met with 'anything else to ask'", [
        "C: 我165 一百斤穿多大",
        "A: [[亲还有别的想问的吗？||165、一百斤建议穿S码，喜欢宽松选M。]]",
        "C: [[我问的是穿多大||好的]]",
        "A: [[建议S码。||那就S码]]",
    ], platform="taobao"),
]

FLOW = GREETING + CLOSING + TRANSFER + LATE + SKIPS
