"""Violating chats of round 35 (JD shops and Meituan takeaways) with their twins.

Each V(...) is one violating conversation and its compliant twin: the
bracketed line is the violation on the left and the same reply done right
on the right; everything else is shared.
"""
from common import V

J, M = "jd", "meituan"
T7 = "000 篇1 7 (告知客户回复时间)"
DEFER = "000 篇1 7 / 004 抱怨投诉 7 (无法当场答复时告知回复时间)"
ASKMORE = "003 客服的方法 (解决问题和提供解决方案) / 000 篇8 售前服务 (针对买家问的问题去回答)"
URGE = "002 第三篇 售后 四、2 (客户来催单: 反馈物流信息并安抚情绪)"
HARM = "003 抖音售后 1 (安抚顾客情绪) / 000 篇2 四、5 (先致歉)"
COMPL = "002 第三篇 参考用语2 1 / 000 篇8 售前服务 (买家抱怨时先道歉安抚, 切忌顶撞)"

# ---- A. a time question answered without a time (response.reply_time.chat) ----

V("chat", J, "response.reply_time.chat", T7 + ": asked when the order ships, told only that it is being packed", """
C: 我前天下的单，什么时候能发货啊
A: [亲，您的订单已经在排队打包了，请您耐心等待一下哦||亲，您的订单已经在排队打包了，今天下午6点前会发出，请您耐心等待一下哦]
C: 行吧
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked how long the refund takes, told only that it goes back the way it came", """
C: 退款申请提交了 钱多久能退回来
A: [退款已经同意了哈，会原路退回的||退款已经同意了哈，会原路退回，银行卡一般1到3个工作日到账]
C: 好的
""")

V("chat", M, "response.reply_time.chat", T7 + ": asked how much longer the rider needs, told 马上就到", """
C: 小哥还要多久到啊 我下午还要上班
A: [您好，骑手正在路上了，马上就到哦||您好，骑手正在路上了，地图上显示还有12分钟左右送到]
C: 好吧 那我等等
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked which day the exchange ships, the agent sends its previous stock sentence again", """
C: 我换货寄回去的包裹 你们签收了吗
A: 亲，查到仓库昨天已经签收您的退件了，正在给您安排换新哦～
C: 那新的哪天能寄出来？
A: [亲，查到仓库昨天已经签收您的退件了，正在给您安排换新哦～||亲，新的会在明天中午12点前寄出，单号出来马上发给您]
C: 嗯
""")

V("chat", J, "response.reply_time.chat", T7 + ": a when-question after the ask-more answered with the farewell only", """
A: 请问还有其他可以帮您的吗？
C: 还有 我的发票啥时候能开出来
A: [好的亲，感谢您的光临，祝您生活愉快，再见～||电子发票会在确认收货后24小时内开好，到时候在订单详情里就能下载，感谢您的光临，祝您生活愉快，再见～]
""", close=False)

V("chat", M, "response.reply_time.chat", T7 + ": a booked order close to its time, asked when the food comes out, told only that it is being made", """
C: 我订的是12点的预约单 现在11点40了还没出餐吗
A: [亲，您的餐已经在做了哦，请您放心||亲，您的餐已经在做了，11点50出餐，预计12点前送到]
C: 行
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked when the fitter comes, told the fitter will get in touch (whole chat in traditional characters)", """
C: 请问这个书桌什么时候可以安装
A: [您好，安装师傅会跟您联系预约的哦||您好，签收后48小时内安装师傅会跟您联系，约上门时间]
C: 好的
""", trad=True)

V("chat", J, "response.reply_time.chat", T7 + ": asked when the missing part is re-sent, told only that it is registered (full-width digits)", """
C: 订单尾号6652少发了一个配件 补发什么时候寄出
A: [已经给您登记补发了亲，您放心||已经给您登记补发了亲，今天17点前寄出，顺丰次日达]
C: 嗯嗯
""", fw=True)

V("chat", J, "response.reply_time.chat", T7 + ": asked when the price-protection difference comes back", """
C: 买完第二天就降价了 差价什么时候退给我
A: [亲，价保申请已经提交成功了哦||亲，价保申请已经提交成功了，差价会在2小时内退回您的原支付账户]
C: 好
""")

V("chat", M, "response.reply_time.chat", T7 + ": asked how long the refund for the missing rice takes", """
C: 少送了一份米饭 退款多久到
A: [非常抱歉漏送了米饭，退款已经给您操作了||非常抱歉漏送了米饭，退款已经给您操作了，30分钟内会退回您的支付账户]
C: 好的
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked which day the pre-sale ships, told they go out in order of payment", """
S: [商品卡片] 预售 · 扫地机器人 X3 | {shop}
C: 预售的这款扫地机 几号开始发
A: [亲，预售商品会按付款顺序陆续发出的哦||亲，预售商品从本月28号开始按付款顺序发出，您付款比较早，28号当天就能发]
C: 好 知道了
""")

V("chat", J, "response.reply_time.chat", T7 + "; 003 京东做法 2 (回答他们想要知道的内容): two-part question, the when-part ignored", """
C: 这个空调包安装吗？包的话师傅什么时候能来
A: [包安装的亲，安装费已经含在价格里了||包安装的亲，安装费已经含在价格里了，师傅会在送货后24小时内上门]
C: 行
""")

V("chat", J, "response.reply_time.chat", T7 + "; 003 京东做法 2: two-part question (when delivered, can it go to the office), the when-part ignored", """
C: 快递显示到站了 什么时候派送？能不能送到我单位
A: [可以送到单位的，麻烦您把单位地址发我一下，我帮您备注给快递员||今天下午就会派送，可以送到单位的，麻烦您把单位地址发我一下，我帮您备注给快递员]
C: 好 我等下发你
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked how many days the repair takes, told to wait patiently", """
C: 寄修的手机到你们那了吧 几天能修好
A: [收到了亲，工程师正在检测中，请您耐心等待||收到了亲，工程师正在检测中，检测完3个工作日内修好寄回]
C: 好的
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked how long the invoice re-issue review takes, told 尽快", """
C: 客服 我的发票重开申请 审核要多久
A: [亲，这边会尽快帮您审核的哦||亲，重开申请会在1个工作日内审核完成]
C: 行
""")

V("chat", M, "response.reply_time.chat", T7 + ": asked when the replacement portion arrives, told it comes once it is ready", """
C: 你们说给我补送一份 补送的什么时候到
A: [已经安排厨房重新做了，做好就给您送过去||已经安排厨房重新做了，25分钟内给您送到]
C: 好
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked when the colour is back, told only that the maker is producing it", """
C: 这个雾蓝色什么时候有货
A: [亲，这个颜色厂家正在赶制呢，您可以先收藏一下||非常抱歉雾蓝色暂时缺货，厂家下周三到货，您可以先收藏一下]
C: 好吧
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked when the trade-in money is paid", """
C: 旧机回收的钱什么时候打给我
A: [旧机检测通过后就会打款给您的哦||旧机检测通过后当天打款，检测在收到旧机后2天内完成]
C: 好的 了解
""")

V("chat", M, "response.reply_time.chat", T7 + ": a late order, asked how much longer; apology given, no time", """
C: 说好的半小时 现在快一个小时了 到底还要多久😤
A: [非常抱歉让您久等了，骑手已经取餐在路上了🙏||非常抱歉让您久等了，骑手已经取餐在路上了，10分钟内送到🙏]
C: 快点吧
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked when the courier comes to collect the return", """
C: 我申请了上门取件 快递员啥时候来
A: [亲，取件单已经生成了，快递员会上门的||亲，取件单已经生成了，快递员明天上午9点到12点之间上门]
C: 好
""")

V("chat", J, "response.reply_time.chat", T7 + ": asked when the points are credited, told not to worry", """
C: 这单的京豆什么时候到账
A: [京豆是会到账的亲，请不用担心||确认收货后7天内京豆到账，请不用担心]
C: 哦 好的
""")

V("chat", M, "response.reply_time.chat", T7 + ": asked what time tomorrow's cake arrives, told it comes on time", """
C: 我预订了明天的生日蛋糕 几点能送到
A: [亲，明天会按您下单的地址准时配送的||亲，明天下午3点到4点之间送达，出发前半小时电话联系您]
C: 好的
""")

# ---- B. a deferral without when (response.defer_without_time) ----

V("chat", J, "response.defer_without_time", DEFER + ": will check with the warehouse and tell the result, no time", """
C: 收到的杯子盖子拧不紧 是不是发错型号了
A: [非常抱歉给您添麻烦了，我去和仓库核实一下，有结果了马上告诉您||非常抱歉给您添麻烦了，我去和仓库核实一下，今天下午4点前给您答复]
C: 好
""")

V("chat", J, "response.defer_without_time", DEFER + ": will ask the courier station and reply, no time", """
C: 快递显示签收了 但我没收到
A: [抱歉让您着急了，我这边联系快递站点查一下，查到了再回复您||抱歉让您着急了，我这边联系快递站点查一下，2小时内回复您]
C: 行 尽快
""")

V("chat", M, "response.defer_without_time", DEFER + ": invoice promised, to be announced when done, no time", """
C: 我想开张发票 报销用
A: [好的，麻烦您把抬头和税号发我，开好后会通知您||好的，麻烦您把抬头和税号发我，明天中午前开好发给您]
C: 好 我发你
""")

V("chat", J, "response.defer_without_time", DEFER + ": will ask the warehouse about a smaller size, no time", """
C: 这个尺码我穿偏大 能帮我问问有没有小一码的现货吗
A: [可以的亲，我去问下仓库，等有消息了回复您||可以的亲，我去问下仓库，十分钟内回复您]
C: 好的
""")

V("chat", J, "response.defer_without_time", DEFER + ": passed to an after-sales specialist who will get in touch, no time", """
C: 买的时候说有赠品 我没收到赠品
A: [不好意思，赠品漏发的情况我帮您反馈给售后专员了，后面会有人联系您||不好意思，赠品漏发的情况我帮您反馈给售后专员了，24小时内会有专员联系您]
C: 好吧
""")

V("chat", M, "response.defer_without_time", DEFER + ": coupon not applied, will check and then handle, no time", """
C: 我的优惠券没用上 多付了8块钱
A: [抱歉，我这边提交给平台核实一下，核实后再给您处理||抱歉，我这边提交给平台核实一下，1小时内给您处理结果]
C: 嗯
""")

V("chat", J, "response.defer_without_time", DEFER + ": address change, will tell when done, no time (traditional characters)", """
C: 我想改一下收货地址 还来得及吗
A: [我先帮您联系仓库看能不能改，改好了会跟您说||我先帮您联系仓库看能不能改，半小时内告诉您结果]
C: 好 谢谢
""", trad=True)

V("chat", J, "response.defer_without_time", DEFER + ": test report to be sent later, no time", """
C: 你们这个床垫有甲醛检测报告吗
A: [有的亲，我找同事要一下电子版，回头发给您||有的亲，我找同事要一下电子版，下午3点前发给您]
C: 好
""")

V("chat", M, "response.defer_without_time", DEFER + ": will ask the rider about the cutlery, no time", """
C: 能不能帮我问问骑手 餐具是不是放到别人袋子里了
A: [好的，我联系一下骑手，问清楚了跟您说||好的，我联系一下骑手，5分钟内回复您]
C: 嗯嗯
""")

V("chat", J, "response.defer_without_time", DEFER + ": will ask a technician, 晚点回您", """
C: 我这台洗衣机脱水的时候声音特别大 正常吗
A: [不好意思，这个情况我得问一下技术同事，晚点回您||不好意思，这个情况我得问一下技术同事，今晚8点前回复您]
C: 好
""")

V("chat", J, "response.defer_without_time", DEFER + ": passed to quality control who will get in touch, no time", """
C: 保修卡上的序列号跟机身上的不一样
A: [抱歉，我登记一下转给品控那边查，查清楚再联系您||抱歉，我登记一下转给品控那边查，2个工作日内联系您]
C: 好的
""")

V("chat", M, "response.defer_without_time", DEFER + ": member points missing, will tell when handled, no time", """
C: 上周办的会员卡 积分一直没到账
A: [抱歉给您添麻烦了，我反馈给后台了，处理完会告诉您||抱歉给您添麻烦了，我反馈给后台了，今天18点前处理好告诉您]
C: 好
""", iso=True)

V("chat", J, "response.defer_without_time", DEFER + ": missed callback, a colleague will call again, no time (masked phone number)", """
C: 我留的电话是138****0621 你们售后打过来我没接到
A: [抱歉错过了，我让售后同事再给您打过去||抱歉错过了，我让售后同事今天下午2点到3点之间再给您打过去]
C: 好 这次我注意接
""")

V("chat", J, "response.defer_without_time", DEFER + ": the length of the packed bed deferred to later, no time", """
C: 这个床的包装多长 我家电梯能放进去吗
A: [包装尺寸我得问一下仓库那边，之后再答复您||包装最长的一件是2.1米，电梯轿厢对角线超过2.1米就能放进去]
C: 我去量一下
""")

# ---- C. a question answered with the stock ask-more (response.ask_more_skips_question.chat) ----

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether the pot works on induction, answered with the ask-more", """
C: 这个锅能用在电磁炉上吗
A: [亲，请问还有其他可以帮您的吗？||可以用的亲，锅底是复合磁底，电磁炉和燃气灶都能用。请问还有其他可以帮您的吗？]
""", close="end")

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether the down coat is machine-washable", """
C: 羽绒服能机洗吗
A: [亲亲还有别的问题吗？||不建议机洗哦亲，建议手洗，水温不超过30度。亲亲还有别的问题吗？]
""", close="end")

V("chat", M, "response.ask_more_skips_question.chat", ASKMORE + ": asked how hot the fish is and whether a child can eat it", """
C: 你们家的酸菜鱼辣不辣 小孩能吃吗
A: [请问还有其他需要咨询的吗？||是微辣的，小朋友吃的话可以备注不放辣，我们单独做一份。请问还有其他需要咨询的吗？]
""", close="end")

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + "; 003 京东做法 2: two-part question, one part answered, the other met with the ask-more", """
C: 这款路由器能穿两堵墙吗 还有最多能连几台设备
A: [可以连128台设备哦，您看还有其他问题吗？||隔两堵墙的房间也能有两格以上的信号，可以连128台设备，您看还有其他问题吗？]
""", close="end")

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked where the promised gift is", """
C: 买的时候说有赠品 怎么箱子里没看到
A: [亲，还有什么可以帮到您吗～||抱歉让您疑惑了，赠品是单独打包的，会在主件签收后2天内另外寄出。亲，还有什么可以帮到您吗～]
""", close="end")

V("chat", M, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether coriander can be left out", """
C: 有没有不放香菜的选项
A: [您好，还有其他问题吗？||有的，下单时在备注里写不要香菜就可以了。您好，还有其他问题吗？]
""", close="end")

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether the power bank may go on a plane (full-width digits)", """
C: 这个充电宝能带上飞机吗 10000毫安的
A: [亲，请问您还需要咨询什么呢？||可以带的亲，10000毫安是37Wh，低于民航100Wh的限制。请问您还需要咨询什么呢？]
""", close="end", fw=True)

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": a question after the ask-more met by the same ask-more sent again", """
A: 请问还有其他可以帮您的吗？
C: 有 这个耳机左右耳能单独用吗
A: [请问还有其他可以帮您的吗？||可以单独用的，左耳右耳都能单独连手机。请问还有其他可以帮您的吗？]
""", close="end")

V("chat", M, "response.ask_more_skips_question.chat", ASKMORE + ": asked to swap rice for noodles on a fresh order", """
C: 能帮我把米饭换成面吗 刚下的单
A: [亲，还有其他需要帮您的吗？||可以的，已经帮您换成面了，价格一样不用补差价。亲，还有其他需要帮您的吗？]
""", close="end")

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether the flask takes hot milk (traditional characters)", """
C: 这个保温杯可以装热牛奶吗
A: [请问还有其他问题吗？||可以装的，喝完记得及时清洗就好。请问还有其他问题吗？]
""", close="end", trad=True)

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked to change the colour of an unshipped order", """
C: 我下单选错颜色了 想换成灰色的
A: [亲，您看还有别的需要吗？||好的亲，已经帮您把颜色改成灰色了，订单详情里刷新一下就能看到。亲，您看还有别的需要吗？]
""", close="end")

V("chat", M, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether the shop issues invoices (emoji)", """
C: 你们家能开发票吗🧾
A: [您好，请问还有什么需要帮助的呢😊||能开的，在订单页点申请开票，填好抬头就能开电子发票😊 请问还有什么需要帮助的呢]
""", close="end")

V("chat", J, "response.ask_more_skips_question.chat", ASKMORE + ": asked which stage the formula is for an 8-month-old", """
C: 这个奶粉是几段的 我家娃8个月
A: [请问还有其他想了解的吗？||这款是2段，适合6到12个月的孩子，8个月正合适。请问还有其他想了解的吗？]
""", close="end")

V("chat", M, "response.ask_more_skips_question.chat", ASKMORE + ": asked whether two portions can be packed apart", """
C: 我点了两份 能分开装吗
A: [请问您还有其他问题吗？||可以的，我们会分两个袋子装好。请问您还有其他问题吗？]
""", close="end", iso=True)

# ---- D. an urge met with 好的 / 收到 / a procedure (response.urge) ----

V("chat", J, "response.urge,response.complaint.chat?", URGE + ": asked to chase a three-day-old order, answered 好的", """
C: 三天了还没发货 能不能帮我催一下
A: [好的||非常抱歉让您久等了，已经帮您催了仓库，今天下午5点前发出]
C: 行
""")

V("chat", J, "response.urge", URGE + ": asked to chase a parcel that has not moved, answered 收到", """
C: 快递三天没动了 帮我催催
A: [收到～||抱歉让您着急了，我刚联系了快递，包裹已经到您那边的派送站，预计明天上午送到～]
C: 好
""")

V("chat", M, "response.urge,forbidden.bare_ack?", URGE + ": asked to chase the rider, answered 嗯嗯", """
C: 骑手怎么还没取餐 帮忙催下
A: [嗯嗯||抱歉让您久等了，刚联系了骑手，他已经在店里取餐，15分钟左右送到]
C: 好
""")

V("chat", J, "response.urge,forbidden.link_only?", URGE + "; 000 篇8 售前服务 (不要让买家自己去看): has it shipped, answered with where to look", """
C: 我这个单到底发没发 都好几天了
A: [亲，您可以在订单详情里查看物流信息哦||让您久等了，查到您的订单今天上午已经发出，快递单号在订单详情里能看到]
C: 哦
""")

V("chat", M, "response.urge|response.complaint.chat", URGE + ": an hour's wait and 饭呢？？？ answered with the order status only", """
C: 一个小时了 饭呢？？？
A: [您好，订单正在配送中||非常抱歉让您等了这么久，骑手已经在您小区门口了，两三分钟就到]
C: 快点
""")

V("chat", J, "response.urge", URGE + ": asked to hurry the warehouse for the weekend, answered 我记一下", """
C: 能不能让仓库快点发 周末要用
A: [好的亲，我记一下||抱歉让您着急了，已经给仓库备注加急，今天会优先打包，明天上午发出]
C: 麻烦了
""", iso=True)

V("chat", J, "response.urge", URGE + ": asked to chase the carrier, answered 好的，已催 (traditional characters)", """
C: 怎么还没到啊 帮我催一下物流
A: [好的，已催||抱歉让您久等了，已经帮您催了物流，包裹目前在市区分拣中心，明天上午派送]
C: 好
""", trad=True)

V("chat", M, "response.urge", URGE + ": asked to hurry the kitchen, answered 好的收到", """
C: 催一下厨房 谢谢
A: [好的收到||好的，已经跟厨房说了优先做您这单，10分钟内出餐]
C: 嗯
""")

V("chat", J, "response.urge,forbidden.buck_passing?", URGE + ": the refund for a returned parcel chased, told after-sales handles refunds", """
C: 我退货寄回去一周了 退款还没处理 你们帮忙催一下
A: [亲，退款是由售后部门处理的哦||抱歉让您久等了，刚帮您催了售后，退件已经签收，今天之内给您退款]
C: 好
""")

# ---- E. harm told plainly, answered defensively or with procedure only (response.harm.chat) ----

V("chat", M, "response.harm.chat", HARM + ": blisters in the mouth after the spicy soup, answered with a defence of the broth", """
C: 吃了你们家的麻辣烫 嘴里起了两个泡
A: [您好，我们家的汤底都是当天现熬的||非常抱歉让您受罪了，嘴里现在还疼吗？这单先给您全额退款，也会提醒后厨把辣度调低]
C: 嗯
""")

V("chat", M, "response.harm.chat", HARM + ": a child vomited twice after the yoghurt, answered with a procedure only", """
C: 孩子喝了你们的酸奶 回来吐了两次
A: [请您提供一下订单截图和商品照片，我们提交售后||非常抱歉，孩子现在怎么样了？请您先照顾好孩子，方便时提供一下订单截图和商品照片，我们马上处理]
C: 我等下发
""")

V("chat", J, "response.harm.chat", HARM + ": a ring of rash from a bracelet, answered that silver seldom causes allergy", """
C: 手链戴了两天 手腕一圈红疹子
A: [亲，我们的手链是925银的，很少有人过敏哦||非常抱歉给您带来不适，手腕现在还痒吗？建议先摘下来别戴了，这单给您办理退货退款]
C: 那我退了吧
""")

V("chat", M, "response.harm.chat,forbidden.argue?", HARM + ": diarrhoea after skewers, answered that other customers were fine", """
C: 昨晚吃完你们的烤串 今天拉了一上午肚子
A: [您好，烤串都是现烤的，很多顾客吃了都没问题||非常抱歉，您现在身体好些了吗？这单先给您全额退款，后厨的食材我们马上排查]
C: 嗯
""")

V("chat", M, "response.harm.chat", HARM + ": a hair in the fried rice, answered with where to ask for a refund", """
C: 炒饭里吃出一根头发 恶心死了
A: [您好，可以在订单页面申请退款||真的非常抱歉让您吃到头发，这份炒饭给您全额退款，后厨我们马上整改]
C: 行吧
""")

V("chat", J, "response.harm.chat", HARM + ": face red and itching after the cream, answered with advice only", """
C: 这个面霜擦了脸又红又痒 是不是过敏了
A: [亲，建议您先在耳后试用再用在脸上哦||非常抱歉给您带来不适，脸现在还痒吗？请先停用，用清水洗净，一直不退红的话建议去医院看看，这单给您退货退款]
C: 好
""")

V("chat", J, "response.harm.chat", HARM + ": a blister on the heel from new running shoes, answered that new shoes need breaking in", """
C: 新买的跑鞋才穿一天 脚后跟磨了个大泡
A: [亲，新鞋刚开始穿都需要磨合一段时间的哦||抱歉让您受伤了，脚后跟注意别沾水，鞋子磨脚的话可以给您换大半码或者退货]
C: 换大半码吧
""")

V("chat", M, "response.harm.chat", HARM + ": an insect in the soup half drunk, answered 收到 and a request for a photo", """
C: 汤里有只虫子 我都喝了一半了
A: [收到，麻烦发一下照片||非常抱歉，真的太对不起了，您现在身体有没有不舒服？麻烦发一下照片，我们马上给您退款并查后厨]
C: 发了
""")

V("chat", M, "response.harm.chat", HARM + ": sour sushi eaten by the customer's wife, answered that it cannot have gone off", """
C: 寿司是酸的 好像坏了 我老婆吃了两块
A: [您好，我们的寿司都是当天做的，不会变质||非常抱歉，您爱人吃了之后有没有不舒服？剩下的请别吃了，这单马上给您退款]
C: 她说有点恶心
""")

V("chat", J, "response.harm.chat", HARM + ": a hand reddened by the kettle handle, answered with the after-sales procedure", """
C: 烧水壶把手烫得不行 我手都烫红了
A: [亲，您可以申请售后换新哦||非常抱歉让您受伤了，手现在还疼吗？先用凉水冲一冲，这个壶我们马上给您换新]
C: 好
""")

V("chat", J, "response.harm.chat", HARM + ": a baby's bottom red from the nappies, answered with changing advice (traditional characters)", """
C: 宝宝用了你们的纸尿裤 屁股全红了
A: [亲，纸尿裤需要勤换哦，建议2到3小时换一次||非常抱歉，孩子现在还难受吗？先停用这款，发红的地方可以抹点护臀膏，这包给您退款]
C: 好吧
""", trad=True)

V("chat", M, "response.harm.chat", HARM + ": a rash all over after crayfish, answered that the menu warns about allergies", """
C: 吃了你家的小龙虾 我过敏了 身上起了好多疹子😫
A: [小龙虾属于容易过敏的食材，下单页面有提示的哦||非常抱歉，您现在还难受吗？严重的话请尽快去医院，这单先给您退款，后面有需要随时找我]
C: 嗯
""")

V("chat", J, "response.harm.chat,forbidden.link_only?", HARM + ": a child's hand cut on a block, answered with the age note on the product page", """
C: 孩子玩你们的积木 被边角划破手了
A: [您好，商品详情页有写3岁以下不建议玩哦||非常抱歉，孩子的手现在怎么样了？这批积木的边角我们马上查，给您退货退款]
C: 他5岁了
""")

V("chat", M, "response.harm.chat", HARM + "; 003 京东做法 2: stomach ache all night and can I get a refund, the refund answered, the stomach ache ignored", """
C: 吃完你们的凉皮肚子疼了一晚上 能退款吗
A: [可以退的，已经给您申请了||非常抱歉，您现在肚子还疼吗？可以退的，已经给您申请了]
C: 好
""", iso=True)

# ---- harm restated and confirmed, then answered with procedure (response.harm_confirmed.chat) ----

V("chat", M, "response.harm_confirmed.chat,response.harm.chat?", HARM + ": vomiting and diarrhoea restated and confirmed, then only a request for the order number", """
C: 我吃了你们家的鸡排 现在上吐下泻
A: 跟您确认一下，您是吃了鸡排之后开始上吐下泻的，对吗？
C: 对
A: [那麻烦您提供一下订单号，我给您登记||非常抱歉让您受苦了，您现在好些了吗？麻烦您提供一下订单号，我马上给您处理]
C: 尾号4418
A: 好的，这单已经给您全额退款，后厨的鸡排我们今天全部下架排查
""")

V("chat", J, "response.harm_confirmed.chat,response.harm.chat?", HARM + ": dizziness from a smelly pillow restated and confirmed, then only the return offer", """
C: 你们的枕头有股怪味 我闻了一晚上头晕
A: 我跟您确认一下，是枕头有异味，睡了一晚上之后头晕，对吗？
C: 是的
A: [您可以申请退货，运费我们出||非常抱歉让您难受了，现在头还晕吗？先把枕头拿出去通通风，您申请退货，运费我们出]
C: 好
""")

V("chat", M, "response.harm_confirmed.chat,response.harm.chat?", HARM + ": a hard object in the milk tea nearly cracked a tooth, confirmed, then only a request for a photo", """
C: 奶茶里有个硬硬的东西 差点把牙硌了
A: 您是说奶茶里喝出了硬的异物，硌到牙了，对吗？
C: 对啊
A: [请您拍张照片发过来||真的很抱歉，牙齿没事吧？方便的话拍张照片发过来，我们马上处理]
C: 发你了
A: 收到照片了，这杯给您全额退款，同时反馈给门店查原料
""")

V("chat", M, "response.harm_confirmed.chat,response.harm.chat?", HARM + ": a child's fever and vomiting after porridge confirmed, then only a request for a medical note (traditional characters)", """
C: 外卖的粥喝完 小孩半夜发烧还吐了
A: 跟您核对一下，孩子喝了粥以后半夜发烧、呕吐，是吗？
C: 是
A: [麻烦您提供医院的诊断证明，我们这边审核||非常抱歉，孩子现在退烧了吗？先照顾好孩子，方便时提供一下医院的诊断证明，我们这边马上处理]
C: 好
""", trad=True)

# ---- F. a complaint answered without an apology (response.complaint.chat) ----

V("chat", M, "response.complaint.chat", COMPL + ": noodles gone soggy and half the soup spilt, answered with the partial-refund option", """
C: 送来的面全坨了 汤也洒了一半 什么破包装
A: [您好，可以申请部分退款哦||非常抱歉让您吃到这样的面，这单先给您全额退款，包装我们马上改进]
C: 行
""")

V("chat", J, "response.complaint.chat", COMPL + ": the chat is too slow, answered 收到", """
C: 你们客服回消息也太慢了吧 等了半天
A: [收到||抱歉让您久等了，现在咨询的人比较多，您的问题我马上处理]
C: 我要退货
A: 好的，已经给您申请了退货，快递员明天上午上门取件
""")

V("chat", J, "response.complaint.chat", COMPL + ": pilling after one wash, answered that pilling is normal", """
C: 这质量也太差了 洗一次就起球
A: [亲，这款是羊毛混纺的，起球属于正常现象哦||非常抱歉让您失望了，这款是羊毛混纺，洗后容易起球，可以给您退货，或者送您一个去球器]
C: 我退货
""")

V("chat", M, "response.complaint.chat", COMPL + ": something missing for the third time, answered with a question", """
C: 第三次点你们家了 每次都少东西 太过分了
A: [您好，请问这次少了什么||非常抱歉又让您遇到这种情况，请问这次少了什么，我马上给您补送]
C: 少了一瓶可乐
A: 好的，可乐马上给您补送过去，20分钟内送到
""")

V("chat", J, "response.complaint.chat", COMPL + ": three agents and still unsolved, very angry, answered with a question (traditional characters)", """
C: 换了三个客服了 问题还是没解决 我真的很生气
A: [您好，请问是什么问题呢||真的很抱歉让您这么生气，请您说一下是什么问题，这次我一直跟到解决]
C: 洗碗机漏水
A: 好的，今天就给您安排师傅，明天上午上门检修
""", trad=True)

V("chat", J, "response.complaint.chat", COMPL + ": promised SF, sent another carrier, answered with the rule", """
C: 说好的顺丰 结果发的是别的快递 慢死了
A: [亲，顺丰不到的地区会改发其他快递的||非常抱歉没有提前跟您说明，您那边顺丰不到，所以改发了其他快递，我这边帮您盯着物流]
C: 哦
""", iso=True)

V("chat", M, "response.complaint.chat,forbidden.buck_passing?,forbidden.blame?", COMPL + ": the rider was rude and dropped the food at the door, told riders are not the shop's", """
C: 骑手态度太差了 还把餐扔在门口
A: [骑手是平台配送的，不归我们店管||非常抱歉让您有这么不好的体验，骑手的问题我们马上向平台反馈，这单也给您补一张无门槛券]
C: 嗯
""")

V("chat", J, "response.complaint.chat", COMPL + ": a bad review threatened, broken after two uses, answered with a question", """
C: 差评了 什么玩意儿 用两次就坏
A: [亲，请问是哪里坏了呢||非常抱歉让您这么失望，请问是哪里坏了呢？我们马上给您换新]
C: 开不了机
A: 好的，给您换新机，今天就安排上门取件
""")

V("chat", J, "response.complaint.chat", COMPL + ": size L sent for XL, answered with a request for a photo of the tag (full-width letters)", """
C: 我买的是XL 你们发来的是L 搞什么
A: [麻烦提供一下吊牌的照片||非常抱歉发错了尺码，麻烦提供一下吊牌的照片，马上给您换XL]
C: 等下
""", fw=True)

V("chat", M, "response.complaint.chat", COMPL + ": dishes too salty to eat, answered 好的", """
C: 你家的菜越来越咸了 根本没法吃
A: [好的||抱歉这次口味让您不满意，我马上跟厨师反馈少放盐，这单给您退一半的餐费]
C: 嗯
""")

# ---- G. thanks met with 好的 / 收到 / an emoji (response.thanks.chat) ----

V("chat", J, "response.thanks.chat", "000 篇7 24 (客户说谢谢后一定要回复) / 000 篇2 五、7: thanks answered 好的亲, never answered later", """
C: 这个快递能送到村里吗
A: 能送到的，您那边是京东快递直接送到家
C: 原来是这样 谢谢啊
A: [好的亲||不客气，能帮到您就好]
A: 请问还有其他可以帮您的吗？
C: 没有了
A: 好的，祝您生活愉快，再见～
""", close=False)

V("chat", M, "response.thanks.chat", "000 篇7 24 / 000 篇2 五、7: thanks and praise at the end answered with a goodbye only", """
C: 汤里能多加点葱吗
A: 可以的，已经给您备注多加葱
A: 请问还有其他需要帮您的吗？
C: 没有了 谢谢你啊 服务真好
A: [好的，祝您用餐愉快，再见||不客气，这是我们应该做的，祝您用餐愉快，再见]
""", close=False)

V("chat", J, "response.thanks.chat", "000 篇7 24 / 000 篇2 五、7: thanks answered 收到 and a goodbye (traditional characters)", """
C: 刚才那个退款到了
A: 好的，退款到账就好
C: 太好了 谢谢你
A: [收到，祝您购物愉快，再见||不客气，很高兴为您服务，祝您购物愉快，再见]
""", close=False, trad=True)

V("chat", J, "response.thanks.chat", "000 篇7 24 / 000 篇2 五、7: 辛苦你了 answered 嗯嗯 and the ask-more", """
C: 地址改好了吗
A: 已经改好了，收货地址现在是新的小区
C: 好的 辛苦你了
A: [嗯嗯，还有其他问题吗||不辛苦，应该的，还有其他问题吗]
C: 没了
A: 好的，祝您生活愉快，再见～
""", close=False)

V("chat", M, "response.thanks.chat,forbidden.wordless_reply|forbidden.emoji_only?", "000 篇7 24 / 000 篇5 第一 (不要只发表情): thanks answered with a thumbs-up only", """
C: 饭到了 挺热乎的
A: 好的，您趁热吃
C: 谢谢老板🙏
A: [👍||不客气，欢迎常来😊]
A: 祝您用餐愉快，再见～
""", close=False)

V("chat", J, "response.thanks.chat", "000 篇7 24 / 000 篇2 五、7: heartfelt thanks answered 那就行", """
C: 按你说的重启了一下 真的好了
A: 好的，能正常用就好
C: 你真是帮了大忙了 谢谢谢谢
A: [那就行||不客气，能帮上忙我也很开心]
A: 请问还有其他需要吗？
C: 没了
A: 好的，祝您购物愉快，再见～
""", close=False)

# ---- H. a suggestion answered without thanks (response.suggestion.chat) ----

V("chat", M, "response.suggestion.chat", "000 篇2 五、4 / 000 篇7 52 (客户提出建议时要感谢): a suggestion answered 好的", """
C: 建议你们出个小份的 一个人吃不完
A: [好的||谢谢您的建议，我们已经记下了，会跟老板反馈推出小份]
C: 嗯
""")

V("chat", J, "response.suggestion.chat,forbidden.link_only?", "000 篇2 五、4 / 000 篇7 52: a suggestion answered with where the size chart already is", """
C: 你们详情页应该把尺寸写清楚点 找半天
A: [详情页第三张图有尺寸表哦||感谢您的宝贵意见，我们会把尺寸放到更显眼的位置，尺寸表目前在第三张图]
C: 好
""")

V("chat", J, "response.suggestion.chat", "000 篇2 五、4 / 000 篇7 52: a suggestion about packaging answered 收到 (traditional characters)", """
C: 建议包装再结实一点 快递一压就变形
A: [收到||谢谢您的建议，我们会换成加厚的纸箱]
C: 嗯
""", trad=True)

V("chat", M, "response.suggestion.chat,forbidden.bare_ack?", "000 篇2 五、4 / 000 篇7 52: a suggestion answered 嗯", """
C: 希望能加个不辣的选项 我老妈吃不了辣
A: [嗯||谢谢您的建议，下周就上线微辣和不辣两个选项]
C: 好
""")

# ---- I. a question answered with a bare particle or a sign (forbidden.bare_ack, forbidden.wordless_reply) ----

V("chat", J, "forbidden.bare_ack", "000 篇2 五、7 / 001 禁用语 (哦; 生活化的口气): can two coupons be combined, answered 嗯", """
C: 我能用两张优惠券叠加吗
A: [嗯||可以的，店铺券和平台券能叠加使用]
C: 好
""")

V("chat", M, "forbidden.bare_ack,forbidden.interjection_o?", "000 篇2 五、7 / 001 禁用语: can I pick up at the shop, answered 哦哦", """
C: 我能到店自取吗
A: [哦哦||可以的，下单时选择到店自取，做好了会通知您来取]
C: 好嘞
""")

V("chat", J, "forbidden.wordless_reply", "000 篇5 第一 (不要只发表情符号) / 000 篇2 五、7: is there a 7-day no-reason return, answered ？", """
C: 这个可以7天无理由退吗
A: [？||可以的，没拆封、不影响二次销售就支持7天无理由退货]
C: 好的
""")

V("chat", M, "forbidden.emoji_only|forbidden.wordless_reply", "000 篇5 第一 / 000 篇2 五、7: extra rice for a fee, answered with a sticker", """
C: 米饭能多给一份吗 我加钱
V> A: [抱拳]
K> A: 可以的，已经帮您备注加一份米饭，差价2元已经改好了
C: 好
""")

V("chat", J, "forbidden.bare_ack", "000 篇2 五、7 / 001 禁用语: does it fit my old charger, answered 嗯嗯嗯", """
C: 这个型号跟我旧款的充电器通用吗
A: [嗯嗯嗯||通用的，接口和功率都一样]
C: 好 那我拍了
A: 好的，跟您核对一下收货信息：陈**，159****3307，成都市武侯区**路**号，没问题的话今天给您发出
C: 没问题
""")

V("chat", M, "forbidden.bare_ack", "000 篇2 五、7 / 001 禁用语: can the food be left at the gatehouse, answered 嗯 (traditional characters)", """
C: 可以帮我把餐放在门卫那里吗
A: [嗯||可以的，已经备注放门卫室，放好后骑手会打电话告诉您]
C: 好
""", trad=True)

# ---- J. a yes/no question answered with "go and look" (forbidden.link_only, forbidden.buck_passing) ----

V("chat", J, "forbidden.link_only", "000 篇8 售前服务 (不要说去宝贝描述里看, 再忙都要仔细回答): must I assemble the desk, told to read the page", """
C: 这个桌子要自己组装吗
A: [亲，安装说明在商品详情页最下面哦，您可以看一下||需要简单组装的亲，装四条腿就行，十分钟左右能装好，包里附了扳手]
C: 好
""")

V("chat", J, "forbidden.link_only", "000 篇8 售前服务: may a pregnant woman use the massager, told to see the manual", """
C: 孕妇能用这款按摩仪吗
A: [亲，使用禁忌请参考说明书哦||不建议孕妇使用哦亲，说明书的禁忌里也写了孕期不要用]
C: 好的
""")

V("chat", J, "forbidden.link_only", "000 篇8 售前服务: does the coat shrink, told to read the care label", """
C: 这件外套洗了会缩水吗
A: [亲亲可以参考一下洗标上的说明呢||正常洗不会缩水的亲，冷水手洗、不要暴晒就可以]
C: 好
""")

V("chat", M, "forbidden.link_only", "000 篇8 售前服务: any vegetarian dishes, told the menu is on the shop page", """
C: 你们家有素食吗
A: [您好，菜单都在店铺首页，您可以看看||有的，素三鲜饺子和香菇青菜面都是纯素的]
C: 那来份饺子
""")

V("chat", J, "forbidden.buck_passing", "003 京东禁用语 15 (这个问题你得去找) / 000 篇8 售前服务: parcel put in the wrong locker, told to contact the courier", """
C: 快递员把我的包裹放错柜子了
A: [亲，这个您需要直接联系快递员哦||非常抱歉给您添麻烦了，我这就联系快递员帮您重新放柜，10分钟内回复您]
C: 好
""")

V("chat", J, "forbidden.buck_passing", "003 京东禁用语 15 / 000 篇8 售前服务: broken within warranty, told to contact the maker", """
C: 保修期内坏了 能修吗
A: [亲，您可以直接联系厂家售后哦||可以修的亲，保修期内免费维修，我这边帮您登记寄修，快递员明天上门取件]
C: 好
""")

# ---- K. vague answers (forbidden.uncertain, forbidden.uncertain_hedge) ----

V("chat", J, "forbidden.uncertain", "001 禁用语 / 000 篇6 (不清楚、不知道): is this this year's model, answered 不太清楚", """
C: 这个是今年的新款吗
A: [这个我也不太清楚呢||是今年3月上市的新款哦]
C: 好
""")

V("chat", M, "forbidden.uncertain_hedge", "001 禁用语 (也许、大概、可能) / 000 篇2 五、8 (不可以回答的模糊): nut allergy asked, answered 应该没有吧", """
C: 这个蛋糕含坚果吗 我女儿过敏
A: [应该没有吧||含有的，表层撒了杏仁碎，过敏的话建议换这款原味戚风]
C: 那换原味的
""")

V("chat", J, "forbidden.uncertain_hedge", "001 禁用语 / 000 篇2 五、8: battery life asked, answered 大概能用挺久", """
C: 充满电能用多久
A: [大概能用挺久的||正常使用能用8小时左右，待机能到30天]
C: 好
""")

V("chat", J, "forbidden.uncertain", "001 禁用语 / 000 篇6: is the toothbrush waterproof, answered 不确定 (traditional characters)", """
C: 这个电动牙刷防水吗 洗澡的时候能用吗
A: [不确定耶||可以的，防水等级是IPX7，洗澡时可以用]
C: 好
""", trad=True)

# ---- L. reply times (response.first_reply.chat, response.first_reply_3s.chat, response.late_reply.chat) ----

V("chat", J, "response.first_reply.chat,response.first_reply_3s.chat", "000 篇8 沟通技巧 1 (不能让顾客等待超过10秒) / 001 应答规范 (3秒应答): first reply after 25 s", """
C: 在吗 想问个尺码
[+25||+2] A: 您好，欢迎光临{shop}，请问有什么可以帮您？
C: 身高165 体重52穿什么码
A: 建议穿M码，肩宽和衣长都合适
""", open=False)

V("chat", M, "response.first_reply_3s.chat", "001 应答规范 (3秒应答，快速招呼新客户): first reply after 6 s", """
C: 老板 今天营业到几点
[+6||+2] A: 您好，欢迎光临{shop}，很高兴为您服务，我们今天营业到晚上11点
C: 好的
""", open=False)

V("chat", J, "response.late_reply.chat", "000 篇4 1 / 000 篇5 第三 (时间长了一定说让您久等了) / 001 应答规范: a reply after four minutes without a word about the wait", """
C: 我想问下这个电饭煲内胆是什么材质
[+250||+250] A: [内胆是不粘涂层的，适合煮饭煲粥||非常抱歉让您久等了，内胆是不粘涂层的，适合煮饭煲粥]
C: 好
""")

V("chat", M, "response.late_reply.chat", "000 篇4 1 / 000 篇5 第三 / 001 应答规范: a reply after five minutes without an apology (ISO times)", """
C: 我能改成晚上7点送吗
[+310||+310] A: [可以的，已经帮您改成晚上7点送达||很抱歉让您久等了，可以的，已经帮您改成晚上7点送达]
C: 好
""", iso=True)

V("chat", J, "response.late_reply.chat", "000 篇4 1 / 000 篇5 第三 / 001 应答规范: a reply after four and a half minutes without an apology (traditional characters)", """
C: 这件大衣有没有加长款
[+270||+270] A: [有的，加长款在同一个链接里选颜色下面的长款||不好意思让您久等了，有的，加长款在同一个链接里选颜色下面的长款]
C: 找到了
""", trad=True)

# ---- M. other owed responses ----

V("chat", J, "response.apology.chat", "000 篇2 五、6 (客户向客服致歉时: 没关系，请不必介意): the customer's apology answered 好的", """
C: 订单号是3087****1190 帮我看看是不是没发
A: 查到了，昨天下午已经发出，明天就能到
C: 不好意思啊 刚才是我看错了 物流有更新的
A: [好的||没关系，请不用介意]
""")

V("chat", M, "response.apology.chat", "000 篇2 五、6: the customer's apology for snapping answered 嗯", """
C: 抱歉抱歉 刚才语气有点冲
A: [嗯||没关系的，能理解您着急的心情]
C: 那饭什么时候到
A: 骑手已经在路上了，5分钟内送到
""")

V("chat", J, "response.personal_info", "000 篇2 五、3 / 004 特殊沟通 4 (客户询问个人信息时: 抱歉, 只能通报工号或昵称): asked for the agent's name, brushed off", """
C: 你叫什么名字 下次我直接找你
A: [下次有问题直接进店咨询就行||很抱歉，我们只能告诉您工号，我是客服小禾，工号2087，下次进店报工号就能找到我]
C: 好
""")

V("chat", M, "response.manager_request", "004 抱怨投诉 6 (要求找其他管理人员: 诚恳致歉, 留下电话由相关人员回复): asked for the owner, told he is out", """
C: 叫你们老板来跟我说
A: [老板不在||非常抱歉，老板现在不在店里，麻烦您留个电话，老板回来后今天下午3点前给您回电]
C: 135****7720
A: 好的，已经记下了
""")

V("chat", J, "response.named_agent", "000 篇2 三、1 / 004 特殊沟通 1 (客户找其他客服时: 致歉说明并询问能否帮忙): asked for yesterday's agent, told she is off", """
C: 我要找昨天那个客服小鹿 她答应给我补偿的
A: [她今天休息||非常抱歉，小鹿今天休息，补偿的事我这边也能帮您处理，麻烦说一下是哪个订单？]
C: 就是那个电热毯
A: 查到了，补偿的20元优惠券已经发到您账户里
""")

V("chat", J, "response.confirm_address.chat", "002 第三篇 售前 四、4 (客户下单之后一定要和客户核对收货信息): paid, answered without checking the address", """
C: 已经付款了
A: [好的亲，我们这边给您安排||好的亲，跟您核对一下收货信息：张**，138****2210，杭州市西湖区文三路**号，没问题的话今天给您发出]
C: 嗯
""")

V("chat", J, "forbidden.out_of_stock_bare", "002 第三篇 售前疑难 5 (货售罄: 和客户道歉并引导购买相同款式) / 001 案例1-4: 没货了", """
C: 这个米白色的还有吗
A: [没货了||非常抱歉米白色暂时卖完了，下周二补货，您可以先看看燕麦色，质感很接近]
C: 那我等等
""")

V("chat", M, "forbidden.out_of_stock_bare", "002 第三篇 售前疑难 5 / 001 案例1-4: 卖完了", """
C: 今天还有榴莲千层吗
A: [卖完了||抱歉今天的榴莲千层已经卖完了，明天上午10点会有新的，可以先给您预留一份]
C: 留一份吧
A: 好的，已经给您留好了
""")
