"""Round 16, shop chats: the middles of the violating conversations and their
twins. The opening (customer's first message, the agent's welcome) and the
ending (ask-more, the customer's thanks, thanks for the visit and goodbye)
come from common.chat_wrap unless an item says open=False / close=False."""

from common import chat

CARD_JD = "[商品卡片] 惠康 空气炸锅 ５Ｌ 可视款 ¥２９９.００"
CARD_PDD = "[订单卡片] 订单编号 251127-0915****3306 | 收纳箱 3个装 加厚款 | 实付 ¥45.80 | 待发货"
CARD_DY = "[订单] 3726****8814 柚子 玻尿酸补水面膜 10片/盒 已签收"

# ---------------------------------------------------------------- not knowing, hedging

chat("jd", "forbidden.uncertain", "001 禁用语 / 003 京东禁用语 7: saying one does not know the answer is banned; find out and answer",
     """
C: 这个炸篮能放洗碗机里洗吗
A: [[这个我也说不准哎，得看您家洗碗机的情况||炸篮表面是不粘涂层，建议用软布手洗，洗碗机的高温和强水流会让涂层掉得快]]
C: 行 我知道了
""", first=[CARD_JD, "在吗"])

chat("taobao", "forbidden.uncertain", "001 禁用语: 不清楚/不知道 about one's own product is banned",
     """
C: 这个被套是什么面料的呀
C: 会不会起静电
A: [[面料的具体成分我这边不太了解呢||面料是全棉的新疆长绒棉，60支贡缎织法，棉的吸湿性好，一般不起静电]]
C: 好的好的
""")

chat("pinduoduo", "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语 (也许/大概/可能) and 000 篇2 五、8: no vague answers on shipping",
     """
C: 今天拍明天能发货吗
A: [[应该可以吧，仓库那边一般都挺快的||可以的，今天下午四点前拍下的订单当天发出，四点以后拍的第二天上午发]]
C: 好 那我现在拍
A: 好的亲，拍下后我帮您核对一下收货信息
C: 拍好了
A: 收到，跟您核对一下：陈女士，150****6624，山东省临沂市兰山区金雀山路88号，对吗？
C: 对的
""")

chat("douyin", "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语: 大概/可能 hedges about delivery time",
     """
C: 发什么快递 几天能到广州
A: [[中通哦，大概三五天吧||发中通快递，从江苏发往广州一般两到三天送达]]
C: ｏｋ
""", iso=True)

# ---------------------------------------------------------------- refusing

chat("jd", "platform.jd.invoice_refusal,forbidden.refusal_bare?", "003 拼多多售前 一 (applied to JD): a request for an invoice may not be refused",
     """
C: 公司采购 能开专票吗
A: [[专票开不了哦，只有个人的||可以开的，在订单页点“申请发票”，选增值税专用发票，填单位名称、税号和开户行，审核后两个工作日内开出]]
C: 好的
""")

chat("taobao", "forbidden.refusal_bare|forbidden.refusal_no_alternative", "003 京东做法 3 / 000 篇2 五、2: a refusal needs an apology and a suggestion",
     """
C: 能不能帮我改发顺丰 我补运费
A: [[改不了的亲||非常抱歉亲，这款是仓库统一发韵达的，没办法单独换顺丰；您着急的话我给您备注优先打包，今天就能发出，您看行吗？]]
C: 那好吧
""")

chat("pinduoduo", "forbidden.refusal_no_alternative|forbidden.refusal", "001 禁用语 (没有办法了) / 000 篇2 五、2: no refusal without an alternative",
     """
C: 能便宜点吗 我拍两件
A: [[不好意思亲，已经是活动价了，真没法再少了||不好意思亲，已经是活动价了，不过拍两件我给您申请送一个同款小号收纳袋，您看可以吗？]]
C: 嗯嗯
""", first=[CARD_PDD])

# ---------------------------------------------------------------- rude, impatient, rhetorical, blame

chat("douyin", "forbidden.rude", "001 禁用语 (太贵了就不要用了) / 003 京东禁用语 5: telling a customer who finds it dear to buy elsewhere",
     """
C: 这面霜咋这么贵 别家才七十多
A: [[嫌贵的话可以去买别家的呀||理解您的顾虑，我们这款是50g正装，还送同系列小样两支，算下来每克其实不贵，您可以对比看看～]]
C: 哦
""")

chat("taobao", "forbidden.rude,forbidden.buck_passing?", "001 禁用语 (不会做就不要做) / 003 京东禁用语 4: belittling a customer who cannot assemble the product",
     """
C: 小妹 这个置物架我装不上
C: 说明书看不懂啊😭
A: [[这都装不好的话，那还是找个师傅来弄吧||没关系亲，我一步步跟您说：先把四根立柱插进底座卡槽，听到“咔哒”一声就卡紧了，再从下往上放隔板，哪一步卡住了随时告诉我]]
C: 好 我再试试
""")

