"""Violating middles of round 55: hotline calls (utilities, telecoms, couriers,
after-sales, property, dairy, housekeeping, food delivery), most of them in
speech-recognition form. See common.py for the notation."""
from common import V

# ---- opening, closing, hang-up ---------------------------------------------------

V("call", None, "greeting.call",
  "000 篇1 1 仅仅只说 您好 不够 / 篇2 一、1: the company name and 'go ahead', no greeting or offer of help", """
A: [江城水务，请讲||您好，江城水务客服中心，3021号为您服务，请问有什么可以帮您？]
C: 我家里明明没开水龙头可水表一直在转是不是坏了
A: 您是说家里没用水的时候水表也在走，对吗？
C: 对
A: 那我帮您登记上门检修，麻烦您告诉我一下户号
C: 03012258
A: 户号03012258，对吗？
C: 对
A: 已经登记好了，师傅会在明天中午12点前联系您上门
""", open=False, co="江城水务")

V("call", None, "greeting.call",
  "000 篇1 1 如果仅仅只说 您好: a bare hello", """
A: [您好||您好，宁州供电客服中心，2087号为您服务，请问有什么可以帮您？]
C: 我们这栋楼从早上九点开始就停电了到现在都没来
A: 您是说您那栋楼从早上九点停电到现在，对吗？
C: 对对
A: 麻烦您说一下具体地址
C: 滨江路18号3栋
A: 滨江路18号3栋，我查到了，这片是线路检修的计划停电，下午三点前恢复供电
C: 那还好
""", open=False, co="宁州供电", asr=True)

V("call", None, "forbidden.curt,greeting.call?",
  "000 篇2 一、1 不可以说 您好,什么事情: 'what is it?' instead of the greeting", """
A: [您好，什么事？||您好，明川燃气客服中心，2203号为您服务，请问有什么可以帮您？]
C: 我家燃气灶打不着火了
A: 请问是一个灶眼打不着，还是两个都打不着？
C: 两个都不行
A: 麻烦您看一下燃气表上的余额是不是显示零
C: 还真是零
A: 那是余量用完自动关阀了，您充值以后按一下表上的按钮就能恢复供气，请问您清楚了吗？
C: 清楚了
""", open=False, co="明川燃气", asr=True)

V("call", None, "closing.call",
  "000 篇2 六、2 应询问客户是否还有其他方面的咨询: goodbye without asking for other needs", """
C: 我想问下宽带到期了怎么续费
A: 您可以到营业厅续费，也可以在我们的官方app里直接续费
C: 好 知道了 谢谢
A: [不客气，感谢您的来电，再见！||不客气，请问还有其他需要帮您的吗？]
K> C: 没了
K> A: 好的，感谢您的来电，再见！
""", close=False, co="云帆宽带", asr=True)

V("call", None, "closing.call_thanks",
  "000 篇1 7 向客户告别之前要表示感谢 / 002 第二篇 6.1(2) 最后一句: goodbye without thanks", """
C: 我想办一个宽带移机 下个月搬家
A: 好的，您是说下个月搬家，需要把宽带移到新地址，对吗？
C: 对的
A: 移机可以直接在电话里登记，请问新地址是哪里？
C: 翠苑三区12幢
A: 翠苑三区12幢，已经给您登记了，搬家前三天安装师傅会联系您
A: 请问还有其他问题吗？
C: 没有了
A: [好的，再见||好的，感谢您的来电，再见！]
""", close=False, co="云帆宽带")

V("call", None, "greeting.outbound.call",
  "002 第二篇 6.2 电话回访 我是…回访员: a follow-up call that never says who is calling", """
A: [钟女士您好，上周给您修的热水器现在用着还好吧？||钟女士您好，我是美厨电器售后回访专员，工号3307，想跟您了解一下上周热水器维修后的使用情况，现在方便吗？]
C: 方便 挺好的
A: 好的，请问师傅上门的时候有没有收取额外的费用？
C: 没有
A: 您对这次维修服务还满意吗？
C: 满意
A: 感谢您的配合，后续使用中有问题可以随时拨打我们的售后热线，打扰您了，再见！
C: 好 再见
""", open=False, close=False, direction="outbound", asr=True)

V("call", None, "closing.outbound.call",
  "002 第二篇 6.2 (5) 感谢您对我们的工作提出宝贵意见 谢谢 再见: a follow-up call ending without thanks", """
A: 您好，我是畅联通信的客服，工号5512，这次来电是想回访一下您上周办理的宽带提速，请问现在方便吗？
C: 你说
A: 提速以后网速还稳定吗？
C: 稳定 比以前快多了
A: 好的，请问您对这次办理的服务打几分呢，满分10分
C: 10分吧
A: [好的，那就这样，再见||好的，感谢您的配合和支持，打扰您了，再见！]
C: 拜拜
""", open=False, close=False, direction="outbound")

V("call", None, "hangup.call",
  "000 篇4 12 客户先挂电话后再挂电话 / 篇2 六、3: the agent hangs up first", """
C: 我想问下这个月的燃气费交了没有
A: 好的，麻烦您告诉我一下户号
C: 20017736
A: 户号20017736，对吗？
C: 对
A: 查到了，本月燃气费86元已经在6号自动扣款了
C: 好的
A: 请问还有其他需要帮您的吗？
C: 没有了
A: 好的，感谢您的来电，再见！
[!wait 0.3||!wait 1.0]
[!hangup agent||!hangup customer]
""", close=False, co="明川燃气", hangup=None, asr=True)

