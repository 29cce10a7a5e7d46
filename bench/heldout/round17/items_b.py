"""Second batch: 61 shop chats and 27 calls (r17v061-r17v149), more of the
messy forms (亲亲 and quick replies, traditional characters, full width, ISO
times, exports without times, excerpts, speech recognition)."""

from common import C, T

TRAD_CLOSE = ["A: 請問還有其他可以幫您的嗎？", "C: 沒有了 謝謝", "A: 不客氣，感謝您的光臨，祝您生活愉快～"]

# ---- complaints and problems ------------------------------------------------------

C(61, """
C: 亲 收到的碗碎了两个
C: [图片]
C: [图片]
A: 【自动回复】亲亲，售后问题请直接发送照片和订单号，客服会尽快为您处理～
A: {{收到，给您补发两个||非常抱歉亲亲，收到的碗碎了太影响心情了，马上给您补发两个}}
A: 补发的今天下午发出，碎的不用寄回，直接处理掉就行，注意别划到手
C: 好的
""", "response.complaint.chat",
  "002 参考用语2 1 / 000 篇8: a buyer's problem (goods arrived broken) is answered with an apology first",
  platform="pinduoduo", shop="景德镇陶瓷餐具直营店")

C(62, """
C: 請問可以寄到香港嗎
C: 我在九龍
A: {{這個寄不了香港||很抱歉，這款暫時不支援直接寄送香港，您可以填寫集運倉地址，我們寄到集運倉後再幫您轉寄到九龍}}
C: 好吧 我研究一下集運
A: 好的，有不清楚的地方隨時問我
""", "forbidden.refusal_bare|forbidden.refusal_no_alternative|forbidden.refusal",
  "000 篇2 五、2 / 003 京东做法 3: a refusal carries an apology and an alternative (traditional characters)",
  platform="taobao", open_lines=["C: 在嗎", "A: 您好，歡迎光臨小雅飾品，我是客服小雅，很高興為您服務，請問有什麼可以幫您？"],
  close_lines=TRAD_CLOSE)

C(63, """
C: 我的快递显示签收了 可是我没收到
C: [订单编号:2910***4483]
A: 非常抱歉给您添麻烦了，麻烦您稍等，我帮您查看一下
A: 感谢您的耐心等待，系统显示包裹由ZTO快递员在11月26日15:20签收
A: {{这个我也不太清楚放哪了，您问问快递员吧||我已经联系快递员核实放件位置，今天18:00前给您回复；如果找不到，我们给您补发}}
C: 好
""", "forbidden.uncertain,forbidden.buck_passing?",
  "001 禁用语 / 000 篇6: no 不清楚; the agent finds out instead of sending the buyer to the courier (full-width letters and digits)",
  platform="jd", shop="小米生态链京东专营店", form="full")

C(64, """
C: 在吗
C: 我要退货
C: 怎么弄
A: {{订单号||亲亲麻烦您发一下订单号，我帮您查一下}}
C: [订单编号:3377***1902]
A: 收到，这单签收还不到7天，您在订单页点“申请售后”选退货退款，提交后我这边马上审核
C: 好
""", "forbidden.curt_demand",
  "003 京东做法 7 / 京东培训 三: ask with please, do not bark an order",
  platform="douyin", shop="轻奢包包抖音小店", iso=True, started="2026-11-23T21:04:10+08:00")

C(65, """
C: 这个置物架怎么装啊
C: 螺丝好多
A: {{安装步骤说明书上都有，照着弄就行||亲，先把四根立柱插进底座，再从下往上卡隔板，每层卡好后拧上侧面两颗螺丝就可以了；需要的话我把安装图发您}}
C: 好
""", "forbidden.buck_passing|forbidden.link_only|forbidden.refusal",
  "000 篇8 售前服务: explain, do not send the buyer to read it himself (export without times)",
  platform="taobao", shop="收纳达人家居", timed=False)

C(66, """
C: 今天拍什么时候能到
C: 我在成都
A: {{估摸着这周内能到吧||今天下午发出，成都预计本周四送达}}
C: 好的
""", "forbidden.uncertain_hedge|forbidden.uncertain",
  "001 禁用语 / 000 篇2 五、8: a delivery answer without 也许 / 大概-style guessing",
  platform="jd", shop="京东自营")

C(67, """
C: 亲 帮我看下能不能改地址
A: {{稍等||亲亲请您稍等一下，我帮您看看}}
A: 让您久等了，还没有出库，可以修改的，麻烦您把新地址发我一下
C: 四川省绵阳市涪城区***
A: 好的，已经为您改成四川省绵阳市涪城区***，收件人和电话不变，对吗？
C: 对
""", "forbidden.wait_bare|forbidden.wait_short",
  "000 篇2 五、1 / 004 保持 1: a wait is asked with please or thanks",
  platform="pinduoduo", shop="四川腊肉特产店")

C(68, """
C: 这件羽绒服冬天在哈尔滨够不够暖
C: [疑问]
C: 零下三十度那种
A: {{宝子放心冲，这件抗冻得很||亲，这件充绒量250克，90%白鸭绒，在零下二三十度的户外建议里面再加一件毛衣}}
C: 好
""", "forbidden.slang|forbidden.casual,forbidden.blind_promise?",
  "000 篇2 五、7: no internet slang (宝子, 冲) in a service answer",
  platform="douyin", shop="北极绒羽绒服抖音小店")

C(69, """
C: 满多少包邮
A: {{[愉快][愉快]||满59元包邮，偏远地区除外}}
C: 好
""", "forbidden.emoji_only|forbidden.wordless_reply",
  "000 篇5 第一 / 篇2 五、7: a reply of stickers only answers nothing",
  platform="taobao", shop="芝士烘焙原料店")

