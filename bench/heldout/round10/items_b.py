"""Violating middles, part B: uncertain answers, refusals, slang and casual
register, 你 for 您, bare acknowledgements. {{violating||compliant}}."""

from common import V

UNC = "forbidden.uncertain|forbidden.uncertain_hedge"
REF = "forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative"
SLANG = "forbidden.slang|forbidden.casual"
NI = "forbidden.address_ni"
ACK = "forbidden.bare_ack|forbidden.emoji_only|forbidden.interjection_o|forbidden.wordless_reply"

ITEMS = [
    # --- uncertain / hedged (001 禁用语 也许、大概、可能 / 差不多; 000 篇2 五、8; 京东禁用语 7)
    V(UNC, "tb", """
C: 这个沙发垫能盖住一米八的沙发吗
A: {{应该差不多能盖住吧||可以盖住的，这款尺寸是九十乘二百一十厘米，一米八的三人位刚好}}
C: 好的
""", "001 禁用语 差不多 / 可能: an unsure answer"),
    V(UNC, "jd", """
C: 什么时候能到货
A: {{估摸着后天吧，说不太准||后天下午六点前能送到，您在订单页也能看到送达时间}}
C: 好
""", "001 禁用语 大概 / 000 篇2 五、8: 'my guess is the day after tomorrow, can't say'"),
    V(UNC, "pdd", """
C: 这个奶瓶能用开水烫吗
A: {{好像是可以的吧亲||可以的亲，这款是PPSU材质，耐热一百八十度，开水消毒没问题}}
C: 好的
""", "001 禁用语 也许: 'seems it can', 亲"),
    V(UNC, "dy", """
C: 这个防晒霜防水吗
A: {{多少能防一点水吧||这款是防水型的，游泳后建议补涂一次}}
C: 好
""", "001 禁用语 大概: a vague answer"),
    V(UNC, "call", """
C: 我们小区停气了 什么时候能恢复
A: 您是想了解您小区停气后什么时候恢复供气，对吗？
C: 对
A: {{这个现在还真说不好，兴许下午，兴许明天||抢修今天下午四点前完成，恢复后会有短信通知您}}
C: 好
""", "001 禁用语 也许 / 000 篇2 四、5: 'can't say, maybe afternoon, maybe tomorrow'", company="城南燃气"),
    V(UNC, "call", """
C: 我的件现在到哪了 单号是七七三零一二
A: 好的，单号七七三零一二，您是想查一下这个件现在的位置，对吗？
C: 对
A: {{我看看啊，大约是在路上吧||您的件今天上午已经到了朝阳站点，下午会派送}}
C: 好
""", "001 禁用语 大概: 'roughly on the way'", company="顺达速运"),
    V(UNC, "jd", """
C: 这个显卡和我的主板兼容吗 主板是B550
A: {{这个我也不是特别有把握，兼容的面大一些||兼容的，B550是PCIe 4.0插槽，这张卡正好适配，电源建议六百五十瓦以上}}
C: 好
""", "003 京东禁用语 7 (不晓得) / 001 不清楚: 'not too sure'"),
    V(UNC, "tb", """
C: 这个包是真皮的吗
A: {{感觉是真皮的吧哈||是头层牛皮的哈，吊牌上有材质说明}}
C: 好的
""", "001 禁用语 可能: 'feels like leather', with 哈"),
    V(UNC, "pdd", """
C: 一箱有几个橙子
A: {{一箱五斤装的，里面个数不一定，十来个吧，得看果子大小了||一箱五斤，中果装是十二到十四个，单果一百八十到二百克}}
C: 好
""", "001 禁用语 差不多 / 大概: an approximate count in a long reply"),
    V(UNC, "call", """
C: 退的钱几天能到账
A: 您是想问退款多久能到账，对吗？
C: 嗯 对
A: {{这个说不准的，没准三五天，也没准一个礼拜||退款原路返回，三个工作日内到账}}
C: 好的
""", "000 篇2 五、8 / 001 禁用语: 'no telling, maybe…'; speech recognition in phrases", company="优品生活商城", form="asrw"),
    # --- refusals without apology or alternative (000 篇2 五、2; 001 没有办法了; 京东做法 3; 京东禁用语 10)
    V(REF, "tb", """
C: 能不能送个小样
A: {{不送||抱歉亲，小样这次活动没有了，您下单满两百元会送一支旅行装护手霜}}
C: 好吧
""", "003 京东做法 3 (拒绝要说抱歉) / 000 篇2 五、2: a bare no"),
    V(REF, "jd", """
C: 能不能加急今天发
A: {{今天发不了||非常抱歉，今天的单已经截单了，明天上午第一批给您发出，走次日达}}
C: 好
""", "003 京东做法 3: refusing without apology or alternative"),
    V(REF, "pdd", """
C: 再便宜五块吧
A: {{这个价格动不了哦亲||抱歉亲，这个价格没法再让了，您下单可以领一张三元的店铺券}}
C: 行吧
""", "003 京东做法 3 / 001 禁用语 (这不行的): no apology, no alternative, softened with 哦亲"),
    V(REF, "dy", """
C: 能给我开个发票吗
A: {{我们这边不开票||可以的亲，确认收货后在订单页申请，开的是电子普通发票}}
C: 好的
""", "003 京东做法 3: a flat refusal"),
    V(REF, "call", """
C: 能不能帮我把新套餐改成这个月就生效
A: 您是想把新套餐的生效时间改到本月，对吗？
C: 是的
A: {{改不了的，系统就是这么规定的||非常抱歉，套餐变更只能下月一号生效，我可以先帮您开一个十元的流量包应急，您看可以吗？}}
C: 行吧
""", "003 京东禁用语 13 (这是规则) / 京东做法 3: 'can't, that's the rule'", company="星海通信"),
    V(REF, "call", """
C: 能让快递员送上楼吗 我腿脚不方便
A: 您是希望快递员把包裹送到家门口，对吗？
C: 对
A: {{不行，我们只送到楼下||非常抱歉，这个小区快递员只能送到驿站，我帮您备注一下，请快递员到了之后联系您，由驿站的工作人员帮您送上楼，您看可以吗？}}
C: 那好
""", "000 篇2 五、2: a bare refusal on a call", company="顺达速运"),
    V(REF, "tb", """
C: 能帮我把两单合并一起发吗
A: {{两个订单是两个仓发的，合不了，您就分开收吧||很抱歉，这两单分别从杭州仓和广州仓发出，没法合并，两单的运费我都给您免掉了}}
C: 好
""", "000 篇2 五、2 / 京东做法 3: refusal without apology inside a long reply"),
    V(REF, "jd", """
C: 发票内容能不能写办公用品
A: {{这个做不到||抱歉，发票内容要和实际商品一致，不能写成办公用品，抬头可以开成公司名称}}
C: 好吧
""", "003 京东做法 3: a bare 'can't do that'"),
    V(REF, "dy", """
C: 可以換個顏色嗎
A: {{換不了||抱歉親，黑色已經賣完了，可以給您換成深灰色，或者直接退款}}
C: 好吧
""", "000 篇2 五、2: a bare refusal, traditional characters"),
    V(REF, "pdd", """
C: 能不能先发货 我过两天再付款
A: {{那肯定不行啦||抱歉亲，付款后才能发货的，现在付款的话今天下午就能发出}}
C: 好
""", "003 京东禁用语 10 (不行没办法) with 啦"),
    # --- slang / casual register (000 篇2 五、7; 001 禁用语 大哥、大姐)
    V(SLANG, "tb", """
C: 这款面膜好用吗
A: {{谁用谁知道，绝绝子家人们||这款主打补水，每片精华二十五毫升，适合干皮和混干皮}}
C: 好
""", "000 篇2 五、7: internet slang instead of an answer", extra="ad.efficacy?"),
    V(SLANG, "jd", """
C: 能今天发吗
A: {{妥妥的，包在我身上||可以的，下午四点前下单当天就能发出}}
C: 好
""", "000 篇2 五、7: colloquial 'sure thing, leave it to me'", extra="forbidden.blind_promise?"),
    V(SLANG, "pdd", """
C: 能今天发吗 急用
A: {{老铁放心，今天指定给你整出去||好的亲，今天下午五点前给您发出}}
C: 好
""", "000 篇2 五、7 / 001 禁用语 大哥: 老铁 and 整", extra="forbidden.address_ni?"),
    V(SLANG, "dy", """
C: 这支口红显白吗
A: {{姐妹冲就完事了，显白一绝||这支是蓝调正红，黄皮涂上也显白，您可以看一下试色图}}
C: 我看看
""", "000 篇2 五、7: influencer slang"),
    V(SLANG, "call", """
C: 我想问一下我家的电费余额
A: 您是想查询家里的电费余额，对吗？
C: 对
A: {{好嘞大姐，您把户号报一下||好的，请您提供一下户号}}
C: 三三零八一二
A: 户号三三零八一二，您家目前电费余额是八十六元四角
""", "001 禁用语 大哥、大姐: addressing the caller as 大姐", company="国网城东供电"),
    V(SLANG, "tb", """
C: 这个充电宝能充几次手机
A: {{满电三次半，续航杠杠滴||满电能给手机充三次半}}
C: 可以
""", "000 篇2 五、7: dialect slang 杠杠滴"),
    V(SLANG, "jd", """
C: 这款键盘手感怎么样
A: {{手感贼拉好，敲起来倍儿爽||这款是茶轴，段落感轻，敲击声音不大，适合办公用}}
C: 好
""", "000 篇2 五、7: northern slang 贼拉, 倍儿"),
    V(SLANG, "dy", """
C: 什么时候补货
A: {{莫慌莫慌，下周一准到，蹲就完事了||下周一补货，到时候直播间和店铺会同步上架}}
C: 好
""", "000 篇2 五、7: 莫慌, 蹲就完事了"),
    V(SLANG, "pdd", """
C: 在吗 我那单怎么样了
A: {{哈喽美女，马上给您安排上||您好，马上为您安排发货}}
C: 好
""", "001 禁用语 大哥大姐 family / 000 篇2 五、7: 哈喽美女, 安排上"),
    V(SLANG, "call", """
C: 我想办个宽带续费
A: 您是想给家里的宽带续费，对吗？
C: 对
A: {{得嘞，没问题，小事一桩||好的，没问题，我这就为您办理}}
C: 好
""", "000 篇2 五、7: 得嘞, 小事一桩; speech recognition", company="畅联宽带", form="asr"),
    # --- 你 for 您 (000 篇5 第一; 篇8 售前服务)
    V(NI, "tb", """
C: 这款还有货吗
A: {{你好，这款有现货的||您好，这款有现货的}}
C: 好的
""", "000 篇5 第一: 你好 instead of 您好 to a customer"),
    V(NI, "jd", """
C: 我买的东西还没到
A: {{麻烦你把订单号发我一下，我帮你查||麻烦您把订单号发我一下，我帮您查}}
C: 2026112499301
A: 订单号2026112499301，已经到了您所在城市的分拣中心，明天上午送达
""", "000 篇8 售前服务: 你 twice in a request"),
    V(NI, "pdd", """
C: 我一米六五 一百二十斤穿多大
A: {{亲，你看下这个尺码表哈，选L就行||亲，您看下这个尺码表哈，选L就行}}
C: 好
""", "000 篇5 第一: 你 with 亲 and 哈"),
    V(NI, "dy", """
C: 我要送人的 能帮我备注不要放发票吗
A: {{给你备注好了，放心吧||已经给您备注好了，请放心}}
C: 好
""", "000 篇5 第一: 你 in a confirmation"),
    V(NI, "call", """
C: 我家燃气灶打不着火
A: 您是说家里的燃气灶点不着火，对吗？
C: 对
A: {{你家地址在哪，我给你派师傅||请问您家的地址是哪里，我给您派师傅上门}}
C: 和平路十八号二单元三零一
A: 和平路十八号二单元三零一，师傅今天下午两点前到
""", "000 篇5 第一: 你 on a call", company="城南燃气"),
    V(NI, "tb", """
C: 我的快遞到哪了
A: {{幫你查了一下，明天就到||幫您查了一下，明天就到}}
C: 好的
""", "000 篇5 第一: 你 in traditional characters"),
    V(NI, "jd", """
C: 这个滤芯跟我上次买的能通用吗
A: {{这个型号跟你上次买的那款是同一个系列，装法和之前一样，你照原来的方法装就行||这个型号跟您上次买的那款是同一个系列，安装方法和之前一样}}
C: 好
""", "000 篇5 第一: 你 inside a long answer"),
    V(NI, "call", """
C: 我约的那个装机师傅几点来
A: 您是想确认装机师傅上门的时间，对吗？
C: 对
A: {{我跟你说一下，你明天上午在家等着就行||我跟您说一下，师傅明天上午九点到十二点之间上门，您在家就行}}
C: 好
""", "000 篇5 第一: 你 on a call; speech recognition in phrases", company="畅联宽带", form="asrw"),
    V(NI, "tb", """
C: 这个桌子多宽
A: {{你好，这张桌子宽120cm，深60cm||您好，这张桌子宽120cm，深60cm}}
C: ok
""", "000 篇5 第一: 你好, full-width letters and digits", form="fw"),
    # --- bare 嗯/哦/emoji (000 篇2 五、7; 篇5 第一; 001 禁用语 哦)
    V(ACK, "tb", """
C: 那我就要米白色的
A: {{嗯||好的，米白色现在有货，您直接拍就可以}}
C: 好
""", "000 篇2 五、7: a bare 嗯 as the whole reply"),
    V(ACK, "jd", """
C: 好的 我明天再来看看
A: {{哦||好的，随时欢迎您再来咨询}}
""", "001 禁用语 哦: a bare 哦"),
    V(ACK, "pdd", """
C: 这个会褪色吗
A: {{👌||不会褪色的，这款是活性染色}}
C: 好
""", "000 篇5 第一: an emoji instead of an answer"),
    V(ACK, "dy", """
C: 我已经申请退款了 你看下
A: {{[OK]||好的亲，已经看到您的申请，今天内给您处理完}}
C: 好
""", "000 篇2 五、7: a sticker code as the whole reply"),
    V(ACK, "tb", """
C: 那就拍两件
A: {{哦哦||好的，两件一起发，运费给您免了}}
C: 好
""", "001 禁用语 哦: doubled 哦哦"),
    V(ACK, "jd", """
C: 我的地址改好了吗
A: {{嗯嗯||已经改好了，收货地址是海淀区学院路十八号}}
C: 好
""", "000 篇2 五、7: 嗯嗯 as the answer to a question"),
    V(ACK, "dy", """
C: 好的 那我下午再看
A: {{😊||好的亲，有问题随时找我😊}}
""", "000 篇5 第一: an emoji-only reply"),
    V(ACK, "pdd", """
C: 那我等你们发货
A: {{嗯。||好的亲，发货后您会收到物流提醒}}
""", "000 篇2 五、7: 嗯。 as the whole reply"),
    V(ACK, "tb", """
C: 这个颜色是不是比图上深一点
A: {{哦，是||是的，实物比图片深一个色号，拍照时打了补光}}
C: 好吧
""", "001 禁用语 哦: an answer opening with 哦"),
]