chat("jd", "forbidden.impatient|forbidden.rhetorical", "003 京东禁用语 6: 刚才说过了，怎么还问 – impatience with a repeated question",
     """
C: 这个保温杯能装热水吧
A: 可以的，开水直接倒进去没问题，保温12个小时左右
C: 那能装牛奶吗
A: [[刚才不是说过了嘛，都能装的||可以装的亲，牛奶、豆浆都行，建议当天喝完，用完及时洗，避免残留变味]]
C: 好嘞
""")

chat("pinduoduo", "forbidden.impatient,response.urge?", "000 篇2 四、3 (再等等) / 003 天猫禁语 一: brushing off a customer who chases the order",
     """
C: 发了没
C: 发了没啊
C: 都两天了
A: [[别催了亲，催也快不了的||让您着急了，真不好意思！我刚查了，您的包裹已经打包好，今天下午五点前交给快递揽收]]
C: 行吧
""")

chat("douyin", "forbidden.rhetorical,response.complaint.chat?", "003 天猫禁语 四 (您真的确认…) / 京东做法 7: questioning the customer back instead of helping",
     """
C: 收到的口红颜色跟图片差好多
A: [[您确定没拍错色号吗？||很抱歉让您失望了，麻烦您拍一张口红和订单页色号的照片给我，我帮您核对一下]]
C: [图片]
A: 收到，我马上帮您核对
""", first=[CARD_DY])

chat("taobao", "forbidden.rhetorical", "003 无礼质问 / 京东做法 7: a reproachful question about the coupon terms",
     """
C: 为啥我领的券用不了
A: [[您没看到券上写着满199才能用吗？||这张券是满199元可用的，您购物车现在是168元，再加一件31元以上的商品就能用了哦]]
C: 哦哦 这样
""", form="trad")

chat("jd", "forbidden.blame", "003 京东禁用语 8/15: 这不是我的错/不是我们的问题 – putting the fault on the customer",
     """
C: 我地址填错了 能改吗
A: [[地址是您自己填的，这个我们可负不了责哦||可以改的，订单还没出库，麻烦您把正确地址发我，我马上帮您改]]
C: 改成江苏省苏州市吴中区东吴北路26号 收件人不变
A: 已经帮您改好了：江苏省苏州市吴中区东吴北路26号，收件人和电话不变，您再核对一下对吗？
C: 对
""", timed=False)

chat("pinduoduo", "forbidden.blame,forbidden.buck_passing?,response.complaint.chat?", "003 京东禁用语 15 / 000 篇2 四、2: 这不是我们的问题 – blaming the courier and leaving the customer to it",
     """
C: 快递员直接把包裹扔驿站了 一个电话都没有
A: [[那是快递的事，跟我们店没关系哦||很抱歉给您添麻烦了，我这就联系快递网点，让他们以后派送前先电话通知您；您的包裹现在在幸福里菜鸟驿站，取件码是8-2-3107]]
C: 好吧
""")

chat("douyin", "forbidden.buck_passing|forbidden.link_only", "000 篇8 售前服务: 不要说去宝贝描述里看 – send the customer to the detail page instead of answering",
     """
C: 这筋膜枪怎么调档
A: [[详情页里都写着呢，您去翻翻哈||长按机身底部的圆形按键3秒开机，再短按一次换一档，一共六档，屏幕上的数字就是当前档位]]
C: 懂了
""")

chat("taobao", "forbidden.link_only|forbidden.buck_passing", "000 篇8 售前服务: answering a product question with a bare link",
     """
C: 这两款床垫有啥区别啊
A: [[亲，您点这个看看：https://item.taobao.com/item.htm?id=6731**2208||两款都是1.8米的：A款是独立弹簧加乳胶层，偏软；B款是椰棕加弹簧，偏硬，腰不好的话更推荐B款]]
C: 那我要B吧
A: 好的，B款现在有现货，拍下后我帮您核对收货信息
C: 拍了
A: 收到，跟您核对一下：赵先生，186****0379，湖北省武汉市洪山区珞喻路1037号，对吗？
C: 没问题
""")

chat("jd", "forbidden.curt_demand", "003 京东做法 7 / 京东培训 三: a command instead of a request",
     """
C: 我要退货
A: [[订单号发一下||好的亲，麻烦您把订单号发我一下，我帮您看看]]
C: ２４１１****５６２０
A: 收到，这单还在7天无理由退货期内，我这边给您通过退货申请，快递员明天上门取件
C: 好
""")

