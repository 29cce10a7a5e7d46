"""Near-misses of round 35: conversations a strict reviewer reading the seeds passes."""
from common import K

J, M = "jd", "meituan"

K("chat", J, "a when-question answered with a relative time (明天下午)", """
C: 什么时候能发货
A: 今天下单的话明天下午发出，后天就能到您那边
C: 好
""")

K("chat", J, "可能 explaining the cause of a delay, with a time given", """
C: 怎么物流两天没动了
A: 抱歉让您着急了，可能是暴雨导致中转站积压，我查了一下，明天恢复派送，后天能送到
C: 好吧
""")

K("chat", M, "a deferral with a time (三分钟内)", """
C: 能不能做成微辣
A: 我问一下厨房现在还能不能改，三分钟内回复您
A: 厨房说可以改，已经给您改成微辣了
C: 好
""")

K("chat", J, "the customer's 谢谢 attached to a request; the question is answered", """
C: 麻烦帮我查下快递到哪了 谢谢
A: 您的包裹现在在杭州转运中心，明天上午派送
C: 好的
""")

K("chat", J, "a bare 好的 to a plain acknowledgement, then the ask-more", """
C: 什么时候能到
A: 后天上午能送到
C: 嗯 我知道了
A: 好的
A: 请问还有其他可以帮您的吗？
""", close="end")

K("chat", M, "a harm asked about as a question (孕妇吃会不会不舒服), not reported", """
C: 这个辣度孕妇吃会不会不舒服
A: 孕期建议选微辣或者不辣，我们可以给您单独做不辣的
C: 那做不辣的
""")

K("chat", M, "harm reported and met at once with apology and care (whole chat in traditional characters)", """
C: 吃完你们的牛肉面胃不太舒服
A: 非常抱歉，您现在好些了吗？这单先给您退款，我们马上检查今天的牛肉
C: 好多了 谢谢
""", trad=True)

K("chat", J, "嗯嗯 followed by the action taken", """
C: 能帮我把地址改成公司吗 地址我发你了
A: 嗯嗯，已经帮您改好了，收货地址现在是公司
C: 好
""")

K("chat", J, "an emoji sent together with a text answer", """
C: 能帮我备注周六送吗
A: 可以的亲👌 已经备注周六送货
C: 好
""")

K("chat", J, "the customer asked for the chart; sending it is the answer", """
C: 把尺码表发我一下
A: 好的亲，尺码表在这里：[图片] 您告诉我身高体重，我也可以帮您推荐
C: 170 65公斤
A: 建议穿L码
""")

K("chat", J, "the platform's own services on JD (微信支付 at the checkout, 京东物流)", """
C: 能用微信付款吗
A: 可以的，京东收银台支持微信支付，发货走京东物流
C: 好
""")

K("chat", J, "a refusal with an apology and an alternative", """
C: 能包邮吗
A: 非常抱歉，这款满99元才包邮，您再加一件配件就能包邮了
C: 那我再看看
""")

K("chat", M, "the ask-more after a full answer", """
C: 你们家的粥是现熬的吗
A: 是的，每天早上6点开始现熬，一锅卖完再熬
A: 请问还有其他可以帮您的吗？
""", close="end")

K("chat", J, "no date from the maker yet, but a time for the next update", """
C: 预售的什么时候发
A: 非常抱歉，厂家还没给出具体日期，我明天上午10点前跟您同步一次进度
C: 好吧
""")

K("chat", J, "masked order and phone numbers on an order card (ISO times)", """
S: [订单卡片] 订单号 3087****2231 · 收货人 李** · 159****0812
C: 这个地址对吗
A: 对的，收货人李**，电话159****0812，地址是您上次填的小区
C: 好
""", iso=True)

K("chat", J, "喂 inside 喂养", """
C: 这个奶瓶适合混合喂养吗
A: 适合的，这款奶嘴仿母乳设计，混合喂养的孩子接受度比较高
C: 好
""")

K("chat", J, "不知道您…方便 as a polite question", """
C: 冰箱到了吗
A: 已经到您那边的站点了，不知道您明天上午方便收货吗？
C: 方便
A: 好的，明天上午给您送过去
""")