V("call", None, "answer.call",
  "000 篇2 四、1 电话铃响三声后才接起 / 002 第二篇 6.1(1): a late answer with no apology", """
A: [您好，顺捷物流客服中心，6610号为您服务，请问有什么可以帮您？||您好，很抱歉让您久等了，顺捷物流客服中心，6610号为您服务，请问有什么可以帮您？]
C: 我想寄个冰箱 能上门取件吗
A: 可以的，大件也能上门取，请问取件地址是？
C: 望江路88号
A: 望江路88号，已经给您预约了明天上午取件，师傅出发前会先联系您
C: 好的
""", open=False, rings=6, co="顺捷物流", asr=True)

V("call", None, "greeting.festival.call",
  "004 节日开头语 国家法定假日需要有相应节日问候语: a National Day call greeted as any other", """
A: [您好，冰川空调售后，5203号为您服务，请问有什么可以帮您？||您好，国庆节快乐！冰川空调售后，5203号为您服务，请问有什么可以帮您？]
C: 我家空调制热的时候有股焦味
A: 您是说开制热的时候有焦味，对吗？
C: 对
A: 为了安全，麻烦您先把空调关掉、拔下电源，我给您安排师傅今天下午上门检查
C: 好 那我关了
""", open=False, started="2026-10-02T09:40:00+08:00", co="冰川空调售后")

V("call", None, "silent_call.call,hangup.call?,closing.call?,closing.call_thanks?",
  "000 篇2 一、5 遇到无声电话 稍停3秒还是无声 / 004 无声电话: one more hello, then the agent hangs up", """
A: 您好，云帆宽带客服中心，4410号为您服务，请问有什么可以帮您？
+3 A: [您好？||您好，请问有什么可以帮您？]
V> !wait 1
V> !hangup agent
K> +3 A: 很抱歉，一直听不到您那边的声音，麻烦您挂断后再拨一次，感谢您的来电，再见！
K> !wait 3
K> !hangup agent
""", open=False, close=False, hangup=None)

V("call", None, "response.noisy_line.call,closing.call?",
  "000 篇2 二、3 电话杂音太大 请您稍后重新拨打 / 004 无法听清 3: the noisy call ends with no way forward", """
C: 我 家 那个 网 ……
A: 很抱歉，您那边杂音很大，我这边听不太清楚
C: 我说 我家的 …… 断 ……
A: [很抱歉，还是听不清，感谢您的来电，再见！||很抱歉，您的电话杂音太大，请您换一部电话或者稍后重新拨打，感谢您的来电，再见！]
""", close=False, co="云帆宽带")

V("call", None, "closing.nuisance.call,hangup.call?,forbidden.hangup_threat?",
  "000 篇2 三、6 遇到骚扰电话 请您挂机 不可以直接挂机 / 004 特殊沟通 6: the agent just hangs up on a time-waster", """
C: 你声音真好听 你多大了
A: 很抱歉，个人信息不方便透露，我是5531号客服，请问您有业务方面的问题需要咨询吗？
C: 没有 就想跟你聊聊天
A: [那我先挂了。||非常抱歉，这超出了我们的服务范围，如果您没有业务方面的问题，请您挂机好吗？谢谢！]
[!wait 0.5||!wait 1.5]
[!hangup agent||!hangup customer]
""", close=False, hangup=None, co="畅联通信", n="5531")

# ---- responses owed on a call -----------------------------------------------------

V("call", None, "response.thanks.call",
  "000 篇2 五、7 客户表示感谢时客服必须回应: the caller's thanks left unanswered", """
C: 我想查一下这个月的电费是多少
A: 好的，麻烦您告诉我一下户号
C: 5107733821
A: 户号5107733821，对吗？
C: 对
A: 您这个月电费是186元4角，月底前缴清就可以
C: 好的 太谢谢你了
A: [请问还有其他需要帮忙的吗？||不客气，请问还有其他需要帮忙的吗？]
C: 没了
A: 好的，感谢您的来电，再见！
""", close=False, co="宁州供电", asr=True)

V("call", None, "response.apology.call",
  "000 篇2 五、6 客户向客服致歉时 没关系,请不必介意: the caller's apology ignored", """
C: 我想报装天然气 要准备什么材料
A: 需要房产证和户主身份证的原件，再各带一张复印件
C: 啊 身份证也要原件是吧
A: 是的，原件和复印件都要
C: 不好意思啊 刚才没听清
A: [嗯，带齐了到任意营业厅都可以办||没关系，请不必介意；带齐了到任意营业厅都可以办]
C: 好的
""", co="明川燃气", asr=True)

V("call", None, "response.complaint.call",
  "000 篇2 四、1 热线难拨通 很抱歉让您久等了 / 004 抱怨投诉 1: the agent goes straight to business", """
C: 你们这电话也太难打了 打了半个小时才通
A: [请问有什么可以帮您？||非常抱歉让您久等了，刚才线路比较忙，请问有什么可以帮您？]
C: 我家宽带从早上八点断到现在一直连不上
A: 您是说宽带从早上八点到现在一直连不上，对吗？
C: 对
A: 麻烦您提供一下宽带账号
C: 057188231456
A: 跟您核对一下，账号是057188231456，对吗？
C: 对
A: 您那片区域的光缆在抢修，今天下午五点前恢复
C: 行吧
""", co="云帆宽带", rings=2, asr=True)

V("call", None, "response.complaint.call",
  "000 篇2 四、4 投诉 / 004 抱怨投诉 1-3: a caller on the third attempt met with a bare question", """
C: 我都打了三次了 每次都说帮我反映 到现在也没人管
A: [您的工单号是多少？||非常抱歉让您反复来电，这次我帮您跟进到底，请问您的工单号是多少？]
C: 20240613015
A: 工单号20240613015，我查到了，是楼道灯不亮的报修，对吗？
C: 对
A: 我已经给维修组加急，今天下午六点前师傅上门，六点半前我给您回电确认
C: 好吧
""", co="安居物业")

