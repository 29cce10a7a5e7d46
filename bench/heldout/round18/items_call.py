"""Violating phone-call middles (hotlines, no platform unless named), each with its twin."""
from common import V

# ---- openings and closings -------------------------------------------------
V("call", None, "greeting.call,forbidden.casual?", "000 篇2 一、1 / 004 开头语: the call opens with greeting, company and job number", """
A: [喂，你好||您好，星联宽带客服，工号3107，很高兴为您服务，请问有什么可以帮您？]
C: 我家网从昨晚开始就连不上了
A: 您是说从昨晚开始家里宽带一直连不上，是吗？
C: 对
A: 我这边看到您家的线路有告警，给您派个师傅，明天上午九点到十二点上门，可以吗？
C: 行
""", open=False, co="星联宽带")
V("call", None, "greeting.call", "004 开头语: the agent names the line and offers help", """
A: [嗯，您说||您好，顺达快递客服中心，我是小周，请问有什么可以帮您？]
C: 我有个件显示签收了 但我没拿到
A: 您是说快递显示已签收，但您本人没有收到，对吗？
C: 是的
A: 我马上联系派件员核实，今天下午四点前给您回电，还是打您现在这个号码吗？
C: 对
""", open=False, co="顺达快递")
V("call", None, "greeting.call", "002 第二篇 6.1(2): greeting with the company name (speech-recognition text)", """
A: [你好 哪位||您好 惠民水务客服 工号2216 请问有什么可以帮您]
C: 我家水表好像在空转 没用水也在走
A: 您是说家里没有用水 水表也在转 是吗
C: 对对对
A: 我给您登记报修 明天上午师傅上门检查 您看行吗
C: 行
""", open=False, co="惠民水务", asr="words")
V("call", None, "answer.call", "000 篇2 四、1: after three rings the agent apologises for the wait", """
A: [您好，南城供电客服，工号1520，请问有什么可以帮您？||您好，南城供电客服，工号1520，很抱歉让您久等了，请问有什么可以帮您？]
C: 我们这片停电了 什么时候来电
A: 您是说您那一片现在停电了，想知道什么时候恢复，是吗？
C: 对
A: 那边线路正在抢修，预计下午三点前恢复供电
C: 好
""", open=False, rings=5, co="南城供电")
V("call", None, "greeting.festival.call", "004 节日开头语: New Year's Day opening wishes the caller a happy new year", """
A: [您好，康居物业客服，工号0815，请问有什么可以帮您？||您好，新年好！康居物业客服，工号0815，请问有什么可以帮您？]
C: 我家楼道灯坏了 黑乎乎的
A: 您是说您家那层楼道的灯坏了，是吗？
C: 是的 六栋三楼
A: 好的，六栋三楼，我马上派电工今天下午过去换
C: 好
""", open=False, started="2027-01-01T09:30:00+08:00", co="康居物业")
V("call", None, "greeting.outbound.call", "002 第二篇 6.2: an outbound call names the caller's company and purpose", """
A: [喂，王先生吧，你那热水器现在能用了没？||您好，请问是王先生吗？我是美家家电售后的客服小林，就您上周报修的热水器给您做个回访，现在方便吗？]
C: 是我 修好了 能用
A: 好的，请问师傅上门的服务您还满意吗？
C: 挺好的
A: 好的，感谢您的配合，打扰您了，祝您生活愉快，再见！
C: 再见
""", open=False, close=False, direction="outbound", rings=0)
V("call", None, "closing.outbound.call", "002 第二篇 6.2: an outbound call ends with thanks", """
A: 您好，请问是赵女士吗？我是安途车险的客服小许，您的车险下周到期，给您提个醒，现在方便吗？
C: 方便 你说
A: 续保的话可以在我们公众号里直接办理，价格跟去年差不多
C: 好 我晚上弄
A: [行，就这样||好的，感谢您的接听，打扰您了，再见]
C: 再见
""", open=False, close=False, direction="outbound", rings=0)
V("call", None, "closing.call", "000 篇2 六、2: more needs are asked for before the goodbye", """
C: 我想问下燃气费在哪交
A: 您是想问燃气费可以在哪里交，是吗？
C: 对
A: 可以在我们的公众号里交，也可以去附近的营业厅
C: 好的
[A: 好的，感谢您的来电，再见！||A: 请问还有其他需要帮您的吗？]
K> C: 没有了
K> A: 好的，感谢您的来电，再见！
""", close=False, co="城安燃气")
V("call", None, "closing.call_thanks|closing.call", "000 篇1 7 / 004 抱怨投诉 8: the call ends with thanks for calling", """
C: 我问下你们营业厅周末开门吗
A: 您是想问营业厅周末开不开门，对吗？
C: 嗯
A: 周末正常营业，早上九点到下午五点
A: 请问还有其他需要帮您的吗？
C: 没了
A: [好，拜拜||好的，感谢您的来电，再见！]
""", close=False, co="星联宽带")
V("call", None, "hangup.call", "000 篇2 六、3: the agent does not hang up before the caller", """
C: 我家门禁卡丢了 要补办
A: 您是说门禁卡丢了，需要补办一张，对吗？
C: 对
A: 您带上身份证到物业服务中心就能补，工本费二十元
A: 请问还有其他需要帮您的吗？
C: 没了
A: 好的，感谢您的来电，再见！
V> !hangup agent
K> C: 再见
K> !wait 1.2
K> !hangup customer
""", close=False, co="康居物业")
V("call", None, "forbidden.hangup_threat", "000 篇2 六、2: no 'if nothing else, hang up'", """
C: 我问下快递能改到明天送吗
A: 您是想把快递改到明天再送，是吗？
C: 对
A: 已经给您备注好了，明天派送
A: 请问还有其他需要帮您的吗？
+4 [A: 您要是没别的事我这边就先挂了啊||A: 请问您还在线吗？还有什么可以帮您的吗？]
C: 哦哦 没有了
A: 好的，感谢您的来电，再见！
""", close=False, co="顺达快递")
V("call", None, "closing.nuisance.call,forbidden.rude?", "004 特殊沟通 6: a nuisance caller is asked politely to end the call", """
C: 喂 美女 陪我聊会天呗 我无聊
A: 您好，请问您有什么订单或者配送方面的问题吗？
C: 没有 就想聊聊
A: [闲得慌就去找别人聊，我挂了||这里是鲜到家的客服热线，只能处理订单和配送的事情，您没有这方面的问题的话，麻烦您先挂机，好吗？]
C: 切
""", close=False, co="鲜到家")

