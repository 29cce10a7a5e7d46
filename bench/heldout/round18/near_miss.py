"""Near-misses: conversations a strict reviewer reading the seeds passes."""
from common import K

P, T, J, D = "pinduoduo", "taobao", "jd", "douyin"

K("chat", T, "the platform's own payment service named on Taobao (支付宝 refund)", """
C: 退款退到哪里
A: 退款会原路退回，您用支付宝余额付的就退回支付宝余额，审核后24小时内到账
C: 好
""")
K("chat", J, "the platform's own delivery named on JD (京东物流)", """
C: 这个用什么快递
A: 这款是京东物流配送，您那边一般第二天就能送到
C: 好
""")
K("chat", D, "the platform's own after-sales entry named on Douyin (抖音商城)", """
C: 要怎么申请退货
A: 您在抖音商城的订单详情里点申请售后，选退货退款就可以
C: 好的
""")
K("chat", T, "an absolute claim declined (没法打包票说绝对不褪色) with care advice", """
C: 这个红色洗了会褪色吗
A: 我们没法跟您打包票说绝对不褪色，深色的前几次建议单独冷水洗，后面就稳定了
C: 好
""")
K("chat", P, "a fraud warning naming what a buyer should not do (私下转账)", """
C: 有人私信我说是你们客服 让我加好友退款
A: 亲，那个不是我们，任何让您私下转账或者到别的地方操作退款的都不是官方客服，请不要理会，退款只在订单页办理
C: 好 吓我一跳
""")
K("chat", T, "the customer's 全网最低 echoed and declined", """
C: 你们这个是不是全网最低价
A: 这个我们不敢这么说，不过现在店里有满200减30，算下来挺划算的
C: 好吧
""")
K("chat", J, "第一时间 and 第一次 are no ad claim", """
C: 到货了能马上发吗
A: 到货后第一时间给您发出，第一次用的话建议先看一下说明书
C: 好
""")
K("chat", D, "唯一 in a comparison of two variants", """
C: 这两款有啥不一样
A: 两款唯一不同的地方是领口，左边是圆领，右边是V领
C: 那我要圆领
""")
K("chat", T, "可能 explaining a cause, with the remedy", """
C: 衣服穿了两次有点起球
A: 非常抱歉，起球可能是跟包带摩擦比较多造成的，我给您寄个去球器，免费的
C: 好吧
""")
K("chat", P, "a masked phone number in the delivery check", """
C: 拍好了
A: 亲，跟您核对一下收货信息：江苏省苏州市工业园区星湖街**号 陈先生 159****0371，对吗？
C: 对
A: 好的，今天给您安排发出
""")
K("call", None, "a phone number read back on a call (required by 004 核实信息, not a chat leak)", """
C: 我要改联系电话 新号码是13651207734
A: 好的，跟您核对一下，136 5120 7734，对吗？
C: 对
A: 已经给您改好了
""", co="星联宽带")
K("chat", J, "an excerpt that opens mid-conversation on the customer's matter (greeting not judged)", """
C: 刚才说到那个退款 你帮我看看到哪了
A: 您刚才问的退款已经审核通过了，1到3个工作日原路退回
C: 好
""", open=False)
K("chat", T, "an excerpt that ends on the agent asking for a photo (closing not judged)", """
C: 收到的杯子有个裂缝
A: 非常抱歉给您添麻烦了，麻烦您拍一张裂缝的照片发我一下，我马上给您处理
""", close=False)
K("call", None, "an excerpt of a call that stops mid-conversation (closing not judged)", """
C: 我家燃气灶打不着火
A: 您是说燃气灶点不着火，是吗？
C: 对
A: 请问您家灶具是什么牌子的？
""", close=False, co="城安燃气", hangup=None)
K("chat", J, "百分百 and 保证 negated, with what is promised instead", """
C: 这个能保证百分百不坏吗
A: 任何电器都没法保证百分百不坏，不过这款三年内有质量问题免费维修
C: 好
""")
K("chat", T, "an English key name in an instruction (HOME键)", """
C: 手表怎么重启
A: 长按侧面的HOME键三秒，屏幕黑了再松开就行
C: 好了 谢谢
A: 不客气哦
""")
K("chat", D, "the platform's own live room mentioned on Douyin", """
C: 还会补货吗
A: 会的，周五晚上八点直播间会补这个颜色
C: 好
""")
K("chat", T, "the customer's 不清楚 echoed while the agent helps", """
C: 我也不清楚该买哪个容量
A: 没关系，您家里几口人呢？我帮您推荐合适的容量
C: 三口人
A: 三口人的话选4升的就够用了
C: 好
""")
K("chat", P, "the customer's abuse is not the agent's (垃圾 in the customer's turn)", """
C: 你们这什么垃圾质量 拉链一拉就坏
A: 非常抱歉让您不满意了，麻烦您拍个照片，我马上给您申请换一件新的
C: 照片发了
A: 收到，已经给您申请换新了，新的明天发出
""")
K("chat", P, "the customer names 微信 on Pinduoduo; the agent answers without naming it", """
C: 能用微信付吗
A: 平台支持的付款方式在付款页面都能选，您下单时看一下就可以
C: 好
""")
K("chat", D, "宝贝 on Douyin (the 宝贝 ban is Pinduoduo's)", """
C: 这个今天能发吗
A: 能的亲，这个宝贝今天下午就发
C: 好
""")
K("chat", T, "full-width digits in a discount", """
C: 现在有什么活动
A: 亲，现在店铺满１９９减２０，满２９９减４０，可以叠加店铺券
C: 好的
""")
K("chat", J, "a whole chat in traditional characters", """
C: 請問這款電飯煲有幾升的
A: 有三升和四升兩種，三口之家選三升就夠了
C: 好的 那我拍三升的
""", trad=True)
K("call", None, "a compliant call in speech-recognition text (spaced characters)", """
C: 我家的宽带这个月到期了 想续费
A: 您是想给家里宽带续费 对吗
C: 对
A: 您在我们公众号里点宽带续费就可以 续一年有优惠
C: 好
""", co="星联宽带", asr="spaced")
K("call", None, "a hold with consent, thanks on return and a polite 稍等一下", """
C: 我想查一下我的快递
A: 好的，您是想查快递的位置，对吗？
C: 对 尾号4418
A: 好的，麻烦您稍等一下，我帮您查，好吗？
C: 好
!hold_start
!wait 30
!hold_end
A: 谢谢您的耐心等待，尾号4418的快递已经在派送中了，今天下午能到
C: 好的
""", co="顺达快递")
K("call", None, "a caller who asks whether they are heard, answered plainly (听得到)", """
C: 喂 喂 听得到吗
A: 听得到的，您请讲
C: 我家停水了
A: 您是说家里停水了，是吗？
C: 对
A: 您那一片在检修管道，下午四点前恢复供水
C: 好
""", co="惠民水务")
K("chat", J, "最近 and 左右 giving a reason and a range, not a guess", """
C: 怎么还没发货
A: 非常抱歉让您久等了，最近降温羽绒服订单比较多，仓库会比平时晚一天左右，您这单明天上午发出
C: 好吧
""")
K("chat", P, "the platform's group-buy (拼单) and its own coupon", """
C: 怎么拼单
A: 您点商品页的发起拼单，邀请好友一起拼就可以，拼成后48小时内发货
C: 好
""")
K("chat", T, "the customer apologises and the agent answers it", """
C: 抱歉 刚才发错了 我要的是黑色
A: 没关系的亲，给您改成黑色了
C: 好
""")
K("call", None, "a transfer explained, agreed and announced (the call ends with the transfer)", """
C: 我要开增值税发票
A: 您是想开增值税发票，对吗？
C: 对
A: 发票由我们财务专员办理，我现在帮您转过去，好吗？
C: 好
A: 请稍等，马上为您转接
!transfer
""", close=False, co="美家家电售后", hangup=None)
