"""Violating shop chats of round 24 (each with its compliant twin): the duties of a
reply after a complaint, a thanks, an apology, an urge, a question about time, a
request to change or cancel, a refusal to give, a suggestion, a request for a
manager and a personal question."""
from common import V, R, REFUSE_IDS

# ---------------------------------------------------------------- complaints
V("chat", "taobao", "response.complaint.chat,forbidden.argue?", R["complaint.chat"] + "；客服辩称起球是面料特性", """
C: 你们这毛衣洗一次就起球了 忒次了吧
A: [起球是面料特性，穿久了都会有的||非常抱歉让您糟心了，才洗一次就起球确实不应该]
A: 麻烦您拍张起球位置的照片给我看看
C: [图片]
A: 收到了，这边给您换一件新的，来回运费我们承担，您看可以吗？
C: 行吧
""")

V("chat", "jd", "response.complaint.chat,forbidden.blame?", R["complaint.chat"] + "；客服回“流程就是这样”", """
C: 维修寄过去半个月了 到低修好没有 你们效率也太低了
A: [维修流程就是这样的，要排队||实在抱歉让您等了这么久，特别理解您着急的心情]
A: 我帮您查了一下，维修中心显示昨天已经修好，今天下午寄回，单号是JD0012****5567
C: 行 那我等着
""")

V("chat", "pinduoduo", "response.complaint.chat,forbidden.rhetorical?", R["complaint.chat"] + "；客服反问是否当面验货", """
C: 搞啥子哦 买的杯子到手就是裂的
A: [您签收的时候没当面验货吗？||真是对不起，让您收到个有裂口的杯子，太影响心情了]
A: 麻烦您拍一下裂口和外包装的照片，这边给您补发一个新的
C: 好 我拍一下
C: [图片][图片]
A: 看到了，新的杯子今天下午就给您发出
""")

V("chat", "douyin", "response.complaint.chat,forbidden.argue?", R["complaint.chat"] + "；客服称本来就是薄绒", """
C: 无语子 直播间说的加绒 到手薄得跟纸一样
A: [这款本来就是薄绒的哦，详情页都写了||非常抱歉让您失望了，跟您预期的差这么多确实很影响心情]
A: 如果您不喜欢，这款支持七天无理由退货，退货运费由我们来承担，您看可以吗？
C: 退吧
""")

V("chat", "taobao", "response.complaint.chat,forbidden.blame?", R["complaint.chat"] + "；客服把包装破损推给快递（繁体）", """
C: 等了一个礼拜才到，包装还是破的，什么服务啊
A: [包装是快递弄破的，我们发出去是好好的||很抱歉让您久等，还收到破损的包装，这个体验确实太差了]
A: 麻烦您看一下里面的商品有没有损坏，有的话我们马上给您处理
C: 东西倒是没坏
A: 那就好，这边给您补偿一张10元无门槛券，已经发到您的账户里了
""", trad=True)

V("chat", "jd", "response.complaint.chat", R["complaint.chat"] + "；客服说没回复很正常", """
C: 客服你们这态度真不行 昨天问了半天一句话不回
A: [昨天咨询量太大了，回复不过来很正常||非常抱歉昨天没能及时回复您，让您受冷落了]
A: 请问您昨天想咨询的是哪个问题呢？
C: 就那个保温杯能不能刻字
A: 可以刻字的，下单时在备注里写上要刻的内容就行，限8个字以内
""")

V("chat", "pinduoduo", "response.complaint.chat", R["complaint.chat"] + "；客服说这批货都检查过", """
C: 😡😡又是坏的 第二回了
A: [这批货我们出库前都检查过的||太对不起了，连着两回都让您收到有问题的商品，换谁都会生气的]
A: 这次麻烦您拍个视频给我，我直接给您办理退款，商品也不用寄回了
C: 行 等下拍
""")

V("chat", "taobao", "response.complaint.chat", R["complaint.chat"] + "；客服说灯珠有寿命（全角）", """
C: 质量太差了吧 LED灯用了3天就不亮了
A: [灯珠都是有寿命的||很抱歉给您添麻烦了，才用3天就不亮确实不应该]
A: 这款灯有1年质保，麻烦您提供一下订单号，我直接给您换新的
C: 订单号 3316****0925
A: 好的，已经给您登记换新，新灯明天发出
""", fw=True)

