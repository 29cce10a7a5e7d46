"""Violating conversations, round 2: the thirteen requirements being built
while this set was written (ids given by the brief, not yet in the binary)."""
from wrap import wchat, wcall, chat, call, GREET_CALL

CONVS = [
    # forbidden.repeat_question
    chat("r2v180", wchat(0, [
        "C: 订单号8840021763，我想改成顺丰发",
        "A: 亲，顺丰需要补8元运费，可以接受吗",
        "C: 可以",
        "A: 好的，麻烦亲把订单号发我一下",
        "C: ？？？我一开始就发了啊 8840021763",
        "A: 抱歉亲，已经帮您改成顺丰了，补差价链接发您了",
    ]), "forbidden.repeat_question", "000 篇1 4 不要重复提问: the order number asked for again", platform="taobao"),
    call("r2v181", wcall(1, [
        "C: 我姓黄 手机号一三九零五五一二八八六 我家燃气灶打不着火",
        "A: 黄女士您好 您是说燃气灶点不着火对吧 您的手机号是一三九零五五一二八八六 对吗",
        "C: 对",
        "A: 好的 我给您派个师傅 您留一个联系电话吧",
        "C: 我刚不是说了吗 就刚才那个",
        "A: 抱歉 黄女士 师傅明天上午会打这个号码联系您",
    ]), "forbidden.repeat_question", "000 篇1 4: the phone number the caller already gave is asked for again"),
    chat("r2v182", wchat(2, [
        "C: 地址是成都市武侯区科华北路66号3栋，下单了",
        "A: 好的亲，收货人是李女士，电话尾号2345，地址成都市武侯区科华北路66号3栋，对吗？",
        "C: 对的",
        "A: 那请问您要寄到哪个地址呢",
        "C: 不是刚核对过了吗😓",
        "A: 抱歉抱歉，是科华北路那个，今天就发出",
    ]), "forbidden.repeat_question", "000 篇1 4: the address just confirmed is asked again", platform="douyin"),
    # response.restate.call
    call("r2v183", wcall(2, [
        "C: 我 前 天 买 的 那 个 电 热 毯 插 上 电 一 边 热 一 边 不 热",
        "A: 这种情况一般是内部线路接触不良 我给您办理换货 快递员明天上门取件",
        "C: 好的",
    ]), "response.restate.call", "000 篇2 三、3: the problem described, never restated or confirmed"),
    call("r2v184", wcall(3, [
        "C: 嗯 那个 我上个月交的物业费 系统里好像 没显示 然后今天又给我发催缴短信了",
        "A: 那是系统同步延迟 您不用管那条短信 我这边给您补登一下",
        "C: 哦 好",
        "A: 已经补登好了 短信不会再发了",
    ]), "response.restate.call", "000 篇2 三、3: the caller's problem answered with no restating"),
    # response.note_down.call
    call("r2v185", wcall(4, [
        "C: 我想把坏的吸尘器寄回去修 寄到哪",
        "A: 您是想把吸尘器寄回来维修 想知道寄件地址对吧",
        "C: 对",
        "A: 地 址 是 江 苏 省 苏 州 市 吴 中 区 木 渎 镇 金 枫 南 路 一 千 三 百 零 八 号 维 修 中 心 三 楼 收 件 人 售 后 部 电 话 四 零 零 八 八 六 六 二 零 二 零",
        "C: 啊 太快了",
        "A: 抱歉 我再慢慢说一遍",
    ]), "response.note_down.call,speech_rate.call?", "000 篇2 三、4 / 004 特殊沟通 8: a long address given with no prompt to note it down"),
    call("r2v186", wcall(5, [
        "C: 你们投诉电话是多少啊",
        "A: 您是想要投诉专线的号码对吧 四零零 六八二 七七五九 转 三 转 二",
        "C: 等会 我没记住",
        "A: 好的 我再说一遍",
    ]), "response.note_down.call", "004 特殊沟通 8: a long number with an extension, no prompt to get pen and paper"),
    # response.restate_complaint.call
    call("r2v187", wcall(0, [
        "C: 我要投诉 你们那个送货的师傅 把我的冰箱门磕凹了一块 还不承认",
        "A: 非常抱歉给您添麻烦了 给您带来不便请您谅解",
        "C: 那你们怎么处理",
        "A: 我这边提交给售后主管 二十四小时内给您回电 就打您现在这个号码可以吗",
        "C: 可以",
    ]), "response.restate_complaint.call", "000 篇2 四、5 / 004 抱怨投诉 4: apology, but the complaint is not restated and no surname recorded"),
    call("r2v188", wcall(1, [
        "C: 上回你们客服把我的退款金额算错了 少退了我三十块",
        "A: 很 抱 歉 给 您 造 成 困 扰 了",
        "C: 你们得给我补上",
        "A: 好的 我会反映给财务 三个工作日内处理好",
    ]), "response.restate_complaint.call", "000 篇2 四、5: apology only, no restating, no surname"),
    # response.leave_number.call
    call("r2v189", wcall(2, [
        "C: 我想知道你们这款冰箱的压缩机是哪家生产的",
        "A: 您是想了解冰箱压缩机的供应商对吧",
        "C: 对",
        "A: 抱歉 这个我需要跟技术部门确认一下 确认后今天下午四点前回复您",
        "C: 好",
    ]), "response.leave_number.call", "000 篇2 五、8 / 004 特殊沟通 11: deferred, but no contact number asked for"),
    call("r2v190", wcall(3, [
        "C: 你 们 那 个 以 旧 换 新 我 家 的 老 空 调 能 抵 多 少 钱",
        "A: 您是想问旧空调能抵扣多少对吧",
        "C: 对",
        "A: 抵扣金额要评估后才能确定 我们评估好会在两个工作日内联系您",
        "C: 行",
    ]), "response.leave_number.call", "004 特殊沟通 11: a deferred answer without asking the caller for a number"),
    # response.understood.call
    call("r2v191", wcall(4, [
        "C: 这个智能门锁怎么录指纹啊",
        "A: 您是想录入指纹对吧 我一步步告诉您",
        "C: 好",
        "A=16: 先按一下锁背面的设置键 听到提示音后输入管理员密码 再按一号键选择添加指纹 然后把手指放在感应区 按四次 每次抬起来再放下 听到录入成功就好了",
        "C: 嗯",
        "A: 另外管理员密码建议您改掉初始的六个一",
    ]), "response.understood.call", "000 篇2 六、1 / 004 结束语 1: a five-step explanation, no check that it was understood"),
    call("r2v192", wcall(5, [
        "C: 我想开通那个自动续费 怎么弄",
        "A: 您是想开通自动续费对吧",
        "C: 对",
        "A=14: 您 打 开 我 们 的 应 用 点 右 下 角 我 的 然 后 进 会 员 中 心 往 下 拉 找 到 续 费 管 理 打 开 开 关 再 选 一 下 扣 款 方 式 就 好 了",
        "C: 嗯",
    ]), "response.understood.call", "004 结束语 1: steps explained, never asked whether it was clear"),
    # response.confirm_address.chat
    chat("r2v193", wchat(3, [
        "C: 好的那我拍了",
        "C: 已付款",
        "A: 好的亲，感谢您的支持，我们会尽快给您发货哈",
    ]), "response.confirm_address.chat", "002 售前 四、4: after the order, the delivery details are not checked", platform="taobao"),
    chat("r2v194", wchat(4, [
        "C: 下单了，两件一起的",
        "A: 收到亲，48小时内发货，发货后会有物流提醒",
    ]), "response.confirm_address.chat", "002 售前 四、4: order placed, no check of name, phone, address", platform="jd"),
    chat("r2v195", wchat(5, [
        "C: 付好款啦 麻烦快点发",
        "A: 好的呢亲～今天下午五点前的订单当天发出",
        "C: 好",
    ]), "response.confirm_address.chat", "002 售前 四、4: paid order, address not checked", platform="pinduoduo"),
    # forbidden.decide_for_customer
    chat("r2v196", wchat(6, [
        "C: 黑色和米色我都挺喜欢，纠结",
        "A: 亲就买黑色吧，我直接给您备注黑色了，不用纠结啦",
        "C: 啊？好吧",
    ]), "forbidden.decide_for_customer", "003 京东做法 4: the agent picks for the customer", platform="douyin"),
    call("r2v197", wcall(6, [
        "C: 我这个微波炉坏了 我在想是修还是换新的",
        "A: 您是说微波炉坏了 在考虑修还是换对吧",
        "C: 对",
        "A: 那 就 别 修 了 我 直 接 给 您 办 换 新 就 这 么 定 了",
        "C: 呃 行吧",
        "A: 换新申请已经提交 新机器三天内送到",
    ]), "forbidden.decide_for_customer", "003 京东做法 4: the agent decides repair-or-replace for the caller"),
    chat("r2v198", wchat(7, [
        "C: 鞋子有点挤脚，不知道换大一码还是退掉",
        "A: 亲，退了吧，我这边已经帮您点了退货退款",
        "C: 我还没想好呢",
        "A: 抱歉亲，退货申请还没提交，您看是换大一码还是退货，都可以的",
    ]), "forbidden.decide_for_customer", "003 京东做法 4: the agent chooses a refund on the customer's behalf", platform="jd"),
    # forbidden.jargon
    chat("r2v199", wchat(8, [
        "C: 我的包裹怎么一直不动",
        "A: 亲，您这单在分拨中心被拦截了，走了逆向，等仓里回传WMS状态就可以重新出库",
        "C: 啥意思 看不懂",
        "A: 抱歉亲，简单说就是包裹被退回仓库了，仓库处理好会重新发出，明天给您新单号",
    ]), "forbidden.jargon", "003 京东培训 六: warehouse jargon the customer cannot follow", platform="taobao"),
    call("r2v200", wcall(7, [
        "C: 我那个投诉处理到哪一步了",
        "A: 您是想了解投诉的处理进度对吧",
        "C: 对",
        "A: 您的工单目前已经升级到二线 待责任部门定责后闭环",
        "C: 听不懂 你说人话",
        "A: 抱歉 就是已经交给专门的部门在处理 明天中午前给您结果",
    ]), "forbidden.jargon", "003 京东培训 六: ticketing jargon (二线、定责、闭环)"),
    chat("r2v201", wchat(9, [
        "C: 这个充电宝能带上飞机吗",
        "A: 亲，这款是20000mAh，标称能量74Wh，低于100Wh阈值，符合IATA规定",
        "C: ？？？",
        "A: 抱歉亲，就是可以带上飞机的",
    ]), "forbidden.jargon", "003 京东培训 六: technical terms in place of a plain yes", platform="jd"),
    # response.thank_wait.call
    call("r2v202", wcall(8, [
        "C: 帮我查下我那个订单发货没有",
        "A: 好的 您报一下订单号",
        "C: 六六八二三零一",
        "A: 订单号六六八二三零一 对吧 我帮您查一下 请您稍等",
        "!wait 12",
        "A: 订单已经发货了 快递是圆通 明天能到",
    ]), "response.thank_wait.call", "004 保持 1: back from a short lookup without thanking for the wait"),
    call("r2v203", wcall(0, [
        "C: 我想问问我的积分还剩多少",
        "A: 好的 麻烦您报一下会员卡号",
        "C: 五二零零八八",
        "A: 五二零零八八 收到 正在查询中 请稍等一会",
        "!wait 15",
        "A: 您 还 有 三 千 二 百 积 分 可 以 兑 换 一 张 三 十 元 的 券",
    ]), "response.thank_wait.call", "004 保持 1: no thanks for waiting after 请稍等"),
    # response.noisy_line.call
    call("r2v204", [
        "A: " + GREET_CALL[1],
        "C: （嘈杂）喂……我那个……（杂音）……",
        "A: 抱歉 您那边杂音很大 我听不清楚",
        "C: （杂音）……",
        "A: 很抱歉 听不清 感谢您的来电 再见",
        "!wait 3",
        "!hangup agent",
    ], "response.noisy_line.call,hangup.call?,closing.call?,closing.call_thanks?", "004 无法听清 3: a noisy line, never asked to change phone or call back"),
    call("r2v205", [
        "A: " + GREET_CALL[2],
        "C: （电流声）……退……（杂音）",
        "A: 实在抱歉 线路里杂音很重 我这边听不清楚 麻烦您换一部电话再打过来好吗",
        "!wait 2",
        "!hangup agent",
    ], "response.noisy_line.call,hangup.call?,closing.call?,closing.call_thanks?", "004 无法听清 3: asked once, then hung up at once with no repeat and no goodbye"),
    # response.readback.call
    call("r2v206", wcall(1, [
        "C: 我要改一下收货地址",
        "A: 好的 您是想修改收货地址对吧 请讲",
        "C: 改成 南京市鼓楼区中山北路二百号 六栋一单元 八零二",
        "A: 好的已经改好了 明天按新地址派送",
        "C: 好",
    ]), "response.readback.call", "004 核实信息 1: a new address taken down and not read back"),
    call("r2v207", wcall(2, [
        "C: 我 想 开 电 子 发 票 发 到 我 邮 箱",
        "A: 好的 您是要开电子发票发到邮箱对吧 请说一下邮箱",
        "C: 邮箱是 zhou 点 lan 八八 at 一六三 点 com",
        "A: 收到 发票二十四小时内发到您邮箱",
        "C: 好的",
    ]), "response.readback.call", "004 核实信息 1: an e-mail address taken without reading it back"),
    call("r2v208", wcall(3, [
        "C: 我的会员账号是 ZH 九零二七 三三一",
        "A: 好 的 已 经 给 您 绑 定 好 了",
        "C: 行",
    ]), "response.readback.call", "004 核实信息 1: an account number not read back"),
    # closing.nuisance.call
    call("r2v209", [
        "A: " + GREET_CALL[3],
        "C: 小姐姐你声音真好听 陪我聊会儿呗",
        "A: 您好 请问您有什么业务要咨询吗",
        "C: 没有 就想跟你聊聊天",
        "A: 无聊",
        "!wait 1",
        "!hangup agent",
    ], "closing.nuisance.call,forbidden.rude?,hangup.call?,closing.call?,closing.call_thanks?", "004 特殊沟通 6: a nuisance call hung up with no scope explanation and no goodbye"),
    call("r2v210", [
        "A: " + GREET_CALL[4],
        "C: 嘿嘿 你猜我是谁",
        "A: 您好 这里是客服中心 商品或者售后上有什么需要 我都可以帮您处理",
        "C: 我就是想听你说话",
        "A: 要是没有需要办理的业务 麻烦您先挂断 让别的客户能接进来 可以吗",
        "C: 不挂 嘿嘿",
        "!wait 2",
        "!hangup agent",
    ], "closing.nuisance.call,hangup.call?,closing.call?,closing.call_thanks?", "004 特殊沟通 6: hung up without the final apology, scope statement and goodbye"),
]
