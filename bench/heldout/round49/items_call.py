"""Violating middles of round 49: hotline calls (utilities, telecoms, delivery,
after-sales, insurance), inbound and outbound. Each body is written once for
both twins (notation in common.py)."""
from common import V

WATER, GAS, POWER = "城北自来水", "恒通燃气", "滨海供电服务"
TEL, NET = "星河通信", "易连宽带"
EXP, EXP2 = "顺捷速运", "闪达快递"
HOME, AC, PURE = "安居家电售后", "美凉空调售后", "净泉净水器售后"
INS, LIFE = "平康财产保险", "永泰人寿"

# ---- opening, greeting, answering ------------------------------------------

V("call", None, "greeting.call",
  "000 篇2 一、1 / 004 开头语: the opening names the company and the job number and offers help",
  """
A: [您好，请讲||您好，城北自来水客服中心，工号4127，很高兴为您服务，请问有什么可以帮您？]
C: 我家水表那个玻璃盖裂了 会不会影响读数啊
A: 我跟您确认一下，您是说家里水表的表盖玻璃裂开了，担心读数不准，对吗？
C: 对对
A: 表盖裂了一般不影响计量，不过为了防止进水损坏表芯，我们可以免费上门更换表盖，请问您的户号是多少？
C: 户号是 2066183
A: 好的，我重复一遍，户号2066183，对吗？
C: 没错
A: 已经给您登记了更换表盖，师傅会在明天下午两点到五点之间上门，出发前会先给您打电话。
C: 行 那我明天下午在家
""", co=WATER, open=False, asr=True)

V("call", None, "greeting.call",
  "000 篇1 1 (您好！世纪速码 is too bare) / 004 开头语: a greeting that only names the company, no job number, no offer of help",
  """
A: [您好，顺捷速运。||您好，顺捷速运客服，工号5309，请问有什么可以帮您？]
C: 你好 我想问下我寄的件怎么三天了还没揽收
A: 明白，您是说寄出的包裹下单三天了还没有快递员上门揽收，是吗？
C: 是的
A: 麻烦您报一下下单时预留的手机号后四位和寄件城市。
C: 后四位 7731 杭州拱墅
A: 好的，后四位7731，杭州拱墅区，我马上帮您催网点。今天下午四点前网点会有快递员给您打电话约时间上门，您看可以吗？
C: 可以
""", co=EXP, open=False)

V("call", None, "greeting.call,forbidden.casual?",
  "000 篇6 其他注意事项 (任何情况下都不可回答：喂) / 004 开头语: the call is answered with 喂 and no company, job number or offer of help",
  """
A: [喂？哪位？||您好，星河通信客服，工号6620，请问有什么可以帮您？]
C: 我手机这个月流量扣费不对 多扣了三十多
A: 我跟您核对一下，您是觉得本月流量费多扣了三十元左右，想查一下明细，对吗？
C: 对
A: 请问您是机主本人吗？麻烦报一下身份证后四位。
C: 是本人 后四位 0419
A: 好的，0419，验证通过。我看到本月有一笔定向流量包三十元，是本月五号开通的，您有印象吗？
C: 没有啊 我没开过
A: 那我先帮您把这个流量包退订，并提交退费申请，三个工作日内会退回到您的话费账户，到时会有短信通知。
C: 好 那就这样办吧
""", co=TEL, open=False, asr=True)

V("call", None, "forbidden.curt",
  "000 篇2 一、2: when the caller asks whether this is the company, reply 是的，您好…请问有什么可以帮您, not 是的，什么事",
  """
C: 喂 是燃气公司吗
A: [是，啥事？||是的，您好，请问有什么可以帮您？]
C: 我们小区今天停气了吗 我家灶打不着火
A: 我跟您确认一下，您是说家里燃气灶点不着火，想问是不是小区停气了，对吗？
C: 对
A: 请问您住在哪个小区？
C: 锦绣花园 七栋
A: 好的，锦绣花园七栋。我查了一下，锦绣花园今天没有停气计划，常见的原因是表内余额用完或者灶具故障。请问您是用卡表还是物联网表？
C: 卡表
A: 卡表余额不足时会自动关阀，您可以看一下表上的显示屏，如果显示余额为零，需要先充值再插卡开阀。
C: 哦我看看 真的是零 我去充一下
""", co=GAS, asr=True)

V("call", None, "greeting.festival.call",
  "004 节日开头语: on a public holiday (New Year's Day) the opening adds a holiday greeting such as 新年好",
  """
A: [您好，滨海供电服务热线，工号2281，请问有什么可以帮您？||您好，新年好！滨海供电服务热线，工号2281，请问有什么可以帮您？]
C: 新年好 我家楼道灯坏了一半 是你们管吗
A: 我跟您确认一下，您是说楼道里的公共照明有一半不亮了，想知道由谁来修，对吗？
C: 对
A: 楼道公共照明一般属于物业维护范围，我们负责的是到户电表之前的线路。建议您联系小区物业报修，如果物业查下来是供电线路的问题，我们再安排抢修。
C: 好的 那我找物业
""", co=POWER, open=False, started="2027-01-01T09:40:00+08:00")

V("call", None, "greeting.festival.call",
  "004 节日开头语: on the first day of the Spring Festival the opening carries a holiday greeting",
  """
A: [您好，星河通信客服中心，我是8806号，请问有什么可以帮您？||您好，新春快乐！星河通信客服中心，我是8806号，请问有什么可以帮您？]
C: 过年好 我给我妈办的那个亲情号怎么打不通
A: 我跟您确认一下，您是说给家人开通的亲情号码，现在拨打不通，对吗？
C: 对 一直说无法接通
A: 麻烦您报一下您母亲的号码，我帮您看一下状态。
C: 139 0571 6620
A: 好的，13905716620，对吗？
C: 对
A: 查到这个号码昨天因为余额不足停机了，充值后半小时内会自动复机，您可以帮她充一下。
C: 哦原来是停机了 我马上充
""", co=TEL, open=False, started="2027-02-06T10:05:00+08:00", asr=True)

V("call", None, "answer.call",
  "002 第二篇 6.1(1): answer before the fourth ring (接听电话，振铃声不应超过三次)",
  """
C: 我家空调外机滴水滴到楼下阳台了 人家找上门了
A: 我跟您确认一下，您是说空调外机的冷凝水滴到了楼下的阳台，对吗？
C: 对 你们安装的时候没接排水管吧
A: 很抱歉给您添麻烦了。请问您的安装单号或者登记的手机号是多少？
C: 手机号 186 2233 0917
A: 我核对一下，18622330917，对吗？
C: 对
A: 查到了，是上个月十二号安装的。我给您安排师傅上门加装排水管，不收费用，明天上午九点到十二点之间上门，您看方便吗？
C: 可以 上午有人
""", co=AC, rings=(5, 2))

V("call", None, "response.complaint.call,forbidden.curt?",
  "000 篇2 四、1 / 004 抱怨投诉 1: a caller who complains the line was hard to get through gets an apology first",
  """
C: 我打了二十分钟才打进来 你们这热线是摆设吗
A: [嗯，说吧，要办什么？||非常抱歉，今天来电比较多，让您久等了，请问有什么可以帮您？]
C: 我家宽带从昨晚就断了 路由器灯一直闪红
A: 我跟您确认一下，您家的宽带从昨晚开始断网，路由器的指示灯一直红灯闪烁，对吗？
C: 对
A: 请问宽带账号是多少？
C: 0571 8822 6043
A: 好的，057188226043，对吗？
C: 是
A: 我看到您所在的小区昨晚有光缆被施工挖断，抢修队正在处理，预计今天下午三点前恢复，恢复后会给您发短信。
C: 行吧 那我等等
""", co=NET, asr=True)

V("call", None, "forbidden.refusal|forbidden.refusal_bare,response.complaint.call?",
  "000 篇2 四、1: not 我也没办法，线路忙 when the caller complains about the wait",
  """
C: 等了快一刻钟才有人接 什么意思啊
A: [这个我也没辙，线路一直占着呢。||很抱歉，刚才线路比较忙，让您久等了，请问有什么可以帮您？]
C: 我要问我那份车险理赔到哪一步了
A: 我跟您确认一下，您是想查询车险理赔的处理进度，对吗？
C: 对
A: 请您报一下报案号。
C: 报案号 RC 2611 0457
A: 好的，RC26110457，对吗？
C: 对的
A: 查到了，定损已经完成，目前在核赔环节，预计三个工作日内赔款会到您登记的银行卡，到账时会有短信提醒。
C: 那行
""", co=INS)

# ---- silent calls, hearing problems ---------------------------------------

V("call", None, "silent_call.call",
  "000 篇2 一、5 / 004 无声电话: on a silent call repeat the greeting, then explain and say goodbye before hanging up; never hang up straight away",
  """
A: 您好，恒通燃气客服中心，工号3512，请问有什么可以帮您？
!wait 3
A: 您好，请问有什么可以帮您？
!wait 3
K> A: 很抱歉，您的电话没有声音，请您挂机后重新拨打，感谢您的来电，再见！
K> !wait 3
!hangup agent
""", co=GAS, open=False, close=False, hangup=None)

V("call", None, "forbidden.cant_hear|forbidden.casual,silent_call.call?",
  "000 篇2 一、5: on a silent call never 喂、喂、听不见",
  """
A: 您好，安居家电售后，工号7045，请问有什么可以帮您？
!wait 3
A: [喂？喂？听不见啊！||您好，请问有什么可以帮您？]
!wait 3
A: 很抱歉，无法听到您的声音，如需服务欢迎再次致电，感谢您的来电，再见！
!wait 3
!hangup agent
""", open=False, close=False, hangup=None, asr=True)