V("chat", "douyin", "response.complaint.chat,forbidden.rhetorical?", R["complaint.chat"] + "；客服反问是否没按说明书装", """
C: 这玩意儿咋整的 买回来就是个摆设 根本不出水
A: [您是不是没按说明书装啊？||实在抱歉让您着急了，买回来用不了确实闹心]
A: 麻烦您拍一下底座和水管接口的照片，我帮您一步步排查
C: [图片]
A: 看到了，是进水口的密封圈没压紧，您把白色圈按到底再拧紧试试
C: 好了 出水了
""")

V("chat", "jd", "response.complaint.chat,forbidden.blame?", R["complaint.chat"] + "；客服说是快递的问题不是我们的原因", """
C: 快递员把东西扔门口就走了 下雨全泡了
A: [这个是快递的问题，不是我们这边的原因||非常抱歉，东西被雨泡了肯定特别闹心，先跟您说声对不起]
A: 麻烦您拍一下泡水的情况，我们给您补寄一份，派送的问题我们也会向快递反馈
C: 好
""")

V("chat", "taobao", "response.harm.chat,response.complaint.chat?", R["harm"] + "；客服先说有检验报告", """
C: 吃了你们家的牛肉干 半夜开始拉肚子
A: [我们的产品都是有检验报告的||非常抱歉，您现在身体怎么样了？要是还难受一定先去看医生]
A: 麻烦您把剩下的包装和生产日期拍给我，我们马上安排质检核查，这一单先给您全额退款
C: 嗯 我拍给你
""")

V("chat", "pinduoduo", "response.harm.chat,response.complaint.chat?", R["harm"] + "；客服说很多人用都没事", """
C: 面膜敷完脸上起了一片红疹子
A: [这款很多人用都没事的||真对不起让您受罪了，请先停用并用清水洗干净，严重的话及时去医院看看]
A: 这一单我给您申请退款，就医的票据也请您留好，我们会跟进处理
C: 好吧
""")

V("chat", "douyin", "response.complaint.chat,forbidden.refusal_bare?,forbidden.refusal?", R["complaint.chat"] + "；客服说仓库统一发、改不了", """
C: 怎们回事 说好的顺丰 结果发的别家快递 慢死了
A: [仓库统一发的，我这边也改不了||很抱歉没按您的要求发顺丰，耽误您时间了，是我们的疏忽]
A: 这单的运费差价我们退给您，包裹目前在济南中转，明天派送
C: 行吧
""")

V("chat", "jd", "response.complaint.chat,forbidden.rhetorical?", R["complaint.chat"] + "；客服回“给差评也解决不了问题”", """
C: 再这样我就给差评了 回消息慢 东西还发错
A: [您给差评也解决不了问题呀||非常抱歉让您这么不满意，是我们没做好，先请您消消气]
A: 您说东西发错了，是颜色还是尺码跟下单的不一样呢？
C: 颜色 我要的米白 来的是杏色
A: 收到，这边给您换成米白色，新的今天就发出，杏色的等快递上门取回就行
""")

# ---------------------------------------------------------------- thanks
V("chat", "taobao", "response.thanks.chat", R["thanks.chat"] + "；顾客道谢后客服直接交代备注", """
C: 身高165 体重110 选哪个码
A: 建议选M码，腰围和衣长都合适
C: 好的谢谢亲
A: [那您拍下后记得备注颜色哈||不客气哦亲～拍下后记得备注颜色哈]
C: 嗯嗯
""", close=1)

V("chat", "jd", "response.thanks.chat", R["thanks.chat"] + "；顾客粤语道谢（唔该晒）后客服直接推销", """
C: 呢个充电头支唔支持快充
A: 支持的，65W快充，手机和笔记本都能用
C: 好 唔该晒
A: [我们还有配套的数据线，要不要一起看看？||不客气呀～我们还有配套的数据线，要不要一起看看？]
C: 唔使了
""", close=3)

