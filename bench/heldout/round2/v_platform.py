"""Violating conversations, round 2: platform bans (003), advertising-law
claims (003 广告禁用词 / 拼多多禁语 3-4) and customer data (002/003)."""
from wrap import wchat, wcall, chat, call

CONVS = [
    # --- pinduoduo
    chat("r2v240", wchat(0, [
        "C: 这款在别的地方看到更便宜",
        "A: 亲，您说的是TB上的吧，那家不是官方授权的哈",
        "C: 可能吧",
    ]), "platform.pinduoduo.marketplace", "003 拼多多禁语 1: another marketplace named, as letters", platform="pinduoduo"),
    chat("r2v241", wchat(1, [
        "C: 有买家秀吗",
        "A: 亲可以去小红书搜一下我们的店名，好多用户分享的",
        "C: 好",
    ]), "platform.pinduoduo.other_app", "003 拼多多禁语 1: a third-party app named", platform="pinduoduo"),
    chat("r2v242", wchat(2, [
        "C: 图片发不过来怎么办",
        "A: 亲可以加一下我的薇❤信 fk20268，直接发我",
        "C: 行",
    ]), "platform.pinduoduo.contact_app", "003 拼多多售前 二: a chat app named in disguise (谐音)", platform="pinduoduo"),
    chat("r2v243", wchat(3, [
        "C: 能再便宜点吗",
        "A: 亲，您要是不在平台上拍，私下转给我可以再少十块",
        "C: 这样啊",
    ]), "platform.pinduoduo.off_platform", "003 拼多多禁语 6: trading off the platform", platform="pinduoduo"),
    chat("r2v244", wchat(4, [
        "C: 运费能不能我收货的时候再付",
        "A: 可以的亲，邮费等快递到了您付给快递员就行",
        "C: 好",
    ]), "platform.pinduoduo.collect_on_delivery", "003 拼多多禁语 6 到付: freight paid on delivery, said in other words", platform="pinduoduo"),
    chat("r2v245", wchat(5, [
        "C: 收到了，挺好的",
        "A: 亲，麻烦给个五星带图评价，截图发我返您3块钱哦",
        "C: 好的",
    ]), "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: cash for a good review", platform="pinduoduo"),
    chat("r2v246", wchat(6, [
        "C: 我是公司采购，要开专票",
        "A: 不好意思亲，小店目前开不了发票呢",
        "C: 那我不买了",
    ]), "platform.pinduoduo.invoice_refusal", "003 拼多多售前 一: an invoice refused", platform="pinduoduo"),
    chat("r2v247", wchat(7, [
        "C: 这个今天能发吗",
        "A: 亲，这款寶貝今天下午就能发出",
        "C: 好",
    ]), "platform.pinduoduo.baobei", "003 拼多多禁语 7: 宝贝 in traditional characters", platform="pinduoduo"),
    chat("r2v248", wchat(8, [
        "C: 衣服不喜欢，吊牌还在，能退吗",
        "A: 亲，拆了包装的就不支持退了哈",
        "C: 吊牌都没剪啊",
    ]), "platform.pinduoduo.return_refusal,forbidden.refusal?,forbidden.refusal_bare?,forbidden.refusal_no_alternative?", "003 拼多多售后 三、1: a 7-day no-reason return refused", platform="pinduoduo"),
    # --- taobao
    chat("r2v249", wchat(9, [
        "C: 你们有没有官方店",
        "A: 有的亲，我们在京东和拼多多也开了旗舰店",
        "C: 哦",
    ]), "platform.taobao.marketplace", "003 拼多多禁语 1 (applied by the Taobao book): other marketplaces named", platform="taobao"),
    chat("r2v250", wchat(10, [
        "C: 有使用教程吗",
        "A: 有的亲，抖音搜我们品牌名，有完整的视频教程",
        "C: 好嘞",
    ]), "platform.taobao.other_app|platform.taobao.marketplace", "003 拼多多禁语 1: another app named on Taobao", platform="taobao"),
    chat("r2v251", wchat(11, [
        "C: 售后问题以后找谁",
        "A: 亲，您加一下我们售后扣扣 3302817，方便沟通",
        "C: 行",
    ]), "platform.taobao.contact_app|platform.taobao.other_app", "003 拼多多禁语 1: QQ (扣扣) named on Taobao", platform="taobao"),
    chat("r2v252", wchat(0, [
        "C: 我想多买几件，能优惠吗",
        "A: 亲，量大的话可以走线下对公转账，价格另算",
        "C: 怎么转",
    ]), "platform.taobao.off_platform,response.ask_more_skips_question.chat?", "003 拼多多禁语 6: trading off the platform on Taobao", platform="taobao"),
    chat("r2v253", wchat(1, [
        "C: 邮费多少",
        "A: 亲，偏远地区是運費到付的哦",
        "C: 好",
    ]), "platform.taobao.collect_on_delivery", "003 拼多多禁语 6 到付 (traditional characters)", platform="taobao"),
    chat("r2v254", wchat(2, [
        "C: 东西收到了，不错",
        "A: 亲，追评晒三张图，联系客服送您一个小礼品哦",
        "C: 好的呀",
    ]), "platform.taobao.review_incentive", "003 拼多多禁语 5: a gift for a review with photos", platform="taobao"),
    chat("r2v255", wchat(3, [
        "C: 能开发票吗，公司报销",
        "A: 亲，我们这边不提供发票的哈",
        "C: 啊",
    ]), "platform.taobao.invoice_refusal", "003 拼多多售前 一: an invoice refused on Taobao", platform="taobao"),
    # --- jd
    chat("r2v256", wchat(4, [
        "C: 为啥比别家贵",
        "A: 亲，拼夕夕上那些便宜的都是仿品",
        "C: 好吧",
    ]), "platform.jd.marketplace", "003 拼多多禁语 1: another marketplace by nickname on JD", platform="jd"),
    chat("r2v257", wchat(5, [
        "C: 我付款付不了",
        "A: 亲可以用闲鱼转给我们，我这边改价",
        "C: ？",
    ]), "platform.jd.other_app|platform.jd.off_platform|platform.jd.marketplace,response.ask_more_skips_question.chat?", "003 拼多多禁语 1/6: another app named for payment on JD", platform="jd"),
    chat("r2v258", wchat(6, [
        "C: 安装师傅怎么联系",
        "A: 亲，加一下师傅的VX：anzhuang_2026，他会跟您约时间",
        "C: 好",
    ]), "platform.jd.contact_app", "003 拼多多禁语 1: WeChat (VX) named on JD", platform="jd"),
    chat("r2v259", wchat(7, [
        "C: 我想直接付你们，不走平台行吗",
        "A: 可以的亲，扫我发您的收款码就行",
        "C: 好",
    ]), "platform.jd.off_platform", "003 拼多多禁语 6: a payment code off the platform", platform="jd"),
    chat("r2v260", wchat(8, [
        "C: 大件运费怎么算",
        "A: 亲，大件是到付的哦，到了您跟司机结算",
        "C: 好的",
    ]), "platform.jd.collect_on_delivery", "003 拼多多禁语 6 到付 on JD", platform="jd"),
    chat("r2v261", wchat(9, [
        "C: 收到了 质量不错",
        "A: 谢谢亲～好评满五十字返两元京豆等值红包哦",
        "C: 好",
    ]), "platform.jd.review_incentive", "003 拼多多禁语 5: a reward for a review on JD", platform="jd"),
    chat("r2v262", wchat(10, [
        "C: 可以开增值税专用发票吗",
        "A: 不好意思，专票这边不开的",
        "C: 哦",
    ]), "platform.jd.invoice_refusal", "003 拼多多售前 一: an invoice refused on JD", platform="jd"),
    # --- douyin
    chat("r2v263", wchat(11, [
        "C: 这款哪里买最便宜",
        "A: 亲，这款在唯品会和我们直播间价格是一样的",
        "C: 哦哦",
    ]), "platform.douyin.marketplace", "003 拼多多禁语 1: another marketplace named on Douyin", platform="douyin"),
    chat("r2v264", wchat(0, [
        "C: 搭配有推荐吗",
        "A: 亲，您可以去微博上看看我们模特的穿搭分享",
        "C: 好",
    ]), "platform.douyin.other_app", "003 拼多多禁语 1: another app named on Douyin", platform="douyin"),
    chat("r2v265", wchat(1, [
        "C: 以后怎么联系你们",
        "A: 亲，加个企业微信吧，有新品会通知您",
        "C: 好",
    ]), "platform.douyin.contact_app", "003 拼多多禁语 1: WeChat named on Douyin", platform="douyin"),
    chat("r2v266", wchat(2, [
        "C: 下次还想买",
        "A: 亲，给您发个二维码，扫码进群下单更便宜",
        "C: 好的",
    ]), "platform.douyin.off_platform", "003 抖音小店 2: a QR code leading off the platform", platform="douyin"),
    chat("r2v267", wchat(3, [
        "C: 包邮吗",
        "A: 亲，这个不包邮，邮费是收货时给快递员付的",
        "C: 好",
    ]), "platform.douyin.collect_on_delivery", "003 拼多多禁语 6 到付 said in other words on Douyin", platform="douyin"),
    chat("r2v268", wchat(4, [
        "C: 东西收到了",
        "A: 亲，写个好评加三张图，下单返您五元无门槛券哦",
        "C: 好",
    ]), "platform.douyin.review_incentive", "003 抖音小店 1: a coupon for a good review", platform="douyin"),
    # --- ad claims
    chat("r2v269", wchat(5, [
        "C: 这款和那款哪个好",
        "A: 亲，这款是我们店卖得最好的，回购率也最高",
        "C: 好",
    ]), "ad.superlative", "003 拼多多禁语 3 最系列", platform="taobao"),
    call("r2v270", wcall(0, [
        "C: 你们这个扫地机好用吗",
        "A: 您是想了解扫地机器人的使用效果对吧 这 款 在 国 内 同 类 里 销 量 排 名 第 一",
        "C: 哦",
    ]), "ad.first", "003 拼多多禁语 3 第一系, on a call"),
    chat("r2v271", wchat(6, [
        "C: 这个图案别家有吗",
        "A: 亲，这是独一份的设计，只在我们家有",
        "C: 好",
    ]), "ad.unique", "003 拼多多禁语 3 唯一系 (独一份)", platform="jd"),
    chat("r2v272", wchat(7, [
        "C: 会掉色吗",
        "A: 亲，保证绝对不会掉色的",
        "C: 好",
    ]), "ad.absolute,forbidden.blind_promise?", "003 拼多多禁语 3 绝对系", platform="douyin"),
    chat("r2v273", wchat(8, [
        "C: 是纯羊毛吗",
        "A: 亲，百分百纯羊毛，放心",
        "C: 好",
    ]), "ad.percent|ad.absolute", "003 广告禁用词 1: 百分百", platform="pinduoduo"),
    chat("r2v274", wchat(9, [
        "C: 价格有优势吗",
        "A: 亲，这个价全网找不到更低的了",
        "C: 好",
    ]), "ad.whole_net|ad.price", "003 拼多多禁语 3 全网系, reworded", platform="taobao"),
    chat("r2v275", wchat(10, [
        "C: 面料怎么样",
        "A: 亲，用的是顶级的真丝面料",
        "C: 好",
    ]), "ad.top_grade", "003 拼多多禁语 3 终极系 (顶级)", platform="jd"),
    chat("r2v276", wchat(11, [
        "C: 这款是新出的吗",
        "A: 是的亲，这是全球首发的款式",
        "C: 哇",
    ]), "ad.debut", "003 广告禁用词 1: 首发", platform="douyin"),
    chat("r2v277", wchat(0, [
        "C: 这个奶粉安全吗",
        "A: 亲放心，这款是国家卫健委指定推荐的",
        "C: 好",
    ]), "ad.authority", "003 广告禁用词 2 权威词", platform="taobao"),
    chat("r2v278", wchat(1, [
        "C: 质量怎么样",
        "A: 亲，我们是世界级工艺，品质有保障",
        "C: 好",
    ]), "ad.unverifiable", "003 广告禁用词 4 无法考证的词 (世界级)", platform="jd"),
    chat("r2v279", wchat(2, [
        "C: 价格还能低点吗",
        "A: 亲，现在已经是亏本清仓价了",
        "C: 好吧",
    ]), "ad.price", "003 拼多多禁语 3 价格系 (亏本价)", platform="pinduoduo"),
    chat("r2v280", wchat(3, [
        "C: 我再考虑考虑",
        "A: 亲，活动仅剩最后两小时，错过就再也没有这个价了",
        "C: 这样啊",
    ]), "ad.inducement,ad.superlative?", "003 拼多多禁语 3 诱导系 / 广告禁用词 3", platform="douyin"),
    chat("r2v281", wchat(4, [
        "C: 这个护膝有用吗",
        "A: 亲，戴一个月关节炎就能根治的",
        "C: 真的吗",
    ]), "ad.efficacy,response.ask_more_skips_question.chat?", "003 拼多多禁语 4: exaggerated efficacy", platform="taobao"),
    call("r2v282", wcall(1, [
        "C: 你 们 那 个 减 肥 茶 有 效 果 吗",
        "A: 您是想了解减肥茶的效果对吧 喝 一 个 疗 程 保 证 瘦 十 斤",
        "C: 这么厉害",
    ]), "ad.efficacy,forbidden.blind_promise?", "003 拼多多禁语 4: exaggerated efficacy on a call"),
    chat("r2v283", wchat(5, [
        "C: 这个空气炸锅怎么样",
        "A: 亲，这是史上最划算的价格了",
        "C: 哦",
    ]), "ad.price|ad.superlative,ad.superlative?", "003 拼多多禁语 3 价格系 / 最系列 (史上最划算)", platform="jd"),
    # --- customer data
    chat("r2v284", wchat(6, [
        "C: 快递员电话多少",
        "A: 亲，派件员手机是13957712086，您直接打给他",
        "C: 好的",
    ]), "pii.mobile", "003 拼多多禁语 8: a full mobile number sent in chat", platform="taobao"),
    chat("r2v285", wchat(7, [
        "C: 实名信息对吗",
        "A: 亲，登记的身份证号是330106199003154218，您核对下",
        "C: 对",
    ]), "pii.id_card", "002 第一篇 15: a full ID number in chat", platform="jd"),
    chat("r2v286", wchat(8, [
        "C: 退款退到哪张卡",
        "A: 亲，会原路退回到卡号6222021203004456789这张卡",
        "C: 好",
    ]), "pii.bank_card", "002 第一篇 15: a full bank card number in chat", platform="douyin"),
    chat("r2v287", wchat(9, [
        "C: 发票发哪了",
        "A: 亲，发到您预留的邮箱 wanglin_88@163.com 了",
        "C: 好",
    ]), "pii.email", "003 客服方法 二、6: the customer's e-mail in full", platform="taobao"),
    chat("r2v288", wchat(10, [
        "C: 收货电话是哪个",
        "A: 亲，是１３６ ８８０２ ５５１７",
        "C: 对",
    ]), "pii.mobile", "003 拼多多禁语 8: a full mobile in full-width digits with spaces", platform="jd"),
]