C(70, """
C: 这个米是今年的新米吗
A: {{你放心哈，俺们家都是今年十月新收的||您放心，这批都是今年十月新收的大米}}
C: 好
""", "forbidden.address_ni",
  "000 篇8: the buyer is 您, also in a dialect-coloured reply",
  platform="jd", shop="东北大米京东旗舰店")

C(71, """
C: 我五十多了 身材有点胖 能穿吗
A: {{大姐您放心，这个版型宽松，您穿正合适||您放心，这个版型宽松，您穿正合适}}
C: 那我拍个XL
""", "forbidden.casual",
  "001 禁用语: 大哥 / 大姐 are not service forms of address",
  platform="pinduoduo", shop="中老年女装专营店")

C(72, """
C: 私信回复太慢了
C: 有没有别的联系方式
A: {{亲，私信不方便的话您加我小绿泡泡，我拉您进售后群||非常抱歉回复慢了，您在这里留言就可以，我会一直在线跟进您的问题}}
C: 行吧
""", "platform.douyin.contact_app|platform.douyin.off_platform",
  "003 拼多多禁语 1 (applied to Douyin) / 抖音小店 2: no moving the buyer to WeChat, however it is spelled",
  platform="douyin", shop="家居好物抖音小店")

C(73, """
C: 这个能再便宜点吗
A: {{亲，我们在东东上也开了店，那边今天有满减，您可以去看看||很抱歉亲，价格调整不了，现在领店铺券满200减20，您看可以吗？}}
C: 好的
""", "platform.taobao.marketplace",
  "003 拼多多禁语 1: no naming another marketplace, nor by a nickname (东东 for JD)",
  platform="taobao", shop="优品箱包")

C(74, """
C: 有安装视频吗
A: {{有的，安装视频我们发在小红书上了，搜店名就能看到||有的，安装视频在商品页的视频栏里，我也可以把步骤截图发给您}}
C: 好
""", "platform.jd.other_app",
  "003 拼多多禁语 1 (applied to JD): no sending the buyer to another app",
  platform="jd", shop="欧派定制京东旗舰店")

C(75, """
C: 我想多买几箱 能不能优惠
C: 走平台手续费高吧
A: {{亲您可以不走平台，直接把钱打到我卡上，我给您每箱少算10块||亲，多拍可以享受阶梯价，三箱以上每箱减8元，在商品页直接拍就能自动减}}
C: 好
""", "platform.pinduoduo.off_platform",
  "003 拼多多禁语 6: only the platform's own payment; no private transfer",
  platform="pinduoduo", shop="云南高原水果店")

C(76, """
C: 能货到付款吗
C: 怕是假货
A: {{可以的亲，您下单时备注到付，收到再给快递小哥钱||很抱歉亲，小店目前只支持在线支付，收到后不满意可以申请7天无理由退货，您可以放心}}
C: 好吧
""", "platform.douyin.collect_on_delivery",
  "003 拼多多禁语 6 (applied to Douyin): no 到付 / cash on delivery outside the platform's payment",
  platform="douyin", shop="精品茶具抖音小店")

C(77, """
C: [订单编号:2888***7130]
C: 收到了 挺好用的
A: 感谢您的认可，有问题随时联系我们
A: {{亲，追评带个小视频的话，联系我领个小红包～||使用时注意刀头不要沾水，清洁用附带的小刷子就可以}}
C: 好的
""", "platform.taobao.review_incentive",
  "003 拼多多禁语 5 (applied to Taobao): no reward for a review",
  platform="taobao", shop="飞科剃须刀专卖店")

C(78, """
C: 收到了
A: 好的亲，有任何问题随时联系我们
A: {{给个好评哈亲，好评的老客下次来都给打折||这个茶叶开封后请密封放在阴凉处，尽量一个月内喝完}}
C: 嗯
""", "platform.pinduoduo.review_incentive",
  "003 拼多多禁语 5: no trading a discount for a good review",
  platform="pinduoduo", shop="安溪铁观音茶叶店")

C(79, """
C: 买了十个 要开发票报销
A: {{亲，这个价格太实惠了，开不了票的哦||可以开的亲，您在订单页点“申请发票”填好抬头和税号，三个工作日内开好}}
C: 好
""", "platform.pinduoduo.invoice_refusal",
  "003 拼多多售前 一: an invoice request may not be refused",
  platform="pinduoduo", shop="办公文具批发店")

C(80, """
C: 可以开发票吗 个人的
A: {{小店是个体户，没法开发票哈||可以开的亲，个人抬头也可以，确认收货后在订单页申请电子发票就行}}
C: 行
""", "platform.taobao.invoice_refusal",
  "003 拼多多售前 一 (applied to Taobao): an invoice request may not be refused",
  platform="taobao", shop="瑜伽垫工厂店")

# ---- advertising law ----------------------------------------------------------------

C(81, """
C: 你们家做这个多久了
A: {{我们是抖音上第一家做手工皂的，老店了||我们家做手工皂已经五年了，都是自己工作室做的}}
C: 好
""", "ad.first",
  "003 拼多多禁语 3 (第一系): no claims of being first",
  platform="douyin", shop="小满手工皂抖音小店")

C(82, """
C: 这个椅子的材料怎么样
A: {{这款用的是顶配材料，旗舰级的做工||这款是航空铝合金框架，坐垫是高回弹海绵，承重150公斤}}
C: 好
""", "ad.top_grade",
  "003 广告禁用词 1 / 拼多多禁语 3 (终极系): no 顶级 / 旗舰-style claims",
  platform="jd", shop="西昊人体工学椅京东店")

C(83, """
C: 这个颜色以前没见过
A: {{这款是全网首发的新色，别的地方都买不到||这款是今年冬季的新色，上周刚上架}}
C: 好看
""", "ad.debut,ad.whole_net?,ad.unique?",
  "003 广告禁用词 1: no 首发 claims",
  platform="taobao", shop="独立设计师女鞋")