V("chat", "pinduoduo", "response.thanks.chat", R["thanks.chat"] + "；顾客收货道谢，客服只回好的", """
C: 收到了 挺好的 谢谢你们哈
A: [好的||谢谢您的认可，这是我们应该做的，用得开心呀～]
""", close=1)

V("chat", "douyin", "response.thanks.chat,forbidden.casual?,forbidden.slang?", R["thanks.chat"] + "；顾客道谢，客服只回“嘿嘿”", """
C: 我的快递到哪了
A: 帮您查了一下，已经到您所在的区，今天下午派送
C: 客服小姐姐太给力了 爱了爱了 谢谢
A: [嘿嘿||不客气哦，能帮到您就好～]
""", close=3)

V("chat", "taobao", "response.thanks.chat,forbidden.bare_ack?", R["thanks.chat"] + "；顾客道谢，客服只回嗯嗯（繁体）", """
C: 这个锅能用电磁炉吗
A: 可以的，燃气灶和电磁炉都能用
C: 好的，谢谢你耐心解答
A: [嗯嗯||不客气，很高兴能帮到您]
""", trad=True, close=1)

V("chat", "jd", "response.thanks.chat", R["thanks.chat"] + "；顾客说多谢多谢，客服直接交代下一步", """
C: 耳机连不上手机怎么办
A: 您把两只耳机放回充电盒，长按盒子上的按键5秒，看到白灯闪烁后再在手机蓝牙里重新连接
C: 连上了 原来要先重置 多谢多谢
A: [用的时候记得把固件升级一下||不客气～用的时候记得把固件升级一下哦]
""", close=3)

V("chat", "pinduoduo", "response.thanks.chat", R["thanks.chat"] + "；顾客用谐音“蟹蟹”道谢，客服未回应", """
C: 明天能发吗
A: 可以的，今天拍下明天上午发出
C: 好滴 蟹蟹
A: [好的，收到货有问题再找我||不客气哈，收到货有问题随时找我]
""", close=1)

V("chat", "douyin", "response.thanks.chat,forbidden.wordless_reply?,forbidden.emoji_only?", R["thanks.chat"] + "；顾客道谢，客服只回一个表情", """
C: 退款收到了
A: 好的，退款已经原路退回，请您留意一下账户
C: 🙏🙏感谢
A: [👌||不客气呀，很高兴为您服务～]
""", close=3)

# ---------------------------------------------------------------- apologies
V("chat", "taobao", "response.apology.chat", R["apology"] + "；顾客为语气冲道歉，客服未回应", """
C: 我要退货 你们发错了
A: 麻烦您拍一下收到的商品，我帮您核对
C: 不好意思啊刚才我语气有点冲 东西其实是我自己拿错了
A: [那您现在还需要退吗？||没关系的，请不必介意～那您现在还需要退吗？]
C: 不退了 留着用
""")

V("chat", "jd", "response.apology.chat", R["apology"] + "；顾客为填错地址道歉，客服直接要地址", """
C: 抱歉抱歉 地址填错了 是我自己的问题
A: [请把正确的地址发一下||没关系，请不必介意，麻烦您把正确的地址发给我]
C: 浙江省湖州市吴兴区**路18号
A: 好的，已经帮您改成吴兴区**路18号，包裹今天发出
""")

V("chat", "pinduoduo", "response.apology.chat", R["apology"] + "；顾客粤语道歉（对唔住），客服未回应", """
C: 对唔住啊 头先骂咗你
A: [那您这个订单还要不要换货？||没关系的，您别往心里去～那这个订单还需要换货吗？]
C: 要换 换大一码
A: 好的，已经给您登记换成大一码，新的明天发出
""")

V("chat", "douyin", "response.apology.chat", R["apology"] + "；顾客说sorry催了很多遍，客服未回应", """
C: sorry哈 催了你八百遍
A: [包裹还在路上，预计明天送到||没事的，理解您着急～包裹还在路上，预计明天送到]
""")

V("chat", "taobao", "response.apology.chat,forbidden.bare_ack?", R["apology"] + "；顾客错怪店家后道歉，客服回嗯嗯那就好", """
C: 是我没看清详情 错怪你们了 对不起哈
A: [嗯嗯 那就好||没关系的，说开了就好，请不必介意～]
""", iso=True)

