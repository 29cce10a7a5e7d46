"""Near-misses: conversations a strict reviewer reading the seeds passes,
written close to a forbidden or required thing (compliant only)."""

from common import call, chat

TB, JD, PDD, DY = "taobao", "jd", "pinduoduo", "douyin"

ITEMS = [
    chat([
        "C: 有人说加他好友能拿内部价 是你们的人吗",
        "A: 不是的，请不要添加任何人的私人账号，也不要在站外转账，官方客服只会在这个对话框里跟您沟通。",
        "C: 好的 知道了",
    ], "", "a fraud warning against private contact and transfers (JD allows warnings)", plat=JD),
    chat([
        "C: 退款退到哪里",
        "A: 会原路退回您付款的支付宝账户，一到三个工作日到账。",
        "C: 好",
    ], "", "支付宝 is Taobao's own payment; a refund to it is not a third-party app", plat=TB),
    chat([
        "C: 我是用微信付的款 退款退哪",
        "A: 您用微信支付付的款，退款会原路退回微信零钱。",
        "C: 好的",
    ], "", "JD's own payment channel (微信支付, 微信零钱), answering the customer", plat=JD),
    chat([
        "C: 能保证明天一定到吗",
        "A: 物流的时效没法百分百保证，不过我已经给您备注了加急，有变化会第一时间告诉您。",
        "C: 好",
    ], "", "百分百 and a guarantee both negated; the agent promises only her own follow-up", plat=TB),
    chat([
        "C: 我不清楚我家是什么型号",
        "A: 没关系，您不清楚型号的话，拍一下机身背面的铭牌发给我，我帮您看。",
        "C: 发了",
        "A: 收到，您家是KX-300，这款滤芯是通用的。",
    ], "", "the agent echoes the customer's 不清楚; she is not uncertain herself", plat=JD),
    chat([
        "C: 这个砂锅要注意什么",
        "A: 唯一要留意的是别空烧，也别用冷水直接冲热锅。",
        "C: 好的",
    ], "", "唯一 in care advice, not an exclusivity claim", plat=TB),
    chat([
        "C: 这个T恤是什么面料",
        "A: 面料成分是100%棉，吸汗透气。",
        "C: 好",
    ], "", "100% as a textile composition label", plat=DY),
    chat([
        "C: 我的包裹怎么三天没更新了",
        "A: 非常抱歉让您久等了，这几天北方暴雪封路，延误可能是因为这个，我已经联系快递加急，今天下班前给您回复最新进度。",
        "C: 好吧",
    ], "", "可能 explains a cause, with a time for the follow-up", plat=TB),
    chat([
        "C: 这个奶粉怎么冲",
        "A: 喂养时用四十度左右的温水，先放水再放粉，摇匀就可以了。",
        "C: 好的",
    ], "", "喂 inside 喂养, not the interjection", plat=DY),
    chat([
        "C: 什么时候发货",
        "A: 等下单成功后，我们四十八小时内安排发货。",
        "C: 好",
    ], "", "等下 inside 等下单成功后, not a bare 'hold on'", plat=JD),
    chat([
        "C: 我这周不在家",
        "A: 好的，不知道您这边方便什么时候收货呢？我帮您备注延迟配送。",
        "C: 下周一",
        "A: 好的，已经备注下周一配送。",
    ], "", "不知道您…方便 asks the customer; it is not an uncertain answer", plat=TB),
    chat([
        "C: 收件电话对吗",
        "A: 跟您核对一下，收件电话是138****5678，对吗？",
        "C: 对",
    ], "", "a masked mobile number", plat=TB),
    chat([
        "C: 手柄怎么配对",
        "A: 您按住手柄上的OK键三秒，等指示灯闪烁就可以配对了。",
        "C: 好了",
    ], "", "OK is the name of a key, not an English reply", plat=JD),
    chat([
        "C: 麻烦帮我查一下物流 谢谢",
        "A: 好的，您的包裹已经到了本市转运中心，明天上午派送。",
        "C: 好",
    ], "", "a 谢谢 attached to a request is not thanks that needs an answer", plat=TB),
    chat([
        "C: 不好意思 请问这个有黑色吗",
        "A: 有的，黑色和白色都有现货。",
        "C: 好",
    ], "", "不好意思 as a polite opener, not an apology to answer", plat=DY),
    chat([
        "C: 怎么申请退款",
        "A: 您在旺旺的订单消息里点一下“申请退款”就可以了。",
        "C: 好",
    ], "", "旺旺 is Taobao's own tool", plat=TB),
    chat([
        "C: 大概什么时候到",
        "A: 已经由京东物流发出，预计明天送达。",
        "C: 好",
    ], "", "the platform's own logistics on JD", plat=JD),
    chat([
        "C: 能货到付款吗",
        "A: 支持的，下单时在支付方式里选择货到付款就可以。",
        "C: 好",
    ], "", "Douyin's own cash-on-delivery service", plat=DY),
    chat([
        "C: 这个是现货吗",
        "A: 是的，这款宝贝是现货，今天下午就能发。",
        "C: 好",
    ], "", "宝贝 for the goods is Taobao's own word (only Pinduoduo forbids it)", plat=TB),
    chat([
        "C: 买的香蕉不新鲜 能退吗",
        "A: 非常抱歉，生鲜商品不适用七天无理由退货，不过坏果我们包赔，麻烦您拍一下照片，我马上给您补偿。",
        "C: 好",
    ], "", "fresh food is legally outside the seven-day rule; the agent apologises and compensates", plat=PDD),
    chat([
        "C: 能开专票吗",
        "A: 专票需要提供一般纳税人资质，您把资料发给我就能开；普通发票可以直接开。",
        "C: 好的",
    ], "", "conditions for a special VAT invoice are not a refusal", plat=JD),
    chat([
        "C: 书架能放多少书",
        "A: 每层最多能放三十本左右的平装书。",
        "C: 好",
    ], "", "最多 states a capacity, not a superlative claim", plat=TB),
    chat([
        "C: 新人有优惠吗",
        "A: 有的，首单立减五元，结算时自动抵扣。",
        "C: 好",
    ], "", "首单 is a first order, not a debut claim", plat=PDD),
    chat([
        "C: 我的快递显示妥投了 但我没收到",
        "A: 非常抱歉，显示妥投但您没收到，我马上联系派送员核实，半小时内给您回复。",
        "C: 好",
    ], "", "the agent echoes the customer's own term 妥投", plat=JD),
    chat([
        "C: 这个杯子能放洗碗机吗",
        "A: 可以的，杯身和杯盖都能放洗碗机。",
        "C: 好的 谢谢 那再问一下 能开发票吗",
        "A: 可以的，您把抬头和税号发给我就行。",
        "C: 发你了",
        "A: 收到，三个工作日内开好。",
        "A: 请问还有其他问题吗？",
        "C: 没有了",
        "A: 不客气，感谢您的光临，再见～",
    ], "", "thanks followed by a question, answered in the goodbye", plat=TB, close=False),
    chat([
        "A: 请问还有其他问题吗？",
        "C: 没有了",
        "A: 好的，感谢您的光临，祝您生活愉快，再见～",
    ], "", "a log that starts mid-conversation at the ask-more", plat=JD, open=False, close=False),
    chat([
        "C: 我的订单能改成顺丰吗",
        "A: 请您稍等，我帮您问一下仓库。",
    ], "", "a log that stops while the agent is still checking", plat=TB, close=False),
    chat([
        "C: 我想换个颜色 你们谁处理",
        "A: 换货需要售后同事来办理，我帮您转过去，您看可以吗？",
        "C: 可以",
        "S: 会话已转接至售后客服",
        "A: 您好，我是售后客服，您要换的颜色跟我说一下就好。",
        "C: 换成白色",
        "A: 好的，已经给您提交换货。",
    ], "", "a chat hand-over announced and agreed", plat=TB),
    call([
        "C: 我想查下我家这个季度的燃气用量",
        "A: 好的，需要调取三个月的抄表记录，大概一分钟，我先帮您保持一下，您看可以吗？",
        "C: 可以",
        "A: 好的，请您不要挂机。",
        "!hold_start",
        "!wait 50",
        "!hold_end",
        "A: 感谢您的耐心等候，您家这个季度一共用气八十六立方米。",
        "C: 好的",
    ], "", "a hold with reason, time, consent and thanks", co="安居燃气"),
    call([
        "A: 您好，清源水务客服中心，2651号为您服务，请问有什么可以帮您？",
        "!wait 3",
        "A: 您好，请问有什么可以帮您？",
        "!wait 3",
        "A: 很抱歉，您的电话没有声音，请您挂机后重新拨打，感谢您的来电，再见！",
        "!wait 3",
        "!hangup agent",
    ], "", "the silent-call script followed", co="清源水务", open=False, close=False, hangup=None),
    call([
        "C: 我家热水器一直显示E1 不出热水",
        "A: 您是说热水器显示E1故障，一直不出热水，对吗？",
        "C: 对",
        "A: 好的，请您稍等，我帮您查一下这个代码。",
    ], "", "a recording that stops mid-call while the agent checks", co="暖居电器售后", close=False, hangup=None),
    call([
        "C: 我的宽带要移机 下个月搬家",
        "A: 您是说下个月搬家，要把宽带移到新地址，对吗？",
        "C: 对",
        "A: 移机需要装维部门来预约，我现在帮您转接过去，您看可以吗？",
        "C: 好",
        "A: 好的，马上为您转接，请稍等。",
        "!transfer",
    ], "", "a transfer with reason and consent; the transfer replaces the closing", co="畅联宽带", close=False, hangup=None),
    call([
        "C: 嗯 我想问下那个 燃气开户要带啥",
        "A: 呃 开户需要带房产证和身份证原件 到任意营业厅办理就行",
        "C: 好 知道了",
    ], "", "a speech-recognition call with fillers and the full etiquette", co="安居燃气", form="asr"),
    call([
        "C: 我的投诉什么时候能有结果",
        "A: 很抱歉让您久等了，这个需要网点核实，麻烦您留一个联系电话，我们两小时内给您回复，好吗？",
        "C: 就打这个号码",
        "A: 好的，就用您的来电号码联系您。",
    ], "", "a deferred answer with a time and a contact number", co="速达快递"),
    chat([
        "C: 明天能到吗",
        "A: 不能保证明天一定送到，我这边已经帮您催了，有新进度马上告诉您。",
        "C: 好",
    ], "", "a guarantee explicitly declined", plat=DY),
    chat([
        "C: 能货到付款吗",
        "A: 可以的，京东支持货到付款，下单时选择就行。",
        "C: 好",
    ], "", "JD's own cash-on-delivery service", plat=JD),
    chat([
        "C: 什么时候发货",
        "A: 我们收到付款后二十四小时内发货。",
        "C: 好",
    ], "", "收到付款后 is not freight collected on delivery", plat=TB),
    chat([
        "C: 能加你微信吗 方便联系",
        "A: 很抱歉亲，我们只在平台内沟通，您有问题随时在这里找我就可以，我的昵称是小鹿。",
        "C: 好吧",
    ], "", "the customer names the chat app; the agent apologises and keeps to the platform", plat=PDD),
    chat([
        "C: 你们还有别的店吗",
        "A: 您在抖音商城搜我们的店名就能找到，就是这一家。",
        "C: 好",
    ], "", "Douyin's own mall named on Douyin", plat=DY),
    call([
        "C: 不好意思 我刚才没听清 您能再说一遍吗",
        "A: 好的，我再说一遍：燃气卡充值后要插到表上，听到滴一声就好了。",
        "C: 好的 明白了",
    ], "", "不好意思 before a request is not an apology that needs 没关系", co="安居燃气"),
]