V("call", None, "forbidden.hangup_threat",
  "000 篇2 一、6 / 篇6 其他注意事项: not 请讲话，不说话就挂了",
  """
A: 您好，永泰人寿客服，工号1198，请问有什么可以帮您？
!wait 3
A: [您到底说不说话？不说我可挂了啊。||您好，请问可以听得见吗？]
!wait 3
A: 很抱歉，无法听到您的声音，如需服务欢迎再次致电，此次通话将被挂机，再见！
!wait 3
!hangup agent
""", open=False, close=False, hangup=None)

V("call", None, "forbidden.hearing_no_apology,forbidden.address_ni?",
  "000 篇2 二、1 / 004 无法听清 2: asking a caller on speakerphone to pick up the handset starts with an apology",
  """
C: 我想问一下 那个 保单 贷款
A: [你那边开着免提吧？把话筒拿起来说。||非常抱歉，我这边听不太清，请问您是在用免提吗？麻烦您拿起话筒说话，好吗？]
C: 哦 好了 现在呢
A: 现在清楚了。您是想咨询用保单办理贷款，对吗？
C: 对 我那个分红险能贷多少
A: 请您报一下保单号。
C: 保单号 LF 7720 3196
A: 我核对一下，LF77203196，对吗？
C: 对
A: 这份保单目前的现金价值是四万两千元，最高可以贷百分之八十，也就是三万三千六百元，年利率按当期公布的执行，您可以在我们的官方应用里直接申请。
C: 好 我回头弄
""", co=LIFE)

V("call", None, "forbidden.hearing_no_apology,forbidden.address_ni?",
  "000 篇2 二、2 / 004 无法听清 1: asking the caller to ring from another phone starts with an apology",
  """
C: 喂 我家 ... 电表 ... 跳
A: 您好，我听到您说电表跳了，是吗？
C: 对 ... 一直 ... 跳
A: [你这信号太差了，换个电话再打过来吧。||非常抱歉，您的声音断断续续，我这边听不清楚，请您换一部电话再打过来，好吗？]
C: 行 我用座机打
A: 好的，感谢您的来电，再见！
""", co=POWER, close=False, asr=True)

V("call", None, "forbidden.hearing_no_apology|forbidden.rhetorical",
  "000 篇2 二、4 / 004 无法听清 4: when the caller speaks dialect, ask with an apology whether they can speak Mandarin",
  """
C: 阿拉屋里厢个热水器坏脱了 侬晓得伐
A: [讲普通话，你说方言我听不懂。||非常抱歉，我听不太明白您说的话，您能说普通话吗？]
C: 哦 好好 我家热水器坏了 打不着火
A: 我跟您确认一下，您家里的燃气热水器打不着火，对吗？
C: 对的
A: 请问热水器是什么品牌，买了多久？
C: 万家乐的 三年多
A: 好的，万家乐，使用三年多。这个已经过了整机保修期，我们可以安排有偿上门检修，上门费三十元，配件另算，您看可以吗？
C: 可以 你们来看看
A: 好的，已经给您登记，师傅会在今天下午五点前给您打电话约上门时间。
C: 好
""", co=HOME)

V("call", None, "forbidden.rhetorical",
  "000 篇2 二、4: never ask 你会不会讲普通话",
  """
C: 俺那个快递 寄到 咱那个乡里头 咋还不给送
A: [您会不会说普通话啊？||很抱歉，您能说得慢一点吗？您是说快递寄到了乡里，还没有给您派送，对吗？]
C: 对对 就是这个意思 在乡里放了三天了
A: 好的，请问快递单号是多少？
C: SJ 8830 5124 77
A: 我核对一下，SJ8830512477，对吗？
C: 对
A: 查到了，包裹在乡镇服务点，因为地址只写到了村，没有门牌号。我请服务点今天下午六点前给您打电话确认地址后送到家。
C: 中 那我等电话
""", co=EXP, asr=True)

V("call", None, "forbidden.cant_hear|forbidden.rhetorical",
  "000 篇2 二、6: after raising the volume ask 现在好些了吗, not 现在好了吧？能听到了吧",
  """
C: 你声音太小了 听不清
A: [这回总能听见了吧？||很抱歉，现在好些了吗？]
C: 嗯 好点了
A: 请问有什么可以帮您？
C: 我想改一下明天预约的保洁时间
A: 我跟您确认一下，您是想修改明天预约的家庭保洁时间，对吗？
C: 对 改到后天
A: 好的，请问原来预约的是明天几点？
C: 上午十点
A: 好的，已经把明天上午十点改为后天上午十点，阿姨会提前半小时给您打电话。
C: 好的
""", co="安心家政服务")

V("call", None, "response.noisy_line.call,hangup.call?,forbidden.cant_hear?",
  "004 无法听清 3: on a noisy line apologise and ask the caller to ring from another phone; if no answer, repeat twice, five seconds apart, then hang up",
  """
C: 喂 我要 ... [杂音] ... 那个 ... 报修
V> A: 听不清，先挂了。
V> !hangup agent
K> A: 非常抱歉，您那边杂音很大，我听不清您说的内容，麻烦您换个电话再打过来，好吗？
K> !wait 5
K> A: 非常抱歉，您那边杂音很大，我听不清您说的内容，麻烦您换个电话再打过来，好吗？
K> !wait 5
K> A: 感谢您的来电，再见！
K> !hangup agent
""", co=WATER, close=False, hangup=None)

V("call", None, "forbidden.repeat_request",
  "000 篇1 5: ask the caller to repeat politely, never 啊？什么？",
  """
C: 我想问一下那个 嗯 电子发票在哪开
A: [啊？什么玩意儿？||很抱歉，麻烦您再说一遍，好吗？]
C: 电子发票 上个月的话费发票
A: 明白了，您是想开上个月话费的电子发票，对吗？
C: 对
A: 您可以在我们的官方应用里，点我的、发票服务，选择上个月，填写抬头后就能下载，一般五分钟内生成。
C: 那抬头写公司的行吗
A: 可以的，选择单位抬头，填写公司名称和税号就行。
C: 好 我试试
""", co=TEL, asr=True)

V("call", None, "forbidden.repeat_request|forbidden.repeat_request.call",
  "000 篇2 三、2 / 004 无法听清 7: not 什么？你再说一遍",
  """
C: 我那个净水器换滤芯 上次师傅说送一根 结果没送
A: [你说啥？再讲一遍。||非常抱歉，刚才那句我没听清，麻烦您再讲一遍，好吗？]
C: 就是上次换滤芯 师傅答应送一根 没送到
A: 我跟您确认一下，上次上门换滤芯时，师傅答应赠送一根滤芯，但是您没有收到，对吗？
C: 对
A: 请问登记的手机号是多少？
C: 135 7789 2046
A: 好的，13577892046，对吗？
C: 对
A: 我看到工单备注里确实写了赠送一根PP棉滤芯，我现在给您补寄，明天发出，预计三天内送到。
C: 好 谢了
A: 不客气。
""", co=PURE, asr="spaced")

V("call", None, "forbidden.repeat_request",
  "000 篇1 5 / 篇2 三、2: the agent asks the caller to repeat with 刚说啥来着 instead of an apology",
  """
C: 我要报停 我们家下个月出国 三个月不用气
A: [刚说啥来着？再说说。||很抱歉，刚才没有听清，麻烦您再说一次，好吗？]
C: 报停 三个月不用气
A: 我跟您确认一下，您是要办理燃气暂停使用，时间三个月，对吗？
C: 对
A: 请问燃气户号是多少？
C: 5501 2387
A: 好的，55012387，对吗？
C: 对
A: 已经为您登记了暂停用气，明天会有工作人员上门关阀并贴封条，上门前会先打电话联系您，恢复用气时再致电我们就行。
C: 好 明白
""", co=GAS, asr=True)

V("call", None, "forbidden.pardon_bare",
  "000 篇2 五、5: asking the caller's forgiveness carries an apology (很抱歉，请您原谅)",
  """
C: 说好昨天上门的 我请了一天假 结果没人来
A: 我跟您确认一下，您预约的是昨天上门维修洗衣机，师傅没有到，您还为此请了假，对吗？
C: 对
A: [师傅那边排班出了点状况，您多包涵吧。||非常抱歉，师傅那边排班出了差错，耽误了您的时间，请您原谅。]
C: 那到底什么时候来
A: 我已经把您的工单加急，也跟师傅确认过了，今天下午两点到四点之间上门，出发时会先给您打电话。
C: 好 这次别再放鸽子了
A: 您放心，我会在三点再跟进一次。
""", co=HOME)

# ---- restating, reading back, pace, noting down ----------------------------

V("call", None, "response.restate.call",
  "000 篇2 三、3: when the caller has told the matter, restate it and ask whether that is what they mean",
  """
C: 我上周交的燃气费 app上显示还欠费 可我明明交了
K> A: 我复述一下，您上周已经缴了燃气费，但应用里仍然显示欠费，您想核实是否到账，是这个意思吗？
K> C: 对 就是这个
A: 请问您的户号是多少？
C: 3207 6618
A: 好的，32076618，对吗？
C: 对
A: 查到了，您上周二缴的一百五十元已经到账，应用里的显示有一天延迟，今晚十二点后刷新就正常了。
C: 哦那就好
""", co=GAS, asr=True)