V("chat", "jd", "response.apology.chat", R["apology"] + "；顾客误会是假货后道歉（繁体）", """
C: 真不好意思，刚刚误会你们了，以为是假货
A: [防伪码在盒子底部，可以扫码查询||没关系的，请不必介意～防伪码在盒子底部，可以扫码查询]
C: 好的 我扫一下
""", trad=True)

V("chat", "pinduoduo", "response.apology.chat", R["apology"] + "；顾客为打扰太久道歉，客服未回应", """
C: 这个锅有几种尺寸
A: 有26、28和30三种，两三口之家选28的就够用
C: 那我拍28的 问了你这么多 实在抱歉
A: [拍下后明天发货||没关系的，能帮到您就好～拍下后明天发货]
""")

# ---------------------------------------------------------------- urges
V("chat", "taobao", "response.urge", R["urge"] + "；客服只说按顺序发", """
C: 拍了三天了还没发货？？
A: [仓库是按顺序发的||实在抱歉让您久等了，我刚查了一下，您的订单今天下午四点前发出，发出后会把单号同步给您]
C: 好吧
""")

V("chat", "jd", "response.urge,forbidden.refusal?,forbidden.buck_passing?", R["urge"] + "；客服说快递的事没办法", """
C: 快递一直显示在深圳 两天没动了 帮我催催
A: [快递那边的事我们也管不了||非常抱歉让您着急了，我马上联系快递帮您催一下，半小时内给您回复]
C: 好
""")

V("chat", "pinduoduo", "response.urge,forbidden.impatient?", R["urge"] + "；客服说等着吧会发的", """
C: 咋还不发货嘞 急着用
A: [等着吧 会发的||让您着急了真抱歉，您的订单已经打包好了，今天傍晚就能发出]
C: 那行
""")

V("chat", "douyin", "response.urge", R["urge"] + "；顾客错字催发货，客服只说订单多", """
C: 块点发获好不好 等了好久了
A: [现在订单多||实在抱歉让您久等，您的包裹已经出库，预计后天送到]
""")

V("chat", "taobao", "response.urge,forbidden.impatient?", R["urge"] + "；客服只让顾客再等等（全角）", """
C: 单号YT8856****2352 三天没更新了 咋回事
A: [您再等等看吧||很抱歉让您担心了，我刚联系了快递，包裹在转运中心滞留，今天恢复派送]
C: 哦 好
""", fw=True)

V("chat", "jd", "response.urge", R["urge"] + "；顾客追问发不发货，客服只回在排单", """
C: 人呢
C: 到底发不发货
A: [在排单||非常抱歉让您等急了，您的订单已经在打包，今晚八点前发出]
C: 好
""", iso=True)

V("chat", "pinduoduo", "response.urge,forbidden.uncertain_hedge?", R["urge"] + "；客服只说尽量吧", """
C: 能不能快点啊 明天生日要用的
A: [尽量吧||理解您的心情，这边已经给您备注加急，今天下午发出，一般隔天就能送到]
C: 拜托了
""")

V("chat", "douyin", "response.urge,forbidden.blame?", R["urge"] + "；顾客玩笑式催件，客服说物流慢不归我们管", """
C: 姐妹 我的快递是被外星人劫走了吗 一周了
A: [物流慢不是我们能控制的||让您等这么久太抱歉了，我查到包裹昨天已经到了您所在的城市，今天会派送]
C: 终于
""")

V("chat", "taobao", "response.urge,forbidden.blame?", R["urge"] + "；客服说是快递那边的问题（繁体）", """
C: 怎么还没到？说好三天的
A: [快递那边的问题||非常抱歉让您久等了，我查了一下，包裹已经到您所在的区，今天之内会送到]
C: 好吧
""", trad=True)

V("chat", "jd", "response.urge", R["urge"] + "；顾客连发催单，客服只说催过了", """
C: 催一下
C: 催一下!!!
A: [已经催过了||很抱歉让您一直等，我刚又跟仓库确认过，您的订单下午三点发出，单号出来马上发您]
""")

