"""Violating phone calls of round 35 (JD and Meituan hotlines) with their twins."""
from common import V

J, M = "jd", "meituan"
T7 = "000 篇1 7 / 004 特殊沟通 11 (告知客户回复时间)"
DEFER = "000 篇1 7 / 004 抱怨投诉 7 (无法当场答复时告知回复时间)"
HARM = "003 抖音售后 1 (安抚顾客情绪) / 000 篇2 四、5 (先致歉)"
COMPL = "000 篇2 四、1..4 / 004 抱怨投诉 1..5 (先致歉)"

V("call", J, "response.reply_time.call", T7 + ": asked when the refund arrives, after a hold told only that it is being processed", """
C: 你好 我上周买的冰箱申请了退货 想问一下退款什么时候能到账
A: 您是说上周买的冰箱已经申请了退货，想了解退款什么时候到账，对吗？
C: 对
A: 好的，麻烦您提供一下订单号
C: 订单号是 3087 5521 6690
A: 跟您核对一下，订单号3087 5521 6690，对吗？
C: 对的
A: 我需要查询一下退款进度，请您稍等一分钟，好吗？
C: 好
!hold_start
!wait 35
!hold_end
A: [感谢您的耐心等待，查到您的退货已经审核通过了，退款正在处理中||感谢您的耐心等待，查到您的退货已经审核通过了，退款会在3个工作日内原路退回]
C: 行 那我等着
""")

V("call", M, "response.reply_time.call", T7 + ": asked when the late-delivery compensation arrives, told to watch the account (speech-recognition form)", """
C: 我点的外卖超时快一个小时了 你们说给我超时赔付 赔的钱什么时候能到
A: 您是说外卖超时将近一小时，想问超时赔付什么时候到账，对吗？
C: 对对
A: [非常抱歉让您久等了，赔付已经给您申请了，请您留意一下账户||非常抱歉让您久等了，赔付已经给您申请了，今天晚上12点前到账]
C: 好吧
""", asr="plain")

V("call", J, "response.defer_without_time|response.reply_time.call", DEFER + ": a technician will call back after judging, no time", """
C: 我买的电视屏幕上有一条亮线 想问问是质量问题还是运输压坏的
A: 您是说新买的电视屏幕上出现一条亮线，想确认是什么原因，对吗？
C: 是的
A: 非常抱歉给您添麻烦了，这个需要技术部门判断，请问用您现在来电的号码联系您可以吗？
C: 可以
A: [好的，技术同事判断以后会给您回电||好的，技术同事会在明天中午12点前给您回电]
C: 好
""")

V("call", M, "response.defer_without_time|response.reply_time.call", DEFER + ": wrong medicine delivered, will call after checking, no time (speech recognition, spaced)", """
C: 我在你们平台买的药送错了 送成别人的了
A: 您是说收到的药和您下单的不一样，对吗？
C: 对
A: 非常抱歉给您添麻烦了，我马上联系商家核实，请问联系您用来电号码可以吗？
C: 可以
A: [我们核实清楚以后再打给您||我们会在30分钟内打给您]
C: 好 快点啊
""", asr="spaced")

V("call", M, "response.harm.call", HARM + ": a daughter vomiting all night after a cake, answered with a request for the order number", """
C: 我女儿昨天吃了你们平台上买的蛋糕 晚上一直在吐
A: [麻烦您提供一下订单号||非常抱歉，孩子现在好点了吗？麻烦您提供一下订单号]
C: 订单号是 2611 8830 4471
A: 跟您核对一下，订单号2611 8830 4471，对吗？
C: 对
A: 您是说孩子吃了这单蛋糕以后晚上一直呕吐，对吗？
C: 对
A: 真的很抱歉，这单蛋糕先给您全额退款，商家那边我们今天核查，明天上午10点前回电告诉您结果，用来电号码联系您可以吗？
C: 可以
""")

V("call", J, "response.harm.call,forbidden.blame?", HARM + ": a child's leg blistered by the heater, answered with the distance rule in the manual", """
C: 你们卖的那个小太阳取暖器 把我家孩子的小腿烫起了泡
A: [这款取暖器说明书上写了要保持一米以上的距离||非常抱歉，孩子的腿现在怎么样了？有没有去医院处理？]
C: 已经涂了药了
A: 跟您确认一下，是孩子的小腿被这台取暖器烫起了泡，对吗？
C: 对
A: 真的非常抱歉，这台取暖器给您办理退货退款，上门取件的师傅明天上午到，医药费的单据也可以发给我们
C: 好
""")

