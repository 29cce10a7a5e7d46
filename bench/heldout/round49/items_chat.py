"""Violating middles of round 49: food-delivery chats (no marketplace) and shop
chats on Taobao, JD, Pinduoduo and Douyin (notation in common.py)."""
from common import V

# ---- replying on time -------------------------------------------------------

V("chat", None, "response.first_reply.chat,response.first_reply_3s.chat?",
  "000 篇8 沟通技巧 1: the first reply comes quickly, never after more than ten seconds (here twenty-five)",
  """
C: 我点的酸菜鱼还要多久 都四十分钟了
[+25||+2] A: 您好，欢迎光临巷口酸菜鱼，很高兴为您服务～我马上帮您看一下订单哈
A: 亲，骑手已经取餐了，地图显示离您还有一点二公里，预计十分钟内送到哦
C: 好吧
""", food=True, open=False)

V("chat", "taobao", "response.first_reply_3s.chat",
  "001 应答规范: 3秒应答，快速招呼新客户 (here the first reply comes after seven seconds)",
  """
C: 这款保温杯能装开水吗
[+7||+2] A: 您好，我是暮山户外的客服小岚，很高兴为您服务，请问有什么可以帮您？
A: 亲，这款杯子是三一六不锈钢内胆，可以直接装开水的，保温十二小时左右哦
C: 好的
""", open=False)

V("chat", "jd", "response.late_reply.chat",
  "000 篇5 第三 / 篇4 1: after a wait of more than three minutes, apologise (非常抱歉让您久等了)",
  """
C: 我想问下这个电饭煲内胆是什么涂层
A: 亲，我帮您问一下仓库同事，请您稍等哦
[+240||+240] A: [内胆是陶晶涂层的，不含PFOA哦。||非常抱歉让您久等了，内胆是陶晶涂层的，不含PFOA哦。]
C: 行 那我下单了
""", shop="青瓷厨房用品")

V("chat", None, "response.late_reply.chat",
  "001 应答规范 (对无法及时应答的客户做好解释和安抚) / 000 篇5 第三: a reply after five minutes starts with an apology for the wait",
  """
C: 能不能备注一下不要香菜
A: 好的亲，我帮您联系一下后厨哈
[+300||+300] A: [后厨那边说可以的，给您备注好了～||亲，实在抱歉让您等了这么久，后厨那边说可以的，给您备注好了～]
C: 好嘞
""", food=True, shop="川味小炒外卖")

# ---- greeting and closing ---------------------------------------------------

V("chat", "pinduoduo", "greeting.chat",
  "001 开场白 / 000 篇5 第一: the welcome names the shop or the agent and offers help, not a bare 在的",
  """
C: 在吗 这个拖鞋有四十码吗
A: [在的。||在的亲，欢迎光临橘屿家居，很高兴为您服务～]
A: 亲，四十码有现货的哦，这款偏小半码，平时穿四十的建议拍四十一
C: 那我拍四十一
""", open=False)

V("chat", "douyin", "forbidden.emoji_only|forbidden.wordless_reply,greeting.chat?",
  "000 篇5 第一: the first reply is not just an emoji (在的，你好或者发个表情符号 are ruled out)",
  """
C: 你好
A: [😊👋||您好呀，欢迎来到白鹭护肤官方店，请问有什么可以帮您？😊]
C: 这个面霜孕妇能用吗
A: 亲，这款成分里不含水杨酸和视黄醇，孕期可以用的，不过建议您先在耳后小面积试用一下哦
C: 好的
""", open=False)

V("chat", "taobao", "forbidden.address_ni",
  "000 篇5 第一 / 篇8 售前服务: greet with 您 (在的，你好 is ruled out; 对买家的尊称都用您)",
  """
C: 在吗
A: [在的，你好，欢迎光临竹溪茶舍，请问有什么可以帮您？||在的，您好，欢迎光临竹溪茶舍，请问有什么可以帮您？]
C: 这个龙井是今年的新茶吗
A: 是的亲，这批是今年四月初采的明前龙井，真空小包装，一包五克
C: 好 来两盒
""", open=False)