C(84, """
C: 这个四件套起球吗
A: {{不会起球的，百分百纯棉，百分百不起球||面料是纯棉的，洗的时候翻面、用中性洗衣液，可以减少起球}}
C: 好
""", "ad.percent|ad.absolute,ad.efficacy?",
  "003 广告禁用词 1 / 拼多多禁语 3 (绝对系): no 百分百 claims",
  platform="pinduoduo", shop="南通家纺专营店")

C(85, """
C: 这个精华祛斑吗
A: {{用一个星期斑就淡了，比去美容院打激光还管用||这款主要是保湿和提亮肤色，祛斑需要专业的医学治疗，建议您咨询皮肤科医生}}
C: 哦
""", "ad.efficacy",
  "003 拼多多禁语 4: no exaggerated claims of what a product does",
  platform="douyin", shop="焕颜护肤抖音小店")

C(86, """
C: 这个价格还会降吗
A: {{亲，这价格是史低了，错过再等一年||现在是双十二活动价，比平时便宜40元，活动到12月12日结束}}
C: 好
""", "ad.price,ad.inducement?",
  "003 拼多多禁语 3 (价格系): no 最低价-style price claims",
  platform="jd", shop="九阳豆浆机京东旗舰店")

C(87, """
C: 你家面霜和别家有啥区别
A: {{独家配方，只有我们家有||这款加了积雪草和神经酰胺，主打修护，适合换季干燥泛红的皮肤}}
C: 好
""", "ad.unique",
  "003 拼多多禁语 3 (唯一系): no 独家 / only-us claims",
  platform="taobao", shop="植萃护肤旗舰店")

C(88, """
C: 这款咋样 买的人多吗
A: {{这款卖疯了，回购率全店No.1||这款回购的老客很多，评价里有不少买家晒图}}
C: 好
""", "ad.first|ad.superlative",
  "003 拼多多禁语 3 (第一系): no No.1 claims",
  platform="pinduoduo", shop="螺蛳粉食品专营店")

# ---- tone ----------------------------------------------------------------------------

C(89, """
C: 能不能做个1米35长的
C: 我家阳台就这么长
A: {{您这要求也太多了吧，要不您自己找人做一个||很抱歉亲，定制尺寸我们做不了，店里有可伸缩的款，1米2到1米6都能调，您看合适吗？}}
C: 那我看看
""", "forbidden.rude",
  "003 天猫禁语 二 / 京东禁用语 4: no contempt for the buyer's request",
  platform="taobao", shop="阳台晾衣架工厂店")

C(90, """
C: 你们就是骗子
C: 垃圾店
A: {{你才是骗子，没素质||非常抱歉让您有这样的感受，您能说说遇到了什么问题吗？我一定帮您处理}}
C: 衣服洗一次就掉色
A: 非常抱歉，请您把掉色的照片发给我，我为您办理退款
C: [图片]
A: 收到，已经为您提交退款，1-3个工作日原路退回
C: 行
""", "forbidden.abuse|forbidden.rude,forbidden.address_ni?,response.complaint.chat?",
  "003 拼多多禁语 5 / 000 篇8 售后服务: an insult is never returned",
  platform="douyin", shop="潮牌T恤抖音小店")

C(91, """
C: 我想问一下那个 就是那个
C: 我看看订单号在哪
A: {{我这边还有好多人排队呢，您快点||不着急，您找到订单号发给我就行}}
C: [订单编号:3102***5567]
A: 收到，请问这单有什么需要帮您处理的？
C: 想改个颜色
A: 还没发货，可以改的，请问您想改成哪个颜色？
C: 蓝色
A: 好的，已经为您改成蓝色
""", "forbidden.impatient",
  "003 京东禁用语 12 / 天猫禁语 一: no hurrying the buyer because others are waiting",
  platform="jd", shop="乐扣保温杯京东店")

C(92, """
C: 这个到底能不能放微波炉
A: 不能放微波炉的亲，这款是不锈钢内胆
C: 那洗碗机呢
A: {{我都说了是不锈钢的，您到底有没有在看啊？||洗碗机可以放的亲，外壳的硅胶套取下来单独手洗就行}}
C: ……
""", "forbidden.rhetorical|forbidden.impatient",
  "003 京东做法 7 / 000 篇2 六、1: no rhetorical questions at the buyer",
  platform="taobao", shop="便当盒小铺")

C(93, """
C: 实物颜色跟图片差太多了
C: 图上是浅灰 收到像白的
A: {{亲这不叫色差，是您手机屏幕调得太亮了||非常抱歉让您失望了，灯光和屏幕都会让颜色看起来不一样，您不满意的话可以退换，运费我们承担}}
C: 那我退了
A: 好的，已经为您同意退货申请
""", "forbidden.argue,response.complaint.chat?",
  "000 篇1 4 / 003 京东培训 一: do not argue with what the buyer sees",
  platform="pinduoduo", shop="北欧窗帘专营店")

C(94, """
C: 快递送到我以前的地址去了
A: {{地址是您下单时自己填的，送错了我们也没办法||非常抱歉给您添麻烦了，我马上联系快递拦截改派，今天下午五点前告诉您结果}}
C: ……
""", "forbidden.blame|forbidden.refusal,response.complaint.chat?",
  "003 京东禁用语 8 / 13: no 'your fault, nothing to be done'",
  platform="douyin", shop="零食大礼包抖音小店")

C(95, """
C: 这个吹风机质量靠谱吗
A: {{您放心，只要是我们家的东西，坏了随时包换||这款整机保修两年，两年内非人为损坏可以免费维修或换新}}
C: 那行
""", "forbidden.blind_promise",
  "003 京东禁用语 16 / 002 售前疑难 3: no open-ended promises",
  platform="jd", shop="戴森京东自营旗舰店")

