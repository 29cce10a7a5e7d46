"""Near-misses a strict reviewer passes: information questions answered
properly, forbidden words negated, quoted or in a warning, the platform's own
services, the customer's words echoed, cause explained with 可能, snippets."""

from common import call_item, item, make_conv

R = "near-miss: "

NEAR = [
    (item("jd", [
        "C: [订单] 订单号：8831****2046",
        "C: 帮我查下到哪了",
        "A: 您的包裹今天上午已经到达北京朝阳区的京东物流站点，下午就会派送，快递员出发前会给您打电话。",
        "C: 好",
    ]), "tracking question answered with place and time; 京东物流 is the platform's own courier"),
    (item("taobao", [
        "C: 你们支持七天无理由吗",
        "A: 支持的亲，收到后7天内不影响二次销售都可以退，有运费险的话退货运费会赔到您的支付宝。",
        "C: 好的",
    ]), "policy question answered; 支付宝 is Taobao's own payment"),
    (item("jd", [
        "C: 退款退到哪里",
        "A: 您是用微信支付付的款，退款会原路退回到您的微信零钱，一般1到3个工作日到账。",
        "C: 懂了",
    ]), "WeChat Pay refund on JD: the platform's own payment route, not a contact app"),
    (item("taobao", [
        "C: 有人加我微信说是你们店的客服 要给我退款",
        "A: 亲，千万别加！我们不会通过微信或者站外任何方式联系您退款，所有退款都只在淘宝订单里处理，您注意保护好自己的账户。",
        "C: 好险 谢谢提醒",
    ]), "fraud warning naming WeChat and off-site contact"),
    (item("jd", [
        "C: 你们是不是也不清楚我的货在哪",
        "A: 不会不清楚的，您放心，我已经查到了：包裹在上海转运中心，今天晚上发往您那边，明天下午送到。",
        "C: 那还行",
    ]), "echo of the customer's 不清楚, negated, with the answer"),
    (item("pinduoduo", [
        "C: 三天了物流还没动",
        "A: 真抱歉让您着急了，可能是因为最近北方下雪，高速封了一段，所以物流慢了。我已经联系快递优先发运，明天会有新的物流信息。",
        "C: 好吧",
    ]), "可能 explaining a cause after an apology, with a next step"),
    (item("taobao", [
        "C: 我想换个大一码",
        "A: 可以的哦，您申请换货选L码就行，我这边马上给您同意～",
        "C: 好",
    ]), "sentence-final 哦, not an opening interjection"),
    (item("jd", [
        "C: 这个有发票吗",
        "A: 有的，可以开增值税普通发票，专票需要您提供公司资质，我们也可以开，确认收货后在订单里申请就行。",
        "C: 好",
    ]), "invoice question answered yes, conditions of a special invoice explained"),
    (item("taobao", [
        "C: 请问这个尺码偏大还是偏小",
        "A: 亲，这款偏小半码，平时穿38的建议拿39。尺码表我也发给您对照一下哈[链接]",
        "C: 好的",
    ]), "a size chart link sent along with the answer itself"),
    (item("douyin", [
        "C: 直播间说的赠品是什么",
        "A: 亲，赠品是一个同款的小号收纳袋，和主商品一起发出哈。",
        "C: 好",
    ]), "pre-sale question answered directly"),
    (item("jd", [
        "C: 昨天买的 今天降价了",
        "A: 给您添麻烦了！您的订单在价格保护期内，在订单里点“价格保护”就能申请，我也已经帮您提交了，差价1小时内退回。",
        "C: 好的",
    ]), "price drop handled: the self-service route mentioned after the agent has already done it"),
    (item("taobao", [
        "C: 我自己拍错了型号 不好意思啊",
        "A: 没关系的亲，请不必介意，我帮您改成正确的型号，今天一起发出。",
        "C: 太好了",
    ]), "customer's apology answered with 没关系"),
    (item("jd", [
        "C: 这个空调包安装吗",
        "A: 包安装的，送货后24小时内师傅会打电话和您约时间，基础安装免费，需要加长铜管的话按价目表收费。",
        "C: 好",
    ]), "installation policy question answered with a time"),
    (item("taobao", [
        "C: 我已经收到了 东西很好",
        "C: 谢谢你们",
        "A: 不客气亲，您用得满意就好～",
    ], ), "customer's thanks answered; a short chat with no problem in it"),
    (item("pinduoduo", [
        "C: 不想要了 能退吗 刚收到",
        "A: 可以的亲，支持7天无理由退货，您在订单里点退货退款，寄回运费由退货包运费承担。",
        "C: 好",
    ]), "7-day return granted (Pinduoduo)"),
    (item("jd", [
        "C: 包裹是不是丢了",
        "A: 您先别着急，我查到包裹没有丢，是在站点滞留了一天，今天已经派出，快递员姓王，预计下午3点前送到。",
        "C: 哦 那就好",
    ]), "soothing by '先别着急' and facts; 没有丢 negates the loss"),
    (item("taobao", [
        "C: 大概什么时候发货",
        "A: 今天下午5点前付款的当天发，您现在拍的话今天就能发出。",
        "C: 好的",
    ]), "the customer's 大概 echoed in the question only; the agent is exact"),
    (item("jd", [
        "C: 你们店的东西是最好的吗",
        "A: 每款都有自己的特点，不好说哪个最好，您可以说说用途，我帮您挑合适的。",
        "C: 家用",
    ]), "最好 in the customer's question, negated in the answer"),
    (item("douyin", [
        "C: 退款多久到账",
        "A: 退款已经同意了，退回抖音支付的话即时到账，退回银行卡1到3个工作日到账。",
        "C: 好的",
    ]), "refund time answered with an exact span"),
    (item("taobao", [
        "C: 我想直接打电话问 有电话吗",
        "A: 亲，店铺的售后电话是400-8***-520，工作日9点到18点有人接，在这里直接问我也一样能帮您处理哈。",
        "C: 好",
    ]), "the shop's own hotline on request"),
    (item("jd", [
        "A: 已经帮您把补发的单号同步到订单里了，明天送到。",
        "C: 好的",
        "A: 还有其他需要帮您的吗？",
        "C: 没了",
        "A: 好的，祝您生活愉快，再见～",
    ], no_open=True, no_end=True, timed=False), "snippet starting mid-conversation (untimed), no greeting to judge"),
    (item("taobao", [
        "C: 我前天的单子发了没",
        "A: 已经发了亲，昨天下午发的中通，单号已经在订单里了，预计明天到。",
        "C: 好",
        "A: 那个颜色的话",
    ], no_end=True, timed=False), "snippet cut off mid-sentence (untimed), no closing to judge"),
    (item("jd", [
        "C: 我要投诉 配送员把我的冰箱磕了个坑",
        "A: 理解您的心情，新冰箱被磕了谁都会生气，真的很抱歉！我已经登记了投诉，外观问题直接给您换新，3天内送到。",
        "C: 行",
    ]), "complaint soothed with 理解您的心情 and an apology"),
    (item("taobao", [
        "C: 你们有没有可能少发",
        "A: 一般不会少发的，发货前都会称重复核，您要是发现少了直接告诉我，我马上给您补。",
        "C: 好",
    ]), "可能 in the customer's question; 一般不会 with an offer to help"),
    (item("jd", [
        "C: 电视能挂墙上吗",
        "A: 可以的，赠送标准挂架，安装师傅上门免费挂装。",
        "C: 好",
    ]), "information answered; 可以 is not a refusal"),
    (item("taobao", [
        "C: 这个不能用花呗吗",
        "A: 能用的亲，结算时选花呗就行，3期免息。",
        "C: 好",
    ]), "花呗 on Taobao is the platform's own instalment service"),
    (item("jd", [
        "C: 我的快递显示已签收 但我不在家",
        "A: 抱歉让您担心了，我查了签收记录，快递员放在了您小区的京东快递柜，取件码已经发到您手机短信里了。",
        "C: 找到了",
    ]), "shown delivered: soothed and located"),
    (item("douyin", [
        "C: 东西坏了",
        "C: [图片]",
        "A: 真的很抱歉让您收到坏的！我这边给您补发一个新的，今天发出，坏的那个不用寄回。",
        "C: 好",
    ]), "broken on arrival handled properly"),
    (call_item("家电商城", [
        "C: 我想问一下，你们的空调安装要另外收费吗",
        "A: 您是想问空调安装是否另外收费，对吗？",
        "C: 对",
        "A: 基础安装是免费的，如果需要加长铜管或者打墙洞，会按价目表另外收费，师傅上门会先跟您确认。",
        "C: 明白了",
    ]), "call: policy question answered, restated, with a clear answer"),
    (call_item("顺达快递", [
        "C: 我想查一下寄往杭州的文件大概几天能到",
        "A: 您是想查寄往杭州的文件几天能到，是吗？",
        "C: 是的",
        "A: 从您这里寄到杭州，一般第二天下午就能送到，加急件当天能到。",
        "C: 好",
    ]), "call: tracking-time question answered; 大概 is the caller's"),
    (item("taobao", [
        "C: 你们这个能不能货到付款",
        "A: 抱歉亲，淘宝目前不支持货到付款，您可以用支付宝或者花呗分期付款，收货后不满意也能退。",
        "C: 好吧",
    ]), "a platform limit stated with an apology and alternatives"),
    (item("jd", [
        "C: 我不要这个了 能不能直接退钱不退货",
        "A: 抱歉，没有质量问题的话需要退回商品才能退款，我可以帮您预约上门取件，运费我们承担，您看可以吗？",
        "C: 那行",
    ]), "a request declined with an apology and an alternative"),
]


def NEAR_MISSES():
  out = []
  for k, (it, reason) in enumerate(NEAR, 1):
    it.setdefault("expect", "")
    rid = f"r11c{500 + k:03d}"
    out.append((make_conv(rid, it, 1, k), R + reason))
  return out
