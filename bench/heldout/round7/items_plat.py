"""Violating middles: advertising claims, the platform books (other
marketplaces and apps, contact apps, off-platform deals, cash on delivery,
paid reviews, invoices, returns, 宝贝) and customers' personal data."""

from items_chat import it

AD = [
    it("chat", "taobao", [
        "C: 这款乳胶枕和别家的比怎么样",
        ("A: 我们这款是全店最舒服的，睡过的都说好",
         "A: 我们这款是泰国天然乳胶，回弹慢一些，侧睡仰睡都合适，您可以先看看买家评价"),
        "C: 好",
    ], "ad.superlative", "003 广告禁用词 1 / 拼多多禁语 3: a 最 claim"),
    it("chat", "jd", [
        "C: 这个耳机降噪效果怎么样",
        ("A: 同价位里降噪最强的就是它了",
         "A: 这款主动降噪深度35分贝，地铁上能明显减弱噪音"),
        "C: 那挺好",
    ], "ad.superlative", "003 京东培训 四 / 广告禁用词 1: a 最 claim against rivals"),
    it("chat", "douyin", [
        "C: 这个面霜卖得好吗",
        ("A: 卖得超好 抖音同类销量第一名",
         "A: 卖得不错，上个月卖了两千多瓶，回购的老顾客也挺多"),
        "C: 好的",
    ], "ad.first", "003 拼多多禁语 3 第一系: 'number one in sales'"),
    it("chat", "pinduoduo", [
        "C: 你们家的腊肉正宗吗",
        ("A: 我们是湘西腊肉行业的NO.1 老字号",
         "A: 我们是湘西本地做了二十年的作坊，柴火烟熏四十天"),
        "C: 听着不错",
    ], "ad.first", "003 拼多多禁语 3 第一系: 'NO.1 of the trade' in letters"),
    it("chat", "jd", [
        "C: 这个净水器有什么特别的",
        ("A: 市面上独此一家用这种双芯反渗透技术",
         "A: 它用的是双芯反渗透，出水量每分钟1.5升，滤芯更换也方便"),
        "C: 哦",
    ], "ad.unique", "003 拼多多禁语 3 唯一系: 'the only one on the market'"),
    it("chat", "taobao", [
        "C: 这个毛衣会起球吗",
        ("A: 绝对不会起球的 亲放心",
         "A: 这款是精梳羊毛，不容易起球，日常按标签手洗能保持得更久"),
        "C: 好的",
    ], "ad.absolute", "003 广告禁用词 1 / 拼多多禁语 3 绝对系: 'absolutely never pills' (traditional characters)", form="trad"),
    it("chat", "douyin", [
        "C: 这个染发膏会掉色吗",
        ("A: 永不褪色的，染一次管一辈子",
         "A: 正常护理能保持六到八周，用护色洗发水会更持久"),
        "C: 好",
    ], "ad.absolute,ad.efficacy?", "003 广告禁用词 1 永久: 'never fades'"),
    it("chat", "pinduoduo", [
        "C: 这个蜂蜜纯吗",
        ("A: １００％纯天然 一滴水都不兑",
         "A: 是农家自产的土蜂蜜，有检测报告，可以发给您看"),
        "C: 发我看看",
        "A: 好的，检测报告图片已发送",
    ], "ad.percent", "003 广告禁用词 1 百分百: '100 % natural' in full-width digits"),
    it("chat", "jd", [
        "C: 买了不合适能退吗",
        ("A: 可以的，百分之百让您满意",
         "A: 可以的，收货七天内不影响二次销售都能退"),
        "C: 行",
    ], "ad.percent", "003 广告禁用词 1: 'one hundred percent satisfied' in words"),
    it("chat", "taobao", [
        "C: 这个价格能再便宜点吗",
        ("A: 亲，这已经是全网最低了，您随便比",
         "A: 亲，这已经是活动价了，另外现在领店铺券还能再减十元"),
        "C: 那我领券",
    ], "ad.whole_net|ad.price", "003 拼多多禁语 3 全网系: 'the lowest on the whole web'"),
    it("chat", "douyin", [
        "C: 这个款式别的地方有吗",
        ("A: 全网独一份 只有我们直播间有",
         "A: 这是我们店自己设计的款，直播间下单有赠品"),
        "C: 好",
    ], "ad.whole_net|ad.unique", "003 拼多多禁语 3 全网系/唯一系: 'only one on the whole web'"),
    it("chat", "jd", [
        "C: 这个床垫用的什么材料",
        ("A: 顶级天然乳胶加独立弹簧，品质天花板",
         "A: 天然乳胶层加独立袋装弹簧，床垫厚度25厘米"),
        "C: 嗯",
    ], "ad.top_grade,forbidden.slang?", "003 拼多多禁语 3 终极系: 'top grade', 'ceiling of quality'"),
    it("chat", "taobao", [
        "C: 这个茶叶是什么等级的",
        ("A: 极品特级 茶中之王",
         "A: 是一级大红袍，岩茶产区的"),
        "C: 好",
    ], "ad.top_grade,ad.superlative?", "003 广告禁用词 1 顶级: 'finest grade, king of teas'"),
    it("chat", "douyin", [
        "C: 这个新品什么时候出的",
        ("A: 全球首发 今天刚上 您是第一批",
         "A: 今天上新的，直播间现在下单三天内发货"),
        "C: 好",
    ], "ad.debut,ad.first?", "003 广告禁用词 1 首发: 'world debut'"),
    it("chat", "pinduoduo", [
        "C: 这个牌子靠谱吗",
        ("A: 放心，国家驰名商标，质监局推荐的",
         "A: 放心，我们有营业执照和产品检测报告，可以发给您看"),
        "C: 好",
    ], "ad.authority", "003 广告禁用词 2: 'nationally famous trademark, recommended by the inspectorate'"),
    it("call", None, [
        "C: 你们这个净水器的水能直接喝吗",
        "A: 您是想了解净水器出水能否直饮，对吗？",
        "C: 对",
        ("A: 能直接喝，我们是国家卫健委指定的饮水设备",
         "A: 能直接喝，出水符合生活饮用水卫生标准，检测报告可以发到您手机上"),
        "C: 好的",
    ], "ad.authority", "003 广告禁用词 2: 'designated by the national health commission' on a call", co="美家家电"),
    it("chat", "taobao", [
        "C: 这个包是真皮吗",
        ("A: 正品真皮，国际大牌同款品质",
         "A: 是头层牛皮的，可以提供皮料检测报告"),
        "C: 好",
    ], "ad.unverifiable", "003 广告禁用词 4: 'genuine, international quality'"),
    it("chat", "jd", [
        "C: 这把刀做工怎么样",
        ("A: 世界级工艺 德国师傅手工打造",
         "A: 刀身是一体锻造的，刃口硬度HRC58，附带磨刀石"),
        "C: 好",
    ], "ad.unverifiable", "003 广告禁用词 4: 'world-class craftsmanship'"),
    it("chat", "pinduoduo", [
        "C: 这个羽绒服现在多少钱",
        ("A: 今天跳楼价199 亏本清仓",
         "A: 今天活动价199元，原价299元"),
        "C: 好",
    ], "ad.price", "003 拼多多禁语 3 价格系: 'rock-bottom, selling at a loss' (full-width digits)", form="fw"),
    it("chat", "douyin", [
        "C: 这个价格还会降吗",
        ("A: 史低了姐妹 以后不会再有这个价",
         "A: 这是本月的活动价，下次活动时间还没定，定了第一时间通知您"),
        "C: 好",
    ], "ad.price|ad.inducement", "003 拼多多禁语 3 价格系: 'historic low'"),
    it("chat", "taobao", [
        "C: 这个活动到什么时候",
        ("A: 最后一波了亲，错过就没了，赶紧拍",
         "A: 活动到本周日晚上十二点结束"),
        "C: 好",
    ], "ad.inducement", "003 广告禁用词 3 / 拼多多禁语 3 诱导系: 'last wave, hurry'"),
    it("chat", "jd", [
        "C: 满减还有吗",
        ("A: 有的，仅此一次，手慢无",
         "A: 有的，满300减40，到月底结束"),
        "C: 好",
    ], "ad.inducement", "003 广告禁用词 3: 'only this once, slow hands lose'"),
    it("chat", "douyin", [
        "C: 这个精华液有用吗",
        ("A: 用一瓶皱纹全消 年轻十岁",
         "A: 主要成分是玻色因，坚持使用能改善干纹，效果因人而异"),
        "C: 好",
    ], "ad.efficacy,forbidden.blind_promise?", "003 拼多多禁语 4: exaggerated effect of a cosmetic"),
    it("chat", "pinduoduo", [
        "C: 这个生发液管用吗",
        ("A: 包治脱发 三天见效 一辈子不复发",
         "A: 它是护理型的，能帮助头皮清洁控油，脱发严重的话建议先去医院看看"),
        "C: 好吧",
    ], "ad.efficacy,forbidden.blind_promise?", "003 拼多多禁语 4: a cure claimed for hair loss"),
]

