"""First batch: 48 shop chats and 12 calls (r17v001-r17v060)."""

from common import C, T

# ---- complaints, harm, urging -------------------------------------------------

C(1, """
C: [订单编号:3190***2746]
C: 下单五天了还没发货
C: 到底发不发啊[发怒]
A: {{亲，这款是预售款，下单后7-10天内发货，现在还没到时间呢||非常抱歉让您久等了亲，这款是预售款，下单后7-10天内发货，目前还在排期中}}
A: 我这边给您催一下仓库，预计本周五前发出，发出后物流信息会同步更新
C: 行吧
""", "response.complaint.chat,forbidden.argue?",
  "000 篇8 / 002 参考用语2: a buyer's complaint is met with an apology first; here the wait is explained away",
  platform="jd", shop="森居家具京东旗舰店")

C(2, """
C: 宝宝用了你家纸尿裤 屁屁红了一大片😭
C: [图片]
C: 才用了两天
A: {{请问是哪个尺码的，批次号在包装侧面，麻烦发一下||真的非常抱歉让宝宝受罪了，您先别着急，建议先给宝宝停用；麻烦您告诉我尺码和包装侧面的批次号，我马上为您登记处理}}
C: L码 批次20260913
A: 收到，已经为您登记了，这单为您办理退货退款，来回运费由我们承担
A: 退货地址已经发到订单的售后页面，您寄回后填上单号就可以
C: 好
""", "response.harm.chat",
  "003 抖音售后 / 000 篇2 四、5: harm to the customer is met with comfort and an apology before the questions",
  platform="taobao", shop="小鹿母婴天猫店")

C(3, """
C: 能不能一单发两个地址
C: 我妈一箱 我婆婆一箱
A: {{一单只能发一个地方的||很抱歉亲，一个订单只能发往一个地址，您可以分开拍两单，分别填两位老人的地址，两单都能享受包邮}}
C: 那我拍两单
A: 好的，拍好之后我帮您核对两个地址
""", "forbidden.refusal_no_alternative|forbidden.refusal_bare|forbidden.refusal",
  "000 篇2 五、2 / 003 京东做法 3: a request that cannot be met gets an apology and a way forward; here a flat no",
  platform="pinduoduo", shop="赣南脐橙果园直发店")

C(4, """
C: 我平时穿L 这件要拍多大
A: {{身高体重发来||麻烦您告诉我一下身高和体重，我帮您推荐尺码}}
C: 168 120斤
A: 根据您的身材建议拍L码，这款是常规版型，穿着不会紧
C: 好的
""", "forbidden.curt_demand",
  "003 京东做法 7 / 京东培训 三: ask, do not order the buyer about; here a bare command",
  platform="douyin", shop="一棵树女装抖音小店")

C(5, """
C: 我上周买的数据线 物流一直没动
C: [订单编号:2611***0938]
A: {{我查下，等会||麻烦您稍等一下，我帮您查询物流}}
A: 让您久等了，很抱歉物流耽搁了，查到包裹在杭州转运中心，今天已经重新发出，预计后天送到
C: 好吧
""", "forbidden.wait_short|forbidden.wait_bare",
  "000 篇2 五、1 / 004 保持 1: asking the customer to wait needs a please or a thanks; here a bare 等会",
  platform="taobao", shop="极客数码配件")

C(6, """
C: 空调到了 什么时候来人装
C: 京东上买的自营
A: {{安装是品牌那边负责的，您得自己去找格力售后，我们这边管不了||安装由我这边为您登记，品牌售后师傅会在24小时内打电话跟您预约上门时间}}
C: 那好吧
A: 安装单号是AZ2611305，您可以在订单详情里看到安装进度
""", "forbidden.buck_passing,forbidden.blame?",
  "003 京东禁用语 15: the customer is not sent to find someone else; the agent takes the matter on",
  platform="jd", shop="京东自营")