V("call", None, "response.complaint.call",
  "000 篇6 其他注意事项 客户责怪应答慢时 / 004 抱怨投诉: 'too slow' answered with a request", """
C: 你们快递也太慢了 一个星期了还没到
A: [麻烦您报一下运单号||非常抱歉让您久等了，麻烦您报一下运单号，我马上帮您查]
C: SD8830214567
A: 运单号SD8830214567，对吗？
C: 对
A: 查到了，包裹昨天已经到您那边的网点，今天下午派送
C: 那好
""", co="速达快递", asr=True)

V("call", None, "response.harm.call",
  "003 抖音售后 1 安抚顾客情绪 / 000 篇2 四、5: a sick child, the agent asks for the card number first", """
C: 我家孩子喝了你们送的酸奶吐了两回
A: [麻烦您告诉我一下订奶卡号||非常抱歉，孩子现在怎么样了？麻烦您告诉我一下订奶卡号，我马上帮您处理]
C: 卡号是66012458
A: 卡号66012458，对吗？
C: 对
A: 这批酸奶我们马上封存送检，今天剩下的先不要喝了，检测结果三个工作日内电话告诉您
C: 好
""", co="禾润乳业", asr=True)

V("call", None, "response.harm_confirmed.call",
  "003 抖音售后 1 / 000 篇2 四、5: spoiled food confirmed, the next answer has no apology", """
C: 我刚点的外卖味道不太对劲
A: 您是说饭菜有变质的味道，对吗？
C: 对 有股酸味
A: [请您说一下订单尾号，我给您处理||实在抱歉，变质的饭菜千万别再吃了，麻烦您说一下订单尾号，我马上给您处理]
C: 2291
A: 尾号2291，查到了，全额退款已经提交，半小时内原路退回
C: 好
""", co="饭点外卖", asr=True)

V("call", None, "response.harm_followup.call",
  "003 抖音售后 1 / 000 篇2 四、5: a follow-up on a stomach upset that never asks after the caller", """
A: 您好，我是饭点外卖的客服专员，工号6620，今天给您回电是跟进您昨天反馈的餐品问题，请问现在方便吗？
C: 方便
A: [您昨天反映吃了麻辣烫以后肚子不舒服，商家那边我们已经要求整改了||您昨天反映吃了麻辣烫以后肚子不舒服，实在抱歉，请问您现在身体好些了吗？]
K> C: 好多了
C: 那退款呢
A: 退款昨天已经原路退回，您可以查一下
C: 看到了
A: 商家那边也扣除了相应的保证金
C: 行
A: 感谢您的反馈和配合，打扰您了，再见！
C: 再见
""", open=False, close=False, direction="outbound", asr=True)

V("call", None, "response.suggestion.call",
  "000 篇2 五、4 遇到客户提出建议时 / 004 特殊沟通 9: a suggestion with no thanks", """
C: 我提个建议 你们交水费能不能也开个自动扣款 每个月都要记着交太麻烦了
A: 您是说希望水费能每月自动扣款，对吗？
C: 对
A: [好的，这个我们会反馈上去||谢谢您提的这个好建议，我已经记下来转给业务部门]，另外现在在银行可以办理代扣，也是每月自动扣
C: 那挺好
""", co="江城水务", asr=True)

V("call", None, "response.reply_time.call,response.defer_without_time?",
  "000 篇1 7 告知客户回复时间 / 004 特殊沟通 11: 'when?' answered with 'we'll let you know'", """
C: 我上周报的燃气表不走字的问题 一直没人来
A: 非常抱歉让您久等了，请问您报修时留的电话是多少？
C: 13905718826
A: 13905718826，对吗？
C: 对
A: 查到了，这张工单已经派给维修班组了
C: 那到底什么时候来啊
A: [我这边再催一下，有消息会通知您||我这边再给维修班组催一下，今天下午五点前给您回电告诉您上门时间]
C: 好
""", co="明川燃气", asr=True)

V("call", None, "response.defer_without_time",
  "000 篇1 7 / 004 抱怨投诉 7 无法当场答复: promising a reply with no time", """
C: 我家门口的路灯坏了好几天了
A: 您是说您家门口的路灯坏了几天了，对吗？请问具体是哪个位置？
C: 和平路跟建设路路口
A: 和平路与建设路路口，已经记录了，[我们核实后会联系您||我们核实后会在两个工作日内联系您]
A: 请问这个号码能联系到您吗？
C: 能
""", co="宁州供电")

V("call", None, "response.leave_number.call",
  "000 篇2 五、8 请您留下您的联系电话 / 004 特殊沟通 11: a promised call-back with no number taken", """
C: 我想问下我们小区什么时候能装上光纤
A: 这个需要跟工程部门确认，[我确认好以后明天中午前给您回电||麻烦您留一个联系电话，我确认好以后明天中午前给您回电]
K> C: 就打这个号码吧
K> A: 好的，就用您现在来电的号码联系您
C: 好
""", co="云帆宽带", asr=True)

V("call", None, "response.personal_info,forbidden.refusal_bare?",
  "000 篇2 五、3 公司规定只能通报工号 / 004 特殊沟通 4: asked for a name and number, the agent just says no", """
C: 我家水表坏了要换 麻烦帮我登记一下 地址是东园路15号
A: 您是说水表坏了需要更换，地址是东园路15号，对吗？
C: 对
A: 已经帮您登记了换表
C: 你叫什么名字 给我留个电话 下次我直接找你
A: [这个不能告诉您||很抱歉，按公司规定只能告诉您我的工号，我是3316号，您下次来电报工号就可以]
C: 好吧
A: 换表的师傅明天下午五点前会联系您
""", co="江城水务", n="3316")

