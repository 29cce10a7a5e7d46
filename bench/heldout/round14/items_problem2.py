"""More shop chats in the messy forms of real exports: emoji, traditional
characters, full-width letters, several customer messages in a row, ISO
times, snippets. The same slips said in other words."""

from common import pair

pair(["C: 亲 我买的大米", "C: 袋子破了 撒了一箱子", "C: 😡😡", "GREET",
      ("A: 亲 麻烦提供下订单号和破损照片",
       "A: 亲亲，让您收到这样的包裹真是对不住，麻烦您拍一下破损的照片，我马上给您处理"),
      "C: [图片] [图片]",
      "A: 收到了，谢谢亲，这边给您重新发一袋，今天就能发出，破的那袋您留着用就行",
      "C: 这还行", "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: a torn rice sack and angry emoji; a request for data first",
     platform="pinduoduo", iso=True)

pair(["C: 說好的今天到貨", "C: 到現在還沒看到人", "GREET",
      ("A: 請提供您的訂單編號",
       "A: 親，很抱歉讓您久等了，麻煩提供一下訂單編號，我馬上幫您催一下"),
      "C: [订单x]",
      "A: 感謝您的耐心等待，快遞員說晚上七點前一定送到，我這邊會持續幫您跟進",
      "C: 好", "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: traditional characters; a promised delivery missed, data asked with no soothing",
     platform="taobao")

pair(["C: 你们发的是什么啊", "C: 我要的是黑色 给我寄了个白的", "GREET",
      ("A: 亲 麻烦拍一下收到的商品和包装上的标签",
       "A: 亲，真的很抱歉，是我们发错了，麻烦拍一下收到的商品和包装上的标签，我给您重新发黑色"),
      "C: [图片]",
      "A: 收到，谢谢亲，黑色的今天给您发出，白色的快递明天上门取，运费我们承担",
      "C: 嗯 好", "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: a wrong colour sent; a request for photos with no apology",
     platform="jd")

pair(["C: 咖啡机用了四天 今天早上开始漏水", "C: 台面上全是水", "GREET",
      ("A: 亲 漏水的位置在哪里呢",
       "A: 亲，给您添麻烦了真的很抱歉，麻烦告诉我一下是从哪个位置漏的呢，我好帮您判断"),
      "C: 底下",
      "A: 好的，底部漏水是水箱密封圈的问题，这边直接给您换新机，旧机等新机到了再寄回",
      "C: 好", "CLOSE"],
     "response.complaint.chat", "003 抖音售后 2: a leak after four days; a question before any soothing",
     platform="jd")

pair(["C: 你们的客服怎么回事", "C: 昨天说帮我查 今天也没人理我", "GREET",
      ("A: 亲 这边帮您看一下昨天的记录",
       "A: 亲，实在抱歉，昨天没有及时给您回复是我们的失误，这边马上帮您看一下记录"),
      "A: 看到了，您是问保温箱的退款，已经给您提交了，今天下午六点前到账",
      "C: 行", "CLOSE"],
     "response.complaint.chat", "000 篇2 四、5: a complaint about the shop's own service error, no apology",
     platform="taobao")

pair(["C: 面膜收到了", "C: 盒子压扁了 里面好几片都漏液了", "GREET",
      ("A: 收到了就好 亲 请问漏了几片",
       "A: 亲，真是对不起，路上压坏了让您心疼了，请问漏了几片呢？我给您补上"),
      "C: 三片",
      "A: 好的，给您补发五片，今天发出，多的两片是给您的补偿",
      "C: 谢谢", "A: 不客气亲", "CLOSE"],
     "response.complaint.chat", "003 抖音售后 1: crushed goods; the reply starts 'good that it arrived'",
     platform="douyin")

pair(["C: 在不在", "C: 在不在", "C: 有人吗", "GREET",
      "C: 我买的电动牙刷 刷头少发了一个",
      ("A: 亲 您确认一下包装盒的夹层里有没有",
       "A: 亲，很抱歉让您找了半天，刷头有时放在包装盒的夹层里，麻烦您看一下，如果没有我马上给您补发"),
      "C: 找到了 在夹层里", "A: 太好了，给您添麻烦了",
      "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: a missing part reported; the customer told to check again first, with no apology",
     platform="jd")

pair(["C: 亲亲 我的退款申请被驳回了是为什么", "GREET",
      ("A: 亲 不符合退款条件哦",
       "A: 亲，很抱歉，您的退款申请是因为超过了售后期被系统驳回的，不过商品有质量问题的话还可以走保修，我帮您登记一下可以吗？"),
      "C: 好吧 登记一下", "A: 好的，已经登记，明天会有售后同事联系您",
      "CLOSE"],
     "forbidden.refusal_bare|forbidden.refusal|forbidden.refusal_no_alternative", "003 京东做法 3: 'does not qualify' with no apology, no reason, no way on",
     platform="taobao")

pair(["C: 我想把白色换成灰色 可以吗", "C: 还没拆封", "GREET",
      ("A: 亲亲 我们这边一经售出概不调换的",
       "A: 亲亲，可以换的，还没拆封的话直接寄回来，我们收到后马上发灰色给您，运费我们出"),
      "C: 好", "CLOSE"],
     "forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative", "003 京东做法 3: 'sold, never exchanged' as a blanket refusal",
     platform="taobao")

pair(["C: 我的快递显示到了快递柜 但是我没收到取件码", "GREET",
      "A: 亲，很抱歉给您添麻烦了",
      ("A: 这个您得问快递柜那边，我们管不了",
       "A: 我这边马上联系快递员帮您重新发送取件码，十分钟内会发到您的手机上"),
      "C: 好的",
      "CLOSE"],
     "forbidden.buck_passing|forbidden.refusal", "003 京东禁用语 15: the parcel locker as someone else's business",
     platform="jd")

pair(["C: 我这个保修卡丢了 还能保修吗", "GREET",
      ("A: 您去找当地的售后服务中心问问吧",
       "A: 亲，可以的，保修凭订单记录就行，不需要保修卡，您说一下遇到什么问题，我这边给您登记"),
      "C: 好的 屏幕有坏点", "A: 很抱歉给您添麻烦了，已经给您登记售后，明天会有工程师联系您",
      "CLOSE"],
     "forbidden.buck_passing", "000 篇8 售前服务: a warranty question sent to a local service centre",
     platform="jd")

pair(["C: 这款床垫有多硬", "C: 我腰不好", "GREET",
      ("A: 亲 您可以看一下商品详情页的参数介绍",
       "A: 亲，这款是偏硬的，软硬度大概在七分左右，腰不好的话不少买家选它，上面躺着不会陷下去"),
      "C: 好", "CLOSE"],
     "forbidden.link_only|forbidden.buck_passing", "000 篇8 售前服务: a question about firmness sent to the product page",
     platform="taobao")

pair(["C: 为什么显示已签收", "C: 我人在外地 家里没人", "GREET",
      "A: 亲，很抱歉让您担心了",
      ("A: 有结果了再告诉您",
       "A: 我马上联系快递核实，今天晚上八点前给您答复"),
      "C: 好", "A: 感谢您的耐心，快递员说放在了门口的鞋柜里，麻烦您让家人看一下",
      "C: 好的", "CLOSE"],
     "response.defer_without_time|response.reply_time.chat", "000 篇1 7: a deferral with no time about a parcel shown as delivered",
     platform="jd")

pair(["C: 我要投诉", "C: 你们的手机有质量问题 刚买就黑屏", "GREET",
      "A: 亲，非常抱歉给您带来这样的体验",
      ("A: 这边给您反馈到质检部门 有处理结果会通知您",
       "A: 这边给您反馈到质检部门，明天中午十二点前给您答复处理方案"),
      "C: 好", "CLOSE"],
     "response.defer_without_time|response.reply_time.chat", "004 抱怨投诉 7: a complaint deferred to 'when there's a result'",
     platform="jd")

pair(["C: 我要换货", "GREET",
      ("A: 原因",
       "A: 好的亲，请问是什么原因需要换货呢？"),
      "C: 尺码小了", "A: 好的，这边给您换大一码，运费我们出",
      "CLOSE"],
     "forbidden.curt_demand", "003 京东做法 7: one word demanding the reason",
     platform="pinduoduo")

pair(["C: 收到的米糊胀袋了 能吃吗", "GREET",
      "A: 亲，很抱歉让您担心了，胀袋的不建议食用",
      ("A: 拍照 发过来",
       "A: 麻烦您拍一张胀袋的照片给我，我这边给您办理退款"),
      "C: [图片]", "A: 谢谢亲，已经给您退款了", "CLOSE"],
     "forbidden.curt_demand", "003 京东培训 三: a command in two words",
     platform="douyin")

pair(["C: 这个热水器能不能自己装", "GREET",
      ("A: 你自己装不了 得找师傅",
       "A: 亲，热水器需要专业师傅安装，下单后我们会免费安排师傅上门"),
      "C: 好", "CLOSE"],
     "forbidden.address_ni", "000 篇8 售前服务: 你 for 您",
     platform="jd")

pair(["C: 衣服什么时候发货", "GREET",
      ("A: 亲 明天发哈 你放心",
       "A: 亲，明天发哈，您放心"),
      "C: 好", "CLOSE"],
     "forbidden.address_ni", "000 篇8 售前服务: 你放心 to a customer",
     platform="taobao")

pair(["C: 卖家", "C: 我的洗发水漏了一半", "GREET",
      "A: 亲，真对不起，让您收到漏了的洗发水",
      "A: 这边给您补发一瓶新的，明天发出", "C: 要多久能到",
      ("A: 嗯嗯",
       "A: 一般两到三天就到，发出后我把单号发给您"),
      "C: 好", "CLOSE"],
     "forbidden.bare_ack|forbidden.wordless_reply", "000 篇2 五、7: 嗯嗯 as an answer to a question",
     platform="taobao")

pair(["C: 我的订单怎么还是待发货", "GREET",
      ("A: 👌",
       "A: 亲，很抱歉让您久等了，您的订单今天下午四点前发出"),
      "C: ？？？", "A: 亲，让您着急了，已经催仓库了，今天下午四点前发出",
      "C: 好", "CLOSE"],
     "forbidden.emoji_only,response.complaint.chat?", "000 篇5 第一: an emoji for a reply",
     platform="pinduoduo")

pair(["C: 老板 这个茶叶能便宜点吗", "GREET",
      ("A: 哈哈 亲 这个真的已经很实惠了",
       "A: 亲，这个价格已经很实惠了，两盒的话给您包邮，再送一个茶滤"),
      "C: 那好吧", "CLOSE"],
     "forbidden.casual|forbidden.bare_ack", "001 禁用语 哈哈: laughing at a bargaining customer",
     platform="douyin")

pair(["C: 我前天下单的 现在降价了 能退差价吗", "GREET",
      ("A: 亲 木有办法哦 价格波动很正常滴",
       "A: 亲，很抱歉，下单后降价让您不舒服了，这边给您申请价保，差价退到原支付账户"),
      "C: 好的", "CLOSE"],
     "forbidden.slang|forbidden.refusal|forbidden.refusal_bare", "000 篇2 五、7: internet slang in refusing a price guarantee",
     platform="taobao")

pair(["C: 还有多久发货啊", "C: 都三天了", "C: 再不发我退了", "GREET",
      ("A: 亲 仓库在陆续发货中哦",
       "A: 亲，实在抱歉让您等了三天，我刚跟仓库确认了，您的订单排在今天下午发，六点前能看到物流"),
      "C: 好", "CLOSE"],
     "response.urge|response.complaint.chat|response.reply_time.chat", "002 售后 四、2: 'shipping in batches' to an angry chase",
     platform="pinduoduo")

pair(["C: 今天能到吗", "C: 今天能到吗", "C: 明天要用", "GREET",
      ("A: 亲 快递都在路上了",
       "A: 亲，让您着急了，包裹已经到本市了，今天晚上八点前会送到，我也给快递员留言了"),
      "C: 好", "CLOSE"],
     "response.urge|response.reply_time.chat", "002 售后 四、2: a chase answered with 'on the way'",
     platform="jd")

pair(["C: 孩子吃了你们的饼干 肚子疼了一晚上", "GREET",
      ("A: 请问是哪个批次的",
       "A: 亲，非常抱歉，孩子现在还好吗？如果还疼请尽快就医，费用我们承担，麻烦您看一下包装上的批次，我马上报给质检"),
      "C: 好多了 批次是[数字x]",
      "A: 谢谢您，已经报给质检，明天中午前给您答复，这单也给您全额退款了",
      "C: 好", "CLOSE"],
     "response.harm.chat|response.complaint.chat", "003 抖音售后 1: a child ill after eating; only the batch asked",
     platform="douyin")

pair(["C: 拖鞋穿了两天 脚后跟磨破了", "GREET",
      ("A: 亲 新鞋都要磨合一段时间的",
       "A: 亲，让您的脚受罪了，实在对不起，这边给您退款，鞋子不用寄回，您先好好养一下脚"),
      "C: 好吧", "CLOSE"],
     "response.harm.chat|forbidden.argue|response.complaint.chat", "003 抖音售后 1: a sore foot dismissed as breaking in",
     platform="pinduoduo")

pair(["C: 问题解决了 谢谢亲", ("A: 亲 记得确认收货哦",
       "A: 不客气亲～用得顺手就好，有问题随时找我们"),
      "C: 好", "CLOSE"],
     "response.thanks.chat", "000 篇7 24: a thanks answered with a request",
     platform="pinduoduo", timed=False)

pair(["C: 这个锅能用电磁炉吗", "GREET",
      ("A: YES 可以的",
       "A: 可以的亲，锅底是复合底，电磁炉和燃气灶都能用"),
      "C: 好", "CLOSE"],
     "forbidden.english", "001 禁用语 YES",
     platform="taobao")

pair(["C: 这个手机壳 ｉＰｈｏｎｅ１５能用吗", "GREET",
      ("A: ＯＫ的亲 能用",
       "A: 可以的亲，这款就是按iPhone 15的尺寸做的"),
      "C: 好", "CLOSE"],
     "forbidden.english", "001 禁用语 OK, in full-width letters",
     platform="taobao")

pair(["C: 这个手机能用几年", "GREET",
      ("A: 亲 我们这款质量杠杠的 绝对用五年不坏",
       "A: 亲，这款有一年官方保修，电池和主板都有质检，正常使用不用担心"),
      "C: 好吧", "CLOSE"],
     "ad.absolute|forbidden.blind_promise|forbidden.slang", "003 广告禁用词 1 / 002 售前疑难 3: 'absolutely five years without a fault'",
     platform="jd")

pair(["C: 这个奶粉跟别家比怎么样", "GREET",
      ("A: 亲 这是国家级专家推荐的 行业领导品牌",
       "A: 亲，这款是进口奶源，配方里有乳铁蛋白和益生菌，每罐都有检验报告"),
      "C: 好", "CLOSE"],
     "ad.authority|ad.top_grade", "003 广告禁用词 2: an authority claim",
     platform="jd")

pair(["C: 还有优惠吗", "GREET",
      ("A: 亲 今天是最后一天 错过再等一年",
       "A: 亲，今天下单满199减30，明天活动就结束了，需要的话可以今天拍"),
      "C: 好", "CLOSE"],
     "ad.inducement", "003 广告禁用词 3: 'miss it and wait a year'",
     platform="taobao")

pair(["C: 洗衣机到了 我不会用", "GREET",
      ("A: 亲 按说明书操作就行 说明书上都有",
       "A: 亲，第一次使用先接好进水管，按电源键，再按“快洗”，然后按启动就可以了，有哪一步不清楚随时问我"),
      "C: 好的", "CLOSE"],
     "forbidden.link_only|forbidden.buck_passing|forbidden.refusal", "000 篇8 售前服务: 'the manual says it all'",
     platform="jd")

pair(["C: 水果少了两个", "GREET",
      "A: 亲，非常抱歉少发了",
      ("A: 我加你微信 给你发红包补偿",
       "A: 这边按少发的数量给您退款，已经提交，24小时内到账"),
      "C: 好", "CLOSE"],
     "platform.pinduoduo.contact_app|platform.pinduoduo.off_platform|forbidden.address_ni", "003 拼多多禁语 1: compensation by an outside app",
     platform="pinduoduo")

pair(["C: 这件外套京东上便宜二十", "GREET",
      ("A: 亲 那您去京东买吧",
       "A: 亲，我们这边也可以给您申请一张二十元的优惠券，您看可以吗？"),
      "C: 行", "CLOSE"],
     "platform.taobao.marketplace|forbidden.rude|forbidden.buck_passing", "003 拼多多禁语 1: another marketplace named, and the customer sent away",
     platform="taobao")

pair(["C: 收到了 挺好的", "GREET",
      ("A: 谢谢亲 好评晒图加五十京豆哦",
       "A: 谢谢亲的支持，用着有问题随时找我们"),
      "C: 好", "CLOSE"],
     "platform.jd.review_incentive", "003 拼多多禁语 5: beans for a review with photos",
     platform="jd")

pair(["C: 能到付吗", "GREET",
      ("A: 可以的 运费到付",
       "A: 亲，这边发的是包邮，不需要您另外付运费"),
      "C: 好", "CLOSE"],
     "platform.douyin.collect_on_delivery", "003 拼多多禁语 6: 到付",
     platform="douyin")

pair(["C: 能不能提前发货", "GREET",
      ("+420 A: 亲，可以的，今天就给您发",
       "+420 A: 亲，实在抱歉让您久等了，可以的，今天就给您发"),
      "C: 好", "CLOSE"],
     "response.late_reply.chat", "001 应答规范: seven minutes without a word, then no apology",
     platform="taobao")

pair(["C: 你们家的这个拖把", "C: 杆子断了", "GREET",
      "A: 亲，很抱歉给您带来不便",
      ("A: 您是不是太用力了",
       "A: 这边给您补发一根新杆子，明天发出，断的不用寄回"),
      "C: 我就正常拖地", "A: 好的亲，给您添麻烦了，新杆子明天发出",
      "CLOSE"],
     "forbidden.blame|forbidden.rhetorical", "003 京东禁用语 8: blaming the customer for a broken handle",
     platform="pinduoduo")

pair(["C: 我都说了三遍了 是左边的耳机没声音", "GREET",
      ("A: 您能不能一次说清楚",
       "A: 亲，实在抱歉让您重复了，左耳没声音的话这边直接给您换新"),
      "C: 好", "CLOSE"],
     "forbidden.impatient|forbidden.rhetorical", "003 天猫禁语 一: impatience",
     platform="jd")