V("chat", "jd", "closing.chat",
  "000 篇5 第六 / 001 结束语: the chat ends by thanking the customer and saying goodbye",
  """
C: 这个剃须刀能水洗吗
A: 亲，可以整机水洗的，防水等级是IPX7哦
C: 好的 那我买了
A: 请问还有其他需要帮您的吗？
C: 没了
A: [好。||好的亲，感谢您的光临，期待再次为您服务，再见～]
""", close=False, shop="极客湾数码")

V("chat", None, "closing.chat_ask",
  "000 篇4 11 / 001 结束语: before the goodbye, ask whether there is anything else (您还有其它需要咨询吗)",
  """
C: 烤串能不能多放点辣
A: 可以的亲，已经给您备注了特辣哦🌶
C: 好
K> A: 亲还有其他需要帮您的吗？
K> C: 没有了
A: 好的，感谢您的光临，祝您吃得开心，再见～
""", food=True, close=False, shop="炭火烤串·夜宵")

# ---- answering thanks, apologies, complaints --------------------------------

V("chat", "taobao", "response.thanks.chat",
  "000 篇7 24: 客户说谢谢后一定要回复 (the agent moves on without answering the thanks)",
  """
C: 尺码表发我看看
A: 好的亲，S码胸围八十八，M码九十二，L码九十六，衣长都是六十五左右哦
C: 谢谢啊
A: [亲您平时穿哪个码呀？||不客气哦亲～您平时穿哪个码呀？]
C: M吧
A: 那拍M就可以啦，这款是标准码
""", shop="素锦女装")

V("chat", None, "response.thanks.chat",
  "000 篇2 五、7 / 篇7 24: a customer's thanks is answered (不客气)",
  """
C: 我地址写错了 能改成同小区3栋吗
A: 亲，已经帮您联系骑手改好了，送到三栋哦
C: 太感谢了 你们真好
A: [骑手大概十五分钟到。||不客气呢，骑手十五分钟左右到。]
C: 嗯嗯
""", food=True, trad=True, shop="老灶煲仔饭")

V("chat", "pinduoduo", "response.apology.chat",
  "000 篇2 五、6: when the customer apologises, answer 没关系，请不必介意",
  """
C: 刚才不好意思 我看错了 以为你们发错货了
A: [那您看下还有别的问题吗？||没关系的亲，请不必介意～还有别的问题吗？]
C: 没了
""", close=False, trad=True, shop="青瓷厨房用品")

V("chat", None, "response.complaint.chat",
  "002 第三篇 参考用语2 1 / 000 篇8 售前服务: a customer's complaint is met with an apology and a question about what happened",
  """
C: 送了一个半小时 面都坨了 还怎么吃
A: [下单高峰期配送时间都会长一些的。||非常抱歉让您等了这么久，面送到都坨了，真的很影响用餐，我马上帮您处理。]
A: 亲，这单给您申请了全额退款，或者重新给您做一份加急送，您看选哪个？
C: 退款吧
A: 好的，退款已经提交，一到三个工作日原路退回哦
""", food=True, shop="一碗牛肉面")

V("chat", "douyin", "response.complaint.chat",
  "003 抖音话术 1: a late-delivery complaint gets an apology and a check with the courier",
  """
C: 下单一个礼拜了还没发货 什么意思
A: [现在订单多，都是按顺序发的。||亲，非常抱歉，最近订单比较多发货慢了，您先别着急，我马上联系仓库查一下。]
A: 查到了亲，您的订单今天下午会发出，发出后物流信息会同步到订单里
C: 行吧
""", shop="白鹭护肤官方店")

V("chat", None, "response.harm.chat|response.harm_confirmed.chat",
  "003 抖音售后 1: a customer who fell ill after the food is comforted first (安抚顾客情绪), then asked for details",
  """
C: 昨晚吃了你们家的凉拌菜 拉了一晚上肚子
A: [麻烦您提供一下订单号。||亲，非常抱歉，您现在身体好些了吗？请先好好休息，这件事我们一定负责到底。]
C: 好点了 订单号 3307****5521
A: 收到，我已经给您申请了全额退款，同时把这批食材提交给店长排查，今天下午六点前店长会给您回电话说明情况
C: 好
""", food=True)