V("call", None, "response.restate.call",
  "000 篇2 三、3: the agent goes straight to a solution without restating the caller's matter and checking it",
  """
C: 我上个月办的那个199的套餐 怎么这个月扣了259
K> A: 我跟您核对一下，您上个月办理的是一百九十九元的套餐，这个月却扣了二百五十九元，您想知道多出的六十元是什么费用，对吗？
K> C: 没错
A: 麻烦您报一下机主姓名和身份证后四位。
C: 刘海涛 后四位 3318
A: 好的，刘海涛，后四位3318，验证通过。多出的六十元是国际漫游流量费，是本月八号到十号在香港产生的。
C: 哦 我去香港出差了 忘了这茬
A: 以后出境前可以先办理漫游包，会便宜很多，需要的话随时致电我们。
C: 好
""", co=TEL, asr="spaced")

V("call", None, "response.readback.call",
  "004 核实信息 1: every piece of information the caller gives (here the meter number) is read back to check it",
  """
C: 我要查一下电费 怎么这么高
A: 我跟您确认一下，您是觉得这个月的电费偏高，想查一下用电明细，对吗？
C: 对
A: 请您报一下用电户号。
C: 0081 7725 403
A: [好的，稍等。||好的，我核对一下，户号00817725403，对吗？]
K> C: 对
A: 查到了，这个月用电六百一十度，比上个月多了两百多度，主要集中在晚上，请问家里最近是不是开了电暖器？
C: 哦对 老人怕冷 天天开着
A: 电暖器功率比较大，建议您调到节能档，也可以申请峰谷电价，晚上十点以后的电费会便宜一些。
C: 峰谷电怎么申请
A: 在我们的官方应用里提交就可以，下个月一号起生效。
C: 好嘞
""", co=POWER, asr=True)

V("call", None, "response.readback.call",
  "004 核实信息 1: the waybill number the caller dictates is repeated back before acting on it",
  """
C: 我的快递显示签收了 可我没收到
A: 我跟您确认一下，物流显示包裹已经签收，但您本人没有收到，对吗？
C: 对
A: 请您报一下运单号。
C: SD 5108 3377 2916
A: [行，我看看。||好的，我重复一遍，运单号SD510833772916，对吗？]
K> C: 对
A: 查到了，是今天上午十点由快递员放在了小区的丰巢柜，取件码已经发到了您的手机上，麻烦您看一下短信。
C: 啊 我看看 真有 被我当广告了
A: 没关系，那您去取一下就好。
C: 好
""", co=EXP2)

V("call", None, "response.readback.call",
  "004 核实信息 1: the bank card the caller gives for the claim payout is read back digit group by digit group",
  """
C: 我的理赔款要打到哪张卡 我想换一张
A: 我跟您确认一下，您想把理赔款的收款银行卡换成另一张，对吗？
C: 对
A: 请您报一下新卡的开户行和卡号。
C: 工商银行 卡号 6222 0212 0800 4417 365
A: [收到，给您改好了。||好的，我核对一下，工商银行，卡号6222 0212 0800 4417 365，对吗？]
K> C: 对
K> A: 已经给您改好了。
A: 修改后需要一个工作日生效，理赔款会打到新卡上。
C: 好的
""", co=INS, asr=True)

V("call", None, "speech_rate.call",
  "000 篇1 2 / 篇2 三、4: the agent does not speak too fast (here about eight characters a second)",
  """
C: 我想办那个宽带续费 有什么优惠
A: 我跟您确认一下，您是想给现在的宽带续费，想了解有哪些优惠，对吗？
C: 对
A/[8||3.5]: 现在续费有三种方案，一年期一千零八十元送两个月，两年期一千九百八十元送半年，三年期两千六百元送一年还免费升级到千兆，三种都可以在应用里直接办理。
C: 那我续两年的吧
A: 好的，请问宽带账号是多少？
C: 0571 6633 9027
A: 好的，057166339027，对吗？
C: 对
A: 已经给您办好两年期续费，今天起生效，扣费会在下个账单里体现。
C: 行
""", co=NET, asr=True)

V("call", None, "speech_rate.call",
  "000 篇2 三、4: not 语速过快 when reading out a schedule (here seven characters a second)",
  """
C: 你们那个停水通知 我没看清 到底哪天停
A: 我跟您确认一下，您是想了解最近的停水安排，对吗？
C: 对 我住东湖小区
A/[7||3.5]: 东湖小区这次是管网改造，本周四早上八点到晚上八点停水，周五早上八点到中午十二点水压会偏低，建议您提前储水，恢复后最初几分钟的水如果有点浑，放一放就好了。
C: 好 周四一整天是吧
A: 是的，周四早上八点到晚上八点。
C: 知道了
""", co=WATER, asr="spaced")

V("call", None, "response.note_down.call",
  "000 篇2 三、4 / 004 特殊沟通 8: before giving long information, ask the caller to get ready to note it down",
  """
C: 我要寄一台旧冰箱去修 怎么寄
A: 我跟您确认一下，您是要把旧冰箱寄回维修，想了解寄送方式，对吗？
C: 对
K> A: 内容比较多，麻烦您准备一下纸和笔，好吗？
K> C: 好了 你说
A: 寄修地址是江城市高新区科创路十八号安居维修中心，收件人维修部，电话四零零八八六五二二一零，包装时请把冷藏室清空，外面包上泡沫，运费到了以后我们报销。
C: 好 我记下来了
A: 我再跟您核对一下，科创路十八号，电话四零零八八六五二二一零，对吗？
C: 对
""", co=HOME, asr=True)

# ---- special requests: wrong number, named agent, private contact, invitation ---

V("call", None, "forbidden.refusal",
  "000 篇2 三、5 / 004 特殊沟通 2: a wrong number is told which hotline this is and asked to check the number, not just 打错了",
  """
C: 喂 是王记水电维修吗 我家水管爆了
A: [打错了，我们不是。||您好，这里是城北自来水客服中心，不是水电维修店，请您查证后再拨。]
C: 哦 那自来水公司管不管水管爆了
A: 我跟您确认一下，您家里的水管爆裂了，是户内的水管，对吗？
C: 对 厨房里的
A: 户内水管属于自家维修范围，您可以先关掉水表旁边的总阀止水，再联系维修师傅。如果是表前的管道，我们可以安排抢修。
C: 好 我先去关阀
""", co=WATER, asr=True)

V("call", None, "response.named_agent",
  "000 篇2 三、1 / 004 特殊沟通 1: a caller asking for a particular agent is told that agent is busy and offered help",
  """
C: 我找你们3307号 上次是她帮我办的
A: [她不在，您找别人吧。||很抱歉，3307号客服正在通话中，请问有什么可以帮您？]
C: 那你帮我看看吧 上次说给我退的那个月租费退了没
A: 我跟您确认一下，您上次申请退还一个月的月租费，想查一下是否到账，对吗？
C: 对
A: 请您报一下手机号码。
C: 158 6120 4473
A: 好的，15861204473，对吗？
C: 对
A: 查到了，退费五十八元已经在昨天退到了您的话费账户，您可以查一下余额。
C: 好 那就行
""", co=TEL)

V("call", None, "response.personal_info",
  "000 篇2 五、3 / 004 特殊沟通 4: a caller asking for the agent's private contact is told politely that only the job number can be given",
  """
C: 小伙子你办事挺利索 留个你微信呗 以后直接找你
A: [这个嘛，不太好吧，咱们还是说正事。||很抱歉，公司规定工作中只能告诉您我的工号，我是2716号，以后有问题您拨打热线报我的工号就可以。]
C: 行吧
A: 刚才给您登记的空调移机，我再跟您确认一下，是周六上午从客厅移到主卧，对吗？
C: 对
A: 好的，师傅周六上午九点到十二点之间上门，移机费一百五十元，到时现场付款。
C: 好
""", co=AC, n="2716", asr=True)

V("call", None, "response.personal_info",
  "004 特殊沟通 4: asked for personal details, the agent gives only the job number or nickname, not a private number",
  """
C: 姑娘你手机号多少 我这个事以后还得问
A: [我手机是一三八开头的，您记一下吧。||很抱歉，我们工作中规定只能通报工号，我是5821号，您拨打热线报我的工号就能找到我。]
C: 哦 好
A: 刚才您说的保单地址变更，我再跟您核对一下，新地址是滨江区长河路三百二十号，对吗？
C: 对
A: 已经为您修改好了，以后的通知函都会寄到新地址。
C: 好的
""", co=LIFE, n="5821")

V("call", None, "response.invitation",
  "000 篇2 三、7: a friendly invitation from the caller is thanked and declined (非常感谢，对不起，我不能接受)",
  """
C: 太谢谢你了 改天请你喝个咖啡吧
A: [这个看情况吧，先把您的事办完。||非常感谢您，不过很抱歉我不能接受，再次谢谢您。]
C: 哈哈 好吧
A: 您刚才的快递改派，我跟您确认一下，改到公司地址，西溪路五百五十号八楼，对吗？
C: 对
A: 已经改好了，明天上午派送，快递员出发前会给您打电话。
C: 好
""", co=EXP, asr=True)

# ---- hold, mute, in-line waits ----------------------------------------------