C(96, """
C: 鞋子有点磨脚
C: 不知道要不要退
A: {{那就给您退了哈，退货申请我已经帮您点了||很抱歉穿着不舒服，您可以选择退货，也可以换大半码，您看想怎么处理呢？}}
C: 我想换大半码
A: 好的，已经为您提交换货申请，换货运费由我们承担
C: 好
""", "forbidden.decide_for_customer,response.complaint.chat?",
  "003 京东做法 4: the buyer decides; here the agent has already filed the return",
  platform="taobao", shop="小白鞋工厂店")

C(97, """
C: 付了款三天了怎么还没发
A: {{亲，您这单卡在审单环节了，要等ERP同步后推到WMS才能出库||非常抱歉让您久等了，您的订单还在等仓库系统确认，我已经催了，今天18:00前发出}}
C: 好吧
""", "forbidden.jargon,response.complaint.chat?",
  "003 京东培训 六: no trade jargon to the buyer",
  platform="pinduoduo", shop="家用电器专营店")

C(98, """
C: 39码还有吗
A: {{断码了亲||很抱歉亲，这款39码暂时断码了，同款的38.5码偏大半码，您要不要试试？}}
C: 那算了
""", "forbidden.out_of_stock_bare",
  "001 案例1-4 / 002 售前疑难 5: out of stock with an apology and an alternative",
  platform="douyin", shop="运动鞋折扣抖音小店")

C(99, """
C: 能快点发吗
C: 我等着用
A: {{都是按顺序发的亲||非常抱歉让您着急了，我已经给您的订单备注优先发货，今天下午就能发出}}
C: 好吧
""", "response.urge",
  "002 售后 四、2: a buyer chasing is calmed and told what is done",
  platform="jd", shop="小熊电器京东旗舰店")

C(100, """
C: 那个配件什么时候补发
C: [订单编号:2766***0044]
A: 很抱歉漏发了配件，已经为您登记补发
A: {{等仓库那边回复了再告诉您||仓库今天下午四点前安排发出，发出后我把单号发您}}
C: 好
""", "response.reply_time.chat|response.defer_without_time",
  "000 篇1 7: tell the customer when",
  platform="taobao", shop="摄影器材配件店")

C(101, """
C: 刚才你帮我改的地址我看到了
C: 谢谢亲 你人真好
A: {{这单今天下午发出哈||不客气亲，能帮到您就好～这单今天下午发出哈}}
C: 好
""", "response.thanks.chat",
  "000 篇7 24: thanks is answered",
  platform="pinduoduo", shop="水果礼盒专营店")

C(102, """
C: 不好意思啊 刚才说话有点冲
C: 主要是等太久了
A: {{那您还要退吗||没关系的亲，请不必介意，让您等这么久是我们不好，请问您还需要退货吗？}}
C: 不退了
""", "response.apology.chat",
  "000 篇2 五、6: a customer's apology is answered (没关系)",
  platform="douyin", shop="宠物用品抖音小店", open=False)

C(103, """
C: 这个电热毯双人的有吗
A: 有的，双人款1.8米×1.5米，双控温
C: 好
""", "response.first_reply.chat,response.first_reply_3s.chat?",
  "000 篇7 51 / 篇8 沟通技巧 1: the first reply comes at once, not after tens of seconds",
  platform="jd", shop="彩虹电热毯京东店", open_lines=[
      "C: 在吗 在吗", "{{+48||+2}} A: 您好，欢迎光临彩虹电热毯，我是客服小暖，请问有什么可以帮您？"])

C(104, """
C: 这个尺寸能定制吗
A: 可以定制的，请问您需要多大的尺寸？
C: 1米8乘2米2
C: 多少钱
+260 A: {{1米8乘2米2的价格是699元，定制周期7天||非常抱歉让您久等了，刚才在跟工厂确认，1米8乘2米2的价格是699元，定制周期7天}}
C: 好
""", "response.late_reply.chat",
  "001 应答规范 / 000 篇5 第三: a reply after more than three minutes apologises for the wait",
  platform="taobao", shop="乳胶床垫工厂店")

C(105, """
C: 办卡要填身份证
C: 我发你了 330106199208154417
A: 收到，已经为您登记
A: {{跟您核对下，身份证号330106199208154417，对吧||跟您核对下，身份证号尾号4417，对吧}}
C: 对
""", "pii.id_card",
  "002 第一篇 15 / 003 客服方法 二、6: the buyer's ID number is not written back in full",
  platform="pinduoduo", shop="手机卡号专营店")

C(106, """
C: 退款能退到银行卡吗
C: 卡号6222021203004567891
A: {{好的，退到6222021203004567891这张卡是吧||亲，退款会原路退回到您付款用的账户，不需要您提供卡号，请不要在聊天里发银行卡号哦}}
C: 好
""", "pii.bank_card",
  "002 第一篇 15 / 003 客服方法 二、6: no bank-card number written back in the chat",
  platform="douyin", shop="数码家电抖音小店")

C(107, """
C: 为啥我的优惠券用不了
A: {{是这样的，是这样的亲，这个券是那个满减券||亲，这张是满减券，订单满199元才能用}}
A: 您现在的订单是169元，再加30元就可以用了
C: 好
""", "forbidden.filler",
  "003 天猫禁语 五: no empty filler phrases (是这样的)",
  platform="taobao", shop="母婴用品天猫店")

C(108, """
C: 那个我上次说的那个事 还有那个盒子的
A: {{没看明白您的意思||很抱歉，我没太理解您的意思，麻烦您再具体描述一下好吗？}}
C: 就是包装盒压坏了 想要个新盒子
A: 非常抱歉，我这边为您补寄一个新的包装盒，明天发出
C: 好
""", "forbidden.pardon_bare|forbidden.repeat_request",
  "000 篇2 五、5: asking to repeat needs an apology",
  platform="jd", shop="茅台酒类京东专营店")