V("chat", "jd", "response.harm.chat|response.harm_confirmed.chat",
  "003 抖音售后 1 / 000 篇2 四、5: a customer hurt by the product is soothed before anything else",
  """
C: 你们的电热水壶把手是烫的 我手被烫起泡了
A: [这款把手是防烫材质的，您是不是拿的位置不对？||亲，非常抱歉让您受伤了，您的手现在怎么样？请先用凉水冲一冲，这件事我们一定负责处理。]
C: 冲过了 还是疼
A: 请您拍一下把手和伤处的照片发给我，我马上给您申请退货和医药费补偿，今天下班前给您答复
C: 好
""", fw=True, shop="青瓷厨房用品")

V("chat", None, "response.urge",
  "002 第三篇 售后 四、2: a customer chasing the order is told the real status and reassured, not just 请耐心等待",
  """
C: 人呢？？我的奶茶呢 催了三次了
A: [请您耐心等待哦。||亲，非常抱歉让您着急了，我马上帮您联系骑手～]
K> A: 骑手已经到您小区门口了，两分钟内送到楼下哦
V> C: ？？？
V> A: 骑手已经到您小区门口了，两分钟内送到楼下哦
C: 行
""", food=True, shop="鲜榨果汁站")

V("chat", "taobao", "response.reply_time.chat|response.defer_without_time",
  "000 篇1 7: an answer put off to later comes with a time",
  """
C: 这个床能不能定做一米六五宽的
A: 亲，这个需要问一下工厂能不能做哈，[回头有消息再告诉您。||今天下午五点前给您答复哦。]
C: 好
""", shop="橘屿家居旗舰店")

# ---- words and forms the seeds rule out --------------------------------------

V("chat", "jd", "forbidden.bare_ack|forbidden.wordless_reply",
  "000 篇2 五、7 / 001 禁用语: the answer is not a bare 嗯嗯",
  """
C: 这个耳机是蓝牙五点三的吗
A: [嗯嗯||是的亲，这款是蓝牙五点三，连接更稳定哦]
C: 续航多久
A: 单次听歌七小时左右，加上充电仓一共三十小时
C: 好的
""", shop="极客湾数码")

V("chat", "douyin", "forbidden.slang",
  "000 篇2 五、7: no 生活化的词语 / internet slang with customers",
  """
C: 这个口红会不会拔干
A: [亲这款巨润的，绝绝子，谁用谁知道～||亲这款是滋润型的，质地比较柔和，不容易拔干哦～]
C: 那我试试
""", shop="白鹭护肤官方店")

V("chat", "pinduoduo", "forbidden.interjection_o",
  "001 禁用语 (哦 as an interjection opening the reply)",
  """
C: 这个电动牙刷送刷头吗
A: [哦，送两个。||送的亲，一共两个刷头。]
C: 好的
""", fw=True, shop="极客湾数码")

V("chat", None, "forbidden.uncertain_hedge|forbidden.uncertain",
  "001 禁用语 (也许、大概、可能) / 000 篇2 五、8: a delivery time is not answered with a guess",
  """
C: 蛋糕能在六点前送到吗 生日用
A: [估计差不多吧，应该能到。||可以的亲，已经给您备注六点前送达，五点半出餐，骑手会提前联系您哦🎂]
C: 好
""", food=True, shop="麦田烘焙坊")

V("chat", "jd", "forbidden.uncertain",
  "001 禁用语 (不清楚，不知道) / 003 京东禁用语 7",
  """
C: 这个投影仪能投一百寸吗
A: [这个我还真不太清楚。||可以的亲，这款在三米距离可以投到一百寸哦。]
C: 好的
""", trad=True, shop="极客湾数码")

V("chat", "taobao", "forbidden.buck_passing|forbidden.link_only",
  "000 篇8 售前服务: 不要说去宝贝描述里看 when the customer asks about size or material",
  """
C: 这件大衣是什么面料的
A: [详情页都写了哈，您往下翻翻。||亲，这款是百分之七十羊毛加百分之三十聚酯纤维，比较挺括保暖哦。]
C: 好的
""", shop="素锦女装")

V("chat", "jd", "forbidden.link_only",
  "000 篇8 售前服务: answer the customer's question, not just a link",
  """
C: 这台洗衣机能放在阳台吗
A: [点这里看👉 https://3.cn/2Fk****q||亲，可以放在阳台的，不过建议避免阳光直晒和雨淋，冬天低于零度时要把管里的水排干哦。]
C: 好的
""", shop="橘屿家居旗舰店")