chat("pinduoduo", "forbidden.curt_demand,response.complaint.chat?", "003 京东培训 三 (命令的口吻): demanding a photo from a customer with a faulty product",
     """
C: 鞋子穿了两天就开胶了
A: [[拍照片我看看||非常抱歉给您带来不便，麻烦您拍一张开胶位置的照片给我看看，好吗？]]
C: [图片]
A: 收到，这个属于质量问题，给您换新的一双，运费我们承担
""")

chat("douyin", "forbidden.argue,response.complaint.chat?", "003 京东培训 一 (争辩) / 000 篇1 4: arguing with the customer about the product",
     """
C: 这粉底液一点也不持妆 两个小时就斑驳了
A: [[不会的，我们这款测过的，持妆十二小时没问题||非常抱歉没能让您满意，持妆和肤质、妆前保湿关系很大，方便说下您是干皮还是油皮吗？我帮您看看怎么搭配更持久]]
C: 混油
A: 混油的话建议上妆前先用控油妆前乳，T区薄涂，再用散粉定一下妆
""")

# ---------------------------------------------------------------- words the seeds ban

chat("jd", "forbidden.jargon", "003 京东培训 六: 不要用专业术语 – warehouse jargon to a customer",
     """
C: 我的订单怎么一直没动静
A: [[您这单在WMS里是待拣货状态，还没出库||您的订单仓库正在配货，还没打包出库，今天晚上八点前会出库，出库后物流信息就会更新]]
C: 哦好
""", timed=False)

chat("douyin", "forbidden.english", "001 禁用语: OK/NO/YES in place of a Chinese answer",
     """
C: 能寄到新疆吗
A: [[ＯＫ的亲，能寄||可以寄的亲]]，新疆地区需要补10元运费，一般五到七天送达
C: 好
""")

chat("pinduoduo", "forbidden.slang", "000 篇2 五、7: 生活化的词语 – internet slang in a product answer",
     """
C: 这个牛肉干辣不辣
A: [[巨辣 绝绝子 吃了直呼yyds||是香辣口味的，辣度中等，能吃一点辣的朋友都能接受]]
C: 哈哈好
""")

chat("douyin", "forbidden.emoji_only|forbidden.wordless_reply", "000 篇5 第一 / 篇2 五、7: answering with an emoji only",
     """
C: 我刚下单了 早点发哦
A: [[👌||好的亲，已经给您备注优先发货，今天下午就发出]]
A: 跟您核对一下收货信息：刘女士，177****3352，四川省成都市武侯区科华北路65号，对吗？
C: 对
""")

chat("taobao", "forbidden.bare_ack|forbidden.wordless_reply", "000 篇2 五、7 / 001 禁用语: a bare 嗯 as the whole answer",
     """
C: 那我先拍一个试试
A: [[嗯||好的亲，您拍下后我这边马上安排]]
C: 拍好了
A: 跟您核对一下收货信息：周先生，135****7720，广东省佛山市顺德区大良街道南国东路9号，对吗？
C: 是的
""")

chat("jd", "forbidden.interjection_o|forbidden.casual", "001 禁用语 (哦/哎): a reply opening with the interjection 哦",
     """
C: 这个安全座椅几岁能用
A: [[哦，这款九个月到十二岁都能用||这款九个月到十二岁都能用]]，分三个阶段调节，头枕有七档高度
C: 好的
""")

chat("pinduoduo", "forbidden.casual", "001 禁用语 (大哥、大姐): calling the customer 大姐",
     """
C: 小妹便宜点嘛 我都买好几次了
A: [[大姐，老顾客我给您申请一张5元无门槛券，您看行不？||感谢您一直支持小店，老顾客我给您申请一张5元无门槛券，您看行不？]]
C: 行
""")

chat("taobao", "forbidden.address_ni", "000 篇8 售前服务: 对买家的尊称都用“您” – addressing the buyer as 你",
     """
C: 这件毛衣起球吗
A: [[你放心，这款是精梳羊毛的，不容易起球||您放心，这款是精梳羊毛的，不容易起球]]，洗的时候翻过来冷水手洗就行
C: 好的
""")

chat("douyin", "forbidden.filler", "003 天猫禁语 五: the empty opener 是这样的",
     """
C: 退款怎么还没到啊
A: [[让您着急了，是这样的，退款已经原路退回了||让您着急了，退款已经原路退回了]]，银行那边一到三个工作日到账，今天是第二天，最晚后天能到
C: 好吧
""", iso=True)

