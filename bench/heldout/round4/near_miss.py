"""Near-misses: compliant conversations with words close to a forbidden or required form."""
from common import V

ITEMS = [
V("", "dy", """
C: 第一次买你们家的东西 有新人优惠吗
A: 有的，新人首单可以领一张十元无门槛券，在店铺首页就能领到
""", "第一次 / 首单: a first purchase, not a ranking (ad.first, ad.debut)"),
V("", "tb", """
C: 这个裤子需要注意啥
A: 唯一需要注意的是第一次洗的时候请单独冷水手洗，之后就可以正常机洗了
""", "唯一 / 第一次 in care advice, not a claim (ad.unique, ad.first)"),
V("", "jd", """
C: 怎么这么久还没到
A: 非常抱歉让您久等了，最近物流比较繁忙，您的包裹已经到了本市的分拣中心，明天上午派送
""", "最近: 最 as 'recently' (ad.superlative)"),
V("", "jd", """
C: 这个手机插电信卡能用吗
A: 可以的，这款是全网通版本，移动、联通、电信的卡都能用
""", "全网通: a network standard (ad.whole_net)"),
V("", "call", """
C: 我这个冰箱坏了 还在保修期吗
A: 您是想确认冰箱是否还在保修期，对吗？
C: 对 买了两年
A: 按照国家三包规定，冰箱整机保修一年，主要部件保修三年，压缩机属于主要部件，还在保修期内
A: 请问这个您清楚了吗？
C: 清楚了
""", "国家三包规定: citing the law, not an authority claim (ad.authority)"),
V("", "dy", """
C: 怎么开启这个功能啊
A: 长按遥控器上的OK键三秒，听到滴一声就开启了
""", "OK键: a key's name (forbidden.english)"),
V("", "tb", """
C: 这个宝贝还有白色吗
A: 有的亲，这款宝贝白色各个尺码都有货哦
""", "宝贝 on taobao, where it is the usual word (platform.pinduoduo.baobei is for pinduoduo only)"),
V("", "tb", """
C: 退货运费谁出
A: 您的订单有淘宝的退货运费险，退回后运费会自动理赔到您的账户
""", "淘宝 named on taobao (platform.taobao.marketplace)"),
V("", "jd", """
C: 我的京豆怎么还没到账
A: 订单确认收货七天后，购物返的京豆会自动到账，麻烦您再等等，到时可以在我的京豆里查看
""", "京豆 on jd as a purchase reward, not for a review (platform.jd.review_incentive)"),
V("", "pdd", """
C: 你们会不会让我加好友私下付款啊 我怕被骗
A: 您放心，请只在平台内下单付款，任何让您站外转账的都不是我们官方客服
""", "a fraud warning that names the forbidden act to warn against it (platform.pinduoduo.off_platform)"),
V("", "pdd", """
C: 能到付吗
A: 抱歉亲，我们这边邮费都是下单时一起付的，满19元就包邮哦
""", "the customer says 到付; the agent declines politely (collect_on_delivery)"),
V("", "jd", """
C: 你们是不是骗子啊 怎么还不发货
A: 非常抱歉让您着急了，我们是品牌自营店，您的订单今天下午从武汉仓发出，发出后您就能看到物流
""", "the customer says 骗子; the agent answers with an apology (forbidden.abuse, response.complaint.chat)"),
V("", "call", """
C: 我想问下燃气卡在哪能充值
A: 您是想了解燃气卡的充值地点，对吗？
C: 对
A: 营业厅和小区附近的合作银行网点都可以充值
C: 好的好的 那我先挂了啊
A: 好的，请问还有其他需要我帮您处理的吗？
C: 没了
A: 感谢您的来电，祝您生活愉快，再见！
C: 再见
""", "the customer says 挂了, not the agent (forbidden.hangup_threat)", close=False),
V("", "call", """
C: 我要转接人工
A: 您好，我就是人工客服，请问有什么可以帮您？
C: 我要查下宽带到期时间
A: 好的，麻烦您报一下宽带账号
C: 0571 2288 6600
A: 跟您核对一下，账号057122886600，对吗？
C: 对
A: 好的，请您稍等，我帮您查一下
+8 A: 感谢您的耐心等待，您的宽带明年六月到期
""", "the customer says 转接; no transfer (transfer.consent.call); a short lookup with thanks"),
V("", "tb", """
C: 面料成分是什么
A: 面料成分是100%桑蚕丝，吊牌和洗标上都有标注
""", "100% as a fabric composition on the label, a fact not a claim (ad.percent; a judgement call)"),
V("", "dy", """
C: 有什么推荐的吗 预算两百
A: 两百左右的话推荐您看看这两款：保湿水乳套装和精华液，您平时更注重补水还是提亮呢
C: 补水
A: 那推荐您选水乳套装，补水效果比较明显
""", "a recommendation after asking what the customer prefers (forbidden.decide_for_customer)"),
V("", "call", """
C: 你们那个 就是 嗯 燃气那个 卡 充不进去
A: 我复述一下，您是说燃气卡充值后写不进表里，对吗？
C: 嗯 对
A: 您带上燃气卡和身份证到营业厅，工作人员会帮您重新写卡
""", "我复述一下 with the caller's fillers (response.restate.call)", form="asr"),
V("", "jd", """
C: 可能明天我不在家 能放快递柜吗
A: 可以的，我帮您备注放快递柜，取件码会短信发给您
""", "可能 said by the customer (forbidden.uncertain_hedge)"),
V("", "pdd", """
C: 那我再想想
A: 好的，您慢慢考虑，活动到本周日晚上十二点结束，有问题随时找我
""", "the end of the offer stated as a date, no urging (ad.inducement)"),
V("", "call", """
C: 我想存一下你们的客服电话 以后有事好找
A: 您是想记一下我们的客服热线号码，对吗？
C: 对
A: 我们的客服热线是95588，二十四小时都可以打
C: 95588 好 谢谢你啊 小伙子
A: 不客气，这是我应该做的
""", "the company's public hotline, not a private number (response.personal_info, pii.mobile)"),
]