# ---- holds, transfer, timing ---------------------------------------------
V("call", None, "hold.consent.call", "000 篇1 6 / 004 保持 2: the caller agrees before being put on hold", """
C: 我想查一下我这个月的账单为什么这么高
A: 您是说这个月的账单比平时高，想查一下原因，是吗？
C: 对
A: [我查一下||麻烦您稍等，我帮您查一下账单明细，好吗？]
K> C: 好
!hold_start
!wait 35
!hold_end
A: 感谢您的耐心等待，您这个月多了一笔二十元的增值业务费，是上个月办的来电显示
C: 哦 这样
""", co="星联宽带")
V("call", None, "hold.consent.call", "000 篇2 三、8: waiting is asked for (speech-recognition text)", """
C: 我要查一下我的快递到哪了 单号是SF开头的
A: 您是想查一下顺丰开头那个单号的物流 对吗
C: 对 尾号是6603
A: [好的 我看一下||好的 麻烦您稍等 我帮您看一下 可以吗]
K> C: 可以
!hold_start
!wait 25
!hold_end
A: 谢谢您的等待 尾号6603这件已经到您所在区的网点了 今天下午派送
C: 好
""", co="顺达快递", asr="words")
V("call", None, "hold.return.call|response.thank_wait.call", "000 篇2 三、8: on return the agent thanks the caller for waiting", """
C: 我想问下我家的维修单到哪一步了
A: 您是想查一下维修单现在的进度，对吗？
C: 对
A: 麻烦您稍等，我帮您查一下，好吗？
C: 好
!hold_start
!wait 30
!hold_end
A: [查到了，配件已经到了，师傅明天上午上门||谢谢您的耐心等待，配件已经到了，师傅明天上午上门]
C: 好的
""", co="美家家电售后")
V("call", None, "hold.limit.call|hold.max.call", "000 篇2 三、8: no long hold without coming back to the caller", """
C: 我上个月多扣了一笔钱 帮我查查
A: 您是说上个月多扣了一笔费用，想让我查一下，是吗？
C: 是
A: 麻烦您稍等，我帮您查一下扣费记录，好吗？
C: 好
!hold_start
[!wait 240||!wait 50]
K> !hold_end
K> A: 很抱歉，记录还在调取中，麻烦您再稍等一会儿，好吗？
K> C: 好
K> !hold_start
K> !wait 50
!hold_end
A: 谢谢您的耐心等待，多扣的是一笔重复扣款，三个工作日内退回您的账户
C: 好
""", co="星联宽带")
V("call", None, "hold.mute_consent.call", "000 篇2 五、1: the caller agrees before the line is muted", """
C: 我家燃气表显示余额不足 但我前天刚充了两百
A: 您是说前天充了两百元，但表上还提示余额不足，是吗？
C: 对
A: [我这边系统有点慢||很抱歉，我这边系统有点慢，请您稍等片刻，好吗？]
K> C: 好
!mute_start
!wait 20
!mute_end
A: 很抱歉让您久等了，您前天的充值已经到账，麻烦您把卡插一下表，就能写进去
C: 哦 好
""", co="城安燃气")
V("call", None, "hold.mute_return.call", "000 篇2 五、1: back from mute the agent apologises or thanks", """
C: 我要改一下预约的上门时间
A: 您是想改一下师傅上门的时间，对吗？
C: 对 改到周六
A: 很抱歉，系统有点慢，请您稍等片刻，好吗？
C: 好
!mute_start
!wait 20
!mute_end
A: [好了，已经改到周六上午了||很抱歉让您久等了，已经改到周六上午了]
C: 好
""", co="乐居家政")
V("call", None, "transfer.consent.call", "000 篇2 三、9: a transfer is explained and agreed first", """
C: 我要投诉你们的送水工 把我家地板弄湿了还不管
A: 您是说送水师傅把您家地板弄湿了，也没有处理，是吗？
C: 对
A: 非常抱歉给您添麻烦了
[A: 我给您转一下||A: 投诉这块由我们的投诉专员处理，我现在帮您转过去，好吗？]
K> C: 好
K> A: 请稍等，马上为您转接
!transfer
""", close=False, co="清泉桶装水", hangup=None)
V("call", None, "dead_air.call", "000 篇1 3: no long silence on the agent's side", """
C: 我问一下你们的宽带套餐最便宜的多少钱
A: 您是想了解一下最便宜的宽带套餐，是吗？
C: 对
[+15||+0.8] A: 最便宜的是一百兆的，每个月三十九元
C: 好 我考虑一下
""", co="星联宽带")
V("call", None, "interruption.call", "000 篇1 4: the agent does not talk over the caller", """
C: 我家的洗衣机脱水的时候响得特别厉害 整个机器都在晃 像要跳起来一样
[~2.5||+0.7] A: 您是说洗衣机脱水时响声很大，机器晃得厉害，是吗？
C: 对
A: 麻烦您先看一下洗衣机是不是放平了，四个脚有没有悬空
C: 我看看 好像有一个脚是空的
A: 您把那个脚拧一下调平，再试一次，这样说您清楚吗？
C: 清楚 好
""", co="美家家电售后")
V("call", None, "speech_rate.call", "000 篇1 2: no rushed speech when giving information", """
C: 我想办个燃气过户 要带什么
A: 您是想办理燃气过户，问需要带什么材料，是吗？
C: 对
A/[8||3.5]: 需要带新旧户主的身份证原件，房产证或者购房合同，还有最近一期的燃气缴费单，新户主本人到营业厅办理就行
C: 好的 我记下了
""", co="城安燃气")
V("call", None, "silent_call.call", "004 无声电话 / 000 篇2 一、5: a silent caller is asked twice, told, thanked, then hung up on", """
!wait 4
A: 您好，请问有什么可以帮您？
!wait 4
[!hangup agent||A: 您好，请问有什么可以帮您？]
K> !wait 4
K> A: 抱歉，线路可能有问题，我这边听不到您的声音，麻烦您换个电话或者稍后再打过来，好吗？
K> !wait 4
K> A: 感谢您的来电，再见！
K> !wait 3
K> !hangup agent
""", close=False, co="南城供电")

