"""Violating conversations, round 2: openings, closings, timing, holds,
transfers and the other call procedures."""
from wrap import wchat, wcall, wout, chat, call, outcall, GREET_CHAT, GREET_CALL, END_CHAT, END_CALL, END_OUT, OPEN_C

CONVS = [
    # greeting.chat
    chat("r2v300", ["C: 这个电热水袋充一次电能用多久", "A: 在的",
        "C: ？", "A: 亲，充满一次可以保暖四到六个小时",
    ] + END_CHAT[0], "greeting.chat", "000 篇5 第一: a bare 在的 as the first reply", platform="taobao"),
    chat("r2v301", ["C: 有没有S码", "A: 有的，S码有库存",
    ] + END_CHAT[1], "greeting.chat", "000 篇4 开头 / 001 开场白: the first reply answers with no welcome", platform="jd"),
    chat("r2v302", ["C: 在吗在吗", "A: 嗯嗯 在呢",
        "C: 这个茶几好安装吗", "A: 亲，茶几是一体成型的，不需要安装哈",
    ] + END_CHAT[2], "greeting.chat|forbidden.bare_ack", "000 篇5 第一: 嗯嗯在呢 as the welcome", platform="douyin"),
    # greeting.call
    call("r2v303", ["A: 您好。",
        "C: 你好 我想问下我的快递",
        "A: 好的 您是想查快递对吧 麻烦报一下单号",
        "C: 七七三零二一",
        "A: 单号七七三零二一 对吧 包裹今天下午送到",
    ] + END_CALL[0], "greeting.call", "000 篇1 1: only 您好, no service phrase"),
    call("r2v304", ["A: 嗯 请讲",
        "C: 我想问下你们几点下班",
        "A: 我们门店晚上九点关门 热线是二十四小时的",
    ] + END_CALL[1], "greeting.call", "004 开头语: 请讲 instead of a greeting"),
    call("r2v305", ["A: 晴 川 家 居 售 后",
        "C: 你好 我家衣柜门掉了",
        "A: 您是说衣柜门掉下来了对吧 我给您安排师傅明天上门维修",
    ] + END_CALL[2], "greeting.call", "000 篇2 一、1: the company name alone, no greeting"),
    # closing.chat / closing.chat_ask
    chat("r2v306", ["C: " + OPEN_C[3], "A: " + GREET_CHAT[3],
        "C: 这个能放洗碗机吗", "A: 可以的亲，耐高温的",
        "A: 还有其他想了解的吗", "C: 没了 谢谢", "A: 不客气",
    ], "closing.chat", "000 篇5 第六 / 001 结束语: no farewell at the end", platform="pinduoduo"),
    chat("r2v307", ["C: " + OPEN_C[4], "A: " + GREET_CHAT[4],
        "C: 尺码标准吗", "A: 标准码的亲，按平时穿的选就好",
        "C: 好的 谢谢", "A: 不客气的呢",
        "C: 那我下单了", "A: 好的亲，收货人、电话和地址跟您确认一下：王先生，尾号6721，广州市天河区体育西路101号，对吗？", "C: 对",
        "A: 好的，今天就给您发出",
    ], "closing.chat,closing.chat_ask", "001 结束语: the chat ends with no ask-more and no farewell", platform="taobao"),
    chat("r2v308", ["C: " + OPEN_C[5], "A: " + GREET_CHAT[5],
        "C: 充电器是原装的吗", "A: 是原装的亲，包装里附带",
        "C: 好的 谢谢啦", "A: 不客气，感谢您的光临，祝您生活愉快～",
    ], "closing.chat_ask", "000 篇4 11 / 001 结束语: a farewell with no ask-more", platform="jd"),
    # closing.call / closing.call_thanks
    call("r2v309", wcall(0, [
        "C: 我想查一下保修期到什么时候",
        "A: 您是想查保修期对吧 报一下机身编码",
        "C: 编码是 ＡＸ８８２０",
        "A: ＡＸ８８２０ 对吧 保修到明年三月十号",
    ])[:-4] + ["C: 好的 知道了", "A: 嗯 那就这样 感谢您的来电 再见", "C: 再见"],
        "closing.call", "000 篇1 7: goodbye without asking whether anything else is needed"),
    call("r2v310", wcall(1, [
        "C: 你们周末上门安装吗",
        "A: 周末也可以上门的 需要提前一天预约",
    ])[:-4] + ["A: 请问您还有其他问题吗", "C: 没有了", "A: 好 的 那 再 见 了", "C: 再见"],
        "closing.call_thanks", "002 第二篇 6.1(2) / 000 篇1 7: ask-more and goodbye, but no thanks"),
    call("r2v311", ["A: " + GREET_CALL[2],
        "C: 我那个洗碗机的安装师傅明天几点到",
        "A: 您是想确认师傅明天的上门时间对吧 明天上午九点到十一点之间",
        "C: 行",
        "A: 好 的 拜 拜", "C: 拜拜"],
        "closing.call,closing.call_thanks", "000 篇1 7: a bare 拜拜, no ask-more, no thanks"),
    # greeting.outbound.call / closing.outbound.call
    outcall("r2v312", ["A: 刘先生 您上回报修的热水器 师傅明天上午过去",
        "C: 哦 好的 几点",
        "A: 刘先生 师傅明天上午十点左右到",
        "C: 好",
    ] + END_OUT[0], "greeting.outbound.call", "002 第二篇 6.2: an outbound call with no greeting and no self-introduction"),
    outcall("r2v313", wout(1, [
        "C: 方便 你说",
        "A: 您的退货已经收到了 退款三个工作日内原路退回",
        "C: 好的",
    ], what="退货")[:-4] + ["A: 请问还有其他问题吗", "C: 没有", "A: 嗯 好 那 就 这 样 再 见"],
        "closing.outbound.call", "002 第二篇 6.2: an outbound call closed without thanks"),
    # greeting.festival.call
    call("r2v314", wcall(3, [
        "C: 我想问下今天你们上门维修吗",
        "A: 您是想问今天是否正常上门对吧 今天正常上门 只是时段会紧一些",
    ]), "greeting.festival.call", "004 节日开头语: a call on 1 October with no festive greeting",
        started="2026-10-01T10:20:00+08:00"),
    # address.surname.call
    call("r2v315", wcall(4, [
        "C: 你好 我姓陈 我家空调遥控器丢了 能单独买吗",
        "A: 您是说空调遥控器丢了 想单独买一个对吧",
        "C: 对",
        "A: 可以的 原装遥控器三十五元 我帮您下单 两天内寄到",
    ]), "address.surname.call", "004 称呼语: the caller gives a surname, the agent never uses it"),
    call("r2v316", wcall(5, [
        "A: 请问您贵姓",
        "C: 免贵姓欧阳",
        "A: 好的 请问您遇到什么问题了",
        "C: 我的净水器一直在响",
        "A: 您是说净水器一直发出响声对吧 一般是进水压力高 我给您安排师傅今天下午上门",
    ]), "address.surname.call", "000 篇2 一、3 无视客户的姓名: a two-character surname asked for and never used"),
    # answer.call
    call("r2v317", wcall(6, [
        "C: 我想问下你们的门店地址",
        "A: 您是想了解门店地址对吧 在解放路一百二十号 一楼",
    ]), "answer.call", "000 篇2 四、1 / 002 6.1(1): six rings, no apology for the wait", rings=6),
    # hangup.call
    call("r2v318", wcall(7, [
        "C: 帮我取消一下明天的预约",
        "A: 您是想取消明天的上门预约对吧 已经帮您取消了",
    ])[:-4] + ["A: 请问还有其他问题吗", "C: 没有了", "A: 好的 感谢您的来电 再见", "!hangup agent"],
        "hangup.call", "000 篇4 12 / 篇2 六、3: the agent hangs up the moment the goodbye ends"),
    # silent_call.call
    call("r2v319", ["A: " + GREET_CALL[0], "!wait 4", "!hangup agent"],
        "silent_call.call", "000 篇2 一、5 / 004 无声电话: one greeting, then hung up"),
    call("r2v320", ["A: " + GREET_CALL[1], "!wait 3.5", "A: 喂 喂 有人吗 听不到啊", "!wait 3.5", "!hangup agent"],
        "silent_call.call,forbidden.cant_hear|forbidden.casual", "000 篇2 一、5: 喂喂听不到 and hung up"),
    # dead_air.call
    call("r2v321", wcall(8, [
        "C: 我想问一下会员卡怎么升级",
        "+9 A: 您是想了解会员升级对吧 消费满两千元自动升级",
    ]), "dead_air.call", "000 篇1 3 / 篇6 3: nine seconds of silence after the caller"),
    call("r2v322", wcall(0, [
        "C: 我要办停机保号",
        "A: 您是想办理停机保号对吧 请问停多久",
        "C: 三个月",
        "+7.5 A: 好的 已经办好了 三个月后自动恢复",
    ]), "dead_air.call", "000 篇6 3: seven and a half seconds without a word"),
    # interruption.call
    call("r2v323", wcall(1, [
        "C=9: 我上周买的电视 到货以后 开机就是黑屏 有声音但是没有画面 我试过换插座",
        "~5 A: 这 个 是 屏 幕 的 问 题 您 换 货 就 行",
        "C: 我还没说完呢",
        "A: 抱歉 您是说电视开机黑屏 有声音没画面对吧 我给您办理换货",
    ]), "interruption.call", "000 篇1 4: the agent talks over the caller for five seconds"),
    # listening.call
    call("r2v324", wcall(2, [
        "C=42: 事情是这样 我上个月在你们店里买了一台冰箱 送货的时候说好了帮我把旧冰箱拉走 结果旧冰箱没拉 新冰箱放进来以后也没调水平 现在一开门就晃 我找了你们门店 门店说让我打热线 热线又让我找门店 来回折腾了好几趟 到现在也没人管",
        "A: 非常抱歉给您添麻烦了 您是说新冰箱没调平 旧冰箱也没拉走 对吧 我马上给您登记 明天安排师傅上门",
    ]), "listening.call,response.complaint.call?", "000 篇1 3/4: 42 s of the caller without a single 嗯 or 是"),
    # speech_rate.call
    call("r2v325", wcall(3, [
        "C: 退货流程是怎样的",
        "A/11: 您是想了解退货流程对吧您在订单页面点申请退货选好原因上传照片提交后快递员会在一天内上门取件",
        "C: 啊 太快了",
        "A: 抱歉 我慢一点说 请问刚才哪一步您没听清",
    ]), "speech_rate.call,response.understood.call?", "000 篇1 2 / 篇2 三、4: eleven letters a second"),
    # hold.consent.call / hold.return.call
    call("r2v326", wcall(4, [
        "C: 我想查一下我家的燃气费",
        "A: 您是想查燃气费对吧 户号报一下好吗",
        "C: 户号是 三 零 二 一 五 五",
        "A: 三零二一五五 对吧",
        "!hold_start", "!wait 40", "!hold_end",
        "A: 感谢您耐心等待 本月燃气费是一百二十六元",
    ]), "hold.consent.call", "000 篇1 6: put on hold with no word and no consent"),
    call("r2v327", wcall(5, [
        "C: 帮我看下这个优惠券为什么用不了",
        "A: 您是说优惠券用不了对吧 我需要帮您查一下后台记录 大概要一分钟 请您稍等 好吗",
        "C: 好",
        "!hold_start", "!wait 45", "!hold_end",
        "A: 您这张优惠券限定家电品类使用",
    ]), "hold.return.call,response.thank_wait.call?", "004 保持 2: back from hold without thanks"),
    # hold.mute_consent.call / hold.mute_return.call
    call("r2v328", wcall(6, [
        "C: 我想问问我的维修单号",
        "A: 好的 麻烦报一下手机尾号",
        "C: 尾号八八零二",
        "A: 尾号八八零二 对吧",
        "!mute_start", "!wait 20", "!mute_end",
        "A: 感谢您的等待 维修单号是 WX 二零三一",
    ]), "hold.mute_consent.call", "000 篇2 五、1: muted with no word"),
    call("r2v329", wcall(7, [
        "C: 我的换货寄出去了吗",
        "A: 您是想查换货的发出情况对吧 我查一下 麻烦您稍等二十秒 可以吗",
        "C: 可以",
        "!mute_start", "!wait 18", "!mute_end",
        "A: 换货已经发出了 单号短信发给您了",
    ]), "hold.mute_return.call,response.thank_wait.call?", "000 篇2 五、1: back from mute without thanks or apology"),
    # hold.limit.call / hold.max.call
    call("r2v330", wcall(8, [
        "C: 帮我核对一下这个月的账单",
        "A: 您是想核对本月账单对吧 我需要调一下明细 请您稍等一分钟 好吗",
        "C: 好",
        "!hold_start", "!wait 85", "!hold_end",
        "A: 非常感谢您的耐心等待 本月账单一共四项 都是正常扣费",
    ]), "hold.limit.call", "000 篇2 三、8: a hold of 85 s with no return in between"),
    call("r2v331", wcall(0, [
        "C: 我想申请一下延期还款",
        "A: 您是想申请延期还款对吧 我需要帮您提交审核 请您稍等一下 不要挂机 好吗",
        "C: 行",
        "!hold_start", "!wait 230", "!hold_end",
        "A: 让您久等了 非常抱歉 延期申请已经提交 三个工作日内短信通知结果",
    ]), "hold.max.call,hold.limit.call?", "000 篇2 三、8 不可以让客户长时间等待: nearly four minutes on hold"),
    # transfer.consent.call / chat
    call("r2v332", ["A: " + GREET_CALL[1],
        "C: 我的信用卡被盗刷了",
        "A: 您是说信用卡被盗刷了对吗",
        "C: 对",
        "!transfer",
    ], "transfer.consent.call,closing.call?,closing.call_thanks?", "000 篇2 三、9: transferred without a word"),
    call("r2v333", ["A: " + GREET_CALL[2],
        "C: 我想问下那个 呃 软件更新以后打印机连不上",
        "A: 您是说软件更新后打印机连接不上对吧 我给您转到技术部",
        "!transfer",
    ], "transfer.consent.call,closing.call?,closing.call_thanks?", "000 篇2 三、9: transfer announced, no reason and no consent"),
    chat("r2v334", ["C: " + OPEN_C[6], "A: " + GREET_CHAT[6],
        "C: 我要申请退款，东西坏了",
        "S: 会话已转接至售后客服小伍",
        "A: 您好，售后客服小伍为您服务，请问您的订单号是多少呢",
        "C: 5520113",
        "A: 查到了亲，退款已经给您提交，一到三个工作日原路退回",
    ] + END_CHAT[6], "transfer.consent.chat", "002 售前 四、2: handed to another colleague without telling the customer", platform="taobao"),
]
