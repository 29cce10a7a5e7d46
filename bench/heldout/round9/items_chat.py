"""Chat items: customer turns that need a specific response, on four shops."""

from common import C

CX = "response.complaint.chat"
R_CX = "000 篇8 / 002 参考用语2 / 003 抖音售后: a customer who is unhappy gets an apology or soothing first"

COMPLAINT = [
    C(CX, R_CX + ": earphone broke in three days, agent asks for the order only", [
        "C: 我买的耳机才用三天左耳就没声了",
        "C: 什么破质量啊",
        "A: [[请问是哪个订单下的呢？||真是抱歉亲，刚到手就出毛病换谁都闹心，您把订单发我一下，我马上给您处理]]",
        "C: [订单x]",
        "A: 收到，这单在保修期内，我给您登记换新，新耳机明天发出，旧的由快递上门取回",
        "C: 行",
    ], platform="jd"),
    C(CX, R_CX + ": 'so annoying, waited all morning', agent only explains shifts", [
        "C: 我从早上九点问到现在都没人理我",
        "C: 真服了",
        "A: [[上午咨询量大，客服是按顺序接待的。||实在抱歉让您等了一上午，是我们接待没跟上，您现在说，我专门帮您看。]]",
        "C: 我就想问下单子改地址还来得及不",
        "A: 我看了下还没出库，可以改的，您把新地址发我，我这边备注给仓库",
        "C: 浙江省杭州市西湖区某某路12号 张女士",
        "A: 好的，已经帮您备注成新地址了，出库前仓库会按这个发",
    ], platform="taobao"),
    C(CX, R_CX + ": 'totally different from the picture' then a bare ask for photos", [
        "C: 收到了 跟图片上完全两个颜色",
        "C: 图上是奶白 到手是屎黄色 无语",
        "A: [[麻烦拍张照片看看。||让您失望了，真的很抱歉，麻烦您在自然光下拍张照片给我，我对比一下给您处理。]]",
        "C: [图片]",
        "A: 确实色差比较明显，这边给您安排退货退款，运费由我们承担",
        "C: 嗯",
    ], platform="pinduoduo"),
    C(CX, R_CX + ": 'cheated, never buying here again' answered with the return rule only", [
        "C: 你们就是骗人的吧 说好的加绒 里面薄得跟纸一样",
        "C: 再也不在你家买了",
        "A: [[收到货7天内可以申请退货。||亲，先跟您说声对不起，让您买得不开心了。这款确实是薄绒，描述没写清楚是我们的问题，您在订单里点退货，我这边马上同意，来回运费都算我们的。]]",
        "C: 那我退了",
        "A: 好的，您提交后我这边第一时间审核",
    ], platform="douyin"),
    C(CX, R_CX + ": a second wrong item, agent asks which size was ordered", [
        "C: 又发错了！！上次就发错一回",
        "C: 我要的是38码 给我寄个40的",
        "A: [[您下单时选的是38吗？||太对不住您了，同样的错出了两回，是我们仓库的失误，给您添麻烦了。我马上核对一下订单。]]",
        "C: 当然是38 你自己看",
        "A: 看到了，订单是38码，这边立刻给您补发38码，40码的不用寄回，您看可以吗",
        "C: 这还差不多",
    ], platform="taobao"),
    C(CX, R_CX + ": 'three agents, nobody solved it' answered with a question", [
        "C: 我已经找了三个客服了 每个都让我等",
        "C: 到底有没有人管",
        "A: [[您要处理的是什么问题呢？||非常抱歉，让您来回找了好几次还没解决，这次我跟到底，您说说具体情况。]]",
        "C: 退款申请都一周了还没到账",
        "A: 我查到退款卡在了财务审核，已经帮您加急，今天下午六点前会原路退回，到账后您在订单里也能看到记录",
        "C: 好",
    ], platform="jd"),
    C(CX, R_CX + ": '12315' threat answered with a rule quote", [
        "C: 再不给我解决我就打12315了",
        "A: [[亲，我们都是按平台规则处理的。||亲，特别理解您现在着急的心情，给您添麻烦了，我这就帮您处理，不会让您白跑。]]",
        "C: 我买的烤箱温度根本上不去 烤个蛋挞都烤不熟",
        "A: 您这台在保修期内，我给您预约售后上门检测，如果确认是加热管问题直接换新",
        "C: 行吧",
    ], platform="jd"),
    C(CX, R_CX + ": 'what kind of attitude is this' about a colleague, agent moves on", [
        "C: 刚才那个客服什么态度啊 说两句就不理人了",
        "A: [[请问您要咨询什么？||很抱歉让您受气了，是我们服务没做到位，我来接着帮您，您慢慢说。]]",
        "C: 我想问这个锅能不能用在电磁炉上",
        "A: 可以的，锅底是复合底，电磁炉、燃气灶都能用",
        "C: 好",
    ], platform="taobao"),
    C(CX, R_CX + ": box crushed, agent asks if the goods inside are fine", [
        "C: 箱子都压扁了 快递怎么送的",
        "C: 一肚子火",
        "A: [[里面的东西有没有坏呢？||亲亲消消气，收到这样的箱子确实糟心，是我们包装没做好，您看下里面的东西有没有压坏？]]",
        "C: 有两个杯子碎了",
        "A: 碎了的两个我这边直接给您补发，今天就安排，不用退回",
        "C: 嗯",
    ], platform="pinduoduo"),
    C(CX, R_CX + ": 'your replies are so slow' answered with a plain answer", [
        "C: 你们回复也太慢了吧 发一句等半天",
        "C: 这个洗衣液能不能洗羊毛衫",
        "A: [[可以洗的，用冷水手洗就行。||抱歉抱歉，刚才人有点多回晚了，让您久等了。这款可以洗羊毛衫，用冷水手洗就行。]]",
        "C: 好",
    ], platform="douyin"),
    C(CX, R_CX + ": '坑' in slang answered with a process", [
        "C: 太坑了吧 刚买完就降价五十",
        "A: [[价格是根据活动调整的，您可以申请价保。||理解您的感受，刚下单就降价确实让人不舒服，给您添堵了。这单在价保期内，我教您申请，差价会退回给您。]]",
        "C: 怎么申请",
        "A: 在订单详情里点价格保护，提交后系统自动退差价，一般当天就到",
    ], platform="jd"),
    C(CX, R_CX + ": ASR-like chat with no punctuation, agent asks for the address", [
        "C: 我真的是服了 说好昨天到 今天还没影",
        "C: 家里老人等着用呢",
        "A: [[您的收货地址是哪里？||让您和家里老人干等，真是抱歉。我马上帮您查物流，您别着急。]]",
        "A: 查到了，包裹今早到了您那边的站点，派件员下午两点前送到",
        "C: 好吧",
    ], platform="taobao"),
    C(CX, R_CX + ": traditional characters, 'very disappointed', agent gives the return address", [
        "C: 這個包包的拉鏈第一次用就壞了",
        "C: 真的很失望",
        "A: [[您寄回來就可以，地址在訂單裡。||非常抱歉讓您失望了，第一次用就壞確實不應該，我們給您換一個新的，舊的您寄回來，郵費我們出。]]",
        "C: 好 我寄",
    ], platform="taobao"),
    C(CX, R_CX + ": 'bad review' threat answered with a plea", [
        "C: 这么久都不发货 我要给差评",
        "A: [[亲 先别给差评，有什么问题可以说。||真的很抱歉亲，让您等了这么久，是我们备货慢了。我马上查一下发货时间。]]",
        "C: 你查",
        "A: 您这件明天上午出库，发出后我把单号发给您",
    ], platform="pinduoduo"),
    C(CX, R_CX + ": customer types several angry lines, agent only restates the policy", [
        "C: 你们这个退款到底怎么回事",
        "C: 钱扣了 东西没有",
        "C: 说退款也不退",
        "C: 搞什么啊",
        "A: [[退款需要商品退回仓库后才处理。||亲亲，先跟您道个歉，让您钱和货都没着落，换我也着急。我马上看一下您这单卡在哪一步。]]",
        "C: [订单x]",
        "A: 看到了，您的退货仓库昨天已签收，我这边刚点了退款，金额会在24小时内原路退回",
        "C: 行",
    ], platform="jd"),
    C(CX, R_CX + ": 'too slow' about processing, agent answers with a wait instruction", [
        "C: 换货申请提交两天了还没人审核 效率也太低了",
        "A: [[我看一下。||让您等了两天，实在抱歉，我这就去看看卡在哪儿。]]",
        "A: 已经帮您审核通过了，换的新货今天下午发出",
        "C: 早干嘛去了",
        "A: 确实是我们处理慢了，再次向您道歉",
    ], platform="douyin"),
    C(CX, R_CX + ": full-width and emoji 'angry' message, agent asks for the model", [
        "C: 气死我了😡😡 充电器插上就跳闸",
        "A: [[是哪个型号的充电器呢？||亲先别急，出了这种事确实吓人，非常抱歉！您先把充电器拔下来别再用，告诉我一下是哪个型号的？]]",
        "C: ＧＡＮ６５Ｗ那个",
        "A: 好的，这款我给您直接退款，不用寄回了，请您千万别再通电使用",
        "C: 嗯",
    ], platform="jd"),
    C(CX, R_CX + ": 'terrible service' said mildly, agent asks what happened", [
        "C: 说实话你们这次服务挺让人寒心的",
        "A: [[怎么了呢？||很抱歉这次让您心里不舒服了，能跟我说说发生了什么吗？我来帮您处理。]]",
        "C: 预约的安装师傅放了我两次鸽子",
        "A: 这确实是我们的问题，我这边帮您换一位师傅，明天上午九点到十点上门，师傅出发前会先联系您",
        "C: 好",
    ], platform="jd"),
    C(CX, R_CX + ": 'the food went bad on arrival' without illness, agent asks for a photo", [
        "C: 寄来的车厘子烂了一半",
        "C: 这钱花得真冤",
        "A: [[拍一下整箱的照片。||抱歉亲，花了钱收到一半烂果，换谁都心疼，麻烦您拍一张整箱的照片，我按坏果数量给您赔付。]]",
        "C: [图片]",
        "A: 收到，按坏果给您退一半的货款，已经提交，您留意一下退款通知",
    ], platform="pinduoduo"),
    C(CX, R_CX + ": 'I feel treated like a fool' answered with an explanation", [
        "C: 感觉被你们当傻子耍",
        "C: 领的券说能用 结账又不能用",
        "A: [[这张券需要满199才能用。||真抱歉让您有这种感觉，券的门槛没写清楚是我们的疏忽。这张券要满199才能用，您现在差20元，我另外给您发一张无门槛的10元券补偿。]]",
        "C: 嗯",
    ], platform="douyin"),
]

