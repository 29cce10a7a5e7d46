"""Violating middles of round 55: shop chats (taobao, jd, pinduoduo, douyin)
and food-delivery chats. Each V(...) is one violating conversation and its
compliant twin; see common.py for the notation."""
from common import V

# ---- manners the handbooks forbid -------------------------------------------

V("chat", "taobao", "forbidden.rude",
  "001 禁用语 太贵了就不要用了: sneering at a customer who finds the price high", """
C: 这件羊毛衫三百多也太贵了吧
A: [嫌贵的话就别买了嘛，又没人逼着您下单||理解您的顾虑，这款是九成羊毛的，价格确实高一些；预算有限的话我给您推荐两款混纺的，都在两百以内]
C: 那我再看看
A: 好的，您慢慢挑，有看中的随时叫我～
""")

V("chat", "jd", "forbidden.rude",
  "003 天猫禁语 二 鄙视语 (我说的您是不会理解的): telling the customer they would not understand", """
C: 这个路由器怎么设置啊 看了半天没弄懂
A: [这些参数跟您讲了您也弄不明白，您就照我说的插线就完了||我用简单的话给您说一下：先把宽带的网线插到路由器背面黄色的口]
A: 然后用手机连上机身底部贴着的那个无线名称，页面会自动弹出来，按提示设一个密码就可以了
C: 好 我试试
A: 好的，设置过程中哪一步卡住了随时告诉我
""")

V("chat", "douyin", "forbidden.impatient",
  "003 天猫禁语 一 烦躁语 / 000 篇2 四、3: hurrying the customer to decide", """
C: 黑色和卡其我再想想哪个好
A: [我这边还有一堆人排队呢，您快点定吧||不着急的亲，您慢慢考虑，想好了随时叫我]
C: 那就黑色吧
A: 好的，黑色这款现在有现货，您直接下单就可以
""")

V("chat", "pinduoduo", "forbidden.impatient",
  "003 京东禁用语 6 (刚才已经说过了吧,怎么还问啊): complaining that the customer asks again", """
C: 到底什么时候发货啊
A: [亲，同一个问题您都问第三遍啦，||亲，我再跟您确认一遍，]付款后48小时内发货，走的是中通快递
C: 行吧
A: 发出以后订单页面就能看到物流信息，您留意一下～
""")

V("chat", "jd", "forbidden.rhetorical",
  "003 天猫禁语 四 反诘语 (您不告诉我,我怎样会知道): answering with a reproachful question", """
C: 我要买滤芯 哪个能用
A: [您连型号都不说，我上哪知道您该配哪个？||麻烦您告诉我一下净水器侧面贴的型号，我帮您对一下该配哪款滤芯]
C: RO-500
A: 好的，RO-500配这款三合一复合滤芯，一套三支，建议半年左右换一次
""")

V("chat", "pinduoduo", "forbidden.blame",
  "003 京东禁用语 8 (这不是我的错) / 000 篇2 四、4: pushing the fault onto the courier", """
C: 收到的杯子碎了一个
A: 非常抱歉让您收到破损的商品[，不过这是快递路上摔的，不归我们店管||，运输那边由我们去跟快递核实]
A: 麻烦您拍一张破损的照片发我，我给您补发一只
C: [图片]
A: 收到了，补发已经登记好，今天下午发出
""")

V("chat", "jd", "forbidden.refusal_bare",
  "003 京东做法 3 (拒绝时一定要说抱歉) / 000 篇2 五、2: refusing without any apology", """
C: 这个保温杯能刻字吗 想送人
A: [不支持刻字。||很抱歉，这款暂时不支持刻字，]可以选礼盒包装再加一张手写贺卡，您看可以吗？
C: 也行 那要礼盒的
A: 好的，下单时规格选“礼盒装”就可以，贺卡内容您留言给我
""")

V("chat", "douyin", "forbidden.refusal_no_alternative",
  "000 篇2 五、2 不可以没有抱歉及后续建议: an apology, then a flat no with nothing offered", """
C: 能寄到香港吗
A: [抱歉亲，香港那边发不了的。||抱歉亲，香港暂时发不了，您可以填一个内地的收货地址，或者等我们开通港澳线路后我通知您]
C: 好吧
A: 有别的款式想了解的话随时问我～
""")

V("chat", "jd", "forbidden.argue",
  "003 京东培训 一 争辩 / 000 篇1 4: telling the customer they got it wrong", """
C: 我买380 不是应该减40吗
A: [您理解错了，不是这么算的||我跟您把算法核对一下]，活动是每满200减20，380元只满了一个200，所以减20元
C: 哦 这样啊
A: 是的，再加20元就能减40了，您可以看看要不要凑一件
""")