V("call", None, "response.invitation",
  "000 篇2 三、7 遇到客户善意的约会 非常感谢 对不起我不能接受: a kind invitation brushed off", """
C: 我刚才交的电费到账了没 户号是5106620017
A: 户号5106620017，对吗？
C: 对
A: 已经到账了，缴费成功的短信稍后会发到您手机上
C: 小姑娘你服务真好 改天请你吃个饭
A: [您别开这种玩笑||非常感谢您的好意，不过我不能接受，再次谢谢您]
C: 哈哈好吧
""", co="宁州供电", asr=True)

V("call", None, "response.named_agent",
  "000 篇2 三、1 X号客服正在通话中 请问有什么可以帮您 / 004 特殊沟通 1: 'she's not here' and nothing more", """
C: 我找一下0325号 上次是她帮我办的
A: [她不在||很抱歉，0325号客服正在通话中，请问有什么可以帮您？我先帮您处理]
C: 那你帮我看下我的退款到了没
A: 好的，麻烦您说一下手机号码
C: 15888261930
A: 15888261930，对吗？
C: 对
A: 退款120元已经在昨天退回您的银行卡
""", co="畅联通信", asr=True)

V("call", None, "response.manager_request",
  "004 抱怨投诉 6 强烈要求转接其他管理人员接听: 'the manager doesn't take calls'", """
C: 我的件丢了三天了 每次打来都说在查
A: 非常抱歉让您反复来电，我这边看到您的件还在核查中
C: 你解决不了就叫你们领导来接
A: [领导不接电话的，有事跟我说就行||非常抱歉，请您留个联系电话，我请值班主管在两小时内给您回电]
K> C: 就打我这个号码
K> A: 好的，就用您现在来电的号码，值班主管两小时内联系您
C: 行
""", co="速达快递")

V("call", None, "response.urge",
  "002 第三篇 售后 四、2 客户来催单: a chase answered with 'fine'", """
C: 我的快递能不能快点送 明天我要出差
A: 好的，麻烦您报一下运单号
C: SD7702418856
A: 运单号SD7702418856，对吗？
C: 对 帮我催一下
A: [行||很抱歉让您着急了，包裹已经到您那边的网点，我马上联系网点优先派送，今天下午六点前送出]
C: 好
""", co="速达快递", asr=True)

# ---- call procedure: restating, numbers, holds, timing -----------------------------

V("call", None, "address.surname.call",
  "004 称呼语 / 000 篇2 一、3 不可以无视客户的姓名: the caller's surname is never used", """
C: 我想预约一下保洁
A: 好的，请问您怎么称呼？
C: 免贵姓钟
A: [好的，请问您想约哪天？||好的钟女士，请问您想约哪天？]
C: 这周六上午
A: 这周六上午九点到十二点可以，请问地址是？
C: 锦绣花园5栋1201
A: 锦绣花园5栋1201，对吗？
C: 对
A: 已经帮您约好了，保洁阿姨周六上午九点上门
""", co="悦家家政")

V("call", None, "response.readback.call",
  "004 核实信息 1 壹定要壹壹和用户复述核实: the phone number is not read back", """
C: 我要查一下话费
A: 好的，请问您要查的手机号码是多少？
C: 13706528841
A: [好的，您本月话费是58元，余额32元||跟您核对一下，号码是13706528841，对吗？]
K> C: 对
K> A: 好的，您本月话费是58元，余额32元
C: 行 知道了
""", co="畅联通信", asr=True)

V("call", None, "response.note_down.call",
  "000 篇2 三、4 麻烦您记录一下,好吗 / 004 特殊沟通 8 准备下纸跟笔: a long number read out with no warning", """
C: 城西网点的电话是多少 我问问我的件
A: [好的，网点电话是057186629031||好的，号码比较长，麻烦您记一下：057186629031]
C: 好 记下了
A: 网点上班时间是早上八点到晚上六点
""", co="顺捷物流")

V("call", None, "response.understood.call",
  "000 篇2 六、1 请问对于我刚才的解释您还有疑问吗 / 004 结束语 1: steps explained, understanding never checked", """
C: 我想在手机上交燃气费 不知道怎么弄
A: 您先打开我们的官方公众号，点右下角的“缴费”，然后输入户号，确认金额后付款就可以了
K> A: 请问我刚才说的步骤您清楚了吗？
C: [那我试试||清楚了 那我试试]
""", co="明川燃气", asr=True)

V("call", None, "response.restate.call",
  "000 篇2 三、3 我复述一下,您看是这个意思吗: the caller's problem is not restated", """
C: 我家冰箱冷藏室不制冷了 冷冻室倒是好的 用了才两年
A: [请问是什么型号？||您是说冷藏室不制冷、冷冻室正常，对吗？]
K> C: 对
K> A: 请问是什么型号？
C: BCD520
A: 好的，这个型号还在保修期内，我给您安排师傅明天上午上门
C: 好
""", co="美厨电器售后", asr=True)

V("call", None, "response.restate_complaint.call,response.restate.call?",
  "000 篇2 四、5 复述投诉内容 / 004 抱怨投诉 4: an apology for a misread meter, nothing restated", """
C: 你们抄表的把我家的表读数抄错了 多收了我两百块钱
A: [实在对不起，给您添麻烦了，我马上给您处理||实在对不起，给您添麻烦了，跟您确认一下，您说的是抄表读数抄错、多收了两百元，对吗？]
K> C: 对
A: 请问您的户号是多少？
C: 03018841
A: 户号03018841，对吗？
C: 对
A: 我这边给您提交复核，三个工作日内给您电话答复，多收的会退回账户
C: 好
""", co="江城水务", asr=True)