C(109, """
C: 发货了么 我这边急用那个
A: {{啥意思？再说一遍||很抱歉，麻烦您告诉我一下订单号或商品名称，我帮您查一下}}
C: 就那个电动牙刷
A: 找到您的订单了，今天上午已经发出，预计明天送达
C: 好
""", "forbidden.repeat_request|forbidden.pardon_bare",
  "000 篇1 5 / 篇2 三、2: no 什么？再说一遍",
  platform="pinduoduo", shop="口腔护理专营店")

C(110, """
C: 这个面膜敏感肌能用吗
A: 可以用的，这款不含酒精和香精，第一次用建议先在耳后试一下
C: 好
""", "greeting.chat",
  "000 篇4 开头 / 001 开场白: the first reply greets; an advertising quick reply is no greeting",
  platform="douyin", shop="水光肌面膜抖音小店", open_lines=[
      "C: 在吗", "A: {{【店铺活动】双12满199减20，下单备注送小样||您好，欢迎光临水光肌面膜，我是客服小溪，很高兴为您服务，请问有什么可以帮您？}}"])

C(111, """
C: 这个保温杯能装咖啡吗
A: 可以装的，内胆是316不锈钢，喝完及时清洗就好
C: 好 那我下单了
C: [订单编号:3120***6691]
A: 跟您核对一下：收件人吴*，电话尾号7782，地址广东省深圳市南山区***，信息无误的话今天发出
C: 对
""", "closing.chat",
  "000 篇5 第六 / 001 结束语: the end of a sale thanks the buyer",
  platform="jd", shop="膳魔师京东旗舰店", close_lines=[
      "A: 请问还有其他可以帮您的吗？", "C: 没了",
      "A: {{好的||好的，感谢您的光临，期待您下次再来～}}"])

C(112, """
C: 能给改个价吗 少20
A: {{不好意思亲，这个真没办法||很抱歉亲，改价需要主管审批，我帮您申请一张10元的店铺券，您看可以吗？}}
C: 那也行
""", "forbidden.refusal_no_alternative|forbidden.refusal",
  "000 篇2 五、2 / 001 禁用语 (没有什么更好的建议了): an apology alone is not enough; offer something",
  platform="taobao", shop="手工皮具工作室")

C(113, """
C: 我申请的价保怎么没通过
A: {{价保是平台那边审核的，您去找平台客服吧，我们处理不了||很抱歉价保没有通过，我帮您查一下原因，如果符合条件我们店铺直接给您补差价}}
C: 那好
""", "forbidden.buck_passing,forbidden.refusal?,forbidden.blame?",
  "003 京东禁用语 15: the customer is not sent away to someone else",
  platform="jd", shop="美的空调京东专卖店")

C(114, """
C: 柜子味道好大
C: 打开一股刺鼻的味
C: 这能放衣服吗
A: {{【快捷短语】亲，新家具有轻微气味属于正常现象，开窗通风一到两周就会散去～||非常抱歉给您带来困扰，新板材刚拆封会有气味，建议开窗通风一到两周；如果一直散不掉，我们可以为您退换}}
C: 行吧
""", "response.complaint.chat",
  "002 参考用语2 1 / 000 篇8: a complaint is met with an apology, even by a stock quick reply",
  platform="taobao", shop="林氏木业家具")

C(115, """
C: 上一个客服说好给我补偿的
C: 结果一直没人理我
A: {{那我看一下之前的聊天记录||非常抱歉，之前没有跟进到位是我们的失误，我马上查看记录为您处理}}
A: 查到了，答应您的是10元补偿，现在已经通过店铺红包发给您了
C: 收到了
""", "response.complaint.chat",
  "000 篇2 四、5 / 002 参考用语2: a complaint about the shop's own service gets an apology",
  platform="jd", shop="三只松鼠京东旗舰店")

C(116, """
C: 吃了你家的辣条拉了一晚上肚子
C: 你们这东西干不干净啊
A: {{亲，我们产品都是有检测报告的，不会有问题||非常抱歉让您身体不舒服了，您现在好些了吗？麻烦您把剩下的包装拍给我，我马上为您处理退款并反馈质检}}
C: [图片]
A: 收到，已经为您办理退款
C: 嗯
""", "response.harm.chat,forbidden.argue?",
  "003 抖音售后 1 / 000 篇2 四、5: comfort and apologise to a customer who was harmed",
  platform="douyin", shop="麻辣零食抖音小店")

C(117, """
C: 我前天买的 今天降价50
C: 能不能退差价
A: {{活动价是平台定的，我们也没办法||非常抱歉给您带来不好的体验，价格是按活动时间调整的，我为您申请补偿50元店铺红包，您看可以吗？}}
C: 那行
""", "forbidden.blame|forbidden.refusal|response.complaint.chat",
  "003 京东禁用语 8 / 13 / 000 篇2 五、2: no hiding behind the platform's rules",
  platform="pinduoduo", shop="羽绒服专营店")

# ---- excerpts and more ---------------------------------------------------------------

C(118, """
C: 那我的快递到哪了
A: {{亲 您那边自己看一下物流吧||您的快递今天上午到了南京转运中心，预计明天送达}}
C: 好
""", "forbidden.buck_passing|forbidden.link_only",
  "000 篇8 售前服务: answer instead of 'look it up yourself' (a log that starts mid-conversation)",
  platform="taobao", shop="手工饼干店", open=False)

C(119, """
C: 我昨天买的电视今天降了300 能保价吗
A: {{不确定能不能保，您自己申请试试||可以保价的，您在订单页点“价格保护”提交就行，差价会退回原支付账户}}
C: 行 我试试
""", "forbidden.uncertain",
  "001 禁用语 / 003 京东禁用语 7: no 不确定 / 不清楚 answers (a log cut off before the end)",
  platform="jd", shop="海信电视京东自营", close=False)