V("chat", "taobao", "forbidden.out_of_stock_bare",
  "002 第三篇 售前疑难 5 / 001 案例1-4: out of stock is told with an apology, a similar item and a restock note",
  """
C: 这个杏色的M码有吗
A: [没货了。||亲，非常抱歉，杏色M码暂时没有现货了，同款的燕麦色M码还有，色调很接近，杏色下周三补货，到货我第一时间通知您可以吗？]
C: 那我等等吧
""", shop="素锦女装")

V("chat", "taobao", "transfer.consent.chat",
  "002 第三篇 售前 四、2 / 000 篇2 三、9: the customer is not handed to another agent without a word",
  """
C: 我要退货 衣服起球了
K> A: 亲，退货问题由售后同事专门处理，我帮您转接给售后客服，好吗？
K> C: 好
S: 会话已转接至售后客服
A: 您好，我是售后客服小棠，我已经看到您的情况了，很抱歉衣服起球给您添麻烦了，已经为您开通退货，运费我们承担哦
C: 好的
""", shop="糯米团童装")

V("chat", "pinduoduo", "response.confirm_address.chat",
  "002 第三篇 售前 四、4: after the order, check the delivery details with the customer",
  """
C: 拍好了 快点发
A: 收到啦亲，今天下午就给您发出哦
K> A: 亲亲跟您核对一下收货信息：陈**，浙江省金华市义乌市稠城街道****号，电话尾号2208，对吗？
K> C: 对
C: 好
""", fw=False)

V("chat", "jd", "response.ask_more_skips_question.chat",
  "003 客服的方法 (解决问题和提供解决方案): the customer's question is answered before asking whether there is anything else",
  """
C: 这个空气炸锅内胆能放洗碗机吗
A: [亲还有其他问题吗？||亲，内胆是可以放洗碗机的，外壳不要沾水哦。]
C: [我刚问的你没回啊||好的]
""", shop="青瓷厨房用品")

V("chat", "douyin", "response.stock_reply_skips_question.chat",
  "003 客服的方法: a canned line does not replace the answer to the question asked",
  """
C: 这个宠物粮幼猫能吃吗
A: [亲，感谢您对本店的支持哦～||亲，这款是全阶段猫粮，两个月以上的幼猫就可以吃哦～]
C: 好的
""", shop="毛球宠物生活馆")

V("chat", "taobao", "forbidden.refusal|forbidden.refusal_bare",
  "002 第三篇 售前疑难 1 / 003 天猫禁语 三: not a blunt 不行 / 不是这样的 to the customer's request",
  """
C: 能不能把两单合并一起发
A: [不行，系统不支持。||非常抱歉亲，两单已经分别生成了物流单，没法合并，不过两单都是今天下午一起发出，明天差不多同时到哦。]
C: 好吧
""", shop="田埂鲜果铺")

V("chat", "jd", "forbidden.rhetorical",
  "003 无礼质问: not 你懂了吗 / 你理解我的意思吗",
  """
C: 这个净化器的滤网多久换一次
A: 亲，正常使用六个月换一次，机器上的滤网灯变红就该换啦
A: [这样说您懂了吗？||您看还有哪里需要我再说明的吗？]
C: 懂了
""", shop="橘屿家居旗舰店")

V("chat", None, "forbidden.rude",
  "001 禁用语 (太贵了就不要用了) / 003 京东禁用语 5",
  """
C: 一份小龙虾要一百二 也太贵了吧
A: [嫌贵可以不点的呀。||理解的亲，现在是小龙虾季初价格偏高，您可以看看我们的单人套餐，六十八元有半斤哦。]
C: 那我看看套餐
""", food=True, shop="川味小炒外卖")

V("chat", "pinduoduo", "forbidden.abuse|forbidden.rude",
  "003 拼多多禁语 5: 不能直接骂回去 when the customer swears",
  """
C: 什么垃圾东西 你们就是骗子
A: [你才是骗子，有病吧。||亲，非常抱歉让您这么生气，是收到的东西哪里有问题吗？我马上帮您处理。]
C: 壶盖是裂的
A: 亲，麻烦拍张照片给我，我给您补发一个新的壶盖，或者直接退款都可以的
C: 补发吧
""", shop="青瓷厨房用品")