chat("pinduoduo", "forbidden.out_of_stock_bare", "001 案例1-4 / 002 售前疑难 5: out of stock said flatly, no apology and no other style offered",
     """
C: 亲 这个粉色的还有吗
A: [[粉色卖完了||不好意思亲，粉色刚好卖完了，同款的浅杏色和雾霾蓝还有货，质感一样，要不要看看？粉色下周三补货，到时候我通知您]]
C: 那算了
""", form="trad")

chat("taobao", "forbidden.repeat_request,forbidden.address_ni?", "000 篇1 5: 你说什么 – asking a customer to repeat without politeness",
     """
C: 就是那个 上次买的那个 那个套装还有吗
A: [[啥？你说的是哪个？||不好意思，麻烦您再说一下是哪一款套装，好吗？]]
C: 就是小熊印花那套睡衣
A: 小熊印花的家居服套装还有的，M和L码有货
""")

chat("jd", "forbidden.pardon_bare|forbidden.repeat_request", "000 篇2 五、5: asking for clarification without an apologetic tone",
     """
C: 那个东西咋弄
A: [[没看懂，您说清楚点||不好意思，没太看明白，您是想问哪款商品怎么安装呢？]]
C: 就是那个壁挂架
A: 壁挂架先用配的膨胀螺丝打孔固定底板，再把架子往下一挂就卡住了，我给您发个安装视频
""")

chat("douyin", "forbidden.decide_for_customer", "003 京东做法 4: 不要替顾客做决定",
     """
C: 这两个颜色我都喜欢 好纠结
A: [[那就黑色吧，我直接给您备注黑色了||两个颜色都百搭：黑色更耐脏，燕麦色更显温柔，您平时穿深色多还是浅色多呀？]]
C: 那就黑的吧
""")

chat("taobao", "forbidden.blind_promise|ad.absolute", "002 售前疑难 3 (切记不要自己承诺客户): promising the pot will never break",
     """
C: 这个锅能用十年不坏吗
A: [[放心，用一辈子都坏不了||这款锅身是三层复合钢，正常使用很耐用，我们提供一年质保，期间有质量问题免费换新]]
C: 好
""")

chat("jd", "forbidden.blind_promise", "002 第二篇 6.1(7): 禁止盲目承诺 – guaranteeing a delivery time the shop does not control",
     """
C: 明天中午前一定能到吗 我急用
A: [[一定能到，您放心，我跟您保证||今天下午发京东快递，北京同城一般次日上午送达，我这边也会帮您盯着物流]]
C: 行
""")

# ---------------------------------------------------------------- advertising claims

chat("pinduoduo", "ad.superlative", "003 拼多多禁语 3 (最系列): 最 in a product claim",
     """
C: 这纸巾好用吗
A: [[我们家纸巾是全店卖得最好、最柔软的||这款是原生木浆，四层加厚，沾水不容易破，回购的顾客挺多的]]
C: 那来两提
""")

chat("douyin", "ad.first", "003 拼多多禁语 3 (第一系): 销量第一 as a claim",
     """
C: 这精华有用吗
A: [[这款是同类里销量第一的，效果没得说||这款含烟酰胺和积雪草，坚持用一个月左右肤色会匀一点，效果因人而异哈]]
C: 嗯
""")

chat("taobao", "ad.absolute", "003 广告禁用词 1 / 拼多多禁语 3 (绝对系)",
     """
C: 羽绒服会钻绒吗
A: [[绝对不钻绒，您放一百个心||这款用了防绒面料加双层内胆，正常穿着很少钻绒，万一钻绒收到7天内可以退换]]
C: 好的
""")

chat("jd", "ad.percent|ad.absolute", "003 广告禁用词 1 (百分百): a 100 % claim about filtering",
     """
C: 这个净水器能把重金属过滤掉吗
A: [[能，百分之百过滤干净||能的，这款是ＲＯ反渗透滤芯，对铅、镉这类重金属有去除效果]]，检测报告我发您看一下
C: 好
""")

chat("pinduoduo", "ad.whole_net|ad.price,forbidden.argue?", "003 拼多多禁语 3 (全网系、价格系)",
     """
C: 别家这个电动牙刷比你们便宜
A: [[不可能，我们已经是全网最低价了||理解您想买得实惠，我们这款是品牌授权店发货，现在拍还送一个替换刷头]]
C: 哦
""")

chat("douyin", "ad.inducement", "003 广告禁用词 3 / 拼多多禁语 3 (诱导系): pressing the buyer with a last chance",
     """
C: 我再考虑考虑
A: [[亲，最后一波了，错过今天就没这个价了！||好的亲，您慢慢考虑，有问题随时问我，这个活动到本周日晚上十二点结束]]
C: 嗯嗯
""")