V("call", M, "response.harm_confirmed.call,response.harm.call?", HARM + ": diarrhoea all night restated and confirmed, then only a demand for a medical record (speech-recognition form)", """
C: 我在你们平台上点的凉拌菜 吃了以后拉肚子 拉了一晚上
A: 跟您确认一下，您是吃了凉拌菜以后腹泻了一晚上，对吗？
C: 对
A: [那您需要提供一下就诊记录，我们才能处理||非常抱歉让您受罪了，您现在身体好些了吗？方便的话提供一下就诊记录，我们马上处理]
C: 我没去医院
A: 没有就诊记录也可以，这单先给您全额退款，商家那边我们会核查
C: 好吧
""", asr="plain")

V("call", J, "response.complaint.call", COMPL + ": four tries to get through, answered with a question", """
C: 我打了四次才打进来 你们电话怎么这么难打
A: [请问您要咨询什么问题||非常抱歉让您久等了，请问您要咨询什么问题]
C: 我买的洗碗机都送到三天了 什么时候来安装
A: 您是说洗碗机送到三天了还没有安装，想确认安装时间，对吗？
C: 对
A: 我帮您查一下，请您稍等
C: 好
A: 感谢您的等待，师傅已经排到明天下午2点到4点上门
C: 行
""")

V("call", M, "response.complaint.call", COMPL + "; 004 抱怨投诉 4: an earlier agent's wrong promise, answered first with the review procedure", """
C: 上次你们客服跟我说退款第二天就到 到现在一个礼拜了也没到 你们就会糊弄人
A: [退款是有审核流程的||非常抱歉，给您添麻烦了]
A: 您反映的是之前客服告诉您退款第二天到账，但一周了还没到，对吗？
C: 对
A: 请问您贵姓？
C: 姓刘
A: 刘女士，我这边查到退款卡在审核环节，已经帮您加急，今天下午6点前到账，之前的说法有误，再次向您道歉
C: 行吧
""")

V("call", J, "response.urge", "002 第三篇 售后 四、2 (客户来催单: 反馈物流信息并安抚情绪): asked to chase a five-day-old order, answered 好的", """
C: 我的订单五天了还没发货 你帮我催一下
A: [好的||非常抱歉让您久等了，我刚查了，仓库今天下午会发出，已经帮您加急了]
C: 行
""")

V("call", J, "response.thanks.call", "000 篇2 五、7 / 004 特殊沟通 10 (遇到用户致谢时必须响应): hearty thanks passed over", """
C: 你好 我想问一下我买的空气炸锅 炸篮上的涂层掉了一块 能换吗
A: 您是说空气炸锅的炸篮涂层掉了一块，想换一个，对吗？
C: 对
A: 可以换的，我这边给您登记换新，新的炸篮明天发出
C: 好的好的 真是太感谢你了
A: [那我这边先给您提交了||不客气，这是我们应该做的，那我这边先给您提交了]
A: 请问还有其他可以帮您的吗？
C: 没有了
A: 好的，感谢您的来电，再见！
C: 再见
""", close=False)

V("call", J, "response.reply_time.call", T7 + ": asked when the repairer comes, told he will phone first (speech recognition, spaced)", """
C: 我家空调不制冷了 昨天报修的 想问师傅什么时候能上门
A: 您是说空调不制冷，昨天已经报修，想确认师傅上门的时间，对吗？
C: 对
A: [师傅会提前跟您电话联系上门的||师傅明天上午9点到11点之间上门，出发前会给您打电话]
C: 好
""", asr="spaced")

V("call", J, "response.leave_number.call", "000 篇2 五、8 / 004 特殊沟通 11 (请您留下您的联系电话): a reply promised with a time but no number asked for", """
C: 我想问一下我买的热水器 家里是老房子 电线能不能带得动
A: 您是想确认这台热水器对家里电线的要求，对吗？
C: 对
A: [这个需要技术人员确认，我们会在今天下午5点前回复您||这个需要技术人员确认，请问用您来电的号码联系您可以吗？我们会在今天下午5点前回复您]
C: 好
""")

V("call", M, "response.reply_time.call", T7 + ": asked how long the refund review takes, told 尽快", """
C: 我昨天申请了退款 想问问审核要多长时间
A: 您是说昨天申请的退款，想了解审核需要多久，对吗？
C: 是
A: [我们会尽快帮您审核的||退款审核会在24小时内完成，也就是今天晚上之前]
C: 好
""")

V("call", M, "response.urge", "002 第三篇 售后 四、2: asked to chase the rider after an hour, answered 好的 (speech-recognition form)", """
C: 我的外卖一个小时了还没送到 你们帮我催一下骑手
A: [好的||非常抱歉让您久等了，我刚联系了骑手，他已经到您小区门口了，三分钟左右送到]
C: 行
""", asr="plain")

V("call", J, "response.complaint.call", COMPL + ": after-sales called perfunctory, answered with a question (speech-recognition form)", """
C: 你们这个售后也太敷衍了 我的问题反映了三次都没人管
A: [您的问题是什么||非常抱歉让您反映了这么多次，请问是什么问题]
C: 我的扫地机器人充不进电
A: 您是说扫地机器人充不进电，已经反映过三次还没处理，对吗？
C: 对
A: 我这边直接给您换新机，明天上午安排快递上门取旧机送新机
C: 这还差不多
""", asr="plain")

