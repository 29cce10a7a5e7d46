"""Violating chat middles (shop chats on four platforms), each with its twin."""
from common import V

P, T, J, D = "pinduoduo", "taobao", "jd", "douyin"

# ---- manner: contempt, impatience, blame, refusal ------------------------
V("chat", T, "forbidden.rude", "000 篇2 四 / 001 禁用语: no contempt for a customer who finds it dear", """
C: 这件羽绒服198是不是有点贵啊 能少点不
A: [嫌贵的话可以去看看便宜点的嘛 我们家就这个价||亲，这已经是活动价了，您领一下店铺满199减20的券，凑一凑更划算哦]
C: 哦 那我再看看
""")
V("chat", J, "forbidden.rude", "001 禁用语 (不会做就不要做): no mocking a customer who cannot set a device up", """
C: 这个路由器我弄了一晚上都没连上网
A: [这个都弄不来的话，还是叫家里年轻人帮您弄吧||没关系，我一步一步教您：先把宽带线插到路由器蓝色的WAN口，再用手机连上背面写的那个WiFi，好了跟我说一声]
C: 行 我试试
""")
V("chat", P, "forbidden.impatient|forbidden.rhetorical", "000 篇2 四、3 / 天猫禁语 一: no impatience when a question is asked again", """
C: 再问一下哈 到底几号能发货
A: [刚才不是跟您说过了嘛，48小时内！||亲，付款后48小时内发出哦，发出后物流信息会同步到订单里]
C: 好吧
""")
V("chat", D, "forbidden.impatient,response.urge?", "000 篇2 四、3: a customer who presses is not told to wait in line", """
C: 人呢？？快点回啊
C: 我要改地址
A: [催也没用呀，大家都在排队，一个一个来||让您久等了，非常抱歉，您把新地址发我，我马上帮您改]
C: 浙江省宁波市鄞州区天童南路那边 我待会订单里改也行
A: 好的，您在订单页点修改地址就可以，发货前都能改
""")
V("chat", T, "forbidden.rhetorical", "天猫禁语 四 / 京东禁用语 3: no rhetorical question that puts the customer wrong", """
C: 这鞋偏大还是偏小啊 我平时穿38
A: [详情页那么大的尺码表您没看到吗？||详情页有尺码表哦，这款是标准码，您平时穿38就拍38]
C: 哦哦 好的
""")
V("chat", T, "forbidden.blame,response.complaint.chat?", "京东禁用语 2 / 000 篇2 四、4: no pushing the fault onto the courier; apologise", """
C: 收到的马克杯把手断了😢
A: [这个是快递路上摔的，跟我们这边没关系哈||非常抱歉给您添麻烦了，麻烦您拍张照片给我，我们马上给您补发一个]
C: 好 照片发你了
A: 收到了，补发的今天就安排
""", shop="悦家小厨旗舰店")
V("chat", P, "forbidden.blame", "京东禁用语 8: the customer is not told it was their own fault", """
C: 怎么发到我老家去了 我明明要寄到公司
A: [下单的时候是您自己选的默认地址呀，这个可怪不到我们||非常抱歉，我马上联系快递拦截改派到您公司，您把公司地址发我一下好吗]
C: 上海市徐汇区漕河泾那个园区 你们看着改吧
A: 好的，已经提交改派了，改好后物流会更新
""")
V("chat", D, "forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative", "001 禁用语 (没有办法了) / 004 特殊沟通 5: a refusal comes with a reason and an alternative", """
C: 能给我换顺丰发吗 急用
A: [换不了，只发中通||抱歉亲，这款是仓库统一发中通的，暂时换不了顺丰，我给您备注优先打包，今天就发出，您看可以吗]
C: 行吧
""")
V("chat", J, "forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative", "000 篇2 五、2: no bare 'can't be done'", """
C: 我买了两单 能合在一起发吗
A: [这个搞不定的哦||两单是从不同仓库发出的，没法合成一个包裹，不过两单都是包邮的，不会多收您运费]
C: 那好吧
""")
V("chat", T, "forbidden.uncertain", "001 禁用语 (不清楚, 不知道): no 'I don't know' to a product question", """
C: 这个面霜孕妇能用吗
A: [这个我也不太晓得诶||成分表里没有孕期需要避开的成分，不过每个人情况不一样，建议您先问一下医生再用哦]
C: 好的
""", trad=True)
V("chat", P, "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语 (也许、大概、可能): delivery time is not guessed", """
C: 发到广州要几天
A: [估摸着三天左右吧||从我们仓库到广州一般是两到三天，发出后可以在订单里看实时物流]
C: 好
""")
V("chat", D, "forbidden.english", "001 禁用语 (NO): no English 'no' (written full width)", """
C: 这个包邮吗
A: [ＮＯ，这款不包邮哦||这款不包邮哦，满59元就包邮啦]
C: 行
""")
V("chat", T, "forbidden.casual", "001 禁用语 (呵呵、哈哈): no laughing particle in a reply", """
C: 这个奶咖色会不会显黑啊
A: [哈哈哈 您眼光真好，这个颜色很显白的||您眼光真好，这个颜色很显白的，黄皮也能驾驭]
C: 那我拍了
""")
V("chat", P, "forbidden.casual", "001 禁用语 (大哥、大姐): no familiar form of address", """
C: 这个锅电磁炉能用吗
A: [大姐，能用的，底是复合底||亲，能用的，锅底是复合底，电磁炉和燃气灶都可以]
C: 好的
""")
V("chat", D, "forbidden.slang", "000 篇2 五、7: no internet slang", """
C: 这个色号适合黄皮吗
A: [绝绝子！这个色号黄皮冲就完事了||适合的，这个色号偏暖，黄皮涂上很提气色]
C: 好
""")
V("chat", T, "forbidden.slang", "000 篇2 五、7: no internet slang", """
C: 这个卫衣值得买吗
A: [亲 这个性价比直接拉满 闭眼入就对了||亲，这个价位里面料和做工都很扎实，您可以放心选]
C: 行吧
""")
V("chat", P, "forbidden.emoji_only", "000 篇5 第一: a reply is not just an emoji", """
C: 那我现在拍了哈
A: [👌||好的亲，拍好后我这边尽快给您安排发货👌]
""")
V("chat", T, "forbidden.bare_ack|forbidden.wordless_reply", "000 篇2 五、7: no bare 'mm' to a request", """
C: 我待会儿付款 付了麻烦尽快发
A: [嗯||收到亲，今天下午就给您安排发出]
C: 好
""")
V("chat", J, "forbidden.buck_passing,response.complaint.chat?", "000 篇8 售前服务 / 京东禁用语 15: no sending the customer to the courier", """
C: 快递显示派送中两天了 我一直没收到
A: [这个您找快递问问吧，我们这边也管不了||非常抱歉让您着急了，我这边马上联系快递站点核实，下午三点前给您回复]
C: 行吧
""")
V("chat", P, "forbidden.buck_passing", "000 篇8 售前服务: the agent looks it up instead of telling the customer to", """
C: 我的快递到哪了啊
A: [您自己去订单里查下物流吧||我帮您查了，物流显示今天上午已经到您小区的驿站了]
C: 哦
""")
V("chat", T, "forbidden.link_only", "000 篇8 售前服务: a question is answered, not just a link", """
C: 这两款电热水壶有啥区别
A: [https://item.taobao.com/item.htm?id=672811||两款主要是容量不一样，左边1.5升，右边2升，别的功能都一样]
C: 那我要大的
""")
V("chat", J, "forbidden.curt_demand", "京东做法 7: no bare order to hand something over", """
C: 我要申请售后
A: [订单号发来||麻烦您把订单号发我一下，我帮您查一下好吗]
C: 3298****7710
A: 好的，查到了，是一台电饭煲对吧
C: 对
""", fw=True)
V("chat", D, "forbidden.curt_demand", "京东培训 三: requests are asked politely", """
C: 衣服领口有个洞
A: [拍个图给我看||非常抱歉，麻烦您拍张照片给我看一下好吗]
C: [图片]
A: 看到了，给您补发一件新的
""")
V("chat", P, "forbidden.abuse|forbidden.rude,response.complaint.chat?", "拼多多禁语 5: no swearing back at an abusive customer", """
C: 你们就是骗子 垃圾店
A: [你才垃圾，有病吧||非常抱歉让您这么生气，您先别急，能说一下是哪里让您不满意吗]
C: 东西跟图片不一样
A: 您拍个照片给我，我帮您申请退货退款
""")
V("chat", T, "forbidden.blind_promise|ad.absolute", "002 第三篇 售前疑难 3: no promise the agent cannot keep", """
C: 这个瓷砖胶能粘牢吗 我贴厨房墙上
A: [放一百个心 我保证一辈子都掉不下来||按说明书操作的话粘得很牢，墙面要先清理干净，承重在五公斤以内都没问题]
C: 好的
""")
V("chat", J, "forbidden.blind_promise", "京东禁用语 16: no promise of a delivery date the shop cannot control", """
C: 明天能到吗 我后天出差
A: [放心 明天一定到 不到您找我||今天下午发出的话一般明天能到，我给您备注加急]
C: 好
""")
V("chat", D, "forbidden.decide_for_customer", "京东做法 4: the customer chooses between return and exchange", """
C: 尺码小了 你说我是退还是换好
A: [给您换大一码吧，我这边直接给您操作了啊||退货和换货都可以，换货的话来回运费我们出，您看选哪种呢]
C: 那换吧
""")
V("chat", T, "forbidden.argue,response.complaint.chat?", "000 篇1 4 / 京东培训 一: no arguing with the customer", """
C: 这个颜色跟图片差太多了吧
A: [不可能的，我们都是实物拍的，是您手机屏幕的问题||非常抱歉让您失望了，不同屏幕显示会有一点色差，您介意的话可以申请退换，运费我们承担]
C: 算了
""")
V("chat", J, "forbidden.address_ni", "000 篇5 第一: the customer is addressed as 您", """
C: 我的单子发了没
A: [你好，你这单已经发了哦||您好，您这单已经发出了哦]
C: 好的
""")
V("chat", P, "forbidden.address_ni", "000 篇8 售前服务: 您, not 你 (traditional characters)", """
C: 這個保溫杯能裝熱茶嗎
A: [可以的，你放心用||可以的，您放心用]
C: 好
""", trad=True)
V("chat", J, "forbidden.jargon,forbidden.out_of_stock_bare?", "京东培训 六: no internal jargon", """
C: 这个灰色什么时候有货
A: [这个SKU在WMS里是零库存，等入仓||这个灰色暂时卖完了，下周三补货，到货后可以第一时间发]
C: 好
""")
V("chat", D, "forbidden.out_of_stock_bare", "002 第三篇 售前疑难 5: out of stock is said with an alternative", """
C: 白色还有吗
A: [没货了||白色暂时卖完了，米色和浅灰还有货，要不要看看]
C: 那米色吧
""")
V("chat", T, "forbidden.wait_bare|forbidden.wait_short", "000 篇2 五、1: waiting is asked for politely", """
C: 这个还有库存吗 我要十个
A: [等等||请您稍等一下，我去仓库系统里看看]
A: 有的，十个没问题
""")
V("chat", D, "forbidden.pardon_bare|forbidden.repeat_request", "000 篇2 五、5: asking to repeat is done politely", """
C: 那个上次那个能不能一起
A: [啥？||不好意思，您是说上次买的那件能不能一起发吗？]
C: 对 上次那件还没发
A: 好的，可以一起发
""")
V("chat", T, "forbidden.repeat_request|forbidden.pardon_bare", "000 篇2 三、2: no 'say it again'", """
C: 我要那个灰蓝的 M
A: [你说啥 再说一遍||抱歉，麻烦您再说一下是哪个颜色好吗]
C: 灰蓝 M码
A: 好的，灰蓝M码有货
""")

