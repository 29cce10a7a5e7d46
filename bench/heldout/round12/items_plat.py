"""Platform books (other platforms and apps, off-platform deals, cash on
delivery, review incentives, invoices, returns, 宝贝) and advertising-law
claims. Each item is one violating conversation and its twin."""

from common import call, chat

TB, JD, PDD, DY = "taobao", "jd", "pinduoduo", "douyin"

ITEMS = [
    # --- Pinduoduo ----------------------------------------------------------
    chat([
        "C: 有没有实拍图 想看看颜色",
        ("A: 有的亲，加我V，实拍图和视频都发您。", "A: 有的亲，我把实拍图直接发在这里给您看哦。"),
        "C: 好",
        "A: [图片][图片] 这是自然光下拍的，颜色比较准。",
    ], "platform.pinduoduo.contact_app", "003 拼多多禁语 1 / 拼多多售前 二: a chat app named in an abbreviation (加我V)",
        plat=PDD),
    chat([
        "C: 有沒有更多的細節圖",
        ("A: 有的，可以加我薇信，發您更多圖。", "A: 有的，我在這裡多發幾張細節圖給您。"),
        "C: 好的",
        "A: [图片][图片][图片] 您看一下。",
    ], "platform.pinduoduo.contact_app", "003 拼多多售前 二: a homophone of the chat app (薇信), traditional characters",
        plat=PDD, form="trad"),
    chat([
        "C: 能不能私聊 我想批发一点",
        ("A: 可以的，您去绿泡泡上搜一下我们的店名，私聊给您批发价。", "A: 可以的，批发的话在这里直接跟我说数量，我给您申请批量价。"),
        "C: 要五十件",
        "A: 好的，五十件可以给您申请批量价，稍后在订单里改价。",
    ], "platform.pinduoduo.contact_app,platform.pinduoduo.off_platform?", "003 拼多多禁语 1: the chat app by its nickname (绿泡泡)",
        plat=PDD),
    chat([
        "C: 怎么感觉你们家比别家贵",
        ("A: 亲，某宝上的同款都比我们贵呢。", "A: 亲，我们这款用的是加厚面料，做工会更好一些。"),
        "C: 好吧",
    ], "platform.pinduoduo.marketplace", "003 拼多多禁语 1: another marketplace named under a nickname (某宝)",
        plat=PDD),
    chat([
        "C: 这个鞋穿上效果怎么样",
        ("A: 您可以去小红书搜一下，好多买家秀。", "A: 商品评价里有很多买家秀，您可以参考一下上脚效果。"),
        "C: 好的",
    ], "platform.pinduoduo.other_app", "003 拼多多禁语 1: sending the customer to a social app",
        plat=PDD),
    chat([
        "C: 能便宜点吗",
        ("A: 您直接转账给我，我给您便宜十块。", "A: 现在店铺有满99减10的券，您领一下就能便宜十块。"),
        ("C: 不了 我还是在平台上拍吧", "C: 那我领券"),
    ], "platform.pinduoduo.off_platform", "003 拼多多禁语 6: a deal by direct transfer outside the platform",
        plat=PDD),
    chat([
        "C: 偏远地区要加运费吗",
        ("A: 要加十元，运费可以到付的。", "A: 要加十元运费，下单时会自动计算。"),
        "C: 好",
    ], "platform.pinduoduo.collect_on_delivery", "003 拼多多禁语 6: freight paid to the courier (到付)",
        plat=PDD),
    chat([
        "C: 收到了 挺好的",
        ("A: 亲，麻烦给个五星好评，截图发我返您两元红包～", "A: 亲，用得满意就好，有任何问题随时找我们～"),
        "C: 好",
    ], "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: a red packet in exchange for a five-star review",
        plat=PDD),
    chat([
        "C: 这个是现货吗",
        ("A: 是的亲，这个宝贝是现货，今天就能发。", "A: 是的亲，这款商品是现货，今天就能发。"),
        "C: 好",
    ], "platform.pinduoduo.baobei", "003 拼多多禁语 2/7: the goods called 宝贝",
        plat=PDD),
    chat([
        "C: 能开发票吗 公司报销用",
        ("A: 亲，我们这个价格是不开发票的哦。", "A: 可以的亲，您把抬头和税号发给我，确认收货后三天内开好。"),
        "C: 好",
    ], "platform.pinduoduo.invoice_refusal", "003 拼多多售前 一: the invoice refused",
        plat=PDD),
    chat([
        "C: 杯子收到了 不太喜欢这个颜色 能退吗",
        ("A: 亲，颜色不喜欢不属于质量问题，这个不给退哦。", "A: 可以的亲，在七天内支持无理由退货，您在订单里申请就行，保持杯子不影响二次销售哦。"),
        "C: 好的",
    ], "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: seven-day no-reason return refused for ordinary goods",
        plat=PDD),
    chat([
        "C: 我想多订一些 有优惠吗",
        ("A: 您留个手机号，我私下跟您谈价格。", "A: 有的，订二十件以上每件减五元，您在这里告诉我数量就行。"),
        ("C: 就在这说吧 二十件", "C: 二十件"),
        "A: 好的，二十件每件减五元，稍后给您改价。",
    ], "platform.pinduoduo.off_platform", "003 拼多多禁语 6: taking the deal private",
        plat=PDD),
    # --- Taobao -------------------------------------------------------------
    chat([
        "C: 安装视频有吗",
        ("A: 有的，加一下vx：mz2088，我发您视频教程。", "A: 有的，我把视频教程直接发在这里给您。"),
        "C: 好",
        "A: [视频] 您看一下，三分钟就能装好。",
    ], "platform.taobao.contact_app", "003 拼多多禁语 1: a chat app id given to the customer (full-width letters)",
        plat=TB, form="full"),
    chat([
        "C: 别家卖得比你们便宜",
        ("A: 京东上那些便宜的都是仿的，您放心在我们这买。", "A: 我们这款是品牌授权的，用料和做工都有保障，您可以对比一下细节。"),
        "C: 嗯",
    ], "platform.taobao.marketplace", "003 拼多多禁语 1: another marketplace named on Taobao",
        plat=TB),
    chat([
        "C: 收到了 质量不错",
        ("A: 亲，晒图好评截个图发我，返您五元现金哦。", "A: 亲，满意就好，使用中有任何问题随时来找我们哦。"),
        "C: 好",
    ], "platform.taobao.review_incentive", "003 拼多多禁语 5: cash back for a photo review",
        form="trad", plat=TB),
    chat([
        "C: 我想买两件 能便宜点吗",
        ("A: 您先拍下，差价我线下转给您。", "A: 两件可以用店铺的满减券，一共能省三十元。"),
        "C: 好",
    ], "platform.taobao.off_platform", "003 拼多多禁语 6: a refund of the difference off the platform",
        plat=TB),
    chat([
        "C: 这个书架怎么装",
        ("A: 您去抖音搜一下我们店名，有安装视频。", "A: 包裹里有安装说明，我也可以把安装视频发在这里给您。"),
        "C: 发一下吧",
        "A: [视频] 您看一下。",
    ], "platform.taobao.other_app", "003 拼多多禁语 1: sending the customer to a short-video app",
        plat=TB),
    chat([
        "C: 可以开发票吗",
        ("A: 小店开不了发票哦。", "A: 可以的，您把抬头和税号发给我，我们三个工作日内开好发到您邮箱。"),
        "C: 好的",
    ], "platform.taobao.invoice_refusal", "003 拼多多售前 一: the invoice refused",
        plat=TB),
    chat([
        "C: 包邮吗",
        ("A: 不包邮哦，运费您到付就行。", "A: 满49元包邮，不满的话运费六元，下单时一起付。"),
        "C: 好",
    ], "platform.taobao.collect_on_delivery", "003 拼多多禁语 6: freight paid to the courier",
        plat=TB),
    # --- JD -----------------------------------------------------------------
    chat([
        "C: 售后要怎么联系你们",
        ("A: 加我微信，我拉您进售后群。", "A: 售后直接在订单页点“申请售后”，或者在这里联系我们就可以。"),
        "C: 好",
    ], "platform.jd.contact_app", "003 拼多多禁语 1: inviting the customer to a chat app",
        form="half", plat=JD),
    chat([
        "C: 别的平台便宜一百多",
        ("A: 拼夕夕上那些都是翻新机，我们这是全新的。", "A: 我们这是全新国行，有完整的保修，您可以放心购买。"),
        "C: 好吧",
    ], "platform.jd.marketplace", "003 拼多多禁语 1: another marketplace by nickname (拼夕夕)",
        plat=JD),
    chat([
        "C: 有没有使用教程",
        ("A: 我们在快手上有直播，每天晚上都会讲。", "A: 有的，商品详情里有教程视频，我也可以直接发给您。"),
        "C: 好",
    ], "platform.jd.other_app", "003 拼多多禁语 1: another app named on JD",
        plat=JD),
    chat([
        "C: 我要开专票以外的普通发票 能开吗",
        ("A: 发票我们这边开不了哦。", "A: 可以开的，您在订单里申请电子普通发票就行，确认收货后自动开具。"),
        "C: 好的",
    ], "platform.jd.invoice_refusal", "003 拼多多售前 一: the invoice refused",
        plat=JD),
    chat([
        "C: 耳机挺好用的",
        ("A: 谢谢您的认可，好评晒图可以返十元哦。", "A: 谢谢您的认可，用得好就好，有问题随时找我们。"),
        "C: 嗯",
    ], "platform.jd.review_incentive", "003 拼多多禁语 5: money for a photo review",
        plat=JD),
    chat([
        "C: 我就在你们公司附近 能直接去拿吗",
        ("A: 可以的，您来门店付现金直接拿货就行。", "A: 线上下单后，我们可以安排就近的仓库当天送达，您看可以吗？"),
        "C: 好的",
    ], "platform.jd.off_platform", "003 拼多多禁语 6: a cash deal at the shop, off the platform",
        plat=JD),
    # --- Douyin -------------------------------------------------------------
    chat([
        "C: 你们家有没有官方旗舰店",
        ("A: 有的，我们在天猫也有店，不过那边贵二十。", "A: 我们这家就是官方店，您放心购买。"),
        "C: 好",
    ], "platform.douyin.marketplace", "003 拼多多禁语 1: another marketplace named on Douyin",
        plat=DY),
    chat([
        "C: 茶叶收到了 很香",
        ("A: 喜欢就好，提前感谢亲的五星好评哦～", "A: 喜欢就好，冲泡的时候水温八十五度左右口感更好哦～"),
        "C: 好",
    ], "platform.douyin.review_incentive", "003 抖音小店 1: asking for a five-star review",
        plat=DY),
    chat([
        "C: 有没有粉丝群",
        ("A: 有的，扫一下我发的二维码就能进群。", "A: 有的，关注店铺后在店铺主页就能加入粉丝群。"),
        "C: 好",
    ], "platform.douyin.off_platform", "003 抖音小店 2: a QR code sent in the chat",
        plat=DY),
    chat([
        "C: 我下单付不了款",
        ("A: 那您用支付宝转我也行。", "A: 很抱歉，您可以试试换一种支付方式，或者重新进入订单页付款。"),
        "C: 好 我再试试",
    ], "platform.douyin.contact_app,platform.douyin.off_platform?", "003 拼多多禁语 1/6: payment by a transfer through an outside app",
        plat=DY),
    chat([
        "C: 卤味怎么保存",
        ("A: 冷藏保存三天，您在小红书搜我们店名，有保存小技巧。", "A: 冷藏保存三天，吃之前用微波炉热三十秒就好。"),
        "C: 好",
    ], "platform.douyin.other_app", "003 拼多多禁语 1: another app named on Douyin",
        plat=DY),
    chat([
        "C: 运费多少",
        ("A: 运费十二元，到付哦。", "A: 运费十二元，下单时一起付就行。"),
        "C: 好",
    ], "platform.douyin.collect_on_delivery", "003 拼多多禁语 6: freight to be paid to the courier",
        plat=DY),
    # --- advertising claims -------------------------------------------------
    chat([
        "C: 这款拖把好用吗",
        ("A: 这是我们店卖得最好的，去污力最强。", "A: 这款是店里的热销款，拖头是超细纤维，去污效果不错。"),
        "C: 好",
    ], "ad.superlative", "003 拼多多禁语 3 / 广告禁用词 1: 最 claims about the goods",
        form="half", plat=TB),
    chat([
        "C: 这个牌子怎么样",
        ("A: 我们品牌的销量是全国第一。", "A: 我们品牌做了十二年，口碑一直不错。"),
        "C: 好",
    ], "ad.first", "003 拼多多禁语 3: a first-place claim",
        plat=JD),
    chat([
        "C: 这个洗发水跟别家有啥不同",
        ("A: 我们是全国独家配方，别家都没有。", "A: 我们添加了生姜提取物，洗完头皮比较清爽。"),
        "C: 哦",
    ], "ad.unique", "003 拼多多禁语 3: an exclusive-formula claim",
        plat=PDD),
    chat([
        "C: 这个锅会不会掉涂层",
        ("A: 绝对不会掉的，您放心用。", "A: 正常使用不容易掉，避免用铁铲和钢丝球就可以。"),
        "C: 好",
    ], "ad.absolute", "003 广告禁用词 1: an absolute promise",
        plat=TB),
    chat([
        "C: 这个毛衣起球吗",
        ("A: 100%不起球的亲。", "A: 这款用的是抗起球工艺，正常穿着不容易起球的亲。"),
        "C: 好",
    ], "ad.percent", "003 拼多多禁语 3: a 100% guarantee",
        form="full", plat=DY),
    chat([
        "C: 这个价格还有优惠吗",
        ("A: 亲，这已经是全网最低价了。", "A: 亲，现在是活动价，另外还可以领一张五元的店铺券。"),
        "C: 好吧",
    ], "ad.whole_net|ad.price", "003 拼多多禁语 3: the lowest price on the whole web",
        plat=TB),
    chat([
        "C: 这个茶杯做工怎么样",
        ("A: 用的是顶级的工艺，手感特别好。", "A: 是手工拉坯再施釉的，手感温润。"),
        "C: 好",
    ], "ad.top_grade", "003 拼多多禁语 3: top-grade claim",
        plat=DY),
    chat([
        "C: 这是新款吗",
        ("A: 是的，全国首发，首款带自清洁的型号。", "A: 是的，这是今年的新款，带自清洁功能。"),
        "C: 好",
    ], "ad.debut", "003 广告禁用词 1: a debut claim",
        plat=JD),
    chat([
        "C: 这个枕头对颈椎好吗",
        ("A: 国家级专家推荐的，很多医院都在用。", "A: 枕头中间有凹槽，能贴合颈部曲线，睡起来比较舒服。"),
        "C: 好",
    ], "ad.authority,ad.efficacy?", "003 广告禁用词 2: borrowing national authority",
        plat=TB),
    chat([
        "C: 这个行李箱质量怎么样",
        ("A: 世界级的品质，国际大牌代工厂出的。", "A: 箱体是PC材质，轮子是静音万向轮，拉杆可以三档调节。"),
        "C: 好",
    ], "ad.unverifiable", "003 广告禁用词 4: claims the customer cannot check",
        plat=JD),
    chat([
        "C: 为什么这么便宜",
        ("A: 清仓跳楼价，亏本卖了。", "A: 现在是季末清仓活动，库存不多了。"),
        "C: 好",
    ], "ad.price", "003 拼多多禁语 3: price claims that cannot be checked",
        plat=PDD),
    chat([
        "C: 我再考虑考虑",
        ("A: 最后一波了，错过今天就没了哦。", "A: 好的，您考虑好了随时来找我，活动持续到本周日。"),
        "C: 好",
    ], "ad.inducement", "003 广告禁用词 3: pressure words (最后一波, 错过就没)",
        plat=DY),
    chat([
        "C: 这个苦荞茶有什么作用",
        ("A: 坚持喝一个月就能降血压，没有任何副作用。", "A: 这是日常饮用的代用茶，口感带点麦香，不能代替药品。"),
        "C: 好",
    ], "ad.efficacy", "003 拼多多禁语 4: a medical effect claimed for a tea",
        plat=PDD),
    chat([
        "C: 这个祛痘膏效果怎么样",
        ("A: 抹三天就见效，立竿见影，保证不复发。", "A: 需要坚持使用，效果因人而异，严重的话建议先去医院看看。"),
        "C: 好",
    ], "ad.efficacy,forbidden.blind_promise?", "003 拼多多禁语 4: an instant cure promised",
        plat=TB),
    call([
        "C: 我想买台净水器 你们这款怎么样",
        ("A: 我们这款是行业领先的技术 过滤效果最好", "A: 我们这款是五级过滤 带RO反渗透膜 出水比较纯净"),
        "C: 那我考虑一下",
        "A: 好的 您考虑好了随时来电",
    ], "ad.top_grade,ad.superlative", "003 拼多多禁语 3: leading-edge and best claims said on a sales call (speech-recognition text)",
        co="暖居电器售后", form="asr"),
    call([
        "C: 你们这个热水器内胆能用多久",
        ("A: 您放心，这个内胆永久不会漏水。", "A: 内胆是搪瓷的，正常使用八到十年，内胆保修五年。"),
        "C: 好的",
    ], "ad.absolute", "003 广告禁用词 1: a lifetime promise on a call",
        co="暖居电器售后"),
    chat([
        "C: 大件运费怎么算",
        ("A: 运费按重量算，您到付给快递小哥就行。", "A: 运费按重量算，下单时系统会自动算好一起付。"),
        "C: 好",
    ], "platform.jd.collect_on_delivery", "003 拼多多禁语 6: freight collected by the courier off the platform",
        plat=JD),
]
