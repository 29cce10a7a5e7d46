"""Round 16, phone calls: the middles of the violating calls and their twins.
common.call_wrap adds the opening (company + job number + offer of help) and
the ending (ask-more, thanks, goodbye, the customer hangs up first) unless an
item says open=False / close=False; sur= names the caller in the goodbye."""

from common import call, pcall

# ---------------------------------------------------------------- openings and answering

call("greeting.call", "004 开头语 / 000 篇2 一、1: the opening names neither company nor job number and offers no help",
     """
A: [[您好，请讲||您好，鑫城自来水客服热线，3317号为您服务，请问有什么可以帮您？]]
C: 我家水表那里一直在滴水
A: 请问您怎么称呼？
C: 姓黄
A: 黄先生，我跟您确认一下，您家水表接口的位置一直滴水，是吧？
C: 对 滴了一上午了
A: 好的，我给您派维修师傅，今天下午两点到五点之间上门，师傅出发前会先给您打电话
C: 行
""", open=False, sur="黄")

call("greeting.call,forbidden.casual?", "000 篇1 1 / 002 第二篇 6.1(2): 喂 as the first word and no greeting",
     """
A: [[喂，你好||您好，蓝天宽带客服中心，工号2046，很高兴为您服务，请问有什么可以帮您？]]
C: 我家网断了
A: 请问您的宽带账号是多少？
C: 0 5 7 1 8 8 2 3 6 4
A: 我核对一下，05718823 64，对吗？
C: 对
A: 好的，我帮您查一下，请您稍等
+8 A: 感谢您的等待，您这边小区光缆在抢修，今天晚上六点前恢复
C: 好吧
""", open=False)

call("forbidden.curt|greeting.call", "000 篇2 一、1: 您好，什么事情 is the banned opening",
     """
A: [[您好，华源燃气，有什么事？||您好，华源燃气客服，2231号为您服务，请问有什么可以帮您？]]
C: 我想问下燃气费在哪交
A: 您可以在华源燃气公众号里点“缴费”，输入户号就能交，也可以到营业厅交
C: 好 知道了
""", open=False)

call("answer.call,response.complaint.call?", "002 第二篇 6.1(1) / 000 篇2 四、1: the phone rang five times before it was answered",
     """
C: 我那个空调外机噪音特别大
A: 请问您怎么称呼？
C: 我姓宋
A: 宋女士，我跟您确认下，您家空调外机运转的时候噪音特别大，是吗？
C: 是的
A: 好的，我给您登记维修，明天上午九点到十二点师傅上门检查
C: 好
""", rings_v=5, rings=2, sur="宋", female=True, co="和润家电")

call("greeting.festival.call", "004 节日开头语: a call on National Day opened without the festival greeting",
     """
A: [[您好，易行租车客服热线，5520号为您服务，请问有什么可以帮您？||您好，国庆节快乐！易行租车客服热线，5520号为您服务，请问有什么可以帮您？]]
C: 我想把还车时间延后一天
A: 请问您的订单号是多少？
C: Y R 2 6 1 0 0 1 7 7
A: 我核对一下，YR26100177，对吗？
C: 对
A: 好的，已经帮您把还车时间延到10月3日晚上八点，费用按日租价加收一天
C: 行
""", open=False, started="2026-10-01T09:20:00+08:00")

# ---------------------------------------------------------------- listening to the caller

call("address.surname.call", "004 称呼语 / 000 篇2 一、3: the caller gave a surname and the agent never uses it",
     """
C: 我想问下物业费能不能按季度交
A: 请问您怎么称呼？
C: 我姓欧阳
A: [[好的，您是问物业费能不能改成按季度交，对吧？||欧阳女士，您是问物业费能不能改成按季度交，对吧？]]
C: 对
A: 可以的，您到物业服务中心填一张缴费方式变更表就行，下个季度开始生效
A: 请问还有其他需要帮您的吗？
C: 没有了
A: [[好的，感谢您的来电，祝您生活愉快，再见！||好的，欧阳女士，感谢您的来电，祝您生活愉快，再见！]]
C: 再见
""", close=False, co="安居物业")

