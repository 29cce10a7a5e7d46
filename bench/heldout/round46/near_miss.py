"""Near-misses: conversations a strict reviewer passes although a naive word
list would flag them (negated or warned uses, the platform's own services,
words inside other words, hedges that explain a cause, refusals with apology
and alternative, excerpts that start or stop mid-conversation)."""
from common import K

K("chat", "taobao", "纺织品成分 100%纯棉 is a label, not a satisfaction claim (ad.percent)", """
C: 这个睡衣是什么面料
A: 这款是100%纯棉的，吸汗透气，贴身穿很舒服，洗的时候建议冷水轻柔档
C: 好的
""")

K("chat", "jd", "京东自己的服务: 退回微信零钱、京东物流上门取件 (platform.jd.contact_app, other_app)", """
C: 我用微信付的款 退款退到哪
A: 退款会原路退回您的微信零钱，审核通过后一到三个工作日到账；这单是京东物流配送的，退货时快递员会上门取件
C: 好
""")

K("chat", "jd", "防骗提醒里提到加微信、私下转账 (platform.jd.contact_app, off_platform)", """
C: 有人打电话说是你们客服 让我加微信给我退款 是真的吗
A: 亲，那不是我们，我们不会让您添加任何人的微信，也不会让您私下转账，退款都是在订单里原路退回的，请您不要相信，也不要把验证码告诉任何人
C: 好险 还好问了一下
A: 是的，遇到这种电话直接挂掉就好，有疑问随时来这里问我们
""")

K("chat", "taobao", "淘宝自己的支付方式: 花呗、支付宝余额 (platform.taobao.other_app, contact_app)", """
C: 我用花呗付的 退款怎么退
A: 亲，退款会原路退回到花呗，抵扣您的待还金额；如果这笔已经还过了，就会退到您的支付宝余额
C: 明白了
""")

K("chat", "taobao", "否定的保证（没法打包票说完全不褪色）和“第一次洗” (ad.absolute, ad.first, forbidden.refusal)", """
C: 这条牛仔裤会不会掉色 能保证不褪色吗
A: 这个没法跟您打包票说完全不褪色，深色牛仔第一次洗会有一点浮色，建议您单独用冷水洗，翻面晾干，之后就很少掉色了
C: 好的 了解了
""")

K("chat", "jd", "可能 explaining a cause after an apology (forbidden.uncertain_hedge)", """
C: 为啥我的快递绕到外省去了
A: 非常抱歉给您添麻烦了，这种情况可能是分拣时贴错了中转标签，我已经联系快递改回正确路线，明天物流会更新
C: 好吧
""")

K("chat", "taobao", "淘宝上把商品叫宝贝是平台用语 (platform.pinduoduo.baobei is Pinduoduo's)", """
C: 这个宝贝还有货吗
A: 亲，这款宝贝还有现货的，今天下午五点前拍下当天就能发出
C: 好的
""")

K("chat", "jd", "坐席复述顾客自己的“不清楚” (forbidden.uncertain)", """
C: 我也不清楚我家净水器是哪个型号
A: 您说不清楚型号也没关系，型号印在机身侧面的白色标签上，麻烦您拍一张照片发给我，我帮您对照滤芯
C: 好 我去拍
S: [图片]
A: 收到了，您这台是R400型号，对应的滤芯在店铺首页第一个分类里，我把具体名称发给您：R400复合滤芯
""")

K("call", None, "喂 inside 喂养 on a dairy call (forbidden.casual)", """
C: 我想问一下 孩子一岁半了 你们那个成长奶一天喝多少合适
A: 您是想了解一岁半的孩子每天喝多少成长奶合适，对吗？
C: 对
A: 一岁半的孩子，一般每天喂养四百到五百毫升，分两到三次喝，另外辅食也要正常吃。
C: 好的 知道了
""", co="优鲜乳业")

K("chat", "pinduoduo", "第一次、首单 in plain use (ad.first, ad.debut)", """
C: 我是第一次在你家买 有优惠吗
A: 亲，欢迎您！首单立减五元，下单时会自动减掉，另外满四十九元包邮哦
C: 好的
""")

K("chat", "douyin", "唯一需要注意的是 (ad.unique)", """
C: 这个面膜每天都能敷吗
A: 可以每天敷的，唯一需要注意的是每次敷的时间别超过十五分钟，敷完记得涂点乳液
C: 好的
""")