V("call", None, "hold.consent.call",
  "000 篇1 6 要使用询问语句征得客户的同意 / 004 保持 2: put on hold without asking", """
C: 我想查一下我家这几个月的用水量
A: 好的，请问户号是多少？
C: 10255873
A: 户号10255873，对吗？
C: 对
A: [我查一下||麻烦您稍等一分钟，我帮您调一下近半年的用水记录，好吗？]
K> C: 好的
!hold_start
!wait 35
!hold_end
A: 感谢您的耐心等待，您家近三个月用水分别是12吨、14吨、13吨
C: 好 我知道了
""", co="江城水务", asr=True)

V("call", None, "hold.mute_consent.call",
  "000 篇2 五、1 在得到客户的同意后按静音键: muted without asking", """
C: 我的快递显示签收了但是我没收到
A: 很抱歉给您添麻烦了，请问运单号是多少？
C: SJ60218833927
A: SJ60218833927，对吗？
C: 对
A: [我联系下网点||我需要联系一下派送网点核实，麻烦您稍等一分钟左右，好吗？]
K> C: 好
!mute_start
!wait 40
!mute_end
A: 感谢您的耐心等待，网点说包裹放在您小区东门的快递柜了，取件码稍后短信发给您
C: 好的
""", co="顺捷物流")

V("call", None, "hold.return.call",
  "000 篇1 6 再次回来给客户服务时 感谢您的耐心等待 / 004 保持 2: back from hold with no thanks", """
C: 我家宽带每个月到底扣多少钱 怎么每个月都不一样
A: 您是说宽带每个月的扣费金额不一样，想查一下明细，对吗？
C: 对
A: 麻烦您稍等一分钟，我帮您调一下近三个月的账单，好吗？
C: 好
!hold_start
!wait 40
!hold_end
A: [查到了，||感谢您的耐心等待，]您的套餐是每月99元，多出来的是超出的流量费
C: 哦 原来是这样
""", co="云帆宽带", asr=True)

V("call", None, "hold.mute_return.call",
  "000 篇2 五、1 取消静音后 很抱歉,让您久等了: back from mute with no thanks or apology", """
C: 我想问下我的空调移机要多少钱
A: 好的，需要帮您查一下移机的收费标准，麻烦您稍等一分钟，好吗？
C: 好的
!mute_start
!wait 30
!mute_end
A: [移机是280元一次，||让您久等了，移机是280元一次，]含拆装，管子不够的话另外按米算
C: 好 那我约一下
A: 好的，请问地址是？
C: 春晓路66号2单元
A: 春晓路66号2单元，已经帮您预约了，明天上午师傅联系您
""", co="冰川空调售后")

V("call", None, "transfer.consent.call,closing.call?,closing.call_thanks?",
  "000 篇2 三、9 不可以没有任何提示情况下突然转接电话: transferred without asking", """
C: 我家空调外机一直滴水 想问问是不是坏了
A: 您是说空调外机一直在滴水，对吗？
C: 对
A: [您这个情况我给您转到技术专员那边||这个问题需要技术专员为您判断，我帮您转接过去，好吗？]
K> C: 好
K> A: 好的，请稍等，我立即为您转接
!transfer
""", close=False, hangup=None, co="冰川空调售后", asr=True)

V("call", None, "hold.limit.call",
  "000 篇2 三、8 等候数秒后如还未查询到结果需将电话转回: 'one minute' becomes a minute and a half", """
C: 我想查一下我去年交的物业费有没有开发票
A: 好的，请问您家的房号是？
C: 7栋602
A: 7栋602，对吗？
C: 对
A: 我需要到系统里查一下开票记录，麻烦您稍等一分钟，好吗？
C: 好
!hold_start
[!wait 95||!wait 45]
!hold_end
A: 感谢您的耐心等待，去年的物业费发票已经开了，是电子发票，我现在重新发到您手机上
C: 好的
""", co="安居物业", asr=True)

V("call", None, "hold.max.call,hold.limit.call?",
  "000 篇2 三、8 不可以让客户长时间等待 / 篇5 第三 不要超过3分钟: a hold of nearly four minutes", """
C: 我想把我的套餐改成便宜一点的
A: 好的，请问您的手机号码是多少？
C: 18967230045
A: 18967230045，对吗？
C: 对
A: 我帮您查一下能改的套餐，麻烦您稍等一分钟，好吗？
C: 行
!hold_start
[!wait 230||!wait 50]
!hold_end
A: 感谢您的耐心等待，您可以改成每月39元的套餐，含20G流量，下个月生效
C: 那就改这个
A: 好的，已经帮您办理了，下个月1号生效
""", co="畅联通信", asr=True)

V("call", None, "response.thank_wait.call",
  "004 保持 1 核实完毕后再重新和用户通话前 非常感谢您的等候: a short check not thanked for", """
C: 我上个月的宽带账单怎么多扣了二十块
A: 很抱歉给您带来困扰，请问宽带账号是多少？
C: 88213409
A: 88213409，对吗？
C: 对
A: 请您稍等，我帮您查一下扣费明细
+15 A: [查到了，||感谢您的耐心等候，查到了，]多出来的二十块是您上个月开通的视频会员包月费
C: 哦 那是我儿子开的
A: 需要的话我现在帮您退订，下个月起就不扣了
C: 退了吧
A: 好的，已经帮您退订
""", co="云帆宽带")