call("response.restate.call", "000 篇2 三、3: the complaint-free fault report is not restated (speech-recognition text)",
     """
C: 我那个热水器啊 就是洗着洗着突然就变凉了 过一会又热
A: 请问您怎么称呼？
C: 姓何
A: [[何先生，热水器是燃气的还是电的？||何先生，我确认一下，您家热水器洗澡的时候会突然变凉，过一会儿又热了，是这样吗？]]
K> C: 对对
K> A: 热水器是燃气的还是电的？
C: 燃气的
A: 好的，我给您约师傅明天上午上门检查，出发前会先打电话
C: 行
""", form="asr", sur="何", co="和润家电")

call("response.readback.call", "004 核实信息 1: a number the caller gave is not read back",
     """
C: 我要报修 户号是三二零一 五五八七
A: [[好的，记下了||我跟您核对一下，户号3201 5587，对吗？]]
K> C: 对
A: 请问是什么问题？
C: 暖气片不热
A: 我确认一下，您家暖气片不热，是吗？
C: 是
A: 好的，师傅今天下午四点前联系您上门
C: 好
""", co="恒通电力")

call("response.readback.call", "004 核实信息 1: the account number taken down without reading it back (speech recognition, characters spaced)",
     """
C: 你好 我交了电费没到账 户号是 六 六 零 八 一 二 三 四
A: [[好的，我查一下||我核对一下，户号66081234，对吗？]]
K> C: 对
A: 请您稍等
+7 A: 感谢您的等待，您今天上午缴的一百元已经到账了，系统显示有两个小时延迟
C: 哦 那就好
""", form="asrc", co="恒通电力")

call("response.understood.call", "004 结束语 1 / 000 篇2 六、1: long instructions given and no check that they were understood",
     """
C: 路由器要怎么重新设置啊
A: 好的，我跟您说一下步骤
A: 先找到路由器背面的小孔，用牙签按住十秒，等指示灯全部闪一下，再用手机连接路由器的无线网，打开浏览器输入192.168.1.1，按提示输入宽带账号和密码就可以了
K> A: 请问这几步您都清楚了吗？
K> C: 清楚了
C: 好 我去弄
""", co="蓝天宽带")

call("response.note_down.call", "004 特殊沟通 8 / 000 篇2 三、4: a long address and times read out with no offer to write them down",
     """
C: 我想去营业厅办过户 在哪里办
K> A: 内容有点多，麻烦您准备一下纸和笔，好吗？
K> C: 好了 你说
A: 营业厅在建设路218号华源大厦一楼，周一到周六上午八点半到下午五点，需要带房产证原件、双方身份证和最近一期的缴费单
A: 请问我说的您都记清楚了吗？
C: 记清楚了
""", co="华源燃气")

call("response.thank_wait.call", "004 保持 1: back from a short lookup without thanks for waiting",
     """
C: 我寄的快递到哪了 单号是 S J 7 7 2 0 3 1
A: 我核对一下，SJ772031，对吗？
C: 对
A: 好的，我帮您查一下，请您稍等
+8 A: [[您的快递已经到杭州转运中心了||非常感谢您的耐心等待，您的快递已经到杭州转运中心了]]，明天上午派送
C: 好
""", co="顺捷快递")

# ---------------------------------------------------------------- holds, mutes, transfers

call("hold.consent.call", "004 保持 2 / 000 篇1 6: the caller is put on hold without being asked",
     """
C: 我报修的那个单子 师傅到底啥时候来
A: 请问您的报修单号是多少？
C: B X 0 3 3 1 5
A: BX03315，对吗？
C: 对
A: [[我帮您查一下||我需要调一下派单记录，大概一分钟，您方便稍等一下吗？]]
K> C: 可以
!hold_start
!wait 50
!hold_end
A: 非常感谢您的耐心等候，师傅今天下午三点左右到，出发前会给您打电话
C: 好
""", co="康诺净水")

call("hold.return.call", "004 保持 2 / 000 篇2 三、8: back from hold without thanking the caller",
     """
C: 我想查一下我的积分
A: 好的，需要调一下会员记录，大概一分钟，您方便稍等吗？
C: 可以
!hold_start
!wait 45
!hold_end
A: [[您现在有3260分||非常感谢您的耐心等候，您现在有3260分]]，可以在公众号里兑换购物券
C: 好 谢谢
A: 不客气
""", co="百佳超市配送")