C(7, """
C: 这个电水壶多大功率
C: 容量多少
A: {{参数详情页都写了的，您往下翻翻就有||这款功率是1500瓦，容量1.7升，一次能烧四到五杯水}}
C: 行
""", "forbidden.buck_passing|forbidden.link_only",
  "000 篇8 售前服务: answer the question instead of sending the buyer to the item description",
  platform="taobao", shop="暖暖小家电")

C(8, """
C: 这个滤芯能用在美的MRC1586上吗
A: {{我估计能用吧，型号都差不多的||能用的亲，这款滤芯适配MRC1586，接口尺寸我们核对过}}
C: 那我拍两个
A: 好的亲，拍好后我帮您核对收货信息
C: [订单编号:2811***5512]
A: 跟您核对一下：收件人李*，电话尾号0398，地址江苏省苏州市吴中区***，信息无误的话今天下午发出
C: 对的
""", "forbidden.uncertain|forbidden.uncertain_hedge",
  "001 禁用语 / 000 篇2 五、8: no guessing (可能、大概) in an answer; here 估计…吧",
  platform="pinduoduo", shop="清泉净水配件专营店")

C(9, """
C: 这条裤子我150斤能穿吗
C: 腰围是多少啊
A: {{你拍XL就行，腰围是82||建议您拍XL码，这个码的腰围是82厘米}}
C: 好嘞
""", "forbidden.address_ni",
  "000 篇8 售前服务 / 篇5 第一: the buyer is addressed as 您, not 你",
  platform="douyin", shop="阿杰男装工厂店")

C(10, """
C: [商品卡片]德尔玛加湿器 4L大容量 ￥129
C: 今天拍今天能发吗
A: {{👌||可以的，今天下午四点前付款的订单当天发出}}
C: 那我现在拍
A: 好的亲，付款后我帮您核对地址
C: [订单编号:3012***7781]
A: 跟您核对一下：收件人周*，地址北京市朝阳区望京***，电话尾号6620，无误的话今天发出
C: 没问题
""", "forbidden.emoji_only|forbidden.wordless_reply",
  "000 篇5 第一 / 篇2 五、7: a reply made only of an emoji or sticker is not an answer",
  platform="jd", shop="德尔玛京东自营旗舰店")

# ---- platform rules -------------------------------------------------------------

C(11, """
C: 我家里老人用 怕他不会弄
C: 售后怎么联系你们
A: {{有问题您加我vx，搜dd_guo2020，我单独给您处理||有问题直接在这个聊天窗口留言就可以，我们看到会马上为您处理}}
C: 好的
""", "platform.pinduoduo.contact_app",
  "003 拼多多禁语 1 / 拼多多售前 二: no third-party app or contact (WeChat, spelled any way) on Pinduoduo",
  platform="pinduoduo", shop="老来乐家居专营店")

C(12, """
C: 能便宜点不 两件
A: {{亲，您先拍下别付款，我给您个收款码，扫码付的话给您减20||很抱歉亲，价格这边暂时调整不了，两件一起拍可以送您一副手套，您看可以吗？}}
C: 那算了 我再想想
A: 好的，您考虑好了随时来找我
""", "platform.taobao.off_platform",
  "003 拼多多禁语 6: payment only through the platform; here a private QR code",
  platform="taobao", shop="北山户外运动")

C(13, """
C: 收到了 挺好看的
C: 就是袖子有点长
A: 很抱歉袖长不太合适，亲可以拿到裁缝店改一下，费用不高
A: {{收到满意的话麻烦给个五星带图呀，截图发我返您3块红包||袖长不合适的话也可以申请换小一码，运费由我们承担}}
C: 哦哦好
""", "platform.douyin.review_incentive",
  "003 抖音小店 1: no asking for good reviews, least of all for money",
  platform="douyin", shop="暖棉小屋抖音小店")

C(14, """
C: [订单编号:2902***3317]
C: 收到了 谢谢
A: 不客气亲，使用中有任何问题随时联系我们
A: {{晒单写满30个字带三张图，找我领5元无门槛券哈||这款锅第一次使用前建议用温水清洗一遍再开锅}}
C: 好
""", "platform.jd.review_incentive",
  "003 拼多多禁语 5 (the books apply it to JD): reviews are given freely, not paid for with coupons",
  platform="jd", shop="炊大师京东专卖店")