V("chat", "taobao", "response.late_reply.chat", R["late"] + "；隔4分钟才回复且未致歉", """
C: 这个有没有现货
[+240||+240] A: [有现货的，今天拍明天发||非常抱歉让您久等了，有现货的，今天拍明天发]
C: 好
""")

V("chat", "pinduoduo", "response.late_reply.chat,response.urge?", R["late"] + "；隔5分钟才回复催退款且未致歉", """
C: 退款怎么还没处理
C: 在吗
[+300||+300] A: [退款已经同意了，1到3天原路退回||抱歉让您久等了，退款已经同意了，1到3天原路退回]
C: 行
""", iso=True)

# ---------------------------------------------------------------- time questions
V("chat", "taobao", "response.reply_time.chat", R["time.chat"] + "；问退款何时到账，只答审核通过就会到", """
C: 退款啥时候能到账啊
A: [审核通过了就会到的||退款审核通过后，1到3个工作日原路退回到您的支付账户]
C: 好吧
""")

V("chat", "jd", "response.reply_time.chat", R["time.chat"] + "；问换货何时发，只答仓库收到就发", """
C: 换货已经寄回去了 你们什么时候给我发新的
A: [仓库收到就给您发||仓库签收后24小时内给您发出新的]
C: 嗯
""")

V("chat", "pinduoduo", "response.reply_time.chat", R["time.chat"] + "；问发票何时开好，只答财务开好就发", """
C: 发票啥时候能开好嘛
A: [财务那边开好就发您||电子发票在您确认收货后2个工作日内开好，发到订单详情里]
C: 好嘞
""")

V("chat", "douyin", "response.reply_time.chat,forbidden.uncertain_hedge?", R["time.chat"] + "；问补发何时寄，只答这几天吧", """
C: 补发的什么时候能寄出
A: [这几天吧||明天中午12点前寄出，寄出后把单号发到您的订单消息里]
C: ok
""")

V("chat", "taobao", "response.reply_time.chat", R["time.chat"] + "；问维修要多久，只答看具体情况", """
C: 维修要多久啊 我等着用
A: [看具体情况||收到后3到5个工作日修好寄回，修好当天就通知您]
C: 行吧
""")

V("chat", "jd", "response.reply_time.chat|response.defer_without_time", R["time.chat"] + "；问投诉何时有结果，只答等通知", """
C: 我的投诉什么时候有结果
A: [已经提交了，等通知吧||已经提交给专员处理了，48小时内会有专人给您答复]
C: 嗯
""", iso=True)

V("chat", "pinduoduo", "response.reply_time.chat", R["time.chat"] + "；问差价何时退，只答会退的", """
C: 差价什么时候退我
A: [会退的||差价已经提交，今天18点前退到您的账户]
C: ok
""")

V("chat", "taobao", "response.defer_without_time", R["defer"] + "；要问设计部，只说问好了告诉您", """
C: 这款能不能定制刻字
A: [我问一下设计部，问好了告诉您||我问一下设计部，今天下午3点前给您答复]
C: 好
""")

V("chat", "douyin", "response.defer_without_time", R["defer"] + "；补货要问仓库，只说有消息通知", """
C: 我要的那个雾霾蓝还会补货吗
A: [我跟仓库确认一下，有消息了通知您||我跟仓库确认一下，明天中午前给您准确答复]
C: 好哒
""")

V("chat", "jd", "response.defer_without_time", R["defer"] + "；保修延长要问售后，只说有结果联系您", """
C: 我这个保修能不能延长一年
A: [这个需要问一下售后，有结果我联系您||这个需要问一下售后，24小时内联系您]
C: 行
""")

# ---------------------------------------------------------------- change / cancel
V("chat", "taobao", REFUSE_IDS, R["refuse"] + "；改地址：已发货改不了，无致歉无办法", """
C: 我想改一下收货地址
A: [已经发货了，改不了||非常抱歉，包裹已经发出，这边改不了地址，我马上联系快递帮您转寄到新地址，您看可以吗？]
C: 那好吧
""")

V("chat", "jd", REFUSE_IDS, R["refuse"] + "；取消订单：已出库取消不了", """
C: 能帮我取消订单吗 拍错了
A: [已经出库了取消不了||很抱歉，订单已经出库没法直接取消，您收到后拒收就行，包裹退回后我们马上给您退款]
C: 哦
""")