V("call", None, "hold.consent.call",
  "000 篇1 6 / 004 保持 2: tell the caller why they must wait and get their consent before pressing hold",
  """
C: 我的理赔材料交齐了吗 上周寄过去的
A: 我跟您确认一下，您上周寄出了理赔材料，想查一下是否已经齐全，对吗？
C: 对
A: [我查一下。||我需要调一下档案核对材料，需要一分钟左右，请您稍等一会儿，不要挂机，好吗？]
K> C: 好
!hold_start
!wait 45
!hold_end
A: 非常感谢您的耐心等候，材料已经收到，还缺一张医院的费用清单原件，麻烦您补寄一下。
C: 哎呀 好 我去医院开
A: 补寄地址和上次一样，收到后三个工作日内完成审核。
C: 知道了
""", co=INS, asr=True)

V("call", None, "hold.consent.call",
  "000 篇2 三、8: ask whether the caller is willing to wait (麻烦您等待一下…好吗) before the hold",
  """
C: 我家燃气表换了新的 原来表里还有钱 能转过来吗
A: 我跟您确认一下，您家更换了燃气表，想把旧表里的余额转到新表，对吗？
C: 对
A: 请问户号是多少？
C: 4402 1938
A: 好的，44021938，对吗？
C: 对
A: [系统慢，您等着。||我需要到后台核对旧表的余额，麻烦您稍等一分钟左右，好吗？]
K> C: 行
!hold_start
!wait 50
!hold_end
A: 感谢您的耐心等候，旧表余额八十六元已经转入新表，您插一下卡就能写入。
C: 好嘞
""", co=GAS, asr="spaced")

V("call", None, "hold.return.call",
  "000 篇2 三、8 / 004 保持 2: coming back from hold, first thank the caller for waiting",
  """
C: 我上个月报修的冰箱 说换压缩机 到现在没动静
A: 我跟您确认一下，您上个月报修冰箱，确定要更换压缩机，但一直没有安排，对吗？
C: 对
A: 我需要联系一下配件仓库，需要一分钟左右，请您稍等，不要挂机，好吗？
C: 好
!hold_start
!wait 55
!hold_end
A: [压缩机的货明天到。||非常感谢您的耐心等候，压缩机明天到货。]
A: 我已经给您约了后天上午的师傅，九点到十二点之间上门，出发前会给您电话。
C: 总算有信了
""", co=HOME, asr=True)

V("call", None, "hold.return.call,forbidden.casual?",
  "000 篇1 6: on returning from hold say 对不起，让您久等了 or 感谢您的耐心等待",
  """
C: 我的宽带要迁到新家 能不能周末装
A: 我跟您确认一下，您要把宽带迁移到新家，希望周末安装，对吗？
C: 对
A: 请问新地址是哪里？
C: 望江花园 三幢 一单元 502
A: 好的，望江花园三幢一单元五零二，对吗？
C: 对
A: 我要查一下那个小区的端口资源，请您稍等片刻，不要挂机，好吗？
C: 嗯
!hold_start
!wait 40
!hold_end
A: [喂，在吗？查好了，有端口。||很抱歉让您久等了，查好了，那边有空余端口。]
A: 这周六上午可以安装，师傅会在周五下午跟您约具体时间。
C: 好的
""", co=NET)

V("call", None, "hold.max.call|hold.limit.call",
  "000 篇2 三、8: never leave the caller on hold for a long time without coming back (here four minutes)",
  """
C: 我那个退货款一直没收到 退了十天了
A: 我跟您确认一下，您退货已经十天了，退款还没有到账，对吗？
C: 对
A: 请问订单号是多少？
C: 2611 0587 3320
A: 好的，261105873320，对吗？
C: 对
A: 我需要向财务核实一下退款状态，请您稍等一会儿，不要挂机，好吗？
C: 好
!hold_start
[!wait 240||!wait 45]
!hold_end
A: 非常感谢您的耐心等候，财务那边显示退款昨天已经打出，银行处理一般一到三个工作日，最晚本周五会到账。
C: 行吧
""", co=HOME, asr=True)

V("call", None, "hold.limit.call|hold.max.call",
  "000 篇2 三、8: when the check takes longer, come back to the caller and explain (需将电话转回，说明…) instead of a long silent hold",
  """
C: 我想查我父亲名下的几份保单
A: 我跟您确认一下，您想查询您父亲名下有哪些保单，对吗？
C: 对
A: 为了保护客户隐私，需要您父亲本人来电或者您持委托书办理。请问您有委托书吗？
C: 有 已经传到你们公众号了
A: 好的，我需要调阅一下材料，请您稍等一分钟，好吗？
C: 好
!hold_start
[!wait 150||!wait 40]
!hold_end
A: 非常感谢您的耐心等候，委托书已经审核通过，您父亲名下一共有两份保单，一份重疾险，一份意外险，都在有效期内。
C: 好的知道了
""", co=LIFE)

V("call", None, "hold.mute_consent.call",
  "000 篇2 五、1: when the system is slow, ask 很抱歉，请您稍等片刻，好吗 and press mute only after the caller agrees",
  """
C: 我要查下我家这个月的水费明细
A: 我跟您确认一下，您要查询本月水费的明细，对吗？
C: 对 户号 1206 4478
A: 好的，12064478，对吗？
C: 对
A: [系统有点卡。||很抱歉，系统有点慢，请您稍等片刻，好吗？]
K> C: 好
!mute_start
!wait 20
!mute_end
A: 很抱歉让您久等了，本月用水十八吨，其中阶梯一档十五吨，二档三吨，合计七十五元六角。
C: 哦 那正常
""", co=WATER, asr=True)

V("call", None, "hold.mute_return.call",
  "000 篇2 五、1: after cancelling mute say 很抱歉，让您久等了 (不可以没有抱歉或感谢)",
  """
C: 我的话费怎么停机了 我昨天刚交
A: 我跟您确认一下，您昨天已经缴了话费，但现在还是停机状态，对吗？
C: 对
A: 很抱歉，系统反应有点慢，请您稍等片刻，好吗？
C: 嗯
!mute_start
!wait 25
!mute_end
A: [查到了，钱是昨晚十一点到账的。||很抱歉让您久等了，查到了，钱是昨晚十一点到账的。]
A: 复机指令已经重新下发，五分钟内就能恢复，您重启一下手机就好。
C: 好 我试试
""", co=TEL, asr="spaced")

V("call", None, "response.thank_wait.call",
  "004 保持 1: after a short check on the line, go back to the caller with 非常感谢您的等候，经查询…",
  """
C: 我想看看我那件快递现在到哪了
A: 我跟您确认一下，您想查询快递的当前位置，对吗？
C: 对 单号 SJ 7710 2256 83
A: 好的，SJ7710225683，对吗？
C: 对
A: 我帮您查询一下，请您稍等。
A: [包裹在咱们市的分拨中心。||非常感谢您的等候，经查询，包裹在咱们市的分拨中心。]
A: 今天下午会派送，一般五点前到，快递员出发时会给您打电话。
C: 好 那我等着
""", co=EXP, asr=True)

V("call", None, "response.thank_wait.call",
  "004 保持 1: a short in-line check ends with thanks for waiting before the answer",
  """
C: 我家净水器滤芯该换了吧 上次什么时候换的
A: 我跟您确认一下，您想查询上次更换滤芯的时间，对吗？
C: 对
A: 请问登记的手机号是多少？
C: 187 3306 5521
A: 好的，18733065521，对吗？
C: 对
A: 正在查询中，请您稍等。
A: [上次是去年十月换的。||感谢您的耐心等候，您上次是去年十月换的。]
A: 建议每十二个月更换一次，已经到期了，需要的话我现在就帮您预约上门。
C: 预约吧 周末
A: 好的，这周六上午九点到十二点，出发前师傅会先联系您。
C: 行
""", co=PURE)

V("call", None, "forbidden.wait_bare|forbidden.wait_short",
  "000 篇2 五、1 / 004 保持 1: a wait is asked for with 请您稍等 and an apology or thanks, not a bare 等一下",
  """
C: 我想问下我的保单下个月是不是要交费了
A: 我跟您确认一下，您想查询保单下次的缴费日期，对吗？
C: 对 保单号 PK 3390 1172
A: 好的，PK33901172，对吗？
C: 对
A: [等一下。||我帮您查询一下，请您稍等。]
A: 感谢您的等候，这份保单的下次缴费日是下个月十五号，金额三千六百元，会从您绑定的银行卡自动扣款。
C: 行 那我存点钱进去
""", co=INS, asr=True)

V("call", None, "forbidden.wait_short|forbidden.wait_bare",
  "000 篇2 五、1: not 你先等会儿 without apology or 请",
  """
C: 我换了手机号 燃气账户上的号要改一下
A: 我跟您确认一下，您要把燃气账户预留的手机号改成新号码，对吗？
C: 对 新号 136 5872 0094
A: 好的，13658720094，对吗？
C: 对
A: [你先等会儿啊。||请您稍等，我马上为您修改。]
A: 感谢您的等候，已经改好了，以后的缴费提醒会发到新号码上。
C: 好
""", co=GAS)

V("call", None, "transfer.consent.call",
  "000 篇2 三、9: before a transfer tell the caller why and wait for consent; never transfer without warning",
  """
C: 我想问一下我那份意外险的理赔能不能加急
A: 我跟您确认一下，您想为意外险理赔申请加急处理，对吗？
C: 对 人还在医院
K> A: 加急需要理赔专员审批，我为您转接给理赔专员解答，好吗？
K> C: 好
A: [我给您转过去了。||请稍等，我立即为您转接。]
!transfer
""", co=INS, close=False, hangup=None, asr=True)