chat("taobao", "ad.efficacy", "003 拼多多禁语 4: 过分夸大功效 – medical claims for a foot patch",
     """
C: 这个足贴真能排毒吗
A: [[能的，贴一晚就把体内湿气毒素吸出来，失眠也能调好||这款是艾草足贴，主要是温热放松的感觉，不能代替治疗，睡眠不好的话建议咨询医生哦]]
C: 好吧
""")

chat("jd", "ad.authority", "003 广告禁用词 2 (权威词: 国家xx)",
     """
C: 这奶粉安全吗 给宝宝喝的
A: [[放心，这是国家指定的婴幼儿奶粉品牌||这款是原罐进口，每批都有检验检疫证明，需要的话我发给您看]]
C: 好的 发我看看
A: [图片]
""")

chat("douyin", "ad.top_grade", "003 广告禁用词 1 (顶级) / 拼多多禁语 3 (终极系)",
     """
C: 这茶叶怎么样
A: [[这是顶级明前龙井，极品中的极品||这是今年三月中旬采的明前龙井，一芽一叶，香气清，回甘明显]]
C: 多少钱一斤
A: 250克一罐是268元，两罐包邮
""")

chat("pinduoduo", "ad.unique", "003 拼多多禁语 3 (唯一系)",
     """
C: 这收纳盒跟别家有啥不一样
A: [[我们是市面上独一家做磁吸叠放的||我们这款盒子侧面带磁吸，可以横着拼在一起，叠放也不容易滑]]
C: 哦哦
""")

chat("taobao", "ad.debut", "003 广告禁用词 1 (首发)",
     """
C: 这个是新款吗
A: [[是的，全球首发，别处都还买不到||是的，这款是这个月刚上架的，月底前拍下送同色杯垫]]
C: 好看
""")

chat("douyin", "ad.unverifiable", "003 广告禁用词 4 (无法考证的词: 国际品质、正品)",
     """
C: 这包是真皮吗
A: [[是的，国际品质，保证正品||是头层牛皮的，内衬是棉布]]，随包附材质检测报告
C: 好
""", iso=True)

# ---------------------------------------------------------------- platform books

chat("pinduoduo", "platform.pinduoduo.contact_app", "003 拼多多禁语 1 / 售前 二: no third-party social app, abbreviations included",
     """
C: 售后能不能加个联系方式 方便点
A: [[可以加我ｖｘ：xiaoqiao_2024，我拉您进老客户群||您直接在这个聊天窗口找我们就行，售后问题都在平台上给您处理，留言我们也会尽快回复]]
C: 好吧
""")

chat("pinduoduo", "platform.pinduoduo.contact_app", "003 拼多多售前 二: 拼音谐音都不可以 – a homophone of 微信",
     """
C: 你们有群吗 上新通知我一下
A: [[有的，加一下我的薇，名字叫巧手收纳小助手||上新会在店铺首页展示，您点一下“关注店铺”，上新就会收到提醒啦]]
C: 行
""")

chat("pinduoduo", "platform.pinduoduo.marketplace", "003 拼多多禁语 1: naming another marketplace",
     """
C: 跟某宝上卖的是一样的吗
A: [[一样的，我们淘宝也有店，这边比那边便宜||我们家商品都是自己工厂出的，价格以这个店铺为准]]
C: 哦
""")

chat("pinduoduo", "platform.pinduoduo.collect_on_delivery|platform.pinduoduo.off_platform", "003 拼多多禁语 6: 到付 and other ways of paying",
     """
C: 可以货到付款吗
A: [[可以的，给您发到付||不好意思亲，平台只支持在线付款，收到后不满意7天内可以无理由退货，您放心拍]]
C: 那我拍了
A: 好的，拍好后我帮您核对地址
C: 好了
A: 跟您核对一下：马先生，139****8102，河南省郑州市金水区农业路45号，对吗？
C: 对
""")

chat("pinduoduo", "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: 好评返现 – paying for a good review",
     """
C: 收到了 挺好的
A: [[谢谢亲！确认收货给个五星好评，截图发我返您3块红包哈||谢谢亲的认可！用的时候有任何问题随时来找我们哦]]
C: 嗯嗯
""")

chat("pinduoduo", "platform.pinduoduo.baobei", "003 拼多多禁语 2/7: 宝贝 is the other platform's word for goods",
     """
C: 我买的东西发了没
A: [[亲，宝贝已经发出了||亲，商品已经发出了]]，中通快递，单号7531****2286
C: 好
""", first=[CARD_PDD])

chat("pinduoduo", "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: 支持7天无理由退换",
     """
C: 裤子大了点 能退吗 没穿过
A: [[不是质量问题不给退哦||可以的亲，支持7天无理由退货，吊牌别剪，在订单页申请退货就行，退回的运费需要您承担]]
C: 行吧
""")

