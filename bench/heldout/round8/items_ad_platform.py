"""Violating middles: advertising claims and the platform books."""
from common import Item as I

SUP = "ad.superlative|ad.top_grade|ad.absolute|ad.first"
R_SUP = "003 拼多多禁语 3 (最系列/终极系/绝对系), 广告禁用词 1, 京东培训 四: superlative self-praise"
FIRST = "ad.first|ad.unique|ad.whole_net|ad.debut|ad.superlative"
R_FIRST = "003 拼多多禁语 3 (第一系/唯一系/全网系), 广告禁用词 1 (首发): first / only / whole-net claims"
EFF = "ad.efficacy"
R_EFF = "003 拼多多禁语 4: exaggerated efficacy"
PRICE = "ad.price|ad.inducement|ad.superlative"
R_PRICE = "003 拼多多禁语 3 价格系: price claims (lowest, loss-making, near free)"
IND = "ad.inducement"
R_IND = "003 拼多多禁语 3 诱导系, 广告禁用词 3 (最后一波, 仅此一次): urgency to push a purchase"


def plat(p, kinds):
  return "|".join(f"platform.{p}.{k}" for k in kinds)


CONTACT = ("contact_app", "off_platform", "other_app")
TRADE = ("off_platform", "contact_app", "collect_on_delivery")
APP = ("other_app", "marketplace", "contact_app")
R_CONTACT = "003 拼多多禁语 1, 拼多多售前 二 (谐音也不行): a third-party contact app named, or contact moved off the platform"
R_TRADE = "003 拼多多禁语 6 / 抖音小店 2: a trade outside the platform (转账, 线下, 收款码, 私单)"
R_COD = "003 拼多多禁语 6 (到付): collect-on-delivery offered"
R_APP = "003 拼多多禁语 1: another marketplace or app named to the customer"
R_REVIEW = "003 拼多多禁语 5 (好评返现), 抖音小店 1 (邀请好评): a reward or request for a good review"
R_INV = "003 拼多多售前 一: an invoice refused"
R_RET = "003 拼多多售后 三、1: seven-day no-reason return refused"
R_BAOBEI = "003 拼多多禁语 2, 7: 宝贝 used on Pinduoduo"

