"""Near-misses of round 55: conversations a strict reviewer passes although a
naive word list would flag them. Compliant only."""
from common import K

K("chat", "douyin", "the platform's own checkout: a refund back to the WeChat Pay used at checkout on Douyin", """
C: 我退款退到哪里了
A: 您下单时付款用的是微信支付，退款会原路退回到微信支付的零钱里
C: 多久到
A: 退款审核通过后一般24小时内到账
""")

K("chat", "taobao", "Alipay is Taobao's own payment: a refund to 支付宝", """
C: 退款了吗
A: 已经退了亲，68元原路退回您的支付宝，1到3个工作日到账
C: 好的
""")

K("chat", "jd", "JD's own logistics and platform name", """
C: 你们发什么快递
A: 这款是京东自营仓发货，走京东物流，一般次日送达
C: 周末送吗
A: 京东物流周末也正常配送
""")

K("chat", "taobao", "a fraud warning naming off-platform transfers and WeChat", """
C: 刚有人加我说是你们店的 让我转账退款
A: 很抱歉给您带来困扰，请您一定不要转账，我们店不会私下加您，也不会让您转账或者加微信办理退款
A: 退款只会在订单页面原路退回，您的订单我这边查了，退款已经在处理中
C: 吓死我了 还好问了一下
A: 您做得对，遇到这种情况都可以先来问我们
""")

K("chat", "jd", "an absolute claim declined: the agent will not promise 100%", """
C: 这个面霜保证不过敏吧
A: 这个我没法跟您打包票说百分百不过敏，每个人肤质不一样，建议先在耳后试用一两天
C: 好的
A: 试用有不舒服就先停用，七天内可以退
""")

K("chat", "taobao", "宝贝 on Taobao, where it is the platform's own word", """
C: 这个还有现货吗
A: 有的亲，这款宝贝是现货，今天下午四点前拍下当天发
C: 好
""")

K("chat", "douyin", "thanking for a review already given is not asking for one", """
C: 评价我已经写好了
A: 看到您的评价了，谢谢您的认可，用着有问题随时找我们
C: 好的
""")

K("chat", "taobao", "线下 inside 光线下 (the substring ban is Pinduoduo's)", """
C: 这个颜色实物和图片一样吗
A: 图片是棚拍的，自然光线下颜色会稍微浅一点，整体色调是一致的
C: 好的
""")

K("chat", "taobao", "到付 negated: the shop does not charge postage on delivery", """
C: 邮费要到付吗
A: 不用的，我们这边不走运费到付，邮费已经包含在订单里了
C: 好
""")

K("chat", "jd", "masked phone number and a long order number", """
C: 帮我看一下订单2406178833190的收货电话对不对
A: 订单2406178833190留的收货电话是138****2210，您看一下对吗？
C: 对的
A: 好的，快递员派送前会先联系您
""")

K("chat", "jd", "可能 explaining a cause, with action taken", """
C: 物流三天没动了
A: 很抱歉让您着急了，物流停住可能是中转站这两天爆仓，我已经帮您联系快递加急，今天下午五点前给您回复进展
C: 好吧
A: 有进展我会第一时间在这里告诉您
""")

K("call", None, "第一步/第二步 giving steps on a call, not a ranking claim", """
C: 我家厨房有燃气味
A: 您是说厨房里闻到燃气味，对吗？
C: 对
A: 请您先别开灯、别用明火，第一步先关掉燃气总阀，第二步打开门窗通风，然后到室外等抢修人员
A: 请问您清楚了吗？
C: 清楚了
A: 抢修人员20分钟内到，请问地址是？
C: 丰潭路45号2单元301
A: 丰潭路45号2单元301，对吗？
C: 对
A: 已经派单了，抢修人员马上出发
""", co="明川燃气", asr=True)