UR = "response.urge"
R_UR = "002 第三篇 售后 四、2: a customer who urges gets soothing and the logistics or progress"

URGE = [
    C(UR, R_UR + ": 'why hasn't it shipped', agent says 'ok'", [
        "C: 怎么还不发货",
        "C: 拍了三天了",
        "A: [[好的亲。||亲别着急，让您久等了，我刚问了仓库，您这单今天下午五点前发出，发出后单号会同步到订单里。]]",
        "C: 嗯嗯",
    ], platform="pinduoduo"),
    C(UR, R_UR + ": 'hurry up please', agent replies with a bare instruction to wait", [
        "C: 帮我催一下快递呗 急用",
        "A: [[请耐心等待哦。||理解您着急用，我这就帮您联系快递。查到包裹已到您所在的区，今天下午能派送。]]",
        "C: 好",
    ], platform="taobao"),
    C(UR, R_UR + ": 'is it coming or not', agent asks for the order only", [
        "C: 到底还送不送了",
        "C: 一个星期了",
        "A: [[订单号发一下。||抱歉让您等了一周，我马上帮您查，您把订单发我一下。]]",
        "C: [订单x]",
        "A: 这单在中转站滞留了，我已经催快递今天转出，预计后天送到",
    ], platform="jd"),
    C(UR, R_UR + ": refund urged, 'ok, noted'", [
        "C: 退款能不能快点啊 等着用钱",
        "A: [[嗯嗯 知道了。||明白您等着用钱，我这边给您加急处理，退款今天晚上八点前到账。]]",
        "C: 行",
    ], platform="douyin"),
    C(UR, R_UR + ": several pings in a row, agent answers with a thumb emoji", [
        "C: ？",
        "C: 人呢",
        "C: 我的单子到底发了没",
        "A: [[👌||亲，抱歉让您久等了，我看了一下已经发了，目前在路上，预计明天到。]]",
        "C: 好",
    ], platform="pinduoduo", expect_extra="forbidden.emoji_only?"),
    C(UR, R_UR + ": 'can it arrive before Friday', agent answers with an unrelated tip", [
        "C: 周五之前能到不 送人的 急",
        "A: [[您可以关注物流信息哦。||别着急亲，我帮您看了，包裹已经在您的城市，正常周四就能送到，我也给快递备注了尽快派送。]]",
        "C: 好的",
    ], platform="jd"),
    C(UR, R_UR + ": '催' in traditional characters, agent answers 'received'", [
        "C: 麻煩幫我催一下 好幾天了都沒動",
        "A: [[收到。||讓您久等了，我馬上幫您催。剛問過快遞，包裹明天一早派送。]]",
        "C: 好",
    ], platform="taobao"),
]