V("chat", "jd", "forbidden.pardon_bare",
  "000 篇2 五、5 不可以没有抱歉口气: asking for understanding without any apology", """
C: 能帮我把两单合在一起发吗
A: [前面那单已经出库了，请您原谅||很抱歉，前面那单已经出库了，请您原谅]，第二单我给您备注加急，今天就发出
C: 好吧
A: 两个包裹单号出来后我一起发给您
""")

V("chat", "taobao", "forbidden.out_of_stock_bare",
  "002 第三篇 售前疑难 5 / 001 案例1-4: saying it is sold out, with no apology or other option", """
C: 白色M码还有吗
A: [白色M码没货了。||很抱歉，白色M码刚好卖完了，预计下周三补货，到货我通知您；米白色版型一样，M码还有货]
C: 好吧 我考虑一下
A: 好的亲，有需要随时叫我
""", trad=True)

V("chat", "pinduoduo", "forbidden.uncertain",
  "001 禁用语 不清楚,不知道 / 003 京东禁用语 7 不晓得: a regional 'don't know'", """
C: 这个狗粮几个月的狗能吃
A: [这个我就不晓得了||这款是幼犬粮，适合2到12个月的小狗]
C: 我家的五个月
A: 五个月可以吃的，换粮的时候记得新旧掺着喂一周
""")

V("chat", "taobao", "forbidden.uncertain_hedge",
  "001 禁用语 也许、大概、可能: a hedged delivery answer", """
C: 周五前能到上海吗
A: [应该能到吧，大概周四周五的样子||今天下午发出，中通到上海正常两天，按正常时效周四能送到，遇到天气等情况会晚一些]
C: 好的
A: 发出后我把单号发给您，您可以随时看物流
""")

V("chat", "douyin", "forbidden.uncertain_hedge",
  "001 禁用语 也许、大概、可能: 'maybe' as the answer to a product question", """
C: 这个牛仔裤掉色吗
A: [也许会掉一点吧||前两次洗会有少量浮色，属于正常现象]
A: 建议前两次单独用冷水手洗，之后就能正常机洗了
C: 明白了
""")

V("chat", "douyin", "forbidden.english",
  "001 禁用语 OK、NO、YES: answering in English (full-width letters)", """
C: 能开发票吗
A: [ｙｅｓ，可以开的||可以开的]，下单后在订单详情里申请电子发票就行
C: 要填什么
A: 抬头填单位名称，再填上税号就可以
""")

V("chat", "taobao", "forbidden.slang",
  "000 篇2 五、7 不可以以生活化的词语口气回答: pet names and cutesy slang", """
C: 好的 那我待会儿下单
A: [好哒宝宝，爱你哟～||好的亲，感谢您的信任～]
C: 那个赠品会一起发吗
A: 会的，赠品和正装放在同一个包裹里
""")

V("chat", "taobao", "forbidden.link_only|forbidden.buck_passing",
  "000 篇8 售前服务 不要说去宝贝描述里看: pointing to the size chart instead of answering", """
C: 我165 110斤穿什么码
A: [尺码表在详情页，您自己对照看一下哦||按您的身高体重，建议拿M码，喜欢宽松一点可以选L]
C: 好
A: 这款版型偏修身，您平时穿M的话直接拿M就可以
""")

V("chat", "meituan", "forbidden.curt_demand",
  "003 京东做法 7 / 京东培训 三 命令和批示的口吻: ordering the customer to hand over details", """
C: 我的外卖一直没送到
A: 非常抱歉让您久等了，[报一下下单手机的后四位||麻烦您告诉我一下下单手机的后四位]，我马上帮您查
C: 5521
A: 查到了，骑手离您还有800米，预计10分钟内送到，我已经提醒他加快了
""")

V("chat", "jd", "forbidden.blind_promise",
  "002 第二篇 6.1(7) 禁止盲目解答或承诺用户: guaranteeing a delivery time", """
C: 明天上午能到吗 我急用
A: [放心，我保证明天上午肯定给您送到||今天发出的话，京东物流正常是次日送达，具体时间以物流为准，我给您备注加急]
C: 好
A: 发出后您在订单里能看到配送进度
""")

V("chat", "taobao", "forbidden.blind_promise,ad.efficacy?",
  "002 第三篇 售前疑难 3 切记不要自己承诺客户: promising a sensitive-skin customer no reaction", """
C: 我是敏感肌 用了会不会过敏
A: [放心用，肯定不会过敏的||这款没有添加香精和酒精，不过每个人的肤质不一样，建议先在耳后试用一两天]
C: 好的
A: 试用有任何不舒服就先停用，随时来找我
""")