V("call", None, "transfer.consent.call",
  "000 篇2 三、9: the transfer is announced with its reason and the caller's agreement is asked first",
  """
C: 我想投诉上门安装的师傅多收钱
A: 我跟您确认一下，您要投诉安装师傅多收了费用，对吗？
C: 对 多收了两百
[A: 那我转一下。||A: 收费投诉由专门的投诉专员核实处理，我为您转接给投诉专员，好吗？]
K> C: 好的
K> A: 请稍等，我立即为您转接。
!transfer
""", co=AC, close=False, hangup=None)

# ---- complaints and angry callers -------------------------------------------

V("call", None, "forbidden.rude|forbidden.blame",
  "000 篇2 四、2: to a caller who swears, never 嘴巴放干净一点",
  """
C: 你们他妈的什么破快递 三天了还在转运
A: [您说话客气点行不行，别一口一个脏字。||很抱歉，让您着急了，我马上帮您查，请问运单号是多少？]
K> C: SD 6602 1187 3350
V> C: 行行行 单号 SD 6602 1187 3350
A: 我核对一下，SD660211873350，对吗？
C: 对
A: 我跟您确认一下，包裹在转运中心停留了三天没有动，您急着用，对吗？
C: 对 里面是药
A: 我已经给转运中心提交了加急，今天晚上八点前会发出，明天中午前派送，派送前快递员会给您打电话。
C: 行 快点
""", co=EXP, asr=True)

V("call", None, "forbidden.blame|forbidden.rude",
  "000 篇2 四、4: to a complaint about another agent's attitude, never 刚才电话不是我接的",
  """
C: 我刚才打过一次 你们那个客服态度太差了 没说完就挂我电话
A: [那不是我接的，您冲我发火也没用。||很抱歉，是我们服务没做好，给您带来不便了，请您原谅，您能跟我说说具体是怎么回事吗？]
C: 我就问个换表的事 她说不归她管就挂了
A: 我跟您确认一下，您刚才来电咨询更换水表，被挂断了电话，对吗？
C: 对
A: 这个情况我已经记录下来，会提交给当班组长处理。关于换水表，请问您的户号是多少？
C: 6603 2271
A: 好的，66032271，对吗？
C: 对
A: 我已经给您登记了换表，工作人员明天上午十点前会给您打电话约时间。
C: 这还差不多
""", co=WATER, asr="spaced")

V("call", None, "forbidden.impatient",
  "000 篇2 四、3: when the caller says the agent is slow, apologise and hurry, never 再等等",
  """
C: 我想查一下我家燃气卡表里还剩多少钱
A: 我跟您确认一下，您想查询燃气卡表的剩余金额，对吗？
C: 对 户号 7106 2259
A: 好的，71062259，对吗？
C: 对
A: 我帮您查询一下，请您稍等。
C: 你怎么这么慢啊 查个余额要这么久
A: [急什么，再等等嘛。||很抱歉让您久等了，我尽快为您处理。]
A: 感谢您的等候，查到了，您的燃气卡表余额还有四十二元，按您家平时的用量，还能用十天左右。
C: 那我过几天再充
""", co=GAS)

V("call", None, "response.complaint.call",
  "004 抱怨投诉 3: when the caller complains about another agent's attitude, apologise and ask for details",
  """
C: 上次你们那个客服一问三不知 还嫌我烦
A: [那您这次要办什么业务？||很抱歉，上次的服务让您不满意，给您添麻烦了，请您谅解，您能说说当时的具体情况吗？]
C: 我想问宽带提速的事 上次那个人说不知道
A: 我跟您确认一下，您想咨询宽带提速，上次没有得到答复，对吗？
C: 对
A: 请问宽带账号是多少？
C: 0571 5508 2219
A: 好的，057155082219，对吗？
C: 对
A: 您现在是两百兆，可以升到五百兆，每月多二十元，今天申请明天生效。
C: 那升吧
A: 好的，已经提交，明天零点生效。
C: 行
""", co=NET, asr=True)

V("call", None, "response.restate_complaint.call",
  "000 篇2 四、5 / 004 抱怨投诉 4: a complaint about a staff error is apologised for and restated (复述投诉内容)",
  """
C: 你们抄表员把我家的读数抄错了 多了一百多吨 我要投诉
A: 很抱歉给您添麻烦了，我会把您反映的问题如实上报并尽快核实处理。
K> A: 我复述一下您的投诉：抄表员这次抄录的读数比实际多了一百多吨，导致水费多计，您要求更正，对吗？
K> C: 对
A: 请问您的户号和现在水表上的实际读数是多少？
C: 户号 2209 6615 表上是 0387
A: 好的，户号22096615，实际读数三百八十七，对吗？
C: 对
A: 我已经提交复核，明天下午五点前会有工作人员上门核对，多收的费用会在下期账单中扣回。
C: 好 你们上点心
""", co=WATER, asr=True)

V("call", None, "forbidden.uncertain|forbidden.rhetorical",
  "000 篇2 四、5: to a complaint about a mistake, never 我不清楚，那您想怎么样",
  """
C: 你们的师傅把我家的地板划了一道大口子
A: [这我不清楚啊，那您想怎么处理？||很抱歉给您添麻烦了，我会把情况如实报上去并尽快核实，给您造成的不便请您原谅。]
C: 你们得赔啊
A: 我跟您确认一下，上门安装洗衣机的师傅在搬运时划伤了您家的木地板，您要求赔偿，对吗？
C: 对
A: 请问您的工单号是多少？
C: AJ 2611 0932
A: 好的，AJ26110932，对吗？
C: 对
A: 我已经登记了赔偿申请，明天上午十二点前会有售后主管给您打电话，约时间上门查看。
C: 好
""", co=HOME)

V("call", None, "response.harm.call|response.harm_confirmed.call",
  "003 抖音售后 1 / 000 篇2 四、5: a caller reporting damage caused by the service is soothed and apologised to before the procedure",
  """
C: 你们装的热水器漏水 把楼下邻居家天花板泡了
A: [那您先把工单号报一下。||非常抱歉给您和邻居添了这么大的麻烦，请您先别着急，我们一定负责处理。]
K> A: 麻烦您报一下工单号。
C: AJ 2611 4480
A: 我核对一下，AJ26114480，对吗？
C: 对
A: 我跟您确认一下，上个月安装的热水器出现漏水，渗到了楼下邻居的天花板，对吗？
C: 对 人家现在找我
A: 我已经安排师傅今天下午两点前上门关阀检修，同时给您登记了损失赔付，明天中午前理赔专员会联系您和邻居。
C: 好
""", co=HOME, asr=True)

V("call", None, "response.harm.call|response.harm_confirmed.call",
  "003 抖音售后 1: a caller whose family fell ill after a gas problem is comforted before anything else",
  """
C: 昨晚家里燃气味特别大 老人头晕送医院了 你们查过表的啊
A: [哦，那您说下地址。||非常抱歉，老人家现在怎么样了？请您先别着急，我们马上派人处理。]
C: 还在观察 地址是 梧桐苑 12栋 301
A: 好的，梧桐苑十二栋三零一，对吗？
C: 对
A: 我跟您确认一下，昨晚家中燃气味很重，老人头晕去了医院，您怀疑上次查表后有泄漏，对吗？
C: 对
A: 抢修人员二十分钟内到达，到之前请您开窗通风，不要开关电器。事故的责任调查明天中午前会有专人联系您。
C: 好 快点来
""", co=GAS)

V("call", None, "response.manager_request",
  "004 抱怨投诉 6: a caller demanding a manager gets an apology and an offer to have a manager call back",
  """
C: 我不跟你说 叫你们经理来接
A: [经理不接客户电话的，您跟我说就行。||很抱歉让您失望了，我诚恳地向您道歉。您方便留一个联系电话吗？我请主管在今天下午五点前给您回电，好吗？]
K> C: 138 0571 2260
K> A: 好的，13805712260，对吗？
K> C: 对
V> C: 你们就会踢皮球
V> A: 您的问题我可以帮您记录并提交，今天下午五点前会有专人给您回电。
C: 行 我等着
""", co=TEL, asr=True)

V("call", None, "response.manager_request",
  "004 抱怨投诉 6: a demand for a supervisor is met with an apology and a callback offer, not a brush-off",
  """
C: 你做不了主 让你们主管来
A: [主管在开会，找谁都一样。||很抱歉这次让您体验不好，我诚恳向您道歉，您方便留个电话吗？我请主管今天六点前给您回电。]
C: 139 6677 1045
A: 好的，13966771045，对吗？
C: 对
A: 已经记下了，今天六点前主管会给您回电。
C: 好
""", co=INS)

V("call", None, "response.reply_time.call|response.defer_without_time",
  "004 抱怨投诉 7: a complaint that cannot be answered now gets a reply time (于**小时内给您答复)",
  """
C: 你们的电费账单把别人家的用电算到我头上了 我要个说法
A: 很抱歉给您添麻烦了，我跟您确认一下，您认为这期账单里计入了别人家的用电，对吗？
C: 对
A: 请问户号是多少？
C: 0093 1186 027
A: 好的，00931186027，对吗？
C: 对
A: [这件事我会马上上报主管部门，有结果通知您。||这件事我会马上上报主管部门，并在二十四小时内给您答复，好吗？]
C: 好
""", co=POWER, asr=True)