C(120, """
C: 这两款有什么区别
A: {{哎呀亲，这俩没啥区别，随便拍||这两款的区别是容量，A款2升适合两三个人，B款3升适合四五个人}}
C: 哦
""", "forbidden.casual,forbidden.uncertain?",
  "001 禁用语 (哎) / 差不多意思: no casual interjections or 'about the same'",
  platform="douyin", shop="厨房小电器抖音小店")

C(121, """
C: 我都说了好几遍了 你们听懂没有
C: 要的是蓝色！
A: {{？||非常抱歉，我这边确认了，您要的是蓝色，已经为您备注好}}
C: 哼
""", "forbidden.wordless_reply|forbidden.emoji_only,response.complaint.chat?",
  "000 篇2 五、7 / 篇5 第一: a reply with no words in it",
  platform="pinduoduo", shop="儿童书包专营店")

# ---- calls -------------------------------------------------------------------------------

T(122, """
C: 我这个洗碗机第三次坏了 你们修了两回都没修好 到底行不行
A: {{您先说一下机器的型号||非常抱歉给您添了这么多麻烦，请问机器的型号是多少？}}
C: 型号 W 9 0 3
A: 跟您核对一下，型号是W903，对吗？
C: 对
A: 您是说W903洗碗机已经维修两次还是有故障，对吗？
C: 对
A: 我为您申请换新，明天上午十点前会有专员给您回电确认，请问是打您现在这个号码吗？
C: 对
""", "response.complaint.call",
  "000 篇2 四、5 / 004 抱怨投诉 4-5: a caller complaining about repeated failures gets an apology first (speech recognition, spaced characters)",
  org="方太厨电", form="asr", started="2026-11-24T15:40:00+08:00")

T(123, """
C: 我在你们天猫店买的电动车充电器 插上以后指示灯一直闪红灯
A: {{请问您是什么时候买的？||您是说充电器插上以后指示灯一直闪红灯，对吗？}}
K C: 对
K A: 请问您是什么时候买的？
C: 上个月
A: 很抱歉给您带来不便，这个是充电器故障，在保修期内，我为您免费换新，新充电器明天发出
C: 好
""", "response.restate.call",
  "000 篇2 三、3: the caller's problem is restated before the questions",
  org="雅迪电动车", platform="taobao", started="2026-11-25T11:00:00+08:00")

T(124, """
C: 我要投诉你们的快递员 态度特别差 东西直接扔地上
A: 非常抱歉给您带来不好的体验，请问您贵姓？
C: 姓孙
K A: 孙先生，跟您复述一下：您投诉的是快递员派件时态度差，把包裹直接扔在地上，对吗？
K C: 对
A: 孙先生，我已经为您记录，网点会在今天下午五点前给您回电处理结果，请问打您现在这个号码可以吗？
C: 可以
""", "response.restate_complaint.call",
  "004 抱怨投诉 4 / 000 篇2 四、5: the complaint is read back to the caller",
  org="顺达快递", started="2026-11-26T09:30:00+08:00")

T(125, """
C: 我买的床垫有质量问题 想申请退货 但是体积太大了寄不了
A: 您是说床垫有质量问题要退货，但是太大了没办法自己寄，对吗？
C: 对
A: 很抱歉给您添麻烦了，我这边需要联系仓库安排上门取件
A: 明天中午12点前会有专人给您回电约时间{{||，请问打您哪个号码方便？}}
K C: 就这个号
""", "response.leave_number.call",
  "000 篇2 五、8 / 004 特殊沟通 11: a promised callback takes the caller's number",
  org="梦之床家居", started="2026-11-27T14:20:00+08:00")

T(126, """
C: 我的扫地机器人连不上app了
A: 您是说扫地机器人连不上手机应用，对吗？
C: 对
A: 很抱歉给您带来不便。请您同时按住机器上的回充键和电源键三秒，听到提示音后，在手机应用里点添加设备重新连接{{||。请问这几步您清楚了吗？}}
K C: 清楚了
C: 好 我试试
""", "response.understood.call",
  "000 篇2 六、1 / 004 结束语 1: after explaining steps, check that the caller has understood",
  org="科沃斯", started="2026-11-28T10:10:00+08:00")

T(127, """
C: 退货地址是哪里啊
A: 您是想问退货寄回的地址，对吗？
C: 对
A: {{||地址有点长，麻烦您准备一下纸笔记录，好吗？}}
K C: 好 你说
A: 地址是浙江省宁波市鄞州区五乡镇工业园区明珠路128号3号仓库，收件人退货组，电话0574-88123456
C: 好 记下了
""", "response.note_down.call",
  "000 篇2 三、4 / 004 特殊沟通 8: before long details, ask the caller to get pen and paper",
  org="德力西电器", started="2026-11-29T16:00:00+08:00")

T(128, """
C: 你好 我想问 那个
A: {{喂？喂？您倒是说话啊||很抱歉，我这边听不太清楚，麻烦您大声一点好吗？}}
C: 现在呢 我想问一下订单退款的事
A: 现在能听清了，您是想咨询订单退款，对吗？
C: 对
A: 请问您的订单号是多少？
C: 2 7 6 6 0 0 4 4
A: 跟您核对一下，订单号27660044，对吗？
C: 对
A: 好的，这单退款已经审核通过，1-3个工作日内退回原支付账户
C: 好
""", "forbidden.cant_hear|forbidden.casual|forbidden.hearing_no_apology",
  "000 篇2 一、5 / 二、1 / 篇6: no 喂 喂 听不见-style shouting at a quiet line",
  org="优品商城", started="2026-11-30T09:05:00+08:00")