V("chat", "pinduoduo", REFUSE_IDS, R["refuse"] + "；改颜色：拍了就不能换", """
C: 颜色拍错了 想换成白色的
A: [拍了就不能换了||不好意思，系统里没法直接改颜色，麻烦您先申请退款再拍白色，我给您优先发货]
C: 好
""")

V("chat", "douyin", REFUSE_IDS, R["refuse"] + "；换码：不支持换码", """
C: 能不能换个大一码的
A: [不支持换码||抱歉哦亲，这款直接换码系统不支持，您可以申请退货退款后重新拍L码，退货运费我们承担]
C: 行吧
""")

V("chat", "taobao", REFUSE_IDS, R["refuse"] + "；合并寄送：合并不了（繁体）", """
C: 可以帮我把两单合并一起寄吗
A: [合并不了||很抱歉，这两单是不同仓库发出的，没办法合并，不过我可以帮您备注同一天发出]
C: 好吧
""", trad=True)

V("chat", "jd", REFUSE_IDS, R["refuse"] + "；退订预售：付款了不能退订", """
C: 不想要了 能退订不
A: [付款了不能退订||非常抱歉，预售订单付了定金就不能直接退订，您可以等尾款时不付，我帮您把定金退回的申请提上去]
C: 那行
""")

V("chat", "pinduoduo", REFUSE_IDS, R["refuse"] + "；顾客错字要改地址：系统锁单改不了", """
C: 地址写措了 能改吗
A: [系统锁单了，改不了||抱歉亲，订单已锁单改不了地址，您收到后申请退货重新下单，来回运费我们承担]
C: 唉 好吧
""")

V("chat", "douyin", REFUSE_IDS, R["refuse"] + "；改安装时间：周末排满了", """
C: 预约的安装时间能改到周六吗
A: [周末排满了||非常抱歉周六的师傅已经约满了，给您改到周日上午或者下周一晚上可以吗？]
C: 周日上午吧
A: 好的，已经给您改到周日上午9点到12点
""")

# ---------------------------------------------------------------- refusals to give
V("chat", "taobao", REFUSE_IDS, R["refuse"] + "；议价：只回不议价", """
C: 能不能便宜点 买两件
A: [不议价||不好意思亲，价格这边改不了，不过两件可以给您包邮，再送一双袜子]
C: 那行
""")

V("chat", "jd", REFUSE_IDS, R["refuse"] + "；要赠品：只回没有赠品", """
C: 能送个赠品不
A: [没有赠品||很抱歉这款目前没有赠品活动，您可以领一下店铺的满199减20券]
C: 好吧
""")

V("chat", "pinduoduo", REFUSE_IDS, R["refuse"] + "；要运费险：只回不送", """
C: 能给个运费险吗
A: [不送运费险||抱歉哈，这款暂时没有运费险，如果是质量问题退货，来回运费都由我们承担]
C: 哦哦
""")

V("chat", "douyin", REFUSE_IDS, R["refuse"] + "；要检测报告：内部资料不外发", """
C: 能不能把出厂检测报告发我看看
A: [内部资料不外发||很抱歉，完整报告属于内部资料不能外发，我可以把质检合格证的照片发给您看]
C: 也行
""")

V("chat", "taobao", REFUSE_IDS, R["refuse"] + "；要查别人买的尺码：只回查不了", """
C: 能帮我查一下买家秀里那个小姐姐买的什么码吗
A: [查不了||不好意思，其他顾客的订单信息涉及隐私没法查询，您把身高体重告诉我，我帮您推荐尺码]
C: 158 95斤
A: 建议选S码
""", iso=True)

V("chat", "jd", "platform.jd.invoice_refusal,forbidden.refusal?,forbidden.refusal_bare?", R["invoice"] + "（京东同样适用）；客服说不开发票", """
C: 能开专票吗 公司报销用
A: [我们不开发票||可以开的，麻烦您提供一下公司名称和税号，专票在确认收货后3个工作日内寄出]
C: 好
""")