C(15, """
C: 这锅会不会用几个月就粘
A: {{不会的，这个涂层保证一辈子都不粘||这款是陶瓷涂层，日常用木铲或硅胶铲、不用钢丝球刷，涂层能用得更久}}
C: 行 那我试试
""", "ad.absolute|ad.efficacy|forbidden.blind_promise",
  "003 广告禁用词 1 / 拼多多禁语 3-4: no absolute or exaggerated quality claims (永久, 保证一辈子)",
  platform="pinduoduo", shop="巧妇厨具专营店")

C(16, """
C: 这款和那款蓝色的哪个好
A: {{这款是我们店里卖得最火的，闭眼入||这款是店里的热销款，面料更厚实；蓝色那款更轻薄，适合春秋}}
C: 那我要这款
""", "ad.superlative,forbidden.slang?",
  "003 广告禁用词 1 / 拼多多禁语 3: no 最-series claims",
  platform="taobao", shop="棉麻时光原创女装")

C(17, """
C: 直播间这个价和店铺里一样吗
A: {{不一样的，直播间这价格别家都拿不到，随便比||直播间下单有专属的满减，比店铺页面每件少15元}}
C: 好的
""", "ad.whole_net|ad.price|ad.unique",
  "003 拼多多禁语 3: no whole-market or price claims (全网最低, no one else has it)",
  platform="douyin", shop="鲜果时光抖音小店")

C(18, """
C: 这个奶瓶安全吗 给新生儿用的
A: {{放心，我们是国家指定的母婴用品供应商||这款是PPSU材质，通过了食品接触材料检测，报告可以在商品页面查看}}
C: 好的
""", "ad.authority",
  "003 广告禁用词 2: no claims of state authority or endorsement",
  platform="jd", shop="贝亲宝贝京东专营店")

C(19, """
C: 你家的是不是高仿啊
C: 价格比专柜便宜好多
A: {{亲放心，我们家都是原厂正货，国际级品质||亲，我们的商品都有品牌授权书和进货凭证，收到后可以扫码查验}}
C: 好
""", "ad.unverifiable",
  "003 广告禁用词 4: no claims that cannot be verified (正品, 国际品质)",
  platform="taobao", shop="美妆集合店")

C(20, """
C: 这个颜色还有吗
A: {{有的，不过就剩最后几件了，今晚不下单明天就没了||有的亲，这个颜色目前有现货}}
C: 那我今天拍
A: 好的亲，拍好后我帮您核对收货信息
""", "ad.inducement,ad.superlative?",
  "003 广告禁用词 3 / 拼多多禁语 3: no pressure to buy now (最后一波, 仅此一次)",
  platform="pinduoduo", shop="小熊童装专营店")

C(21, """
C: [订单编号:2101***4409]
C: 发了没
A: {{宝贝已经打包好了，下午快递来取||您的商品已经打包好了，下午快递来取件}}
C: 好
""", "platform.pinduoduo.baobei",
  "003 拼多多禁语 2 / 7: 宝贝 is another marketplace's word; Pinduoduo says 商品 or 产品",
  platform="pinduoduo", shop="简约家纺专营店")

C(22, """
C: 衣服收到了 不太喜欢颜色
C: 吊牌我剪了 能退吗
A: {{吊牌剪了就不能退了哈||能退的亲，签收7天内都支持无理由退货，只要不影响二次销售，您在订单页申请退货就可以}}
C: 哦
""", "platform.pinduoduo.return_refusal",
  "003 拼多多售后 三、1: seven-day no-reason returns; the agent may not refuse them",
  platform="pinduoduo", shop="衣尚女装专营店")