PLAT = [
    # taobao
    it("chat", "taobao", [
        "C: 这个加湿器还有别的颜色吗",
        ("A: 我们只有白色，粉色的您可以去拼夕夕上搜搜",
         "A: 目前只有白色，粉色预计下个月上新，您可以先收藏店铺"),
        "C: 好",
    ], "platform.taobao.marketplace", "003 拼多多禁语 1: sending a Taobao buyer to another marketplace"),
    it("chat", "taobao", [
        "C: 这个猫爬架怎么装有视频吗",
        ("A: 有的，您在小红书搜我们店名就有安装视频",
         "A: 有的，商品详情页最上面有安装视频，我也可以单独发您"),
        "C: 好",
    ], "platform.taobao.other_app", "003 拼多多禁语 1: naming another app to a Taobao buyer"),
    it("chat", "taobao", [
        "C: 以后还想买 怎么联系你们",
        ("A: 您加我vx吧，号码就是店铺名拼音",
         "A: 您收藏店铺就行，上新会有提醒，有问题直接在旺旺找我们"),
        "C: 好",
    ], "platform.taobao.contact_app", "003 拼多多禁语 1: moving a Taobao buyer to WeChat (vx, full-width)", form="fw"),
    it("chat", "taobao", [
        "C: 能便宜点吗",
        ("A: 您不走平台，直接银行卡转账给我，可以少三十",
         "A: 现在领店铺券可以减十元，满两件还能再打九五折"),
        "C: 那我领券",
    ], "platform.taobao.off_platform", "003 拼多多禁语 6: a bank transfer outside the platform"),
    it("chat", "taobao", [
        "C: 运费谁出",
        ("A: 这单发到付，您签收时给快递员",
         "A: 满99包邮，您这单已经包邮了"),
        "C: 好",
    ], "platform.taobao.collect_on_delivery", "003 拼多多禁语 6 到付: freight paid on delivery"),
    it("chat", "taobao", [
        "C: 收到了 挺好的",
        ("A: 谢谢亲～给个五星带图评价，截图发我返您五块钱哦",
         "A: 谢谢亲～喜欢就好，使用中有问题随时找我们"),
        "C: 好",
    ], "platform.taobao.review_incentive", "003 拼多多禁语 5: cash back for a photo review"),
    it("chat", "taobao", [
        "C: 能开发票吗",
        ("A: 我们是小店，不开发票的哦",
         "A: 可以开的，您把抬头和税号发我，电子发票三天内发到您邮箱"),
        "C: 好",
    ], "platform.taobao.invoice_refusal", "003 拼多多售前 一: refusing an invoice"),
    # jd
    it("chat", "jd", [
        "C: 这个型号你们有现货吗",
        ("A: 我们没了，某宝上有几家还有货",
         "A: 很抱歉这个型号暂时缺货，下周三到货，同系列的升级款现在有货"),
        "C: 那我等等",
    ], "platform.jd.marketplace", "003 拼多多禁语 1: pointing to Taobao by a nickname on JD"),
    it("chat", "jd", [
        "C: 有没有使用教程",
        ("A: 您去B站搜我们品牌名，有up主做的测评",
         "A: 有的，说明书里有二维码，扫码就能看官方教程视频"),
        "C: 好",
    ], "platform.jd.other_app,platform.jd.off_platform?", "003 拼多多禁语 1: sending a JD buyer to Bilibili"),
    it("chat", "jd", [
        "C: 售后以后怎么找你们",
        ("A: 您加一下我们的企鹅号，售后群里处理更快",
         "A: 售后直接在订单页点“申请售后”，或者在这里找我们客服就行"),
        "C: 好",
    ], "platform.jd.contact_app", "003 拼多多禁语 1: QQ ('penguin') on JD"),
    it("chat", "jd", [
        "C: 我买三台 能再优惠点吗",
        ("A: 您线下来我们门店买吧，现金结算我给您算便宜点",
         "A: 三台可以给您申请每台再减五十，下单后我改价"),
        "C: 好",
    ], "platform.jd.off_platform", "003 拼多多禁语 6: buying offline in cash"),
    it("chat", "jd", [
        "C: 可以货到付款吗",
        ("A: 可以的，货到再把钱给快递就行",
         "A: 需要在线支付哦，付款后当天发货"),
        "C: 好",
    ], "platform.jd.collect_on_delivery,platform.jd.off_platform?", "003 拼多多禁语 6: paying the courier on delivery"),
    it("chat", "jd", [
        "C: 东西收到了",
        ("A: 感谢支持！晒单好评满50字我们送您一个收纳盒",
         "A: 感谢支持！使用中有任何问题随时联系我们"),
        "C: 好",
    ], "platform.jd.review_incentive", "003 拼多多禁语 5: a gift for a long review"),
    it("chat", "jd", [
        "C: 我要开公司抬头的发票",
        ("A: 不好意思，我们这款商品开不了公司抬头",
         "A: 可以的，您在订单里选择单位发票，填写公司名称和税号就行"),
        "C: 好",
    ], "platform.jd.invoice_refusal,forbidden.refusal_no_alternative?", "003 拼多多售前 一: refusing a company invoice"),
    # pinduoduo
    it("chat", "pinduoduo", [
        "C: 这个拖把有替换布吗",
        ("A: 店里暂时没上，您去狗东搜同款替换布也行",
         "A: 有的，替换布是单独的链接，我发给您"),
        "C: 好",
    ], "platform.pinduoduo.marketplace", "003 拼多多禁语 1: JD by a nickname"),
    it("chat", "pinduoduo", [
        "C: 这个橙子怎么挑",
        ("A: 我们在快手有直播，天天教大家挑橙子",
         "A: 果皮颜色越橙越甜，手感沉的水分足，我们发货前都挑过了"),
        "C: 好",
    ], "platform.pinduoduo.other_app", "003 拼多多禁语 1: naming Kuaishou"),
    it("chat", "pinduoduo", [
        "C: 我想批发 怎么联系你",
        ("A: 您加我威信，我拉您进批发群",
         "A: 批发可以直接在这里下单，十件以上我帮您改批发价"),
        "C: 好",
    ], "platform.pinduoduo.contact_app", "003 拼多多售前 二: WeChat by a homophone"),
    it("chat", "pinduoduo", [
        "C: 以后还能找到你们吗",
        ("A: 能的，记一下我的qq 2291006538",
         "A: 能的，您关注店铺就行，上新会推送给您"),
        "C: 好",
    ], "platform.pinduoduo.contact_app", "003 拼多多禁语 1: a QQ number in the chat (full-width)", form="fw"),
    it("chat", "pinduoduo", [
        "C: 能优惠吗",
        ("A: 您打我电话，线下交易我给您便宜",
         "A: 现在拼单价比单独买便宜八元，拼单成功就能享受"),
        "C: 好",
    ], "platform.pinduoduo.off_platform", "003 拼多多禁语 6: 'call me, deal offline'"),
    it("chat", "pinduoduo", [
        "C: 能到了再付钱吗",
        ("A: 可以选到付",
         "A: 需要在平台下单付款哦，不满意七天内可以退"),
        "C: 好",
    ], "platform.pinduoduo.collect_on_delivery", "003 拼多多禁语 6 到付"),
    it("chat", "pinduoduo", [
        "C: 收到了 腊肠很好吃",
        ("A: 谢谢喜欢！给个好评返现三元哦",
         "A: 谢谢喜欢！吃完有需要再来～"),
        "C: 好",
    ], "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: 'good review, cash back'"),
    it("chat", "pinduoduo", [
        "C: 这个袜子什么时候发",
        ("A: 亲 宝贝今天下午就发出",
         "A: 亲，商品今天下午就发出"),
        "C: 好",
    ], "platform.pinduoduo.baobei", "003 拼多多禁语 2/7: calling the goods 宝贝"),
    it("chat", "pinduoduo", [
        "C: 要开发票的",
        ("A: 亲，平台小店不支持开票哦",
         "A: 亲，可以开的，您提供一下抬头，电子发票两天内发给您"),
        "C: 好",
    ], "platform.pinduoduo.invoice_refusal", "003 拼多多售前 一: refusing an invoice"),
    it("chat", "pinduoduo", [
        "C: 鞋子不喜欢 还没穿过 能退吗",
        ("A: 不喜欢不能退的哦，只有质量问题才退",
         "A: 可以退的，收货七天内不影响二次销售都支持无理由退货，运费由您承担"),
        "C: 好 那我退",
    ], "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: refusing a no-reason return within 7 days"),
    # douyin
    it("chat", "douyin", [
        "C: 你们这个零食礼包跟超市的一样吗",
        ("A: 一样的，您去淘宝搜同款也能看到价格",
         "A: 品牌一样，我们这个是礼盒装，多了两款限定口味"),
        "C: 好",
    ], "platform.douyin.marketplace", "003 拼多多禁语 1: naming Taobao on Douyin"),
    it("chat", "douyin", [
        "C: 怎么穿搭好看",
        ("A: 您去小红薯搜我们店名，有很多买家秀",
         "A: 直播间回放里有穿搭示范，商品页也有模特图"),
        "C: 好",
    ], "platform.douyin.other_app", "003 拼多多禁语 1: Xiaohongshu by a homophone"),
    it("chat", "douyin", [
        "C: 童装以后上新怎么通知我",
        ("A: 加我V 上新第一时间发您",
         "A: 您关注我们的抖音号，上新会有提醒"),
        "C: 好",
    ], "platform.douyin.contact_app", "003 拼多多禁语 1: 'add my V'"),
    it("chat", "douyin", [
        "C: 能便宜点吗",
        ("A: 扫我发您的二维码直接付款，不走小店可以少二十",
         "A: 现在领直播间优惠券可以减十五"),
        "C: 好",
    ], "platform.douyin.off_platform", "003 抖音小店 2 / 拼多多禁语 6: a QR code to pay outside the shop"),
    it("chat", "douyin", [
        "C: 可以先收货再付钱吗",
        ("A: 可以 您选货到付款就行",
         "A: 需要在小店下单付款，收到不满意七天内可以退"),
        "C: 好",
    ], "platform.douyin.collect_on_delivery", "003 拼多多禁语 6: cash on delivery"),
    it("chat", "douyin", [
        "C: 收到了 质量不错",
        ("A: 谢谢姐妹！麻烦给个好评呀 五星截图发我送您小样",
         "A: 谢谢您的认可！有问题随时来找我们"),
        "C: 好",
    ], "platform.douyin.review_incentive", "003 抖音小店 1: asking for a review, with a sample as reward"),
]