chat("pinduoduo", "pii.mobile", "003 拼多多禁语 8: the buyer's full phone number sent in the chat",
     """
C: 帮我核对下地址 我怕写错了
A: [[收件人王女士，电话13812345678，广西南宁市青秀区民族大道136号，对吗？||收件人王女士，电话138****5678，广西南宁市青秀区民族大道136号，对吗？]]
C: 对的
""")

chat("taobao", "platform.taobao.other_app", "003 拼多多禁语 1 (applied to Taobao): sending the buyer to another app",
     """
C: 这条裙子怎么搭比较好看
A: [[您去小红书搜我们店名，有好多买家秀||配白色短款开衫或者牛仔外套都好看，我发几张模特实拍给您参考]]
C: 好
""")

chat("taobao", "platform.taobao.contact_app", "003 拼多多禁语 1 (applied to Taobao): a WeChat id for wholesale",
     """
C: 我想批发一点 有没有别的联系方式
A: [[批发的话加我微信细聊吧：chashe88||批发的话直接在这里跟我说要的品种和数量，我给您算阶梯价]]
C: 要二十斤
""")

chat("taobao", "platform.taobao.off_platform", "003 拼多多禁语 6 (applied to Taobao): 转账 outside the order",
     """
C: 能直接转账给你吗 省点手续费
A: [[可以呀，支付宝直接转我，给您便宜十块||不好意思亲，付款一定要在订单里完成，这样钱有平台保障；我给您改价优惠十元，您再付就行]]
C: 好
""")

chat("taobao", "platform.taobao.review_incentive", "003 拼多多禁语 5 (applied to Taobao): cash back for a good review with photos",
     """
C: 收到了
A: [[亲，给个带图好评，返现5元哦||亲，收到就好，使用上有任何问题随时找我们哦]]
C: 好
""", form="tradc")

chat("jd", "platform.jd.marketplace", "003 拼多多禁语 1 (applied to JD): naming another marketplace",
     """
C: 这个在别的平台才卖39
A: [[拼夕夕上那些您就别信了||理解您想买得划算，我们是品牌授权店，这个价格含一年保修，还能开发票]]
C: 哦
""", timed=False)

chat("jd", "platform.jd.other_app", "003 拼多多禁语 1 (applied to JD): sending the buyer to a video app",
     """
C: 怎么安装啊 有视频吗
A: [[您去抖音搜一下这个型号，安装视频很多||有的，我把安装视频直接发给您]]
C: 好
""")

chat("jd", "platform.jd.review_incentive", "003 拼多多禁语 5 (applied to JD): a reward for a five-star review",
     """
C: 东西不错👍
A: [[谢谢认可！晒单五星好评后联系我，送您20京豆||谢谢您的认可，有问题随时联系我们哦]]
C: 嗯
""")

chat("jd", "platform.jd.off_platform", "003 拼多多禁语 6 (applied to JD): picking up at the factory and paying cash",
     """
C: 我就在你们厂附近 能自己去拿吗
A: [[可以，您直接来厂里拿，现金给我就行||感谢支持，我们这边暂时不提供自提，京东快递从仓库发出，您那边一般第二天就到]]
C: 好
""")

chat("douyin", "platform.douyin.contact_app", "003 拼多多禁语 1 (applied to Douyin): a QQ number spelt out",
     """
C: 能私聊吗
A: [[您加我扣扣吧 二九三八四一零七||有问题在这里跟我说就可以，我一直在线的]]
C: 那好吧
""")

chat("douyin", "platform.douyin.off_platform", "003 抖音小店 2: 二维码 – a payment code outside the shop",
     """
C: 怎么付款
A: [[我发您个收款码，扫码付就行||点商品下面的“立即购买”，在订单里付款就可以]]
C: 好
""")

chat("douyin", "platform.douyin.review_incentive", "003 抖音小店 1: asking for a good review with a gift",
     """
C: 收到了 味道还行
A: [[亲亲，帮忙给个好评呀，晒图送您一包小零食～||谢谢亲的反馈～口味上有什么建议也可以告诉我们哦]]
C: 好
""")

chat("douyin", "platform.douyin.marketplace", "003 拼多多禁语 1 (applied to Douyin): pointing to a store on another marketplace",
     """
C: 你们有天猫店吗
A: [[有的，天猫搜我们店名也能买||我们目前就在这个小店销售，在这里下单就可以]]
C: ok
""")

chat("douyin", "platform.douyin.collect_on_delivery", "003 拼多多禁语 6 (applied to Douyin): 货到付款",
     """
C: 能到付不
A: [[可以的，下单的时候选货到付款||抱歉亲，目前只支持在线付款，收到货不满意可以申请7天无理由退货]]
C: 好吧
""")