V("chat", None, "forbidden.blame",
  "003 京东禁用语 8 / 000 篇2 四、2: the customer is not blamed (这不是我的错 / 是您自己…)",
  """
C: 骑手送错地址了 送到隔壁小区了
A: [那是您自己地址没写清楚。||亲，非常抱歉，我马上联系骑手取回来重新送到您那边。]
A: 亲，骑手十分钟内给您送过来，这单再送您一杯饮品
C: 行
""", food=True)

V("chat", "jd", "forbidden.curt_demand",
  "003 京东做法 7 / 京东培训 三: ask, do not order (命令和批示的口吻)",
  """
C: 我的快递显示签收了但没收到
A: [把订单号发过来。||亲，麻烦您把订单号发给我一下，好吗？]
C: 2611****3390
A: 收到，亲，我马上联系快递员核实，半小时内给您回复
C: 好
""", trad=True, shop="跃动体育专营店")

V("chat", None, "response.suggestion.chat",
  "000 篇7 52 / 篇2 五、4: a suggestion is thanked (感谢您的宝贵意见)",
  """
C: 建议你们餐盒换个厚点的 汤都漏了
A: [嗯，知道了。||非常感谢您的宝贵意见，我们会反馈给店长改进的。]
A: 汤漏了这单给您退五元配送费，请您查收哦
C: 好
""", food=True, shop="一碗牛肉面")

# ---- advertising claims -----------------------------------------------------

V("chat", "taobao", "ad.superlative",
  "003 广告禁用词 1 / 拼多多禁语 3 (最系列): no 最好 claims",
  """
C: 这个电动牙刷清洁力怎么样
A: [亲，这是我们家清洁力最强的一款，市面上没有更好的了。||亲，这款每分钟三万一千次振动，刷毛是杜邦软毛，日常清洁很够用的。]
C: 好的
""", shop="极客湾数码")

V("chat", "pinduoduo", "ad.whole_net|ad.price",
  "003 拼多多禁语 3 (全网系、价格系): no 全网最低",
  """
C: 别家卖得比你们便宜
A: [亲，我们家是全网最低价了，不可能有更便宜的。||亲，我们这款是活动价，还送一年质保，您可以对比一下售后哦。]
C: 好吧
""", shop="行者箱包")

V("chat", "douyin", "ad.first",
  "003 拼多多禁语 3 (第一系): no 销量第一 / 排名第一",
  """
C: 这个防晒好用吗
A: [亲，这款是抖音防晒类销量第一哦！||亲，这款是SPF50的，质地清爽不黏腻，很多回购的顾客哦！]
C: 那来一支
""", shop="白鹭护肤官方店")

V("chat", "taobao", "ad.percent|ad.absolute|ad.efficacy",
  "003 广告禁用词 1 (百分百、绝对): no 百分之百有效",
  """
C: 这个祛痘凝胶有用吗
A: [亲，百分之百有效，绝对不反弹！||亲，这款含有水杨酸和积雪草，适合轻度闭口，效果因人而异，建议坚持用四周看看哦。]
C: 好
""", shop="白鹭护肤官方店")

V("chat", "douyin", "ad.efficacy",
  "003 拼多多禁语 4: no 过分夸大描述商品质量 (health effects)",
  """
C: 这个苦荞茶喝了有什么好处
A: [亲，天天喝三天就能降血压降血糖！||亲，苦荞茶是谷物茶，麦香味比较浓，不含咖啡因，日常代替白开水喝挺好的。]
C: 哦
""", close=False, shop="竹溪茶舍")

V("chat", "jd", "ad.authority",
  "003 广告禁用词 2 (权威词：国家xx): no 国家认证/特供 claims",
  """
C: 这个大米正宗吗
A: [亲放心，这是国家机关特供的大米！||亲放心，这是五常当地的稻花香，包装上有地理标志产品的标识哦！]
C: 好
""", open=False, trad=True, shop="田埂鲜果铺")

V("chat", "pinduoduo", "ad.inducement",
  "003 广告禁用词 3 (最后一波、仅此一次): no pressure words",
  """
C: 我再考虑一下
A: [亲，最后一波了，手慢无，错过就没有了！||好的亲，您慢慢考虑，有问题随时问我哦～]
C: 嗯
""")