V("call", None, "response.reply_time.call|response.defer_without_time",
  "004 特殊沟通 11: a question that needs checking gets a time: 我们会于**小时内有专人和您联系",
  """
C: 我想知道我的车险能不能加上我老婆开
A: 我跟您确认一下，您想把您爱人加为车险的被保险驾驶人，对吗？
C: 对
A: 这个需要核保部门确认，请您留下联系电话好吗？
C: 152 0331 7756
A: 好的，15203317756，对吗？
C: 对
A: [到时候会有专人跟您联系。||我们会在两小时内有专人和您联系。]
C: 行
""", co=INS)

V("call", None, "response.defer_without_time|response.reply_time.call",
  "000 篇1 7: when the answer has to come later, tell the caller when (三个工作日后我们会给您答复)",
  """
C: 我上周申请的那个空调以旧换新补贴 批了没
A: 我跟您确认一下，您上周申请了空调以旧换新补贴，想查审批结果，对吗？
C: 对
A: 请问您登记的手机号是多少？
C: 177 2098 6631
A: 好的，17720986631，对吗？
C: 对
A: 您的申请还在审核中，[回头有消息我再打给您。||三个工作日后我会给您回电告知结果。]
C: 行
""", co=AC, asr=True)

V("call", None, "forbidden.blind_promise",
  "002 第二篇 6.1(7): 禁止盲目解答或承诺用户 (here a guaranteed repair date before anything is checked)",
  """
C: 我家冰箱不制冷了 里面东西都要坏了
A: 我跟您确认一下，您家冰箱不制冷了，里面的食物有变质的风险，对吗？
C: 对 你们能今天来修吗
A: [放心，今天肯定给您修好，保证不耽误。||我先帮您提交加急工单，师傅排好时间后我在一小时内回电告诉您上门时间。]
C: 好
A: 请问登记的手机号是多少？
C: 133 8826 4410
A: 好的，13388264410，对吗？
C: 对
""", co=HOME)

V("call", None, "forbidden.blind_promise",
  "002 第二篇 6.1(7) / 第三篇 售前疑难 3: no promise of a payout before the claim is assessed",
  """
C: 我的车被水泡了 你们能全赔吧
A: 我跟您确认一下，您的车辆被水浸泡，想了解能否理赔，对吗？
C: 对
A: [能赔能赔，您就放一百个心，一分都不会少。||能否理赔和理赔金额要看定损结果和您投保的险种，我先帮您报案，定损员会在两小时内联系您。]
C: 行 那你帮我报
A: 请问车牌号是多少？
C: 浙A 7K2 19
A: 好的，浙A7K219，对吗？
C: 对
""", co=INS, asr=True)

V("call", None, "forbidden.argue|forbidden.blame",
  "000 篇1 4: the agent does not get drawn into an argument with the caller",
  """
C: 你们合同里根本没写要扣违约金
A: [不对，合同第八条写得清清楚楚，是您自己没看。||我理解您的疑问，我把合同里关于违约金的条款给您念一下，您看是否清楚。]
C: 你念
A: 第八条写明，合约期内提前解约的，按剩余月份月租的百分之三十收取违约金。
C: 那我还剩几个月
A: 还剩五个月，违约金是八十七元。
C: 行吧 那我再考虑考虑
""", co=TEL)

V("call", None, "forbidden.repeat_question",
  "000 篇1 4: 对客户已经说过的信息不要重复提问 (the agent asks again for the number the caller has just given)",
  """
C: 我户号是 3380 1162 我家的燃气报警器一直响
A: 好的，户号33801162，对吗？
C: 对
A: [请问您的户号是多少？||我跟您确认一下，是家里的燃气报警器一直在响，对吗？]
C: [不是刚说了吗 3380 1162||对]
A: 请您马上关闭燃气总阀，打开门窗，不要开关电器，抢修人员二十分钟内到达。
C: 好 我去关
""", co=GAS, asr=True)

V("call", None, "forbidden.jargon",
  "003 京东培训 六: explain without technical jargon the caller cannot follow",
  """
C: 我家网断了 你们那边看看怎么回事
A: 我跟您确认一下，您家的宽带现在上不了网，对吗？
C: 对
A: 请问宽带账号是多少？
C: 0571 3320 1178
A: 好的，057133201178，对吗？
C: 对
A: [您家光猫PON口LOS告警，OLT侧光功率掉到负三十dBm了。||您家光猫收到的信号太弱了，通常是入户的光纤被压到或者折断了。]
A: 我给您安排维修师傅明天上午上门检查，出发前会给您打电话。
C: 好
""", co=NET)

V("call", None, "forbidden.filler",
  "003 天猫禁语 五: not the empty 是这样的 at the head of every answer",
  """
C: 为什么我的保单贷款利息比上次高了
A: 我跟您确认一下，您是想了解这次保单贷款的利率为什么比上次高，对吗？
C: 对
A: [是这样的，是这样的，利率是每半年调整一次。||保单贷款的利率每半年调整一次。]
A: 这次调整后是年利率百分之五点二，上次是百分之四点八。
C: 那我能提前还吗
A: 可以随时提前还款，利息按实际天数计算。
C: 好 知道了
""", co=LIFE, asr=True)

V("call", None, "forbidden.refusal_no_alternative|forbidden.refusal_bare",
  "004 特殊沟通 5: a request outside the service is declined with an apology and a suggestion (建议您…)",
  """
C: 你们能帮我把阳台的晾衣架也装一下吗 师傅正好在
A: [这个我们不管，没别的办法。||非常抱歉，装晾衣架不在我们的服务范围内，很遗憾帮不上您，建议您联系晾衣架的商家安排师傅安装。]
C: 好吧
A: 空调这边师傅已经装好了，我跟您确认一下，是客厅柜机一台，已经试机正常，对吗？
C: 对
""", co=AC)

V("call", None, "forbidden.refusal_bare|forbidden.refusal_no_alternative",
  "000 篇2 五、2 / 003 京东做法 3: a refusal carries an apology and a next step",
  """
C: 能不能帮我把快递送到五楼 我腿不方便
A: [送不了。||非常抱歉，快递员按规定送到单元门口，我可以请他送到后给您打电话，请您家人或邻居帮忙取一下，好吗？]
C: 唉 那行吧
A: 我跟您确认一下，您的收件地址是春晖小区八幢二单元，对吗？
C: 对
A: 包裹今天下午四点左右送到，送到前快递员会给您打电话。
C: 好
""", co=EXP2, asr=True)

# ---- suggestions, apologies, thanks, understanding --------------------------

V("call", None, "response.suggestion.call",
  "000 篇2 五、4 / 004 特殊沟通 9: a suggestion from the caller is thanked and passed on (感谢您提出的宝贵建议)",
  """
C: 我提个建议啊 你们停水通知能不能发短信 贴在楼下谁看得见
A: [嗯，还有别的事吗？||非常感谢您的宝贵建议，我已经记下来了，会反馈给负责的同事。]
C: 没别的了 就这个
""", co=WATER, asr=True)

V("call", None, "response.suggestion.call",
  "000 篇2 五、4: 不可以没有感谢或赞扬 when the caller makes a suggestion",
  """
C: 你们的app查个账单要点五六下 能不能简单点
A: [行吧，我记一下。||谢谢您的宝贵建议，我们会及时转给负责的同事，也谢谢您这么关心我们的工作。]
C: 好
A: 您要查的账单，我跟您确认一下，是上个月的话费账单，对吗？
C: 对
A: 上个月话费八十九元，其中套餐费七十九元，通话超出十元，已经发到您的手机短信里了。
C: 好的
""", co=TEL, asr="spaced")

V("call", None, "response.apology.call",
  "000 篇2 五、6: when the caller apologises, answer 没关系，请不必介意",
  """
C: 不好意思啊 刚才我说话冲了点 家里停电一天了着急
A: [停电是因为线路检修。||没关系，请不必介意，停电是因为线路检修。]
A: 我跟您确认一下，您住在东港新村，从今天早上开始停电，对吗？
C: 对
A: 东港新村今天是计划检修，预计晚上七点前恢复供电。
C: 好 知道了
""", co=POWER, asr=True)

V("call", None, "response.thanks.call",
  "000 篇2 五、7 / 004 特殊沟通 10: the caller's thanks must be answered (不客气)",
  """
C: 我想把快递改到明天送 今天家里没人
A: 我跟您确认一下，您想把快递改到明天派送，对吗？
C: 对 单号 SD 2290 4415 063
A: 好的，SD22904415063，对吗？
C: 对
A: 已经改好了，明天上午派送。
C: 太好了 谢谢你啊
A: [派送前快递员会打您电话。||不客气，派送前快递员会打您电话。]
C: 好
""", co=EXP)

V("call", None, "response.thanks.call",
  "004 特殊沟通 10: 遇到用户致谢时必须响应 (the agent moves on without answering the thanks)",
  """
C: 你们师傅今天修得挺好 专门打电话谢谢你们
A: [您家的净水器还有别的问题吗？||听到您满意我们特别开心，会继续努力的，谢谢您！]
C: 没有了 挺好的
""", co=PURE, asr=True)

V("call", None, "response.understood.call",
  "000 篇2 六、1 / 004 结束语 1: after explaining, check that the caller has understood (请问您清楚了吗)",
  """
C: 我想问 那个医疗险报销要哪些材料
A: 我跟您确认一下，您想了解医疗险报销需要准备的材料，对吗？
C: 对
A: 需要四样：病历、费用发票原件、费用清单，还有您的银行卡复印件，都可以拍照在我们的官方应用里上传。
K> A: 请问我刚才的解释您还有不清楚的地方吗？
K> C: 清楚了
""", co=LIFE)