C(23, """
C: 公司采购 要开发票
C: 能开吗
A: {{我们这边不开发票的亲||可以开的亲，下单时在发票栏填写公司抬头和税号，订单完成后电子发票会发到您的邮箱}}
C: 好
""", "platform.jd.invoice_refusal",
  "003 拼多多售前 一 (applied to JD): an invoice request may not be refused",
  platform="jd", shop="得力办公京东专营店")

# ---- forbidden tone -------------------------------------------------------------

C(24, """
C: 你们发货也太慢了吧
C: 别家都是当天发
A: {{嫌慢的话可以去别家买的呀||非常抱歉让您久等了，双十二期间单量大，您的订单我已经备注加急，明天中午前发出}}
C: ……
""", "forbidden.rude,response.complaint.chat?",
  "003 拼多多禁语 5 / 001 禁用语 (太贵了就不要用了): no sending the unhappy customer off",
  platform="taobao", shop="良品食光零食铺")

C(25, """
C: 那个赠品是什么来着
A: {{刚才不是跟您说过了嘛，往上翻翻就看到了||赠品是一个收纳袋和一块擦拭布，随商品一起发出}}
C: 哦
""", "forbidden.impatient",
  "003 京东禁用语 6 / 天猫禁语 一: no irritation at a repeated question",
  platform="douyin", shop="小雨数码抖音小店")

C(26, """
C: 鞋子小了一码 挤脚
A: {{您下单前没看尺码表吗？||非常抱歉穿着不合适，您可以申请换大一码，换货运费由我们承担}}
C: 看了 按尺码表拍的
A: 非常抱歉，这款鞋型偏小，我这边给您办理换货，新鞋会在收到退回的鞋当天发出
C: 好
""", "forbidden.rhetorical,response.complaint.chat?",
  "003 京东做法 7 / 京东培训 二: no rhetorical questions that blame the buyer",
  platform="jd", shop="步履轻运动鞋专营店")

C(27, """
C: 我买的是白色 收到的是米色
C: [图片]
A: {{不可能发错的，我们出库都要扫码核对的，您是不是在灯光下看的||非常抱歉给您添麻烦了，麻烦您在自然光下再拍一张吊牌，我马上为您核实，如果发错给您免费换}}
C: [图片]
A: 核实了，是仓库拣错了，给您补发白色，米色这件不用寄回了
C: 好吧
""", "forbidden.argue,response.complaint.chat?",
  "000 篇1 4 / 003 京东培训 一: no arguing with the buyer",
  platform="taobao", shop="素白衬衫研究所")

C(28, """
C: 周六我儿子生日 明天能到吗
A: {{肯定能到，到不了我赔您||今天下午发出，同城件预计明天送到，我会在备注里请快递优先派送}}
C: 好
""", "forbidden.blind_promise",
  "002 第三篇 售前疑难 3 / 第二篇 6.1(7): no promise the agent cannot keep",
  platform="pinduoduo", shop="乐高积木玩具专营店")

C(29, """
C: 这个黑色和灰色哪个耐脏
A: 黑色更耐脏一点，灰色显得更清爽
C: 嗯
A: {{那我直接给您备注黑色了||您看选哪个颜色呢？选好了我帮您备注}}
""", "forbidden.decide_for_customer",
  "003 京东做法 4: the customer decides; the agent helps him decide",
  platform="jd", shop="简诺沙发京东旗舰店", close_lines=[
      "C: 那就黑色", "A: 好的，已经为您备注黑色，请问还有其他可以帮您的吗？", "C: 没了",
      "A: 感谢您的光临，祝您生活愉快～"])

C(30, """
C: 物流好几天不动了
A: {{亲，您这单是在中转仓滞留了，要等干线车揽收后才会更新轨迹||非常抱歉让您着急了，您的包裹现在停在中转仓，要等下一班长途运输车装车后物流信息才会更新}}
A: 我已经帮您联系快递加急，明天中午前会有新的物流信息
C: 好的
""", "forbidden.jargon,response.complaint.chat?",
  "003 京东培训 六: plain words, not the trade's jargon",
  platform="taobao", shop="茶语茶叶店")