V("chat", "douyin", "forbidden.decide_for_customer",
  "003 京东做法 4 不要替顾客做决定: deciding for the customer", """
C: 这两款耳机选哪个好呢
A: [听我的，直接拍左边这款就对了，别纠结了||两款各有侧重：左边这款续航长一些，右边这款更轻，您看更看重哪一点？]
C: 我通勤用
A: 通勤的话续航会更实用一些，您可以再对比一下重量
""")

V("chat", "jd", "forbidden.jargon",
  "003 京东培训 六 不要用专业术语: internal logistics terms", """
C: 我退的货到哪了
A: [您的逆向单已经妥投，仓内在做质检||您寄回的包裹仓库已经签收，正在检查商品]，检查完一到两个工作日内退款
C: 好的
A: 退款到账后系统会给您发消息提醒
""")

V("chat", "pinduoduo", "forbidden.repeat_question.order",
  "000 篇1 4 对客户已经说过的信息不要重复提问: asking again for the order number just given", """
C: 我想改一下收货地址 订单号是2406113859204
A: [好的，麻烦您提供一下订单号||好的，订单2406113859204，我帮您看一下]
C: [上面发了啊||嗯]
A: 这单还没出库，可以改，麻烦您把新地址发我
C: 杭州市拱墅区湖墅南路***号
A: 已经帮您改好了，您在订单里刷新一下就能看到
""", fw=True)

V("chat", "pinduoduo", "response.urge,response.complaint.chat?",
  "002 第三篇 售后 四、2 客户来催单: answering a chase with a bare OK", """
C: 三天了还不发货 帮我催催
A: [好的||很抱歉让您久等了，我刚问了仓库，您的包裹今天下午四点前发出，发出后订单里就能看到物流]
C: 行
A: 有任何进展我会在这里告诉您
""")

V("chat", "douyin", "response.urge,forbidden.impatient?,response.complaint.chat?",
  "002 第三篇 售后 四、2 / 000 篇2 四、3 再等等: a stalled parcel answered with 'wait a bit'", """
C: 物流三天没动了 怎么回事
A: [您再等等吧||很抱歉让您着急了，我刚联系了快递，包裹在杭州中转站滞留，今天会发往您那边，明天有更新我告诉您]
C: 好吧
A: 我这边也会一直盯着物流
""")

V("chat", "meituan", "forbidden.blame",
  "003 京东禁用语 8 这不是我的错 / 000 篇2 四、4: blaming the rider for a late order", """
C: 外卖晚了四十分钟 饭都凉了
A: 非常抱歉让您久等了，[这是骑手那边送晚了，跟我们平台没关系||这单确实超时了，我给您申请一张10元的无门槛红包作为补偿]
C: 行吧
A: 红包已经发到您的账户里，下次下单可以直接用
""")

V("chat", "eleme", "response.urge,forbidden.impatient?,response.complaint.chat?",
  "002 第三篇 售后 四、2 客户来催单 / 000 篇2 四、3 再等等: a stuck rider, answered with 'wait'", """
C: 骑手十分钟没动了 能帮我催一下吗
A: [行，您再等等||很抱歉让您久等了，我刚联系了骑手，他在商家等餐，预计15分钟内送到]
C: 好吧
A: 我会一直关注这单的配送进度
""")

# ---- chat-only forms -------------------------------------------------------

V("chat", "jd", "forbidden.wordless_reply",
  "000 篇2 五、7 不可以置之不理 / 篇5 第一 发个表情符号: a reply that is only an emoji", """
C: 收到了 挺好用的
A: [👍||感谢您的认可👍，用得满意我们就放心了]
C: 对了 滤网多久换一次
A: 正常使用三个月左右换一次，换的时候机器会亮提示灯
""")

V("chat", "taobao", "forbidden.emoji_only",
  "000 篇5 第一 发个表情符号: answering with sticker codes only", """
C: 好的 我明天在家收
V> A: [抱拳][抱拳]
K> A: 好的，收到后有任何问题随时找我[抱拳]
C: 嗯
A: 快递员派送前会先打给您，您留意一下来电
""")

V("chat", "pinduoduo", "forbidden.bare_ack",
  "001 禁用语 哦 / 000 篇2 五、7 生活化的口气: a question answered with 嗯嗯 only", """
C: 那我今天下单明天能发吗
A: [嗯嗯||可以的，今天下单明天就能发出]
C: 好
A: 下单后48小时内都会有物流信息，您留意一下
""")

# ---- chat scripts: welcome, close, timing, responses --------------------------

V("chat", "jd", "greeting.chat",
  "000 篇5 第一 禁用在的,你好 / 篇8 沟通技巧 1 欢迎语: a one-word first reply", """
C: 在吗
A: [在||您好，欢迎光临格致家电专营店，请问有什么可以帮您？]
C: 这个洗碗机要自己装吗
A: 不用的，签收后在订单里预约，安装师傅会上门安装
C: 好的
""", open=False, shop="格致家电专营店")