# ---- hearing ----------------------------------------------------------------
V("call", None, "forbidden.cant_hear|forbidden.hearing_no_apology", "004 无法听清 1: a faint caller is asked with an apology", """
C/1.5: 我那个 电费 好像 多扣了
A: [听不见，大声点||非常抱歉，我这边听不太清，麻烦您声音稍微大一点，好吗？]
C: 我说我电费好像多扣了
A: 您是说电费好像多扣了，是吗？
C: 对
A: 我帮您查了一下，是扣了两个月的，上个月那次没扣成功
C: 哦 那就对了
""", co="南城供电")
V("call", None, "forbidden.hearing_no_apology", "004 无法听清 4: a caller in dialect is asked for Mandarin with an apology", """
C: 阿拉屋里厢格煤气灶打勿着火
A: [你讲普通话吧，我听不懂||很抱歉，我没太听明白，您方便说普通话吗？]
C: 哦 我家煤气灶打不着火
A: 您是说家里燃气灶点不着火，是吗？
C: 对
A: 麻烦您先看看灶底下的电池有没有电，换个新电池试试，我这样说您明白吗？
C: 明白 我试试
""", co="城安燃气")
V("call", None, "forbidden.repeat_request.call|forbidden.repeat_request|forbidden.pardon_bare", "000 篇2 三、2: asking to repeat is polite", """
C: 我想把套餐从一百兆换成三百兆的
A: [啊？啥？你再讲一遍||很抱歉，刚才没听清，麻烦您再说一遍好吗？]
C: 一百兆换三百兆
A: 您是想把一百兆的套餐升级成三百兆，对吗？
C: 对
A: 已经给您提交了，下个月一号生效
C: 好
""", co="星联宽带")
V("call", None, "response.readback.call", "004 核实信息 1: a number the caller gives is read back", """
C: 我想改一下联系电话
A: 好的，您是想修改预留的联系电话，对吗？
C: 对 新号码是13917652208
A: [好的，记下了||好的，跟您核对一下，139 1765 2208，对吗？]
K> C: 对
A: 已经给您改好了
C: 好
""", co="星联宽带")
V("call", None, "response.readback.call,response.restate.call?", "004 核实信息 1: an account number is read back (speech-recognition text, spaced)", """
C: 我要交水费 户号是五三零二八一七六
A: [好的 我帮您查一下||好的 跟您核对一下 户号五三零二八一七六 对吗]
K> C: 对
A: 您这户欠费八十六元 可以在公众号里交
C: 好
""", co="惠民水务", asr="spaced")
V("call", None, "response.restate.call", "000 篇2 三、3: the caller's problem is restated and confirmed", """
C: 我家空调开机十来分钟就自己停了 然后灯一直闪
[A: 请问您家空调是什么型号的？||A: 您是说空调开机十来分钟就自己停了，指示灯一直闪，是吗？]
K> C: 对
K> A: 请问您家空调是什么型号的？
C: 型号我看看 好像是KFR-35
A: 好的，这个可能是外机保护了，我给您安排师傅明天上午上门
C: 好
""", co="美家家电售后")
V("call", None, "response.understood.call", "000 篇2 六、1 / 004 结束语 1: after an explanation the agent checks it was understood", """
C: 我家路由器要怎么重启
A: 您是想问家里路由器怎么重启，对吗？
C: 对
A: 您把路由器背面的电源拔掉，等三十秒再插上，等指示灯变绿就好了
K> A: 请问我刚才说的您都清楚了吗？
K> C: 清楚了
C: 好
""", co="星联宽带")
V("call", None, "response.note_down.call", "000 篇2 三、4 / 004 特殊沟通 8: before long details the caller is asked to take a note", """
C: 我想去营业厅办过户 在哪
A: 您是想找营业厅办过户，是吗？
C: 对
K> A: 内容有点多，麻烦您拿笔记一下，好吗？
K> C: 好了 你说
A: 离您最近的是城东营业厅，地址是东风路一百二十八号，营业时间早上八点半到下午五点，咨询电话是八三六二七七零零
C: 好
""", co="城安燃气")
V("call", None, "response.thanks.call", "000 篇2 五、7: the caller's thanks is answered", """
C: 我家热水器不出热水了 帮我约个师傅
A: 您是说热水器不出热水，想约师傅上门，是吗？
C: 对 太感谢你了姑娘
A: [那我给您登记一下，师傅明天下午上门||不客气，这是应该的，我给您登记一下，师傅明天下午上门]
C: 好
""", co="美家家电售后")
V("call", None, "response.thanks.call", "004 特殊沟通 10: a thanks is answered before moving on (speech-recognition text)", """
C: 我的快递能帮我放到驿站吗
A: 您是想让快递放到驿站 对吗
C: 对 多谢多谢 帮大忙了
A: [嗯 已经给您备注了 到了会有短信||不客气 已经给您备注了 到了会有短信]
C: 好
""", co="顺达快递", asr="words")
V("call", None, "response.apology.call", "000 篇2 五、6: a caller's apology is answered", """
C: 我要报修 四楼的 哎呀不好意思我说错了 是三楼
A: [三楼是吧||没关系，您别介意，是三楼对吧]
C: 对 三楼卫生间漏水
A: 您是说三楼卫生间漏水，是吗？
C: 是的
A: 好的，维修师傅一小时内到
C: 好
""", co="康居物业")
V("call", None, "response.complaint.call", "000 篇2 四、1: a complaint about the hard-to-reach line gets an apology", """
C: 你们这电话怎么这么难打 打了一上午都占线
A: [请问您要办理什么业务？||很抱歉让您久等了，请问您要办理什么业务？]
C: 我要报停电
A: 您是说家里停电了，要报修，是吗？
C: 对
A: 已经给您登记了，抢修师傅一个小时内到
C: 好
""", co="南城供电")
V("call", None, "response.complaint.call|response.restate_complaint.call", "000 篇2 四、4: a complaint about a technician's manner gets an apology", """
C: 上次来修的师傅态度太差了 说两句就不耐烦
A: [那这次您要报修什么呢？||非常抱歉给您带来不好的感受，这个情况我记下来反馈给主管，这次您要报修什么呢？]
C: 冰箱不制冷
A: 您是说冰箱不制冷了，是吗？
C: 对
A: 我给您换一位师傅，明天上午上门
C: 好
""", co="美家家电售后")
V("call", None, "response.complaint.call", "004 抱怨投诉 1: a complaint about spoiled goods gets an apology (speech-recognition text, spaced)", """
C: 你们昨天送的菜一半都是烂的
A: [几号下的单||真是对不起 让您收到这样的菜 麻烦您说一下是哪天下的单]
C: 昨天上午
A: 您是说昨天上午下单的菜有一半是坏的 对吗
C: 对
A: 给您全额退款 半小时内到账
C: 好
""", co="鲜到家", asr="spaced")
V("call", None, "response.harm.call", "000 篇2 四、5: an injury comes first: concern and a safety step", """
C: 你们家的燃气灶一点火 火苗一下窜出来 把我手燎了
A: [您家灶具是什么型号的？||非常抱歉，您的手现在怎么样？先用凉水冲一冲，把灶前的阀门关掉，我马上安排师傅上门]
C: 还好 就红了一块
A: 您是说点火时火苗窜出来烫到手了，对吗？
C: 对
A: 师傅一小时内到，今天先别用灶了
C: 好
""", co="城安燃气")
V("call", None, "response.harm.call", "003 抖音售后 1: a child's illness after a product comes first", """
C: 孩子喝了你们的奶粉 吐了一晚上
A: [罐底的批次号是多少？||非常抱歉，孩子现在怎么样了？建议先带孩子去医院看看，方便的话告诉我罐底的批次号，我们马上核查]
C: 已经去医院了 说是肠胃炎
A: 您是说孩子喝了奶粉后吐了一晚，医院说是肠胃炎，对吗？
C: 对
A: 我们马上安排质检，明天中午前给您回电
C: 好
""", co="优禾乳业")
V("call", None, "response.suggestion.call", "000 篇2 五、4: a suggestion is thanked", """
C: 你们能不能在小区里装个缴费机 老人不会用手机交
A: [嗯嗯，这个我们知道了||感谢您的宝贵建议，我会反馈给相关部门]
C: 好
""", co="惠民水务")
V("call", None, "response.reply_time.call", "000 篇1 7: a 'when' question gets a time", """
C: 我上周投诉的那个事 大概什么时候有结果
A: 您是想问上周的投诉什么时候有处理结果，是吗？
C: 对
A: [我们会跟进的||三个工作日内会有专人给您回电]
C: 好
""", co="星联宽带", asr="words")
V("call", None, "response.defer_without_time", "004 抱怨投诉 7: a promised callback has a time", """
C: 我家燃气表的读数不对 比实际多了好多
A: 您是说燃气表显示的用量比实际多了很多，是吗？
C: 对
A: 这个需要抄表员核实，[等核实清楚了我们再联系您||明天中午十二点前给您回电话]
C: 好
""", co="城安燃气")
V("call", None, "response.leave_number.call", "000 篇2 五、8: the agent who must call back asks for a number", """
C: 我想问一下你们的光纤能不能拉到我们村里
A: 您是想问光纤能不能接到您村里，是吗？
C: 对
A: [这个需要工程部门查一下，明天上午会有人给您回电||这个需要工程部门查一下，麻烦您留一个联系电话，明天上午给您回电，好吗？]
K> C: 就打这个号码吧
K> A: 好的，就回拨您现在这个号码
C: 好
""", co="星联宽带")
V("call", None, "address.surname.call", "004 称呼语: once the surname is known, the caller is addressed by it", """
C: 我姓郑 我家的燃气要开通
A: 您是说您家的燃气需要开通，是吗？
C: 对 新房子
A: [好的，已经给您登记了，明天下午师傅上门||好的郑女士，已经给您登记了，明天下午师傅上门]
C: 好
""", co="城安燃气", asr="spaced")
V("call", None, "response.named_agent", "004 特殊沟通 1: a caller who asks for a colleague is offered help", """
C: 我找上回那个小刘 她帮我办的
A: [她不在||小刘这会儿在通话中，我这边也可以帮您处理，您是什么问题呢？]
C: 那你帮我看看我的退款
A: 您是想查一下退款的进度，对吗？
C: 对
A: 退款已经在处理了，明天到账
C: 好
""", co="鲜到家")
V("call", None, "response.personal_info", "000 篇2 五、3 / 004 特殊沟通 4: only the job number is given out", """
C: 姑娘你叫啥名字 住哪的
A: [我叫陈晓雯，住在城东那边||我的工号是1183，有问题您打这个热线找我们就行]
C: 哦 那我问下我的包裹
A: 您是想查一下包裹到哪了，对吗？
C: 对
A: 已经到您家附近的网点了，今天派送
C: 好
""", co="顺达快递")
V("call", None, "response.invitation", "000 篇2 三、7: an invitation is declined with thanks", """
C: 小姑娘声音真好听 周末请你喝茶啊
A: [嘿嘿，那不好吧，再说再说||谢谢您的好意，不过我不能接受，还是非常感谢您]
C: 哈哈 好吧 我问下我家的水费
A: 您是想查一下水费，对吗？
C: 对
A: 您这个月的水费是四十二元
C: 好
""", co="惠民水务")
V("call", None, "response.manager_request", "004 抱怨投诉 6: a demand for a manager is met with a next step", """
C: 我家网断了三天了
A: 您是说家里的网断了三天，是吗？
C: 对 你处理不了 叫你们领导来听电话
A: [领导不接电话的||我先把您的情况详细记下来，请我们主管今天下午五点前给您回电，您看可以吗？]
C: 行吧
""", co="星联宽带")
V("call", None, "response.urge", "002 第三篇 售后 四、2: a caller who presses gets an apology and a time", """
C: 我三天前报修的空调 到现在还没人来
A: 您是说三天前报修了空调，师傅到现在还没上门，是吗？
C: 对 你们能不能快点
A: [在排了，您再等等||实在对不起让您等了这么多天，我马上给您加急，今天下午六点前师傅给您打电话]
C: 好
""", co="美家家电售后")