T(129, """
!wait 3
V A: 没声音啊
K A: 请问有什么可以帮您？
K !wait 3
K A: 请问有什么可以帮您？
K !wait 3
K A: 很抱歉，我这边一直听不到您说话，麻烦您换一部电话或者过一会儿再打过来，好吗？
K !wait 3
K A: 感谢您的来电，再见！
!wait 3
""", "silent_call.call,forbidden.cant_hear?",
  "000 篇2 一、5 / 004 无声电话: a silent call is prompted twice more, apologised to and closed before the agent hangs up",
  org="小天鹅洗衣机", close_lines=[], hangup="agent", started="2026-11-24T20:30:00+08:00")

T(130, """
C: 我想问下上门安装的师傅什么时候来
A: 您是想了解安装师傅上门的时间，对吗？
C: 对
A: 师傅明天上午九点到十一点之间上门，上门前半小时会给您打电话
C: 好
""", "answer.call",
  "000 篇2 四、1 / 002 第二篇 6.1(1): a call is answered within three rings",
  org="老板电器", rings=(6, 2), started="2026-11-25T13:15:00+08:00")

T(131, """
C: 我就问下你们的客服电话几点下班
A: 您是想了解人工客服的服务时间，对吗？
C: 对
A: 人工客服每天早上8点到晚上10点都在线
C: 好 知道了
""", "hangup.call",
  "000 篇2 六、3 / 篇4 12: the customer hangs up first; the agent waits",
  org="华帝厨电", hangup=("agent", "customer"), started="2026-11-26T21:40:00+08:00")

T(132, """
C: 我的热水器装好了 但是不知道怎么设置定时
A: 您是说热水器的定时功能不会设置，对吗？
C: 对
A: {{这个我给您转到技术那边||关于定时设置，我为您转接给技术专员详细讲解，好吗？}}
K C: 好
K A: 请稍等，我马上为您转接
!transfer
""", "transfer.consent.call",
  "000 篇2 三、9: tell the caller why and ask before a transfer",
  org="万和热水器", close_lines=[], started="2026-11-27T10:25:00+08:00")

T(133, """
C: 我找一下17号客服 上次就是她帮我办的
A: {{她不在||很抱歉，17号同事现在正在接听其他来电，您的问题我也可以为您处理，您看可以吗？}}
C: 那你帮我看下我那个换货的进度吧
A: 好的，请问您的订单号是多少？
C: 3 0 1 2 7 7 8 1
A: 跟您核对一下，订单号30127781，对吗？
C: 对
A: 换货的新机已经在今天上午发出，预计后天送到
C: 好
""", "response.named_agent",
  "000 篇2 三、1 / 004 特殊沟通 1: a caller asking for a named agent is answered politely and helped",
  org="美的空调", started="2026-11-28T11:35:00+08:00")

T(134, """
C: 喂 是建设银行吗 我的卡被锁了
A: {{您打错了，我们这不是银行||很抱歉，这里是苏泊尔售后服务热线，请您查证后再拨打，您可以拨打银行卡背面的客服电话}}
C: 哦 不好意思
A: 没关系
""", "forbidden.refusal",
  "000 篇2 三、5 / 004 特殊沟通 2: a wrong number is told where it has reached, not 'you dialled wrong'",
  org="苏泊尔", close_lines=["A: 感谢您的来电，再见！"], started="2026-11-29T09:20:00+08:00")

T(135, """
C: 我觉得你们那个电饭煲的说明书字太小了 老年人看不清
C: 能不能印大一点
A: {{嗯，行||感谢您的宝贵建议，我们会反馈给产品部门，非常感谢您对我们的关心}}
C: 好
""", "response.suggestion.call",
  "000 篇2 五、4 / 004 特殊沟通 9: a suggestion is thanked",
  org="九阳", started="2026-11-30T15:50:00+08:00")

T(136, """
C: 刚才不好意思啊 我声音大了点 主要是着急
A: {{那我们继续说退货的事||没关系，请您不必介意，我们继续说退货的事}}
C: 好
A: 退货申请已经提交，快递员明天上门取件
C: 行
""", "response.apology.call",
  "000 篇2 五、6: the caller's apology is answered (没关系)",
  org="优品商城", open=False, started="2026-11-24T17:05:00+08:00")

T(137, """
C: 你好 我姓赵 我上周买的空气炸锅 今天用的时候冒黑烟
A: {{您是说||赵女士，您是说}}空气炸锅使用时冒黑烟，对吗？
C: 对
A: 很抱歉给您带来不便，请您先停止使用并拔掉电源，我为您办理换新，快递员明天上门取件
C: 好
""", "address.surname.call",
  "004 称呼语 / 000 篇2 一、3: once the surname is known, the caller is addressed by it",
  org="小熊电器", started="2026-11-25T19:30:00+08:00")

T(138, """
C: 喂 你好
A: {{您好，我想跟您确认一下上周买的沙发收到了吗||您好，我是优品家居客服中心回访专员，工号5802，想跟您确认一下上周买的沙发收到了吗？}}
C: 收到了
A: 请问您对沙发和送装服务满意吗？
C: 挺满意的
A: 感谢您的认可，如果使用中有任何问题，欢迎随时拨打我们的客服电话
C: 好
""", "greeting.outbound.call",
  "002 第二篇 6.2: a follow-up call names the company and the caller's role",
  org="优品家居", direction="outbound", open=False,
  close_lines=["A: 感谢您的配合，打扰了，祝您生活愉快，再见！"], started="2026-11-26T14:00:00+08:00")

T(139, """
C: 小姑娘你人真好 声音也好听 周末有空吗 请你吃个饭
A: {{好呀，下次有机会一定去||非常感谢您的好意！很抱歉我不能接受，再次谢谢您}}
C: 哈哈 好吧
""", "response.invitation",
  "000 篇2 三、7: a friendly invitation is declined politely",
  org="华帝厨电", open=False, started="2026-11-27T18:10:00+08:00")