K("chat", "taobao", "最近 in an apology for slow logistics (ad.superlative)", """
C: 怎么还没到啊 都四天了
A: 非常抱歉让您久等了，最近物流比较紧张，您的包裹在中转站多停了一天，今天已经出发，预计明天送到
C: 好吧
""")

K("call", None, "电话里复述来电者刚报的身份证号核实 (pii.id_card; 004 核实信息 1 要求一一复述)", """
C: 我想给我女儿买份学平险 要登记她的身份证号
A: 好的，您是想为女儿投保学平险，需要登记她的身份证号，对吗？
C: 对 号码是440305199107234511
A: 跟您核对一下，身份证号440305199107234511，对吗？
C: 对
A: 好的，已经登记，保单生效后会有短信通知您。
C: 好
""", co="泰和保险")

K("chat", "jd", "运单号和打码的手机号 (pii.mobile, pii.bank_card)", """
C: 快递单号发我一下
A: 好的，您的快递单号是JDX026384751093，收件手机是138****2210，您可以在订单里直接查看物流
C: 好
""")

K("chat", "pinduoduo", "长订单号 (pii.id_card, pii.bank_card)", """
C: 那个少发的我不要了 退钱吧
A: 非常抱歉少给您发了一件，订单231104339182047765少发的那件已经为您申请退款，二十四小时内原路退回
C: 好
""")

K("call", None, "保持前说明原因和时长并征得同意、回来先致谢；转接前说明并征得同意 (hold.*, transfer.consent.call)", """
C: 我家冰箱保修期过了 想问一下压缩机换一个大概多少钱
A: 您是想了解保修期外更换冰箱压缩机的费用，对吗？
C: 对
A: 我需要查一下您这个型号的配件价格，大概一分钟，请您先别挂机，稍等一下好吗？
C: 好
!hold_start
!wait 40
!hold_end
A: 感谢您的耐心等待，这个型号的压缩机配件加人工一共是六百八十元。具体要不要换，需要维修部的师傅判断一下，我帮您转接到维修部，好吗？
C: 好的
A: 好的，请稍等，马上为您转接。
!transfer
""", close=False, co="家安家电售后", hangup=None)

K("chat", "jd", "拒绝带致歉和替代办法 (forbidden.refusal_bare, refusal_no_alternative)", """
C: 这个保温杯能刻字吗 想送人
A: 非常抱歉，这款暂时不支持刻字定制，不过我们可以免费附送一张手写贺卡和礼盒包装，您看可以吗？
C: 也行 那要礼盒
A: 好的，已经给您备注礼盒和贺卡，贺卡上想写什么内容可以发给我
""")

K("chat", "taobao", "记录从会话中途开始、在客服联系仓库时结束 (greeting.chat, closing.chat not judged)", """
C: 那就换成大一号的吧
A: 好的，已经给您备注换成大一号，旧的那件麻烦您寄回，运费险会自动理赔
C: 寄到哪个地址
A: 退货地址在退货申请页面里会自动带出来，您不用手动填写
C: 好 还有一个问题 我上回买的那条围巾也少了个标签
A: 好的，我这就联系仓库核对一下那条围巾的包装记录，十分钟内在这里回复您
""", open=False, close=False)

K("chat", "taobao", "whole chat in traditional characters", """
C: 这件大衣是羊毛的吗
A: 是的亲，面料是百分之七十羊毛加百分之三十聚酯纤维，保暖又不容易变形
C: 会不会扎人
A: 贴身穿会有一点点痒，建议里面搭一件打底衫
C: 好 那我拍一件M
A: 好的亲，M码有现货，今天就能发出
""", trad=True)

K("call", None, "whole call in speech-recognition form, spaced character by character", """
C: 我想问一下我家宽带到期了怎么续费
A: 您是想了解家里宽带到期后怎么续费，对吗？
C: 对
A: 请问您贵姓？
C: 姓田
A: 田女士，您可以在营业厅续费，也可以在我们的官方服务号上续费，续费后马上生效。
C: 好的 知道了
""", co="星河宽带", asr="spaced")

K("chat", "douyin", "抖音自己的服务: 抖音商城、直播间 (platform.douyin.other_app, marketplace)", """
C: 你们店叫什么 我下次怎么找
A: 您在抖音商城搜“{shop}”就能找到我们，每周三晚上八点直播间也有新品上架
C: 好的
""")