call("hold.max.call|hold.limit.call", "000 篇2 三、8: 不可以让客户长时间等待 – four minutes on hold without a word",
     """
C: 我的车险理赔进度能查一下吗
A: 好的，需要查一下理赔系统，您方便稍等一下吗？
C: 行
!hold_start
!wait [[240||40]]
!hold_end
A: 非常感谢您的耐心等候，您的理赔已经审核通过，三个工作日内打到您的银行卡
C: 好
""", co="易行租车")

call("hold.limit.call|hold.max.call", "000 篇2 三、8: 等候数秒后还未查到需将电话转回 – the long hold is not broken by an update",
     """
C: 我要查一下去年十二月的缴费记录
A: 好的，历史记录调取要一点时间，您方便稍等吗？
C: 可以
!hold_start
V> !wait 120
K> !wait 40
K> !hold_end
K> A: 很抱歉，记录还在调取中，麻烦您再稍等片刻，可以吗？
K> C: 行
K> !hold_start
K> !wait 40
!hold_end
A: 非常感谢您的耐心等候，去年十二月您缴了两次，一次两百，一次一百五
C: 对上了
""", co="华源燃气")

call("hold.mute_consent.call", "000 篇2 五、1: 在得到客户的同意后按静音键 – muted without asking",
     """
C: 我想改一下送货时间
A: 请问您的订单号是多少？
C: 八八二零一七
A: 882017，对吗？
C: 对
A: [[好||好的，系统反应有点慢，请您稍等片刻，好吗？]]
K> C: 嗯
!mute_start
!wait 20
!mute_end
A: 很抱歉让您久等了，已经改到明天下午两点到四点送达
C: 好
""", co="百佳超市配送")

call("hold.mute_return.call", "000 篇2 五、1: after mute the agent comes back with no apology or thanks",
     """
C: 我的会员卡丢了 能补办吗
A: 可以的，我查一下您的会员信息，请您稍等片刻，好吗？
C: 嗯
!mute_start
!wait 18
!mute_end
A: [[您的卡已经挂失了||很抱歉让您久等了，您的卡已经挂失了]]，带身份证到任意门店服务台就能补办新卡
C: 好的
""", co="百佳超市配送")

call("transfer.consent.call,closing.call?,closing.call_thanks?", "000 篇2 三、9: transferred without the reason or the caller's consent",
     """
C: 我家网速特别慢 测速才几兆
A: 我确认一下，您家宽带测速只有几兆，明显变慢了，是吗？
C: 是的
A: [[我给您转一下||这个需要技术部门的工程师远程检测，我帮您转接过去，好吗？]]
K> C: 好
A: 请稍等，正在为您转接
!transfer
""", close=False, hangup=None, co="蓝天宽带")

# ---------------------------------------------------------------- timing of speech

call("dead_air.call", "000 篇6 3 / 篇1 3: nine seconds of silence after the caller's question, nothing said",
     """
C: 我想问一下 你们周末上门安装吗
[[+9 ||]]A: 周末也可以上门的，周六周日都安排了师傅
C: 那给我约周六上午吧
A: 好的，请问您的地址是？
C: 城南花园七栋二单元501
A: 我核对一下，城南花园7栋2单元501，对吗？
C: 对
A: 已经给您约好周六上午九点到十二点
C: 好
""", co="康诺净水", form="asr")

call("interruption.call", "000 篇1 4: 千万不要打断客户说话 – the agent talks over the caller",
     """
C: 我上周买的那个电饭煲 煮饭老是夹生 我按说明书放的水 而且已经试了好几次了
[[~2.5 ||]]A: 我确认一下，您家电饭煲煮饭总是夹生，水量是按说明书放的，是吗？
C: 对
A: 好的，这个可能是加热盘的问题，给您换一台新的，明天上门取旧送新
C: 行
""", co="美家电器售后")

call("speech_rate.call", "000 篇1 2 / 篇2 三、4: the instructions are read out far too fast",
     """
C: 燃气卡怎么充值
A/[[8||4]]: 您可以在华源燃气公众号里点缴费，选择卡表充值，输入卡号和金额付款以后，把燃气卡插到表里读一下数就到账了
A: 请问我刚才说的您清楚了吗？
C: 清楚了
""", co="华源燃气")