V("chat", "pinduoduo", "platform.pinduoduo.invoice_refusal,forbidden.refusal?,forbidden.refusal_bare?", R["invoice"] + "；客服说小本生意不开票", """
C: 要发票
A: [小本生意不开票||可以开的亲，麻烦您在订单里申请开票，填一下抬头，电子发票2个工作日内开好]
C: 好
""")

V("chat", "taobao", "platform.taobao.invoice_refusal,forbidden.refusal?,forbidden.refusal_bare?", R["invoice"] + "（天猫同样适用）；客服说这个价格开不了票", """
C: 开个发票呗
A: [这个价格开不了票哦||可以开的，您确认收货后在订单详情里申请电子发票就行]
C: 好嘞
""")

V("chat", "pinduoduo", "platform.pinduoduo.return_refusal,forbidden.refusal?,forbidden.refusal_bare?", R["return"] + "；客服说不合身不算质量问题不退", """
C: 衣服不太合身 想退
A: [不合身不算质量问题，不退的||可以退的亲，支持七天无理由退货，您在订单里申请就行，非质量问题的退货运费需要您承担哦]
C: 好吧
""")

# ---------------------------------------------------------------- suggestions
V("chat", "taobao", "response.suggestion.chat,forbidden.argue?", R["suggest.chat"] + "；客服说尺码表已经很详细", """
C: 建议你们尺码表写详细点 肩宽也标一下
A: [尺码表已经很详细了||非常感谢您的建议，我已经记下来反馈给负责详情页的同事了]
""")

V("chat", "jd", "response.suggestion.chat", R["suggest.chat"] + "；客服说是统一包装", """
C: 包装能不能换个结实点的箱子 每次都压扁
A: [这个是统一包装||谢谢您提的宝贵意见，我马上反馈给仓库，争取换更结实的箱子]
""")

V("chat", "pinduoduo", "response.suggestion.chat", R["suggest.chat"] + "；客服说目前只有这几个码", """
C: 要是能出个大码就好了
A: [目前只有这几个码||感谢您的建议呀，我们会反馈给设计部考虑增加大码]
""")

V("chat", "douyin", "response.suggestion.chat", R["suggest.chat"] + "；客服说主播节奏就是这样", """
C: 直播间讲解能不能慢点 根本跟不上
A: [主播节奏就是这样||谢谢您的意见，我会转告主播和运营，讲解时放慢一点]
""")

V("chat", "taobao", "response.suggestion.chat,forbidden.bare_ack?", R["suggest.chat"] + "；客服只回嗯嗯", """
C: 说明书字太小了 老人看不清 建议印大点
A: [嗯嗯||感谢您的宝贵建议，已经帮您反馈，后面会考虑出大字版]
""", iso=True)

V("chat", "jd", "response.suggestion.chat", R["suggest.chat"] + "；客服只回好的（繁体）", """
C: 建议你们在外箱上标一下易碎
A: [好的||谢谢您的建议，我们会反馈给仓库加上易碎标识]
""", trad=True)

V("chat", "pinduoduo", "response.suggestion.chat,forbidden.refusal?", R["suggest.chat"] + "；客服说这个我们做不了", """
C: 你们可以搞个会员积分 我经常买的
A: [这个我们做不了||谢谢您的建议，我会转给店铺运营，他们会认真考虑的]
""")

# ---------------------------------------------------------------- manager requests
V("chat", "taobao", "response.manager_request", R["manager"] + "；客服说店长不管客服的事", """
C: 叫你们店长出来跟我说
A: [店长不管客服的事||非常抱歉没能让您满意，我诚恳向您道歉，您把诉求留给我，我请店长今天18点前在这个窗口回复您]
C: 行 我等着
""")

V("chat", "jd", "response.manager_request", R["manager"] + "；客服说找主管也一样", """
C: 我要找你们主管投诉你
A: [找主管也是一样的结果||很抱歉让您失望了，我向您道歉，请您留个联系方式，主管会在24小时内联系您]
C: 就用下单的手机号
""")

V("chat", "pinduoduo", "response.manager_request", R["manager"] + "；客服说我就是负责的", """
C: 你做不了主就换个能做主的来
A: [我就是负责的||实在对不起，这件事我先记录下来，请主管今天内通过平台消息回复您，您看可以吗？]
C: 行
""")