TH = "response.thanks.chat"
R_TH = "000 篇7 24 / 000 篇2 五、7: a customer's thanks gets an answer (不客气, 应该的...)"

THANKS = [
    C(TH, R_TH + ": '太感谢了' answered with a bare 嗯", [
        "C: 我的订单能开发票吗",
        "A: 可以的亲，您在订单详情里点申请开票，填好抬头就行",
        "C: 好的 太感谢了",
        "A: [[嗯。||不客气哈，能帮上您就好～]]",
    ], platform="jd", expect_extra="forbidden.bare_ack?"),
    C(TH, R_TH + ": '3Q' ignored, the agent answers nothing to it", [
        "C: 这个尺码170穿L还是XL",
        "A: 亲，170的话一般选L，喜欢宽松可以选XL",
        "C: 3Q",
        "A: [[||不用谢亲，有拿不准的随时问我～]]",
    ], platform="taobao"),
    C(TH, R_TH + ": thanks and praise answered only with 'ok'", [
        "C: 你真耐心 谢谢你啊",
        "A: [[好的。||不客气，这是我应该做的，也谢谢您的认可呀😊]]",
    ], platform="douyin"),
    C(TH, R_TH + ": '谢谢啦' then the agent talks about another product", [
        "C: 保质期多久",
        "A: 亲，这款饼干保质期是十二个月",
        "C: 谢谢啦",
        "A: [[我们家的坚果也在做活动哦。||不客气～另外我们家的坚果也在做活动，有兴趣可以看看哦。]]",
    ], platform="pinduoduo"),
    C(TH, R_TH + ": thanks in traditional characters answered with 'mm'", [
        "C: 請問有現貨嗎",
        "A: 親，白色和灰色都有現貨，今天下單明天發",
        "C: 好的 謝謝你",
        "A: [[嗯嗯||不客氣哦，有需要隨時找我～]]",
    ], platform="taobao", expect_extra="forbidden.bare_ack?"),
    C(TH, R_TH + ": 'thx' followed by a question, only the question answered, then ended", [
        "C: thx 对了 这个能用洗碗机吗",
        "A: [[可以放洗碗机的。||不客气～可以放洗碗机，耐高温的。]]",
    ], platform="jd"),
]