C(31, """
C: 这个杏色还有吗
A: {{没货了||很抱歉亲，杏色暂时缺货，同款的燕麦色还有现货，颜色也很温柔，您看可以吗？}}
C: 那算了
""", "forbidden.out_of_stock_bare",
  "001 案例1-4 / 002 售前疑难 5: out of stock is said with an apology and an alternative",
  platform="douyin", shop="织梦毛衣抖音小店")

C(32, """
C: [订单编号:3299***0127]
C: 都催三次了
C: 到底什么时候发
A: {{已经在安排了||非常抱歉让您着急了，我已经再次联系仓库加急，今天下午六点前给您发出}}
C: 行
""", "response.urge,response.complaint.chat?,response.reply_time.chat?",
  "002 售后 四、2: a customer chasing the order is reassured and told what happens when",
  platform="jd", shop="百草园坚果京东旗舰店")

C(33, """
C: 退款什么时候到账
C: [订单编号:2710***6645]
A: {{退款我们会尽快处理的亲||退款已经审核通过了，1-3个工作日内原路退回到您的付款账户}}
C: 好
""", "response.reply_time.chat,response.defer_without_time?",
  "000 篇1 7: tell the customer when he will have an answer or a result",
  platform="taobao", shop="安心家居日用")

C(34, """
C: 收到了 包装很用心 谢谢啊
A: {{【温馨提示】米面类商品请存放在阴凉干燥处，开封后尽快食用||不客气亲，您喜欢就好～米面类商品请存放在阴凉干燥处，开封后尽快食用}}
C: 好
""", "response.thanks.chat",
  "000 篇7 24: a customer's thanks is answered",
  platform="pinduoduo", shop="五常大米产地直发店")

C(35, """
C: 建议你们详情页的尺寸标成厘米
C: 英寸看着好费劲
A: {{嗯嗯收到||感谢您的宝贵建议，我已经反馈给运营同事，会尽快改成厘米标注}}
C: 嗯
""", "response.suggestion.chat,forbidden.bare_ack?",
  "000 篇2 五、4 / 篇7 52: a suggestion is thanked",
  platform="taobao", shop="光影相框工作室")

C(36, """
C: 这款有现货吗
+330 A: {{亲，这款有现货，下单当天发||非常抱歉让您久等了，这款有现货，下单当天就能发出}}
C: 好的
""", "response.late_reply.chat",
  "001 应答规范 / 000 篇4 1 / 篇5 第三: a reply after minutes of silence starts with an apology for the wait",
  platform="douyin", shop="山野茶铺抖音小店", open_lines=[
      "C: 在吗", "A: 您好，欢迎光临山野茶铺，我是客服小禾，请问有什么可以帮您？"])

C(37, """
C: 这个书架承重多少
A: 单层承重30公斤，放满书没有问题
C: 好的
""", "greeting.chat",
  "000 篇4 开头 / 001 开场白: a chat opens with a greeting and an offer of help",
  platform="jd", shop="木匠坊书架京东店", open_lines=[
      "C: 在吗", "A: {{在||您好，欢迎光临木匠坊，我是客服小树，很高兴为您服务，请问有什么可以帮您？}}"])

C(38, """
C: 这个台灯有几档亮度
A: 有三档亮度，还可以调色温，暖光和白光都有
C: 行 我再看看
""", "closing.chat|closing.chat_ask",
  "000 篇4 11 / 001 结束语: the chat ends with ask-more and thanks",
  platform="taobao", shop="小光台灯店", close_lines=[
      "A: {{好的||好的亲，请问还有其他可以帮您的吗？}}", "K C: 没了", "K A: 感谢您的光临，期待您下次光临～"])

C(39, """
C: 我要退款 东西坏了
C: [图片]
A: 非常抱歉给您添麻烦了
K A: 退款问题我为您转接给售后专员处理，请您稍等
S: 当前会话已转接至售后客服
""", "transfer.consent.chat",
  "002 售前 四、2 / 000 篇2 三、9: the customer is told before a chat is handed to a colleague",
  platform="pinduoduo", shop="安居灯饰专营店", close=False)