K("chat", J, "the agent takes up the customer's own 不清楚", """
C: 我也不清楚是哪个型号
A: 没关系，您拍一下机身背面的铭牌，我帮您看
C: 发了
A: 是K5型号，可以用这款滤芯
""")

K("chat", M, "a late reply that opens with an apology for the wait (ISO times)", """
C: 能多给两双筷子吗
+240 A: 非常抱歉让您久等了，可以的，已经备注多放两双筷子
C: 好
""", iso=True)

K("chat", J, "a log that stops while the agent is still looking into it", """
C: 我的退款到哪一步了
A: 我这就帮您查一下，请您稍等
""", close=False)

K("chat", J, "a log that starts mid-conversation; the answer gives a time", """
S: —— 以上为历史消息 ——
C: 那新的哪天能寄出
A: 新的明天中午12点前寄出，单号出来我发给您
C: 好
""", open=False)

K("chat", J, "差评 mentioned in reassurance, not as a complaint", """
C: 放心 我从来不给差评的 就想问下这个能装多少水
A: 谢谢您的信任，这款容量是1.5升
C: 好
""")

K("chat", M, "the customer thanks the rider for coming in the rain; no complaint", """
C: 今天雨这么大 骑手还准时送到了 辛苦了
A: 谢谢您的体谅，我们会转达给骑手
C: 嗯
""")

K("chat", J, "最近 and 第一时间 in plain use", """
C: 怎么还没发
A: 抱歉让您久等了，最近下单的人比较多，您的订单明天上午发出，发出后第一时间把单号发您
C: 好
""")

K("chat", J, "百分百 negated, not claimed", """
C: 这个会褪色吗
A: 没法保证百分百不褪色，按洗标冷水手洗，一般不会明显褪色
C: 好
""")

K("chat", J, "a fraud warning that names private transfers", """
C: 有人打电话说是你们客服 让我转账退款
A: 请您不要相信，我们不会让您私下转账，退款都是原路退回，也不会索要验证码
C: 好的 吓我一跳
""")

K("chat", M, "the customer's apology answered with 没关系", """
C: 不好意思 我刚才点错了 地址是对的
A: 没关系，请不用介意，那就按原地址配送
C: 好
""")

K("call", J, "a callback with a time and the caller's number confirmed; a hold asked and thanked (whole call in speech-recognition form)", """
C: 我买的烤箱温度好像不准 烤什么都糊
A: 您是说烤箱温度偏高，烤东西容易糊，对吗？
C: 对
A: 我需要查一下这个型号的检测记录，请您稍等一分钟，好吗？
C: 好
!hold_start
!wait 30
!hold_end
A: 感谢您的耐心等待，这个情况需要技术同事判断，用您来电的号码联系您可以吗？
C: 可以
A: 技术同事会在今天下午4点前给您回电
C: 好
""", asr="plain")

K("call", M, "harm reported on a call and met with apology and care at once (speech recognition, spaced)", """
C: 我吃了你们平台点的海鲜粥 嘴唇有点肿
A: 非常抱歉，您现在呼吸有没有不舒服？严重的话请马上去医院
C: 还好 就是有点肿
A: 您是说喝了海鲜粥以后嘴唇发肿，对吗？
C: 对
A: 真的很抱歉，这单先给您全额退款，商家那边我们今天核查
C: 好
""", asr="spaced")

K("call", J, "a surname used after it is given; the when-question answered with a time", """
C: 你好 我姓王 我的洗衣机报修两天了 想问师傅什么时候来
A: 王先生，您是说洗衣机报修两天了，想确认师傅上门时间，对吗？
C: 对
A: 王先生，师傅明天下午2点到4点之间上门，出发前会给您打电话
C: 好的
""")

K("chat", J, "收到 followed by the action taken", """
C: 周六家里没人 能周日送吗
A: 收到，已经帮您备注周日送货
C: 好
""")

K("chat", J, "a refusal with an apology and an alternative (traditional characters)", """
C: 能帮我改成货到付款吗
A: 非常抱歉，这款商品不支持货到付款，您可以用白条分期，先收货再还款
C: 好吧
""", trad=True)