V("chat", "douyin", "greeting.chat",
  "001 开场白 / 000 篇4 开头: the first reply answers without any welcome", """
C: 这个耳机有降噪吗
A: [有的，降噪深度40分贝||您好，欢迎光临小野运动，很高兴为您服务～这款有主动降噪，深度40分贝]
C: 续航呢
A: 单次8小时，加上充电盒一共30小时左右
""", open=False, shop="小野运动")

V("chat", "taobao", "closing.chat",
  "000 篇5 第六 欢送用语 / 001 结束语: the chat stops with no farewell", """
C: 这个枕头能机洗吗
A: 枕套可以机洗，枕芯建议晒一晒就好，不要水洗
C: 明白了
A: 请问还有其他问题需要帮您吗？
C: 没有了
K> A: 好的，感谢您的光临，祝您睡个好觉，再见～
""", close=False)

V("chat", "jd", "closing.chat_ask",
  "000 篇4 11 您还有其它需要咨询吗 / 001 结束语: the farewell comes without asking for other needs", """
C: 这款电饭煲有几升的
A: 有3升和4升两种，三口之家选3升就够用
C: 好的 知道了
K> A: 请问还有其他问题需要帮您吗？
K> C: 没了
A: 好的，感谢您的光临，祝您生活愉快，再见～
""", close=False)

V("chat", "pinduoduo", "response.ask_more_skips_question.chat",
  "003 客服的方法 解决问题和提供解决方案: skipping the question and asking for other needs", """
C: 这个锅能用在燃气灶上吗
A: [请问还有其他问题吗？||可以的，燃气灶和电磁炉都能用；请问还有其他问题吗？]
V> C: 我问的是燃气灶能不能用啊
V> A: 抱歉亲，燃气灶可以用的
C: 好的 那没了
A: 好的，感谢您的光临，祝您生活愉快，再见～
""", close=False)

V("chat", "douyin", "response.stock_reply_skips_question.chat",
  "003 客服的方法 解决问题: a stock phrase instead of the answer", """
C: 退货的运费谁出
A: [感谢您的理解～||七天内非质量问题的退货运费由您承担，质量问题由我们承担]
C: 那我这个是开线了
A: 开线属于质量问题，您申请退货时选“质量问题”，运费我们来出
""")

V("chat", "taobao", "response.thanks.chat",
  "000 篇7 24 客户说谢谢后一要回复: the customer's thanks is never answered", """
C: 这个茶叶是今年的新茶吗
A: 是的，今年四月份采摘的明前茶
C: 好的 谢谢你
A: [请问还有其他需要吗？||不客气呢，请问还有其他需要吗？]
C: 没了
A: 好的，祝您品茶愉快，再见～
""", close=False, shop="江南茶舍")

V("chat", "jd", "response.apology.chat",
  "000 篇2 五、6 遇到客户向客服致歉时: the customer's apology goes unanswered", """
C: 这鞋怎么回事 小了一码 烦死了
A: 非常抱歉给您添麻烦了，麻烦您发一下订单号，我帮您处理换货
C: 2406150093318 不好意思啊 刚才语气冲了点
A: [嗯，订单查到了，您要换大一码对吗？||没关系，请不必介意；订单查到了，您要换大一码对吗？]
C: 对
A: 好的，换货申请我帮您提交了，快递员明天上门取件
""")

V("chat", "pinduoduo", "response.complaint.chat",
  "000 篇8 售前服务 不能让买家久等 / 002 第三篇 参考用语2 1: a complaint met with business first", """
C: 你们发货也太慢了吧
A: [麻烦您发一下订单号，我帮您查||非常抱歉让您久等了，麻烦您发一下订单号，我马上帮您查]
C: 2406121177430
A: 订单2406121177430今天上午已经发出了，物流信息晚上会更新
""")

V("chat", "taobao", "response.complaint.chat",
  "003 抖音售后 1 安抚顾客情绪 / 000 篇8 售后服务 切忌与买家顶撞: a quality complaint met with an explanation only", """
C: 质量太差了 穿了一次就起球
A: [起球是羊毛材质的特性，用去球器处理一下就好了||真的很抱歉让您穿得不舒心，羊毛材质容易起球，我们给您寄一个去球器，您看可以吗？]
C: 那行吧
A: 去球器明天随单寄出，收到后顺着一个方向轻推就可以
""")

V("chat", "douyin", "response.complaint.chat",
  "002 第三篇 参考用语2 1 买家抱怨或者不满时: being passed between agents, met with a bare question", """
C: 换了三个客服了 问题还是没解决
A: [您的问题是什么？||非常抱歉让您反复说明，这次由我跟进到底，麻烦您再说一下情况]
C: 口红断了 申请换货一直没人处理
A: 我看到您的申请了，现在就给您通过，新的今天发出
""")