call("listening.call", "000 篇1 3 / 004 热线规范 柒、一: the caller talks for forty seconds and the agent gives no sign of listening",
     """
V> C=40: 我跟你说啊 我们小区上个月开始就老停水 一停就是大半天 也不提前通知 家里老人孩子都没法洗 我打过两次电话了每次都说马上修 结果还是一样 我就想知道到底啥时候能弄好
K> C=14: 我跟你说啊 我们小区上个月开始就老停水 一停就是大半天
K> A: 嗯
K> C=13: 也不提前通知 家里老人孩子都没法洗
K> A: 是的
K> C=13: 我打过两次电话了每次都说马上修 结果还是一样 我就想知道到底啥时候能弄好
A: 非常抱歉给您和家人带来不便，我确认一下，您小区上个月起经常停水，停水前没有通知，已经反映过两次还没解决，是吗？
C: 对
A: 我给您升级加急处理，明天中午十二点前主管会给您回电说明维修时间
C: 好
""", co="鑫城自来水")

# ---------------------------------------------------------------- silent, noisy and nuisance calls

call("silent_call.call", "000 篇2 一、5 / 004 无声电话: after one repeat of the greeting the line is dropped, with no 能听到吗 and no goodbye",
     """
+3 A: 您好，请问有什么可以帮您？
V> !wait 1
K> +3 A: 您好，请问您能听到我说话吗？
K> +3 A: 很抱歉，听不到您的声音，麻烦您挂断后再打一次，谢谢您的来电，再见！
K> !wait 3
!hangup agent
""", close=False, co="顺捷快递")

call("forbidden.hangup_threat,silent_call.call?", "000 篇2 一、6 / 篇6: 不说话就挂了 – threatening to hang up on a silent line",
     """
+3 A: 您好，请问有什么可以帮您？
+3 A: [[您再不出声我就挂了啊||您好，请问您能听到我说话吗？]]
+3 A: 很抱歉，听不到您的声音，请您过一会儿再打过来，谢谢您的来电，再见！
!wait 3
!hangup agent
""", close=False, co="华源燃气")

call("forbidden.cant_hear,forbidden.hearing_no_apology?", "000 篇2 二、1 / 篇6: 大点声 / 听不清 said bluntly",
     """
C/2: 我想 那个 问一下 燃气
A: [[听不清，您大点声||很抱歉，我这边听不太清楚，麻烦您稍微大声一点，好吗？]]
C: 我想问一下燃气灶打不着火怎么办
A: 我确认一下，您家燃气灶打不着火，是吗？
C: 对
A: 先看一下灶具下面的电池是不是没电了，换两节新的一号电池试试；还不行的话我给您约师傅
A: 请问我说的您清楚了吗？
C: 清楚了 我先换电池
""", co="华源燃气")

call("forbidden.hearing_no_apology", "004 无法听清 4 / 000 篇2 二、4: asking for Mandarin without an apology",
     """
C: 阿拉屋里厢格煤气表老是嗒嗒嗒响
A: [[您讲普通话吧||非常抱歉，我没听明白，您方便讲普通话吗？]]
C: 哦 我家燃气表一直在响
A: 我确认一下，您家燃气表一直发出响声，是吗？
C: 是的
A: 可能是表的电池没电报警了，我给您安排师傅今天下午上门看看
C: 好
""", co="华源燃气")

call("response.noisy_line.call", "004 无法听清 3: a noisy line dropped after one request, without repeating or waiting",
     """
C: [杂音] 喂 我 那个 [杂音] 燃气 [杂音]
A: 非常抱歉，您的电话杂音很大，我这边听不清，请您换一部电话再打来，好吗？
V> !wait 1
K> +5 A: 非常抱歉，您的电话杂音很大，请您换一部电话再打来，好吗？
K> +5 A: 很抱歉一直听不清，感谢您的来电，再见！
K> !wait 5
!hangup agent
""", close=False, co="华源燃气")

call("closing.nuisance.call,forbidden.hangup_threat?", "004 特殊沟通 6: a nuisance caller cut off with a snap instead of the scripted steps",
     """
C: 小姐姐 陪我聊会天呗 我无聊
A: [[没事别瞎打，我挂了||您好，这里是顺捷快递客服中心，您要是有寄件、查件的问题，我马上帮您办；要是没有的话，请您先挂机，让其他客户能打进来，好吗？]]
K> C: 就聊五分钟嘛
K> A: 很抱歉，这不在我们能提供的服务里，后面还有客户在排队，我先挂机了，再见！
K> !wait 5
V> !wait 1
!hangup agent
""", close=False, co="顺捷快递")