ITEMS = [
  # ---- superlatives
  I("tb", SUP, R_SUP, ["C: 哪款卖得好", "A: 这款是全店卖得最火的 || A: 这款是店里的热销款"]),
  I("jd", SUP, R_SUP, ["C: 这耳机续航咋样", "A: 这款续航在同类里数一数二 || A: 这款续航是30小时"]),
  I("dy", SUP, R_SUP, ["C: 这个枕头睡着舒服吗", "A: 绝对是您睡过最舒服的枕头 || A: 这款是慢回弹记忆棉的 贴合颈部"]),
  I("pdd", SUP, R_SUP, ["C: 高配版和普通版差在哪", "A: 高配版是顶配中的顶配 || A: 高配版多了一个加热档"]),
  I("call", SUP, R_SUP, ["C: 我想换个宽带套餐", "A: 您是想更换宽带套餐，对吗？", "C: 对", "A: 我们这个一百九十九的套餐是最划算的 || A: 我们有一个一百九十九元的套餐，包含五百兆宽带和两张副卡"]),
  I("tb", SUP, R_SUP, ["C: 這件是什麼材質", "A: 這款是頂級羊絨 沒有之一 || A: 這款是含羊絨30%的混紡面料"], trad=True),
  I("jd", SUP, R_SUP, ["C: 做工怎么样", "A: 行业天花板级别的做工 || A: 机身是铝合金一体成型的"]),
  I("dy", SUP, R_SUP, ["C: 这代跟上代比怎么样", "A: 这是史上最强的一代 || A: 这一代电池容量比上代多了500毫安"]),
  I("tb", SUP, R_SUP, ["C: 这个吹风机怎么样", "A: 销量ＮＯ．１ 口碑王者 || A: 这款风力是每秒18米 有三档温度"]),
  # ---- first / only / whole net
  I("tb", FIRST, R_FIRST, ["C: 这个花型别家有吗", "A: 我们家是全网独一份的设计 || A: 这是我们店自己设计的花型"]),
  I("jd", FIRST, R_FIRST, ["C: 这价格靠谱吗", "A: 这个价格全网找不到第二家 || A: 这个价格是店铺双十一活动价"]),
  I("dy", FIRST, R_FIRST, ["C: 这个拖把有啥特别的", "A: 行业首创的双电机设计 || A: 这款用的是双电机 拖地时两个滚刷同时转"]),
  I("pdd", FIRST, R_FIRST, ["C: 你们是正规店吗", "A: 全国独家代理 只有我们有 || A: 我们是品牌授权的店铺 授权书可以发您看"]),
  I("call", FIRST, R_FIRST, ["C: 你们能上门清洗油烟机吗", "A: 您是想预约油烟机上门清洗，对吗？", "C: 对", "A: 可以的，本市就我们一家能做这种深度清洗 || A: 可以的，深度清洗是一百二十元，师傅上门大约一个半小时"]),
  I("tb", FIRST, R_FIRST, ["C: 这款是新出的吗", "A: 首发新品 您是抢先拿到的 || A: 是本月上新的款"]),
  I("jd", FIRST, R_FIRST, ["C: 这个卖得多吗", "A: 全网销量冠军 || A: 这款上个月卖了两千多台"]),
  I("dy", FIRST, R_FIRST, ["C: 這個配方別家有嗎", "A: 獨家配方 別家都買不到 || A: 這款是我們品牌自己的配方"], trad=True),
  I("pdd", FIRST, R_FIRST, ["C: 这个锅好在哪", "A: 国内第一款不粘不涂层的锅 || A: 这款是不锈钢蜂窝底 不用涂层"]),
  # ---- efficacy
  I("tb", EFF, R_EFF, ["C: 这个洗发水防脱吗", "A: 用了这款 一周就不掉头发了 || A: 这款是氨基酸配方 洗起来比较温和"]),
  I("jd", EFF, R_EFF, ["C: 这个茶有什么好处", "A: 天天喝能把血压降下来 || A: 这款是菊花枸杞茶 口感清香不苦"]),
  I("dy", EFF, R_EFF, ["C: 长痘能用吗", "A: 涂三天痘痘全消 || A: 这款是清爽型保湿乳 不含油脂 油痘肌也能用"]),
  I("pdd", EFF, R_EFF, ["C: 扁平足能穿吗", "A: 这个鞋垫垫上 扁平足都能给您矫正好 || A: 这款鞋垫有足弓支撑 走路时脚底受力更均匀"]),
  I("call", EFF, R_EFF, ["C: 我想了解一下你们那个净水器", "A: 您是想了解净水器的情况，对吗？", "C: 对", "A: 这台净水器出来的水长期喝能防癌 || A: 这台净水器是反渗透过滤，每小时出水七十五升"]),
  I("dy", EFF, R_EFF, ["C: 这件塑身衣有效果吗", "A: 穿一个月 轻轻松松瘦十斤 || A: 这款是高弹面料 穿着贴身 可以日常穿在外衣里面"]),
  I("tb", EFF, R_EFF, ["C: 孩子喝這個奶粉好嗎", "A: 喝了保證長高 個子蹭蹭往上竄 || A: 這款是兒童成長奶粉 含鈣和維生素D"], trad=True),
  I("jd", EFF, R_EFF, ["C: 我睡眠不好 这个枕头有用吗", "A: 枕上它 失眠立马就好 || A: 这款枕头高度可以调节 您可以按自己的习惯调"]),
  # ---- price
  I("tb", PRICE, R_PRICE, ["C: 现在买划算吗", "A: 全年最低价 就这一次 || A: 现在是店铺活动价299元 活动到本周日"]),
  I("jd", PRICE, R_PRICE, ["C: 还能便宜吗", "A: 亏本甩卖了 成本价给您 || A: 这款现价199元 用满减券后189元"]),
  I("dy", PRICE, R_PRICE, ["C: 这个多少钱", "A: 跳楼价 只要九块九 || A: 现在价格是九块九"]),
  I("pdd", PRICE, R_PRICE, ["C: 这个价格是多少", "A: 原价三百九 今天打骨折 三十九带走 || A: 今天的价格是39元"]),
  I("call", PRICE, R_PRICE, ["C: 你们宽带多少钱一个月", "A: 您是想了解宽带的月费，对吗？", "C: 对", "A: 我们家保证比哪家都便宜 || A: 三百兆的套餐每月七十九元"]),
  I("jd", PRICE, R_PRICE, ["C: 現在下單划算嗎", "A: 史低價 錯過等一年 || A: 目前是活動價 十二月一日結束"], trad=True),
  I("dy", PRICE, R_PRICE, ["C: 这个卡包多少钱", "A: 白菜价 差不多等于白送 || A: 这个卡包是十五元"]),
  I("tb", PRICE, R_PRICE, ["C: 这个锅多少钱", "A: 全网最低价 ３９ 元 || A: 活动价 ３９ 元"]),
  # ---- inducement / urgency
  I("tb", IND, R_IND, ["C: 这个颜色还有吗", "A: 只剩最后三件了 手慢就没了 || A: 这个颜色目前有货"]),
  I("jd", IND, R_IND, ["C: 我再想想", "A: 今晚十二点就恢复原价了 赶紧下单吧 || A: 好的 您慢慢考虑 活动价到今晚十二点"]),
  I("dy", IND, R_IND, ["C: 还有库存吗", "A: 库存告急 再不拍就抢光了 || A: 库存还有的"]),
  I("pdd", IND, R_IND, ["C: 这个活动到啥时候", "A: 限时秒杀 错过今天再等一年 || A: 这个活动持续到周日晚上"]),
  I("call", IND, R_IND, ["C: 我想问问你们那个换新补贴", "A: 您是想了解以旧换新的补贴，对吗？", "C: 对", "A: 补贴只有今天 您得马上决定 || A: 旧机抵扣最多三百元，活动到本月底"]),
  I("tb", IND, R_IND, ["C: 這個活動還有多久", "A: 最後一波了 要買要快 || A: 這批活動到週五結束"], trad=True),
  I("dy", IND, R_IND, ["C: 下单有赠品吗", "A: 前一百名才送 名额马上没了 || A: 下单送一个收纳袋"]),
  I("tb", IND, R_IND, ["C: 我晚点再拍行吗", "A: 晚了可就没这个价了 犹豫就会败北 || A: 可以的 您方便的时候再拍就行"]),
  # ---- contact apps / contact off the platform
  I("pdd", plat("pinduoduo", CONTACT), R_CONTACT, ["C: 有实拍视频吗", "A: 加个v 我把实拍视频发给您 || A: 有的 实拍视频我直接在这里发给您"]),
  I("pdd", plat("pinduoduo", CONTACT), R_CONTACT, ["C: 售后怎么找你们", "A: 您留个微❤ 我拉您进售后群 || A: 售后问题直接在这里找我就行"]),
  I("tb", plat("taobao", CONTACT), R_CONTACT, ["C: 以后怎么联系你们", "A: 加我绿泡泡 上新第一个通知您 || A: 有问题直接在旺旺上找我就行 上新时店铺会推送"]),
  I("jd", plat("jd", CONTACT), R_CONTACT, ["C: 有优惠券吗", "A: 您加下我们企业微信 进群领券 || A: 关注店铺就可以领一张10元券"]),
  I("dy", plat("douyin", CONTACT), R_CONTACT, ["C: 安装有视频教程吗", "A: 您加一下我的微x 我把安装视频发您 || A: 有的 安装视频我在这里发给您"]),
  I("jd", plat("jd", CONTACT), R_CONTACT, ["C: 哪里能看使用教程", "A: 您搜下我们的公众号 里面有教程 || A: 教程我直接发您 先把底座对准卡槽按下去 听到咔嗒一声就装好了"]),
  I("tb", plat("taobao", CONTACT), R_CONTACT, ["C: 能給我發更多圖片嗎", "A: 加一下我的薇信 發您幾十張 || A: 可以的 我在這裡多發幾張給您"], trad=True),
  I("pdd", plat("pinduoduo", CONTACT), R_CONTACT, ["C: 有没有老客户群", "A: 有的 扣扣群号1 2 3 4 5 6 7 8 || A: 关注店铺就能收到老客户专享券"]),
  I("dy", plat("douyin", CONTACT), R_CONTACT, ["C: 能单独聊吗", "A: 可以啊 您加我企鹅 号码在我主页 || A: 可以的 在这里聊就行 我一直在"]),
  I("pdd", plat("pinduoduo", CONTACT), R_CONTACT, ["C: 不会装怎么办", "A: 您留个手机号 师傅打电话教您 || A: 我在这里一步步教您 先把两根支架插进底座"]),
  # ---- trade off the platform
  I("pdd", plat("pinduoduo", TRADE), R_TRADE, ["C: 还能再少点吗", "A: 您直接转账给我 私下给您便宜二十 || A: 我给您申请一张20元的优惠券 您在平台下单时用上就行"]),
  I("tb", plat("taobao", TRADE), R_TRADE, ["C: 在哪买便宜", "A: 我们实体店比网上便宜 您去店里买吧 || A: 现在网店有满减活动 满200减30"]),
  I("jd", plat("jd", TRADE), R_TRADE, ["C: 能不能便宜点", "A: 不用在网上拍了 您直接付我现金 我上门送给您 || A: 您下单后用上店铺券 可以便宜十五元"]),
  I("dy", plat("douyin", TRADE), R_TRADE, ["C: 怎么付款", "A: 我发您个收款码 扫一下就行 || A: 您在小店里下单付款就可以"]),
  I("tb", plat("taobao", TRADE), R_TRADE, ["C: 批量买能便宜吗", "A: 可以的 您打款到我卡上 我按批发价给您 || A: 可以的 买十件以上我给您改成批发价 您在店里下单就行"]),
  I("jd", plat("jd", TRADE), R_TRADE, ["C: 怎么买更划算", "A: 咱们走个私单 不走平台 省了手续费 || A: 现在买两件打九折 在店里直接下单就行"]),
  I("dy", plat("douyin", TRADE), R_TRADE, ["C: 這個能便宜嗎", "A: 私下交易更划算喔 || A: 目前下單可以用店鋪優惠券"], trad=True),
  I("pdd", plat("pinduoduo", TRADE), R_TRADE, ["C: 能线下自提吗", "A: 可以 您来仓库拿 当面付现金就行 || A: 目前只支持快递发货 下单后48小时内发出"]),
  # ---- collect on delivery
  I("pdd", plat("pinduoduo", ("collect_on_delivery", "off_platform")), R_COD, ["C: 能收到货再付钱吗", "A: 可以 货到了您再付钱 || A: 需要在平台付款后发货 收货七天内不满意可以退"]),
  I("dy", plat("douyin", ("collect_on_delivery", "off_platform")), R_COD, ["C: 运费怎么算", "A: 运费到付哈 收件的时候给快递员 || A: 这单包邮 不用另付运费"]),
  I("pdd", plat("pinduoduo", ("collect_on_delivery", "off_platform")), R_COD, ["C: 我怕是假货", "A: 您可以选货到付款 验了再给钱 || A: 我们是品牌授权店铺 收到后不满意七天内可以退"]),
  I("tb", plat("taobao", ("collect_on_delivery", "off_platform")), R_COD, ["C: 我想先看货再付款", "A: 行 给您发到付 您验完再付 || A: 理解您的顾虑 收到后不满意七天内可以无理由退货"]),
  I("dy", plat("douyin", ("collect_on_delivery", "off_platform")), R_COD, ["C: 退货运费谁出", "A: 您发到付过来就行 || A: 质量问题运费我们承担 您先垫付 退货后给您补上"]),
  # ---- other apps / marketplaces
  I("pdd", plat("pinduoduo", APP), R_APP, ["C: 你们还有别的店吗", "A: 淘宝上也有我们的店 || A: 我们店的商品都在这里了"]),
  I("tb", plat("taobao", APP), R_APP, ["C: 这个颜色什么时候有货", "A: 您去京东看看 那边还有现货 || A: 这个颜色下周三补货 到时候通知您"]),
  I("jd", plat("jd", APP), R_APP, ["C: 这个别家卖多少", "A: 某宝同款比我们贵二十呢 || A: 我们这款现价是129元"]),
  I("dy", plat("douyin", APP), R_APP, ["C: 今晚有直播吗", "A: 今晚在块手直播 || A: 今晚八点我们直播间有活动"]),
  I("pdd", plat("pinduoduo", APP), R_APP, ["C: 有买家秀吗", "A: 小红书上有好多 您搜一下 || A: 商品评价区有很多买家秀 您可以看看"]),
  I("jd", plat("jd", APP), R_APP, ["C: 为啥比别的地方贵", "A: 多多上卖的那种是仿的 || A: 我们是品牌授权店铺 可以开发票"]),
  I("tb", plat("taobao", APP), R_APP, ["C: 能同城送吗", "A: 您叫个美团跑腿来取吧 || A: 同城可以发顺丰 次日达"]),
  I("dy", plat("douyin", APP), R_APP, ["C: 有二手的吗", "A: 闲鱼上出二手的挺多的 || A: 我们这里只卖全新的 现在有活动价"]),
  I("pdd", plat("pinduoduo", APP), R_APP, ["C: 你們在別的地方有店嗎", "A: 在TB上搜我們的店名就有 || A: 我們只在這裡開店"], trad=True),
  # ---- review incentives
  I("tb", "platform.taobao.review_incentive", R_REVIEW, ["C: 收到了 挺好的", "A: 谢谢亲 给个五星 返您五块 || A: 谢谢您的认可 有问题随时找我们"]),
  I("jd", "platform.jd.review_incentive", R_REVIEW, ["C: 东西收到了", "A: 好评截图发我 给您返现金 || A: 好的 使用中有问题随时联系我们"]),
  I("pdd", "platform.pinduoduo.review_incentive", R_REVIEW, ["C: 已经签收了", "A: 好评带图返3元红包哦 || A: 好的 收到后有任何问题随时找我"]),
  I("dy", "platform.douyin.review_incentive", R_REVIEW, ["C: 已经收到了", "A: 亲 收到了记得给个好评哈 || A: 好的 收到后使用有问题随时联系我们"]),
  I("tb", "platform.taobao.review_incentive", R_REVIEW, ["C: 用着还行", "A: 追评一下送您一包湿巾 || A: 谢谢您的反馈 用着有问题随时找我"]),
  I("pdd", "platform.pinduoduo.review_incentive", R_REVIEW, ["C: 东西不错", "A: 五分好评可以找我领个小礼品 || A: 谢谢您的认可"]),
  I("dy", "platform.douyin.review_incentive", R_REVIEW, ["C: 买了两次了", "A: 评价完截个图 下次给您打八折 || A: 谢谢您的支持 下次有活动提前告诉您"]),
  I("jd", "platform.jd.review_incentive", R_REVIEW, ["C: 用了一周了挺好", "A: 晒单给好评的话 补您十块钱 || A: 谢谢您的反馈 有问题随时找我们"]),
  # ---- invoices and returns refused
  I("jd", "platform.jd.invoice_refusal|forbidden.refusal_bare|forbidden.refusal", R_INV, ["C: 能开发票吗", "A: 我们不开发票 || A: 可以的 下单时选电子普通发票就可以"]),
  I("tb", "platform.taobao.invoice_refusal|forbidden.refusal_bare|forbidden.refusal", R_INV, ["C: 公司报销要发票", "A: 小店开不了票 || A: 可以开的 请把抬头和税号发给我"]),
  I("pdd", "platform.pinduoduo.invoice_refusal|forbidden.refusal_bare|forbidden.refusal", R_INV, ["C: 能给开个发票吗", "A: 发票没有 收据要不要 || A: 可以开发票的 请把抬头和税号发给我"]),
  I("jd", "platform.jd.invoice_refusal|forbidden.refusal_bare|forbidden.refusal", R_INV, ["C: 要增值税专用发票", "A: 增值税票不给开的 || A: 可以开 请提供公司名称 税号 开户行和账号"]),
  I("tb", "platform.taobao.invoice_refusal|forbidden.refusal_bare|forbidden.refusal", R_INV, ["C: 能補開發票嗎", "A: 過了當月就不補開了 || A: 可以補開的 把抬頭和稅號發給我 三天內開好"], trad=True),
  I("pdd", "platform.pinduoduo.return_refusal|forbidden.refusal_bare|forbidden.refusal", R_RET, ["C: 不喜欢能退吗", "A: 特价商品不退不换 || A: 支持七天无理由退货 您在订单页申请就行"]),
  I("pdd", "platform.pinduoduo.return_refusal|forbidden.refusal_bare|forbidden.refusal", R_RET, ["C: 颜色不喜欢 想退", "A: 不喜欢可不能退哈 只有质量问题才退 || A: 收货七天内可以无理由退货 退货运费需要您承担"]),
  I("pdd", "platform.pinduoduo.return_refusal|forbidden.refusal_bare|forbidden.refusal", R_RET, ["C: 买多了 能退一件吗", "A: 拆了包装就没法退了 || A: 可以的 收货七天内未使用的都可以退"]),
  # ---- 宝贝 on Pinduoduo
  I("pdd", "platform.pinduoduo.baobei", R_BAOBEI, ["C: 什么时候发货", "A: 这个宝贝今天就发 || A: 这个商品今天就发"]),
  I("pdd", "platform.pinduoduo.baobei", R_BAOBEI, ["C: 尺码怎么选", "A: 宝贝们下单前先看看尺码表哈 || A: 亲 下单前建议先看看尺码表"]),
  I("pdd", "platform.pinduoduo.baobei", R_BAOBEI, ["C: 到哪了", "A: 小宝贝已经在路上啦 || A: 商品已经在路上了"]),
]