V("call", None, "dead_air.call",
  "000 篇1 3 / 篇6 3 不要很长一段时间没有回应: eight seconds of silence after the caller", """
C: 我想问问报停燃气要怎么办
[+8||+0.7] A: 报停需要户主带身份证到营业厅办理，停气期间不收费
C: 那还要带什么
A: 再带一下燃气卡就可以
C: 好
""", co="明川燃气", asr=True)

V("call", None, "interruption.call",
  "000 篇1 4 没有必要时千万不要打断客户说话: the agent talks over the caller", """
C: 我家的网从昨天晚上开始就特别卡 看个视频一直转圈 打游戏也掉线
[~2.5||+0.6] A: 您是说网络从昨晚开始很卡、还会掉线，对吗？
C: 对
A: 麻烦您先把光猫断电一分钟再插上，如果还卡，我给您安排师傅上门，请问您清楚了吗？
C: 清楚了 我试试
""", co="云帆宽带", asr=True)

V("call", None, "listening.call",
  "000 篇1 3 / 篇1 4 不要用沉默代替听 / 004 柒、一 适时的以嗯是对: forty seconds of the caller with no sound from the agent", """
C/3: 是这样 我们家上个月刚搬到新房子 原来老房子那边的燃气是我爸的名字
K> A: 嗯，您说
C/3: 现在老房子要卖掉了 我想把那边的燃气先停掉 然后新房子这边要重新开通
K> A: 是的
C/3: 新房子是开发商交房的时候就装好表了 但是一直没有开通过 也不知道要带什么
K> A: 嗯
C/3: 还有就是老房子那边还有一点余额 不知道能不能转到新房子这边来用
A: 您是说老房子的燃气要停掉，新房子要开通，老房子的余额想转过来，对吗？
C: 对
A: 停气和开通都要带房产证和户主身份证到营业厅办理，余额可以在停气的时候一起转到新户号上，请问您清楚了吗？
C: 清楚了
""", co="明川燃气")

V("call", None, "speech_rate.call",
  "000 篇1 2 语速不要太快 / 篇2 三、4 不可以语速过快: the list of papers rattled off", """
C: 我想给我爸办个过户 要带什么材料
A/[9||3.5]: 需要带上房产证原件和复印件，新老户主的身份证原件和复印件，如果是代办的话还要委托书和代办人的身份证
A: 请问您清楚了吗？
C: 清楚了
""", co="江城水务")

# ---- forbidden phrasing on calls ---------------------------------------------------

V("call", None, "forbidden.cant_hear,forbidden.casual?,forbidden.hearing_no_apology?",
  "000 篇2 一、5 不可以说 喂、喂、听不见 / 篇6 严禁 大声点: shouting at a quiet caller", """
C/2: 我想问一下 那个 开户
A: [喂？喂？听不见，大点声！||很抱歉，我这边听不太清您的声音，麻烦您大声一点好吗？]
C: 我说我想开个户 新房子的燃气开户
A: 好的，新房子开通燃气需要户主带房产证和身份证到营业厅办理
C: 好的
""", co="明川燃气")

V("call", None, "forbidden.hearing_no_apology,forbidden.curt_demand?",
  "000 篇2 二、1 (因用户使用免提)而无法听清楚时 很抱歉 / 004 无法听清 2: a speakerphone call told to pick up, no apology", """
C/2: 喂 我想问下我那个快递到哪了
A: [您是不是开着免提？拿起话筒说||很抱歉，您的声音有点小，请问您是开着免提吗？麻烦您拿起话筒说好吗？]
C: 好了 现在呢
A: 现在清楚了，请问您的运单号是多少？
C: SJ55190028374
A: SJ55190028374，对吗？
C: 对
A: 包裹今天早上已经到您那边的网点，下午派送
""", co="顺捷物流", asr=True)

V("call", None, "forbidden.hangup_threat",
  "000 篇2 一、6 不可以说 请讲话,不说话就挂了: threatening to hang up on a silent line", """
+4 A: [您再不说话我可就挂了啊||您好，请问可以听得见我说话吗？]
C: 能能 刚才信号不好 我想问下怎么补办燃气卡
A: 补办燃气卡需要户主带身份证到营业厅办理，工本费20元
C: 好 知道了
""", co="明川燃气", asr=True)

V("call", None, "forbidden.repeat_request.call|forbidden.repeat_request",
  "000 篇2 三、2 不可以说 什么?你再说一遍 / 004 无法听清 7: a curt 'what?' to a caller", """
C: 我要办那个 携号转网
A: [什么什么？||不好意思，刚才没听清，麻烦您再说一遍好吗？]
C: 携号转网 转到你们这边
A: 好的，您是要把号码转到我们这边，携号转网需要先在原运营商查询资格，再带身份证到我们营业厅办理
A: 请问您清楚了吗？
C: 清楚了
""", co="畅联通信", asr="spaced")

V("call", None, "forbidden.repeat_question",
  "000 篇1 4 对客户已经说过的信息不要重复提问: asking for the phone number just given", """
C: 手机号13957102263 查积分
A: [好的，请问您的手机号码是多少？||好的，跟您核对一下，号码是13957102263，对吗？]
V> C: 刚才不是说了吗 13957102263
V> A: 抱歉，13957102263，对吗？
C: 对
A: 您目前有积分2860分，可以在营业厅兑换话费
C: 好
""", co="畅联通信", asr=True)