T(140, """
C: 你叫什么名字 把你的手机号告诉我 下次直接找你
A: {{我叫陈丽，手机号我发短信给您||很抱歉，按公司规定我只能告知工号，我的工号是2319，您再打热线也能为您处理}}
C: 好吧
""", "response.personal_info",
  "000 篇2 五、3 / 004 特殊沟通 4: only the agent's job number is given out",
  org="格力空调", open=False, started="2026-11-28T16:45:00+08:00")

T(141, """
C: 我那个换货到底怎么样了 你倒是快点查啊
A: {{您别急啊，一个一个来，我这不正在查嘛||很抱歉让您着急了，麻烦您稍等一下，我马上为您查询，好吗？}}
K C: 好
!hold_start
!wait 20
!hold_end
A: 感谢您的耐心等待，新机今天上午已经发出，预计后天送到
C: 好
""", "forbidden.impatient,hold.consent.call?,response.complaint.call?",
  "000 篇2 四、3 / 篇6: no 'don't rush me' to a caller",
  org="海尔", open=False, started="2026-11-29T11:05:00+08:00")

T(142, """
C: 上次那个客服答应我给我补发的 怎么到现在还没收到
A: {{那是上一个同事答应的，不是我说的||非常抱歉，之前答应您的补发没有跟进到位，我马上为您查看并加急处理}}
C: 那你们到底发不发
A: 非常抱歉，我已经为您重新提交补发，今天下午五点前发出
C: 好
""", "forbidden.blame,response.complaint.call?",
  "000 篇2 四、4: no 'it was not me who took that call'",
  org="优品商城", started="2026-11-30T10:30:00+08:00")

T(143, """
C: 我这个空调显示 E 1 是什么意思
A: 您是说空调面板上显示E1，对吗？
C: 对
A: {{这个我也不清楚 您等师傅来看吧||E1是管路压力保护，我为您安排师傅上门检测，明天上午十点前给您回电约时间}}
C: 好
""", "forbidden.uncertain",
  "000 篇6 / 001 禁用语: no 不清楚 (speech recognition, chunked)",
  org="格力空调", form="asrw", started="2026-11-24T08:55:00+08:00")

T(144, """
C: 我想把送货时间改到周六上午
A: 您是想把送货时间改到周六上午，对吗？
C: 对
A: {{我这边操作一下||麻烦您稍等，我帮您操作一下，好吗？}}
K C: 好
!mute_start
!wait 15
!mute_end
A: 感谢您的耐心等待，已经为您改成周六上午送货，送货前师傅会提前联系您
C: 好
""", "hold.mute_consent.call|hold.consent.call",
  "000 篇2 五、1: the caller agrees before the line is muted",
  org="京东家电", platform="jd", started="2026-11-25T10:40:00+08:00")

T(145, """
C: 我投诉的那个安装师傅乱收费的事 你们什么时候给我处理
A: 非常抱歉给您带来不好的体验，您是说安装师傅乱收费的投诉，想知道处理时间，对吗？
C: 对
A: {{我们会尽快给您处理的||我们会在三个工作日内核实清楚，并在本周五下午五点前给您回电}}
C: 好吧
""", "response.reply_time.call|response.defer_without_time",
  "004 抱怨投诉 7-8 / 000 篇1 7: tell the caller when",
  org="美的服务中心", started="2026-11-26T16:20:00+08:00")

T(146, """
C: 我想查一下我的积分能换什么
A: 您是想查询积分可以兑换的礼品，对吗？
C: 对
A: 麻烦您稍等一下，我帮您查询，好吗？
C: 好
!hold_start
!wait {{210||40}}
!hold_end
A: 感谢您的耐心等待，您现在有3200积分，可以兑换一口不粘锅或者两桶油
C: 好
""", "hold.max.call|hold.limit.call,response.thank_wait.call?",
  "000 篇2 三、8: no long hold without coming back to the caller",
  org="优品商城", started="2026-11-27T09:45:00+08:00")

T(147, """
C: 我想问下那个电暖器怎么开关定时
A: 您是想了解电暖器的定时开关怎么设置，对吗？
C: 对
A: 请您按遥控器上的定时键，每按一次增加一小时，设好后屏幕上会显示时间。请问这样说您清楚吗？
C: 清楚了
""", "greeting.festival.call",
  "004 节日开头语: on a public holiday the opening carries a holiday greeting",
  org="艾美特", open_lines=["A: {{您好||您好，新年快乐}}，艾美特客服中心，工号6085为您服务，请问有什么可以帮您？"],
  started="2027-01-01T10:20:00+08:00")

T(148, """
C: 我买的油烟机 安装师傅说要另外收120块的材料费 这个合理吗
A: 很抱歉给您带来困扰，您是说安装师傅要另收120元材料费，想确认是否合理，对吗？
C: 对
{{+12||+0.8}} A: 标准安装不收材料费，如果需要加长烟管才按价目表收费，加长一米是40元
C: 那他这个不对啊 我没加长
A: 非常抱歉，我为您登记投诉，今天下午五点前给您回电处理结果，请问打您现在这个号码可以吗？
C: 可以
""", "dead_air.call",
  "000 篇1 3 / 篇6 3: no long silence on the line without a word to the caller",
  org="老板电器", started="2026-11-28T13:50:00+08:00")

T(149, """
C: 我想查一下维修进度
A: 您是想查询维修的进度，对吗？
C: 对
A: {{等会儿||麻烦您稍等一下，我帮您查询，好吗？}}
K C: 好
!hold_start
!wait 20
!hold_end
A: 感谢您的耐心等待，您的机器已经修好，今天下午寄回
C: 好
""", "forbidden.wait_short|forbidden.wait_bare,hold.consent.call?",
  "000 篇2 五、1 / 004 保持 1: a wait asked with please and thanks",
  org="飞利浦", open=False, started="2026-11-29T14:30:00+08:00")