V("chat", "meituan", "response.harm.chat",
  "003 抖音售后 1 安抚顾客情绪 / 000 篇2 四、5: the customer got sick, the agent asks for the order first", """
C: 吃了你们平台点的凉皮 拉了一晚上肚子
A: [请您提供一下订单号||非常抱歉，您现在身体怎么样了？麻烦您提供一下订单号，我马上帮您处理]
C: 尾号6027那单
A: 查到了，这单我先为您全额退款，同时反馈给商家整改
""")

V("chat", "eleme", "response.harm.chat",
  "003 抖音售后 1 安抚顾客情绪: a hair in the soup, answered with a menu of options", """
C: 汤里吃出一根头发 恶心死了
A: [您是要退款还是让商家重做？||非常抱歉让您吃到这样的餐品，您看是退款还是让商家重做？]
C: 退款
A: 好的，已经为您提交全额退款，预计10分钟内原路退回
""")

V("chat", "meituan", "response.harm_confirmed.chat",
  "003 抖音售后 1 / 000 篇2 四、5: the spoiled rice is confirmed, the next reply has no apology", """
C: 米饭味道不对
A: 您是说米饭有馊味对吗？
C: 对 都馊了
A: [那您是要退款吗？||实在抱歉，馊了的饭千万别吃了，我马上给您全额退款]
C: [退吧||好]
A: 已经提交退款，同时会对商家进行核查
""")

V("chat", "meituan", "response.harm_handover.chat|response.harm.chat",
  "003 抖音售后 1 安抚顾客情绪: the hand-over agent never apologises for the foreign object", """
C: 炒饭里吃出一块塑料片
+1 S: [排队中] 正在为您转接售后专员，请稍候
+1 A: [您好，我是售后专员小安，请问是哪一单？||您好，我是售后专员小安，非常抱歉让您吃到有异物的餐品，请问是哪一单？]
C: 尾号3381
A: 查到了，麻烦您拍一张照片发过来，我给您全额退款并反馈商家
C: [图片]
A: 收到，退款已经提交
""", open=False)

V("chat", "meituan", "response.suggestion.chat",
  "000 篇2 五、4 遇到客户提出建议时 / 篇7 52: a suggestion with no thanks", """
C: 建议你们出个小份的 一个人吃不完
A: [好的||感谢您的宝贵建议，我们会反馈给商家]
C: 嗯
A: 另外这家店的套餐可以备注少饭，也可以试试
""")

V("chat", "taobao", "response.reply_time.chat",
  "000 篇1 7 告知客户回复时间: when the refund arrives, answered without a time", """
C: 退款什么时候能到
A: [退款我们会尽快处理的||退款已经审核通过，1到3个工作日原路退回您的支付宝]
C: 好
A: 到账后支付宝会给您发通知
""")

V("chat", "douyin", "response.late_reply.chat",
  "000 篇4 1 非常抱歉让您久等了 / 篇5 第三 不要超过3分钟: a four-minute wait not apologised for", """
C: 帮我查下为什么退款被驳回了
+240 A: [查到了，||非常抱歉让您久等了，]驳回是因为退货单号填错了一位，我这边重新帮您提交
C: 好的
A: 已经提交，今天之内会审核
""")

V("chat", "pinduoduo", "response.first_reply.chat,response.first_reply_3s.chat?",
  "000 篇8 沟通技巧 1 不能让顾客等待超过10秒: the first reply comes after fifteen seconds", """
C: 在吗
[+15||+2] A: 您好，欢迎光临阿福日用，很高兴为您服务，请问有什么可以帮您？
C: 纸巾是几层的
A: 四层加厚的，一提是六包
""", open=False, shop="阿福日用")

V("chat", "taobao", "response.first_reply_3s.chat",
  "001 应答规范 3秒应答: the first reply comes after six seconds", """
C: 有人吗
[+6||+2] A: 您好，欢迎光临木槿家纺，我是客服阿青，请问有什么可以帮您？
C: 这个四件套是纯棉的吗
A: 是的，是全棉贡缎的，60支
""", open=False, shop="木槿家纺")

V("chat", "douyin", "transfer.consent.chat",
  "002 第三篇 售前 四、2 不得擅自的将自己的客户转给其他人: handing the customer over unannounced", """
C: 我要开增值税专票
A: [这个转财务。||开专票需要财务同事来处理，我帮您转接过去可以吗？]
K> C: 可以
K> A: 好的，请稍等
S: [会话已转接至 财务-小林]
A: 您好，我是财务小林，开专票麻烦您提供一下公司名称和税号
C: 杭州禾木科技有限公司 税号91330106MA27XK3Q1B
A: 收到，专票会在三个工作日内寄出
""")