C(40, """
C: 拍好了
C: [订单编号:3001***8894]
A: {{好的亲，今天给您发出||好的亲，跟您核对一下收货信息：收件人陈*，电话尾号5521，地址浙江省杭州市余杭区***，信息无误的话今天给您发出}}
K C: 对的
""", "response.confirm_address.chat",
  "002 售前 四、4 / 003 (网店) : after an order the agent checks the delivery details with the buyer",
  platform="taobao", shop="竹编手作小店")

C(41, """
C: 我地址写错了 是三单元不是二单元
A: 好的，已经为您修改成三单元
A: {{跟您核对下，收件电话13958261473对吧||跟您核对下，收件电话是尾号1473的这个号码对吧}}
C: 对
""", "pii.mobile",
  "003 拼多多禁语 8 / 002 第一篇 15: the buyer's full phone number is not sent in the chat",
  platform="jd", shop="良田粮油京东旗舰店")

C(42, """
C: 小姐姐你声音一定很好听
C: 你叫什么名字呀 加个好友呗
A: {{我叫王佳怡，大家都叫我佳佳||很抱歉亲，我们只能告知客服昵称，我是客服小七，请问商品方面还有什么可以帮您？}}
C: 好吧
""", "response.personal_info,forbidden.address_ni?",
  "000 篇2 三、6 / 五、3: an agent's personal details are not given; only the service nickname or number",
  platform="pinduoduo", shop="星空手机壳专营店")

C(43, """
C: 这个外套多少钱
A: 现在活动价199元
C: 还有 能机洗吗
A: {{亲，请问还有其他可以帮您的吗～||可以机洗的，建议装进洗衣袋用轻柔模式，水温不超过30度}}
K C: 好的
""", "response.ask_more_skips_question.chat",
  "003 客服的方法: the customer's open question is answered before the ask-more",
  platform="douyin", shop="北岸服饰抖音小店")

C(44, """
C: 帮我把备注改成不要发申通
A: {{OK的亲，马上改||好的亲，马上为您修改备注}}
C: 谢谢
A: 不客气呢
""", "forbidden.english",
  "001 禁用语: no OK / NO / YES",
  platform="taobao", shop="花间小语鲜花店")

C(45, """
C: 我的快递发了吗
C: [订单编号:3188***2605]
A: {{哦，那个昨天就发了||您好，您的订单昨天已经发出了}}
A: 快递单号在订单详情里，预计明天下午送到
C: 好
""", "forbidden.interjection_o",
  "001 禁用语: 哦 (and 哎, 呵呵) as an interjection",
  platform="jd", shop="维达生活用品京东自营")

C(46, """
C: 这个保温杯真的能保温12小时吗
A: {{能的亲，这个价格冲就完了，绝绝子||能的亲，这款杯胆是双层真空，开水放12小时后还有60度左右}}
C: 好
""", "forbidden.slang",
  "000 篇2 五、7: no casual or internet slang in service replies",
  platform="pinduoduo", shop="恒温杯具专营店")

C(47, """
C: 那我明天问下我老公再决定
A: {{嗯||好的亲，您和家人商量好了随时来找我，这款活动到周日结束}}
""", "forbidden.bare_ack",
  "000 篇2 五、7 / 001 禁用语: a bare 嗯 is no answer",
  platform="taobao", shop="梦之床床垫店")

C(48, """
C: 快递员把我包裹扔门口 丢了
C: 你们管不管
A: {{亲，这个是快递那边的事，跟我们店没关系的||非常抱歉给您带来这么糟的体验，这件事我们来处理，我马上联系快递核实，今天给您答复，核实丢件后给您补发}}
C: 行
""", "forbidden.blame,response.complaint.chat?",
  "003 京东禁用语 8 / 15: no 'not our fault / not our problem'",
  platform="douyin", shop="好梦家纺抖音小店")

# ---- calls ----------------------------------------------------------------------