# ---------------------------------------------------------------- closings

call("hangup.call", "000 篇2 六、3 / 篇4 12: the agent hangs up first, right after the goodbye",
     """
C: 我想问一下明天停不停电
A: 请问您是哪个小区？
C: 锦绣华庭
A: 锦绣华庭明天上午九点到十一点有计划检修，会停两个小时
C: 好 知道了
""", co="恒通电力", hangup_v="agent", form="asr")

call("closing.call", "000 篇1 7 / 篇2 六、2: the call ends without asking whether anything else is needed",
     """
C: 我想约个驾校的科目二模拟
A: 请问您的学员编号是多少？
C: 2 6 0 3 3 8
A: 260338，对吗？
C: 对
A: 给您约在本周六上午九点，地点在二号训练场
C: 好的
V> A: 好的，感谢您的来电，再见！
K> A: 请问还有其他需要帮您的吗？
K> C: 没有了
K> A: 好的，感谢您的来电，再见！
C: 再见
""", close=False, co="新程驾校")

call("closing.call_thanks", "000 篇1 7 / 002 第二篇 6.1(2): the last words carry no thanks",
     """
C: 你们几点下班
A: 客服热线是早上八点到晚上十点
C: 好
A: 请问还有其他需要帮您的吗？
C: 没了
A: [[行，那就这样，再见||好的，感谢您的来电，再见！]]
C: 再见
""", close=False, co="安居物业")

call("forbidden.hangup_threat,closing.call?", "000 篇2 六、2: 如果没有其他的事，请挂机",
     """
C: 我家门口的路灯坏了
A: 请问具体在哪个位置？
C: 东区九栋门口
A: 我确认一下，东区9栋门口的路灯坏了，是吗？
C: 是的
A: 已经给您报修了，明天白天电工会去换
C: 行
A: [[没别的事您就挂了吧||请问还有其他需要帮您的吗？]]
K> C: 没有了
K> A: 好的，感谢您的来电，再见！
""", close=False, co="安居物业")

call("greeting.outbound.call", "002 第二篇 6.2: an outbound call that does not say who is calling and why",
     """
A: [[喂，是李女士吧，您宽带快到期了||您好，请问是李女士吗？我是蓝天宽带客服，工号3381，给您来电是提醒您家宽带下周到期]]
C: 哦 是我 要怎么续
A: 在蓝天宽带公众号里点“续费”，选套餐付款就可以，也可以到营业厅办理
C: 好的
A: 请问您还有其他问题吗？
C: 没有了
A: 好的，感谢您的接听，打扰您了，再见！
C: 再见
""", open=False, close=False, direction="outbound", co="蓝天宽带")

call("closing.outbound.call", "002 第二篇 6.2: an outbound follow-up that ends without thanks for taking the call",
     """
A: 您好，请问是钱先生吗？我是和润家电售后回访专员，工号4102，想耽误您一分钟，了解一下上周空调安装的情况
C: 可以
A: 请问安装师傅是否按约定时间上门，装完有没有把现场清理干净？
C: 都挺好的
A: 谢谢您的评价，请问空调现在使用正常吗？
C: 正常
A: [[好，那就这样||好的，感谢您的接听和支持，祝您生活愉快，再见！]]
C: 再见
""", open=False, close=False, direction="outbound", co="和润家电")

# ---------------------------------------------------------------- responses: complaints, harm, thanks

call("response.complaint.call", "004 抱怨投诉 1 / 000 篇2 四、1: the caller complains the line was hard to get through; no apology",
     """
C: 你们这电话也太难打了 打了半个小时
A: [[请问有什么可以帮您？||非常抱歉让您久等了，今天来电的人比较多，请问有什么可以帮您？]]
C: 我的快递显示签收了 但我没收到
A: 请问单号是多少？
C: S J 9 0 1 7 6 5
A: SJ901765，对吗？
C: 对
A: 我确认一下，这单显示签收了，但您本人没收到，是吗？
C: 是
A: 我马上联系派件员核实，今天下午五点前给您回电
C: 好
""", co="顺捷快递", form="asr")