chat("pinduoduo", "platform.pinduoduo.invoice_refusal", "003 拼多多售前 一: 不能拒绝客户开票需求",
     """
C: 能开发票吗
A: [[我们这个价格不开票的||可以开的亲，下单后在订单详情里申请电子发票，填抬头和税号，三个工作日内开出]]
C: 好的
""")

# ---------------------------------------------------------------- openings, closings, timing

chat("taobao", "greeting.chat,forbidden.bare_ack?", "000 篇5 第一 / 001 开场白: the first reply greets and offers help",
     """
C: 在吗
A: [[在||您好，在的，我是{shop}客服{name}，请问有什么可以帮您？]]
C: 这个杯子能放微波炉吗
A: 这款是不锈钢的，不能放微波炉哦，陶瓷内胆的那款可以
C: 好的
""", open=False)

chat("jd", "greeting.chat", "001 开场白 / 000 篇4 开头: the agent answers the question without any welcome",
     """
C: 这个电热水壶是304的吗
A: [[是304的，放心用||您好，欢迎光临{shop}，我是{name}～是304不锈钢内胆的，放心用]]
C: 好
""", open=False)

chat("pinduoduo", "greeting.chat,forbidden.address_ni", "000 篇5 第一: 在的，你好 is the banned first reply",
     """
C: 在吗
A: [[在的，你好||在的，您好，我是{shop}的{name}，很高兴为您服务，请问有什么可以帮您？]]
C: 收纳箱有大号的吗
A: 有的，大号是60升，现在有货
C: 好
""", open=False)

chat("douyin", "closing.chat", "000 篇5 第六 / 001 结束语: the chat ends without thanks for the visit or goodbye",
     """
C: 尺码表在哪看
A: 我直接发给您：S码胸围84，M码88，L码92，您平时穿多大？
C: M吧
A: M码适合您，有现货
A: 请问还有其他可以帮您的吗？
C: 没了
A: [[好||好的，感谢您光临{shop}，祝您生活愉快，再见～]]
""", close=False)

chat("taobao", "closing.chat_ask", "000 篇4 11 / 001 结束语: the goodbye comes without asking whether anything else is needed",
     """
C: 茶叶怎么泡
A: 绿茶用80度左右的水，茶水比1比50，泡两分钟就可以出汤
C: 好的 知道了
V> A: 好的，感谢光临{shop}，祝您生活愉快，再见～
K> A: 请问还有其他需要帮忙的吗？
K> C: 没有了
K> A: 好的，感谢光临{shop}，祝您生活愉快，再见～
""", close=False)

chat("jd", "response.thanks.chat", "000 篇7 24: 客户说谢谢后一定要回复",
     """
C: 衣服小了想换大一码
A: 好的，已经给您登记换货了，新的明天发出
C: 好的 谢谢你啊
A: [[另外提醒您，旧的寄回时把吊牌一起放进去哦。请问还有其他问题吗？||不客气～另外提醒您，旧的寄回时把吊牌一起放进去哦。请问还有其他问题吗？]]
C: 没有了
A: 好的，感谢您光临{shop}，祝您生活愉快，再见！
""", close=False)

chat("pinduoduo", "response.complaint.chat", "002 参考用语2 1-2 / 003 抖音话术 1: a complaint about slow shipping answered without an apology",
     """
C: 你们发货也太慢了吧
C: 等了五天了！！
A: [[订单今天已经发出了，单号是YT8823****4417||非常抱歉让您久等了！最近订单多，打包慢了，您的订单今天已经发出，单号是YT8823****4417]]
C: 行吧
""", first=[CARD_PDD])

chat("douyin", "response.harm.chat,response.complaint.chat?", "003 抖音售后 1 / 000 篇2 四、5: a skin reaction reported and no word of comfort",
     """
C: 用了你们面膜脸上起了好多小红疹
C: 又痒又疼
A: [[请问您用的是哪一款呀？||真的非常抱歉让您受罪了！请先停用，用清水洗干净，痒得厉害的话尽快去皮肤科看看。麻烦告诉我是哪一款，我马上帮您登记处理]]
C: 玻尿酸那款
A: 收到，这单我给您申请全额退款，您不用寄回
""", first=[CARD_DY])

chat("taobao", "response.suggestion.chat,forbidden.bare_ack?", "000 篇2 五、4 / 篇7 52: a customer's suggestion answered without thanks",
     """
C: 建议你们包装里放个洗涤说明 不然不知道怎么洗
A: [[好的||非常感谢您的宝贵建议！我已经记下来转给负责包装的同事了]]
C: 嗯
""", form="trad")

