"""Violating conversations, round 2: required responses (thanks, apology,
complaint, harm, suggestion, reply time, requests the seeds script)."""
from wrap import wchat, wcall, chat, call, GREET_CHAT, GREET_CALL, OPEN_C

CONVS = [
    # response.personal_info
    chat("r2v101", wchat(1, [
        "C: 小姐姐你服务真好，加个微信呗，以后直接找你买",
        "A: 亲，拍下后请在备注里写好颜色哈",
        "C: 那微信呢",
        "A: 以后有需要直接在店铺里咨询就行，我们都在的",
    ]), "response.personal_info", "000 篇2 三、6: the agent's private contact asked for, no apology, no nickname", platform="taobao"),
    call("r2v102", wcall(2, [
        "C: 你叫什么名字 你把全名告诉我 我要记下来",
        "A: 这 个 不 能 说",
        "C: 为什么不能说",
        "A: 您刚才咨询的换货 我已经帮您登记好了 快递员明天上门取件",
    ]), "response.personal_info", "000 篇2 五、3 / 004 特殊沟通 4: full name asked, blunt refusal, no job number offered"),
    # response.named_agent
    call("r2v103", wcall(3, [
        "C: 我找上次那个姓刘的客服 让她接",
        "A: 她今天没上班",
        "C: 那算了 我跟你说吧 我的床垫什么时候送",
        "A: 床垫后天上午送到",
    ]), "response.named_agent", "000 篇2 三、1 / 004 特殊沟通 1: a named agent asked for, no apology and no offer to help"),
    chat("r2v104", wchat(4, [
        "C: 小满客服在吗？之前都是她接待我的",
        "A: 不在",
        "C: 好吧 那我问你 这件大衣有没有加绒款",
        "A: 亲，有的，加绒款在店铺首页第二个链接",
    ]), "response.named_agent|forbidden.curt", "004 特殊沟通 1: a named agent asked for, a bare 'not here'", platform="jd"),
    # response.invitation
    chat("r2v105", wchat(5, [
        "C: 你人真好 周末请你喝奶茶吧 哈哈",
        "A: 我们上班时间不能私下见客户的",
        "C: 好吧好吧",
    ]), "response.invitation", "000 篇2 三、7: a kind invitation turned down without thanks", platform="douyin"),
    # response.manager_request
    call("r2v106", wcall(6, [
        "C: 我不跟你说了 把你们主管叫来",
        "A: 主 管 不 接 客 户 电 话 的",
        "C: 那你给我解决",
        "A: 您是说快递丢件想要赔偿对吧 我给您提交理赔申请 三个工作日内给您回复",
    ]), "response.manager_request", "004 抱怨投诉 6: a manager demanded, no apology and no call-back offered"),
    chat("r2v107", wchat(7, [
        "C: 让你们店长出来说话",
        "A: 店长很忙的，有事跟我说一样",
        "C: 我要退差价",
        "A: 好的，差价12元已经给您申请了，24小时内原路退回",
    ]), "response.manager_request", "004 抱怨投诉 6: a manager demanded, brushed off", platform="pinduoduo"),
    # response.urge
    chat("r2v108", wchat(8, [
        "C: 一个礼拜了还没发货？？能不能帮我催催",
        "A: 好的",
        "C: 然后呢",
    ]), "response.urge", "002 售后 四、2 客户来催单: only 'OK', no soothing, no progress", platform="taobao"),
    call("r2v109", wcall(7, [
        "C: 我那个沙发说好三天送到 今天都第五天了 你们快给我催一下",
        "A: 嗯 记下了",
        "C: 记下了是什么意思",
        "A: 您是说沙发超过约定时间还没送到 让我们催一下对吧 我这边会跟进的",
    ]), "response.urge,response.complaint.call?", "002 售后 四、2: an urge answered with 'noted', no progress given"),
    # response.defer_without_time
    chat("r2v110", wchat(9, [
        "C: 我申请的保价退款审核了没",
        "A: 亲，我这边帮您提交给财务了，等有结果了会第一时间通知您的",
        "C: 好吧",
    ]), "response.defer_without_time|response.reply_time.chat", "000 篇1 7: a deferred answer with no time", platform="jd"),
    call("r2v111", wcall(8, [
        "C: 我上次反映的那个 电表走得特别快的问题 有结论了吗",
        "A: 您是说之前反映电表走得快 想知道核查结果对吗",
        "C: 对",
        "A: 还 在 核 查 中 等 那 边 反 馈 了 再 联 系 您",
        "C: 好吧",
    ]), "response.defer_without_time|response.reply_time.call", "004 抱怨投诉 7: deferred with no reply time"),
    # response.thanks.chat
    chat("r2v112", ["C: " + OPEN_C[0], "A: " + GREET_CHAT[0],
        "C: 这个保温杯能装开水吗",
        "A: 可以的亲，内胆是316不锈钢，开水没问题",
        "A: 请问还有其他需要咨询的吗？",
        "C: 没了 多谢多谢 解答得很详细",
        "A: 好的，祝您购物愉快，再见～",
    ], "response.thanks.chat", "000 篇7 24: the customer's thanks not answered (the goodbye only)", platform="douyin"),
    chat("r2v113", ["C: " + OPEN_C[1], "A: " + GREET_CHAT[1],
        "C: 快递到了 谢谢亲帮我催 ❤",
        "A: 嗯嗯",
        "A: 亲，还有其他问题吗",
        "C: 没有啦",
        "A: 好的，祝您生活愉快，期待您的下次光临～",
    ], "response.thanks.chat|forbidden.bare_ack", "000 篇7 24: thanks answered with a bare 嗯嗯", platform="taobao"),
    # response.thanks.call
    call("r2v114", [
        "A: " + GREET_CALL[1],
        "C: 我想问下空气净化器的滤网怎么拆",
        "A: 您是想了解滤网怎么拆下来对吧 您把机器背面的盖板往下按 滤网就能抽出来",
        "C: 哦 找到了 太感谢了",
        "A: 另外滤网建议六个月换一次",
        "C: 好",
        "A: 请问还有其他需要帮您的吗",
        "C: 没有了",
        "A: 好的 感谢您的来电 再见",
        "C: 再见",
    ], "response.thanks.call", "004 特殊沟通 10: the caller's thanks passed over"),
    # response.apology.chat / call
    chat("r2v115", wchat(2, [
        "C: 不好意思啊，刚才发错图了，这张才是我收到的",
        "A: 收到，这是外包装压痕，不影响使用的",
        "C: 好的",
    ]), "response.apology.chat", "000 篇2 五、6: the customer's apology not answered", platform="pinduoduo"),
    call("r2v116", wcall(0, [
        "C: 呃 抱歉抱歉 我刚才报错了 订单尾号是六六二零 不是六六二一",
        "A: 尾号六六二零的订单 已经发货了 明天能到",
        "C: 好",
    ]), "response.apology.call,response.readback.call?", "000 篇2 五、6: the caller apologises, the agent passes over it"),
    # response.complaint.chat
    chat("r2v117", wchat(3, [
        "C: 你们家客服回复也太慢了吧，等了半天",
        "A: 亲，请问您需要咨询什么呢",
        "C: 我要退货",
        "A: 好的，退货申请发我一下订单号哈",
    ]), "response.complaint.chat", "000 篇8 售前服务 / 002 参考用语2 1: a complaint about slow replies passed over", platform="douyin"),
    chat("r2v118", wchat(4, [
        "C: 衣服洗一次就起球，质量真差劲😡",
        "A: 面料里含羊毛，轻微起球是正常现象",
        "C: 正常？？",
        "A: 亲，非常抱歉，我给您申请退货",
    ]), "response.complaint.chat", "002 参考用语2 1: the first reaction to a quality complaint is a defence", platform="jd"),
    chat("r2v119", wchat(5, [
        "C: 換了三個客服了都沒解決，氣死我了",
        "A: 請把訂單號發給我",
        "C: 3390218",
        "A: 非常抱歉，查到了，補發的包裹今天下午出庫",
    ]), "response.complaint.chat", "003 抖音售后 1 安抚: anger at being passed around, no soothing first (traditional characters)", platform="taobao"),
    # response.complaint.call
    call("r2v120", wcall(1, [
        "C: 你们这热线也太难打了 我打了一上午才打进来",
        "A: 请问您要办理什么业务",
        "C: 我的宽带断了",
        "A: 您是说宽带断网了对吧 我给您报障 师傅两小时内联系您",
    ]), "response.complaint.call", "004 抱怨投诉 1 热线难拨通: the complaint passed over"),
    call("r2v121", wcall(2, [
        "C: 上次那个客服态度太差了 我问两句她就不耐烦",
        "A: 您 这 次 打 来 是 要 办 什 么",
        "C: 我就是要投诉她",
        "A: 非常抱歉 您是说上次接待您的同事态度不好对吧 我记下来 请问您贵姓",
        "C: 我姓马",
        "A: 马先生 您反映的情况我会如实上报 两个工作日内给您回复",
    ]), "response.complaint.call", "004 抱怨投诉 3: complaint about a colleague's attitude, no apology at first"),
    # response.harm.chat / call
    chat("r2v122", wchat(6, [
        "C: 吃了你们家的鸭脖我拉了一晚上肚子",
        "A: 亲，麻烦提供一下订单号和生产日期的照片",
        "C: 你就不问问我怎么样了？",
        "A: 非常抱歉，您身体好些了吗？",
    ]), "response.harm.chat", "003 抖音售后 1: illness after eating, the agent asks for proof first", platform="douyin"),
    call("r2v123", wcall(3, [
        "C: 我 用 了 你 们 那 个 面 霜 脸 上 起 了 一 片 红 疹 子",
        "A: 您 是 说 用 面 霜 后 脸 上 起 红 疹 对 吧 麻 烦 您 把 批 号 报 一 下",
        "C: 批号是 二零二六零八一二",
        "A: 批号二零二六零八一二 我登记好了 给您办理退货",
    ]), "response.harm.call", "003 抖音售后 1: a skin reaction, no apology or care for the caller"),
    # response.suggestion.chat / call
    chat("r2v124", wchat(7, [
        "C: 建议你们包装里多放点气泡膜，上次的杯子差点碎了",
        "A: 好的",
        "C: 嗯",
    ]), "response.suggestion.chat|forbidden.bare_ack", "000 篇7 52: a suggestion met with a bare 'OK'", platform="pinduoduo"),
    call("r2v125", wcall(4, [
        "C: 我觉得你们可以在小程序里加个预约时间的功能 每次打电话太麻烦",
        "A: 嗯 这个功能目前没有",
        "C: 所以建议你们加一个",
        "A: 那您今天是要预约上门对吧 我给您约明天下午两点到四点",
    ]), "response.suggestion.call", "004 特殊沟通 9: a caller's suggestion, no thanks"),
    # response.reply_time.chat / call
    chat("r2v126", wchat(8, [
        "C: 换货寄回去了，新的什么时候给我发？",
        "A: 亲，仓库收到后会尽快给您安排的",
        "C: 尽快是多快",
        "A: 收到退货后会优先处理的亲",
    ]), "response.reply_time.chat|response.defer_without_time", "000 篇1 7: asked when, answered 'as soon as possible'", platform="taobao"),
    call("r2v127", wcall(5, [
        "C: 我 提 交 的 那 个 理 赔 什 么 时 候 能 有 结 果",
        "A: 您是想了解理赔的进度对吧 目前已经在审核了 我们会抓紧给您处理",
        "C: 那大概要多久",
        "A: 审核完会有专员联系您的",
    ]), "response.reply_time.call|response.defer_without_time", "004 特殊沟通 11: asked when, no time given"),
    # response.ask_more_skips_question.chat
    chat("r2v128", ["C: " + OPEN_C[9], "A: " + GREET_CHAT[9],
        "C: 这款床单是全棉的吗？机洗会掉色吗？",
        "A: 亲，请问还有其他需要了解的吗？",
        "C: 你还没回答我啊",
        "A: 非常抱歉，是全棉的，首次洗涤建议冷水，不会掉色",
        "C: 好的没了 谢谢",
        "A: 不客气，感谢您的惠顾，再见～",
    ], "response.ask_more_skips_question.chat", "003 客服的方法: an ask-more instead of an answer", platform="jd"),
    # response.late_reply.chat
    chat("r2v129", wchat(9, [
        "C: 请问这个台灯能调色温吗",
        "+260 A: 可以调的，有三档色温",
        "C: 好的",
    ]), "response.late_reply.chat", "000 篇5 第三 / 001 应答规范: a reply after four minutes with no apology", platform="douyin"),
    chat("r2v130", wchat(10, [
        "C: 我的快递单号是多少",
        "A: 好的，请您稍等，我帮您查一下",
        "+400 A: 亲，单号是SF1402958833，已经在派送了",
        "C: 好",
    ], opener=["C: 在吗"]), "response.late_reply.chat", "001 应答规范: the agent comes back after nearly seven minutes without an apology", platform="taobao"),
    # response.first_reply.chat
    chat("r2v131", ["C: 有人吗", "+40 A: " + GREET_CHAT[3],
        "C: 这款手机壳有iPhone 15的吗",
        "A: 有的亲，在规格里选15就可以",
    ] + [
        "A: 亲还有什么需要了解的吗", "C: 没有了谢谢", "A: 不客气，感谢光临，祝您生活愉快～"],
        "response.first_reply.chat,response.first_reply_3s.chat", "000 篇8 沟通技巧 1: the first reply after 40 s", platform="pinduoduo"),
    chat("r2v132", ["C: 你好", "+6 A: " + GREET_CHAT[4],
        "C: 我想问下这款羽绒服充绒量多少",
        "A: 这款充绒量是180克，白鸭绒",
    ] + [
        "A: 请问还有其他问题吗", "C: 没有啦 谢谢", "A: 不客气哈，感谢您的光临，再见～"],
        "response.first_reply_3s.chat", "001 应答规范 3秒应答: the first reply after 6 s", platform="jd"),
]
