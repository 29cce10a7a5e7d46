"""Violating middles, chats: forbidden phrasing (tone, refusals, hedges,
casual and curt forms, blame, promises, jargon) on the four platforms."""


def it(ch, p, body, exp, why, co=None, **opts):
  return {"ch": ch, "p": p, "co": co, "body": body, "exp": exp, "why": why, "opts": opts}


ITEMS = [
    # --- contempt and rudeness
    it("chat", "taobao", [
        "C: 这个实木书架也太贵了吧 一千二",
        ("A: 嫌贵可以去买便宜的嘛，一分钱一分货，反正又没人拦着您",
         "A: 理解您的顾虑，这款是整块橡木做的，价格会高一些；预算有限的话我们也有松木款，六百多，您可以对比看看"),
        "C: 那我再想想吧",
        "A: 好的，不着急，您慢慢考虑～",
    ], "forbidden.rude", "001 禁用语 / 003 京东禁用语 5: telling a price-sensitive buyer to shop elsewhere"),
    it("chat", "jd", [
        "C: 这个电饭煲的预约功能怎么设置啊 我按了半天没反应",
        ("A: 这么简单的功能都弄不会的话，那还是用普通煮饭键吧",
         "A: 您先按“预约”键，再用加减键调到想吃饭的时间，最后按“开始”就设置好了"),
        "C: 好 我试试",
        "A: 好的，设置中有任何问题随时告诉我哈",
    ], "forbidden.rude", "003 京东禁用语 4: 'if you can't work it out, don't' said in other words"),
    it("chat", "douyin", [
        "C: 我要投诉你们 面膜发错色号了",
        ("A: 您想投诉就投诉吧，去哪投都一样",
         "A: 非常抱歉给您添麻烦了，麻烦发一下收到的色号照片，我马上给您安排换货"),
        "C: 照片发你了",
        "A: 收到，确实发错了，已经给您登记换货，新的一份明天寄出",
    ], "forbidden.rude", "003 京东禁用语 9: inviting the customer to complain anywhere they like"),
    it("chat", "pinduoduo", [
        "C: 我说了好几遍了 你们那个拼团规则我看不懂",
        ("A: 我跟您讲了您也未必明白，您直接点“发起拼单”就完了",
         "A: 抱歉之前没讲清楚，简单说：您先付款发起拼单，24小时内有人一起拼就成团发货，没拼成会自动退款"),
        "C: 哦哦 这样啊",
        "A: 是的，成团后我们当天就安排发货",
    ], "forbidden.rude", "003 天猫禁语 二: 'you would not understand what I say'"),
    # --- impatience
    it("chat", "taobao", [
        "C: 那个茶叶到底是今年的春茶吗",
        "A: 是的，是今年四月采的明前茶",
        "C: 你确定是今年的？",
        ("A: 刚刚不是已经回答过了嘛，怎么又问一遍",
         "A: 确定的，包装侧面印有生产日期，是今年四月十二号"),
        "C: 好的",
    ], "forbidden.impatient", "003 京东禁用语 6: annoyed at being asked again"),
    it("chat", "jd", [
        "C: 我的耳机什么时候发货 下单两天了",
        ("A: 别催了别催了，排着队呢",
         "A: 抱歉让您久等了，仓库显示今天下午四点前出库，出库后物流单号会同步到订单里"),
        "C: 行",
    ], "forbidden.impatient|response.urge", "003 天猫禁语 一 (irritation) / 000 篇2 四、3: brushing off a chasing customer"),
    it("chat", "douyin", [
        "C: 能不能快点回我 等了好久了",
        ("A: 亲 我这边同时接待二十多个人 不是只服务您一位的哦",
         "A: 抱歉让您久等了亲，现在咨询的人比较多，我马上帮您看"),
        "C: 我那个口红什么时候到",
        "A: 查到了，已经到您所在的城市，预计今天下午派送",
    ], "forbidden.impatient", "003 京东禁用语 12 / 000 篇6: 'I don't serve only you' reworded"),
    # --- rhetorical questions
    it("chat", "taobao", [
        "C: 这个猫砂盆怎么组装",
        ("A: 说明书上画得明明白白的，您难道没看吗？",
         "A: 您先把底盆和上盖的卡扣对齐，往下按到听见“咔”的一声就装好了"),
        "C: 装好了",
        "A: 好的，使用中有问题再联系我们哈",
    ], "forbidden.rhetorical", "003 京东做法 7 / 天猫禁语 四: a rhetorical 'didn't you read it?'"),
    it("chat", "jd", [
        "C: 我插上电源了 显示器还是不亮",
        ("A: 您连信号线了吗？不连线怎么可能会亮呢？",
         "A: 麻烦您检查一下HDMI线两头是否插紧，另外在显示器菜单里确认输入源选的是HDMI"),
        "C: 原来是输入源的问题 现在亮了",
        "A: 太好了，能正常显示就好",
    ], "forbidden.rhetorical", "003 京东禁用语 3/14: a reproachful question back at the customer"),
    it("chat", "douyin", [
        "C: 你们这个粉底液到底适不适合油皮",
        "A: 适合的，这款是控油配方，上脸八小时不脱妆",
        ("A: 我讲得够清楚了吧？您听懂了没？",
         "A: 您要是还有想了解的地方，可以随时问我～"),
        "C: 嗯 好",
    ], "forbidden.rhetorical", "003 无礼质问: 'did you understand?' after explaining (traditional characters)", form="trad"),
    # --- blame
    it("chat", "pinduoduo", [
        "C: 快递显示签收了 但我根本没收到",
        ("A: 这是快递那边的事，和我们店没关系，您自己联系快递吧",
         "A: 非常抱歉给您带来麻烦，我这边马上联系快递核实签收情况，今天下午五点前给您回复"),
        "C: 好吧 那你快点",
        "A: 好的，一有结果就马上告诉您",
    ], "forbidden.blame|forbidden.buck_passing", "003 京东禁用语 8/15: 'not our fault, go to the courier'"),
    it("chat", "taobao", [
        "C: 怎么退款退到我余额里了 我要原路退回",
        ("A: 退到哪儿是系统定的，又不是我定的，您找我也没用",
         "A: 抱歉给您带来不便，退款一般按原支付方式退回，我帮您把订单号报给平台核查一下，今天之内给您答复"),
        "C: 好",
    ], "forbidden.blame", "003 京东禁用语 13: hiding behind 'the system decides' (traditional characters)", form="trad"),
    # --- refusals
    it("chat", "jd", [
        "C: 能帮我把发票抬头改成公司的吗",
        ("A: 改不了，开出去就没法改了",
         "A: 很抱歉已开出的电子发票不能直接修改，我可以帮您申请作废重开，您把公司名称和税号发我就行"),
        "C: 好的 我发你",
        "A: 收到，重开后会发到您下单的邮箱",
    ], "forbidden.refusal_bare,platform.jd.invoice_refusal?", "003 京东做法 3 / 000 篇2 五、2: a no with neither apology nor a way forward"),
    it("chat", "taobao", [
        "C: 我想要你们店里没有的那个浅灰色 能定做吗",
        ("A: 这个我们弄不了，没别的办法",
         "A: 很抱歉，浅灰色目前做不了定制，建议您看看同系列的燕麦色，实物和浅灰很接近，我发实拍图给您参考"),
        "C: 那发我看看",
        "A: 好的，图片已发送",
    ], "forbidden.refusal|forbidden.refusal_no_alternative", "001 禁用语 没有办法了: a flat refusal with nothing offered"),
    it("chat", "douyin", [
        "C: 我这个月体重没怎么变 这个代餐到底有没有效",
        ("A: 每个人体质不一样，这种东西哪能一句两句讲得清",
         "A: 每个人的情况不同，建议您搭配适量运动，按包装上的用法早餐替换一餐，坚持一段时间再看看变化"),
        "C: 好吧",
    ], "forbidden.refusal", "001 禁用语: 'how could one explain it all' in other words"),
    it("chat", "jd", [
        "C: 电视挂架你们能上门装吗 我家是石膏板墙",
        ("A: 石膏墙我们不装，抱歉",
         "A: 很抱歉，石膏板墙承重不够，师傅不能直接挂装；建议您选落地底座，我们有适配这款的，或者先加固墙体再预约安装"),
        "C: 那我买个底座吧",
        "A: 好的，底座链接已发给您",
    ], "forbidden.refusal_no_alternative", "000 篇2 五、2 / 004 特殊沟通 5: sorry, but no suggestion after it"),
    it("chat", "pinduoduo", [
        "C: 这个腊肠能不能少放点糖 我老人家血糖高",
        ("A: 不好意思哈 这个做不到哈",
         "A: 不好意思哈，现成的配方改不了，我们有一款无糖的原味腊肠，更适合老人家，我把链接发给您"),
        "C: 好 发我",
        "A: 已发送，您看看～",
    ], "forbidden.refusal_no_alternative|forbidden.refusal_bare", "000 篇2 五、2: apology but no follow-up suggestion"),
    # --- arguing
    it("chat", "taobao", [
        "C: 你们这个杯子漏水 我刚用一天",
        ("A: 不可能漏的，我们出厂每个都测过，肯定是您盖子没拧紧",
         "A: 很抱歉给您带来困扰，麻烦您拍一段漏水的小视频给我，我看一下是哪个位置，如果是质量问题直接给您换新"),
        "C: 视频发了",
        "A: 看到了，是密封圈的问题，马上给您换新",
    ], "forbidden.argue", "003 京东培训 一: contradicting the customer instead of checking"),
    it("chat", "jd", [
        "C: 这双跑鞋偏小啊 我平时穿42的",
        ("A: 我们尺码是标准码，不偏小的，应该是您脚比较宽",
         "A: 抱歉让您穿着不合脚，这款鞋头偏窄，脚背高的朋友建议选大半码，我帮您办理换43码"),
        "C: 好 换吧",
        "A: 换货申请已提交，上门取件的快递员明天上午到",
    ], "forbidden.argue", "003 京东培训 一 / 000 篇1 4: arguing about the size"),
    # --- out of stock
    it("chat", "douyin", [
        "C: 那个奶白色的卫衣M码还有吗",
        ("A: 没货了",
         "A: 很抱歉，奶白色M码刚卖完了，同款燕麦色M码还有，或者您可以先加购，预计下周二补货"),
        "C: 那我等补货吧",
        "A: 好的，补货后第一时间通知您",
    ], "forbidden.out_of_stock_bare", "002 售前疑难 5 / 001 案例1-4: 'sold out' and nothing else"),
    it("chat", "taobao", [
        "C: 白茶饼还有吗",
        ("A: 卖光了哦亲",
         "A: 抱歉亲，白茶饼这一批卖完了，同产区的白茶散装还有，口感一样，您要不要看看"),
        "C: 可以 发我链接",
        "A: 好的，链接已发给您～",
    ], "forbidden.out_of_stock_bare", "002 售前疑难 5: sold out without offering a similar item"),
    # --- uncertainty, hedges
    it("chat", "jd", [
        "C: 这个移动硬盘支持苹果电脑吗",
        ("A: 这个我也不太清楚诶",
         "A: 支持的，mac系统插上就能读写，第一次用需要在磁盘工具里格式化一下"),
        "C: 好的",
    ], "forbidden.uncertain", "001 禁用语 不清楚 / 003 京东禁用语 7: 'I'm not sure' as the answer"),
    it("chat", "pinduoduo", [
        "C: 下单今天能发吗",
        ("A: 说不准，要看仓库那边",
         "A: 下午四点前付款的订单今天发出，四点以后的明天上午发"),
        "C: 好 那我现在拍",
        "A: 好的，拍好后我帮您核对收货地址",
    ], "forbidden.uncertain|forbidden.uncertain_hedge", "001 禁用语 不一定的: no clear answer on dispatch"),
    it("chat", "taobao", [
        "C: 寄到黑龙江要几天",
        ("A: 大概四五天吧",
         "A: 从杭州发黑龙江，一般四到五天送达"),
        "C: 好",
    ], "forbidden.uncertain_hedge", "001 禁用语 也许、大概、可能: a hedged delivery time"),
    it("chat", "douyin", [
        "C: 这个洗面奶敏感肌能用吗",
        ("A: 也许可以吧，您先试试",
         "A: 可以用的，这款是氨基酸配方，不含酒精和香精，敏感肌建议先在耳后试用一天"),
        "C: 好的谢谢",
        "A: 不客气哦～",
    ], "forbidden.uncertain_hedge", "001 禁用语 也许: 'maybe, try it' as the answer"),
    # --- casual words, English, interjections, slang
    it("chat", "jd", [
        "C: 我下单的那个空气炸锅能改地址吗",
        ("A: 哎，大哥，已经打包了，我去仓库问问哈",
         "A: 您好，订单已经打包，我马上联系仓库帮您改，请您把新地址发我一下"),
        "C: 北京市朝阳区望京街道某小区3号楼",
        "A: 好的，已改为北京市朝阳区望京街道某小区3号楼，改好后订单里会同步更新",
    ], "forbidden.casual", "001 禁用语 哎、大哥: over-familiar address"),
    it("chat", "douyin", [
        "C: 这个能用消费券吗",
        ("A: YES 可以用的",
         "A: 可以的，结算页面勾选消费券就能抵扣"),
        "C: 好",
    ], "forbidden.english", "001 禁用语 OK、NO、YES: answering in English"),
    it("chat", "taobao", [
        "C: 那就先帮我留一件 我晚上付款",
        ("A: ok的亲 给您备注好了",
         "A: 好的亲，给您备注好了，晚上十二点前付款都有效"),
        "C: 嗯嗯",
    ], "forbidden.english", "001 禁用语 OK: 'ok' as the agent's yes (full-width letters)", form="fw"),
    it("chat", "pinduoduo", [
        "C: 这个袜子是纯棉的吗",
        ("A: 哦，是的，棉含量80%",
         "A: 是的，棉含量80%，另外加了一点氨纶，穿着不容易变形"),
        "C: 好的",
    ], "forbidden.interjection_o", "001 禁用语 哦: a reply opening with 哦"),
    it("chat", "douyin", [
        "C: 你们今晚直播有秒杀吗",
        ("A: 有的有的 姐妹冲就完事了 绝了",
         "A: 有的，今晚八点开播，会有几款专属优惠，您可以先预约直播间"),
        "C: 好",
    ], "forbidden.slang,forbidden.casual?,ad.inducement?", "000 篇2 五、7: internet slang instead of service language"),
    it("chat", "jd", [
        "C: 收到了 挺好用的 谢谢你",
        ("A: 嘿嘿 小意思啦 么么哒",
         "A: 不客气，能帮到您就好，谢谢您的支持"),
        "C: 😊",
    ], "forbidden.slang|response.thanks.chat", "000 篇2 五、7: thanks answered in pet words"),
    # --- wordless, emoji, bare acknowledgements
    it("chat", "taobao", [
        "C: 我的订单备注了要礼盒包装 你们看到没",
        ("A: 👌",
         "A: 看到了亲，已经给您安排礼盒包装，还会附一张空白贺卡"),
        "C: 那太好了",
    ], "forbidden.wordless_reply|forbidden.emoji_only", "000 篇5 第一 / 篇2 五、7: a reply made of an emoji only"),
    it("chat", "douyin", [
        "C: 在吗",
        ("A: [微笑]",
         "A: 您好，萌娃童装官方店客服在的，请问有什么可以帮您？"),
        "C: 我想问下这个外套130码适合多高的孩子",
        "A: 130码适合身高120到130厘米的小朋友",
    ], "forbidden.emoji_only|forbidden.wordless_reply,greeting.chat?", "000 篇5 第一: greeting the customer with a sticker only", open=False),
    it("chat", "jd", [
        "C: 那我就买这个蓝色的了",
        ("A: 嗯",
         "A: 好的，蓝色现货充足，付款后我帮您核对收货地址"),
        "C: 拍了",
        "A: 收到，跟您核对一下：收货人王女士，地址是上海市徐汇区漕溪北路某号，对吗？",
        "C: 对的",
    ], "forbidden.bare_ack", "000 篇2 五、7 / 001 禁用语: a bare 嗯 as the whole reply"),
    it("chat", "pinduoduo", [
        "C: 哈哈 你们家客服挺有意思",
        ("A: 呵呵",
         "A: 谢谢您的夸奖，能帮到您我们也很开心"),
        "C: 那个苹果还有货吧",
        "A: 有的，现在下单明天发货",
    ], "forbidden.bare_ack|forbidden.casual", "001 禁用语 呵呵: a bare 呵呵"),
    # --- buck passing, curt demands
    it("chat", "taobao", [
        "C: 这款枕头的枕芯能拆洗吗",
        ("A: 您自己翻一下商品详情页吧 里面都有写",
         "A: 可以拆洗的，外套拉链拆下来能机洗，枕芯建议手洗后晾干"),
        "C: 好",
    ], "forbidden.buck_passing", "000 篇8 售前服务: sending the buyer to read the description"),
    it("chat", "jd", [
        "C: 我的保修怎么弄",
        ("A: 保修的事去问厂家售后，我们只管卖",
         "A: 您的保修由我们这边受理，您把订单号和故障照片发我，我帮您提交售后申请"),
        "C: 好 马上发",
        "A: 好的，收到后帮您提交",
    ], "forbidden.buck_passing|forbidden.blame", "003 京东禁用语 15: 'you need to go ask someone else'"),
    it("chat", "douyin", [
        "C: 我要退货",
        ("A: 订单号发来",
         "A: 好的，麻烦您把订单号发给我一下，我帮您查看"),
        "C: 4982007761253",
        "A: 收到，订单4982007761253，这边帮您申请退货，运费由我们承担",
    ], "forbidden.curt_demand", "003 京东培训 三 / 京东做法 7: an order instead of a request"),
    it("chat", "pinduoduo", [
        "C: 衣服起球了 怎么处理",
        ("A: 拍个图给我看看",
         "A: 抱歉给您带来不好的体验，麻烦您拍张起球的照片给我看一下好吗？"),
        "C: [图片]",
        "A: 看到了，这个情况我们给您补发一件新的",
    ], "forbidden.curt_demand", "003 京东培训 三: a command tone"),
    # --- abuse
    it("chat", "pinduoduo", [
        "C: 你们就是一群骗子 什么破店",
        ("A: 你才是骗子呢 嘴巴放干净点",
         "A: 非常抱歉让您这么生气，请您告诉我遇到了什么问题，我一定尽力帮您处理"),
        "C: 买的棉袜洗一次就破洞了",
        "A: 实在抱歉让您用得不舒心，这边直接给您退款，不用寄回",
    ], "forbidden.abuse|forbidden.rude,forbidden.address_ni?", "003 拼多多禁语 5: insulting the customer back"),
    it("chat", "douyin", [
        "C: 垃圾产品 用了脸上长痘",
        ("A: 自己皮肤差还赖产品 脑子有问题吧",
         "A: 非常抱歉出现这种情况，请您先停用，脸上情况严重的话建议先去医院看看，就医和退款的事我这边帮您跟进"),
        "C: 好吧",
    ], "forbidden.abuse,response.harm.chat?", "000 篇8 售后服务: abusing a customer who reports harm"),
    # --- promises and deciding for the customer
    it("chat", "taobao", [
        "C: 我下周五要用 能保证周四前到吗",
        ("A: 放心，百分之一万给您送到，到不了我赔您",
         "A: 我们今天发出，正常三天到，不过快递时效我们没法完全保证，您急用的话可以选顺丰加急"),
        "C: 那我选加急",
        "A: 好的，已帮您备注顺丰加急",
    ], "forbidden.blind_promise,ad.percent?", "002 售前疑难 3: promising what the shop does not control"),
    it("chat", "jd", [
        "C: 这个扫地机能把我家长毛地毯扫干净吗",
        ("A: 能，什么地毯都没问题，保准扫得干干净净",
         "A: 短毛地毯效果比较好，长毛地毯容易缠刷，建议您选配专用的地毯刷头，清洁会更彻底"),
        "C: 好 那我加个刷头",
    ], "forbidden.blind_promise,ad.absolute?", "003 京东禁用语 16: promising any problem is solved"),
    it("chat", "jd", [
        "C: 我纠结买128G还是256G的",
        ("A: 就256G吧，我直接给您改成256G的订单了",
         "A: 平时拍视频多的话256G更合适，只存照片和聊天128G也够用，您看更看重哪方面呢"),
        "C: 那我还是要256的",
        "A: 好的，256G现货，您直接拍下就行",
    ], "forbidden.decide_for_customer", "003 京东做法 4: choosing for the customer"),
    it("chat", "taobao", [
        "C: 这个沙发套有点小 是换大号还是退了",
        ("A: 退了吧，我这边已经给您点了退款",
         "A: 可以换大号，也可以退款，两种都不用您出运费，您看选哪种"),
        "C: 换大号吧",
        "A: 好的，换货申请已提交",
    ], "forbidden.decide_for_customer", "003 京东做法 4: deciding the return for the customer"),
    # --- jargon
    it("chat", "jd", [
        "C: 我的订单怎么一直没动静",
        ("A: 您这单卡在WMS的波次里了，等拣货完成回传就能出库",
         "A: 您的订单在仓库排队打包，今天下午就能发出，发出后会有物流信息"),
        "C: 好的",
    ], "forbidden.jargon", "003 京东培训 六: warehouse jargon to a buyer"),
    it("chat", "pinduoduo", [
        "C: 退款怎么还没到",
        ("A: 您这笔走的是逆向流程，要等财务对账后原路回款",
         "A: 您的退款已经审核通过，会原路退回，一般一到三天到账"),
        "C: 好",
    ], "forbidden.jargon", "003 京东培训 六: refund-process jargon"),
    # --- address with 你, filler, pardon, repeat request
    it("chat", "taobao", [
        "C: 这个茶具套装有几个杯子",
        ("A: 你好，一共六个杯子，一个茶壶，一个公道杯",
         "A: 您好，一共六个杯子，一个茶壶，一个公道杯"),
        "C: 好的",
    ], "forbidden.address_ni", "000 篇8 售前服务: 你 instead of 您"),
    it("chat", "douyin", [
        "C: 怎么申请价保啊",
        ("A: 你在订单页点“申请价保”，系统会自动算差价退给你",
         "A: 您在订单页点“申请价保”，系统会自动计算差价退给您"),
        "C: 找到了 谢谢",
        "A: 不客气～",
    ], "forbidden.address_ni", "000 篇8 售前服务: addressing the buyer as 你"),
    it("chat", "taobao", [
        "C: 这个为什么比上周贵了二十",
        ("A: 是这样的 上周有店铺满减 现在活动结束了",
         "A: 上周有店铺满减活动，现在活动结束了，下个月初还会有"),
        "C: 哦 那我等下个月",
    ], "forbidden.filler", "003 天猫禁语 五: opening with 'it's like this'"),
    it("chat", "jd", [
        "C: 那个 就是我要的那种 带把手 上面有个圈 能挂的",
        ("A: 您说的什么？没看懂",
         "A: 很抱歉，我没完全理解您的意思，您是想要带挂环的手柄款吗？"),
        "C: 对 就是那个",
        "A: 好的，带挂环的是这款，链接发给您",
    ], "forbidden.repeat_request|forbidden.pardon_bare", "000 篇1 5: 'what did you say?' without courtesy"),
    it("chat", "pinduoduo", [
        "C: 尺码偏大 能换吗 我当时拍的L",
        "A: 可以换的，请问您想换成哪个码呢？",
        "C: 换M 订单号是250611883012",
        ("A: 好的，请问您的订单号是多少？",
         "A: 好的，订单250611883012，给您换成M码"),
        "C: 我刚才不是发了吗",
        ("A: 不好意思，看到了，这就给您换",
         "A: 是的，已经登记好了，新的M码明天发出"),
    ], "forbidden.repeat_question.order|forbidden.repeat_question", "000 篇1 4: asking again for the order number just given"),
    it("chat", "taobao", [
        "C: 这款包是真皮吗",
        "A: 是头层牛皮的",
        "C: 那会不会掉色",
        ("A: 不好意思打错了，是二层牛皮，请您原谅",
         "A: 非常抱歉，我刚才打错了，是二层牛皮，请您原谅"),
        "C: 哦 那还行",
        "A: 二层牛皮正常使用不会掉色，您放心",
    ], "forbidden.pardon_bare", "000 篇2 五、5: asking forgiveness without a sorry tone"),
    # --- defers without a time
    it("chat", "jd", [
        "C: 我的冰箱能不能换个颜色 刚下单",
        ("A: 这个我得问一下仓库，回头再告诉您",
         "A: 这个我要和仓库确认一下，半小时内在这里给您答复"),
        "C: 好的",
    ], "response.defer_without_time", "000 篇1 7: promising an answer without saying when"),
    # --- bare waits
    it("chat", "douyin", [
        "C: 帮我看看物流到哪了",
        ("A: 等着",
         "A: 好的亲，请您稍等一下，我马上帮您查"),
        "A: 您的包裹已到达广州转运中心，明天送到",
        "C: 好",
    ], "forbidden.wait_bare|forbidden.curt_demand", "000 篇2 五、1 / 004 保持 1: a bare order to wait"),
    it("chat", "taobao", [
        "C: 我想查一下我上个月买的那个暖风机的保修期",
        ("A: 稍等",
         "A: 请您稍等，我帮您查一下"),
        "A: 感谢您的耐心等待，您的暖风机保修到明年十月",
        "C: 好的",
    ], "forbidden.wait_short|forbidden.wait_bare", "000 篇2 五、1: 'wait' with no please or thanks"),
]