chat("jd", "response.reply_time.chat|response.defer_without_time", "000 篇1 7: 告知客户回复时间 – a vague 尽快 instead of a time",
     """
C: 换的新的啥时候给我寄
A: [[我们会尽快给您安排的||新的今天下午三点前寄出，明天就能到，寄出后我把单号发您]]
C: 好
""")

chat("pinduoduo", "response.apology.chat", "000 篇2 五、6: 没关系，请不必介意 when the customer apologises",
     """
C: 快递还没到 你们怎么搞的
A: 非常抱歉让您着急了，我帮您查一下物流
C: 不好意思啊 刚才语气有点冲
A: [[嗯嗯，我继续帮您查物流||没关系的，您别介意～我继续帮您查物流]]
A: 包裹今天早上已经到您那边的网点了，下午派送
C: 好
""")

chat("douyin", "transfer.consent.chat", "002 售前 四、2 / 000 篇2 三、9: handing the chat to someone else without a word",
     """
C: 我要开个发票 单位抬头的
K> A: 开票的问题财务同事处理更快，我帮您转给财务专员，请稍等～
S: 当前会话已转接至【财务-小吴】
A: 您好，我是财务小吴，请把单位名称和税号发给我
C: 杭州某某科技有限公司 91330100****2217
A: 收到，电子发票今天下班前开好，开好后在订单里就能下载
""")

chat("taobao", "response.late_reply.chat", "000 篇5 第三 / 篇4 1: a reply after five minutes with no word about the wait",
     """
C: 这个还有现货吗
+300 A: [[有的亲，现货当天发||不好意思让您久等了，有的亲，现货当天发]]
C: 好
""")

chat("jd", "response.first_reply.chat,response.first_reply_3s.chat?", "000 篇8 沟通技巧 1 / 篇7 51: the first reply comes after 40 seconds",
     """
C: 你好 在吗
[[+40 ||]]A: 您好，欢迎光临{shop}，我是{name}，请问有什么可以帮您？
C: 这个榨汁机能打冰吗
A: 可以的，这款是破壁机，冰块和冻水果都能打
C: 好
""", open=False)

chat("pinduoduo", "response.confirm_address.chat", "002 售前 四、4 / 003 (下单后主动核对地址): an order placed and the address not checked",
     """
C: 好的 我已经拍了
A: [[好的亲，今天就给您发出||好的亲，跟您核对一下收货信息：孙女士，152****9036，浙江省金华市义乌市稠城街道宾王路168号，对吗？]]
K> C: 对的
K> A: 好的，今天就给您发出
""")

chat("douyin", "response.reply_time.chat|response.defer_without_time", "000 篇1 7: a question about when the refund arrives answered without a time",
     """
C: 退款多久能到账
A: [[会尽快到账的哦||审核通过后原路退回，抖音支付一般24小时内到账，银行卡一到三个工作日]]
C: 好
""")

chat("jd", "response.urge,response.complaint.chat?", "002 售后 四、2: 客户来催单 – the chase is met with two words, no time and no comfort",
     """
C: 我的货到底啥时候发
C: 都问两次了
A: [[在安排了||让您着急了，实在抱歉！您的订单已经在打包，今天下午五点前交给京东快递，晚上就能看到物流]]
C: 好
""")

chat("taobao", "response.ask_more_skips_question.chat", "003 客服的方法 (解决问题): asking whether there is anything else while the question is unanswered",
     """
C: 另外问下 这个能机洗吗
A: [[请问还有其他问题吗？||可以机洗的，放洗衣袋用轻柔模式就行。请问还有其他问题吗？]]
C: 没了
A: 好的，感谢您光临{shop}，祝您生活愉快，再见～
""", close=False)

chat("pinduoduo", "forbidden.wait_short|forbidden.wait_bare", "000 篇2 五、1: a curt 等下 before a lookup",
     """
C: 订单2512****3390 到哪了
A: [[等下哈||好的亲，麻烦您稍等一下，我马上查]]
A: 谢谢您的耐心等待，包裹在郑州转运中心，预计后天送到
C: 好
""")

chat("taobao", "forbidden.abuse|forbidden.rude,response.complaint.chat?,forbidden.address_ni?", "003 拼多多禁语 5: 不能直接骂回去 – insulting a customer who insulted the shop",
     """
C: 你们就是骗子 垃圾店
A: [[你才垃圾，爱买不买||很抱歉让您这么生气，是遇到什么问题了吗？您跟我说说，我一定尽力帮您处理]]
C: 说好的赠品没给
A: 非常抱歉漏发了赠品，我今天给您单独补寄，单号出来马上发您
""")