# ---- responses owed --------------------------------------------------------
V("chat", J, "response.thanks.chat", "000 篇7 24: thanks are answered", """
C: 这款空气炸锅容量多大
A: 是5升的，一次能放一整只小鸡
C: 好的 谢谢你啊 说得很明白
A: [那您下单吧，今天能发||不客气，那您下单后今天就能发出]
""")
V("chat", D, "response.thanks.chat", "000 篇2 五、7: a thanks gets an answer before anything else", """
C: 这个毛衣怎么洗
A: 建议冷水手洗，不要拧干，平铺晾
C: 感恩🙏
A: [另外洗的时候翻个面，不容易起球||不用客气呀，另外洗的时候翻个面，不容易起球]
""")
V("chat", T, "response.apology.chat", "000 篇2 五、6: an apology from the customer is answered", """
C: 不好意思啊 刚才语气冲了点
A: [您看要哪个尺码||没关系的亲，不必介意，您看要哪个尺码]
C: 要L
""")
V("chat", P, "response.complaint.chat", "000 篇8 售前服务 / 002 参考用语2: a complaint about slow shipping gets an apology", """
C: 你们发货也太慢了吧 一个礼拜了还没动
A: [仓库那边今天会发||非常抱歉让您久等了，仓库今天会发出，单号出来第一时间发您]
C: 好
""")
V("chat", J, "response.complaint.chat", "002 参考用语2 1: a complaint about slow replies gets an apology (traditional characters)", """
C: 客服回消息太慢了吧 等了半天
A: [请问有什么问题||抱歉，让您等了这么久，您遇到什么问题了呢]
C: 我的發票還沒開
A: 我馬上幫您開，十分鐘內發到您郵箱
""", trad=True)
V("chat", D, "response.harm.chat", "003 抖音售后 1: an injury is met with concern first", """
C: 孩子玩你们的积木 手被边上划了个口子
A: [是哪一款积木呢||非常抱歉，孩子的手现在还好吗？先帮孩子处理一下伤口，是哪一款积木呢]
C: 就那个城堡的
A: 好的，我们给您退款，也会反馈给工厂检查毛边
""")
V("chat", T, "response.harm.chat", "000 篇2 四、5: a hazard is met with concern and a safety step", """
C: 吹风机用着突然冒火花 吓死我了
A: [您是什么时候买的呢||非常抱歉让您受惊了，人没事吧？先拔掉插头别再用了，您是什么时候买的呢]
C: 上个月
A: 在保修期内，给您换新
""")
V("chat", J, "response.suggestion.chat,forbidden.bare_ack?", "000 篇2 五、4: a suggestion is thanked", """
C: 建议你们包装里多放点泡沫 不然容易压坏
A: [好的||感谢您的建议，我们会反馈给仓库改进包装]
""")
V("chat", P, "response.reply_time.chat", "000 篇1 7: a 'when' question gets a time", """
C: 换货的什么时候能寄出来
A: [会尽快安排的||收到您退回的商品后两天内给您寄出，寄出后单号发您]
C: 好
""")
V("chat", D, "response.urge,response.complaint.chat?", "002 第三篇 售后 四、2: a customer who presses is apologised to and given a time", """
C: 能不能快点给我处理啊 都三天了
A: [在处理中||实在抱歉拖了这么久，我现在就去催售后，今天下班前给您结果]
C: 行
""")
V("chat", J, "response.defer_without_time", "000 篇1 7: a promised answer has a time", """
C: 这款能配送到新疆吗
A: [我问问仓库，有消息再告诉您||我问一下仓库，下午五点前在这里给您回复]
C: 好
""")
V("chat", D, "response.invitation", "000 篇2 三、7: an invitation is declined with thanks", """
C: 小姐姐你好温柔啊 下班一起吃个饭呗
A: [好呀 你请客😄||谢谢您的好意，不过不能接受哦，再次谢谢您]
C: 哈哈好吧 那这个裙子我要S
A: 好的，S码有货
""")
V("chat", J, "response.manager_request", "004 抱怨投诉 6: a demand for a manager is met with a next step", """
C: 叫你们主管来跟我说
A: [主管很忙的，没空||好的，我先把您的情况详细记录下来，请主管今天下午四点前联系您，您看可以吗]
C: 行
""")
V("chat", T, "response.ask_more_skips_question.chat", "003 客服的方法: a question is answered before asking for more", """
C: 那个赠品什么时候发
A: [请问还有其他问题吗？||赠品跟主商品一起发出的，请问还有其他问题吗？]
C: 没了
A: 好的，感谢光临，再见～
""", close=False)
V("chat", P, "response.confirm_address.chat", "002 第三篇 售前 四、4: the delivery details are confirmed after an order", """
C: 拍好了 一件蓝色的
K> A: 亲，跟您核对一下收货信息：浙江省杭州市西湖区文三路**号 王女士 138****2210，对吗？
K> C: 对的
A: 好的，今天就给您安排发货
""")
V("chat", J, "transfer.consent.chat", "002 第三篇 售前 四、2: a hand-over is announced and agreed", """
C: 我这台电视要上门安装 怎么约
K> A: 安装需要售后专员来预约，我帮您转接过去，好吗？
K> C: 好
S: 会话已转接至售后专员
A: 您好，我是售后专员小林，我来帮您约安装时间
C: 周六上午行吗
A: 可以的，已经给您约好周六上午九点到十二点
""")
V("chat", T, "response.late_reply.chat", "000 篇4 1 / 001 应答规范 (2): a late reply starts with an apology", """
C: 这个裤子有加绒的吗
C: ？
+300 A: [有的，加绒款在第二个链接||抱歉让您久等了，有的，加绒款在第二个链接]
C: 好
""")
V("chat", D, "response.first_reply.chat|response.first_reply_3s.chat", "001 应答规范 (1) 3秒应答: the first reply comes at once", """
C: 你好 在吗 想问个尺码
[+60||+2] A: 您好，欢迎光临，请问有什么可以帮您？
C: 165 110斤穿多大
A: 建议穿M码
""", open=False)
V("chat", J, "greeting.chat", "000 篇5 第一 / 001 开场白: the first reply greets", """
C: 这个洗碗机能装在橱柜里吗
A: [能装，嵌入式的||您好，欢迎光临，这款是嵌入式的，可以装进橱柜里]
C: 尺寸多大
A: 宽60厘米，高82厘米
""", open=False)
V("chat", P, "greeting.chat,forbidden.bare_ack?", "001 开场白: the welcome offers help", """
C: 在？
A: [在的||在的亲，欢迎光临，有什么可以帮您的呀]
C: 这个纸巾一箱多少包
A: 一箱是24包
""", open=False)
V("chat", T, "closing.chat,forbidden.bare_ack?", "001 结束语 / 000 篇5 第六: the chat ends with thanks and goodbye", """
C: 我这个码数换好了吗
A: 已经给您换成L码了，明天发出
A: 请问还有其他问题吗？
C: 没了
A: [嗯||好的，感谢您的光临，祝您生活愉快，再见]
""", close=False)
V("chat", D, "closing.chat_ask", "000 篇4 11 / 001 结束语: more needs are asked for before the goodbye", """
C: 那我收到货再看看
A: 好的，收到有任何问题随时联系我们
[A: 感谢您的光临，再见～||A: 请问还有其他可以帮您的吗？]
K> C: 没有了
K> A: 好的，感谢您的光临，再见～
""", close=False)