V("chat", "taobao", "response.confirm_address.chat",
  "002 第三篇 售前 四、4 一定要和客户核对下收货信息: the order is paid and the address is not checked", """
C: 拍好了
A: [好的，今天给您发出||好的，跟您核对一下收货信息：杭州市西湖区文三路***号，张**，138****4410，对吗？]
K> C: 对的
A: 今天下午就给您发出，发的是韵达
""")

# ---- advertising claims -------------------------------------------------------

V("chat", "taobao", "ad.superlative",
  "003 拼多多禁语 3 最系列 / 京东培训 四 自吹自擂: 'the best quality in our shop'", """
C: 这个锅质量怎么样
A: [这是我们家质量最好的一款了||这款用的是加厚的304不锈钢，锅底是三层复合的]
C: 会粘锅吗
A: 先热锅再放油就不容易粘
""")

V("chat", "jd", "ad.first",
  "003 拼多多禁语 3 第一系: 'number one in sales'", """
C: 这个扫地机器人卖得怎么样
A: [这款是扫地机品类的销量冠军||这款上个月卖了两万多台，好评率挺高的]
C: 能拖地吗
A: 可以的，扫拖一体，水箱在机身后面
""")

V("chat", "pinduoduo", "ad.unique",
  "003 拼多多禁语 3 唯一系: 'a formula nobody else has'", """
C: 这个麦片和别家的有啥不一样
A: [这是我们家独一份的配方，别家都没有||这款配方里加了燕麦麸皮和南瓜粉，糖是另外单独一小包]
C: 好 来两袋
A: 好的，两袋一起拍还能用满减
""")

V("chat", "taobao", "ad.absolute",
  "003 广告禁用词 1 绝对: 'absolutely won't pill'", """
C: 这个面料会起球吗
A: [这个面料绝对不会起球||这个面料的抗起球等级是4级，日常穿不容易起球]
C: 好的
A: 洗的时候翻过来装洗衣袋会更耐穿
""")

V("chat", "douyin", "ad.percent,ad.efficacy?",
  "003 拼多多禁语 3 绝对系: '100% you will see the effect'", """
C: 这个精华有用吗
A: [坚持用效果100%看得见||一般坚持用四周左右能看到变化，不过因人而异]
C: 一瓶能用多久
A: 早晚各用一次的话，一瓶能用两个月左右
""")

V("chat", "taobao", "ad.price",
  "003 拼多多禁语 3 价格系: 'we are selling at a loss'", """
C: 再便宜点呗
A: [亲，这已经是亏本价了，再低真卖不了||亲，这个价格已经包含店铺满减了，我再送您一双鞋垫，您看可以吗？]
C: 那好吧
A: 好的，鞋垫给您备注上了
""")

V("chat", "jd", "ad.top_grade",
  "003 拼多多禁语 3 终极系 / 广告禁用词 1 顶级: 'top-grade leather'", """
C: 这个包是真皮的吗
A: [是的，用的是顶级头层牛皮||是的，用的是头层牛皮，里衬是棉布的]
C: 会掉色吗
A: 浅色衣服长时间摩擦会有轻微染色，建议避免淋雨
""")

V("chat", "taobao", "ad.debut",
  "003 广告禁用词 1 首发: 'a nationwide debut'", """
C: 这款是新出的吗
A: [是的，这款是我们全国首发的新款||是的，这款是本月刚上新的]
C: 有几个颜色
A: 三个颜色：雾蓝、奶白、燕麦
""")

V("chat", "pinduoduo", "ad.unverifiable",
  "003 广告禁用词 4 无法考证的词 正品: 'all genuine'", """
C: 这个是真的吗 别是假货
A: [放心亲，我们家卖的都是正品||我们是品牌授权的店铺，授权书在店铺首页可以查看]
C: 好
A: 收到后有任何疑问都可以随时找我
""")

V("chat", "douyin", "ad.inducement",
  "003 广告禁用词 3 限定词 最后一波: manufactured urgency", """
C: 这个价格能保持到什么时候
A: [今晚最后一波了，错过就没了||这个价格活动到今晚12点结束]
C: 那我明天买就是原价了？
A: 是的，明天恢复原价
""")

# ---- platform books -----------------------------------------------------------

V("chat", "pinduoduo", "platform.pinduoduo.marketplace",
  "003 拼多多禁语 1 第三方平台名称 (缩写也不可以): naming another marketplace by a nickname", """
C: 你家这个比别家便宜不少啊
A: [同款在某宝要贵二十多呢||这款是工厂直发的，价格比较实在]
C: 质量没问题吧
A: 收到后不满意七天内可以无理由退
""")