T(49, """
C: 我打了四次才打进来
C: 你们这热线怎么回事
A: {{请问您要咨询什么问题||很抱歉让您久等了，刚才线路比较忙，请问有什么可以帮您？}}
C: 我家洗衣机不脱水了
A: 您是说洗衣机现在不能脱水，对吗？
C: 对
A: 好的，我为您登记上门维修，师傅会在今天下午五点前给您打电话约时间，您看可以吗？
C: 可以
""", "response.complaint.call",
  "000 篇2 四、1 / 004 抱怨投诉 1: a caller who could not get through gets an apology",
  org="海宁电器", started="2026-11-24T09:12:00+08:00")

T(50, """
C: 我想查一下快递 单号是 S F 1 4 0 2 8 8 3 7 5 6 1 0
A: {{好的，我查一下||好的，跟您核对一下单号，SF140288375610，对吗？}}
K C: 对
A: 麻烦您稍等一下，我为您查询，好吗？
C: 好
!hold_start
!wait 20
!hold_end
A: 感谢您的耐心等待，您的快递已经到了您小区的驿站，取件码已经发到您的手机上
C: 好 知道了
""", "response.readback.call",
  "004 核实信息 1: numbers the caller gives are read back one by one",
  org="顺达快递", started="2026-11-25T14:30:00+08:00")

T(51, """
C: 我在你们京东店买的烤箱 想问下发票开了没
A: 您是想确认烤箱订单的发票有没有开出来，对吗？
C: 对
A: {{我帮您查一下||麻烦您稍等一下，我帮您查询，好吗？}}
K C: 好的
!hold_start
!wait 25
!hold_end
A: 感谢您的耐心等待，发票已经开好了，在订单详情的发票栏里可以下载
C: 行
""", "hold.consent.call",
  "000 篇1 6 / 004 保持 2: ask the caller before putting him on hold",
  org="长帝电器京东店", platform="jd", started="2026-11-26T10:05:00+08:00")

T(52, """
C: 我想问下我上周申请的退款到哪一步了
A: 您是想查询退款进度，对吗？
C: 对
A: 麻烦您稍等一下，我帮您查询，好吗？
C: 好
!hold_start
!wait 30
!hold_end
A: {{查到了，退款昨天已经退回到您的原支付账户||感谢您的耐心等待，查到了，退款昨天已经退回到您的原支付账户}}
C: 好的
""", "hold.return.call|response.thank_wait.call",
  "000 篇2 三、8 / 004 保持 2: back from hold, thank the caller for waiting",
  org="优品商城", started="2026-11-27T16:40:00+08:00")

T(53, """
C: 你好 我买的吸尘器充不进电
A: 您是说吸尘器现在充不进电，对吗？
C: 对的
A: 很抱歉给您带来不便，请问充电时指示灯亮吗？
C: 不亮
A: 好的，我为您登记换新，快递员明天上门取件，收到旧机后当天寄出新机
C: 好
""", "greeting.call",
  "000 篇1 1 / 004 开头语: the call opens with a greeting, the company and the agent's number or name",
  org="洁净电器", open_lines=["A: {{喂，您好||您好，洁净电器客服中心，工号5802为您服务，请问有什么可以帮您？}}"],
  started="2026-11-24T11:20:00+08:00")

T(54, """
C: 我想问下你们那个电饭煲内胆单卖吗
A: 您是想单独购买电饭煲的内胆，对吗？
C: 对
A: 单卖的，在我们官方店搜“内胆”就能找到，不同型号的内胆价格不一样
C: 好 知道了
A: 请问还有其他可以帮您的吗？
C: 没有了
""", "closing.call_thanks",
  "000 篇2 六、2 / 002 第二篇 6.1(2): the call ends with thanks and a goodbye",
  org="美厨小家电", close_lines=["A: {{好，拜拜||好的，感谢您的来电，再见！}}"],
  started="2026-11-28T15:10:00+08:00")