call("response.complaint.call", "000 篇2 四、3: the caller says the agent is slow; no apology",
     """
C: 我家燃气卡充了值插进去没反应
A: 请问您的户号是多少？
C: 七七零三二一
A: 770321，对吗？
C: 对
A: 请您稍等，我查一下
+8 C: 你能不能快点 查个东西这么久
A: [[马上好了||很抱歉让您久等了，我尽快给您处理]]
A: 查到了，您的充值已经到账，卡表需要重新插一次，插够五秒再拔出来
C: 我试试
""", co="华源燃气")

call("response.complaint.call,forbidden.blame", "000 篇2 四、4: 刚才电话不是我接的 – the agent disowns a colleague's rude call",
     """
C: 昨天你们一个客服态度特别差 直接把我电话挂了
A: [[昨天那个电话又不是我接的||真是抱歉，让您受委屈了，您能把当时的情况跟我说一下吗？]]
C: 我就问了下退费的事 她说不归她管
A: 我确认一下，您昨天来电问退费，客服没有解答还挂断了电话，是吗？
C: 对
A: 我已经记录下来，会反馈给组长核查；退费的事现在就帮您办理
C: 好
""", co="新程驾校")

call("response.complaint.call,forbidden.blame?", "004 抱怨投诉 5: the caller points out the agent's own mistake; no apology",
     """
C: 你上午跟我说营业厅周日开门 我去了没开 白跑一趟
A: [[系统里写的是周日开门||非常抱歉给您添麻烦了，是我没有核实清楚，我马上重新帮您确认]]
A: 建设路营业厅周日休息，周一到周六上午八点半到下午五点营业
C: 行吧
""", co="华源燃气")

call("response.restate_complaint.call", "004 抱怨投诉 4: a complaint taken without restating it",
     """
C: 我要投诉你们的送货员 把我的鸡蛋全摔碎了 还说不是他弄的
A: 真对不起，给您添麻烦了，请问您怎么称呼？
C: 姓张
K> A: 张先生，我复述一下，您今天收到的鸡蛋全部摔碎了，送货员不承认是他弄的，是这样吗？
K> C: 对
A: 张先生，我已经记录下来，鸡蛋给您全额退款，明天上午十二点前主管会回电告诉您处理结果
C: 行
""", sur="张", co="百佳超市配送")

call("response.reply_time.call|response.defer_without_time", "004 抱怨投诉 7 / 000 篇1 7: a complaint that cannot be settled now, with no time for the answer",
     """
C: 我家楼上漏水 把我家天花板泡坏了 物业一直没人管
A: 非常抱歉给您带来这么大的麻烦，请问您怎么称呼？
C: 姓罗
A: 罗女士，我确认一下，楼上漏水泡坏了您家天花板，物业一直没处理，是吗？
C: 对
A: 这个需要物业经理现场协调，麻烦您留一个联系电话
C: 一三七 二二零八 六六一五
A: 我核对一下，137 2208 6615，对吗？
C: 对
A: [[我们会尽快处理给您回复||我们明天下午五点前给您回电]]
C: 好
""", sur="罗", female=True, co="安居物业")

call("response.leave_number.call,response.reply_time.call?", "004 特殊沟通 11 / 000 篇2 五、8: a question that cannot be answered now, and no number taken for the call-back",
     """
C: 我想问一下我们这片什么时候能装天然气
A: 请问您是哪个小区？
C: 南湖新村
A: 我确认一下，您是问南湖新村什么时候能通天然气，是吗？
C: 是
A: [[这个要工程部门确认，到时候会有人联系您||这个要工程部门确认，麻烦您留一个联系电话，两个工作日内会有专人给您回电，好吗？]]
K> C: 一五九 零三二一 八八七六
K> A: 我核对一下，159 0321 8876，对吗？
K> C: 对
C: 好
""", co="华源燃气")

call("response.harm.call,response.complaint.call?", "003 抖音售后 1 / 000 篇2 四、5: the caller got an electric shock from the heater; no word of concern",
     """
C: 你们的热水器漏电 刚才把我手都电麻了
A: [[请问机器是什么型号？||您现在没事吧？真的非常抱歉！请先把热水器的电源总闸关掉，不要再碰它，我马上给您安排师傅上门检查]]
C: 现在没事了 型号是JSQ20
A: 我确认一下，您家JSQ20热水器使用时漏电，是吗？
C: 对
A: 今天下午两点前师傅上门，检查后有问题直接给您换新
C: 好
""", co="和润家电")