K("chat", "taobao", "the customer's own 不清楚 echoed by the agent", """
C: 买了这个晾衣架 我不清楚怎么装
A: 您说不清楚怎么装，没关系，我一步一步跟您说
A: 先把两根立杆插进底座，再把横杆卡到立杆顶端，听到“咔”一声就装好了
C: 装好了
A: 好的，使用中有问题随时找我
""")

K("chat", "taobao", "宝宝 meaning the baby, 喂 inside 喂养", """
C: 这个奶粉一岁的孩子能喝吗
A: 这款是3段的，适合一岁到三岁的宝宝，冲调按罐子侧面的喂养表来就可以
C: 好
""")

K("chat", "jd", "OK inside a product name (orthokeratology lens)", """
C: 这个护理液能用在OK镜上吗
A: 可以的，这款就是OK镜专用的护理液，每天摘镜后浸泡清洗就行
C: 一瓶用多久
A: 每天用的话一瓶能用一个月左右
""")

K("chat", "douyin", "唯一 in plain use: the only difference is the colour", """
C: 这两个链接有啥区别
A: 两个链接是同一款，唯一的区别是颜色，其他参数都一样
C: 好的
""")

K("chat", "pinduoduo", "a refusal with apology and an alternative", """
C: 能定做1米9的吗
A: 很抱歉，这款暂时不支持定制尺寸，同系列有2米的款，您可以看一下是否合适
C: 那我看看
""")

K("chat", "jd", "sold out with apology and a restock date", """
C: 42码还有吗
A: 很抱歉，42码刚好卖完了，预计下周二补货，到货后我通知您；43码偏小一点，也可以参考
C: 那等一下吧
A: 好的，已经帮您登记到货提醒
""")

K("call", None, "a hold and a mute, each agreed beforehand and thanked for afterwards", """
C: 我想查一下我家上个月为什么停水
A: 好的，请问您家地址是？
C: 湖滨路22号
A: 湖滨路22号，我需要查一下停水通知，麻烦您稍等一分钟，好吗？
C: 好
!hold_start
!wait 30
!hold_end
A: 感谢您的耐心等待，上个月那次是管网抢修，停了四个小时
C: 那以后停水会提前说吗
A: 计划停水会提前一天在小区张贴通知，我再帮您看一下下次的计划，请您稍等片刻，好吗？
C: 好
!mute_start
!wait 20
!mute_end
A: 让您久等了，目前没有新的停水计划
""", co="江城水务")

K("call", None, "a caller with a strong accent, asked to speak Mandarin with an apology", """
C: 我屋头那个 电表 跳闸咯 搞不好
A: 很抱歉，我没太听明白，麻烦您讲普通话好吗？
C: 我家电表跳闸了 推不上去
A: 您是说家里的电闸跳了推不上去，对吗？
C: 对
A: 我给您安排抢修师傅一小时内上门，请问地址是？
C: 解放路101号
A: 解放路101号，已经派单了
""", co="宁州供电", asr=True)

K("chat", "taobao", "a hand-over announced and agreed", """
C: 我要退货 衣服开线了
A: 很抱歉给您添麻烦了，退货需要售后同事为您处理，我帮您转接过去可以吗？
C: 可以
A: 好的，请稍等
S: [会话已转接至 售后-阿乐]
A: 您好，我是售后阿乐，开线的情况很抱歉，麻烦您拍一张照片发给我
C: [图片]
A: 收到了，退货申请已经通过，运费我们承担
""")

K("chat", "pinduoduo", "a log that ends while the agent is still checking", """
C: 我的包裹显示签收了但没收到
A: 很抱歉给您添麻烦了，我这边联系快递核实放在了哪里，十分钟内给您回复
""", close=False)

K("chat", "jd", "a log that starts mid-conversation (earlier messages not exported)", """
S: [以上为历史消息]
C: 那我就要白色的吧
A: 好的，白色的现在有货，您直接下单就可以
C: 拍了
A: 好的，跟您核对一下收货信息：上海市徐汇区漕溪北路***号，李**，139****0716，对吗？
C: 对
A: 今天下午就给您发出
""", open=False)

