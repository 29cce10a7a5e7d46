"""Conversations with one (at most two) deliberate violations each.

expect: "a,b" both rules should fire; "a|b" either one is right (the books
have overlapping ids for one seed requirement); "x?" may fire without being
counted as a false alarm (a second id that fairly applies too).
"""
from conv_model import call, chat
from conv_common import wchat, wcall

REFUSE = "forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative"

CONVS = [
    # ---- forbidden: rude / contemptuous -------------------------------------
    chat("v001", wchat(0, [
        "C: 这个锅也太贵了吧，别家便宜好几十",
        "A: 嫌贵的话就别买了呗，我们家就这个价",
    ]), "forbidden.rude", "001 禁用语: telling a customer who finds it expensive not to buy", platform="taobao"),
    chat("v002", wchat(1, [
        "C: 我要投诉你们，发错货还不给换",
        "A: 随便您去哪投诉都行哈",
    ]), "forbidden.rude,response.complaint.chat?", "003 京东禁用语 9: daring the customer to complain anywhere", platform="jd", iso=True),
    call("v003", wcall(0, [
        "C: 我按说明书弄了半天还是装不上",
        "A: 说明书写得清清楚楚，搞不明白就别折腾了",
        "C: 那怎么办嘛",
        "A: 很抱歉，刚才是我说话不妥，我现在一步一步教您装，您先把底座翻过来好吗？",
        "C: 好 翻过来了",
        "A: 看到四个卡扣了吧，对准以后往下按就可以了",
        "C: 嗯 装上了",
    ]), "forbidden.rude", "003 京东禁用语 4: 'can't figure it out then don't bother'"),
    chat("v004", wchat(2, [
        "C: 这个充电宝能不能便宜点 学生党没钱",
        "A: 用不起就不要用啦亲",
    ]), "forbidden.rude", "001/003: 'can't afford it, don't use it'", platform="pinduoduo"),
    chat("v005", wchat(3, [
        "C: 爲什麼還不發貨？？",
        "A: 愛買不買，我們就是這個發貨時間",
    ]), "forbidden.rude,response.complaint.chat?", "001 禁用语 spirit (太贵了就不要用了): 'buy or don't' contempt, in traditional characters", platform="taobao"),
    # ---- repeat request ------------------------------------------------------
    call("v006", wcall(2, [
        "C: 我那个 嗯 快递单号是 SF 一二三 呃",
        "A: 什么 你再说一遍",
        "C: SF一二三四五六",
        "A: 好的 SF一二三四五六 我帮您查询一下",
        "C: 嗯",
        "A: 查到了 包裹已经到您小区驿站了",
        "C: 好的",
    ]), "forbidden.repeat_request|forbidden.repeat_request.call,forbidden.address_ni?", "000 篇2 三、2 / 004 无法听清 7: 'what? say it again' instead of a polite request (ASR, no punctuation)"),
    chat("v007", wchat(4, [
        "C: 我想问下那个 就是上次那个 嗯",
        "A: 啥？再说一遍",
        "C: 上次买的杯子能换颜色吗",
        "A: 可以的亲，未使用的话七天内都可以申请换货呢",
    ]), "forbidden.repeat_request", "000 篇1 5: asking the customer to repeat with 啥/再说一遍", platform="douyin"),
    # ---- impatient ------------------------------------------------------------
    chat("v008", wchat(5, [
        "C: 这个尺码到底偏大还是偏小",
        "A: 亲，这款是标准码，按平时的码数拍就可以",
        "C: 那我平时穿L，这个拍L会不会小",
        "A: 刚才不是跟您说过了嘛，怎么还问呀",
    ]), "forbidden.impatient", "003 京东禁用语 6: 'I already told you, why ask again'", platform="jd"),
    call("v009", wcall(1, [
        "C: 你好 我那个维修单查到了没有",
        "A: 请您稍等，我正在帮您查询",
        "C: 怎么这么久啊",
        "A: 急什么呀，我这不是正在查嘛",
        "C: ……",
        "A: 查到了，师傅明天上午九点到十点之间上门",
        "C: 行",
    ]), "forbidden.impatient,response.complaint.call?", "000 篇2 四、3 / 篇6: impatience when the customer presses"),
    chat("v010", wchat(6, [
        "C: 我再问最后一个问题啊，这个能机洗吗",
        "A: 又不是只为您一个人服务的，麻烦看下详情页",
    ]), "forbidden.impatient,forbidden.buck_passing?", "003 京东禁用语 12 / 000 篇6: 'I don't serve only you'", platform="taobao"),
    # ---- rhetorical / interrogating --------------------------------------------
    chat("v011", wchat(7, [
        "C: 我不太会用这个优惠券",
        "A: 亲，下单时在结算页点击优惠券，选中这张就自动抵扣了",
        "C: 还是没看到",
        "A: 这么简单您都看不懂吗？",
    ]), "forbidden.rhetorical", "003 京东做法 7 / 无礼质问: rhetorical 'you can't even understand this?'", platform="pinduoduo"),
    call("v012", wcall(3, [
        "C: 我上个月的运费是不是多扣了",
        "A: 您有没有搞错啊 那笔是您自己选的加急件",
        "C: 哦是吗",
        "A: 是的，加急件的运费比普通件多八元",
        "C: 好吧",
    ]), "forbidden.rhetorical", "003 京东禁用语 3: 'have you got it wrong'"),
    chat("v013", wchat(8, [
        "C: 退款为什么是两笔",
        "A: 亲，一笔是货款一笔是运费险理赔，两笔分开到账",
        "A: 这样说您懂了吗",
    ]), "forbidden.rhetorical", "003 无礼质问: 'do you understand?' after an explanation", platform="jd"),
    call("v014", wcall(4, [
        "C: 喂 喂 刚才信号不好",
        "A: 这下好了吧 听得到了吧",
        "C: 能听到",
        "A: 好的，请问您要咨询什么问题呢",
        "C: 我的沙发什么时候送",
        "A: 您的沙发已经出库，预计本周五送达",
        "C: 好",
    ]), "forbidden.rhetorical", "000 篇2 二、6: 'it's fine now, right? you can hear me, right?'"),
    chat("v015", wchat(9, [
        "C: 快递员什么时候能到我家啊",
        "A: 我怎么会知道快递员几点到啊",
    ]), "forbidden.rhetorical|forbidden.uncertain", "003 天猫禁语 四: 'how would I know'", platform="douyin", iso=True),
    # ---- blame --------------------------------------------------------------
    chat("v016", wchat(0, [
        "C: 你们发错颜色了，我要的是白色",
        "A: 这又不是我的错，是仓库配的货",
    ]), "forbidden.blame,response.complaint.chat?", "003 京东禁用语 8: 'it's not my fault'", platform="taobao"),
    call("v017", wcall(5, [
        "C: 上次打电话说好给我退的 怎么没退",
        "A: 上次接电话的又不是我",
        "C: 那你们总得有人管吧",
        "A: 非常抱歉给您带来困扰，我现在帮您查看上次的记录",
        "C: 嗯",
        "A: 查到了，退款申请已经提交，今天下班前会到账",
        "C: 好",
    ]), "forbidden.blame|forbidden.rude,response.complaint.call?", "000 篇2 四、4: 'it wasn't me who took the call'"),
    chat("v018", wchat(1, [
        "C: 为啥不能用两张券叠加",
        "A: 这是规定，我也没办法",
    ]), "forbidden.blame|forbidden.refusal", "003 京东禁用语 13/8: 'that's the rule, nothing I can do'", platform="jd"),
    chat("v019", wchat(2, [
        "C: 在你们这问了三次了都没人说清楚",
        "A: 抱歉让您久等了～",
        "C: 所以到底能不能退",
        "A: 您问我，我问谁去呀",
    ]), "forbidden.blame", "003 京东禁用语 2: 'you ask me, whom do I ask'", platform="pinduoduo"),
    # ---- refusal family --------------------------------------------------------
    chat("v020", wchat(3, [
        "C: 可以幫我改一下收貨地址嗎",
        "A: 改不了",
    ]), REFUSE, "000 篇2 五、2: a bare refusal, no apology and no next step (traditional characters)", platform="taobao"),
    call("v021", wcall(6, [
        "C: 我想问一下你们能不能帮我查下别家的快递",
        "A: 很抱歉，这个不在我们的服务范围内",
        "C: 哦那好吧",
    ]), "forbidden.refusal_no_alternative|forbidden.refusal", "004 特殊沟通 5: apology but no suggestion where else to ask"),
    chat("v022", wchat(4, [
        "C: 能给我留到下周再发吗",
        "A: 没办法哦",
    ]), REFUSE, "001 禁用语: 没有办法 as the whole answer", platform="pinduoduo"),
    call("v023", wcall(7, [
        "C: 你好 是不是电信营业厅",
        "A: 您打错电话了",
        "C: 啊 不好意思",
        "A: 没关系",
    ]), "forbidden.refusal", "000 篇2 三、5: 'you dialled the wrong number' without the polite script"),
    chat("v024", wchat(5, [
        "C: 你们有没有什么推荐，我皮肤干",
        "A: 这个嘛 我也给不出什么更好的建议了",
    ]), "forbidden.refusal|forbidden.refusal_no_alternative", "001 禁用语: 'I have no better suggestion'", platform="douyin"),
    chat("v025", wchat(6, [
        "C: 粉色M码还有吗",
        "A: 没货了",
    ]), "forbidden.out_of_stock_bare|" + REFUSE, "002 售前疑难 5 / 001 案例1-4: 'sold out' with no apology and no similar item", platform="taobao"),
    chat("v026", wchat(7, [
        "C: 那款蓝色的还会补货吗",
        "A: 蓝色已经卖完了 不补了",
    ]), "forbidden.out_of_stock_bare|" + REFUSE, "002 售前疑难 5: out of stock without apology or an alternative", platform="jd"),
    # ---- uncertain ---------------------------------------------------------------
    chat("v027", wchat(8, [
        "C: 这个支持防水吗",
        "A: 这个我不太清楚哎",
    ]), "forbidden.uncertain,forbidden.casual?", "001 禁用语 / 000 篇6: 不清楚 instead of finding out", platform="pinduoduo"),
    call("v028", wcall(0, [
        "C: 我想知道保修期是几年",
        "A: 嗯 不晓得 得看具体型号",
        "C: 型号是 KX三百",
        "A: KX三百的整机保修是三年",
        "C: 好的",
    ]), "forbidden.uncertain", "003 京东禁用语 7: 不晓得"),
    chat("v029", wchat(9, [
        "C: 所以是今天发明天到对吧",
        "A: 差不多是这个意思吧",
    ]), "forbidden.uncertain|forbidden.uncertain_hedge", "001 禁用语: 差不多意思", platform="taobao"),
    chat("v030", wchat(0, [
        "C: 从杭州发到成都要几天",
        "A: 大概三四天吧",
    ]), "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语: 大概 as a vague answer to a direct question", platform="jd"),
    chat("v031", wchat(1, [
        "C: 明天能发货吗？",
        "A: 也许吧 亲",
    ]), "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语: 也许 as the whole answer", platform="pinduoduo", iso=True),
    chat("v032", wchat(2, [
        "C: 42码的还有货吗",
        "A: 可能有吧，您拍下试试",
    ]), "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语: 可能 about stock the agent can check", platform="douyin"),
    # ---- can't hear / casual / curt -------------------------------------------
    call("v033", wcall(1, [
        "C: 我想问一下 那个（杂音）",
        "A: 喂 喂 听不见 大点声",
        "C: 现在呢",
        "A: 现在可以听清了，请您讲",
        "C: 我的发票开好了吗",
        "A: 已经开好了，发到您预留的邮箱",
        "C: 好",
    ]), "forbidden.cant_hear,forbidden.casual", "000 篇2 一、5 / 二、1: 喂 and 'louder' instead of the polite request"),
    call("v034", wcall(2, [
        "C: 嗯 我 就是那个",
        "A: 听不清你讲话",
        "C: 我说我要报修",
        "A: 好的，请问是什么产品需要报修",
        "C: 洗衣机",
        "A: 好的，已经为您登记洗衣机报修，师傅会在明天下午联系您",
        "C: 好",
    ]), "forbidden.cant_hear,forbidden.address_ni?,forbidden.hearing_no_apology?", "000 篇6: 'can't hear you talking'"),
    call("v035", [
        "A: 是的，什么事？",
        "C: 我想问下我的订单",
        "A: 好的，请您提供一下订单号",
        "C: 二零八八六",
        "A: 您的订单已经在配送途中，预计今天送达",
        "C: 好的",
    ] + ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
        "forbidden.curt,greeting.call", "000 篇2 一、2: 'yes, what is it?' as the opening, no greeting"),
    chat("v036", wchat(3, [
        "C: 老板能便宜点不",
        "A: 大哥，这个价真的很实在了，已经给您包邮了",
    ]), "forbidden.casual", "001 禁用语: 大哥 as a form of address", platform="pinduoduo"),
    call("v037", [
        "A: 喂 您好 请问有什么可以帮您",
        "C: 我的快递显示签收了但我没收到",
        "A: 非常抱歉给您带来不便，请您提供一下运单号，我马上帮您核实",
        "C: 七七八九零一",
        "A: 好的，显示放在了小区东门快递柜，取件码已经重新发到您手机上了",
        "C: 哦好的",
    ] + ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
        "forbidden.casual", "000 篇6 / 001 禁用语: 喂 in the opening line"),
    # ---- English / hang-up threat / filler ----------------------------------------
    chat("v038", wchat(4, [
        "C: 备注一下不要放驿站",
        "A: OK的亲，已经给您备注好啦",
    ]), "forbidden.english", "001 禁用语: OK", platform="taobao"),
    chat("v039", wchat(5, [
        "C: 这个今天下单能发吗",
        "A: yes 亲 四点前下单当天发",
    ]), "forbidden.english", "001 禁用语: YES in lower case", platform="jd"),
    call("v040", wcall(3, [
        "C: ……",
        "+3 A: 您好，请问您能听到吗",
        "+3 A: 再不说话我就挂了啊",
        "C: 哎 在的在的 刚才在找单号",
        "A: 好的，请您说",
        "C: 单号是 六六八",
        "A: 好的 这单已经发出了 明天到",
        "C: 嗯",
    ]), "forbidden.hangup_threat", "000 篇2 一、6: threatening to hang up"),
    call("v041", [
        "A: 您好，很高兴为您服务，请问您遇到了什么问题？",
        "C: 我问一下积分怎么兑换",
        "A: 在会员中心点击积分商城就可以兑换了",
        "C: 好的知道了",
        "A: 没别的事的话您就挂了吧",
    ], "forbidden.hangup_threat,closing.call?,closing.call_thanks?", "000 篇2 六、2: 'if nothing else, please hang up' instead of ask-more and thanks"),
    chat("v042", wchat(6, [
        "C: 为什么物流一直不动",
        "A: 非常抱歉让您着急了。是这样的，这两天中转站在升级系统，扫描会延后一些，我已经帮您催促了，今天下午五点前给您回复进展",
    ]), "forbidden.filler", "003 天猫禁语 五: opening an explanation with 是这样的", platform="taobao"),
    # ---- 你 instead of 您 ------------------------------------------------------------
    chat("v043", [
        "C: 在吗",
        "A: 在的，你好",
        "C: 这个杯子保温多久",
        "A: 亲，这款保温六小时，保冷十二小时呢",
        "C: 好的",
    ] + ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
        "forbidden.address_ni,greeting.chat", "000 篇5 第一: '在的,你好' is the welcome the handbook rejects; customers are addressed as 您", platform="pinduoduo"),
    chat("v044", wchat(7, [
        "C: 我要退货",
        "A: 麻烦你把订单号发我一下哈",
        "C: 3301992",
        "A: 好的亲，已经为您提交退货申请，快递员明天上门取件",
    ]), "forbidden.address_ni", "000 篇8 售前服务: address buyers as 您, not 你", platform="jd"),
    # ---- bare wait / bare ack / emoji only / interjection ----------------------------
    chat("v045", wchat(8, [
        "C: 帮我看下我的订单发了没",
        "A: 等下",
        "A: 亲，已经发出了，单号是 YT3210",
    ]), "forbidden.wait_bare", "000 篇2 五、1: making the customer wait without please/sorry/thanks", platform="taobao"),
    call("v046", wcall(4, [
        "C: 我查一下我的积分",
        "A: 等一会儿",
        "!wait 8",
        "A: 您目前有两千三百积分",
        "C: 好的",
    ]), "forbidden.wait_bare,dead_air.call?", "004 保持 1: a short look-up needs 请您稍等, not a bare 等一会儿"),
    chat("v047", wchat(9, [
        "C: 这个可以送人吗 包装好看不",
        "A: 嗯",
    ]), "forbidden.bare_ack", "000 篇2 五、7: a bare 嗯 as the whole reply", platform="douyin"),
    chat("v048", wchat(0, [
        "C: 我收到了 挺好的",
        "A: 😊",
    ]), "forbidden.emoji_only", "000 篇5 第一 / 篇2 五、7: replying with nothing but an emoji", platform="taobao"),
    chat("v049", wchat(1, [
        "C: 我想把地址从公司改到家里",
        "A: 哦，那您把新地址发一下",
        "C: 西湖区文三路88号",
        "A: 好的亲，已经改好了",
    ]), "forbidden.interjection_o,forbidden.curt_demand?", "001 禁用语: 哦 as an interjection opening the reply", platform="jd"),
    chat("v050", wchat(2, [
        "C: 这个耳机音质咋样",
        "A: 亲 这款音质超赞的 yyds",
    ]), "forbidden.slang", "000 篇2 五、7: internet slang instead of service language", platform="pinduoduo"),
    # ---- deferral without a time / buck passing / orders / abuse / promises ------
    chat("v051", wchat(3, [
        "C: 这个颜色还会不会出大码",
        "A: 这个我帮您问问运营，稍后回复您",
    ]), "response.defer_without_time|response.reply_time.chat", "000 篇1 7: promising an answer later without saying when", platform="taobao"),
    call("v052", wcall(5, [
        "C: 我那个退款审核怎么还没过",
        "A: 非常抱歉让您久等了，我这边帮您反馈给审核组，有结果了会通知您",
        "C: 那要多久啊",
        "A: 请您耐心等待，会尽快处理的",
        "C: 行吧",
    ]), "response.defer_without_time|response.reply_time.call", "000 篇1 7 / 004 抱怨投诉 7: no reply time even when asked"),
    chat("v053", wchat(4, [
        "C: 这款沙发坐垫能拆洗吗",
        "A: 亲，您自己去宝贝详情里看一下吧",
    ]), "forbidden.buck_passing|forbidden.refusal", "000 篇8 售前服务: sending the buyer to the description instead of answering", platform="taobao"),
    call("v054", wcall(6, [
        "C: 快递把我的箱子压坏了 里面东西也碎了",
        "A: 非常抱歉给您造成了损失",
        "A: 这个问题您得去找快递公司",
        "C: 我是在你们这买的啊",
        "A: 您说得对，我这边马上为您登记破损理赔，今天下午五点前给您回电确认",
        "C: 好",
    ]), "forbidden.buck_passing", "003 京东禁用语 15: 'you have to go to the courier for this'"),
    chat("v055", wchat(5, [
        "C: 说明书丢了 这个净水器滤芯多久换一次",
        "A: 这个您还是问厂家吧 亲",
    ]), "forbidden.buck_passing|forbidden.refusal", "003 京东禁用语 15: passing the question to the maker", platform="jd"),
    chat("v056", wchat(6, [
        "C: 我要申请售后",
        "A: 把订单号发过来",
        "C: 2026112401",
        "A: 好的，已经帮您提交售后申请了",
    ]), "forbidden.curt_demand", "003 京东做法 7 / 京东培训 三: a bare command to the customer", platform="jd"),
    call("v057", wcall(7, [
        "C: 我想改一下送货时间",
        "A: 先报一下你的手机号",
        "C: 一三九 后四位 五五二一",
        "A: 好的，请问您想改到哪一天",
        "C: 周六",
        "A: 已经为您改到周六送货",
        "C: 谢谢",
        "A: 不客气",
    ]), "forbidden.curt_demand,forbidden.address_ni?", "003 京东培训 三: commanding tone (报一下) instead of a request"),
    chat("v058", wchat(7, [
        "C: 你们这什么破店 卖假货 骗子",
        "A: 你有病吧",
    ]), "forbidden.abuse|forbidden.rude,response.complaint.chat?,forbidden.address_ni?", "003 拼多多禁语 5: insulting the customer back", platform="pinduoduo"),
    chat("v059", wchat(8, [
        "C: 这个耳机左边没声音",
        "A: 神经病，自己不会连蓝牙吗",
    ]), "forbidden.abuse|forbidden.rude,response.complaint.chat?,forbidden.rhetorical?", "000 篇8 售后服务: abuse instead of help", platform="douyin"),
    chat("v060", wchat(9, [
        "C: 下周三我要去外地 能在那之前到吗",
        "A: 亲您放心，肯定能到的，包您周二前收到",
    ]), "forbidden.blind_promise", "002 第二篇 6.1(7): promising a delivery date the shop does not control", platform="taobao"),
    call("v061", wcall(0, [
        "C: 我这个电视屏幕有一条线 能修好吗",
        "A: 您放心 只要找我们 什么问题都能给您解决",
        "C: 那就好",
        "A: 我这边为您登记报修，工程师明天上午联系您",
        "C: 好的",
    ]), "forbidden.blind_promise", "003 京东禁用语 16: 'come to us and every problem gets solved'"),
    chat("v062", wchat(0, [
        "C: 我申请退款了，能保证今天到账吗",
        "A: 保证今天到账，您放一百个心",
    ]), "forbidden.blind_promise", "002 第三篇 售前疑难 3: promising what the payment channel decides", platform="jd"),
    chat("v063", wchat(1, [
        "C: 这个手机壳质量怎么样",
        "A: 亲，质量杠杠滴，木有问题哒",
    ]), "forbidden.slang", "000 篇2 五、7: slang (杠杠滴, 木有) instead of service language", platform="pinduoduo"),
    # ---- advertising-law claims (agent, e-commerce chat) ----------------------
    chat("v064", wchat(2, [
        "C: 你们这个面霜和那款精华哪个好",
        "A: 亲，这款面霜是我们家最好的，回购特别多",
    ]), "ad.superlative", "003 广告禁用词 1: 最好 about a product", platform="taobao"),
    chat("v065", wchat(3, [
        "C: 這個保溫杯賣得怎麼樣",
        "A: 親，這款是全店最暢銷的喔",
    ]), "ad.superlative", "003 拼多多禁语 3 最系列: 最畅销 in traditional characters", platform="pinduoduo"),
    chat("v066", wchat(4, [
        "C: 这个牌子靠谱吗",
        "A: 亲亲放心，我们是行业销量第一的品牌",
    ]), "ad.first", "003 拼多多禁语 3 第一系: 销量第一", platform="jd"),
    chat("v067", wchat(5, [
        "C: 这个锅跟别家有什么区别",
        "A: 我们家是 NO.1 的不粘锅 工艺跟别家不一样",
    ]), "ad.first,forbidden.english?", "003 拼多多禁语 3 第一系: NO.1", platform="douyin"),
    chat("v068", wchat(6, [
        "C: 这种蜂蜜别的地方能买到吗",
        "A: 亲，我们是全国唯一一家有这个蜂场直供的店",
    ]), "ad.unique", "003 广告禁用词 1: 唯一", platform="taobao"),
    chat("v069", wchat(7, [
        "C: 牛仔裤会不会掉色啊",
        "A: 这条绝对不掉色，您放心穿",
    ]), "ad.absolute,forbidden.blind_promise?", "003 拼多多禁语 3 绝对系: 绝对不掉色", platform="pinduoduo"),
    chat("v070", wchat(8, [
        "C: 用了真的能祛痘吗",
        "A: 百分之百有效，不满意包退",
    ]), "ad.percent|ad.absolute,ad.efficacy?", "003 广告禁用词 1: 百分百 effect claim", platform="taobao"),
    chat("v071", wchat(9, [
        "C: 有没有便宜一点的",
        "A: 亲，我们这价格全网最低了哦",
    ]), "ad.whole_net|ad.price,ad.superlative?,ad.price?", "003 拼多多禁语 3 全网系/价格系: 全网最低", platform="pinduoduo"),
    chat("v072", wchat(0, [
        "C: 这个茶叶是什么等级的",
        "A: 顶级的明前龙井，口感特别好",
    ]), "ad.top_grade", "003 广告禁用词 1: 顶级", platform="jd"),
    chat("v073", wchat(1, [
        "C: 这款手表什么时候上的",
        "A: 这款是我们全球首发的新款哈",
    ]), "ad.debut", "003 广告禁用词 1: 首发", platform="douyin"),
    chat("v074", wchat(2, [
        "C: 这个奶粉安全吗",
        "A: 亲，这是国家级免检产品，很多宝妈都在买",
    ]), "ad.authority", "003 广告禁用词 2: 国家级 / 免检", platform="taobao"),
    chat("v075", wchat(3, [
        "C: 这个床垫有什么认证",
        "A: 央视推荐的品牌，品质您放心",
    ]), "ad.authority", "003 广告禁用词 2: claiming a state broadcaster's endorsement", platform="jd"),
    chat("v076", wchat(4, [
        "C: 做工咋样",
        "A: 世界级做工哦，细节都很讲究",
    ]), "ad.unverifiable", "003 广告禁用词 4: 世界级", platform="pinduoduo"),
    chat("v077", wchat(5, [
        "C: 现在买划算吗",
        "A: 亲，今天是史上最低价，跳楼价甩卖",
    ]), "ad.price,ad.superlative?", "003 拼多多禁语 3 价格系: 史上最低价, 跳楼价", platform="taobao"),
    chat("v078", wchat(6, [
        "C: 我再考虑考虑",
        "A: 亲，这是最后一波了，错过就再也没有了",
    ]), "ad.inducement,ad.superlative?", "003 广告禁用词 3: 最后一波 urgency", platform="douyin"),
    chat("v079", wchat(7, [
        "C: 优惠明天还有吗",
        "A: 仅此一次哦，赶紧下单吧",
    ]), "ad.inducement", "003 广告禁用词 3: 仅此一次", platform="pinduoduo"),
    chat("v080", wchat(8, [
        "C: 这个防脱洗发水有效果吗",
        "A: 用一瓶就能根治脱发，还能让头发再长出来",
    ]), "ad.efficacy", "003 拼多多禁语 4: curing hair loss", platform="taobao"),
    chat("v081", wchat(9, [
        "C: 老人吃这个有用吗",
        "A: 这个保健品能治高血压，吃了就不用吃药了",
    ]), "ad.efficacy", "003 拼多多禁语 4: a food supplement said to cure a disease", platform="jd"),
    # ---- platform: pinduoduo ---------------------------------------------------
    chat("v082", wchat(0, [
        "C: 图片看不清 能发个视频吗",
        "A: 亲，您加我VX吧，我发视频给您",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多禁语 1 / 售前 二: inviting the buyer to WeChat (VX)", platform="pinduoduo"),
    chat("v083", wchat(1, [
        "C: 售后能不能快点",
        "A: 亲亲加一下威信 我私聊给您处理",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多售前 二: WeChat by homophone (威信)", platform="pinduoduo"),
    chat("v084", wchat(2, [
        "C: 有没有别的联系方式",
        "A: 可以加 Q Q 哦 号码我私信您",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多禁语 1: QQ spelled out with spaces", platform="pinduoduo"),
    chat("v085", wchat(3, [
        "C: 这个店还有别的渠道吗",
        "A: 我们在淘宝上也有店，搜店名就行",
    ]), "platform.pinduoduo.marketplace|platform.pinduoduo.contact_app|platform.pinduoduo.other_app", "003 拼多多禁语 1: naming another marketplace", platform="pinduoduo"),
    chat("v086", wchat(4, [
        "C: 为啥比别家贵",
        "A: 亲，某东上同款卖得比我们还贵呢",
    ]), "platform.pinduoduo.marketplace|platform.pinduoduo.contact_app|platform.pinduoduo.other_app", "003 拼多多禁语 1: 某东 abbreviation of another marketplace", platform="pinduoduo"),
    chat("v087", wchat(5, [
        "C: 有安装视频吗",
        "A: 您可以去抖音搜我们的店名，上面有安装视频",
    ]), "platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多禁语 1: sending the buyer to another app", platform="pinduoduo"),
    chat("v088", wchat(6, [
        "C: 能不能再便宜点",
        "A: 亲，您直接转账给我，可以再少十块",
    ]), "platform.pinduoduo.off_platform", "003 拼多多禁语 6: trading off the platform", platform="pinduoduo"),
    chat("v089", wchat(7, [
        "C: 运费能不能到时候再给",
        "A: 可以的亲，运费到付就行",
    ]), "platform.pinduoduo.collect_on_delivery", "003 拼多多禁语 6: 到付", platform="pinduoduo"),
    chat("v090", wchat(8, [
        "C: 收到了 挺好",
        "A: 亲，给个五星好评截图发我，返您五元红包哦",
    ]), "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: cash back for a good review", platform="pinduoduo"),
    chat("v091", wchat(9, [
        "C: 这个宝贝有几个颜色",
        "A: 亲，这个宝贝有黑白灰三个颜色呢",
    ]), "platform.pinduoduo.baobei", "003 拼多多禁语 7: the agent saying 宝贝 (another platform's word) even after the buyer does", platform="pinduoduo"),
    chat("v092", wchat(0, [
        "C: 我要开发票",
        "A: 不好意思亲，我们店不开发票的",
    ]), "platform.pinduoduo.invoice_refusal", "003 拼多多售前 一: refusing an invoice", platform="pinduoduo"),
    chat("v093", wchat(1, [
        "C: 衣服不合适 想退",
        "A: 亲，这款是特价款，不支持七天无理由退货哦",
    ]), "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: refusing the 7-day no-reason return", platform="pinduoduo"),
    chat("v094", wchat(2, [
        "C: 拆开试了一下不喜欢 能退吗",
        "A: 拆封了就不给退了哦亲",
    ]), "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: 'opened, no return'", platform="pinduoduo"),
    # ---- platform: taobao / jd / douyin ----------------------------------------
    chat("v095", wchat(3, [
        "C: 尺码拿不准",
        "A: 亲，加我微信，我把实拍图都发您",
    ]), "platform.taobao.contact_app|platform.taobao.other_app|platform.taobao.marketplace", "003 拼多多禁语 1 (applied to Taobao by the books): inviting to WeChat", platform="taobao"),
    chat("v096", wchat(4, [
        "C: 这个价格能再少点吗",
        "A: 亲，拼多多上我们卖得更便宜，您去那边拍吧",
    ]), "platform.taobao.marketplace|platform.taobao.contact_app|platform.taobao.other_app", "003 拼多多禁语 1: naming another marketplace", platform="taobao"),
    chat("v097", wchat(5, [
        "C: 收到货了",
        "A: 亲，好评返现三元，截图找客服领取哦",
    ]), "platform.taobao.review_incentive", "003 拼多多禁语 5: 好评返现", platform="taobao"),
    chat("v098", wchat(6, [
        "C: 能开专票吗",
        "A: 本店不开票哈",
    ]), "platform.taobao.invoice_refusal," + REFUSE + "?", "003 拼多多售前 一: refusing an invoice", platform="taobao"),
    chat("v099", wchat(7, [
        "C: 拍下要等多久发货",
        "A: 亲您先别拍，私下转我，今天就给您发",
    ]), "platform.taobao.off_platform", "003 拼多多禁语 6: payment outside the order", platform="taobao"),
    chat("v100", wchat(8, [
        "C: 有更详细的参数表吗",
        "A: 您加我QQ，我把参数表传给您",
    ]), "platform.jd.contact_app|platform.jd.other_app|platform.jd.marketplace", "003 拼多多禁语 1: QQ on JD", platform="jd"),
    chat("v101", wchat(9, [
        "C: 这个跟天猫旗舰店的一样吗",
        "A: 一样的，天猫旗舰店也是我们家开的",
    ]), "platform.jd.marketplace|platform.jd.contact_app|platform.jd.other_app", "003 拼多多禁语 1: the agent names another marketplace", platform="jd"),
    chat("v102", wchat(0, [
        "C: 有穿搭推荐吗",
        "A: 您去小红书搜一下我们的店名，好多买家秀",
    ]), "platform.jd.other_app|platform.jd.contact_app|platform.jd.marketplace", "003 拼多多禁语 1: sending the buyer to another social app", platform="jd"),
    chat("v103", wchat(1, [
        "C: 东西收到了 还挺好",
        "A: 亲，晒图五星好评可以找我领十元无门槛券哦",
    ]), "platform.jd.review_incentive", "003 拼多多禁语 5: coupon for a five-star review", platform="jd"),
    chat("v104", wchat(2, [
        "C: 大件的运费怎么算",
        "A: 大件都是运费到付的，您签收时给快递员就行",
    ]), "platform.jd.collect_on_delivery", "003 拼多多禁语 6 (applied to JD by the books): freight 到付", platform="jd"),
    chat("v105", wchat(3, [
        "C: 公司报销要发票",
        "A: 我们开不了发票哦",
    ]), "platform.jd.invoice_refusal," + REFUSE + "?", "003 拼多多售前 一: refusing an invoice on JD", platform="jd"),
    chat("v106", wchat(4, [
        "C: 直播里那个链接找不到了",
        "A: 亲，私信发您微信号，加我发您链接",
    ]), "platform.douyin.contact_app|platform.douyin.other_app|platform.douyin.marketplace", "003 拼多多禁语 1: WeChat on Douyin", platform="douyin"),
    chat("v107", wchat(5, [
        "C: 小店里没这个颜色",
        "A: 淘宝店里有，您搜一下我们的店名",
    ]), "platform.douyin.marketplace|platform.douyin.contact_app|platform.douyin.other_app", "003 拼多多禁语 1: naming Taobao on Douyin", platform="douyin"),
    chat("v108", wchat(6, [
        "C: 收到啦 很喜欢",
        "A: 亲，麻烦给我们写个好评哦，好评送您一个小礼品",
    ]), "platform.douyin.review_incentive", "003 抖音小店 1: asking for a review with a gift", platform="douyin"),
    chat("v109", wchat(7, [
        "C: 怎么买你们的定制款",
        "A: 您扫一下我发的二维码，在那边下单",
    ]), "platform.douyin.off_platform", "003 抖音小店 2: a QR code to trade elsewhere", platform="douyin"),
    chat("v110", wchat(8, [
        "C: 能货到付款吗",
        "A: 可以到付的亲",
    ]), "platform.douyin.collect_on_delivery", "003 拼多多禁语 6: 到付 on Douyin", platform="douyin"),
    # ---- personal data ----------------------------------------------------------
    chat("v111", wchat(9, [
        "C: 帮我核对下收货信息",
        "A: 亲，收件人王女士，电话13857214096，地址滨江区江南大道1号，对吗",
    ]), "pii.mobile", "003 拼多多禁语 8 / 002 第一篇 15: a full phone number sent in the chat", platform="taobao"),
    chat("v112", wchat(1, [
        "C: 帮我看看联系电话填的对不对",
        "A: 亲，您留的电话是 139 0571 8823，收货人林先生，没问题的",
    ]), "pii.mobile", "003 拼多多禁语 8: a full phone number written out in groups", platform="pinduoduo"),
    chat("v113", wchat(0, [
        "C: 实名认证为什么没过",
        "A: 您填的身份证号是33010619880512231X，后台显示和姓名不一致",
    ]), "pii.id_card", "003 客服方法 二、6: full ID-card number in the chat", platform="jd"),
    chat("v114", wchat(1, [
        "C: 退款退到哪张卡了",
        "A: 退到您尾号8903的卡，完整卡号是6228480012345678903",
    ]), "pii.bank_card", "002 第一篇 15: full bank-card number", platform="taobao"),
    chat("v115", wchat(2, [
        "C: 电子发票发哪了",
        "A: 已经发到您的邮箱 lin.xiaoyu@example.com 啦",
    ]), "pii.email", "003 客服方法 二、6: the customer's e-mail address repeated in the chat", platform="jd"),
    # ---- calls: opening ----------------------------------------------------------
    call("v116", [
        "A: 请问您的订单号是多少",
        "C: 啊 我还没说什么事呢 是 五五零一",
        "A: 好的，请问您要咨询这个订单的什么问题",
        "C: 什么时候送",
        "A: 这单明天上午送达",
        "C: 好",
    ] + ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
        "greeting.call,forbidden.curt_demand?", "000 篇2 一、1 / 004 开头语: no greeting, straight to the order number"),
    call("v117", [
        "A: 您好。",
        "C: 喂 你好 我想问下安装的事",
        "A: 请问是哪款产品需要安装",
        "C: 热水器",
        "A: 好的，已经为您预约，师傅明天下午两点到四点上门",
        "C: 行",
    ] + ["A: 请问还有其他问题吗", "C: 没有了谢谢啊", "A: 不客气，感谢您的来电，再见", "C: 好 拜拜"],
        "greeting.call", "000 篇1 1: only 您好, without the company/number and the offer of help"),
    call("v118", [
        "A: 嗯 您说",
        "C: 我家空调不制冷了",
        "A: 非常抱歉给您带来不便 请问空调用了多久了",
        "C: 三年",
        "A: 好的 我这边给您安排师傅上门检测 明天上午九点到十二点之间",
        "C: 好",
    ] + ["A: 还有其他可以帮到您的吗？", "C: 嗯没了", "A: 好的，感谢您的耐心，祝您生活愉快，再见。"],
        "greeting.call", "004 开头语: 嗯您说 instead of the opening script (ASR)"),
    call("v119", wcall(1, [
        "C: 我想问下退货地址",
        "A: 退货地址是上海市嘉定区安亭镇物流园三号库",
        "C: 好的记下了",
    ]), "answer.call", "002 第二篇 6.1(1) / 000 篇2 四、1: answered after five rings", rings=5),
    call("v120", wcall(2, [
        "C: 今天是不是有优惠活动",
        "A: 是的，今天满三百减三十，活动到晚上十二点结束",
        "C: 好的",
    ]), "greeting.festival.call", "004 节日开头语: National Day call without the festive greeting", started="2026-10-01T09:30:00+08:00"),
    # ---- calls: closing ----------------------------------------------------------
    call("v121", wcall(3, [
        "C: 我想把订单改成周末送",
        "A: 好的，已经为您改成周六送货",
        "C: 好的那就这样",
    ])[:4] + ["A: 嗯 好的"],
        "closing.call,closing.call_thanks", "000 篇2 六、2: no ask-more, no thanks, no goodbye at the end of the call"),
    call("v122", wcall(4, [
        "C: 我的积分什么时候过期",
        "A: 您的积分今年十二月三十一日到期",
        "C: 好",
    ])[:4] + ["A: 请问还有其他需要帮您的吗？", "C: 没了", "A: 好的，再见", "C: 再见"],
        "closing.call_thanks", "002 第二篇 6.1(2): the last sentence must thank the caller"),
    call("v123", wcall(5, [
        "C: 维修进度怎么样了",
        "A: 配件已经到了，师傅明天上门更换",
        "C: 好的",
    ])[:4] + ["A: 感谢您的来电，再见", "C: 嗯 再见"],
        "closing.call", "000 篇2 六、2: no ask-more before the goodbye"),
    call("v124", [
        "A: 您好，请问是陈女士吗？",
        "C: 是我 哪位",
        "A: 您上周买的净水器用得怎么样",
        "C: 还行吧",
        "A: 好的，有问题随时联系我们",
    ] + ["C: 好"], "greeting.outbound.call,closing.outbound.call", "002 第二篇 6.2: an outbound call without saying who is calling and why, and no thanks at the end",
        direction="outbound"),
    call("v125", [
        "A: 您好，请问是赵先生吗？我是百惠商城客服小杨，工号1027，这次来电是想回访一下您上周的退货处理情况，现在方便吗？",
        "C: 方便 你说",
        "A: 请问退款已经收到了吗",
        "C: 收到了",
        "A: 好的，那就这样",
    ] + ["C: 嗯"], "closing.outbound.call", "002 第二篇 6.2: the outbound call ends without thanking for the time",
        direction="outbound"),
    # ---- calls: responses ----------------------------------------------------------
    call("v126", wcall(6, [
        "C: 上周是你们帮我把报修加急的吧 真是太感谢了",
        "A: 请问今天还需要咨询什么",
        "C: 没事了 就是打来说声谢谢",
    ])[:4] + ["A: 好的，感谢您的来电，再见", "C: 再见"],
        "response.thanks.call,closing.call?", "004 特殊沟通 10: the customer thanks and the agent does not acknowledge it"),
    call("v127", wcall(7, [
        "C: 不好意思啊 刚才报的号码错了 是 八八六二",
        "A: 请问是尾号八八六二的订单吗",
        "C: 对",
        "A: 这个订单今天已经签收了",
        "C: 好的",
    ]), "response.apology.call", "000 篇2 五、6: the customer apologises and the agent does not say it's fine"),
    call("v128", wcall(0, [
        "C: 你们这热线也太难打了 我打了半个多小时",
        "A: 请问您要办理什么业务",
        "C: 我要投诉快递员",
        "A: 非常抱歉给您带来不好的体验，请您说一下具体情况",
        "C: 他把件扔门口就走了",
        "A: 我已经记录下来，会反馈给站点核实，明天中午前给您回电",
        "C: 好",
    ]), "response.complaint.call", "004 抱怨投诉 1: 'the hotline is hard to get through' answered without an apology"),
    call("v129", wcall(1, [
        "C: 你们动作怎么这么慢啊 一个退款搞一个礼拜",
        "A: 退款要走审核流程",
        "C: 那到底什么时候能好",
        "A: 今天已经审核通过，一到三个工作日原路退回",
        "C: 行吧",
    ]), "response.complaint.call", "000 篇2 四、3 / 篇6: blamed for slowness, the agent only explains the process"),
    call("v130", wcall(2, [
        "C: 我要投诉你们上一个客服 态度特别差 直接挂我电话",
        "A: 请问您还记得是什么时间打来的吗",
        "C: 昨天下午三点左右",
        "A: 好的，我这边记录下来交给主管处理，今天下班前给您回复",
        "C: 嗯",
    ]), "response.complaint.call", "004 抱怨投诉 3: a complaint about a colleague answered without apology or understanding"),
    call("v131", wcall(3, [
        "C: 你们送来的电水壶漏电 我手都被电麻了",
        "A: 请问是哪天收到的",
        "C: 前天",
        "A: 好的，我这边为您登记退货，并安排质检人员今天下午联系您",
        "C: 嗯",
    ]), "response.harm.call,response.complaint.call?", "003 抖音售后 1 / 000 篇2 四、5: the customer was hurt and the agent shows no apology or concern"),
    call("v132", wcall(4, [
        "C: 我提个建议啊 你们那个安装说明能不能印大一点 老人看不清",
        "A: 好的",
        "C: 就这事",
    ]), "response.suggestion.call", "004 特殊沟通 9: a suggestion answered without thanks"),
    call("v133", wcall(5, [
        "C: 我那台冰箱的故障原因查出来了吗",
        "A: 这个我得跟技术部门确认一下，确认好了给您回电",
        "C: 好吧",
    ]), "response.reply_time.call|response.defer_without_time", "004 特殊沟通 11 / 抱怨投诉 7: a call-back promised without a time"),
    call("v134", wcall(6, [
        "C: 我投诉的那个事情到底怎么处理",
        "A: 您的投诉已经受理了，我们会安排专人和您联系",
        "C: 什么时候",
        "A: 尽快吧",
    ]), "response.reply_time.call|response.defer_without_time", "004 特殊沟通 11: 'someone will contact you' and 尽快 but no time"),
    # ---- calls: hold / mute / transfer ------------------------------------------------
    call("v135", wcall(7, [
        "C: 帮我查下发票寄了没",
        "A: 我查一下",
        "!hold_start",
        "!wait 30",
        "!hold_end",
        "A: 感谢您的耐心等待，发票昨天已经寄出，单号发到您手机上了",
        "C: 好的",
    ]), "hold.consent.call", "000 篇1 6 / 004 保持 2: put on hold without asking or telling the caller"),
    call("v136", wcall(0, [
        "C: 我想查下上个月的账单",
        "A: 好的，我需要调取一下记录，请您稍等一分钟左右，好吗？",
        "C: 好",
        "!hold_start",
        "!wait 35",
        "!hold_end",
        "A: 查到了 上个月一共消费三百二十元",
        "C: 哦好的",
    ]), "hold.return.call", "000 篇2 三、8 / 004 保持 2: back from hold without thanking for the wait"),
    call("v137", wcall(1, [
        "C: 我这个保修卡丢了还能保修吗",
        "!mute_start",
        "!wait 20",
        "!mute_end",
        "A: 感谢您的等待，保修卡丢了也没关系，凭购买记录就可以保修",
        "C: 那太好了",
    ]), "hold.mute_consent.call,dead_air.call?", "000 篇2 五、1: muted without the customer's consent"),
    call("v138", wcall(2, [
        "C: 帮我看下优惠券为什么用不了",
        "A: 好的，我帮您看一下，请您稍等，可以吗",
        "C: 可以",
        "!mute_start",
        "!wait 20",
        "!mute_end",
        "A: 这张券要满两百才能用",
        "C: 哦这样",
    ]), "hold.mute_return.call", "000 篇2 五、1: back from mute with neither sorry nor thanks"),
    call("v139", [
        "A: 您好，很高兴为您服务，请问您遇到了什么问题？",
        "C: 我想问一下信用卡分期的事",
        "A: 好的",
        "!transfer",
    ], "transfer.consent.call,closing.call?,closing.call_thanks?", "000 篇2 三、9: transferred without telling the reason or asking", hangup=None),
    call("v140", wcall(3, [
        "C: 帮我查一下那个配件什么时候能到",
        "A: 好的，需要跟仓库核实，请您稍等，好吗",
        "C: 行",
        "!hold_start",
        "!wait 110",
        "!hold_end",
        "A: 非常感谢您的耐心等待，配件后天到，到了第一时间给您安排",
        "C: 好",
    ]), "hold.limit.call", "000 篇2 三、8: nearly two minutes on hold without coming back to the caller"),
    call("v141", wcall(4, [
        "C: 我要查一下去年的维修记录",
        "A: 好的，去年的记录需要到档案系统里调取，请您稍等一下，可以吗",
        "C: 可以",
        "!hold_start",
        "!wait 260",
        "!hold_end",
        "A: 非常抱歉让您久等了，去年三月有一次更换压缩机的记录",
        "C: 对 就是那次",
    ]), "hold.max.call,hold.limit.call?", "000 篇2 三、8: more than four minutes on hold in one go"),
    # ---- calls: timing --------------------------------------------------------------
    call("v142", wcall(5, [
        "C: 我的订单为什么被取消了",
        "+12 A: 您的订单因为地址超出配送范围被系统自动取消了",
        "C: 那怎么办",
        "A: 您可以修改一个配送范围内的地址重新下单，款项已经原路退回",
        "C: 好吧",
    ]), "dead_air.call", "000 篇6 3: twelve seconds of silence before answering, no hold"),
    call("v143", wcall(6, [
        "C: 我想问一下 就是我上周买的那个床 它那个床板",
        "~2.5 A: 床板有问题是吧 我帮您登记换货",
        "C: 不是 我是想问能不能加一块",
        "A: 抱歉，可以加购的，加一块床板是一百二十元",
        "C: 好",
    ]), "interruption.call", "000 篇1 4: the agent talks over the customer"),
    call("v144", wcall(7, [
        "C=55: 我跟你说一下啊 我上个月在你们这买的那个洗碗机 装好以后第一次用还好好的 第二次用就开始漏水 漏得厨房地上全是水 我老公拿毛巾擦了半天 然后我就打你们电话 说派师傅来 结果师傅来了看了一眼说是管子没接好 接好又走了 结果昨天又漏了 我真的是受不了了",
        "A: 非常抱歉给您带来这么多麻烦，我这边马上为您安排换新，今天下午四点前给您回电确认时间",
        "C: 好",
    ]), "listening.call,response.complaint.call?", "000 篇1 3/4: nearly a minute of the customer talking with no 嗯/是/对 from the agent"),
    call("v145", wcall(0, [
        "C: 退货流程是怎样的",
        "A/9: 您在订单页面点击申请售后选择退货退款填写原因上传照片提交以后会有专人审核审核通过后系统会给您发送退货地址您按地址寄回并填写快递单号我们仓库收到货检查无误后就会给您退款了",
        "C: 啊 能慢点说吗",
        "A: 抱歉，我慢一点说。第一步，在订单页面点击申请售后。",
        "C: 好",
    ]), "speech_rate.call", "000 篇1 2 / 篇2 三、4: a long explanation rattled off at nine characters a second"),
    call("v146", [
        "A: 您好，很高兴为您服务，请问您遇到了什么问题？",
        "!wait 2",
        "!hangup agent",
    ], "silent_call.call,closing.call?,closing.call_thanks?", "000 篇2 一、5 / 004 无声电话: silent caller cut off after two seconds without asking twice or saying goodbye", hangup=None),
    call("v147", [
        "A: 您好 欢迎致电顺达物流 请问有什么可以帮您",
        "+3 A: 喂 喂",
        "+3 A: 没声音啊",
        "!wait 1",
        "!hangup agent",
    ], "silent_call.call,forbidden.casual?,closing.call?,closing.call_thanks?", "004 无声电话: 喂喂 and hanging up instead of the silent-call script", hangup=None),
    call("v148", wcall(1, [
        "C: 帮我查一下我的快递到哪了",
        "A: 已经到您所在城市的分拨中心了，预计明天派送",
        "C: 好的",
    ])[:-4] + ["A: 请问您还有其他问题吗", "C: 没有了谢谢啊", "A: 不客气，感谢您的来电，再见"],
        "hangup.call", "000 篇4 12 / 篇2 六、3: the agent hangs up first, straight after the goodbye", hangup="agent"),
    call("v149", wcall(2, [
        "C: 你好 我姓刘 我想问下我的维修单",
        "A: 好的，请您提供一下维修单号",
        "C: WX零零七",
        "A: 您的维修单师傅已经接单了，明天上午上门",
        "C: 好的",
    ]), "address.surname.call", "004 称呼语 / 000 篇2 一、3: the caller gave the surname 刘 and was never addressed by it"),
    # ---- chats: opening, closing -------------------------------------------------------
    chat("v150", [
        "C: 在吗",
        "A: 在",
        "C: 这个有没有39码",
        "A: 亲，39码有货的，今天下单明天发",
        "C: 好",
    ] + ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
        "greeting.chat", "000 篇5 第一 / 001 开场白: a bare 在 as the welcome", platform="taobao"),
    chat("v151", [
        "C: 客服",
        "A: [微笑]",
        "C: 能便宜吗",
        "A: 亲，现在下单有满减，满一百减十元",
    ] + ["A: 亲，请问还有其他问题吗？", "C: 没了", "A: 好的呢，感谢您的惠顾，期待您的下次光临～"],
        "greeting.chat,forbidden.emoji_only", "000 篇5 第一: an emoticon as the welcome", platform="pinduoduo"),
    chat("v152", [
        "C: 你们家发什么快递",
        "A: 圆通，偏远地区发邮政",
        "C: 好的",
        "A: 亲，请问还有其他问题吗",
        "C: 没了",
        "A: 好的，感谢您的光临，再见",
    ], "greeting.chat", "001 开场白: the first reply answers with no welcome at all (a whole conversation)", platform="jd"),
    chat("v153", wchat(3, [
        "C: 这个锅能用电磁炉吗",
        "A: 可以的，燃气灶和电磁炉都能用",
        "C: 好的 没有别的了",
        "A: 好的",
    ])[:6], "closing.chat,closing.chat_ask?", "000 篇5 第六 / 001 结束语: the chat ends on 好的, no thanks or goodbye", platform="taobao"),
    chat("v154", wchat(4, [
        "C: 这款枕头能水洗吗",
        "A: 枕套可以水洗，枕芯建议晾晒不要水洗",
        "C: 好的谢谢",
        "A: 不客气，感谢您的光临，祝您生活愉快～",
    ])[:6], "closing.chat_ask", "000 篇4 11 / 001 结束语: no 'anything else?' before saying goodbye", platform="jd"),
    chat("v155", wchat(5, [
        "C: 买两件能再优惠吗？",
        "A: 请问还有其他问题吗？",
        "C: ？？我问的就是优惠啊",
        "A: 抱歉亲，两件可以打九五折",
    ]), "response.ask_more_skips_question.chat", "003 客服的方法: answering a question with 'anything else?'", platform="pinduoduo"),
    chat("v156", wchat(6, [
        "C: 有运费险吗",
        "A: 亲亲还有其他需要咨询的吗",
        "C: 我问的运费险啊",
        "A: 抱歉，有的，下单自动赠送运费险",
    ]), "response.ask_more_skips_question.chat", "003 客服的方法: the customer's question is skipped for an ask-more", platform="taobao"),
    # ---- chats: timing ------------------------------------------------------------
    chat("v157", [
        "C: 在吗",
        "+45 A: 您好，我是客服小禾，很高兴为您服务，您想了解什么呢？",
        "C: 这个能开发票吗",
        "A: 可以的亲，下单后在订单页申请电子发票就行",
    ] + ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
        "response.first_reply.chat,response.first_reply_3s.chat", "000 篇8 沟通技巧 1 / 001 应答规范: first reply after 45 s", platform="taobao"),
    chat("v158", [
        "C: 你好",
        "+6 A: 您好，欢迎光临小店～我是客服糖糖，请问有什么可以为您效劳的？",
        "C: 这款有现货吗",
        "A: 有现货的亲，下午四点前付款当天发",
    ] + ["A: 亲，请问还有其他问题吗？", "C: 没了", "A: 好的呢，感谢您的惠顾，期待您的下次光临～"],
        "response.first_reply_3s.chat", "001 应答规范: first reply after 6 s (rule of 3 s)", platform="jd", iso=True),
    chat("v159", wchat(7, [
        "C: 我下午买的什么时候发",
        "+400 A: 亲，今天就能发出的",
        "C: 好的",
    ]), "response.late_reply.chat", "000 篇5 第三 / 篇4 1: an answer after almost seven minutes without apologising for the wait", platform="pinduoduo"),
    chat("v160", wchat(8, [
        "C: 地址能改吗",
        "+250 A: 可以改的，把新地址发我就行",
        "C: 朝阳区建国路9号",
        "A: 好的亲，已经改好了",
    ]), "response.late_reply.chat", "001 应答规范 / 000 篇8 售前服务: a four-minute silence left unexplained", platform="taobao", iso=True),
    # ---- chats: responses -------------------------------------------------------------
    chat("v161", wchat(9, [
        "A: 亲，这款有20寸和24寸两种，20寸可以登机",
        "C: 好的 谢谢你啊 解释得很清楚",
        "A: 亲，这款现在下单还送收纳袋",
        "C: 好",
    ], opener="C: 这个行李箱有几寸的"), "response.thanks.chat", "000 篇7 24: the customer's thanks left without a reply", platform="taobao"),
    chat("v162", wchat(0, [
        "C: 我的券怎么用不了",
        "A: 亲，这张券是指定商品可用，您购物车里的这件正好可以用，结算时勾选就行",
        "C: 感谢感谢 帮大忙了",
        "A: 请问还有其他可以帮您的吗？",
        "C: 没有了",
    ])[:7] + ["A: 好的，感谢您的光临，祝您生活愉快，再见！"],
        "response.thanks.chat", "000 篇7 24: thanks answered with an ask-more only", platform="jd"),
    chat("v163", wchat(1, [
        "C: 不好意思 刚才图片发错了 是这张",
        "A: 这张显示是外包装破损",
        "C: 对",
        "A: 亲，已经为您登记补发，明天发出",
    ]), "response.apology.chat", "000 篇2 五、6: the customer apologises and the agent does not reassure", platform="douyin"),
    chat("v164", wchat(2, [
        "C: 一个星期了还没发货 你们也太慢了吧",
        "A: 仓库在排单",
        "C: 排到什么时候",
        "A: 明天下午五点前发出",
    ]), "response.complaint.chat", "002 参考用语2 1: a complaint about slow shipping answered without apology", platform="pinduoduo"),
    chat("v165", wchat(3, [
        "C: 你们客服回复也太慢了 问个问题等半天",
        "A: 请问您要咨询什么",
    ]), "response.complaint.chat", "000 篇8 售前服务: a complaint about slow replies ignored", platform="taobao"),
    chat("v166", wchat(4, [
        "C: 收到的盘子碎了两个 怎么搞的",
        "A: 麻烦拍个照片",
        "C: [图片]",
        "A: 亲，已经为您登记补发两个盘子，明天发出",
    ]), "response.complaint.chat", "003 抖音售后 1: breakage reported, no apology or soothing", platform="douyin"),
    chat("v167", wchat(5, [
        "C: 孩子吃了你们的饼干 晚上就拉肚子了",
        "A: 请提供一下订单号",
        "C: 3390021",
        "A: 亲，已为您申请全额退款，同时把这批货送检",
    ]), "response.harm.chat,response.complaint.chat?", "003 抖音售后 1: a child made ill and no apology or concern", platform="jd"),
    chat("v168", wchat(6, [
        "C: 建议你们多出几个颜色 黑白太单调了",
        "A: 嗯嗯",
    ]), "response.suggestion.chat,forbidden.bare_ack?", "000 篇7 52: a suggestion without thanks", platform="taobao"),
    chat("v169", wchat(7, [
        "C: 这个能不能定制刻字",
        "A: 我去问问工厂，问好了告诉您",
    ]), "response.reply_time.chat|response.defer_without_time", "000 篇1 7: promising to come back without a time", platform="douyin"),
    # ---- messy written forms of the same requirements ----------------------------
    chat("v170", wchat(3, [
        "C: 能发个实拍视频吗",
        "A: 亲 加 我 微 信 吧 视频发不了这里",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多售前 二: WeChat invitation spaced out character by character", platform="pinduoduo"),
    chat("v171", wchat(4, [
        "C: 有其他联系方式吗 方便沟通",
        "A: 可以加我ｖｘ：ａｂｃ１２３",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多禁语 1: vx in full-width letters", platform="pinduoduo"),
    chat("v172", wchat(5, [
        "C: 防晒霜防水吗",
        "A: 這個我不曉得欸",
    ]), "forbidden.uncertain", "003 京东禁用语 7: 不晓得 in traditional characters", platform="taobao"),
    chat("v173", wchat(6, [
        "C: 可以帮我换成顺丰吗",
        "A: ＮＯ，只发中通",
    ]), "forbidden.english," + REFUSE + "?", "001 禁用语: NO in full-width letters", platform="jd"),
    call("v174", wcall(2, [
        "C: 我 要 查 一 下 我 的 订 单",
        "A: 您 打 错 电 话 了 我 们 这 里 是 售 后",
        "C: 哦 那 售 后 也 行 我 的 洗 衣 机 坏 了",
        "A: 好 的 非 常 抱 歉 给 您 带 来 不 便 我 帮 您 登 记 报 修",
        "C: 好",
    ]), "forbidden.refusal", "000 篇2 三、5: 打错电话了 in ASR output with a space between characters"),
    call("v175", wcall(6, [
        "C: 呃 那个 我上次 就是 说那个 退款",
        "A: 嗯 那个 您到底 想 怎么样",
        "C: 我想问退款什么时候到",
        "A: 您的退款已经原路退回，一到三个工作日到账",
        "C: 好",
    ]), "forbidden.rhetorical", "000 篇2 四、5: 那您想怎么样, with fillers between the words"),
    chat("v176", [
        "C: 那退款呢",
        "A: 退款我不知道啊，您自己看订单吧",
        "C: ？？？",
    ], "forbidden.uncertain,forbidden.buck_passing?", "001 禁用语 不知道; a snippet (starts and ends mid-chat), so only the word should be reported", platform="jd", timed=False),
    chat("v177", [
        "C: 所以要明天才到是吧",
        "A: 是的亲，您的包裹明天到",
        "C: 能不能今天到",
        "A: 不能，没办法",
    ], REFUSE, "000 篇2 五、2: a bare refusal inside a snippet that starts mid-conversation", platform="taobao", timed=False),
    call("v178", [
        "C: 对 就是上周那个单",
        "A: 这是规定 我也没办法",
        "C: 那你们规定也太不合理了",
        "A: 非常抱歉给您带来不好的体验，我把您的意见记录下来反馈给主管",
    ], "forbidden.blame|forbidden.refusal", "003 京东禁用语 13: 这是规定 in a call snippet (no opening, no ending)", timed=False),
    chat("v179", wchat(7, [
        "C: 这个能用多久",
        "A: 嗯嗯😊",
    ]), "forbidden.bare_ack|forbidden.emoji_only", "000 篇2 五、7: a bare 嗯嗯 with an emoji instead of an answer", platform="douyin"),
    chat("v180", wchat(8, [
        "C: 這款會不會掉毛",
        "A: 親，這款絕對不會掉毛的",
    ]), "ad.absolute,forbidden.blind_promise?", "003 拼多多禁语 3 绝对系: 絕對 in traditional characters", platform="taobao"),
    chat("v181", wchat(9, [
        "C: 效果好吗",
        "A: 亲，全 网 销 量 第 一 哦",
    ]), "ad.first|ad.whole_net,ad.whole_net?", "003 拼多多禁语 3: 全网销量第一 spaced out", platform="pinduoduo"),
    chat("v182", wchat(0, [
        "C: 有没有赠品",
        "A: 五星好评+晒图，返现8元💰",
    ]), "platform.taobao.review_incentive", "003 拼多多禁语 5: review cash-back written with + and an emoji", platform="taobao"),
    chat("v183", wchat(1, [
        "C: 这个寶貝能便宜嗎",
        "A: 親，這個寶貝已經是活動價了哦",
    ]), "platform.pinduoduo.baobei", "003 拼多多禁语 7: 寶貝 in traditional characters", platform="pinduoduo"),
    call("v184", wcall(3, [
        "C: 喂你好 我那个单子怎么还没送",
        "A: 哎 这个 我也不清楚啊",
        "C: 那你帮我查查啊",
        "A: 好的，非常抱歉，我马上帮您查询，请您稍等",
        "C: 嗯",
        "A: 感谢您的等待，您的订单今天下午送达",
        "C: 好",
    ]), "forbidden.uncertain,forbidden.casual", "000 篇6 / 001 禁用语: 哎 and 不清楚 in one ASR turn"),
    # ---- requirements the books took up later (rule ids from the current main) -----
    call("v185", wcall(4, [
        "C: 我 想 （杂音很大） 问 一 下",
        "A: 您那边太吵了，换个电话再打过来",
        "C: 哦 好吧",
    ]), "forbidden.hearing_no_apology", "000 篇2 二、2 / 004 无法听清 3: asking the caller to change phones without an apology"),
    call("v186", wcall(5, [
        "C: 俺想问哈 那个 俺家的货到哪咧",
        "A: 讲普通话",
        "C: 我说 我的货到哪了",
        "A: 好的，请您提供一下订单号",
        "C: 六 六 零 九",
        "A: 您的货已经到镇上的网点了，明天送到",
        "C: 中",
    ]), "forbidden.hearing_no_apology,forbidden.curt_demand?", "000 篇2 二、4 / 004 无法听清 4: a bare order to speak Mandarin"),
    call("v187", wcall(6, [
        "C: 小姑娘你声音真好听 你叫什么名字 手机号多少",
        "A: 我叫李娜，手机号不方便说",
        "C: 哈哈 好吧",
    ]), "response.personal_info", "000 篇2 五、3 / 004 特殊沟通 4: giving her own name instead of only the staff number or nickname"),
    chat("v188", wchat(2, [
        "C: 客服你是男的女的 加个好友呗",
        "A: 我是女生哈，好友就不加了",
    ]), "response.personal_info,platform.taobao.contact_app?", "000 篇2 三、6 / 五、3: private details answered instead of the staff-number script", platform="taobao"),
    call("v189", wcall(7, [
        "C: 你人真好 周末请你喝咖啡吧",
        "A: 不用了不用了",
        "C: 哈哈 那好吧",
    ]), "response.invitation", "000 篇2 三、7: a friendly invitation declined without thanks or apology"),
    call("v190", wcall(0, [
        "C: 我不跟你说了 你把你们经理叫来",
        "A: 经理不在",
        "C: 那我怎么办",
        "A: 您有什么问题跟我说就行",
        "C: 算了",
    ]), "response.manager_request,response.complaint.call?", "004 抱怨投诉 6: asked for a manager, the agent neither apologises nor offers a call-back"),
    chat("v191", wchat(3, [
        "C: 叫你们主管来跟我说",
        "A: 主管很忙，没空",
    ]), "response.manager_request,response.complaint.chat?," + REFUSE + "?", "004 抱怨投诉 6: a manager request brushed off", platform="jd"),
    chat("v192", wchat(4, [
        "C: 我三天前就付款了 怎么还不发货 快点发",
        "A: 按顺序发的",
        "C: 那什么时候轮到我",
        "A: 明天",
    ]), "response.urge,response.complaint.chat?", "002 售后 四、2: the customer chases the order and gets no soothing and no logistics news", platform="pinduoduo"),
    chat("v193", wchat(5, [
        "C: 物流三天没动了 催一下啊",
        "A: 已经催了",
    ]), "response.urge,response.complaint.chat?", "002 售后 四、2: 'already chased' with no information for the customer", platform="taobao"),
    chat("v194", wchat(6, [
        "C: 我要问下售后的问题",
        "S: 会话已转接至客服小葵",
        "A: 您好，我是售后客服小葵，请问有什么可以帮您",
        "C: 怎么突然换人了",
        "A: 抱歉，售后问题由我来为您处理，请问是哪个订单呢",
        "C: 3321",
        "A: 好的，这单已经为您登记换货了",
    ]), "transfer.consent.chat", "000 篇2 三、9 / 002 售前 四、2: handed to a colleague without telling the customer first", platform="jd"),
    chat("v195", wchat(7, [
        "C: 能不能先发货 收到再付钱",
        "A: 可以的，您线下打款给我们财务就行",
    ]), "platform.jd.off_platform", "003 拼多多禁语 6 (applied to JD by the books): payment outside the platform", platform="jd"),
    chat("v196", wchat(8, [
        "C: 运费能不能收货时候再付",
        "A: 可以，运费到付哈",
    ]), "platform.taobao.collect_on_delivery", "003 拼多多禁语 6 (applied to Taobao by the books): freight 到付", platform="taobao"),
    # ---- second wave: more spellings of requirements the books already catch -------
    chat("v197", wchat(5, [
        "C: 你们有没有买家群",
        "A: 有的亲，加个V信我拉您进群",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多售前 二: V信 for WeChat", platform="pinduoduo"),
    chat("v198", wchat(6, [
        "C: 我想看看真人试穿",
        "A: 亲，加我薇信，试穿视频都在朋友圈",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多售前 二: 薇信, a look-alike character", platform="pinduoduo"),
    chat("v199", wchat(7, [
        "C: 有售后群吗",
        "A: 亲亲➕我wx，备注订单号就行",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多禁语 1: ➕ and the abbreviation wx", platform="pinduoduo"),
    chat("v200", wchat(8, [
        "C: 还有什么办法联系你们",
        "A: 加我扣扣吧 号码是 三八二九一",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多售前 二: 扣扣, QQ by homophone", platform="pinduoduo"),
    chat("v201", wchat(9, [
        "C: 能发下视频吗",
        "A: 亲，加 wei xin 发您，这里传不了大视频",
    ]), "platform.pinduoduo.contact_app|platform.pinduoduo.other_app|platform.pinduoduo.marketplace", "003 拼多多售前 二: WeChat in pinyin", platform="pinduoduo"),
    chat("v202", wchat(0, [
        "C: 你们京东也有店吗",
        "A: 有的，某宝上也有，搜同名店铺就行",
    ]), "platform.jd.marketplace|platform.jd.other_app|platform.jd.contact_app", "003 拼多多禁语 1: 某宝 for Taobao on JD", platform="jd"),
    chat("v203", wchat(1, [
        "C: 为什么这么贵",
        "A: 亲，PDD上那些便宜的都是仿款",
    ]), "platform.taobao.marketplace|platform.taobao.other_app|platform.taobao.contact_app", "003 拼多多禁语 1: PDD named on Taobao", platform="taobao"),
    chat("v204", wchat(2, [
        "C: 收到了 不错",
        "A: 亲，给个五分好评，我这边给您发两块钱红包～",
    ]), "platform.jd.review_incentive", "003 拼多多禁语 5: a red packet for a top rating", platform="jd"),
    chat("v205", wchat(3, [
        "C: 质量还行",
        "A: 亲，晒图评价后找客服领取小礼物哦🎁",
    ]), "platform.douyin.review_incentive", "003 抖音小店 1: a gift for a review with photos", platform="douyin"),
    chat("v206", wchat(4, [
        "C: 帮我看下收件人电话对不对",
        "A: 亲，收件电话是138-5721-4096，没问题的",
    ]), "pii.mobile", "003 拼多多禁语 8: a full phone number written with dashes", platform="jd"),
    chat("v207", wchat(5, [
        "C: 我留的号码是多少来着",
        "A: 您留的是１３８５７２１４０９６",
    ]), "pii.mobile", "003 拼多多禁语 8: a full phone number in full-width digits", platform="taobao"),
    chat("v208", wchat(6, [
        "C: 这款卖得好吗",
        "A: 亲，这款是我们家的销量冠军",
    ]), "ad.first|ad.superlative", "003 拼多多禁语 3 第一系: 销量冠军", platform="pinduoduo"),
    chat("v209", wchat(7, [
        "C: 这款设计有什么特别",
        "A: 亲，这个设计是独一无二的，别家都没有",
    ]), "ad.unique", "003 拼多多禁语 3 唯一系: 独一无二", platform="jd"),
    chat("v210", wchat(8, [
        "C: 这个衣架结实吗",
        "A: 亲，这款衣架永久不变形，用一辈子",
    ]), "ad.absolute|ad.top_grade|ad.superlative", "003 广告禁用词 1: 永久 as a quality promise", platform="taobao"),
    chat("v211", wchat(9, [
        "C: 这个清洁剂能擦什么",
        "A: 万能清洁剂，家里什么都能擦",
    ]), "ad.absolute|ad.efficacy|ad.superlative", "003 广告禁用词 1: 万能", platform="douyin"),
    chat("v212", wchat(0, [
        "C: 音质跟别家比怎么样",
        "A: 亲，我们的音质秒杀全网同价位耳机",
    ]), "ad.whole_net|ad.superlative", "003 拼多多禁语 3 全网系: 秒杀全网", platform="pinduoduo"),
    chat("v213", wchat(1, [
        "C: 这个吹风机好用吗",
        "A: 最最最好用的一款了，闭眼入",
    ]), "ad.superlative", "003 拼多多禁语 3 最系列: 最 repeated", platform="jd"),
    chat("v214", wchat(2, [
        "C: 尺码有点纠结 要不要换大一号",
        "A: 您烦不烦啊，都回答三遍了",
    ]), "forbidden.impatient", "003 天猫禁语 一: 烦不烦", platform="taobao"),
    chat("v215", wchat(3, [
        "C: 到底什么时候发啊 快点",
        "A: 催什么催，到时间自然就发了",
    ]), "forbidden.impatient,response.urge?,response.complaint.chat?", "003 天猫禁语 一 / 000 篇2 四、3: 催什么催", platform="pinduoduo"),
    chat("v216", wchat(4, [
        "C: 这个会不会缩水",
        "A: 应该不会吧，说不准",
    ]), "forbidden.uncertain|forbidden.uncertain_hedge", "001 禁用语 / 000 篇2 五、8: 说不准 about a fact the shop should know", platform="jd"),
    chat("v217", wchat(5, [
        "C: 我已经付款了",
        "A: ok滴亲，马上安排",
    ]), "forbidden.english", "001 禁用语: ok in lower case", platform="douyin"),
    call("v218", wcall(4, [
        "C: 我想问一下那个 （声音很小）",
        "A: 听不到 大声点",
        "C: 我说 我想问退货",
        "A: 好的，退货请在订单页面申请，快递员会上门取件",
        "C: 好",
    ]), "forbidden.cant_hear,forbidden.hearing_no_apology?", "000 篇6: 大声点 without apology"),
    chat("v219", [
        "C: 在吗",
        "A: 嗯 在",
        "C: 这个有白色吗",
        "A: 有的亲，白色现货",
    ] + ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
        "greeting.chat,forbidden.bare_ack?", "000 篇5 第一: 嗯 在 as the welcome", platform="jd"),
    chat("v220", wchat(6, [
        "C: 我昨天下午问的问题还没人回",
        "+700 A: 在的",
        "C: ？？",
        "A: 亲，您问的防水问题，这款是生活防水",
    ]), "response.late_reply.chat,response.complaint.chat?", "000 篇5 第三: nearly twelve minutes, then a bare 在的 with no apology", platform="taobao", iso=True),
    chat("v221", wchat(7, [
        "C: 你們回覆太慢了吧",
        "A: 已經發貨了",
    ]), "response.complaint.chat", "000 篇8 售前服务: a complaint about slow replies in traditional characters, unanswered", platform="taobao"),
    chat("v222", wchat(8, [
        "A: 亲，您的包裹已经签收了哦",
        "C: 收到了 谢啦",
        "A: 您看下还有什么问题吗",
        "C: 没有了",
    ], opener="C: 查下我的快递"), "response.thanks.chat", "000 篇7 24: 谢啦 left unanswered", platform="jd"),
    call("v223", wcall(5, [
        "C: 我的订单怎么显示已取消",
        "+7 A: 您的订单因为超时未付款被系统取消了",
        "C: 哦 那我重新下",
        "A: 好的，重新下单就可以了",
    ]), "dead_air.call", "000 篇6 3: seven seconds of silence before the answer, no hold and no word"),
    call("v224", wcall(6, [
        "C: 我想把两个订单合并发货 一个是 上午下的",
        "~1.8 A: 不能合并",
        "C: 我还没说完呢 另一个是下午的",
        "A: 抱歉，两个订单可以备注一起发，但没法合成一个订单",
        "C: 好吧",
    ]), "interruption.call," + REFUSE, "000 篇1 4 / 篇2 五、2: talking over the customer with a bare refusal"),
    call("v225", wcall(7, [
        "C: 帮我看看我的优惠券过期没",
        "A: 好的，请您稍等，我帮您查一下好吗",
        "C: 好",
        "!hold_start",
        "!wait 30",
        "!hold_end",
        "A: 好了 查到了 您的券下周一过期",
        "C: 好的",
    ]), "hold.return.call", "004 保持 2: back from hold with 好了 查到了 and no thanks"),
]
