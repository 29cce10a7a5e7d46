"""Violating middles: advertising claims, platform books, personal data."""
from common import V

ITEMS = [
# ---- advertising claims
V("ad.superlative", "tb", """
C: 这款空气炸锅好用吗
[A: 这是我们店卖得最火最好用的一款|A: 这款是我们店的热销款，5升容量，一次能做一只整鸡]
""", "003 广告禁用词 1 最: 最火最好用"),
V("ad.superlative", "jd", """
C: 这个耳机降噪咋样
[A: 同价位降噪天花板 没有之一|A: 降噪深度是40分贝，地铁和飞机上都能明显隔绝噪音]
""", "003 最系列 / 京东培训 四 自吹自擂: 天花板 没有之一", expect_alt="ad.superlative|ad.unique|ad.absolute"),
V("ad.superlative", "dy", """
C: 这个精华适合熬夜党吗
[A: 超适合 熬夜党的最強救星|A: 适合的，含有烟酰胺和维C，能改善熬夜后的暗沉]
""", "003 最系列: 最強 in traditional characters"),
V("ad.first", "tb", """
C: 你们这个牌子有名吗
[A: 亲，我们是床品类目销量NO.1哦|A: 亲，我们品牌做床品十二年了，店铺有三百多万顾客在回购哦]
""", "003 第一系: NO.1", expect_alt="ad.first,forbidden.english?"),
V("ad.first", "pdd", """
C: 这个锅质量靠谱吗
[A: 放心 我们是全国銷量第一的炊具品牌|A: 放心，我们的锅都通过了食品级检测，支持七天无理由退货]
""", "003 第一系: 全国銷量第一 (mixed characters)"),
V("ad.unique", "jd", """
C: 这个设计别家也有吗
[A: 没有 这是我们家绝无仅有的专利设计|A: 这是我们自己设计的款式，已经申请了外观专利]
""", "003 唯一系: 绝无仅有"),
V("ad.unique", "dy", """
C: 别的店也卖这个吗
[A: 全网仅此一家 别处买不到哦|A: 这款是我们品牌自营的，在我们店里购买有正规售后保障哦]
""", "003 唯一系: 仅此一家 (全网 fair)", expect_alt="ad.unique|ad.whole_net"),
V("ad.absolute", "tb", """
C: 这个牛仔裤会掉色吗
[A: 绝对不掉色 放心穿|A: 我们的牛仔裤经过固色处理，建议首次单独冷水清洗]
""", "003 绝对系: 绝对不掉色"),
V("ad.absolute", "pdd", """
C: 这个收纳箱结实吗
[A: 超结实 保证永不变形|A: 挺结实的，箱体是加厚PP材质，承重30斤左右]
""", "003 绝对系: 永不变形", expect_alt="ad.absolute|forbidden.blind_promise"),
V("ad.percent", "dy", """
C: 这个蜂蜜是纯的吗
[A: １００％纯天然 无任何添加|A: 我们的蜂蜜是成熟蜜，配料表上只有蜂蜜一种成分]
""", "003 绝对系: １００％ in full-width digits", expect_alt="ad.percent,ad.absolute?"),
V("ad.whole_net", "pdd", """
C: 能再便宜点吗
[A: 亲 这价格全网都找不到比我们更便宜的了|A: 亲，这个已经是活动价了，您可以领一张满49减5的店铺券]
""", "003 全网系: 全网找不到更便宜", expect_alt="ad.whole_net|ad.price"),
V("ad.whole_net", "tb", """
C: 这款卖得好吗
[A: 全网销量冠军 每天卖好几千单|A: 卖得挺好的，店铺已经有两万多条评价了]
""", "003 全网系: 全网销量冠军 (冠军 fair as first)", expect_alt="ad.whole_net,ad.first?"),
V("ad.top_grade", "jd", """
C: 这个茶叶怎么样
[A: 这可是极品好茶 巅峰之作|A: 这是今年的明前龙井，一芽一叶，香气很足]
""", "003 终极系: 极品 / 巅峰"),
V("ad.top_grade", "dy", """
C: 这个气垫贵在哪
[A: 用的是頂級進口原料|A: 用的是进口原料，粉质细腻，持妆八小时左右]
""", "003 终极系: 頂級 in traditional characters", expect_alt="ad.top_grade|ad.unverifiable"),
V("ad.debut", "jd", """
C: 这款手机是新出的吗
[A: 是的 全球首发 这周刚上市|A: 是的，这周刚上市的新款]
""", "003 广告禁用词 1: 全球首发"),
V("ad.authority", "tb", """
C: 这个枕头有啥特别的
[A: 央视都推荐过的 国家级品质|A: 枕芯是记忆棉，可以贴合颈椎曲线，有高低两种可选]
""", "003 权威词: 央视推荐 / 国家级"),
V("ad.authority", "pdd", """
C: 这个净水器靠谱吗
[A: 国家权威机构认证 质量杠杠的|A: 这款通过了卫生许可批件，滤芯是五级过滤]
""", "003 权威词: 国家权威机构认证 (杠杠的 slang fair)", expect_alt="ad.authority,forbidden.slang?"),
V("ad.unverifiable", "dy", """
C: 这个口红火吗
[A: 万人疯抢的爆款 史无前例的好卖|A: 挺受欢迎的，这个月已经卖出三千多支]
""", "003 无法考证的词: 万人疯抢 / 史无前例", expect_alt="ad.unverifiable|ad.inducement|ad.superlative"),
V("ad.price", "tb", """
C: 这价格怎么这么低
[A: 老板血亏 跳楼价清仓|A: 这是换季活动价，活动到本周日结束]
""", "003 价格系: 跳楼价 / 血亏", expect_alt="ad.price,ad.inducement?"),
V("ad.price", "jd", """
C: 还能再优惠吗
[A: 已经是成本价了 亏本卖您|A: 这个已经是活动价了，下单还能叠加使用京豆抵扣]
""", "003 价格系: 成本价 / 亏本"),
V("ad.inducement", "dy", """
C: 我想等等再买
[A: 亲 手慢无哦 库存就剩最后几件了|A: 好的亲，活动持续到月底，您考虑好了随时下单]
""", "003 诱导系: 手慢无 / 最后几件"),
V("ad.inducement", "pdd", """
C: 这个活动到啥时候
[A: 今天最后一天 过时不候 赶紧下单|A: 活动到今天晚上12点结束]
""", "003 诱导系 / 广告禁用词 3: 最后一天 过时不候 赶紧下单"),
V("ad.inducement", "tb", """
C: 我再考虑考虑
[A: 再犹豫就被抢光了哦 现在拍立减50|A: 好的，您慢慢考虑，现在拍下立减50元，活动到周日结束]
""", "003 诱导系: 再犹豫就被抢光"),
V("ad.efficacy", "dy", """
C: 这个祛斑霜有用吗
[A: 用完一瓶斑全没了 彻底根治|A: 这款主要成分是烟酰胺，坚持使用可以帮助淡化色沉，效果因人而异]
""", "003 拼多多禁语 4 过分夸大: 根治"),
V("ad.efficacy", "pdd", """
C: 这个减肥茶多久见效
[A: 一周掉秤五斤 不反弹 无副作用|A: 这是一款代用茶，不能代替饮食和运动，建议搭配规律作息]
""", "003 拼多多禁语 4: 一周掉秤五斤 不反弹 无副作用"),
# ---- platform books
V("platform.taobao.contact_app", "tb", """
C: 有问题以后怎么联系你们
[A: 亲可以加一下我们的vx：nuanju88，有啥问题直接找我|A: 亲，有问题您随时在这里留言，我们客服会第一时间回复您]
""", "003 拼多多禁语 1 第三方平台信息: vx"),
V("platform.taobao.contact_app", "tb", """
C: 能发我几张实拍图吗 这里看不清
[A: 图片太多 您加我企鹅吧 我发您|A: 好的，我这就给您发几张实拍图]
A: 这几张是自然光下拍的，颜色比较准
""", "003 拼多多禁语 1: 企鹅 for QQ", expect_alt="platform.taobao.contact_app|platform.taobao.other_app"),
V("platform.taobao.marketplace", "tb", """
C: 我在别的地方看到更便宜的
[A: 亲 狗东上那种是旧款哦|A: 亲，我们这款是今年的新款，面料和版型都做了升级]
""", "003 拼多多禁语 1: 狗东 for JD"),
V("platform.taobao.other_app", "tb", """
C: 有没有穿搭视频
[A: 小红薯上搜我们店名就有好多|A: 有的，商品主图第一个就是穿搭视频，您点开就能看]
""", "003 拼多多禁语 1: 小红薯 for 小红书"),
V("platform.taobao.off_platform", "tb", """
C: 能不能便宜点 我直接给你钱
[A: 可以啊 您直接转我支付宝 我给您少二十|A: 亲，为了保障您的权益，请在平台下单付款哦，我给您申请一张二十元的优惠券]
""", "003 拼多多禁语 6 其它交易方式: 转我支付宝", expect_alt="platform.taobao.off_platform|platform.taobao.other_app"),
V("platform.taobao.collect_on_delivery", "tb", """
C: 运费能不能我收到再付
[A: 可以的亲 给您发到付|A: 亲，运费需要下单时一起支付，满99元就包邮哦]
""", "003 拼多多禁语 6 到付"),
V("platform.taobao.review_incentive", "tb", """
C: 收到了 挺好的
[A: 谢谢亲 五星好评截图发我 返您五块红包|A: 谢谢亲的认可，用得满意的话欢迎再来哦]
""", "003 拼多多禁语 5 好评返现"),
V("platform.taobao.invoice_refusal", "tb", """
C: 可以开发票吗
[A: 亲 我们这边小店不开票的哦|A: 可以的亲，您在订单页申请开票，填写抬头和税号，电子发票三天内开好]
""", "003 拼多多售前 一 不能拒绝开票"),
V("platform.jd.contact_app", "jd", """
C: 安装的时候能提前联系我吗
[A: 您加一下師傅的V信 到時候直接聯繫|A: 可以的，师傅上门前一小时会打电话联系您]
""", "003 拼多多禁语 1: V信 in traditional characters"),
V("platform.jd.marketplace", "jd", """
C: 为啥你们比别家贵
[A: TB和PDD上那些都是仿的|A: 我们是品牌自营，支持正规发票和全国联保]
""", "003 拼多多禁语 1: TB and PDD"),
V("platform.jd.other_app", "jd", """
C: 这个怎么安装有教程吗
[A: 您去抖Y搜一下型号 有安装视频|A: 有的，商品详情页有安装视频，包装里也有图文说明书]
""", "003 拼多多禁语 1: 抖Y for 抖音"),
V("platform.jd.off_platform", "jd", """
C: 能不能线下交易 我就在你们厂附近
[A: 可以的 您来厂里直接拿货付现金就行|A: 很抱歉，为了保障您的售后权益，请您在店铺下单，我们当天就能发到您附近]
""", "003 拼多多禁语 6 其它交易方式: 付现金 at the factory"),
V("platform.jd.collect_on_delivery", "jd", """
C: 这个大件运费怎么算
[A: 大件运费是到付的 送到的时候给师傅|A: 大件运费已经包含在价格里了，送货上门不再收费]
""", "003 拼多多禁语 6 到付: 运费到付"),
V("platform.jd.review_incentive", "jd", """
C: 东西收到了
[A: 好评带图追加一百个京豆给您|A: 收到就好，用的时候有任何问题随时联系我们]
""", "003 拼多多禁语 5 好评返现: 京豆 for a review"),
V("platform.jd.invoice_refusal", "jd", """
C: 我要开个专票
[A: 专票开不了 只有普票|A: 可以的，麻烦您提供公司名称、税号、开户行和注册地址，专票三个工作日内寄出]
""", "003 拼多多售前 一: 专票开不了"),
V("platform.douyin.contact_app", "dy", """
C: 我想问问代理怎么做
[A: 您加我wx 详细跟您说|A: 感谢您的关注，代理合作请您点店铺首页的商务合作提交申请，专员会联系您]
""", "003 拼多多禁语 1: wx"),
V("platform.douyin.marketplace", "dy", """
C: 你们有别的店吗
[A: 我们在某宝也有店 搜店名就行|A: 我们只有这一家官方店铺哦，关注店铺就能看到上新]
""", "003 拼多多禁语 1: 某宝"),
V("platform.douyin.other_app", "dy", """
C: 有没有直播
[A: 晚上八点块手直播间见|A: 有的，每晚八点在我们抖音直播间直播，记得关注哦]
""", "003 拼多多禁语 1: 块手 for 快手"),
V("platform.douyin.off_platform", "dy", """
C: 我想多买几箱能团购吗
[A: 可以的 扫一下我发的二维码进群 群里团购价更低|A: 可以的，买三箱以上店铺自动打九折，直接在这里下单就行]
""", "003 抖音小店 2 二维码 / 拼多多禁语 6"),
V("platform.douyin.collect_on_delivery", "dy", """
C: 我想先看货再付钱
[A: 可以选货到付款哦|A: 理解您的顾虑，我们支持七天无理由退货，收到不满意可以退]
""", "003 拼多多禁语 6 到付: 货到付款"),
V("platform.douyin.review_incentive", "dy", """
C: 用着挺好的
[A: 那麻烦给个五星好评呀 好评送您一个小样|A: 谢谢您的认可，您用得开心就好]
""", "003 抖音小店 1 邀请对方写好评: a sample for a five-star review"),
V("platform.pinduoduo.contact_app", "pdd", """
C: 有没有售后群
[A: 有的 加我薇 我拉您进群|A: 有问题直接在这里联系我们客服就可以，我们会第一时间回复您]
""", "003 拼多多售前 二 拼音谐音都不可以: 薇 for 微信"),
V("platform.pinduoduo.contact_app", "pdd", """
C: 能加个联系方式吗
[A: 可以 扣扣号是 3 3 8 0 1 2 5 6 7|A: 亲，有需要您随时在这里找我们哦]
""", "003 拼多多售前 二: 扣扣 with a spaced-out number"),
V("platform.pinduoduo.marketplace", "pdd", """
C: 这个跟天猫的一样吗
[A: 一样的 天猫店也是我们开的|A: 是同款的，都是品牌方供货]
""", "003 拼多多禁语 1: the agent names 天猫 (the customer did first)"),
V("platform.pinduoduo.other_app", "pdd", """
C: 怎么做比较好吃
[A: 您上下厨房app搜一下 菜谱多|A: 我给您推荐一个做法：冷水下锅煮十分钟，捞出淋上酱汁就可以了]
""", "003 拼多多禁语 1: 下厨房 app"),
V("platform.pinduoduo.off_platform", "pdd", """
C: 我要批发一百件
[A: 批发的话您私下打款给我 走对公账户便宜|A: 一百件可以走店铺的批发价，直接在这里拍下，我给您改价]
""", "003 拼多多禁语 6 其它交易方式: 私下打款"),
V("platform.pinduoduo.collect_on_delivery", "pdd", """
C: 邮费多少
[A: 偏远地区邮费是收货时付给快递的|A: 偏远地区需要补12元运费，下单时一起支付]
""", "003 拼多多禁语 6 到付: paid to the courier on receipt"),
V("platform.pinduoduo.review_incentive", "pdd", """
C: 收到货了 还不错
[A: 亲 晒图好评联系客服领两元红包哦|A: 亲，收到满意就好，有问题随时联系我们]
""", "003 拼多多禁语 5 好评返现"),
V("platform.pinduoduo.baobei", "pdd", """
C: 那个蓝色的还有吗
[A: 亲 这款寶貝蓝色还有货哦|A: 亲，这款蓝色还有货哦]
""", "003 拼多多禁语 7 不能说宝贝: 寶貝 in traditional characters"),
V("platform.pinduoduo.baobei", "pdd", """
C: 发货了没
[A: 已经发了哦 baby 明天就到|A: 已经发了哦，明天就到]
""", "003 拼多多禁语 2/7: baby as 宝贝", expect_alt="platform.pinduoduo.baobei,forbidden.english?"),
V("platform.pinduoduo.invoice_refusal", "pdd", """
C: 能开发票吗 公司报销
[A: 拼单价不含票哦|A: 可以开的，您在订单详情点申请发票，填好抬头税号就行]
""", "003 拼多多售前 一: 不含票"),
V("platform.pinduoduo.return_refusal", "pdd", """
C: 我想退 不太喜欢这个颜色
[A: 亲 颜色问题不属于质量问题 不给退哦|A: 亲，支持七天无理由退货，您在订单页申请退货就可以]
""", "003 拼多多售后 三、1 支持7天无理由退换"),
V("platform.pinduoduo.return_refusal", "pdd", """
C: 我刚收到 想退货 还没拆
[A: 特价商品售出概不退换哈|A: 好的亲，没拆封的可以直接申请七天无理由退货]
""", "003 拼多多售后 三、1: 特价商品概不退换"),
# ---- personal data
V("pii.mobile", "tb", """
C: 帮我看看我的收货电话对不对
[A: 您的收货电话是13857214639，没错的|A: 您的收货电话是138****4639，没错的]
""", "003 拼多多禁语 8 完整的电话好吗发出去: the full number written back"),
V("pii.id_card", "jd", """
C: 我实名认证的信息对吗
[A: 您认证的身份证是330106198804123521|A: 您认证的身份证号尾号是3521，信息正确]
""", "002 第一篇 15 / 003 客服方法 二、6: a full ID number in a chat"),
V("pii.bank_card", "dy", """
C: 退款退到哪张卡了
[A: 退到您尾号为…不对 是卡号6228 4800 4512 8870这张|A: 退到您尾号8870的银行卡了]
""", "002 第一篇 15: a full card number (passes Luhn), spaced in fours"),
V("pii.email", "jd", """
C: 发票发到哪个邮箱了
[A: 发到 chenyu.work@163.com 了|A: 发到您预留的邮箱了，邮箱开头是chen]
""", "002 第一篇 15: a full e-mail address"),
]