V("call", None, "forbidden.rude,response.complaint.call?,response.restate_complaint.call?",
  "003 京东禁用语 9 随意你到哪里去投诉: daring the caller to complain", """
C: 你们维修师傅又放我鸽子 说好上午来的 我要投诉
A: [您要投诉就去投诉好了，我这边无所谓||非常抱歉师傅没按约好的时间上门，给您添麻烦了]
A: 您反映的是师傅约了今天上午上门但是没来，对吗？
C: 对
A: 我马上联系维修站，今天下午三点前给您安排上门，两点半前给您回电
C: 行
""", co="美厨电器售后", asr=True)

V("call", None, "forbidden.impatient",
  "003 京东禁用语 12 我不是为你一个人效劳的 / 000 篇6 又不是给您一个人用的: hurrying the caller", """
C: 我想查一下上个月的电费为什么这么高
A: 好的，麻烦您告诉我一下户号
C: 等一下啊 我去找一下缴费单
A: [快点啊，后面还一堆电话排着呢||好的，不着急，您慢慢找]
C: 找到了 5106332047
A: 户号5106332047，对吗？
C: 对
A: 上个月用电比前一个月多了120度，主要是空调用得多
C: 哦 这样
""", co="宁州供电", asr=True)

V("call", None, "forbidden.rhetorical",
  "003 无礼质问 你懂了吗 / 000 篇2 六、1 不可以说 喂,听懂了吧: 'did you get that or not?'", """
C: 我家的电表是怎么算峰谷电的
A: 早上八点到晚上十点是峰时电价，每度0.56元，晚上十点到第二天早上八点是谷时电价，每度0.28元
A: [我都说了半天了您听明白没有？||刚才讲的峰谷时段，请问您还有哪里不明白吗？]
C: 明白了
A: 洗衣服、烧热水这些可以放在晚上十点以后，会省一些
""", co="宁州供电", asr=True)

V("call", None, "forbidden.blame",
  "000 篇2 四、4 不可以说 刚才电话不是我接的 / 003 京东禁用语 15: putting the fault on the meter reader", """
C: 我家这个月水费是估的 根本没人来抄表
A: 很抱歉给您带来困扰，[不过抄表是抄表员那边的事，不是我们客服的问题||我这边马上帮您联系抄表班组核实]
A: 您是说这个月没人上门抄表，水费是按估算收的，对吗？
C: 对
A: 我给您报给抄表班组，三个工作日内安排上门补抄，多收的下个月抵扣
C: 好吧
""", co="江城水务", asr=True)

V("call", None, "forbidden.refusal,response.complaint.call?",
  "000 篇2 四、1 不可以说 我也没办法,线路忙: answering a complaint about the wait with 'nothing I can do'", """
C: 打了二十分钟才打进来
A: [线路忙我这边也没办法啊||很抱歉刚才线路忙，让您久等了]，请问有什么可以帮您？
C: 我家燃气表显示低电量
A: 燃气表低电量是表里的电池没电了，我给您安排师傅上门免费换电池，请问户号是多少？
C: 20096615
A: 户号20096615，对吗？
C: 对
A: 已经帮您登记，明天上午师傅上门更换
""", co="明川燃气", rings=2)

V("call", None, "forbidden.refusal_bare",
  "004 特殊沟通 5 非常抱歉 超出了我们的服务范围 / 003 京东做法 3: 'can't be refunded' with no apology", """
C: 我这个月办的流量包能退吗 用不完
A: [退不了的，||很抱歉，流量包当月生效后没法退订，]下个月不想用的话我现在帮您取消续订
C: 那取消吧
A: 好的，已经帮您取消了，下个月起不会再扣费
""", co="畅联通信", asr=True)

V("call", None, "forbidden.refusal_no_alternative",
  "000 篇2 五、2 不可以没有抱歉及后续建议 / 004 特殊沟通 5: an apology and then nothing", """
C: 我想在电话里直接办个副卡
A: [很抱歉，这个电话里办不了。||很抱歉，副卡电话里办不了，您可以带身份证到就近的营业厅办理，或者在官方app上自助办理]
C: 好吧
""", co="畅联通信")

V("call", None, "forbidden.argue|forbidden.refusal",
  "000 篇1 4 不要让自己陷入到与客户的争论中: contradicting the caller's memory", """
C: 上次你们客服说这个可以免费换的
A: [不可能，您肯定是记错了||我帮您查一下上次的通话记录]
A: 您说的是热水器温控器免费更换，对吗？
C: 对
A: 温控器是保修一年的，您这台买了八个月，可以免费换
C: 那就好
""", co="美厨电器售后", asr=True)

V("call", None, "forbidden.uncertain",
  "001 禁用语 不清楚,不知道 / 000 篇6 不知道、不清楚: 'can't say' to a cost question", """
C: 我家空调不制冷了 修一下大概要多少钱
A: [这个我也说不准||具体要等师傅上门检测，检测费是30元，如果是加氟一般在150到200元之间]
C: 那先让师傅来看看
A: 好的，请问地址是？
C: 东新路32号
A: 东新路32号，已经帮您预约了，师傅明天上午联系您
""", co="冰川空调售后", asr=True)

V("call", None, "forbidden.casual",
  "001 禁用语 大哥、大姐 / 呵呵、哈哈、哎: 'aiya, big sister' to an older caller", """
C/2.5: 我这个 手机上 怎么 查 水费 我 不会弄
A: [哎呀大姐，这个很简单的||您别着急，这个操作不难，我一步一步跟您说]
A: 先打开手机上的微信，搜索江城水务，进去以后点“查询”，输入户号就能看到了
A: 请问您清楚了吗？
C: 清楚了 我让我儿子帮我弄
""", co="江城水务")