V("chat", "douyin", "ad.unverifiable|ad.superlative",
  "003 广告禁用词 4 (无法考证的词：世界级、国际品质)",
  """
C: 这个锅是什么牌子的
A: [亲，国际品质，世界级的工艺哦～||亲，这是我们自家的品牌，五层复合底，燃气灶电磁炉都能用哦～]
C: 好
""", shop="青瓷厨房用品")

# ---- platform books ---------------------------------------------------------

V("chat", "pinduoduo", "platform.pinduoduo.baobei",
  "003 拼多多禁语 2 / 7: on Pinduoduo the goods are 产品 or 商品, never 宝贝",
  """
C: 这个收纳箱承重怎么样
A: [亲，这款宝贝承重二十公斤没问题哦。||亲，这款商品承重二十公斤没问题哦。]
C: 好
""", shop="橘屿家居旗舰店")

V("chat", "pinduoduo", "platform.pinduoduo.contact_app|platform.pinduoduo.other_app",
  "003 拼多多禁语 1 / 拼多多售前 二: no third-party app names on Pinduoduo, abbreviations and homophones included",
  """
C: 能发个实拍视频吗
A: [亲，您加我v，我发您看。||亲，我直接在这里给您发视频哦。]
C: 好
""", shop="素锦女装")

V("chat", "pinduoduo", "platform.pinduoduo.off_platform",
  "003 拼多多禁语 6: no trading outside the platform (线下、转账)",
  """
C: 能便宜点吗
A: [亲，您线下转账给我，我给您便宜十块。||亲，这款现在下单可以用店铺的五元优惠券哦。]
C: 那我领券
""", shop="跃动体育专营店")

V("chat", "pinduoduo", "platform.pinduoduo.review_incentive",
  "003 拼多多禁语 5: no 好评返现",
  """
C: 收到了 挺好
A: [亲，五星好评截图发我，返您三块红包哦！||亲，收到满意就好，使用中有任何问题随时找我们哦！]
C: 好
""")

V("chat", "pinduoduo", "platform.pinduoduo.return_refusal",
  "003 拼多多售后 三、1: Pinduoduo goods support 7-day returns without reason",
  """
C: 我收到了不太喜欢 想退
A: [亲，拆了包装就不能退了哦。||亲，支持七天无理由退货的，商品不影响二次销售就可以，退货运费需要您承担哦。]
C: 好
""", shop="素锦女装")

V("chat", "taobao", "platform.taobao.marketplace|platform.taobao.other_app",
  "003 拼多多禁语 1 (applied by the books to every platform): no other marketplaces named",
  """
C: 拼夕夕上同款才一半价
A: [亲，拼夕夕上那些都是假货。||亲，我们这款是品牌授权的，有正规质保卡，价格会高一些哦。]
C: 好吧
""", shop="行者箱包")

V("chat", "jd", "platform.jd.invoice_refusal",
  "003 拼多多售前 一 (applied to JD by the books): an invoice request cannot be refused",
  """
C: 能开发票吗 公司报销
A: [亲，我们这边不开票的。||可以的亲，下单时选择开具电子发票，填写公司抬头和税号就行。]
C: 好
""")

V("chat", "douyin", "platform.douyin.review_incentive",
  "003 抖音小店 1: not inviting a good review (邀请对方给我们写好评)",
  """
C: 收到了 质量不错
A: [亲，给个好评晒图，下次送您小样～||亲，喜欢就好，有问题随时联系我们哦～]
C: 好
""")

V("chat", "douyin", "platform.douyin.off_platform",
  "003 抖音小店 2: no 二维码 to take the customer off the platform",
  """
C: 售后找谁
A: [亲，扫一下我发您的二维码，进群找售后。||亲，直接在这个对话框里找我们就行，售后也是这里处理哦。]
C: 好的
""")

V("chat", "taobao", "pii.mobile",
  "003 拼多多禁语 8 / 002 第一篇 15: the customer's full mobile number is not sent in the chat",
  """
C: 我的收货电话对吗
A: [亲，您的电话是13867215590，对吧？||亲，您的电话是138****5590，对吧？]
C: 对
""", fw=True)