V("chat", "douyin", "platform.douyin.marketplace",
  "003 拼多多禁语 1 第三方平台 (the books apply it to Douyin): pointing to the shop on another marketplace", """
C: 这个颜色没了吗
A: [抖音这边断色了，我们京东旗舰店还有货||很抱歉这个颜色断货了，三天后补货，我先帮您登记到货提醒]
C: 好
A: 补货后我在这里通知您
""")

V("chat", "jd", "platform.jd.marketplace",
  "003 拼多多禁语 1 第三方平台 (the books apply it to JD): a swipe at a rival platform", """
C: 拼多多上同款便宜50
A: [拼夕夕上那种售后不好找的，||不同店铺的进货渠道不一样，]在我们这买有一年质保，坏了上门修
C: 好吧 我再想想
A: 好的，您考虑好了随时找我
""")

V("chat", "taobao", "platform.taobao.other_app",
  "003 拼多多禁语 1 社交平台 (applied to Taobao): sending the customer to another app", """
C: 有真人穿的图吗
A: [您去小红书搜我们店名，那边买家秀挺多||您往下翻到评价区，有很多买家上身图]
C: 好的
A: 评价区选“有图”就能只看带图的
""")

V("chat", "pinduoduo", "platform.pinduoduo.other_app",
  "003 拼多多禁语 1 社交平台: plugging a live room on another app", """
C: 有优惠券吗
A: [我们抖音直播间今晚发券，记得去蹲||今晚店铺会发满减券，到时候在商品页就能领]
C: 几点
A: 晚上八点开始发
""")

V("chat", "pinduoduo", "platform.pinduoduo.contact_app",
  "003 拼多多售前 二 微信等字眼 俗称谐音也不可以: 'add my green bubble'", """
C: 有实拍视频吗
A: [加个绿泡泡，我发您实拍视频||实拍视频我直接在这里发给您]
C: 好
A: [视频] 这是今天仓库现拍的
""")

V("chat", "taobao", "platform.taobao.contact_app",
  "003 拼多多禁语 1 (applied to Taobao) 微信: moving the chat to WeChat", """
C: 图片发不出来
A: [您加一下我微信吧，那边发图快||您试一下点输入框旁边的“+”号选相册，我这边旺旺能收到]
C: 好了 发了
A: 收到了，我看一下
""", trad=True)

V("chat", "douyin", "platform.douyin.contact_app",
  "003 拼多多禁语 1 (applied to Douyin) 拼音谐音: WeChat spelled out in pinyin", """
C: 售后好慢啊 能快点吗
A: 非常抱歉让您久等了，[您加下我们售后的 wei xin 号，那边处理快一些||我在这里直接帮您处理，马上给您提交]
C: 好吧
A: 申请已经提交，24小时内会审核
""")

V("chat", "pinduoduo", "platform.pinduoduo.off_platform",
  "003 拼多多禁语 6 其它交易方式 “电话”: asking for a phone number on Pinduoduo", """
C: 这个衣柜要安装吗
A: 需要安装的，我们包安装
A: [您留个电话，师傅到了直接联系您||发货后安装师傅会通过平台消息跟您约时间]
C: 好的
""")

V("chat", "taobao", "platform.taobao.off_platform",
  "003 拼多多禁语 6 其它交易方式 转账 (applied to Taobao): a discount for paying outside the platform", """
C: 能便宜点吗
A: [您不走平台直接转我，能给您省十块||抱歉亲，价格是统一的，不过现在有满199减15的店铺券，您可以领一下]
C: 券在哪
A: 商品页价格下面那一行就是
""")

V("chat", "douyin", "platform.douyin.off_platform",
  "003 抖音小店 2 二维码: sending a group QR code", """
C: 有老客优惠吗
A: [我把粉丝群二维码发您，扫码进群有内部价||关注店铺成为粉丝后，直播间会发粉丝专属券]
C: 好
A: 直播一般在每周三和周六晚上
""")

V("chat", "pinduoduo", "platform.pinduoduo.collect_on_delivery",
  "003 拼多多禁语 6 “到付”: extra postage paid to the courier", """
C: 偏远地区要加运费吗
A: [超重部分运费到付就行||新疆地区需要补运费8元，我给您发一个补差价的链接]
C: 好
A: 补完后我这边就给您安排发货
""")

V("chat", "taobao", "platform.taobao.review_incentive",
  "003 拼多多禁语 5 好评返现 (applied to Taobao): cash for a five-star review", """
C: 收到了
A: [收到了就好，给个五星截图找我领3块红包哈||收到了就好，使用中有任何问题随时找我]
C: 嗯
A: 这款用之前记得先清洗一下
""")