AP = "response.apology.chat"
R_AP = "000 篇2 五、6: a customer's apology gets 没关系, 不必介意 (or the like)"

APOLOGY = [
    C(AP, R_AP + ": 'sorry I was rude just now', agent goes on", [
        "C: 刚才我说话冲了点 你别往心里去啊",
        "A: [[您还有什么要问的？||没事没事，不会放在心上的，您着急我能理解。您还有什么要问的？]]",
        "C: 就问下多久发货",
        "A: 今天下单明天就发",
    ], platform="taobao"),
    C(AP, R_AP + ": 'sorry, typed the wrong address', agent just asks for the right one", [
        "C: 不好意思啊 我刚刚地址打错了 是我的错",
        "A: [[正确地址是什么？||没关系的亲，不用介意，您把正确地址发我，我帮您改。]]",
        "C: 幸福路88号3栋",
        "A: 好的，已经改成幸福路88号3栋了",
    ], platform="jd"),
    C(AP, R_AP + ": 'sorry for keeping you waiting', agent answers only the matter", [
        "C: 抱歉抱歉 刚才去开会了 让你等这么久",
        "A: [[那您确认一下是要换大一码吗？||没关系哈，您忙您的，不用介意。那您确认一下是要换大一码吗？]]",
        "C: 对 换M",
        "A: 好的，给您登记换M码",
    ], platform="douyin"),
    C(AP, R_AP + ": 'sorry for bothering you again', agent says nothing to it", [
        "C: 对不住 又来麻烦你了 实在不好意思",
        "C: 还是那个安装的事",
        "A: [[师傅明天上午到。||别这么说，一点都不麻烦，您不用介意。安装师傅明天上午到。]]",
        "C: 好",
    ], platform="jd"),
]

