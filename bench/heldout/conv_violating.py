"""Conversations with one (at most two) deliberate violations each.

expect: "a,b" both rules should fire; "a|b" either one is right (the books
have overlapping ids for one seed requirement); "x?" may fire without being
counted as a false alarm (a second id that fairly applies too).
"""
from make_set import call, chat
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
        "A: 现在好了吧 能听到了吧",
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
        "A: 很抱歉，这个超出了我们的服务范围",
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
        "A: 这个我也没有什么更好的建议了",
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
    ]), "forbidden.cant_hear,forbidden.address_ni?", "000 篇6: 'can't hear you talking'"),
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
        "A: 您好，很高兴为您服务，请问有什么可以帮您？",
        "C: 我问一下积分怎么兑换",
        "A: 在会员中心点击积分商城就可以兑换了",
        "C: 好的知道了",
        "A: 如果没有其他的事，请挂机吧",
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
    ]), "forbidden.interjection_o", "001 禁用语: 哦 as an interjection opening the reply", platform="jd"),
    chat("v050", wchat(2, [
        "C: 这个耳机音质咋样",
        "A: 亲 这款音质超赞的 yyds",
    ]), "forbidden.slang", "000 篇2 五、7: internet slang instead of service language", platform="pinduoduo"),
]