# ---- advertising claims ----------------------------------------------------
V("chat", T, "ad.superlative", "003 广告禁用词 1: no 'best-selling of all'", """
C: 这两款保温杯选哪个
A: [左边那款是我们家卖得最好的||左边那款回购的人很多，容量也大一点]
C: 那就左边
""")
V("chat", P, "ad.superlative|ad.price", "003 拼多多禁语 3: no 'cheapest'", """
C: 这个枕头有优惠吗
A: [全店最划算的就是这个了||这个现在参加满两件减十元的活动]
C: 好
""")
V("chat", J, "ad.first", "003 拼多多禁语 3 (第一系): no 'first in the trade'", """
C: 这个牌子的电动牙刷怎么样
A: [销量行业第一，放心买||这款月销两千多，评价也挺不错的，您可以看看评价区]
C: 好
""")
V("chat", D, "ad.unique", "003 拼多多禁语 3 (唯一系): no 'only one of its kind'", """
C: 这个包是你们自己设计的吗
A: [对的，独一无二的设计，别家都没有||对的，是我们自己的设计师做的版型]
C: 好看
""")
V("chat", T, "ad.absolute", "003 广告禁用词 1 (绝对系): no 'absolutely never'", """
C: 这个纯棉T恤会起球吗
A: [绝对不会起球的，放心穿||纯棉的起球概率很低，按洗标翻面洗护就行]
C: 好
""")
V("chat", P, "ad.percent", "003 拼多多禁语 3: no '100 %' claims", """
C: 这个除螨仪好用吗
A: [用过的顾客百分百满意||用过的顾客反馈都挺不错的，您可以看看评价里的图]
C: 嗯
""")
V("chat", J, "ad.whole_net", "003 拼多多禁语 3 (全网系): no 'nowhere cheaper online'", """
C: 这个价还能再低点吗
A: [这个价您在全网都找不到第二家||这是我们店本周的活动价，已经比平时便宜了三十元]
C: 那行
""", trad=True)
V("chat", D, "ad.top_grade", "003 广告禁用词 1: no 'top grade / luxury'", """
C: 这个沙发做工怎么样
A: [顶级工艺，奢华享受||做工很细，走线整齐，框架是实木的]
C: 好的
""")
V("chat", J, "ad.authority", "003 广告禁用词 2: no claim of an authority's endorsement", """
C: 这个奶粉安全吗
A: [国家质检总局推荐的产品，放心喝||有第三方检测报告，我发给您看]
C: 好
""")
V("chat", T, "ad.inducement", "003 广告禁用词 3 (诱导系): no pressure to buy now", """
C: 我再考虑考虑
A: [最后两个小时了，错过再等一年哦||好的，不着急，这个活动到今晚十二点，您考虑好了随时来]
C: 嗯
""")
V("chat", P, "ad.efficacy", "003 拼多多禁语 4: no efficacy claim for a food", """
C: 这个代餐粉能减肥吗
A: [喝一个月瘦十斤没问题||这是代餐粉，可以代替一顿正餐，配合饮食和运动效果会更好]
C: 好吧
""")
V("chat", P, "platform.pinduoduo.contact_app", "003 拼多多禁语 1: no other social app named", """
C: 有实拍视频吗
A: [有的，加我vx发给你||有的，我直接在这里发给您]
C: 好
""")
V("chat", P, "platform.pinduoduo.marketplace", "003 拼多多禁语 1: no other marketplace named", """
C: 你们有别的店吗
A: [我们在淘宝也有店，价格一样的||我们就这一家店，关注一下上新会有提醒]
C: 哦
""")
V("chat", P, "platform.pinduoduo.off_platform", "003 拼多多禁语 6: no trade outside the platform", """
C: 我要五十个 能便宜点吗
A: [量大的话可以线下转账给我，再便宜点||量大的话可以直接拍五十件，系统会自动算满减]
C: 好
""")
V("chat", P, "platform.pinduoduo.collect_on_delivery", "003 拼多多禁语 6 (到付): no cash on delivery", """
C: 可以先收货再付钱吗
A: [可以的，选到付就行||平台暂时不支持货到付款，您可以先拍下，收到不满意七天内可以退]
C: 好吧
""")
V("chat", P, "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: no reward for a good review", """
C: 收到了 挺好的
A: [亲，给个五星截图给我，返您三块钱||谢谢亲的认可，用着有问题随时找我们]
C: 嗯
""")
V("chat", P, "platform.pinduoduo.baobei", "003 拼多多禁语 2、7: no 宝贝 for a product", """
C: 今天能发吗
A: [能的，这个宝贝下午就发||能的，这个商品下午就发]
C: 好
""")
V("chat", P, "platform.pinduoduo.invoice_refusal", "003 拼多多售前 一: an invoice request is not refused", """
C: 能开发票吗 公司报销
A: [我们小店不开发票的哈||可以的，您把抬头和税号发我，确认收货后给您开电子发票]
C: 好
""")
V("chat", P, "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: seven-day return is not refused", """
C: 这个裙子不太合适 能退吗 还没穿过
A: [特价款不退不换的哦||支持七天无理由退货，您在订单页申请就可以]
C: 好的
""")
V("chat", T, "platform.taobao.contact_app", "003 拼多多禁语 1 (applied by the Taobao book): no other social app", """
C: 我想定制一批 能报个价吗
A: [您加一下我们店长的QQ，他给您算||定制的话您把数量和尺寸发我，我这边给您报价]
C: 好
""", trad=True)
V("chat", T, "platform.taobao.marketplace|platform.taobao.other_app", "003 拼多多禁语 1 (Taobao book): no other marketplace", """
C: 这个有便宜点的吗
A: [拼夕夕上有同款，更便宜一点||有的，店里还有一款基础款，便宜二十元，我发您看看]
C: 好
""")
V("chat", T, "platform.taobao.off_platform", "003 拼多多禁语 6 (Taobao book): no payment outside the platform", """
C: 我要二十个 怎么付款优惠
A: [直接转账给我就行，免得平台扣点||直接在店里拍就行，用一下满减券更划算]
C: 好
""")
V("chat", T, "platform.taobao.review_incentive", "003 拼多多禁语 5 (Taobao book): no reward for a review", """
C: 收到了 质量不错
A: [带图好评截图发我，送您五元红包||谢谢亲的认可，有任何问题随时找我们哦]
C: 好
""")
V("chat", J, "platform.jd.contact_app", "003 拼多多禁语 1 (JD book): no other social app", """
C: 安装有视频吗
A: [有的，加我企鹅号发你||有的，安装视频在商品详情页第三张图，点开就能看]
C: 好
""")
V("chat", J, "platform.jd.off_platform", "003 拼多多禁语 6 (JD book): no trade outside the platform", """
C: 以后还要买 能便宜吗
A: [以后直接找我拿货，不走平台便宜些||以后有需要直接在店里下单，关注店铺有会员价]
C: 好的
""")
V("chat", J, "platform.jd.review_incentive", "003 拼多多禁语 5 (JD book): no reward for a review", """
C: 东西收到了
A: [晒单好评的话给您返二十京豆哈||收到就好，使用中有问题随时找我们]
C: 嗯
""")
V("chat", J, "platform.jd.invoice_refusal", "003 拼多多售前 一 (JD book): an invoice request is not refused", """
C: 公司采购 要增值税专用发票
A: [专用发票我们这边不开的||可以开的，麻烦您提供公司名称、税号、开户行和地址电话]
C: 好
""")
V("chat", D, "platform.douyin.marketplace|platform.douyin.other_app", "003 拼多多禁语 1 (Douyin book): no other marketplace", """
C: 直播间没抢到
A: [我们淘宝店也有，您去那边拍||没关系，明晚八点直播间还会返场]
C: 好
""")
V("chat", D, "platform.douyin.contact_app", "003 拼多多禁语 1 (Douyin book): no other social app", """
C: 上新怎么通知我
A: [加个微信吧，上新第一时间发你||您点个关注，上新时直播间会通知您]
C: 好
""")
V("chat", D, "platform.douyin.review_incentive", "003 抖音小店 1: no reward for a good review", """
C: 收到了 很好看
A: [给个五星好评，返您两块红包||谢谢喜欢，穿着有问题随时找我们]
C: 嗯嗯
""")
V("chat", P, "pii.mobile", "003 拼多多禁语 8: a buyer's full phone number is not sent", """
C: 地址对吗 帮我看下
A: [收件人李女士，电话13805712246，地址是长沙市岳麓区麓谷街道，对吗||收件人李女士，电话138****2246，地址是长沙市岳麓区麓谷街道，对吗]
C: 对
""", fw=True)
V("chat", T, "pii.id_card", "002 第一篇 15: no ID number written out", """
C: 进口的要身份证是吧
A: [对的，您的身份证号是330106198805121234对吧，我给您登记||对的，您在订单页的实名认证里填就可以，我们这边看不到完整号码]
C: 好
""")
V("chat", J, "pii.bank_card", "003 客服方法 二、6: no bank card number written out", """
C: 退款退到哪张卡
A: [退回您付款的那张卡，卡号6222021202004567891||退回您付款的那张卡，尾号7891]
C: 好
""")