HM = "response.harm.chat"
R_HM = "003 抖音售后 1 / 000 篇2 四、5: harm to the customer's body gets an apology or care first"

HARM = [
    C(HM, R_HM + ": face red after a mask, agent asks which one", [
        "C: 用了你家的面膜 脸上起了一片红疹子",
        "A: [[请问用的是哪款面膜？||真的很抱歉！您先停用，用清水洗一下，脸上现在还痒吗？严重的话要尽快去医院看看。]]",
        "C: 有点痒",
        "A: 您先别用了，这单我给您全额退款，看医生的费用凭票据我们来承担",
    ], platform="douyin"),
    C(HM, R_HM + ": stomach ache after the dried meat, agent asks for the batch", [
        "C: 昨晚吃了你们的牛肉干 半夜拉了三次",
        "A: [[麻烦提供一下包装上的生产日期。||非常抱歉让您遭这份罪，您现在身体好些了吗？不舒服一定先去医院。]]",
        "C: 好点了",
        "A: 那就好，麻烦您拍一下包装上的生产日期，剩下的我们安排检测，这单全额退给您",
    ], platform="pinduoduo"),
    C(HM, R_HM + ": a child cut a finger on a toy edge, agent explains age limits", [
        "C: 孩子玩你们的积木 手指被边上的毛刺划破了 流了血",
        "A: [[这款适合三岁以上儿童哦。||太抱歉了！孩子的手现在怎么样，处理过伤口了吗？]]",
        "C: 贴了创可贴",
        "A: 那就好，这批积木我们马上下架检查，您这单全额退款，东西不用寄回",
    ], platform="taobao"),
    C(HM, R_HM + ": a hair in the cake, agent asks for a photo", [
        "C: 蛋糕里吃出来一根头发 恶心死了",
        "A: [[拍个照片看看。||真是对不起，让您吃出这种东西，太不应该了。麻烦拍张照片给我，我马上给您处理。]]",
        "C: [图片]",
        "A: 看到了，这单全额退款，后厨这边我们会严查",
    ], platform="douyin"),
    C(HM, R_HM + ": a hot-water bottle leaked and scalded a leg, agent cites the manual", [
        "C: 热水袋漏水 把我腿烫红了一大块",
        "A: [[热水袋灌水不能超过八分满的。||天哪，非常抱歉！烫到的地方赶紧用凉水冲一冲，严重的话请马上去医院，医药费我们负责。]]",
        "C: 冲过了",
        "A: 好的，您先照顾好自己，退款和赔偿我这边已经在给您办",
    ], platform="jd"),
    C(HM, R_HM + ": throwing up after the tea, agent asks how it was brewed", [
        "C: 喝了你家那个减肥茶 吐了一晚上",
        "A: [[您是怎么冲泡的呢？||真的很抱歉，您现在感觉怎么样？还难受的话一定要去医院。]]",
        "C: 现在好点了",
        "A: 那就好，这个茶请您先停喝，这单给您全额退款",
    ], platform="pinduoduo"),
]