V("call", None, "forbidden.address_ni",
  "000 篇8 售前服务 对买家的尊称都用“您”: calling the caller 你", """
C: 我家的暖气片不热 想找人来看看
A: 好的，[你家地址是哪里？||请问您家的地址是？]
C: 文一路99号4幢301
A: 文一路99号4幢301，已经帮您派单了，师傅今天下午联系您
C: 好的
""", co="安居物业", asr=True)

V("call", None, "forbidden.wait_bare",
  "000 篇2 五、1 不可以没有抱歉或感谢 / 004 保持 1: 'hang on' with nothing else", """
C: 我想问一下我的积分什么时候过期
A: [稍等啊||麻烦您稍等，我帮您查一下]
+4 A: 您的积分是明年六月底到期
C: 好的
""", co="畅联通信", asr=True)

V("call", None, "forbidden.wait_short",
  "000 篇2 五、1 很抱歉,请您稍等片刻,好吗: 'wait a sec'", """
C: 我的包裹能改到公司地址吗
A: [等会儿，我看下||请您稍等一下，我看看]
+5 A: 包裹还没派送，可以改的，请问新地址是？
C: 古墩路701号紫金广场
A: 古墩路701号紫金广场，已经帮您改好了
""", co="速达快递")

V("call", None, "forbidden.interjection_o",
  "001 禁用语 哦: a reply opening with 哦", """
C: 我明天上午不在家 下午在
A: [哦，那给您改到明天下午？||好的，那给您改到明天下午？]
C: 对
A: 已经改好了，明天下午两点到五点之间上门
""", co="悦家家政", asr=True)

V("call", None, "forbidden.buck_passing",
  "003 京东禁用语 15 这个问题你得去找 / 000 篇8 售前服务: telling the caller to ring the manufacturer", """
C: 我家热水器显示E3故障 是什么意思
A: [这个您打厂家电话问吧||这个我帮您联系厂家技术员确认，麻烦您留个联系电话，明天中午前给您回电]
K> C: 就打这个号吧
K> A: 好的，就用您现在来电的号码联系您
C: 好
""", co="安居物业", asr=True)

V("call", None, "forbidden.blind_promise",
  "002 第二篇 6.1(7) 禁止盲目解答或承诺用户: promising the repair will be done tomorrow", """
C: 我家洗衣机不排水了 明天能修好吗
A: [您放心，明天肯定给您修好||师傅明天上午上门，检查后会告诉您需要多长时间修好]
C: 好吧
A: 师傅出发前会先联系您
""", co="美厨电器售后", asr=True)

V("call", None, "forbidden.filler",
  "003 天猫禁语 五 是这样的: a verbal tic repeated", """
C: 为什么我的话费扣了两次
A: [是这样的，是这样的，您这个||您这个]月扣了两次，一次是月租，一次是上个月超出的通话费
C: 那超了多少
A: 超了120分钟，一共18元
""", co="畅联通信", asr=True)

V("call", None, "forbidden.curt_demand",
  "003 京东做法 7 避免用命令式 / 京东培训 三: 'give me the account number'", """
C: 我想查一下这个月的物业费
A: [报一下房号||麻烦您告诉我一下房号]
C: 3栋1102
A: 3栋1102，本月物业费是420元
C: 好
""", co="安居物业", asr=True)

V("call", None, "forbidden.abuse|forbidden.rude,forbidden.address_ni?,response.complaint.call?",
  "003 拼多多禁语 5 不能直接骂回去 / 000 篇8 售后服务 切忌与买家顶撞: throwing the insult back", """
C: 你们就是一群骗子 装个宽带拖了半个月
A: [你才是骗子，说话客气点||非常抱歉让您这么生气，装机拖了这么久是我们的问题]
A: 您是说半个月前预约的装机到现在还没装，对吗？
C: 对
A: 我马上给您加急，明天上午安排师傅上门，今天下午五点前给您回电确认
C: 行
""", co="云帆宽带", asr=True)

V("call", None, "pii.bank_card",
  "002 第一篇 15 不得将公司客户信息随意透露 / 003 客服方法 二、6: reading out the whole card number on file", """
C: 我想知道自动扣费是扣的哪张卡
A: [您绑定的卡号是6222021001122334458||您绑定的是尾号4458的银行卡]
C: 好 知道了
A: 需要换卡的话带身份证到营业厅就可以办
""", co="宁州供电", asr=True)

V("call", None, "ad.whole_net",
  "003 拼多多禁语 3 全网系: 'the best deal on the whole network'", """
C: 有没有便宜点的流量套餐
A: [有的，这个19元的流量包全网最划算||有的，19元一个月的流量包，含10G通用流量]
C: 那给我开一个
A: 好的，已经帮您开通，今天就生效
""", co="畅联通信", asr=True)

V("call", None, "ad.authority",
  "003 广告禁用词 2 权威词 国家xx: 'nationally designated filter'", """
C: 你们推荐的那个滤芯靠谱吗
A: [放心，这是国家指定的净水滤芯||这款滤芯有涉水产品卫生许可批件，批件号印在包装上]
C: 多少钱
A: 一套三支是268元，需要的话我给您登记上门更换
C: 那登记吧
A: 好的，已经登记，师傅明天上午联系您
""", co="美厨电器售后")

V("call", None, "ad.efficacy",
  "003 拼多多禁语 4 功效宣传: milk sold as a cure for insomnia", """
C: 你们那个晚安牛奶有什么不一样
A: [这款奶喝了能根治失眠||这款是低脂高钙的，口感清淡一些，适合晚上喝]
C: 那我订一个月
A: 好的，一个月30瓶，明天早上开始配送
""", co="禾润乳业", asr=True)