V("call", None, "forbidden.rhetorical|forbidden.casual,response.understood.call?",
  "000 篇2 六、1: check understanding with 请问您还有疑问吗, never 喂，听懂了吧",
  """
C: 我家的燃气表怎么换电池
A: 我跟您确认一下，您想自己给燃气表更换电池，对吗？
C: 对 一直提示电量低
A: 表的右下角有个电池盒，按住卡扣往外拉，换两节五号碱性电池，正负极照着盒子上的标记装回去就行。
A: [喂，听懂了没有？||我刚才说的这些，您还有哪里不明白的吗？]
C: 懂了懂了
""", co=GAS, asr=True)

# ---- closing and hanging up -------------------------------------------------

V("call", None, "closing.call",
  "000 篇1 7 / 篇2 六、2: before saying goodbye, ask whether there is anything else",
  """
C: 我的宽带套餐什么时候到期
A: 我跟您确认一下，您想查询宽带套餐的到期时间，对吗？
C: 对 账号 0571 2266 8015
A: 好的，057122668015，对吗？
C: 对
A: 您的套餐明年三月三十一号到期，到期前一个月我们会发短信提醒您续费。
C: 好
K> A: 请问还有什么可以帮助您的吗？
K> C: 没有了
A: 好的，感谢您的来电，再见！
C: 再见
""", co=NET, close=False, asr=True)

V("call", None, "closing.call_thanks|closing.call",
  "000 篇2 六、2 / 002 第二篇 6.1(2): the last words thank the caller for calling (感谢您的来电)",
  """
C: 我想办个燃气过户 房子买了二手的
A: 我跟您确认一下，您购买了二手房，要办理燃气户名过户，对吗？
C: 对
A: 需要带上房产证、您的身份证和原户主的最后一期缴费单，到任意营业厅办理，当场就能办好。
C: 好
A: 请问还有其他问题吗？
C: 没了
A: [好，那就这样。||好的，感谢您的来电，再见！]
""", co=GAS, close=False)

V("call", None, "hangup.call",
  "000 篇2 六、3 / 篇4 12: the caller hangs up first; the agent does not cut the line",
  """
C: 我的快递被退回了 能重新寄吗
A: 我跟您确认一下，您的快递被退回，想重新寄出，对吗？
C: 对 单号 SJ 4401 9928 76
A: 好的，SJ4401992876，对吗？
C: 对
A: 已经给您申请了重新派送，明天发出。
C: 好
A: 请问还有其他需要帮您的吗？
C: 没了
A: 好的，感谢您的来电，再见！
V> !wait 0.3
V> !hangup agent
K> C: 再见
""", co=EXP, close=False, hangup=(None, "customer"), asr=True)

V("call", None, "hangup.call",
  "000 篇2 六、3: after the goodbye wait for the caller to hang up (过3秒挂机), never hang up first",
  """
C: 请问你们周末上门装净水器吗
A: 我跟您确认一下，您想预约周末上门安装净水器，对吗？
C: 对
A: 周末可以安装，我给您约这周日上午九点到十二点，师傅出发前会给您电话。
C: 好的
A: 您看还有其他问题吗？
C: 没有了 谢谢
A: 不客气，感谢您的来电，再见！
[C: 哎等一下 我还想问||C: 好 再见]
V> !hangup agent
""", co=PURE, close=False, hangup=(None, "customer"))

# ---- dead air, talking over, listening --------------------------------------

V("call", None, "dead_air.call",
  "000 篇1 3 / 篇6 3: no long stretch without any response (here eight seconds of silence after the caller's question)",
  """
C: 我想问下 你们现在开通5G要换卡吗
[+8||+0.7] A: 我跟您确认一下，您想开通五G，想了解是否需要更换手机卡，对吗？
C: 对
A: 如果您的卡是二零一九年以后办的，就不用换卡，直接在应用里开通套餐就行。请问您的号码是多少？
C: 189 5520 7713
A: 好的，18955207713，对吗？
C: 对
A: 查到您的卡是二零二一年办的，可以直接开通。
C: 好嘞
""", co=TEL, asr=True)

V("call", None, "dead_air.call",
  "000 篇6 3: 2-4秒内没有声音 feels bad; here the agent leaves six seconds of silence after the caller answers",
  """
C: 我家的水压特别小 洗澡都洗不了
A: 我跟您确认一下，您家的水压特别低，影响正常用水，对吗？
C: 对 从前天开始的
[+6||+0.7] A: 请问您住在哪个小区、几楼？
C: 滨河苑 18楼
A: 好的，滨河苑十八楼。滨河苑高层是二次供水，我查到加压泵前天出了故障，维修人员今天下午会修好，修好后水压就能恢复。
C: 好 那我等等
""", co=WATER)

V("call", None, "interruption.call",
  "000 篇1 4: 千万不要打断客户说话 (the agent starts talking while the caller is still speaking)",
  """
C: 我是想问一下我那个理赔为什么被拒了 我所有的材料都是按你们要求准备的 医院的证明也开了
[~2||+0.6] A: 我跟您确认一下，您的理赔申请被拒，想了解原因，对吗？
C: 对
A: 请您报一下报案号。
C: LP 3302 8817
A: 好的，LP33028817，对吗？
C: 对
A: 拒赔的原因是这次住院属于等待期内，保单生效未满九十天。如果您对结果有异议，可以提交复核申请。
C: 那我申请复核
A: 好的，已经为您登记，三个工作日内会有专人联系您。
C: 好
""", co=LIFE, asr=True)

V("call", None, "interruption.call",
  "000 篇1 4: the agent lets the caller finish before answering",
  """
C: 你们上次来修空调的师傅说是缺氟 加了氟还是不冷 我想问是不是压缩机坏了 要不要换
[~1.5||+0.6] A: 我跟您确认一下，您家空调加了氟以后还是不制冷，怀疑是压缩机坏了，对吗？
C: 对
A: 请问登记的手机号是多少？
C: 181 0072 3365
A: 好的，18100723365，对吗？
C: 对
A: 这台空调还在保修期内，我给您安排师傅复检，明天上午九点到十二点之间上门，如果是压缩机问题免费更换。
C: 行
""", co=AC)

V("call", None, "listening.call",
  "004 热线规范 柒、一 / 000 篇1 3: while the caller talks at length, show listening with 嗯/是/对",
  """
C: 我跟你说一下情况 我上个月搬家 新房子是精装的 燃气表是开发商装的
K> A: 嗯，好的。
C: 交房的时候说已经开通了 结果我们住进去一个礼拜了还是打不着火 物业说要找你们
K> A: 是的，您说。
C: 我打了好几次电话都说登记了 可是一直没人来 我们天天在外面吃饭 孩子也没法在家吃
K> A: 明白。
C: 你说这事怎么办
A: 很抱歉给您一家带来这么多不便。我跟您确认一下，您新房的燃气表是开发商安装的，入住一周了还不能用气，之前登记过但一直没人上门，对吗？
C: 对
A: 请问小区名称和房号？
C: 云栖府 6幢 1202
A: 好的，云栖府六幢一二零二，对吗？
C: 对
A: 我已经把您的开通工单升级为加急，今天下午四点前会有工作人员上门点火开通，出发前会给您打电话。
C: 好 这回别再拖了
""", co=GAS, asr=True)

# ---- outbound calls ---------------------------------------------------------

V("call", None, "greeting.outbound.call,forbidden.casual?,forbidden.address_ni?",
  "002 第二篇 6.2: an outbound call opens with who is calling and from where (我是…客户服务中心回访员，我姓*)",
  """
A: [喂，李先生是吧？上周你报修的那个洗衣机修好没？||您好，我是安居家电售后的回访员，工号6102，我姓陈，请问是李先生吗？想耽误您两分钟回访一下上周洗衣机维修的情况。]
C: 是我 修好了
A: 请问您对师傅的上门服务满意吗？
C: 挺满意的 准时来的
A: 感谢您的认可。请问洗衣机现在使用还有什么问题吗？
C: 没有了
A: 好的，如果之后有问题，您拨打我们的热线就可以。感谢您对我们工作的支持，再见！
C: 好 再见
""", co=HOME, open=False, close=False, direction="outbound")

V("call", None, "closing.outbound.call,forbidden.slang?",
  "002 第二篇 6.2 (5): an outbound survey ends by thanking the customer (感谢您对我们的工作提出宝贵意见。谢谢！再见)",
  """
A: 您好，我是平康财产保险客户服务中心的回访员，工号4415，我姓吴，请问是周女士吗？想占用您一分钟时间回访一下车险理赔的服务。
C: 是我 你说
A: 请问您对这次理赔的处理速度满意吗？
C: 还行 就是定损等了两天
A: 好的，我把这个情况记录下来，反馈给定损部门。
A: [好，就这些，拜拜。||感谢您对我们的工作提出宝贵意见，谢谢您，再见！]
C: 再见
""", co=INS, open=False, close=False, direction="outbound", asr=True)

V("call", None, "greeting.outbound.call",
  "002 第二篇 6.2: an outbound reminder call names the company and the caller before the business",
  """
A: [您的保单下周到期，要不要续？||您好，我是永泰人寿客户服务中心的回访员，工号3090，我姓林，请问是孙先生吗？]
K> C: 是我
K> A: 您的保单下周到期，想跟您确认一下是否需要续保。
C: 续吧 还是原来那样
A: 好的，按原方案续保，保费两千八百元，下周一会从您尾号四四一二的银行卡自动扣款。
C: 行
A: 感谢您的支持，祝您生活愉快，再见！
C: 再见
""", co=LIFE, open=False, close=False, direction="outbound", asr=True)