MG = "response.manager_request"
R_MG = "004 抱怨投诉 6: a request for a manager gets an apology and a callback by the person in charge"

MANAGER = [
    C(MG, R_MG + ": 'let your boss talk to me', agent says 'tell me'", [
        "C: 你做不了主就叫你们店长来",
        "A: [[跟我说就行。||很抱歉没能让您满意，我这边把情况报给店长，今天下午五点前由他在这个对话里回复您，您看可以吗？]]",
        "C: 行",
    ], platform="taobao"),
    C(MG, R_MG + ": '找你们领导', agent says the manager is not here", [
        "C: 我不跟你说了 找你们领导",
        "A: [[领导不在哦。||实在抱歉没处理好，您的情况我已经转给客服主管，主管会在两小时内回复您。]]",
        "C: 好",
    ], platform="jd"),
    C(MG, R_MG + ": 'someone who can decide', agent repeats the rule", [
        "C: 换个能拍板的人来跟我谈",
        "A: [[这个是公司规定，谁来都一样的。||抱歉让您失望了，我理解您想尽快有个说法。我把您的诉求报给售后主管，他今天内联系您，您看行吗？]]",
        "C: 行",
    ], platform="pinduoduo", expect_extra="forbidden.refusal?"),
    C(MG, R_MG + ": 'is there a supervisor', agent answers with a question", [
        "C: 你们有主管吗 我要反映情况",
        "A: [[您要反映什么情况？||有的，先跟您说声抱歉，让您遇到不愉快的事。您说的情况我会完整记下交给主管，主管会在今天下班前回复您。]]",
        "C: 上次买的灯装好就不亮",
        "A: 这个我记下了，会一起交给主管处理",
    ], platform="douyin"),
]

RT = "response.reply_time.chat"
R_RT = "000 篇1 7: asked when there will be a result, the agent names a time"

REPLY_TIME = [
    C(RT, R_RT + ": 'when will the refund arrive', agent says 'soon'", [
        "C: 退款啥时候能到",
        "A: [[很快的亲。||亲，退款已经提交了，1到3个工作日内原路退回哦。]]",
        "C: 好",
    ], platform="pinduoduo"),
    C(RT, R_RT + ": 'when will you get back to me', agent says he'll reply later", [
        "C: 那你们核实完什么时候给我答复",
        "A: [[核实完了会通知您的。||核实大概需要一天，明天下午三点前我在这里回复您。]]",
        "C: 好",
    ], platform="jd", expect_extra="response.defer_without_time?"),
    C(RT, R_RT + ": 'how long to repair', agent says it depends", [
        "C: 寄回去修要多久啊",
        "A: [[这个要看维修情况。||收到后维修一般3到5个工作日，修好当天寄回给您。]]",
        "C: 好吧",
    ], platform="jd"),
    C(RT, R_RT + ": 'when will the replacement ship', agent asks to keep an eye on the order", [
        "C: 补发的什么时候寄出",
        "A: [[您留意订单物流哦。||补发的今天下午六点前寄出，寄出后单号会更新到订单里。]]",
        "C: 嗯",
    ], platform="taobao"),
    C(RT, R_RT + ": 'how long till the complaint is handled', agent says as fast as possible", [
        "C: 我这个投诉多久能处理完",
        "A: [[我们会尽最大努力处理的。||您的投诉已经登记，48小时内会有处理结果，到时在这里通知您。]]",
        "C: 行",
    ], platform="douyin"),
]

INV = "response.invitation"
R_INV = "000 篇2 三、7: a friendly invitation is thanked and politely declined"