# ---- forbidden phrasing on calls ---------------------------------------------
V("call", None, "forbidden.rude,forbidden.buck_passing?", "001 禁用语 (不会做就不要做): no contempt for a caller who cannot pay by phone", """
C: 我不会在手机上交电费
A: 您是说不知道怎么在手机上交电费，是吗？
C: 是啊
A: [不会弄就去营业厅嘛||没关系，我一步一步教您，或者您也可以去就近的营业厅交]
C: 那你教我吧
A: 您先打开微信，搜南城供电公众号，点缴费，这几步您都清楚吗？
C: 清楚 找到了
""", co="南城供电")
V("call", None, "forbidden.impatient", "000 篇2 四、3: no impatience with a caller who asks again", """
C: 我想办个燃气开户 要带什么
A: 您是想问办理燃气开户需要带什么材料，是吗？
C: 对
A: 带身份证和房产证原件就行
C: 啊 那到底要带什么来着
A: [我都跟您说三遍了||那我再给您说一遍]，带身份证和房产证原件就行
C: 好 这回记住了
""", co="城安燃气")
V("call", None, "forbidden.blame", "000 篇2 四、2: the caller is not blamed", """
C: 我家燃气怎么突然没了
A: 您是说家里燃气突然用不了了，是吗？
C: 对
A: [那是您自己没按时交费，才给您停的||您这个月的气费还没交，系统自动停了，交完费半小时内就能恢复]
C: 哦 那我现在交
""", co="城安燃气", asr="words")
V("call", None, "forbidden.refusal_no_alternative|forbidden.refusal|forbidden.refusal_bare", "004 特殊沟通 5: a refusal comes with a suggestion", """
C: 我想在电话里把户主改成我儿子
A: 您是想把户主改成您儿子，对吗？
C: 对
A: [这个我们这办不了||很抱歉，户主变更电话里办不了，需要您和您儿子带身份证到营业厅办理]
C: 好吧
""", co="惠民水务")
V("call", None, "forbidden.uncertain", "000 篇2 四、5: no 'I don't know' to a caller", """
C: 我们小区什么时候能装天然气
A: 您是想问小区什么时候能通天然气，是吗？
C: 对
A: [这个我就不晓得了||这个我帮您问一下工程部，明天上午十点前给您回电]
C: 好
""", co="城安燃气")
V("call", None, "forbidden.argue", "000 篇1 4: no contradicting the caller", """
C: 我上个月明明交过了 怎么还说我欠费
A: 您是说上个月已经交过费，现在还提示欠费，是吗？
C: 对
A: [没有的，系统里查不到就是没交||您别着急，系统里暂时没看到这笔，麻烦您告诉我是哪天交的，我帮您查一下]
C: 十五号 在支付宝上交的
A: 好的，查到了，是交到了另一个户号上，我帮您申请转过来
C: 好
""", co="惠民水务", asr="words")
V("call", None, "forbidden.rhetorical", "000 篇2 二、4: no rhetorical question (speech-recognition text)", """
C: 明天怎么停水了都没人说
A: 您是说明天停水事先没收到通知 是吗
C: 对
A: [您没看小区门口贴的通知吗 上周就贴了||上周小区门口贴过停水通知 明天上午八点到下午四点停水]
C: 哦
""", co="惠民水务", asr="words")
V("call", None, "forbidden.decide_for_customer", "京东做法 4: the caller chooses the service option", """
C: 我家电视黑屏了
A: 您是说电视开机黑屏，是吗？
C: 对
A: [那我给您改成上门维修了啊||您是想让师傅上门修，还是送到维修点修呢？]
C: 上门吧
A: 好的，明天下午师傅上门
""", co="美家家电售后")
V("call", None, "forbidden.jargon", "京东培训 六: no technical jargon", """
C: 我家网特别卡
A: 您是说家里的网特别卡，是吗？
C: 对
A: [您这是ONU光衰过高||您家光猫收到的信号太弱了]，我安排师傅上门检查线路
C: 好
""", co="星联宽带")
V("call", None, "forbidden.blind_promise", "002 第二篇 6.1(7): no promise the agent cannot keep", """
C: 我家冰箱不制冷了 明天能修好吗
A: 您是说冰箱不制冷了，想明天修好，是吗？
C: 对
A: [放心，明天肯定给您修好||师傅明天上门检查，需要换零件的话会先跟您说时间]
C: 好
""", co="美家家电售后")
V("call", "jd", "forbidden.rude", "京东禁用语 1: an after-sales call for a JD shop, no mocking", """
C: 你们卖的这个投影仪 我连不上手机
A: 您是说投影仪连不上手机，是吗？
C: 对
A: [这都连不上啊，这么简单||没关系，我教您：先在投影仪设置里打开投屏，再用手机下拉点屏幕镜像]
A: 请问刚才的步骤您清楚了吗？
C: 清楚了 我试试
""", co="光影数码京东自营售后")
V("call", None, "response.noisy_line.call,forbidden.hangup_threat?,hangup.call?", "004 无法听清 3: on a noisy line the agent asks the caller to redial and waits for a yes", """
C/2: 喂 我那个 快递 （杂音）
A: [您那边太吵了，听不清，先挂了啊||非常抱歉，您那边杂音很大，我这边听不清，麻烦您换个电话再打过来，好吗？]
K> C: 好 好
A: 感谢您的来电，再见！
K> C: 再见
V> !hangup agent
""", close=False, co="顺达快递")
