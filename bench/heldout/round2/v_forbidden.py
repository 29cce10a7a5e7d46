"""Violating conversations, round 2: forbidden words and phrasings (one
deliberate violation each, everything around it compliant)."""
from wrap import wchat, wcall, chat, call, PLATFORMS


def P(n):
  return PLATFORMS[n % 4]


CONVS = [
    # forbidden.rude
    chat("r2v001", wchat(1, [
        "C: 这件羊毛衫能便宜点不，两百多有点下不去手",
        "A: 亲，这个价格已经是活动价了，预算不够的话就别考虑这款了呗",
        "C: 行吧我再想想",
    ]), "forbidden.rude", "001 禁用语 / 003 京东禁用语 5: 'can't afford it, don't buy it', reworded", platform="taobao"),
    call("r2v002", wcall(2, [
        "C: 我 那 个 路 由 器 设 置 了 半 天 还 是 连 不 上 网",
        "A: 您是说路由器设置完了还是上不了网 对吧",
        "C: 对 弄了一下午了",
        "A: 您 要 是 实 在 弄 不 懂 就 别 自 己 瞎 折 腾 了 等 师 傅 上 门 吧",
        "C: 那 好 吧 师 傅 什 么 时 候 来",
        "A: 师傅明天上午十点前会联系您上门",
    ]), "forbidden.rude", "003 京东禁用语 4: 'if you can't figure it out don't bother', reworded in ASR form"),
    chat("r2v003", wchat(3, [
        "C: 你们这服务我要去投诉！！",
        "A: 您想去哪儿反映都可以，随您的便",
        "C: 行 你等着",
    ]), "forbidden.rude,response.complaint.chat?", "003 京东禁用语 9: 'complain wherever you like', reworded", platform="jd"),
    call("r2v004", wcall(3, [
        "C: 你们这个净水器滤芯一年换三次也太坑了吧",
        "A: 您是说滤芯更换得太频繁 觉得费用高是吧 非常抱歉给您带来困扰",
        "C: 对啊",
        "A: 嫌 麻 烦 的 话 当 初 就 别 买 带 滤 芯 的 嘛",
        "C: 这什么话",
        "A: 滤芯的寿命跟当地水质有关 我帮您登记一次免费检测",
    ]), "forbidden.rude", "001 禁用语 '太贵了就不要用了' reworded; 003 拼多多禁语 5"),
    # forbidden.impatient
    chat("r2v005", wchat(5, [
        "C: 那这个到底是几号发货啊",
        "A: 亲，这个问题我前面已经回复您好几遍了，往上翻翻聊天记录吧",
        "C: 哦",
        "A: 付款后48小时内发出的哈",
    ]), "forbidden.impatient", "003 京东禁用语 6 / 天猫禁语 一: impatience at a repeated question", platform="pinduoduo"),
    call("r2v006", wcall(0, [
        "C: 呃我想问一下那个 就是 我那个 上次修的那台洗衣机 它又 它又开始漏水了 就是",
        "A: 您能不能直接说重点 后面还有好多人排着队呢",
        "C: 就是洗衣机又漏水了",
        "A: 您是说上次维修过的洗衣机又漏水了对吗 我给您重新派单 师傅今天下午联系您",
    ]), "forbidden.impatient", "000 篇6 其他注意事项 / 003 京东禁用语 12: 'others are queuing', reworded"),
    chat("r2v007", wchat(7, [
        "C: 快点啊我等半天了，能不能先帮我看看",
        "A: 急什么呀，一个一个来嘛",
        "C: ……",
        "A: 您的订单已经在打包了，今天会发出",
    ]), "forbidden.impatient", "000 篇2 四、3 '再等等' said curtly", platform="douyin"),
    # forbidden.rhetorical
    chat("r2v008", wchat(8, [
        "C: 这个电饭煲有预约功能吗",
        "A: 商品详情第三张图不就写着的嘛，您没看吗？",
        "C: 没注意",
        "A: 有的，可以预约24小时哈",
    ]), "forbidden.rhetorical|forbidden.buck_passing", "003 京东做法 7 / 无礼质问: a rhetorical 'didn't you look?'", platform="jd"),
    call("r2v009", wcall(4, [
        "C: 我下单的时候尺码选错了 能改吗",
        "A: 您是说下单时尺码选错了 想改尺码对吧",
        "C: 对",
        "A: 买 之 前 怎 么 不 先 量 一 下 呢",
        "C: 我以为是标准码",
        "A: 订单还没发货 我现在帮您改成L码 改好后短信会通知您",
    ]), "forbidden.rhetorical", "003 京东培训 二 '您为什么不买这件' kind of reproach, reworded"),
    chat("r2v010", wchat(10, [
        "C: 快递员大概几点能到我家？",
        "A: 亲，这我上哪儿知道去呀",
        "C: 那我问谁",
        "A: 您可以在订单物流页面看到派件员的实时位置哦",
    ]), "forbidden.rhetorical|forbidden.uncertain", "003 天猫禁语 四 '我怎样会知道', reworded", platform="taobao"),
    # forbidden.blame
    chat("r2v011", wchat(11, [
        "C: 我填的地址是对的，为啥包裹送到别的小区去了",
        "A: 系统显示收货地址是您自己下单时选的，这个责任不在我们这边",
        "C: 我选的就是对的啊",
        "A: 我帮您联系快递员改派到正确的小区",
    ]), "forbidden.blame", "003 京东禁用语 8 '这不是我的错', reworded", platform="pinduoduo"),
    call("r2v012", wcall(5, [
        "C: 上周打你们电话 那个接电话的说给我退款 到现在也没退",
        "A: 非常抱歉 您是说上周来电时同事答应给您退款 但钱还没到账 对吧",
        "C: 对",
        "A: 当时不是我接的电话 他怎么说的我管不着",
        "C: 那我找谁",
        "A: 我这边马上给您查退款进度 今天下班前给您回电",
    ]), "forbidden.blame", "000 篇2 四、4 '刚才电话不是我接的', reworded"),
    chat("r2v013", wchat(0, [
        "C: 为什么过了七天就不给退了",
        "A: 平台就这么规定的，我们也只能照着来",
        "C: 好吧",
        "A: 亲，如果商品有质量问题，超过七天也可以申请售后维修的",
    ]), "forbidden.blame", "003 京东禁用语 13 '这是规则', reworded", platform="douyin"),
    # forbidden.refusal / refusal_bare / refusal_no_alternative
    chat("r2v014", wchat(2, [
        "C: 能不能帮我把两个订单合成一个包裹寄",
        "A: 合不了。",
        "C: 好吧",
    ]), "forbidden.refusal_bare|forbidden.refusal|forbidden.refusal_no_alternative", "003 京东做法 3 / 000 篇2 五、2: a refusal with no apology", platform="taobao"),
    call("r2v015", wcall(1, [
        "C: 我想把空调从客厅移到卧室 你们能上门移机吗",
        "A: 您是说想把空调从客厅挪到卧室 需要移机服务对吧",
        "C: 对的",
        "A: 很抱歉 移机这块我们确实不做",
        "C: 哦 那行吧",
    ]), "forbidden.refusal_no_alternative|forbidden.refusal", "000 篇2 五、2 / 004 特殊沟通 5: sorry, but no suggestion after"),
    chat("r2v016", wchat(4, [
        "C: 我想要个纸质说明书，能单独寄一份吗",
        "A: 亲，这种情况没法处理的呢",
        "C: 啊？",
        "A: 电子版说明书在商品详情最下面可以下载的",
    ]), "forbidden.refusal", "003 京东禁用语 10 '不行没方法', reworded", platform="jd"),
    # forbidden.argue
    chat("r2v017", wchat(6, [
        "C: 你们页面上写的是纯棉，我收到明明是混纺的",
        "A: 您说得不对，我们写的本来就是棉混纺，是您自己没看仔细",
        "C: 你这什么态度",
        "A: 非常抱歉，我把商品页截图发给您核对一下",
    ]), "forbidden.argue,forbidden.blame?,response.complaint.chat?", "003 京东培训 一 争辩: contradicting the customer", platform="douyin"),
    call("r2v018", wcall(2, [
        "C: 你们的师傅说好九点来 到现在都十点半了",
        "A: 非常抱歉让您久等了 您是说约了九点 师傅到现在还没到 对吗",
        "C: 对",
        "A: 那不可能 系统上写的是十点到十一点 您肯定记错了",
        "C: 我没记错",
        "A: 我马上联系师傅 二十分钟内给您回电",
    ]), "forbidden.argue", "000 篇1 4: arguing with the customer"),
    # forbidden.pardon_bare
    call("r2v019", wcall(3, [
        "C: 我想问一下那个延保怎么……（杂音）",
        "A: 刚才那句您再讲一下",
        "C: 我说延保怎么买",
        "A: 您是想购买延保服务对吧 可以在购买后三十天内到门店或者小程序办理",
    ]), "forbidden.pardon_bare|forbidden.repeat_request|forbidden.repeat_request.call", "000 篇2 五、5 / 004 无法听清 7: asking to repeat with no apology"),
    # forbidden.out_of_stock_bare
    chat("r2v020", wchat(8, [
        "C: 这个奶白色的M码还有吗",
        "A: 卖光了亲",
        "C: 好吧",
    ]), "forbidden.out_of_stock_bare", "001 案例1-4 / 002 售前疑难 5: 'sold out' with no alternative", platform="pinduoduo"),
    chat("r2v021", wchat(9, [
        "C: 蓝色款什么时候补货？",
        "A: 亲亲，蓝色款暂时断货了哦",
        "C: 那算了",
    ]), "forbidden.out_of_stock_bare", "002 售前疑难 5: out of stock, no other style offered", platform="taobao"),
    # forbidden.uncertain
    chat("r2v022", wchat(10, [
        "C: 这个面膜孕妇能用吗",
        "A: 这个我也不是很清楚呢",
        "C: 那怎么办",
        "A: 成分表我发您，建议您孕期使用前先咨询一下医生",
    ]), "forbidden.uncertain", "001 禁用语 '不清楚' reworded", platform="jd"),
    call("r2v023", wcall(4, [
        "C: 嗯 那个 我想问下你们那个积分 过年前会清零吗",
        "A: 您是想了解积分年底会不会清零对吧",
        "C: 对",
        "A: 呃 这 个 不 太 晓 得 呢",
        "C: 啊",
        "A: 我查到了 积分是每年六月三十号统一清零的 年底不会清",
    ]), "forbidden.uncertain", "003 京东禁用语 7 '不晓得', ASR form"),
    # forbidden.uncertain_hedge
    chat("r2v024", wchat(11, [
        "C: 我这边是新疆，多久能到呀",
        "A: 亲，估摸着五六天的样子吧",
        "C: 好的",
    ]), "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语 '大概' reworded (估摸着)", platform="douyin"),
    chat("r2v025", wchat(0, [
        "C: 退货的钱啥时候能回来",
        "A: 或许明后天就到账了吧",
        "C: 哦好",
    ]), "forbidden.uncertain_hedge|forbidden.uncertain,response.reply_time.chat?", "001 禁用语 '也许' reworded (或许)", platform="taobao"),
    # forbidden.cant_hear / hearing_no_apology
    call("r2v026", wcall(5, [
        "C: （很小声）我……那个订单……",
        "A: 啥？听不见啊 说大声点",
        "C: 我说我的订单还没到",
        "A: 您是说订单还没送到对吧 我帮您查一下物流 订单明天上午派送",
    ]), "forbidden.cant_hear|forbidden.casual", "000 篇2 二、1 / 篇6: 'louder!' with no apology"),
    call("r2v027", wcall(0, [
        "C: 我想问 就是 那个 （背景很吵） 安装费怎么算",
        "A: 您 那 边 太 吵 了 找 个 安 静 的 地 方 再 说",
        "C: 好了好了 我进屋了 安装费怎么算",
        "A: 您是想了解安装费对吧 标准安装是免费的 只有加长管路另外收费",
    ]), "forbidden.hearing_no_apology", "004 无法听清 / 000 篇2 二、2: asking the caller to move, with no apology"),
    call("r2v028", wcall(1, [
        "C: 侬好 阿拉屋里厢格冰箱勿制冷了",
        "A: 您能用普通话说吗",
        "C: 我家冰箱不制冷了",
        "A: 您是说家里冰箱不制冷了对吗 我给您安排师傅明天上门检查",
    ]), "forbidden.hearing_no_apology", "004 无法听清 4 / 000 篇2 二、4: asking for Mandarin with no apology"),
    # forbidden.curt
    call("r2v029", [
        "A: 嗯 说吧 什么事",
        "C: 我想问一下我的快递到哪了",
        "A: 好的 您报一下运单号",
        "C: YF3381206577",
        "A: 您的运单号是YF3381206577 对吧 已经到您所在的网点了 今天下午派送",
    ] + ["A: 请问还有其他问题吗", "C: 没了", "A: 好的 感谢您的来电 再见", "C: 再见"],
        "forbidden.curt,greeting.call", "000 篇2 一、1/2: a curt 'what is it' as the opening"),
    chat("r2v030", wchat(2, [
        "C: 我有个问题",
        "A: 嗯，啥事",
        "C: 我想开发票",
        "A: 好的亲，把抬头和税号发给我，发票会在发货后三天内开具",
    ]), "forbidden.curt", "000 篇2 一、2 '是的,什么事' reworded", platform="jd"),
    # forbidden.casual
    chat("r2v031", wchat(3, [
        "C: 大哥，这个锅电磁炉能用吗",
        "A: 大姐放心，电磁炉燃气灶都能用的",
        "C: 好嘞",
    ]), "forbidden.casual", "001 禁用语 '大哥、大姐'", platform="pinduoduo"),
    call("r2v032", wcall(6, [
        "C: 我家的热水器显示E4",
        "A: 您是说热水器屏幕上显示E4对吧",
        "C: 对",
        "A: 哎呀 这个我跟您讲 一般是进水压力低",
        "C: 那怎么弄",
        "A: 我给您安排师傅上门检查 明天上午到",
    ]), "forbidden.casual", "001 禁用语 '哎'"),
    # forbidden.english
    chat("r2v033", wchat(4, [
        "C: 今天下单今天能发吗",
        "A: OK的，下午四点前下单当天就发",
        "C: 好",
    ]), "forbidden.english", "001 禁用语 OK", platform="douyin"),
    chat("r2v034", wchat(5, [
        "C: 这个尺码偏大吗",
        "A: Yes 亲，建议拍小一码",
        "C: 好的",
    ]), "forbidden.english", "001 禁用语 YES", platform="taobao"),
    # forbidden.hangup_threat
    call("r2v035", [
        "A: 您好，很高兴为您服务，请问有什么可以帮您？",
        "!wait 4",
        "A: 您好 请问有什么可以帮您",
        "!wait 4",
        "A: 您 再 不 说 话 我 这 边 就 挂 断 了 啊",
        "!wait 4",
        "!hangup agent",
    ], "forbidden.hangup_threat,silent_call.call?", "000 篇2 一、6 / 篇6: 'speak or I hang up', reworded"),
    call("r2v036", wcall(7, [
        "C: 好的 那个退款我知道了",
        "A: 嗯 没别的事您就挂了吧",
        "C: 啊 还有一个 发票怎么开",
        "A: 发票可以在订单详情里申请 开好会发到您的邮箱",
    ]), "forbidden.hangup_threat", "000 篇2 六、2 '没有其他的事,请挂机' reworded"),
    # forbidden.filler
    chat("r2v037", wchat(6, [
        "C: 为什么我的订单被取消了",
        "A: 是这样子的亲，系统检测到地址不完整，自动取消了",
        "C: 那我重新下吧",
        "A: 好的，麻烦亲重新下单时把门牌号填写完整哈",
    ]), "forbidden.filler", "003 天猫禁语 五 '是这样的'", platform="jd"),
    # forbidden.address_ni
    chat("r2v038", wchat(7, [
        "C: 我要退货",
        "A: 好的，你把订单号发一下，我帮你看看",
        "C: 2231009",
        "A: 查到了，退货申请已经帮您提交，快递员明天上门取件",
    ]), "forbidden.address_ni,forbidden.curt_demand?", "000 篇8 售前服务: 你 instead of 您", platform="pinduoduo"),
    # forbidden.wait_bare / wait_short
    chat("r2v039", wchat(8, [
        "C: 帮我查下物流",
        "A: 等下",
        "A: 亲，您的包裹已经到杭州转运中心了，预计明天送达",
        "C: 好的",
    ]), "forbidden.wait_short|forbidden.wait_bare", "000 篇2 五、1: a bare 'wait' with no apology or thanks", platform="taobao"),
    call("r2v040", wcall(8, [
        "C: 我想查一下上个月的话费账单",
        "A: 您是想查上个月的账单对吧",
        "C: 对",
        "A: 等 着",
        "!wait 8",
        "A: 感谢您的等待 上个月的账单是八十六块五",
    ]), "forbidden.wait_bare|forbidden.wait_short", "004 保持 1: a bare 'wait' before a short lookup"),
    # forbidden.wordless_reply / bare_ack / emoji_only
    chat("r2v041", wchat(9, [
        "C: 这双鞋是真皮的吗",
        "A: ？",
        "C: 我问是不是真皮",
        "A: 亲，鞋面是头层牛皮的，内里是猪皮",
    ]), "forbidden.wordless_reply|forbidden.emoji_only", "000 篇5 第一 / 篇2 五、7: a reply without words", platform="douyin"),
    chat("r2v042", wchat(10, [
        "C: 我刚付款了，帮我备注一下要黑色的",
        "A: 嗯嗯",
        "C: 备注了没？",
        "A: 已经帮您备注好黑色了亲",
    ]), "forbidden.bare_ack", "000 篇2 五、7: a bare 嗯嗯 to a request", platform="jd"),
    chat("r2v043", wchat(11, [
        "C: 收到货了，挺满意的",
        "A: 👌",
        "C: 哈哈",
    ]), "forbidden.emoji_only|forbidden.wordless_reply,response.thanks.chat?", "000 篇5 第一: an emoji-only reply", platform="pinduoduo"),
    chat("r2v044", wchat(0, [
        "C: 能送到村里吗",
        "A: [OK]",
        "C: 啥意思",
        "A: 能送到的亲，村里有驿站代收",
    ]), "forbidden.emoji_only|forbidden.wordless_reply", "000 篇5 第一: a sticker code as the whole reply", platform="taobao"),
    # forbidden.interjection_o
    chat("r2v045", wchat(1, [
        "C: 我买的洗发水漏了一点",
        "A: 噢，漏了多少呀",
        "C: 一小半吧",
        "A: 非常抱歉给您添麻烦了，我给您补寄一瓶新的",
    ]), "forbidden.interjection_o,response.complaint.chat?", "001 禁用语 哦 (噢 opening a reply)", platform="jd"),
    # forbidden.slang
    chat("r2v046", wchat(2, [
        "C: 能今天发货吗，比较急",
        "A: 妥妥滴，马上给您安排上～",
        "C: 谢谢",
    ]), "forbidden.slang", "000 篇2 五、7 生活化的词语口气 (妥妥滴/安排上)", platform="douyin"),
    chat("r2v047", wchat(3, [
        "C: 这个耳机降噪咋样",
        "A: 亲，降噪效果杠杠的，地铁上戴着贼安静",
        "C: 行",
    ]), "forbidden.slang", "000 篇2 五、7 生活化的词语口气 (杠杠的/贼)", platform="taobao"),
    # forbidden.buck_passing
    chat("r2v048", wchat(4, [
        "C: 我的快递显示签收了但我没收到",
        "A: 这个您得自己去问问派送的快递员哈",
        "C: 你们不管吗",
        "A: 非常抱歉，我这就联系快递公司核实，今天下午五点前给您答复",
    ]), "forbidden.buck_passing|forbidden.blame", "003 京东禁用语 15: 'you have to go ask the courier'", platform="jd"),
    call("r2v049", wcall(2, [
        "C: 我想问问这个热水壶能不能煮中药",
        "A: 您是想了解热水壶能不能用来煮中药对吧",
        "C: 是",
        "A: 您 去 看 一 下 说 明 书 上 面 都 有",
        "C: 说明书找不到了",
        "A: 这款是不锈钢内胆 不建议煮中药 会有异味残留",
    ]), "forbidden.buck_passing", "000 篇8 售前服务 '去宝贝描述里看' reworded (go read the manual)"),
    # forbidden.curt_demand
    chat("r2v050", wchat(5, [
        "C: 我要改地址",
        "A: 新地址发过来。",
        "C: 杭州市西湖区文三路88号",
        "A: 已帮您改好了，收货地址是杭州市西湖区文三路88号",
    ]), "forbidden.curt_demand", "003 京东做法 7 / 培训 三: a bare command", platform="pinduoduo"),
    call("r2v051", wcall(3, [
        "C: 我的积分好像少了",
        "A: 您是说账户积分比原来少了对吗",
        "C: 对",
        "A: 会员号报过来",
        "C: 八八二零一三",
        "A: 会员号是八八二零一三 对吧 查到了 上周有一笔兑换扣了两百积分",
    ]), "forbidden.curt_demand", "003 京东培训 三 命令的口吻: an order instead of a request"),
    # forbidden.abuse
    chat("r2v052", wchat(6, [
        "C: 你们就是一群骗子",
        "A: 你才是骗子呢，有病吧",
        "C: ？？",
    ]), "forbidden.abuse|forbidden.rude,forbidden.address_ni?,response.complaint.chat?,response.ask_more_skips_question.chat?", "003 拼多多禁语 5: insulting the customer back", platform="pinduoduo"),
    call("r2v053", wcall(4, [
        "C: 你们这帮人脑子进水了吧 东西坏了也不管",
        "A: 您 嘴 巴 放 尊 重 点 谁 脑 子 进 水",
        "C: 我就这么说怎么了",
        "A: 非常抱歉 您是说买的东西坏了对吧 我马上给您登记维修",
    ]), "forbidden.abuse|forbidden.rude,response.complaint.call?", "000 篇2 四、2 '嘴巴放干净一点' reworded"),
    # forbidden.blind_promise
    chat("r2v054", wchat(7, [
        "C: 我这个包被快递压坏了，能赔吗",
        "A: 非常抱歉亲，您放心，有啥问题找我就行，保证全都给您搞定",
        "C: 那就好",
        "A: 麻烦亲拍一下包裹外箱和商品的照片发给我，我给您登记理赔",
    ]), "forbidden.blind_promise", "003 京东禁用语 16 '什么问题都能处理' reworded", platform="jd"),
    call("r2v055", wcall(5, [
        "C: 我这个手机进水了 保修能修好吗",
        "A: 您是说手机进水了 想走保修 对吧",
        "C: 对",
        "A: 您 放 心 肯 定 能 给 您 修 好 而 且 一 分 钱 不 收",
        "C: 那太好了",
        "A: 您把手机送到就近的服务网点就可以",
    ]), "forbidden.blind_promise", "002 第二篇 6.1(7) 禁止盲目承诺: promising a free repair unchecked"),
    # forbidden.repeat_request
    chat("r2v056", wchat(8, [
        "C: 我想问一下你们家的这个吸尘器吸头是通用的吗就是别的牌子能用吗",
        "A: 您说啥？再讲一遍",
        "C: 吸头别的牌子能用吗",
        "A: 亲，吸头是专用接口，别的牌子用不了，店里有原装替换吸头",
    ]), "forbidden.repeat_request", "000 篇1 5 '你说什么?' reworded", platform="douyin"),
    call("r2v057", wcall(6, [
        "C: 嗯 我想把那个套餐改一下",
        "A: 什 么 您 重 复 一 下",
        "C: 我说改套餐",
        "A: 您是想变更套餐对吧 下个月一号开始生效",
    ]), "forbidden.repeat_request.call|forbidden.repeat_request", "000 篇2 三、2 '什么?你再说一遍' reworded"),
]