K("chat", "pinduoduo", "拼多多自己的服务: 拼单、百亿补贴、免拼卡 (platform.pinduoduo.*)", """
C: 这个拼单一直没人拼怎么办
A: 亲，您可以用免拼卡直接成团，这款还参加了百亿补贴，成团后四十八小时内给您发货
C: 好的
""")

K("chat", "jd", "京东的货到付款服务 (platform.jd.collect_on_delivery)", """
C: 可以货到付款吗 我想收到再给钱
A: 可以的，这款支持货到付款，您下单时在支付方式里选择货到付款就可以
C: 好
""")

K("chat", "taobao", "坐席复述顾客问的“正品” (ad.unverifiable)", """
C: 你们家是正品吗
A: 您问的正品问题，我们是品牌授权的旗舰店，每件商品都附带授权书和防伪码，收到后可以扫码查验
C: 好的
""")

K("chat", "douyin", "顾客骂人，坐席致歉安抚、不顶回去 (forbidden.abuse, response.complaint.chat)", """
C: 你们客服都是机器人吧 傻乎乎的 问半天答不到点上
A: 非常抱歉让您不满意了，我是人工客服，您遇到什么问题跟我说，我马上帮您处理
C: 我就想知道这个卸妆油能不能卸睫毛膏
A: 可以卸的，防水睫毛膏也能卸干净，用的时候闭上眼睛，用化妆棉蘸一点轻轻按压十秒再擦
""")

K("call", None, "客户说自己不清楚，坐席一步一步教并确认听懂 (forbidden.uncertain)", """
C: 燃气表显示欠费了 可我不清楚怎么充值
A: 您是说燃气表提示欠费，想了解怎么充值，对吗？
C: 对
A: 没关系，我跟您说一下：先在手机上打开我们的服务号，点燃气缴费，输入表上的户号，付款成功以后把燃气卡插进表里就可以了。请问您清楚了吗？
C: 清楚了
""", co="城北燃气")

K("chat", "taobao", "不知道您方不方便 is a polite frame (forbidden.uncertain)", """
C: 洗衣机收到了 但是排水管好像短了一截
A: 非常抱歉给您添麻烦了，不知道您现在方不方便拍一张排水管和地漏位置的照片给我？我看一下需要多长的延长管
C: 等下我拍
S: [图片]
A: 收到了，需要一根一米五的延长管，我们免费给您寄过去，明天发出
""")

K("chat", "pinduoduo", "句末语气词“哦” (forbidden.interjection_o, bare_ack)", """
C: 什么时候发货
A: 亲，今天下午五点前下单，当天就能发出哦
C: 好的
""")

K("chat", "douyin", "感谢顾客已经给出的好评，不是邀评 (platform.douyin.review_incentive)", """
C: 我已经给你们五星好评了
A: 谢谢您的认可和鼓励，我们会继续努力的，用得好也欢迎您再来
C: 哈哈好
""")

K("chat", "douyin", "色号 NO.7 是商品标签 (forbidden.english)", """
C: 这个口红哪个色适合黄皮
A: 黄皮可以选色号NO.7的焦糖豆沙，比较显白，日常通勤也不夸张
C: 那就它了
""")

K("call", None, "outbound follow-up done right: identity, purpose, thanks for cooperating", """
A: 您好，请问是陈先生吗？我是鲜丰生鲜配送的客服，工号3872，您昨天反映的少送一袋土豆的问题，想跟您确认一下补送的情况，现在方便吗？
C: 方便 已经收到了
A: 好的，陈先生，补送的土豆还满意吗？
C: 挺好的
A: 给您添麻烦了，感谢您的配合和理解，打扰您了，祝您生活愉快，再见！
C: 再见
""", open=False, close=False, direction="outbound", co="鲜丰生鲜配送")

K("chat", "eleme", "顾客再次提到异物时坐席已致歉过，不必重复 (response.harm.chat)", """
C: 饺子里咬到一块塑料 太吓人了
A: 真的非常抱歉让您遇到这种情况，您没有受伤吧？麻烦您拍张照片给我
C: 没受伤 照片在这
S: [图片]
A: 收到了，这单已经给您全额退款，我们也会马上检查后厨的包装流程
C: 那块塑料挺大的 我差点咽下去
A: 已经把您说的情况记下来反馈给门店负责人，门店今天会停用这批包装袋，整改结果明天中午前在这里告诉您
""", shop="饺子馆")