V("chat", "douyin", "response.manager_request", R["manager"] + "；客服说老板不接待", """
C: 能不能让你们老板出来说话
A: [老板不接待顾客的||抱歉让您这么生气，我已经把情况报给负责人，他会在2小时内通过店铺消息联系您]
C: 好
""")

V("chat", "taobao", "response.manager_request", R["manager"] + "；客服说我就是人工", """
C: 给我转你们领导
A: [我就是人工客服||非常抱歉让您不满意，我马上把您的问题报给主管，他会在半小时内在这个窗口回复您]
C: 嗯
""", iso=True)

V("chat", "jd", "response.manager_request", R["manager"] + "；顾客错字要经理，客服说经理在开会", """
C: 你们经里呢 我要跟他谈
A: [经理在开会||实在抱歉，经理现在在开会，我先向您道歉，请您留个方便的联系方式，经理会后一小时内回复您]
C: 下单那个号
""")

# ---------------------------------------------------------------- personal questions
V("chat", "taobao", "response.personal_info,forbidden.refusal_bare?", R["personal"] + "；顾客要客服微信，客服只回不加", """
C: 小姐姐加个vx呗 以后直接找你买
A: [不加||不好意思呀，工作期间不能加私人联系方式，我的工号是3307，以后进店找3307就行]
""")

V("chat", "jd", "response.personal_info,forbidden.rhetorical?", R["personal"] + "；顾客问真名，客服反问问这个干嘛", """
C: 你叫啥名字 真名
A: [问这个干嘛？||很抱歉，按公司规定只能告诉您工号，我是8815号客服]
""")

V("chat", "pinduoduo", "response.personal_info", R["personal"] + "；顾客问年龄对象，客服说跟买东西没关系", """
C: 你多大了 有对象没
A: [这跟买东西没关系||不好意思，个人信息不方便透露哦，我是客服小满，商品上有什么问题随时问我]
""")

V("chat", "douyin", "response.personal_info,forbidden.refusal_bare?", R["personal"] + "；顾客要私人号码，客服只说不能给", """
C: 把你手机号给我 下次直接找你
A: [私人号码不能给||很抱歉，按规定不能提供个人号码，您有问题在店铺消息里找客服小柚就行]
""")

V("chat", "taobao", "response.invitation", R["invite"] + "；顾客请喝奶茶，客服只回不用", """
C: 你人真好 请你喝奶茶吧
A: [不用||谢谢您的好意呀，心领了，不过不能接受哦，再次谢谢您～]
""")

V("chat", "jd", "response.invitation", R["invite"] + "；顾客约饭，客服未致谢直接拒绝", """
C: 下次来北京出来吃个饭呗
A: [我们不能跟顾客见面||非常感谢您的邀请，不过工作原因不方便，谢谢您的好意～]
""")

# ---------------------------------------------------------------- other reply duties
V("chat", "taobao", "response.ask_more_skips_question.chat", R["askmore"] + "；顾客问能否机洗，客服直接问还有其他问题吗", """
C: 这个能机洗吗
A: [亲亲还有其他问题吗？||可以机洗的，建议装洗衣袋用轻柔模式]
V> C: 我问的能不能机洗啊
V> A: 可以机洗的，建议装洗衣袋用轻柔模式
C: 好的
""")

V("chat", "douyin", "response.ask_more_skips_question.chat", R["askmore"] + "；顾客问赠品，客服直接问还有别的吗", """
C: 链接里的赠品还有吗
A: [亲，还有别的需要了解的吗？||赠品还有的，下单就送一个收纳袋]
V> C: 赠品到底还有没有
V> A: 赠品还有的，下单就送一个收纳袋
C: 好
""")

V("chat", "jd", "response.confirm_address.chat", R["address"] + "；顾客付款后客服没有核对收货信息", """
C: 拍好了 已付款
A: [好的，尽快给您安排发货||好的，跟您核对一下收货信息：李女士，138****6621，南京市鼓楼区**路16号，对吗？]
K> C: 对的
A: 今天下午就给您发出
""")