T(55, """
C: 你们家电暖器插上冒烟了 我手被烫了一下
A: {{请问您买的是哪个型号||真的非常抱歉，您的手现在怎么样？先请您把插头拔掉，不要再使用了}}
C: 没啥事 就红了一块 型号是NF-2208
A: 跟您核对一下，型号是NF-2208，对吗？
C: 对
A: 好的，这台我为您办理退货退款，另外会安排质检同事今天下午五点前给您回电了解情况
C: 行
""", "response.harm.call",
  "003 抖音售后 1 / 000 篇2 四、5: harm to the caller is met with concern and an apology first",
  org="暖冬电器", started="2026-11-29T19:05:00+08:00")

T(56, """
C: 我投诉的那个快递员的事 有结果了吗
A: 您是想了解之前投诉快递员的处理结果，对吗？
C: 对
A: 很抱歉，这件事网点还在核实中
A: {{等有结果了我们再通知您||我们会在明天中午12点前给您回电告知结果，请问还是打您现在这个号码吗？}}
K C: 对 就这个号
""", "response.reply_time.call|response.defer_without_time,response.leave_number.call?",
  "004 抱怨投诉 7 / 000 篇1 7: a deferred answer comes with a time",
  org="顺达快递", started="2026-11-30T10:45:00+08:00")

T(57, """
C: 喂 我想问下那个 订单那个……
A: {{您那边太吵了，找个安静的地方再说吧||很抱歉，您那边有点嘈杂，麻烦您换到安静一点的地方好吗？}}
C: 好 你等下
C: 现在行了吧
A: 可以了，请问您要咨询哪个订单？
C: 上周买的羽绒服 想换个码
A: 您是想把上周买的羽绒服换一个尺码，对吗？
C: 对
A: 好的，您在订单页申请换货，选好新尺码就可以，换货运费由我们承担
C: 好
""", "forbidden.hearing_no_apology|forbidden.cant_hear",
  "000 篇2 二、1-3 / 004 无法听清: a noisy line is asked about with an apology and please",
  org="暖羽服饰", started="2026-11-25T18:22:00+08:00")

T(58, """
C: ……
A: 您好，请问有什么可以帮您？
C: 嗯……我想想啊
A: {{您想好了再说，不然我这边就先挂了||不着急，您慢慢说}}
C: 就是我买的那个床垫能不能退
A: 您是想退上周购买的床垫，对吗？
C: 对
A: 可以的，签收7天内都支持退货，我这边为您提交退货申请，明天会有物流师傅上门取件
C: 好的
""", "forbidden.hangup_threat",
  "000 篇2 一、6 / 篇6: no threatening to hang up",
  org="梦之床家居", started="2026-11-26T20:15:00+08:00")

T(59, """
C: 我不跟你说了 叫你们主管来接
A: {{主管现在很忙，您有事跟我说就行||很抱歉给您带来不好的体验，您的问题我一定认真处理；如果您需要，我现在为您联系主管，请您稍等好吗？}}
C: 算了 就是我的退款五天了还没到
A: 很抱歉让您久等了，您是说退款五天了还没到账，对吗？
C: 对
A: 我为您加急处理，今天下午五点前给您回电，请问是打您现在这个号码吗？
C: 是
""", "response.manager_request",
  "004 抱怨投诉 6: a caller who insists on a manager is answered politely and offered a way",
  org="优品商城", started="2026-11-27T13:30:00+08:00")

T(60, """
C: 我的打印机连不上wifi
A: 您是说打印机连不上无线网络，对吗？
C: 对
A: 请您长按打印机上的无线按钮五秒，等指示灯闪烁后，在手机上重新添加打印机。请问我这样说您清楚吗？
C: 清楚 我试试 …… 好了好了 连上了 太谢谢你了
A: {{那您打一张试试||不客气，这是我们应该做的，您可以打一张试试}}
C: 打出来了
""", "response.thanks.call",
  "004 特殊沟通 10 / 000 篇2 五、7: a caller's thanks is answered",
  org="惠普打印机", started="2026-11-28T09:50:00+08:00")