V("chat", "douyin", "platform.douyin.review_incentive",
  "003 抖音小店 1 邀请对方给我们写好评: asking for a good review", """
C: 已经签收了
A: [好的亲，满意的话记得给我们一个好评呀||好的亲，用着有任何问题随时联系我们]
C: 好
A: 祝您使用愉快
""")

V("chat", "jd", "platform.jd.invoice_refusal",
  "003 拼多多售前 一 不能拒绝客户开票需求 (applied to JD): refusing an invoice", """
C: 能开发票吗 公司报销
A: [不好意思，这个商品不开发票的||可以开的，下单时选择电子普通发票，抬头填单位名称就行]
C: 税号也要填吗
A: 单位报销的话要填税号
""")

V("chat", "pinduoduo", "platform.pinduoduo.invoice_refusal",
  "003 拼多多售前 一 发票额度紧张也不能拒绝: refusing because the invoice quota ran out", """
C: 给我开个发票
A: [这个月发票额度用完了，开不了哈||这个月发票额度比较紧，我先给您登记，下个月3号前给您开出来]
C: 好吧
A: 开好后会发到您的订单里
""")

V("chat", "pinduoduo", "platform.pinduoduo.return_refusal",
  "003 拼多多售后 三、1 支持7天无理由退换: 'no returns once opened' for clothing", """
C: 裤子拆开试了不合适 能退吗
A: [拆了吊牌就不给退了||可以的，七天内吊牌还在、不影响二次销售就能退]
C: 吊牌还在
A: 那您直接在订单里申请退货就可以
""")

V("chat", "pinduoduo", "platform.pinduoduo.baobei",
  "003 拼多多禁语 7 不能说“宝贝”: calling the goods 宝贝 on Pinduoduo", """
C: 这个拖鞋今天有活动吗
A: [这款宝贝今天参加限时秒杀||这款拖鞋今天参加秒杀活动]，两双再减3元
C: 好 拍两双
A: 好的，尺码记得分别选一下
""")

V("chat", "jd", "platform.jd.contact_app",
  "003 拼多多禁语 1 (applied to JD) 微信: moving the customer to WeChat for the return address", """
C: 退货地址能发我一下吗 我怕写错
A: [您加一下我微信，我把地址和收件人拍给您||退货地址在订单的“申请售后”页面里会自动带出来，我也直接发在这里：北京市大兴区亦庄***号 退货仓 收]
C: 好的
A: 寄出后记得把运单号填到售后申请里
""")

V("chat", "jd", "platform.jd.review_incentive",
  "003 拼多多禁语 5 好评返现 (applied to JD): cash for a five-star review", """
C: 东西收到了 挺好的
A: [收到就好，给个五星好评，截图发我返您5元||收到就好，感谢您的认可，使用中有问题随时找我]
C: 好
A: 这款滤网三个月左右换一次，到时候可以来店里找
""")

V("chat", "jd", "platform.jd.off_platform",
  "003 拼多多禁语 6 其它交易方式 线下、转账 (applied to JD): a bulk price for paying off the platform", """
C: 我想再买两台 能不能便宜点
A: [量大的话您线下转账给我，按批发价走||量大可以申请企业采购价，您在商品页点“企业购”提交需求，我这边帮您加急审核]
C: 好 我试试
A: 提交后一个工作日内会有结果
""")

# ---- personal data ------------------------------------------------------------

V("chat", "jd", "pii.mobile",
  "002 第一篇 15 / 003 拼多多禁语 8 完整的电话发出去: the full mobile number sent back", """
C: 我填的电话对吗
A: [您留的号码是13857224410，对吗？||您留的号码是138****4410，对吗？]
C: 对
A: 好的，快递员派送前会提前联系您
""", fw=True)

V("chat", "taobao", "pii.id_card",
  "002 第一篇 15 不得将公司客户信息随意透露 / 003 客服方法 二、6: a full ID number sent in the chat", """
C: 我的旅游险登记好了吗
A: [登记好了，被保人身份证号330106199003154322，您核对一下||登记好了，被保人身份证号3301**********4322，您核对一下]
C: 没错
A: 保单会在出行前一天发到您的订单里
""")

V("chat", "douyin", "pii.email",
  "003 客服方法 二、6 维护客户隐私: a full e-mail address sent back", """
C: 电子发票发了吗
A: [已经发到您的邮箱 zhangmin1988@163.com 了||已经发到您预留的邮箱 zha****@163.com 了]
C: 收到了
A: 报销有问题再找我
""")

V("chat", "pinduoduo", "pii.bank_card",
  "002 第一篇 15 / 003 客服方法 二、6: a full bank-card number sent in the chat", """
C: 退款退到哪张卡了
A: [原路退回到您付款的银行卡 6222021001122334458 了||原路退回到您付款时用的尾号4458的银行卡了]
C: 多久到
A: 银行卡一般2到6个工作日到账
""")
