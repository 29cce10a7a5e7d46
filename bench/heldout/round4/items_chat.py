"""Violating chat middles (forbidden phrasing), each with its twin's line."""
from common import V

ITEMS = [
V("forbidden.rude", "tb", """
C: 这件大衣能再便宜点吗 有点超预算了
[A: 超预算就别硬买了嘛，又没人逼您下单|A: 理解您的想法，这款现在已经是活动价了，您领一下店铺满300减30的券会更划算哦]
""", "001 禁用语 太贵了就不要用了: 'over budget, don't force it, nobody makes you'"),
V("forbidden.rude", "jd", """
C: 我还是没弄明白这个路由器怎么设置
[A: 看不懂说明书的话 那就别折腾了 找个懂的人来弄吧|A: 没关系，我一步一步教您：先用网线连上电脑，再在浏览器打开说明书上的管理地址就可以进入设置页]
""", "003 京东禁用语 4: 'if you can't read the manual stop messing with it', colloquial"),
V("forbidden.rude", "dy", """
C: 你们这服务太差了 我要去投诉
[A: 您爱上哪投就上哪投，悉听尊便|A: 真的很抱歉让您有了不好的体验，您遇到的问题我这边马上帮您处理，麻烦您先说一下具体情况好吗]
""", "003 京东禁用语 9: 'complain wherever you please', literary form"),
V("forbidden.rude", "pdd", """
C: 就不能包邮吗 才差两块钱
[A: 两块钱都舍不得出 那就别网购了吧|A: 亲，很抱歉这款需要满19元才包邮，您再凑一件小物就能包邮啦]
""", "003 拼多多禁语 5 / 001 太贵了就不要用了: 'can't spare two yuan, then don't shop online'"),
V("forbidden.rude", "tb", """
C: 你說的這個尺碼表我看不太懂
[A: 我講了您也理解不了的，直接按平時穿的碼拍吧|A: 不好意思是我沒說清楚，您告訴我身高體重，我幫您對照一下尺碼表]
""", "003 天猫禁语 二 '我说的您是不会理解的' in traditional characters, reworded", trad=True),
V("forbidden.impatient", "jd", """
C: 那这个保修是一年还是两年来着
[A: 这都第三回问了，上面写得清清楚楚的|A: 这款整机保修两年，主要部件保修三年哦]
""", "003 京东禁用语 6 怎样还问啊: 'third time you ask, it's written above'"),
V("forbidden.impatient", "dy", """
C: 还有就是 颜色能换吗 还有发票 还有那个赠品
[A: 您一次性说完行不行 我这边好多人等着呢|A: 好的，我们一项一项来：颜色可以换，发票可以开，赠品会随单一起寄出]
""", "003 京东禁用语 12 / 天猫禁语 一: 'say it all at once, many people waiting'"),
V("forbidden.impatient", "pdd", """
C: 我再问下 这个米是今年的新米吗
[A: 哎呀急啥 等我回完前面的再说|A: 亲，是今年十月新收的大米，包装上有生产日期可以看到哦]
""", "000 篇6 / 天猫禁语 一 烦躁语: 'what's the rush, wait till I answer the others'"),
V("forbidden.impatient", "tb", """
C: 我就想知道到底啥时候发货😭
[A: 催也没用啊 仓库又不是为您一家开的|A: 理解您着急的心情，您的订单预计明天下午从杭州仓发出，发出后物流会实时更新]
""", "003 京东禁用语 12 我不是为你一个人效劳的: 'the warehouse is not open for you alone'"),
V("forbidden.rhetorical", "jd", """
C: 我插上电怎么没反应啊
[A: 您开关打开了没有啊？这还用问吗|A: 麻烦您先看一下机身背面的电源开关是否已经拨到ON的位置，指示灯亮了就说明通电了]
""", "003 京东禁用语 3 / 无礼质问: 'did you even turn it on? need you ask?'"),
V("forbidden.rhetorical", "dy", """
C: 这个面霜敏感肌能用吗
[A: 详情页不是写着呢吗 您没看见？|A: 可以的，这款是无香精配方，敏感肌可以先在耳后试用一下，没有不适再全脸使用]
""", "003 天猫禁语 四 / 京东做法 7 反问: 'isn't it written on the page, didn't you see?'"),
V("forbidden.rhetorical", "pdd", """
C: 我买的是大号怎么发成小号了
[A: 您確定沒拍錯嗎？|A: 非常抱歉给您添麻烦了，麻烦您发一下包装上的尺码标签照片，我这边马上核对]
""", "003 京东禁用语 3 你有没有搞错: traditional characters in a simplified chat"),
V("forbidden.rhetorical", "tb", """
C: 你们那个退货地址在哪看
[A: 这个都不知道吗 亲|A: 亲，退货地址在订单详情里点申请售后就能看到，我也把地址发给您：浙江省杭州市余杭区仓前街道88号]
""", "003 天猫禁语 四 / 无礼质问: 'you don't even know this?'"),
V("forbidden.blame", "jd", """
C: 快递员把包裹放门口丢了
[A: 那是快递的问题 跟我们店没啥关系|A: 非常抱歉发生这样的事，我这边马上联系快递核实，如果确认丢件会给您补发或者退款]
""", "000 篇2 四、4 / 京东禁用语 8 这不是我的错: 'that's the courier's fault, nothing to do with our shop'"),
V("forbidden.blame", "dy", """
C: 为什么我的优惠券用不了
[A: 系统这么设定的 我们也没辙|A: 很抱歉，这张券需要满99元才能使用，您现在是89元，再加一件小样就可以用啦]
""", "003 京东禁用语 13 这是规则: 'the system is set that way, we can't help it'"),
V("forbidden.blame", "pdd", """
C: 地址写错了 能改吗
[A: 地址是您自个儿填错的 這個怪不得我們哈|A: 亲，订单还没发货，可以改的，您把新的地址发给我，我帮您修改]
""", "000 篇2 四、4 / 京东禁用语 8: 'you filled it in wrong yourself, can't blame us' (mixed characters)"),
V("forbidden.refusal", "tb", """
C: 能帮我把两个订单合并一起发吗
[A: 这个弄不了|A: 很抱歉两个订单在不同仓库，没法合并发货，不过两个包裹都会包邮，预计同一天到]
""", "003 京东禁用语 10 不行没方法: 'can't do that' bare", expect_alt="forbidden.refusal|forbidden.refusal_bare"),
V("forbidden.refusal", "dy", """
C: 那你帮我看看哪款适合油皮
[A: 我也不是很懂护肤 您自己看吧|A: 油皮的话推荐您这款清爽型乳液，质地比较轻薄，不容易闷痘]
""", "003 京东禁用语 11 你本人看吧,我也不是很懂: reworded"),
V("forbidden.refusal", "jd", """
C: 你们这个功能太多了 能一个个给我讲讲吗
[A: 这么多功能哪能一条条都讲清楚呀|A: 好的，我先给您讲最常用的三个：一键烘干、童锁和预约洗，其他的您用到时随时问我]
""", "001 禁用语 怎么能一一说清楚: reworded"),
V("forbidden.refusal_no_alternative", "pdd", """
C: 能不能帮我寄到国外
[A: 很抱歉，国外这边我们是没办法寄送的|A: 很抱歉，我们暂时只支持国内地址，建议您寄给国内的亲友代收后再转寄]
""", "000 篇2 五、2: an apology but no further suggestion"),
V("forbidden.refusal_no_alternative", "tb", """
C: 还有其他办法吗 我真的急用
[A: 不好意思哦 能想的办法都想了 没有更好的建议了|A: 不好意思让您着急了，您可以选择顺丰加急，今天下单明天就能送到]
""", "001 禁用语 没有什么更好的建议了: reworded"),
V("forbidden.refusal_bare", "jd", """
C: 能帮我把发票抬头改成公司吗 已经开出来了
[A: 改不了。|A: 很抱歉已经开具的发票需要先红冲，您在订单页申请换开就可以，重新开具的发票一般1到2个工作日发到您邮箱]
""", "000 篇2 五、2 / 京东做法 3: a bare 'can't change it.'"),
V("forbidden.argue", "dy", """
C: 我收到的口红颜色跟图片不一样
[A: 不会的 我们拍的都是实物图 肯定是您手机屏幕的问题|A: 很抱歉让您失望了，麻烦您在自然光下拍一张照片发给我，我帮您和实物色号对比一下]
""", "000 篇1 4 / 京东培训 一 争辩: 'impossible, it's your phone screen'"),
V("forbidden.argue", "pdd", """
C: 我明明选的是次日达
[A: 不对，您下单时选的是普通快递，这个我看得很清楚|A: 抱歉让您误会了，我这边看到订单上是普通快递，可能是页面切换时没有选上，我帮您联系仓库尽量优先发出]
""", "京东培训 一 争辩: contradicting the customer flatly"),
V("forbidden.argue", "tb", """
C: 这衣服洗一次就缩水了
[A: 没可能缩的亲 我们这个面料是预缩过的 是您洗的方法不对|A: 非常抱歉，麻烦您拍一下衣服平铺和洗标的照片，我们这边核实后给您处理]
""", "京东培训 一 争辩 + blame: 'no way it shrank, you washed it wrong'"),
V("forbidden.pardon_bare", "jd", """
C: 就是那个那个 蓝色那款 带灯的
[A: 没看懂，您再描述一下|A: 不好意思，我没太理解您说的是哪一款，麻烦您发一下商品链接好吗]
""", "000 篇2 五、5: a request to say it again with no apology"),
V("forbidden.out_of_stock_bare", "tb", """
C: 这款米色的M码还有吗
[A: 米色M码已经卖光了|A: 不好意思米色M码暂时售罄了，同款的燕麦色M码还有货，颜色也很接近，您可以看看]
""", "001 案例1-4 / 002 售前疑难 5: sold out, nothing else offered"),
V("forbidden.out_of_stock_bare", "dy", """
C: 小样还能送吗
[A: 小样木有了哦|A: 不好意思小样已经送完了，我们给您换成一片同系列面膜可以吗]
""", "001 案例1-4: '木有了' slang for 没有了"),
V("forbidden.uncertain", "pdd", """
C: 这个榨汁机能榨甘蔗吗
[A: 这个我不太清楚诶|A: 这款不建议榨甘蔗哦，甘蔗纤维太硬，容易卡住刀头，像苹果、橙子这类水果都没问题]
""", "001 禁用语 不清楚: '不太清楚诶'"),
V("forbidden.uncertain", "jd", """
C: 这台笔记本能加内存条吗
[A: 伱好 这个俺也不晓得|A: 可以的，这款有一个空余的内存插槽，最大支持扩展到32G]
""", "京东禁用语 7 不晓得: dialect 俺, typo 伱"),
V("forbidden.uncertain", "dy", """
C: 那这两个色号有啥区别
[A: 差不多的，区别不大|A: 01号偏粉调，适合白皮；02号偏橘调，黄皮涂会更显气色]
""", "001 禁用语 差不多意思: '差不多的'"),
V("forbidden.uncertain_hedge", "tb", """
C: 我今天拍的话几号能到北京
[A: 大概率后天能到吧|A: 今天下午四点前拍的话当天发出，发往北京一般是两天送达，也就是后天]
""", "001 禁用语 大概: '大概率…吧'"),
V("forbidden.uncertain_hedge", "pdd", """
C: 退款什么时候能到账
[A: 应该明天就能到了吧|A: 退款已经原路退回，零钱支付的一般实时到账，银行卡的话1到3个工作日]
""", "000 篇2 五、8 模糊: '应该…吧'"),
V("forbidden.uncertain_hedge", "jd", """
C: 这个尺寸放得进我家的柜子吗 柜子宽60
[A: 可能放得下吧 您自己量一下|A: 这款宽度是58厘米，放进60厘米的柜子两边各留1厘米，能放进去，不过建议背面留点散热空间]
""", "001 禁用语 可能: '可能…吧'"),
V("forbidden.english", "tb", """
C: 那我就拍这个灰色的了
[A: OK的亲，拍下后记得核对一下收货地址哈|A: 好的亲，拍下后我帮您核对一下收货地址]
C: 拍好了
A: 收到，跟您确认一下收货信息：李女士，138****5621，上海市浦东新区张江路100弄，对吗？
C: 对的
""", "001 禁用语 OK: 'OK的亲'"),
V("forbidden.english", "jd", """
C: 能给我开个发票吗 要公司抬头
[A: yes 可以开的，您把抬头和税号发我|A: 可以开的，麻烦您把公司抬头和税号发给我]
""", "001 禁用语 YES: lower-case 'yes'"),
V("forbidden.english", "dy", """
C: 能不能送货上门 我不方便去驿站
[A: no，我们这边是统一放驿站的，上门需要跟快递另约|A: 很抱歉我们默认是送到驿站，您可以在物流页面联系快递员预约送货上门]
""", "001 禁用语 NO: lower-case 'no'"),
V("forbidden.address_ni", "pdd", """
C: 这个洗衣液是浓缩的吗
[A: 是浓缩的，你用的时候半瓶盖就够了|A: 是浓缩型的，您每次用半瓶盖就够了]
""", "000 篇8 售前服务 对买家的尊称都用您: '你'"),
V("forbidden.address_ni", "jd", """
C: 那我先下单了
[A: 好的 你下单后 我这边安排今天发出|A: 好的，您下单后，我这边安排今天发出]
C: 下好了
A: 好的，跟您确认一下收货信息：赵先生，139****0087，北京市朝阳区望京东路6号，对吗？
C: 没问题
""", "000 篇5 第一 / 篇8: '你' in an otherwise polite line"),
V("forbidden.address_ni", "tb", """
C: 能便宜点吗
[A: 妳好 這個已經是活動價了哦|A: 您好，這個已經是活動價了，您可以領店鋪券再減十元]
""", "000 篇8 对买家的尊称都用您: '妳好' in traditional characters", trad=True),
V("forbidden.wait_bare", "dy", """
C: 帮我查下物流到哪了
[A: 等下|A: 好的，麻烦您稍等，我帮您查一下，谢谢]
A: 您的包裹现在已经到达成都转运中心了，预计明天派送
""", "000 篇2 五、1: '等下' alone", expect_alt="forbidden.wait_bare|forbidden.wait_short"),
V("forbidden.wait_bare", "pdd", """
C: 我想改一下收货电话
[A: 等会儿哈|A: 好的亲，请稍等片刻，我帮您查一下订单，谢谢您]
A: 订单还没发货，可以修改的，您把新号码发给我就好
""", "000 篇2 五、1: '等会儿哈'", expect_alt="forbidden.wait_bare|forbidden.wait_short"),
V("forbidden.wait_short", "jd", """
C: 这个型号和上一代有啥不同
[A: 稍等一下下|A: 请您稍等，我帮您对比一下两代的参数，谢谢]
A: 新款主要升级了处理器和续航，续航多了大约两个小时，重量也轻了100克
""", "000 篇2 五、1 / 004 保持 1: '稍等一下下' without thanks or apology", expect_alt="forbidden.wait_short|forbidden.wait_bare"),
V("forbidden.wait_short", "tb", """
C: 帮我看看那个订单发了没
[A: 稍後|A: 麻煩您稍等，我幫您查一下，謝謝]
A: 您的訂單今天上午已經發出了，快遞單號是 SF1234567890
""", "000 篇2 五、1: '稍後' in traditional characters", trad=True),
V("forbidden.wordless_reply", "dy", """
C: 谢谢啦 这个问题解决了
[A: 🌹🌹|A: 不客气呀🌹 能帮到您就好]
""", "000 篇5 第一 / 篇2 五、7: an answer of two emoji only (emoji_only fair too)", expect_alt="forbidden.wordless_reply|forbidden.emoji_only,response.thanks.chat?"),
V("forbidden.emoji_only", "pdd", """
C: 那我下午再拍可以吗 活动还在吗
[A: {{OK}}{{OK}}|A: 可以的亲，活动到今晚12点结束，下午拍也能享受]
""", "000 篇5 第一: sticker codes only", expect_alt="forbidden.emoji_only|forbidden.wordless_reply,forbidden.english?"),
V("forbidden.emoji_only", "tb", """
C: 发货的时候能帮我多放两个衣架吗
[A: 👌|A: 可以的亲，发货时给您多放两个衣架]
""", "000 篇2 五、7: a single 👌", expect_alt="forbidden.emoji_only|forbidden.wordless_reply"),
V("forbidden.bare_ack", "jd", """
C: 我想改成周六送货
[A: 哦|A: 好的，我帮您备注成周六送货，快递会在周六上午联系您]
""", "001 禁用语 哦: a bare 哦", expect_alt="forbidden.bare_ack|forbidden.interjection_o"),
V("forbidden.bare_ack", "dy", """
C: 那我明天再来看看
[A: 嗯|A: 好的，欢迎您明天再来，有问题随时找我]
""", "000 篇2 五、7: a bare 嗯"),
V("forbidden.interjection_o", "pdd", """
C: 我刚刚付款了
[A: 哦哦 收到 今天给您发|A: 好的，已经收到您的付款，今天给您安排发货]
A: 跟您确认一下收货信息：周女士，137****2210，杭州市西湖区文三路90号，对吗？
C: 对
""", "001 禁用语 哦: '哦哦 收到'"),
V("forbidden.interjection_o", "tb", """
C: 我想要那个可以机洗的款
[A: 噢 那您看这款羊毛混纺的就行|A: 好的，那推荐您这款羊毛混纺的，可以放洗衣袋机洗]
""", "001 禁用语 哦: the variant 噢"),
V("forbidden.casual", "jd", """
C: 老板 这个显示器有坏点包换吗
[A: 有的大哥 一个坏点都包换|A: 有的，收到后有一个坏点都可以包换]
""", "001 禁用语 大哥"),
V("forbidden.casual", "dy", """
C: 姐妹 这个粉底液遮瑕力咋样
[A: 哈哈 这款遮瑕力很不错的|A: 这款遮瑕力挺不错的，痘印和黑眼圈都能遮住]
""", "001 禁用语 哈哈"),
V("forbidden.casual", "pdd", """
C: 我要退货
[A: 哎 又是退货|A: 好的，很抱歉商品没能让您满意，请问是什么原因需要退货呢]
C: 尺码小了
A: 好的，您在订单页申请退货就可以，选择尺码不合适，上门取件免费
""", "001 禁用语 哎 (casual and impatient)", expect_alt="forbidden.casual,forbidden.impatient?"),
V("forbidden.slang", "tb", """
C: 这个包能装下13寸笔记本吗
[A: 妥妥的 装个13寸绰绰有余|A: 可以的，内袋尺寸是34×24厘米，13寸笔记本可以放下]
""", "000 篇2 五、7 生活化的词语: 妥妥的"),
V("forbidden.slang", "dy", """
C: 这个吹风机风大吗
[A: 风力贼猛 yyds|A: 风力很足，最高档风速每秒20米，头发很快就能吹干]
""", "000 篇2 五、7: 贼猛 / yyds internet slang", expect_alt="forbidden.slang,forbidden.english?"),
V("forbidden.slang", "jd", """
C: 那我就下单了 今天能发吗
[A: 安排！今天必发 稳了|A: 可以的，今天下午五点前下单当天发出]
C: 好 下了
A: 跟您确认一下收货信息：孙先生，186****3344，南京市鼓楼区中山路18号，对吗？
C: 对
""", "000 篇2 五、7: 安排 / 稳了"),
V("forbidden.slang", "pdd", """
C: 这个拖把好用吗
[A: 绝绝子 用过的都说香|A: 这款拖把是免手洗的，挤水很方便，买过的顾客反馈都不错]
""", "000 篇2 五、7: 绝绝子 / 香"),
V("forbidden.buck_passing", "tb", """
C: 这件衬衫的面料成分是啥
[A: 亲 商品详情里都写着呢 您往下拉看看哈|A: 亲，面料是70%棉和30%聚酯纤维，透气不容易皱]
""", "000 篇8 售前服务 不要说去宝贝描述里看: 'it's in the details, scroll down'", cexpect="ad.percent?"),
V("forbidden.buck_passing", "jd", """
C: 安装师傅什么时候上门
[A: 安装的事您直接问售后吧 我这管不了|A: 我帮您查了一下，安装师傅预约在明天下午两点到四点上门，师傅会提前电话联系您]
""", "003 京东禁用语 15 这个问题你得去找: 'ask after-sales, not my area'"),
V("forbidden.buck_passing", "dy", """
C: 快递一直不动了
[A: 物流问题您自己找快递公司问问吧|A: 很抱歉让您久等了，我这边马上联系快递公司核实，今天下午五点前给您回复]
""", "003 京东禁用语 15: 'ask the courier company yourself'"),
V("forbidden.curt_demand", "pdd", """
C: 我东西少发了一件
[A: 照片拍来|A: 很抱歉给您添麻烦了，麻烦您拍一下收到的商品和包裹面单照片发给我好吗]
""", "003 京东做法 7 命令式: '照片拍来'"),
V("forbidden.curt_demand", "tb", """
C: 我要退款
[A: 先把订单编号给我|A: 好的，麻烦您提供一下订单编号，我帮您查一下]
""", "003 京东培训 三 命令口吻: '先把订单编号给我'"),
V("forbidden.curt_demand", "dy", """
C: 赠品没收到
[A: 截圖發過來|A: 很抱歉，麻煩您把收到的商品截個圖發給我好嗎]
""", "003 京东做法 7: '截圖發過來' in traditional characters"),
V("forbidden.abuse", "pdd", """
C: 你们就是骗子 垃圾店
[A: 你才垃圾 爱买不买|A: 非常抱歉让您这么生气，请您告诉我遇到了什么问题，我一定尽力帮您解决]
""", "003 拼多多禁语 5 不能直接骂回去: '你才垃圾'", expect_alt="forbidden.abuse,forbidden.rude?,forbidden.address_ni?,response.complaint.chat?"),
V("forbidden.abuse", "tb", """
C: 什么破玩意儿 用两天就坏
[A: 有病吧 自己摔坏了赖我们|A: 非常抱歉给您带来不便，麻烦您描述一下是哪里坏了，我这边帮您安排维修或者换新]
""", "000 篇8 售后服务 切忌与买家顶撞 / 拼多多禁语 5: '有病吧'", expect_alt="forbidden.abuse,forbidden.blame?,forbidden.rude?,response.complaint.chat?"),
V("forbidden.abuse", "jd", """
C: 你们客服都是机器人吧 说半天没用
[A: sb才跟你说半天|A: 很抱歉让您觉得没有帮到您，您现在最着急解决的是哪个问题，我马上跟进]
""", "003 拼多多禁语 5: the abbreviation sb", expect_alt="forbidden.abuse,forbidden.rude?,forbidden.address_ni?,response.complaint.chat?"),
V("forbidden.blind_promise", "dy", """
C: 我这个过敏了能全额退吗
[A: 放心 不管啥情况我都保证给您全退|A: 非常抱歉给您带来不适，请您先停用，麻烦拍一下过敏部位和产品的照片，我提交售后后会尽快给您答复退款方案]
""", "002 第二篇 6.1(7) 禁止盲目承诺", expect_alt="forbidden.blind_promise"),
V("forbidden.blind_promise", "tb", """
C: 这个外套冬天零下十度穿够吗
[A: 包您不冷 零下二十度都没问题|A: 这款充绒量是200克，零下十度左右里面搭一件毛衣会比较合适]
""", "002 第三篇 售前疑难 3 切记不要自己承诺"),
V("forbidden.blind_promise", "jd", """
C: 以后有问题能直接找你吗
[A: 只要找我 啥问题都能给您摆平|A: 可以的，以后有问题您直接在这里留言，我们客服会第一时间为您处理]
""", "003 京东禁用语 16 只需找客服,什么问题都能处理: reworded"),
V("forbidden.decide_for_customer", "tb", """
C: 白色和黑色哪个好 我有点纠结
[A: 就黑色吧 我直接给您备注黑色了|A: 白色显得清爽，黑色更耐脏，您平时穿搭偏哪种风格呢？我可以帮您参考一下]
""", "003 京东做法 4 不要替顾客做决定"),
V("forbidden.decide_for_customer", "jd", """
C: 退款还是换货 我还没想好
[A: 换货吧 我这边先给您走换货了啊|A: 两种都可以：退款的话三天内原路退回，换货的话新品明天寄出，您看您更想选哪一种]
""", "003 京东做法 4: choosing for the customer"),
V("forbidden.jargon", "jd", """
C: 我的退款怎么还没好
[A: 您的单子在逆向仓待质检 等WMS回传就走退款|A: 您退回的商品已经到仓库了，正在检查，检查完就会给您退款，一般1到2天]
""", "003 京东培训 六 不要用专业术语: 逆向仓 / WMS"),
V("forbidden.jargon", "dy", """
C: 为什么我的订单被取消了
[A: 您这单触发了风控拦截 被系统截单了|A: 很抱歉，您的订单因为收货信息没能通过系统核验被自动取消了，您重新下单时核对一下手机号就可以]
""", "003 京东培训 六: 风控拦截 / 截单"),
V("forbidden.jargon", "pdd", """
C: 包裹显示退回是怎么回事
[A: 派件异常 做了逆向退件|A: 快递派送时没能联系上您，包裹被退回仓库了，很抱歉，我这边帮您重新安排发出]
""", "003 京东培训 六: 逆向退件"),
V("forbidden.repeat_request", "tb", """
C: 那个黄色的 带帽子的
[A: 啥？您再说一遍|A: 不好意思，麻烦您再说一下是哪一件，好吗]
C: 黄色带帽子那件卫衣
A: 好的，那件卫衣L码和XL码都有货
""", "000 篇1 5 你说什么: '啥？您再说一遍'"),
V("forbidden.repeat_question", "jd", """
C: 我想查下订单
A: 好的，麻烦您提供一下订单号
C: 3021887654
A: 好的，请稍等，我帮您查一下，谢谢
[A: 您的订单号是多少来着？|A: 感谢您的耐心等待，这个订单已经到了您所在城市的站点]
[C: 刚刚发给你了啊 3021887654
A: 好的 查到了 已经到您所在城市的站点了|C: 好]
""", "000 篇1 4 不要重复提问: the order number asked again after it was given", expect_alt="forbidden.repeat_question|forbidden.repeat_question.order"),
]