INVITATION = [
    C(INV, R_INV + ": 'come eat hotpot with me', agent says sure", [
        "C: 妹子你人真好 周末来成都我请你吃火锅",
        "A: [[好呀好呀。||太谢谢您啦，心意我领了，不过工作原因没法赴约哦，祝您周末愉快～]]",
    ], platform="taobao"),
    C(INV, R_INV + ": 'let's be friends offline', agent ignores it", [
        "C: 我们交个朋友吧 以后线下一起逛街",
        "A: [[您的订单已经发货了哦。||谢谢您这么喜欢我呀，不过我们不能私下见面，真不好意思。您的订单已经发货了哦。]]",
    ], platform="douyin"),
    C(INV, R_INV + ": 'have coffee with me', agent answers 'no'", [
        "C: 下次路过你们店我请你喝咖啡☕",
        "A: [[不用了。||谢谢您的好意！不过规定不能接受，心领啦，再次谢谢您～]]",
    ], platform="jd", expect_extra="forbidden.refusal_bare?"),
]

PI = "response.personal_info"
R_PI = "000 篇2 三、6 / 五、3, 004 特殊沟通 4: asked for private contact or details, apologise and give only the job number or nickname"

PERSONAL = [
    C(PI, R_PI + ": 'what's your real name', agent answers with a question", [
        "C: 你真名叫啥",
        "A: [[问这个干嘛？||不好意思亲，按规定只能告诉您我的工号是8023，有问题您在这里找8023就行。]]",
    ], platform="jd", expect_extra="forbidden.rhetorical?"),
    C(PI, R_PI + ": 'add me privately', agent refuses flatly", [
        "C: 能不能私下加你 以后直接找你买",
        "A: [[不能。||抱歉亲，我们不能私下联系，您以后在店铺里找客服小鹿就能找到我。]]",
    ], platform="taobao", expect_extra="forbidden.refusal_bare?"),
    C(PI, R_PI + ": 'how old are you, where do you live', agent laughs it off", [
        "C: 小姐姐多大了 住哪里啊",
        "A: [[哈哈 保密～||不好意思，个人信息不方便透露哦，我是客服8号，商品有任何问题都可以问我。]]",
    ], platform="douyin"),
    C(PI, R_PI + ": 'give me your phone', agent ignores and pushes the order", [
        "C: 把你手机号给我 方便联系",
        "A: [[您的订单今天发哦。||抱歉亲，个人号码不能提供，您有事在这个对话框留言就行，我是客服阿杰。您的订单今天发哦。]]",
    ], platform="jd"),
]

SG = "response.suggestion.chat"
R_SG = "000 篇2 五、4 / 000 篇7 52: a suggestion gets thanks"

SUGGESTION = [
    C(SG, R_SG + ": 'add a bigger size', agent says no plans", [
        "C: 建议你们出个加大码 胖子也想穿",
        "A: [[目前没有这个计划哦。||谢谢您的建议，我这边反馈给设计部门，后面出新款时会考虑加大码的。]]",
    ], platform="taobao"),
    C(SG, R_SG + ": 'the box needs foam', agent answers 'ok'", [
        "C: 你们包装最好加点泡沫 不然容易磕",
        "A: [[好的。||感谢您的宝贵意见，我已经提给仓库了，以后会加上防撞泡沫。]]",
    ], platform="pinduoduo", expect_extra="forbidden.bare_ack?"),
    C(SG, R_SG + ": 'the size chart is confusing', agent explains the chart", [
        "C: 你们尺码表能不能做清楚点 看半天看不懂",
        "A: [[尺码表上写的是衣长和胸围。||谢谢您提出来，这确实是我们要改进的地方，我会反馈给运营重新做一版。尺码表上写的是衣长和胸围。]]",
    ], platform="douyin"),
    C(SG, R_SG + ": 'you should add a Chinese manual', agent says it is online", [
        "C: 说明书全是英文 你们应该配一份中文的",
        "A: [[中文说明书在详情页可以下载。||感谢您的建议，我们会反馈给厂家随箱加中文版。现在您可以先在详情页下载中文说明书。]]",
    ], platform="jd"),
]

RESPONSES = COMPLAINT + URGE + THANKS + APOLOGY + HARM + MANAGER + REPLY_TIME + INVITATION + PERSONAL + SUGGESTION