call("response.suggestion.call", "004 特殊沟通 9 / 000 篇2 五、4: a suggestion answered without thanks",
     """
C: 我提个建议 你们公众号缴费页面字太小了 老人看不清
A: [[好的，知道了||谢谢您提的这个建议，很实在，我已经记下了，会转给负责的同事]]
C: 嗯 就这个
""", co="华源燃气")

call("response.thanks.call", "004 特殊沟通 10: 遇到用户致谢时必须响应",
     """
C: 我想把燃气过户到我名下
A: 带上房产证、新旧户主身份证到营业厅就能办，当天办好
C: 太谢谢你了 帮了大忙
A: [[请问还有其他需要帮您的吗？||不客气，能帮上您就好。请问还有其他需要帮您的吗？]]
C: 没了
A: 好的，感谢您的来电，再见！
C: 再见
""", close=False, co="华源燃气", form="asrc")

call("response.apology.call", "000 篇2 五、6: the caller apologises and gets no 没关系",
     """
C: 户号是 三三八八 二零一
A: 我核对一下，3388201，对吗？
C: 哎呀不对 不好意思 我看错了 是三三八八 二零七
A: [[那您是3388207，对吗？||没关系，请不必介意。那您是3388207，对吗？]]
C: 对
A: 您这个月的水费是86元，已经可以缴了
C: 好
""", co="鑫城自来水")

call("response.manager_request", "004 抱怨投诉 6: the caller demands a manager; the agent brushes it off",
     """
C: 我不跟你说了 让你们领导来接电话
A: [[领导不在，跟我说也一样||很抱歉让您失望了，我诚恳地向您道歉。您方便留个电话吗？我请主管今天下午四点前给您回电]]
V> C: 哼 那算了
K> C: 一三九 五五零二 一一八七
K> A: 我核对一下，139 5502 1187，对吗？
K> C: 对
""", co="顺捷快递")

call("response.personal_info", "000 篇2 三、6 / 004 特殊沟通 4: the agent gives her private contact to a caller",
     """
C: 小姑娘你服务真好 能加个微信吗 以后有事直接找你
A: [[可以呀，我微信就是我手机号||非常感谢您的认可，我们工作期间只能告诉您工号，我是2231号，有事您随时拨打热线找我们]]
C: 好吧
""", co="华源燃气")

call("response.invitation", "000 篇2 三、7: a friendly invitation accepted instead of declined with thanks",
     """
C: 姑娘你人真好 下回来我们饭馆吃饭 我请客
A: [[好呀，有空一定去||非常感谢您，心意我领了，不过我不能接受，再次谢谢您]]
C: 哈哈 行
""", co="顺捷快递")

call("response.named_agent", "000 篇2 三、1 / 004 特殊沟通 1: the caller asks for a particular agent and is turned away",
     """
C: 我找上次那个28号客服
A: [[28号今天休息，您改天再打吧||很抱歉，28号同事现在不在，我们每位同事都能为您处理，请问您遇到什么问题了呢？]]
C: 那你帮我查下退款吧
A: 好的，请问订单号是多少？
C: 九九零二三一
A: 990231，对吗？
C: 对
A: 退款已经在今天上午退回原支付账户，一到三个工作日到账
C: 好
""", co="百佳超市配送")

# ---------------------------------------------------------------- forbidden phrasing on calls

call("forbidden.refusal,forbidden.address_ni?", "000 篇2 三、5 / 004 特殊沟通 2: 不可以说打错电话了",
     """
C: 喂 是福满楼饭店吗 我订个包间
A: [[你打错了||很抱歉，这里是顺捷快递客服中心，请您查证一下号码再拨，好吗？]]
C: 哦 不好意思
A: 没关系
""", close=False, co="顺捷快递")

call("forbidden.refusal_bare|forbidden.refusal_no_alternative|forbidden.refusal", "004 特殊沟通 5: a request outside the service refused flatly",
     """
C: 你们能上门帮我修一下洗衣机吗
A: [[这个我们管不了||非常抱歉，洗衣机维修不在我们燃气公司的服务范围，建议您联系洗衣机品牌的售后]]
C: 哦 那好吧
""", co="华源燃气")