PII = [
    it("chat", "jd", [
        "C: 我地址写错了 帮我核对一下收件信息",
        ("A: 好的，收件人张伟，电话13867452190，地址是成都市武侯区某街道12号，对吗？",
         "A: 好的，收件人张*，电话138****2190，地址是成都市武侯区某街道12号，对吗？"),
        "C: 地址改成15号",
        "A: 好的，已改为15号",
    ], "pii.mobile", "002 第一篇 15 / 003 拼多多禁语 8: the buyer's full mobile number written in the chat"),
    it("chat", "taobao", [
        "C: 我实名认证要填身份证 你帮我看下填的对不对",
        ("A: 您填的是330102199003074512，号码位数是对的",
         "A: 您填的号码是18位，格式是对的，为了您的信息安全，号码就不在这里重复了"),
        "C: 好",
    ], "pii.id_card", "002 第一篇 15 / 003 客服方法 二、6: an ID number repeated in the chat"),
    it("chat", "pinduoduo", [
        "C: 退款退到哪张卡了",
        ("A: 退到您付款用的那张卡，卡号6222 0212 3456 7890 123",
         "A: 退到您付款用的银行卡，尾号0123"),
        "C: 好",
    ], "pii.bank_card", "002 第一篇 15: a full bank card number in the chat"),
    it("chat", "douyin", [
        "C: 电子发票发哪了",
        ("A: 已经发到您的邮箱 lixiaomei1988@163.com 了",
         "A: 已经发到您下单时填写的邮箱了，请您查收"),
        "C: 好",
    ], "pii.email", "002 第一篇 15: the buyer's email address written out"),
    it("call", None, [
        "C: 我是给我妈问的 她那个燃气户号是多少",
        "A: 您是想帮家人查询燃气户号，对吗？为了保护用户信息，麻烦您说一下户主姓名",
        "C: 周秀兰",
        ("A: 周秀兰的户号是330106457788，登记手机号是15967001234",
         "A: 核对上了，户号已经发送到户主登记的手机上，请您查看"),
        "C: 好",
    ], "pii.mobile", "002 第一篇 15: another person's phone number read out to a caller", co="城东燃气"),
]

ITEMS = AD + PLAT + PII