# ---- nuisance, surnames, leaving numbers -----------------------------------

V("call", None, "closing.nuisance.call",
  "004 特殊沟通 6: a nuisance caller is told what this line is for and asked to hang up so others can get through, then told goodbye",
  """
C: 美女 你声音真好听 陪我聊会呗
A: 您好，这里是星河通信客服中心，您有话费、套餐方面的问题的话，我很乐意帮您解答。
C: 没问题 就想听你说话
V> A: 别闹了，我挂了。
K> A: 如果没有需要办理的业务，麻烦您先挂机，让其他客户能打进来，好吗？
K> C: 嘿嘿 再聊两句
K> A: 非常抱歉，您的需求超出了我们的服务范围，还有很多用户需要我的服务，我要挂机了，再见！
!wait 5
!hangup agent
""", co=TEL, close=False, hangup=None, asr=True)

V("call", None, "address.surname.call",
  "004 称呼语 / 000 篇2 一、3: once the caller's surname is known, use 某先生/女士 later in the call",
  """
A: 请问怎么称呼您？
C: 我姓董
A: 好的，请问有什么可以帮您？
C: 我家空调遥控器丢了 能买一个吗
A: [好的，我跟您确认一下，您想购买原装空调遥控器，对吗？||好的董女士，我跟您确认一下，您想购买原装空调遥控器，对吗？]
C: 对
A: 原装遥控器三十五元，包邮寄到家，请问收货地址是哪里？
C: 丽水路 88号 5栋 203
A: 好的，丽水路八十八号五栋二零三，对吗？
C: 对
A: 明天发出，预计三天内送到。
C: 好
""", co=AC, asr=True)

V("call", None, "address.surname.call",
  "000 篇2 一、3: 用客户的姓加上先生/女士 after learning the name (the agent never uses it)",
  """
C: 你好 我是你们的老客户了 我姓乔 我的报装一直没人联系
A: [您好，请问报装的是什么业务？||乔先生您好，请问报装的是什么业务？]
C: 宽带 新房子
A: 我跟您确认一下，您给新房报装了宽带，一直没有人联系您安装，对吗？
C: 对 一个礼拜了
A: 请问登记的手机号是多少？
C: 150 2291 6637
A: 好的，15022916637，对吗？
C: 对
A: 我查到是地址信息不完整卡住了，已经补全，今天下午五点前装维师傅会给您打电话。
C: 好
""", co=NET)

V("call", None, "response.leave_number.call|response.reply_time.call|response.defer_without_time",
  "000 篇2 五、8: asking for a contact number is polite (很抱歉，请您留下您的联系电话…好吗), with a time for the answer",
  """
C: 你们那个以旧换新的冰箱回收 能上门拆吗 我家是嵌入式的
A: 我跟您确认一下，您家是嵌入式冰箱，想了解以旧换新时能否上门拆卸回收，对吗？
C: 对
A: [这个要问一下，你留个电话，到时打给你。||很抱歉，这个要跟回收部门确认一下，麻烦您留个联系电话，我们今天下午五点前回复您，好吗？]
C: 138 6612 0573
A: 好的，13866120573，对吗？
C: 对
""", co=HOME, asr=True)

# ---- words the seeds forbid on a call ---------------------------------------

V("call", None, "forbidden.uncertain",
  "000 篇6 其他注意事项: never answer 不知道、不清楚; replace the 不 with a polite alternative",
  """
C: 你们这次燃气涨价是从几号开始
A: [不知道，没接到通知。||不好意思，请您稍等，我查一下最新的调价通知。]
A: [我刚翻了一下，||感谢您的等候，查到了，]新的价格从下个月一号起执行，每立方米上调两角。
C: 好 知道了
""", co=GAS, asr=True)

V("call", None, "forbidden.uncertain",
  "001 禁用语 (也许、大概、可能) / 000 篇2 五、8 不可以回答的模糊: the agent answers a delivery date with a vague guess",
  """
C: 我的包裹到底哪天能到
A: 我跟您确认一下，您想知道包裹的预计送达日期，对吗？
C: 对 单号 SJ 6635 0712 48
A: 好的，SJ6635071248，对吗？
C: 对
A: [大概也许后天吧，说不准。||包裹今天到了本市分拨中心，明天上午派送。]
C: 那行
""", co=EXP)

V("call", None, "forbidden.rude",
  "003 京东禁用语 5 / 001 禁用语: never 用不起就不要用",
  """
C: 你们这套餐也太贵了 一个月一百多
A: [嫌贵就别用呗，又没人逼您。||我理解您的感受，我帮您看看有没有更适合您用量的套餐。]
A: 您平时每月流量用十个G左右，通话两百分钟左右，五十九元的套餐就够用了，每月能省四十元。
C: 那给我换这个
A: 好的，下个月一号起生效。
C: 好
""", co=TEL, asr=True)

V("call", None, "forbidden.impatient",
  "003 京东禁用语 6: never 刚才已经说过了吧，怎么还问",
  """
C: 那个理赔是交原件还是复印件来着
A: [刚才不是说了吗，怎么又问？||需要交原件，复印件不行。]
C: 哦 好的 原件寄哪
A: 寄到我们的理赔中心，地址我发短信给您，五分钟内就能收到。
C: 好
""", co=INS)

V("call", None, "forbidden.rhetorical",
  "003 京东禁用语 3: never 你有没有搞错",
  """
C: 我觉得你们多收了我一个月的宽带费
A: [您有没有搞错啊，系统怎么会多收？||我帮您核对一下，请问宽带账号是多少？]
K> C: 0571 4419 2261
V> C: 你查查就知道了 0571 4419 2261
A: 好的，057144192261，对吗？
C: 对
A: 查到了，您是年付用户，上个月是新一年的年费扣款，不是多收，明细已经发到您手机上了。
C: 哦 是年费啊
""", co=NET, asr=True)

V("call", None, "forbidden.english",
  "001 禁用语: OK、NO、YES are not used with customers",
  """
C: 我想把我的燃气自动扣款改成另一张卡
A: 我跟您确认一下，您要把燃气费的代扣银行卡换成另一张，对吗？
C: 对
A: 您可以在我们的官方应用里，缴费设置、代扣管理里面修改，改完下个月生效。
C: 就这么简单
A: [OK，就这么简单。||是的，就这么简单。]
""", co=GAS)

V("call", None, "forbidden.casual",
  "001 禁用语 (大哥、大姐): the caller is not addressed as 大姐",
  """
C: 我的净水器一直在响 吵得睡不着
A: [大姐您别急啊，我帮您看看。||您别着急，我帮您看看。]
A: 我跟您确认一下，您家的净水器一直在响，影响休息，对吗？
C: 对 嗡嗡的
A: 常见的原因是增压泵在反复启动，您可以先关掉进水阀，我给您安排师傅明天上午上门检查。
C: 好
""", co=PURE, asr=True)

V("call", None, "forbidden.decide_for_customer",
  "003 京东做法 4: 不要替顾客做决定，要引导顾客做出决定",
  """
C: 我想换个套餐 流量多一点的
A: 我跟您确认一下，您想换一个流量更多的套餐，对吗？
C: 对
A: 现在有两个：七十九元三十个G，九十九元六十个G。
A: [我给您换九十九的吧，就这么定了。||按您平时的用量，两个都够用，您看选哪一个？]
C: [啊 那行吧||那就七十九的吧]
A: 好的，下个月一号起生效。
C: 好
""", co=TEL)

V("call", None, "forbidden.buck_passing|forbidden.blame",
  "003 京东禁用语 15: not 这个问题你得去找…，这不是我们的问题",
  """
C: 快递员把我的箱子摔坏了 里面的碗碎了两个
A: 我跟您确认一下，您收到的包裹外箱破损，里面的碗碎了两个，对吗？
C: 对
A: [这个您得去找发货的商家，不归我们管。||很抱歉给您添麻烦了，我先为您登记破损理赔，请您把外箱和碎碗拍照发到我们的公众号。]
C: 那我拍
A: 收到照片后两个工作日内理赔专员会联系您。
C: 好
""", co=EXP2, asr=True)

V("call", None, "response.urge",
  "002 第三篇 售后 四、2: a customer chasing an order is given the real status and reassured, not a stock line",
  """
C: 我都催了三次了 我的洗碗机到底什么时候装
A: [请您耐心等待。||很抱歉让您一直惦记着，我马上帮您查。]
K> A: 请问登记的手机号是多少？
V> C: 我手机号 139 2287 6610
K> C: 139 2287 6610
A: 好的，13922876610，对吗？
C: 对
A: 洗碗机已经到了安装网点，明天上午九点到十二点安装，师傅出发前会给您打电话。
C: 行
""", co=HOME)

V("call", None, "forbidden.interjection_o",
  "001 禁用语 (哦): the agent does not answer with a bare 哦",
  """
C: 我家那个电费 自动扣款失败了
A: [哦，那您换张卡。||明白了，我帮您看一下扣款失败的原因。]
A: 我跟您确认一下，这期电费代扣没有成功，对吗？
C: 对
A: 是因为绑定的银行卡余额不足，您存入后我们明天会重新扣款。
C: 好的
""", co=POWER, asr=True)