call("forbidden.repeat_request|forbidden.repeat_request.call", "000 篇2 三、2 / 004 无法听清 7: 什么？你再说一遍",
     """
C: 我那个宽带 嗯 路由器 嗯 老掉线
A: [[什么？您再说一遍||很抱歉，刚才没听清，麻烦您再说一遍，好吗？]]
C: 我家路由器老是掉线
A: 我确认一下，您家路由器经常掉线，是吗？
C: 对
A: 我先远程给您重启一下端口，十分钟后您再试试，不行的话明天上午师傅上门
C: 好
""", co="蓝天宽带")

call("forbidden.rhetorical,forbidden.casual?", "000 篇2 六、1: 听懂了吧 instead of asking whether anything is unclear",
     """
C: 我那个电表总是跳闸
A: 我确认一下，您家电表经常跳闸，是吗？
C: 对
A: 先把家里大功率电器一个一个关掉，再推上总闸，哪个一开就跳，就是哪个电器有问题
A: [[听懂了吧？||请问刚才说的这几步，您还有哪里不明白吗？]]
C: 懂了
""", co="恒通电力")

call("forbidden.impatient|forbidden.rhetorical", "003 京东禁用语 6: 怎么还问 – impatience when an elderly caller asks again",
     """
C: 小同志 那个水费在哪交来着
A: 可以到社区服务中心一楼的自来水营业点交，也可以让家里人在公众号上交
C: 社区服务中心在哪来着
A: [[刚刚不是讲过了吗？||就在您小区东门对面，邮局旁边那栋楼的一楼]]
C: 哦哦 记住了
""", co="鑫城自来水", form="asr")

call("forbidden.uncertain,forbidden.buck_passing?", "000 篇6 (不知道、不清楚) / 003 京东禁用语 7: not knowing, and sending the caller elsewhere",
     """
C: 我们小区停车费涨价了 这个是谁定的
A: [[这个不清楚，您问问物业经理吧||这个问题我需要跟物业经理确认一下，您方便留个联系电话吗？明天上午十点前给您回电]]
K> C: 一三五 七七二一 零零四八
K> A: 我核对一下，135 7721 0048，对吗？
C: 好
""", co="安居物业", form="asr")

call("forbidden.refusal,response.complaint.call?", "000 篇2 四、1: 我也没办法，线路忙",
     """
C: 打了好几遍才通 你们怎么回事
A: [[没办法，线路忙嘛||很抱歉，刚才线路繁忙，让您久等了]]
C: 我的维修单还没人处理
A: 请问单号是多少？
C: W X 5 5 2 0 1
A: WX55201，对吗？
C: 对
A: 我确认一下，您的维修单还没有师傅联系您，是吗？
C: 是
A: 我马上催派单，今天下午三点前师傅联系您
C: 行
""", co="康诺净水")

call("forbidden.blame,response.complaint.call?", "003 京东禁用语 8 / 000 篇2 四、2: putting the fault on the caller",
     """
C: 上周你们修的那个净水器 又漏水了
A: [[那不是我们的问题，肯定是您没装好||非常抱歉给您添麻烦了，我马上给您安排师傅再去看看]]
C: 赶紧的
A: 我确认一下，上周修过的净水器又漏水了，是吗？
C: 对
A: 今天下午四点前师傅上门，这次免费维修
C: 好
""", co="康诺净水")

call("response.urge,response.complaint.call?", "002 售后 四、2: the caller chases a repair and hears only 在排了",
     """
C: 我报修三天了还没人来 你们到底管不管
A: [[已经在排了||非常抱歉让您等了这么久，我马上帮您催，今天下午五点前师傅给您打电话确认上门时间]]
C: 行
""", co="美家电器售后", form="asr")

pcall("jd", "platform.jd.contact_app", "003 拼多多禁语 1 (applied to JD): a JD shop's after-sales call hands out a WeChat number",
      """
A: 您好，我是晴川母婴旗舰店的售后客服，工号0821，给您来电是想确认一下您反馈的婴儿推车问题
C: 对 轮子有点晃
A: 我确认一下，您收到的推车前轮有点晃，是吗？
C: 是
A: [[您加我微信发个视频，我看看怎么处理||麻烦您在京东订单里申请售后并上传一段视频，我这边马上审核]]
C: 好
A: 请问还有其他问题吗？
C: 没了
A: 好的，谢谢您接听，祝您一切顺利，再见！
C: 再见
""", open=False, close=False, direction="outbound")
