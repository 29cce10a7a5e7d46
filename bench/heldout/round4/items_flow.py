"""Violating middles for required acts: openings, closings, holds, timing, responses."""
from common import V

CL = """A: 请问还有其他需要我帮您处理的吗？
C: 没有了
A: 好的，感谢您的来电，祝您生活愉快，再见！
C: 再见"""

ITEMS = [
# ---- openings and closings
V("greeting.call", "call", """
[A: 您好 请讲|A: 您好，星河宽带客服，我是9号客服小郑，请问有什么可以帮您？]
C: 我想报个网络故障
A: 您是要报宽带故障，对吗？
C: 对
A: 我给您登记好了，师傅两小时内联系您
""", "000 篇1 1 仅仅只说您好 / 004 开头语: no name or number, no offer of help", open=False),
V("greeting.call", "call", """
[A: 喂 这里是悦橙生鲜|A: 您好，悦橙生鲜客服，我是客服小唐，请问有什么能帮到您？]
C: 我买的橙子烂了几个
A: 您是说收到的橙子有几个坏了，对吗？
C: 对 有三个
A: 非常抱歉，我给您按三个的金额退款，今天到账
""", "000 篇2 一、1: 喂 and no offer of help", open=False, expect_alt="greeting.call,forbidden.casual?"),
V("greeting.festival.call", "call", """
[A: 您好，安居家电售后热线，工号2317为您服务，请问有什么可以帮您？|A: 您好，国庆节快乐！安居家电售后热线，工号2317为您服务，请问有什么可以帮您？]
C: 洗衣机门打不开了
A: 您是说洗衣机洗完后门打不开，对吗？
C: 对
A: 请您断电等两分钟，门锁会自动解开
A: 请问您清楚了吗？
C: 清楚了
""", "004 节日开头语: a call on 1 October without the holiday greeting", open=False, started="2026-10-01T10:05:00+08:00"),
V("closing.call", "call", """
C: 我想问下燃气开户要带什么
A: 您是想了解燃气开户需要带的材料，对吗？
C: 对
A: 需要带房产证、身份证原件和复印件
C: 好的
[A: 好的，感谢您的来电，再见！
C: 再见|A: 请问还有其他问题需要咨询吗？
C: 没了
A: 好的，感谢您的来电，再见！
C: 再见]
""", "000 篇2 六、2: no ask-more before the goodbye", close=False),
V("closing.call", "call", """
C: 我要报停宽带一个月
A: 您是想把宽带暂停一个月，对吗？
C: 对
A: 好的，已经帮您办理了，从明天起暂停，下个月今天自动恢复
C: 行
[A: 嗯 那就先这样 谢谢您的来电 拜拜
C: 拜拜|A: 您看还有别的需要帮忙的吗
C: 没了
A: 好的 谢谢您的来电 再见
C: 拜拜]
""", "000 篇1 7 再次询问需求: 那就先这样 without an ask-more", close=False, form="asr"),
V("closing.call_thanks", "call", """
C: 我想查下话费余额
A: 好的，麻烦您报一下宽带账号
C: 0571 8866 2233
A: 跟您核对一下，账号是057188662233，对吗？
C: 对
A: 好的，请您稍等，我帮您查一下
A: 感谢您的耐心等待，您的余额是56元
C: 好的
A: 还有别的需要我帮忙的吗？
C: 没有了
[A: 好的 再见
C: 再见|A: 好的，感谢您的来电，再见
C: 再见]
""", "002 第二篇 6.1(2) 最后一句 / 000 篇1 7 表示感谢: the last line lacks thanks", close=False),
V("hangup.call", "call", """
C: 我想问问快递能不能改地址
A: 您是想修改快递的收件地址，对吗？
C: 对
A: 可以的，您在小程序里点修改地址就能改，派送前都可以改
C: 好
""", "000 篇2 六、3 / 篇4 12 客户先挂: the agent hangs up first", hangup="agent", chook="customer"),
V("answer.call", "call", """
C: 我要报修热水器
A: 您是要报修热水器，对吗？
C: 对
A: 好的，已经为您登记，师傅明天上午联系您
""", "002 第二篇 6.1(1) / 000 篇2 四、1: answered after five rings, no apology", rings=5, crings=2),
V("greeting.chat", "tb", """
C: 在吗
[A: 在的|A: 您好，欢迎光临暖居家纺旗舰店，我是客服小棠，很高兴为您服务，请问有什么可以帮您？]
C: 这个四件套是纯棉的吗
A: 是的，面料是全棉斜纹，亲肤透气
""", "000 篇5 第一 在的,你好: '在的' as the whole welcome", open=False),
V("greeting.chat", "pdd", """
C: 老板在吗
[A: 在呢😊|A: 您好😊 欢迎光临禾田食品店，我是客服小麦，请问有什么可以帮您？]
C: 这个红枣是新疆的吗
A: 是的，是新疆若羌的灰枣，今年新货
""", "000 篇5 第一 发个表情: '在呢😊'", open=False),
V("closing.chat", "jd", """
C: 这个键盘支持蓝牙吗
A: 支持的，蓝牙和2.4G无线都可以连接
C: 好的 了解了
A: 请问还有其他问题需要咨询吗？
C: 没有了
[A: 好的|A: 好的，感谢您的光临，期待下次再为您服务，祝您一切顺利]
""", "000 篇5 第六 感激客人的光顾 / 001 结束语: the ending is a bare 好的", close=False, expect_alt="closing.chat,forbidden.bare_ack?"),
V("closing.chat_ask", "dy", """
C: 这个卸妆油能卸防水睫毛膏吗
A: 可以的，按压在睫毛上十秒再轻轻擦掉就可以
C: 好 谢谢
[A: 不客气，感谢您的光临，祝您生活愉快～|A: 不客气，请问还有其他需要了解的吗？
C: 没了
A: 好的，感谢您的光临，祝您生活愉快～]
""", "000 篇4 11 / 001 结束语: no ask-more", close=False),
V("greeting.outbound.call", "out", """
[A: 喂 王先生吧 您的燃气表该换了|A: 您好，请问是王先生吗？我是北辰燃气的客服小周，您家的燃气表到了更换年限，想跟您约一下上门时间，您现在方便吗？]
C: 方便 你说
A: 您看这周六上午方便吗？
C: 行
A: 好的，周六上午九点到十一点，师傅会提前联系您
A: 请问还有其他问题吗？
C: 没有
A: 好的，感谢您的配合，祝您生活愉快，再见
C: 再见
""", "002 第二篇 6.2: an outbound call with no greeting or self-introduction", open=False, close=False, expect_alt="greeting.outbound.call,forbidden.casual?"),
V("closing.outbound.call", "out", """
A: 您好，请问是陈女士吗？我是星河宽带的客服小郑，您上周报修的宽带已经修好了，想跟您做个回访，您现在方便吗？
C: 方便
A: 请问现在网络使用正常吗？
C: 正常了
A: 好的，请问还有其他问题吗？
C: 没有
[A: 好 那先这样 拜拜
C: 拜拜|A: 好的，感谢您的配合，不打扰您了，祝您周末愉快，再见
C: 再见]
""", "002 第二篇 6.2: an outbound call that ends without thanks", open=False, close=False),
# ---- holds, mutes, transfers
V("hold.consent.call", "call", """
C: 我想查一下上个月的账单明细
A: 您是想查上个月的账单明细，对吗？
C: 对
[A: 我看一下|A: 账单明细调取需要一分钟左右，我先帮您保持一下，请您不要挂机，好吗？
C: 好]
!hold_start
!wait 45
!hold_end
A: 感谢您的耐心等待，上个月一共消费了128元，其中宽带费99元，增值业务29元
""", "000 篇2 三、8 征求客户是否愿意等待 / 004 保持 2: a hold with no consent asked"),
V("hold.return.call", "call", """
C: 我想问下我家那个维修单的进度
A: 您是想了解维修单的处理进度，对吗？
C: 对
A: 我需要调取一下维修记录，大概需要一分钟，请您稍等不要挂机，好吗？
C: 好的
!hold_start
!wait 50
!hold_end
[A: 您的维修单已经派给师傅了 今天下午上门|A: 谢谢您的等候，您的维修单已经派给师傅了，今天下午上门]
""", "000 篇1 6 / 004 保持 2 取消保持后应感谢: no thanks on return"),
V("hold.mute_consent.call", "call", """
C: 我的宽带套餐现在还有优惠吗
A: 您是想了解宽带套餐目前的优惠，对吗？
C: 对
[!mute_start|A: 很抱歉，请您稍等片刻，我查一下最新的优惠，好吗？
C: 好]
[!wait 20|!mute_start]
[!mute_end|!wait 20]
[A: 很抱歉让您久等了，现在续约两年可以打八折|!mute_end
A: 很抱歉让您久等了，现在续约两年可以打八折]
""", "000 篇2 五、1 在得到客户的同意后按静音键: muted without asking"),
V("hold.mute_return.call", "call", """
C: 帮我看看还剩多少流量
A: 您是想查询当月剩余流量，对吗？
C: 对
A: 请您稍等片刻好吗？我帮您查一下
C: 好
!mute_start
!wait 25
!mute_end
[A: 还剩12个G|A: 很抱歉让您久等了，您这个月还剩12G流量]
""", "000 篇2 五、1 取消静音后很抱歉让您久等了: no apology or thanks after the mute", expect_alt="hold.mute_return.call,response.thank_wait.call?"),
V("hold.limit.call", "call", """
C: 我家燃气费好像算错了
A: 您是觉得燃气费金额不对，对吗？
C: 对
A: 我需要核对一下抄表记录，大概要一两分钟，请您稍等不要挂机，好吗？
C: 好
!hold_start
[!wait 150|!wait 50]
[!hold_end|!hold_end
A: 谢谢您的等候，记录还在调取，还需要一分钟左右，您还方便等吗？
C: 可以
!hold_start
!wait 50
!hold_end]
A: 谢谢您的等候，上个月抄表多抄了5个字，我已经给您冲正了
""", "000 篇2 三、8 需将电话转回: a 150 s hold with no check-in", expect_alt="hold.limit.call|hold.max.call"),
V("transfer.consent.call", "call", """
C: 我想办理宽带过户
A: 您是想把宽带过户到别人名下，对吗？
C: 对
[A: 好的
!transfer|A: 过户需要营业专席办理，我现在为您转接过去好吗？
C: 好
A: 请稍等，我马上为您转接
!transfer]
""", "000 篇2 三、9 不可以没有任何提示情况下突然转接", close=False, hangup=None),
V("transfer.consent.chat", "jd", """
C: 我想开增值税专用发票
[S: 当前会话已转接给发票专员|A: 专票需要发票专员为您办理，我帮您转接过去可以吗？
C: 可以
S: 当前会话已转接给发票专员]
A: 您好，我是发票专员小宁，请您提供一下公司名称和税号
C: 稍等我发你
""", "002 第三篇 售前 四、2 / 000 篇2 三、9: the chat handed over with no word to the customer", ack=False),
# ---- timing
V("dead_air.call", "call", """
C: 我想问问宽带怎么装
A: 您是想新装宽带，对吗？
C: 对
[+14 A: 新装的话需要您提供安装地址|A: 新装的话需要您提供安装地址]
C: 东湖路17号3单元502
A: 跟您核对一下，东湖路17号3单元502，对吗？
C: 对
A: 好的，这个地址可以装，师傅明天联系您
""", "000 篇1 3 / 篇6 3 2-4秒内没有声音: 14 s of silence before answering"),
V("interruption.call", "call", """
C: 我想问一下 我上周买的那个烤箱 第一次用的时候有一股味道 现在还有 是不是质量有问题
[~4 A: 这个正常的|A: 您是说烤箱用了一周还有异味，担心是质量问题，对吗？
C: 对]
A: 新烤箱前几次使用会有轻微的涂层味道，请您空烤三次，每次十五分钟
A: 请问这个操作您清楚了吗？
C: 明白了
""", "000 篇1 4 千万不要打断客户说话: the agent starts four seconds before the customer ends", expect_alt="interruption.call,response.restate.call?"),
V("listening.call", "call", """
[C/2.5: 是这样 我上个月搬家了 新家这边原来有一条别人家的宽带 我想把它过户过来 然后把我旧房子那条宽带拆掉 但是旧房子那边已经租出去了 租客说他也想用宽带 我就不知道是该拆掉还是过户给租客 而且我的套餐还有半年才到期|C/2.5: 是这样 我上个月搬家了 新家这边原来有一条别人家的宽带 我想把它过户过来
A: 嗯
C/2.5: 然后我旧房子那边已经租出去了 租客说他也想用宽带 我就不知道是该拆掉还是过户给租客
A: 嗯 您说
C/2.5: 而且我的套餐还有半年才到期]
A: 我跟您确认一下，您是想把新家的宽带过户到您名下，旧房子的宽带在拆机和过户给租客之间还没有决定，对吗？
C: 对
A: 旧房的宽带过户给租客不收违约金，拆机的话剩余半年需要补差价，您看您倾向哪一种
C: 那就过户给租客吧
""", "000 篇1 3 不时的给予回应 / 004 柒、一: a 40-second turn with no backchannel"),
V("speech_rate.call", "call", """
C: 燃气费怎么在网上交
A: 您是想在网上缴燃气费，对吗？
C: 对
[A/9: 您关注北辰燃气公众号点击生活服务选择燃气缴费输入户号确认金额后用银行卡或余额支付即可缴费成功后会收到短信通知|A/3.5: 您关注北辰燃气公众号，点击生活服务，选择燃气缴费，输入户号，确认金额后支付即可，缴费成功后会收到短信通知]
A: 请问这几步您都清楚了吗？
C: 清楚了
""", "000 篇1 2 语速不要太快: nine characters a second"),
V("silent_call.call", "call", """
A: 您好，北辰燃气服务热线，315号客服为您服务，请问有什么可以帮您？
!wait 4
[A: 喂 不说话我挂了|A: 您好，请问有什么可以帮您？
!wait 4
A: 很抱歉，我这边听不见您说话，麻烦您换一部电话或者过一会儿再打来，好吗？
!wait 4
A: 感谢您的来电，再见！]
!wait 3
""", "000 篇2 一、5/一、6 / 004 无声电话: one prompt, then a threat and a hang-up", open=False, close=False, hangup="agent", expect_alt="silent_call.call,forbidden.hangup_threat?,forbidden.casual?"),
# ---- required responses on calls
V("address.surname.call", "call", """
C: 你好 我姓蒋 我家冰箱漏水
[A: 您是说冰箱漏水了，对吗？|A: 蒋女士您好，您是说冰箱漏水了，对吗？]
C: 对
[A: 请您先看一下冰箱背面的排水孔是不是堵了|A: 蒋女士，请您先看一下冰箱背面的排水孔是不是堵了]
C: 好 我看看
""", "004 称呼语 / 000 篇2 一、3: the caller's surname never used"),
V("response.personal_info", "call", """
C: 我的宽带已经好了 打来跟你们说一声
A: 您是说宽带已经恢复正常了，对吗？
C: 对 小伙子你服务挺好 把你私人手机号给我呗 下次直接找你
[A: 哈 这个嘛 回头再说 您还有别的事吗|A: 谢谢您的认可，很抱歉公司规定我们只能提供工号，我的工号是9号，您下次来电报工号就可以]
C: 行吧
""", "000 篇2 三、6 / 004 特殊沟通 4: the request for a private number not declined with the rule", expect_alt="response.personal_info,forbidden.casual?"),
V("response.named_agent", "call", """
C: 我找一下你们那个7号客服 上次就是她帮我办的
[A: 她今天没来|A: 7号客服这会儿在接听其他来电，您要办什么业务，我也可以为您办理]
C: 那你帮我查下上次的退款
A: 您是想查询上次退款的进度，对吗？
C: 对
A: 好的，麻烦您报一下手机号后四位
C: 5521
A: 跟您核对一下，后四位是5521，对吗？
C: 对
A: 好的，请您稍等，我帮您查一下
A: 感谢您的耐心等待，退款已经到账了
""", "000 篇2 三、1 / 004 特殊沟通 1: '她今天没来' with no offer to help"),
V("response.invitation", "dy", """
C: 你人真好 有空来我们店里玩 请你吃火锅🍲
[A: 好呀好呀 有空一定去|A: 谢谢您的好意，心意我领了，公司有规定不能和顾客私下见面哦，有问题您随时找我]
""", "000 篇2 三、7 客户善意的约会: accepted instead of declined with thanks"),
V("response.manager_request", "call", """
C: 我的退款拖了半个月还没到 电话都打三次了
A: 非常抱歉让您久等了，您是说退款半个月了还没有到账，对吗？
C: 对 我不跟你说了 让你们领导来接电话
[A: 领导不在 您跟我说就行|A: 很抱歉让您失望了，我诚恳地向您道歉，方便留下您的联系电话吗？我请主管今天下午五点前回复您]
C: 行 就这个号码
A: 好的，就打您现在的来电号码
""", "004 抱怨投诉 6: the demand for a manager brushed off"),
V("response.urge", "pdd", """
C: 下单三天了还不发货 赶紧的
[A: 好的|A: 很抱歉让您久等了，我这边马上帮您催仓库，今天下午六点前一定发出]
""", "002 第三篇 售后 四、2 客户来催单: a bare 好的", expect_alt="response.urge,forbidden.bare_ack?"),
V("response.urge", "jd", """
C: 退款申请了五天了 你們能不能快點
[A: 已經在處理了|A: 非常抱歉讓您久等了，我這邊馬上幫您催財務，今天內會給您退款]
""", "002 第三篇 售后 四、2: urging answered with 已經在處理了, traditional", trad=True),
V("response.defer_without_time", "call", """
C: 我上周反映的那个燃气味道的问题有结果了吗
A: 您是想了解上周反映的燃气异味问题的处理结果，对吗？
C: 对
A: 请您稍等，我帮您查一下
A: 感谢您的耐心等待，现在还在排查中
[A: 等那边有消息了再给您打电话|A: 维修部明天中午十二点前给您回电话，就打您现在这个号码可以吗]
[C: 好吧|C: 可以]
""", "000 篇1 7 告知客户回复时间: 'when there's news we'll call'", expect_alt="response.defer_without_time|response.reply_time.call"),
V("response.reply_time.call", "call", """
C: 我的宽带投诉什么时候能有结果
A: 您是想知道宽带投诉的处理时间，对吗？
C: 对
[A: 我们会尽快处理的|A: 您的投诉已经转给专员，会在48小时内回复您]
""", "004 特殊沟通 11 / 抱怨投诉 7: 尽快 with no time", expect_alt="response.reply_time.call|response.defer_without_time"),
V("response.reply_time.chat", "dy", """
C: 补发的那个什么时候给我寄
[A: 亲 我们会尽快给您安排哒|A: 亲，补发的商品明天上午十点前给您寄出哦]
""", "000 篇1 7 告知客户回复时间: 尽快 on a chat", expect_alt="response.reply_time.chat|response.defer_without_time"),
V("response.thanks.call", "call", """
C: 我家宽带账号密码忘了
A: 您是忘记了宽带账号的密码，对吗？
C: 对
A: 我给您重置，新密码会短信发到您登记的手机上
C: 收到了 谢谢你啊
[A: 请您用新密码登录试一下|A: 不客气，请您用新密码登录试一下]
C: 好了 能上了
""", "004 特殊沟通 10 遇到用户致谢时必须响应: thanks ignored"),
V("response.thanks.chat", "tb", """
C: 这个被子能机洗吗
A: 可以的，建议用滚筒洗衣机轻柔模式
C: 谢啦🙏
[A: 洗的时候水温不要超过30度|A: 不客气～洗的时候水温不要超过30度哦]
""", "000 篇7 24 客户说谢谢后一要回复: thanks ignored"),
V("response.apology.call", "call", """
C: 不好意思啊 我刚才说错了 不是冰箱是冰柜
[A: 冰柜是什么问题|A: 没关系，请问冰柜是什么问题呢]
C: 不制冷
A: 您是说冰柜不制冷了，对吗？
C: 对
A: 我给您安排师傅明天上门
""", "000 篇2 五、6 没关系,请不必介意: the customer's apology ignored"),
V("response.apology.chat", "pdd", """
C: 抱歉抱歉 刚发错链接了 是这个
[A: 这款有三种口味|A: 没关系的～这款有三种口味]
""", "000 篇2 五、6: the customer's apology ignored on a chat"),
V("response.complaint.call", "call", """
C: 你们这个热线打了半个小时才打进来
[A: 请问您要办理什么业务|A: 很抱歉，刚才线路繁忙，让您久等了，请问您要办理什么业务]
C: 我要报修
A: 您是要报修什么设备呢？
C: 热水器不出热水
A: 您是说热水器不出热水，对吗？
C: 对
A: 好的，已经登记，师傅今天下午联系您
""", "000 篇2 四、1 / 004 抱怨投诉 1 热线难拨通: no apology"),
V("response.complaint.call", "call", """
C: 我要改宽带套餐 改成100兆的
A: 您是想把宽带套餐改成百兆的，对吗？
C: 对 你们这个客服效率太低了 说了半天还没弄好
[A: 我这边正在给您弄|A: 很抱歉让您久等了，我这边马上给您办好]
A: 已经帮您改好了，下个月生效
""", "000 篇6 客户责怪应答慢时: no apology"),
V("response.complaint.chat", "tb", """
C: 等了一个星期才到 物流也太慢了吧😤
[A: 亲，已经签收了哦|A: 亲，非常抱歉让您久等了，最近物流比较繁忙，给您带来不便了]
""", "002 第三篇 参考用语2 1/2: a complaint about slow delivery met with a fact"),
V("response.complaint.chat", "jd", """
C: 你们这服务真是一言难尽 问三次都没人回
[A: 请问您要咨询什么问题|A: 非常抱歉让您等了这么久，我现在就帮您处理，请问您要咨询什么问题]
C: 我的发票开了没有
A: 发票已经开好，发到您的邮箱了
""", "000 篇8 售前服务 / 002 参考用语2 1: no apology for unanswered questions"),
V("response.harm.call", "call", """
C: 我女儿用了你们的取暖器手被烫伤了
[A: 麻烦您报一下购买的订单号|A: 非常抱歉发生这样的事，孩子现在怎么样？请先带孩子去处理一下伤口，这件事我们一定负责到底]
C: 已经看过医生了
A: 好的，麻烦您报一下订单号，我为您登记
C: 8830 1124
A: 跟您核对一下，订单号88301124，对吗？
C: 对
A: 已经登记，售后主管今天下午五点前给您回电话
""", "003 抖音售后 1 安抚顾客情绪: an injury answered with a request for the order number"),
V("response.harm.chat", "dy", """
C: 用了你家面膜整张脸又红又痒😭
[A: 请问您用的是哪一款|A: 非常抱歉让您遭受这样的不适，请您先停用并用清水洗脸，情况严重请及时就医，我这边会负责跟进到底]
C: 补水那款
A: 麻烦您拍一下脸部和产品批号的照片，我马上提交给售后
""", "003 抖音售后 1: a reaction answered with a question about the product"),
V("response.suggestion.call", "call", """
C: 我家热水器修好了 打来说一下
A: 您是说热水器已经修好了，对吗？
C: 对 还有 我建议你们维修师傅上门前先打个电话 别突然敲门
[A: 师傅一般都会打的|A: 非常感谢您的建议，我们会反馈给维修部门，让师傅上门前都先电话联系您]
C: 好
""", "004 特殊沟通 9 / 000 篇2 五、4: a suggestion answered without thanks"),
V("response.suggestion.chat", "jd", """
C: 建议你们包装里加个说明书 不然真不会装
[A: 说明书电子版在商品页有|A: 感谢您的宝贵意见，我们会反馈给产品部门，后续会在包装里附上纸质说明书]
""", "000 篇7 52 感谢您的宝贵意见: no thanks", expect_alt="response.suggestion.chat,forbidden.buck_passing?"),
V("response.late_reply.chat", "pdd", """
C: 这个纸巾一箱几包
[+300 A: 一箱二十四包哦|A: 一箱二十四包哦]
""", "000 篇4 1 / 001 应答规范: five minutes, no apology"),
V("response.first_reply.chat", "tb", """
C: 在吗 想问下衣服尺码
[+40 A: 您好，欢迎光临拾光女装，我是客服阿宁，请问有什么可以帮您的吗？|A: 您好，欢迎光临拾光女装，我是客服阿宁，请问有什么可以帮您的吗？]
C: 160 100斤穿什么码
A: 建议您穿S码
""", "000 篇8 沟通技巧 1 不能让顾客等待超过10秒: the first reply after 40 s", open=False, expect_alt="response.first_reply.chat,response.first_reply_3s.chat?"),
V("response.first_reply_3s.chat", "dy", """
C: 在不
[+7 A: 您好呀，欢迎来到鹿鸣美妆小店，我是客服阿雅，请问有什么可以帮到您？|A: 您好呀，欢迎来到鹿鸣美妆小店，我是客服阿雅，请问有什么可以帮到您？]
C: 防晒霜是物理防晒吗
A: 是物理防晒，成分是氧化锌
""", "001 应答规范 3秒应答: first reply after 7 s", open=False, expect_alt="response.first_reply_3s.chat|response.first_reply.chat"),
V("response.ask_more_skips_question.chat", "tb", """
C: 这个加绒的会掉毛吗
A: 不会的，是一体织的加绒
[C: 那这个洗了会不会起球啊|C: 好的]
""", "003 客服的方法 解决问题: the customer's question left for the wrapper's ask-more", ack=False),
V("response.confirm_address.chat", "jd", """
C: 那我拍两瓶
A: 好的，拍下后我帮您尽快安排
C: 拍好了
[A: 收到啦，今天就给您发出|A: 收到啦，跟您核对一下收货信息：钱女士，135****7702，成都市武侯区天府大道北段9号，对吗？
C: 对的
A: 好的，今天就给您发出]
""", "002 第三篇 售前 四、4 一定要和客户核对下收货信息: no check of the address"),
V("response.confirm_address.chat", "dy", """
C: 下单了哈 三盒
[A: 好嘞 收到 明天发|A: 收到，给您核对一下地址哈：吴先生，广州市天河区体育西路33号，电话尾号6620，没问题吧？
C: 没问题
A: 好的，明天给您发出]
""", "002 第三篇 售前 四、4: no check, '好嘞' (slang fair)", expect_alt="response.confirm_address.chat,forbidden.slang?"),
V("response.readback.call", "call", """
C: 我要改下联系电话
A: 您是想修改预留的联系电话，对吗？
C: 对 新号是 13912345678
[A: 好的 已经给您改了|A: 跟您核对一下，新号码是139 1234 5678，对吗？
C: 对
A: 好的，已经给您改了]
""", "004 核实信息 1 壹定要壹壹和用户复述核实: a new number taken without reading it back", expect_alt="response.readback.call,pii.mobile?", cexpect="pii.mobile?"),
V("response.readback.call", "call", """
C: 我的户号是 四四零二 一九八七
A: 您是要办理燃气业务，对吗？
C: 对 查欠费
[A: 好的 请您稍等|A: 跟您核对一下，户号是44021987，对吗？
C: 对
A: 好的，请您稍等]
A: 感谢您的耐心等待，您没有欠费
""", "004 核实信息 1: a spoken account number not read back", form="asr"),
V("response.note_down.call", "call", """
C: 你们营业厅地址在哪 我去办过户
A: 您是要去营业厅办理过户，想知道地址，对吗？
C: 对
[A: 地址是滨江区江南大道3588号恒生大厦一楼东侧 电话0571 8765 4321 营业时间早九点到晚五点|A: 地址和电话比较长，麻烦您准备一下纸笔记一下好吗？
C: 好了 你说
A: 地址是滨江区江南大道3588号恒生大厦一楼东侧，电话0571 8765 4321，营业时间早九点到晚五点]
""", "000 篇2 三、4 / 004 特殊沟通 8: a long address and number given with no 'note it down'"),
V("response.understood.call", "call", """
C: 我这个路由器怎么重置
A: 您是想把路由器恢复出厂设置，对吗？
C: 对
A: 您先找到路由器背面的小孔，用牙签按住十秒，等指示灯全部闪烁后松开，再用手机连上默认的无线网络，打开浏览器输入管理地址重新设置
[C: 好|A: 请问刚才这几步您都清楚了吗？
C: 清楚了]
""", "004 结束语 1 请问您清楚了吗: no check of understanding after steps", ack=False),
V("response.thank_wait.call", "call", """
C: 帮我查一下宽带什么时候到期
A: 好的，麻烦您报一下宽带账号
C: 0571 6633 8899
A: 跟您核对一下，账号057166338899，对吗？
C: 对
A: 好的，我帮您查一下，请您稍等
[+12 A: 查到了 您的宽带明年三月到期|+12 A: 感谢您的耐心等待，您的宽带明年三月到期]
""", "004 保持 1 核实完毕后非常感谢您的等候: no thanks after the lookup"),
V("response.leave_number.call", "call", """
C: 我想问问我家这边能不能装天然气
A: 您是想了解您家能否接通天然气，对吗？
C: 对
A: 这个需要工程部门评估，今天下班前会有专人联系您
[C: 好|A: 请问专人联系您打哪个号码？就用您现在这个来电号码可以吗？
C: 可以]
""", "004 特殊沟通 11 请您留下您的联系电话: a callback promised without asking for a number"),
V("response.restate.call", "call", """
C: 我买的电视机屏幕上有一条竖线 开机就有
[A: 请问购买多久了|A: 我复述一下，您的电视机屏幕上开机就有一条竖线，对吗？
C: 对
A: 请问购买多久了]
C: 两个月
A: 在保修期内，我给您安排师傅上门检测
""", "000 篇2 三、3 我复述一下: the caller's problem not restated", open=True),
V("response.restate_complaint.call", "call", """
C: 我要投诉 你们师傅上门修了三次都没修好 还收了我两次上门费
[A: 非常抱歉给您带来这么多麻烦，我理解您的心情，这个投诉我给您登记了|A: 非常抱歉给您带来这么多麻烦，我理解您的心情。我复述一下您的投诉：师傅上门三次没有修好，还收取了两次上门费，对吗？
C: 对
A: 好的，这个投诉我给您登记了]
A: 方便留下您的姓氏和联系电话吗？
C: 姓许 就这个号码
A: 好的许先生，投诉专员24小时之内联系您
""", "004 抱怨投诉 4 复述投诉内容: the complaint registered without being restated"),
V("response.noisy_line.call", "call", """
C: 喂 （杂音） 喂 我 （杂音）
A: 很抱歉，您的电话杂音很大，我这边听不清，请您换一部电话再打来，好吗？
!wait 5
[!wait 1|A: 很抱歉，您的电话杂音很大，我听不清您的声音，请您换部电话再拨打，好吗？
!wait 5
A: 感谢您的来电，再见！
!wait 3]
""", "004 无法听清 3 重复俩次，每次间隔5秒后再挂机: one request, then the agent hangs up", open=True, close=False, hangup="agent", expect_alt="response.noisy_line.call,closing.call?,closing.call_thanks?"),
V("closing.nuisance.call", "call", """
C: 小姐姐 你声音真好听 陪我聊会儿天呗
A: 您好，这里是星河宽带客服中心，如果您有宽带业务方面的问题，我很乐意为您解答
C: 没有问题 就想听你说话
[A: 神经病
!wait 1|A: 很抱歉，如果您没有业务方面的问题，请您挂机让其他客户打进来，好吗？
C: 再聊会嘛
A: 对不起，我们这条热线只受理宽带业务，感谢您的来电，再见
!wait 5]
""", "004 特殊沟通 6 恶意的骚扰电话: the agent insults the caller and hangs up", close=False, hangup="agent", expect_alt="closing.nuisance.call,forbidden.abuse?,forbidden.rude?,closing.call?,closing.call_thanks?"),
]
