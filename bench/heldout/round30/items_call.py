"""Violating call middles of round 30: food-delivery and JD after-sales calls."""
from common import V

R = "C: 我点的外卖一个小时了还没到\nA: 非常抱歉让您久等，您是说订单超时一小时还没送到，对吗？\nC: 对"
V("call", None, "response.complaint.call", "004 抱怨投诉 1: 抱怨先道歉安抚", """
C: 你们这送餐太慢了 我都饿过头了
A: [那没办法，今天单子多||实在抱歉让您饿着等，我马上帮您催骑手，五分钟内给您回电]
C: 行
""")
V("call", None, "forbidden.buck_passing", "003 京东禁用语 15", R + """
A: [超时是骑手的事，您打骑手电话||我马上联系骑手，十分钟内给您回电话说明情况]
C: 好
""")
V("call", None, "forbidden.hangup_threat", "000 篇2 六、2/篇6: 不以挂机威胁", """
C: 你们就是骗子 我要曝光你们
A: [您再这样说我就挂了||非常理解您生气，请您先说说发生了什么，我一定帮您处理]
C: 饭里有虫子
A: 非常抱歉，这单给您全额退款，今天下午5点前退到原账户
""")
V("call", None, "forbidden.cant_hear|forbidden.hearing_no_apology", "000 篇6: 不说听不清你讲话", """
C: 嗯 那个 我想退 退那个
A: [你那边声音太小了，大点声||不好意思，电话里声音有点小，麻烦您稍微靠近话筒一点好吗]
C: 我想退款
A: 好的，是今天中午的订单对吗
C: 对
""")
V("call", None, "forbidden.repeat_request|forbidden.repeat_request.call", "000 篇1 5: 不说你说什么", """
C: 我那个订单尾号是三八二一
A: [啥？再说一次||不好意思刚才没听清，麻烦您再说一下尾号可以吗]
C: 三八二一
A: 尾号3821，对吗
C: 对
""")
V("call", None, "response.reply_time.call|response.defer_without_time", "004 抱怨投诉 7: 告知回复时间", R + """
A: [我记下来了，有结果会打给您||我记下来了，半小时内给您回电说明处理结果]
C: 好
""")
V("call", None, "response.thanks.call", "000 篇2 五、7: 客户感谢时回应", R + """
A: 骑手已经到您小区门口了，两分钟内送到
C: 好的谢谢啊
A: [嗯，骑手马上到||不客气，骑手马上到]
""")
V("call", None, "response.apology.call", "000 篇2 五、6", R + """
C: 不好意思啊刚才态度不好
A: [骑手五分钟内到||没关系，能理解您，骑手五分钟内到]
""")
V("call", None, "response.suggestion.call", "000 篇2 五、4: 感谢建议", """
C: 我建议你们电话里能直接选退款 不用等人工
A: [嗯||谢谢您的建议，我们会反馈给相关部门改进]
C: 好
""")
V("call", None, "hold.consent.call", "000 篇2 三、8: 征求客户是否愿意等待", R + """
A: [我查一下||我需要查一下骑手位置，请您稍等一分钟好吗]
K> C: 好
!hold_start
!wait 40
!hold_end
A: 感谢您的耐心等待，骑手还有三分钟到
C: 好
""")
V("call", None, "hold.return.call|response.thank_wait.call", "000 篇2 三、8: 回来先感谢等候", R + """
A: 请您稍等一下，我帮您查骑手位置，可以吗
C: 可以
!hold_start
!wait 40
!hold_end
A: [骑手还有三分钟到||谢谢您的等候，骑手还有三分钟到]
C: 好
""")
V("call", None, "hold.max.call|hold.limit.call", "000 篇2 三、8: 不让客户长时间等待", R + """
A: 请您稍等一下，我帮您联系商家，可以吗
C: 可以
!hold_start
[!wait 300||!wait 45]
!hold_end
A: 感谢您的耐心等待，商家已经出餐，骑手正在送
C: 好
""")
V("call", None, "transfer.consent.call", "000 篇2 三、9: 转接告知原因并征得同意", """
C: 我要投诉这个商家 食品安全问题
A: [嗯||好的，食品安全投诉由专门的小组处理，我帮您转过去，可以吗]
K> C: 可以
!transfer
""", close=False)
V("call", None, "greeting.call", "004 开头语: 报公司与工号", """
[A: 喂，说||A: 您好，速达外卖客服中心，工号2218为您服务，请问有什么可以帮您？]
C: 我的订单被取消了
A: 抱歉给您带来不便，您是说订单被取消了对吗
C: 对
A: 是商家没接单自动取消的，钱已经原路退回，十分钟内到账
""", open=False)
V("call", None, "closing.call|closing.call_thanks", "000 篇2 六、2: 询问其他需求并致谢", R + """
A: 骑手三分钟内送到
C: 好
V> A: 嗯，那就这样
K> A: 请问还有其他需要帮您的吗？
K> C: 没了
K> A: 好的，感谢您的来电，再见！
""", close=False)
V("call", None, "hangup.call", "000 篇4 12: 客户先挂", R + """
A: 骑手三分钟内送到
""", hangup=["agent", "customer"])
V("call", None, "dead_air.call", "000 篇6 3: 不长时间无声", R + """
[+15||+0.8] A: 我这边看到骑手在路上，三分钟内送到
C: 好
""")
V("call", None, "interruption.call", "000 篇1 4: 不打断客户", """
C: 我上周买的那个电饭煲 用了两天内胆涂层就掉了 还有那个
[~2||+0.6] A: 非常抱歉，您是说电饭煲内胆涂层掉了对吗
C: 对
A: 给您换一个新的内胆，明天发出
""", co="京选厨电")
V("call", None, "speech_rate.call", "000 篇2 三、4: 语速不过快", R + """
A/[8||3.5]: 非常抱歉让您久等了骑手刚才取餐的时候商家出餐晚了我这边已经给您申请了超时赔付券五元稍后会发到您的账户里请您注意查收
C: 好
""")
V("call", None, "response.restate.call|response.restate_complaint.call", "000 篇2 三、3/四、5: 复述客户问题", """
C: 我买的空调装好后外机一直响 跟拖拉机一样
A: [那我派师傅||非常抱歉，您是说空调外机噪音很大，对吗]
K> C: 对
A: 我给您派师傅，明天上午上门检查
C: 好
""", co="辰光家电")
V("call", None, "response.readback.call", "004 核实信息 1: 复核号码", """
C: 我手机号是一三九 零零一二 三四五六 帮我登记一下
A: [登记好了||好的，我复核一下，139 0012 3456，对吗]
K> C: 对
A: 已登记，维修师傅明天上午联系您
C: 好
""", co="辰光家电")
V("call", None, "forbidden.impatient", "000 篇2 四、3: 不说再等等", R + """
C: 到底还要多久啊
A: [都跟您说了在路上了，再等等吧||抱歉让您一直等，我刚确认骑手离您还有一公里，五分钟左右到]
C: 好
""", asr="plain")
V("call", None, "forbidden.uncertain", "000 篇6: 不说不知道不清楚", R + """
A: [这个我也不清楚啥时候到||骑手已经取餐，预计十二点二十前送到]
C: 好
""", asr="plain")
V("call", None, "forbidden.rude|forbidden.blame", "000 篇2 四、4: 不说刚才不是我接的", """
C: 我刚才打过一次 那个客服说会回电 结果没人理
A: [刚才又不是我接的电话||非常抱歉没按时回电，我现在就帮您处理，是退款的事对吗]
C: 对
A: 退款已经提交，今天下午5点前到账
""", asr="spaced")
V("call", None, "forbidden.curt", "000 篇2 一、2: 不说是的什么事", """
C: 喂 是速达外卖客服吗
A: [是的，什么事||是的，您好，请问有什么可以帮您？]
C: 我的优惠券过期了
A: 抱歉，我帮您申请一张新的，有效期七天
""", open=False)
V("call", None, "forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative", "000 篇2 五、2: 拒绝须致歉并给建议", R + """
C: 能不能给我免单
A: [免单做不到||很抱歉免单我这边申请不了，可以给您赔付一张十元无门槛券，您看可以吗]
C: 行吧
""")
V("call", None, "answer.call", "000 篇2 四、1: 三声内接起", """
C: 我的订单显示送达但没收到
A: 非常抱歉，您是说显示送达但没收到，对吗
C: 对
A: 我马上联系骑手核实，十分钟内给您回电
""", rings=[6, 2])
V("call", None, "silent_call.call", "004 无声电话: 按流程处理", """
[+6||+3] A: 您好，请问可以听到吗？
[+6||+3] A: 您好，由于电话没有声音，请您换个电话再拨，再见
""", close=False, hangup="agent")
V("call", None, "response.leave_number.call", "000 篇2 五、8: 请留电话回访", R + """
A: [我这边要核实一下||我这边要核实一下，请您留个联系电话，半小时内回电]
C: 就这个号
A: 好的，半小时内回电
""")
V("call", None, "forbidden.wait_bare|forbidden.wait_short", "004 保持 1: 等待要抱歉或感谢", R + """
A: [等着||麻烦您稍等，谢谢]
A: 骑手还有两公里
C: 好
""")
V("call", None, "greeting.outbound.call", "002 第二篇 6.2: 外呼开头", """
[A: 你那个退款办好了||A: 您好，我是速达外卖客服，工号2218，昨天您反映的退款问题，现在给您回电，请问现在方便吗？]
C: 方便
A: 退款已经到账了，请您查收
C: 好
""", open=False, direction="outbound")