V("call", J, "response.defer_without_time", DEFER + ": a corrected invoice, to be announced by text when done, no time", """
C: 我的发票抬头开错了 少了一个字 能重开吗
A: 您是说发票抬头少了一个字，想重新开一张，对吗？
C: 对
A: [可以重开的，我这边提交给财务，重开好了短信通知您，发到您来电的这个号码可以吗？||可以重开的，我这边提交给财务，两个工作日内重开好，短信通知您，发到您来电的这个号码可以吗？]
C: 可以
""")

V("call", J, "response.reply_time.call", T7 + "; 003 京东做法 2: two-part question (who pays return postage, how long the refund takes), the time part ignored", """
C: 我想退货 退货运费谁出 还有退了以后多久能退钱
A: 您是想了解退货运费由谁承担，以及多久能退款，对吗？
C: 对
A: [是质量问题的话运费我们承担||是质量问题的话运费我们承担，我们收到退货后两天内原路退款]
C: 是质量问题 开线了
A: 好的，我这边给您登记质量问题退货，明天快递上门取件
C: 行
""")

V("call", J, "response.reply_time.call|response.defer_without_time", "004 抱怨投诉 7 (无法当场答复的用户投诉: **小时内给您答复): a complaint about a scratched floor, asked when, told 会给您一个答复", """
C: 我要投诉你们的安装师傅 装完把我家地板划了一道大口子
A: 实在抱歉给您添了麻烦，跟您确认一下，是安装师傅把地板划了一道口子，对吗？
C: 对 什么时候给我答复
A: 请问用您来电的号码联系您可以吗？
C: 可以
A: [我会把情况反映给上级，会给您一个答复的||我会把情况反映给上级，24小时内给您答复]
C: 好 我等着
""")

V("call", J, "response.harm.call", HARM + ": an itching rash from the detergent, answered that it must be diluted (speech recognition, spaced)", """
C: 我用了你们卖的那个洗衣液 手上起了好多小红疙瘩 又痒又疼
A: [洗衣液是要稀释以后用的，包装上有写||非常抱歉，您的手现在还痒吗？建议先用清水冲洗，严重的话去医院看一下]
C: 那这个洗衣液怎么办
A: 这瓶给您办理退货退款，明天快递上门取件
C: 好
""", asr="spaced")

V("call", M, "response.reply_time.call", T7 + ": asked when the missing spinach is brought, after a hold told only that it is being prepared", """
C: 我在闪购买的菜少了一把菠菜 客服说给我补送 想问问什么时候能送来
A: 您是说订单里少了一把菠菜，之前说好补送，想确认补送时间，对吗？
C: 对
A: 我帮您联系一下门店，请您稍等一分钟，好吗？
C: 好
!hold_start
!wait 40
!hold_end
A: [让您久等了，门店已经在给您准备了||让您久等了，门店已经在给您准备了，40分钟内送到]
C: 行
""")

V("call", M, "response.suggestion.call", "000 篇2 五、4 / 004 特殊沟通 9 (遇到用户提出建议时: 非常感谢您提出的宝贵建议): a suggestion about riders phoning first, answered 好的", """
C: 我提个建议啊 骑手送到楼下的时候能不能先打个电话 我家门铃坏了
A: [好的，您是说希望骑手送到楼下时先给您打电话，对吗？||感谢您的建议，您是说希望骑手送到楼下时先给您打电话，对吗？]
C: 对
A: 已经给您的收货地址加了备注，以后骑手到楼下会先给您打电话
C: 好
""")

V("call", J, "response.apology.call", "000 篇2 五、6 (遇到客户向客服致歉时: 没关系，请不必介意): the caller's apology for a wrong number passed over", """
C: 你好 我查一下我的订单 订单号是 3087 6612 0458
A: 跟您核对一下，订单号3087 6612 0458，对吗？
C: 哎呀不好意思 我报错了 是 3087 6612 0485
A: [好的，订单号3087 6612 0485，对吗？||没关系，请不必介意，订单号3087 6612 0485，对吗？]
C: 对
A: 查到了，这个订单今天上午已经签收
C: 好 那没事了
""")

V("call", J, "forbidden.uncertain", "000 篇6 其他注意事项 (任何情况下都不可回答: 不知道、不清楚) / 001 禁用语: is there trade-in for old phones, answered 我不清楚", """
C: 你好 我想问一下你们现在旧手机能不能以旧换新
A: [这个我不清楚||可以的，旧手机能抵扣一部分新机的价格，具体金额看旧机的型号和成色]
C: 那怎么估价
A: 您告诉我旧机的型号，我现在就帮您估一下
C: 华为Mate40 用了两年
A: 这台目前能抵800元，下单新机时选以旧换新就能用上
C: 好
""")