K("chat", "douyin", "a welcome split over two bubbles", """
C: 在吗
A: 您好～
A: 欢迎光临晚风服饰，请问有什么可以帮您？
C: 这个裙子有S码吗
A: 有的，S码有现货
""", open=False, shop="晚风服饰")

K("chat", "taobao", "a whole chat in traditional characters with 最近 in plain use", """
C: 我的訂單怎麼還沒發
A: 很抱歉讓您久等了，最近訂單比較多，您的包裹今天下午會發出
C: 好
A: 發出後我把單號發給您
""", trad=True)

K("chat", "pinduoduo", "第一时间 in plain use", """
C: 这个什么时候补货
A: 很抱歉这款暂时缺货，预计下周一补货，补货后我会第一时间通知您
C: 好的
""")

K("call", None, "不知道您…方便 is a polite question, not an uncertain answer", """
C: 我家洗衣机要修
A: 好的，请问是什么问题呢？
C: 不脱水了
A: 好的，我给您安排师傅上门，不知道您明天上午方便吗？
C: 方便
A: 请问地址是？
C: 莫干山路8号
A: 莫干山路8号，已经预约好了，明天上午九点到十二点之间上门
""", co="美厨电器售后", asr=True)

K("chat", "jd", "差不多 comparing two sizes, not a vague answer", """
C: L码和XL码区别大吗
A: 两个码的胸围差不多，主要区别在衣长，XL比L长3厘米
C: 明白了
""")

K("chat", "douyin", "a QR code printed on the goods for checking authenticity", """
C: 怎么辨别真假
A: 包装盒侧面有一个防伪标签，刮开涂层后输入数字就能查询，也可以扫标签上的码验证
C: 好的
""")

K("call", None, "the caller's number read back on a call, and a long number given after asking them to note it down", """
C: 我想问下维修站的电话
A: 好的，号码比较长，麻烦您记一下：057188661024
C: 记下了 我的电话是13967015532 让他们打给我也行
A: 跟您核对一下，您的号码是13967015532，对吗？
C: 对
A: 好的，我让维修站今天下午五点前给您回电
""", co="冰川空调售后", asr=True)

K("call", None, "a caller who swears, answered calmly with an apology", """
C: 你们这破网三天两头断 什么玩意儿
A: 非常抱歉给您带来这么多麻烦，您是说最近网络经常断线，对吗？
C: 对
A: 我给您安排师傅明天上午上门检测线路，今天下午五点前给您回电确认时间
C: 行吧
""", co="云帆宽带", asr=True)

K("chat", "jd", "全网最低 denied rather than claimed", """
C: 这个是全网最低价吗
A: 这个我们不能说是全网最低，现在的价格是含了满减之后的，您可以放心对比
C: 好吧
""")

K("call", None, "the silent-line procedure done right, then the caller speaks", """
+3 A: 您好，请问可以听得见吗？
C: 可以 刚才在电梯里 我想问下怎么报装宽带
A: 报装宽带需要带身份证到营业厅，或者在官方app上预约
C: 好的
""", co="云帆宽带", asr=True)

K("call", None, "a whole call in spaced speech-recognition form", """
C: 我想问一下我家这个月的水费
A: 好的，麻烦您告诉我一下户号
C: 03017720
A: 户号03017720，对吗？
C: 对
A: 您家这个月水费是52元，用水13吨
""", co="江城水务", asr="spaced")

K("call", None, "an outbound callback with greeting, purpose, consent and thanks", """
A: 您好，我是安居物业客服中心的专员，工号4021，您昨天反映的电梯异响问题有结果了，不知道您现在方便吗？
C: 方便
A: 维保公司今天上午已经更换了导靴，异响已经消除，您可以再留意一下
C: 好的 谢谢
A: 不客气，感谢您的反馈和配合，打扰您了，再见！
C: 再见
""", open=False, close=False, direction="outbound", asr=True)