# ---- restored after the trim: the only item of their seed clause ----------
V("chat", T, "forbidden.filler", "天猫禁语 五: no empty filler phrase", """
C: 能给我改个价吗 我要三件
A: [是这样的，是这样的，您先拍下别付款，我这边给您改||您先拍下别付款，我这边给您改好价再付]
C: 好
""")
V("chat", P, "ad.price", "003 拼多多禁语 3 (价格系): no 'rock-bottom, selling at a loss'", """
C: 怎么这么便宜 是正品吗
A: [跳楼价，亏本冲量的||是正品，现在是店铺周年庆的活动价]
C: 好
""")
V("chat", T, "platform.taobao.invoice_refusal", "003 拼多多售前 一 (Taobao book): no refusing an invoice", """
C: 发票能开吗
A: [小店开不了发票哦||可以开的，下单时备注抬头和税号就行]
C: 好的
""")
V("chat", D, "platform.douyin.off_platform", "003 抖音小店 2: no trade outside the platform", """
C: 直播间这个价有点贵
A: [私下找我拿，给您便宜点||现在下单可以用直播间的满减券，会便宜一些]
C: 好
""")

# ---- personal data ---------------------------------------------------------
V("chat", D, "pii.email", "002 第一篇 15: no customer e-mail written out", """
C: 电子发票发哪了
A: [已经发到您的邮箱wangfang1988@163.com了||已经发到您订单里留的邮箱了，w开头那个]
C: 好
""")
V("chat", J, "forbidden.interjection_o", "001 禁用语 (哦): no 哦 opening a reply", """
C: 黑色L码还有吗
A: [哦，L码明天补货，明天下午就能发||L码明天补货，明天下午就能发出]
C: 好
""")
