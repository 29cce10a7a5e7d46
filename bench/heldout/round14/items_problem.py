"""Shop chats where the customer reports an everyday problem or chases; the
violating line is the agent's slip, the twin does it right."""

from common import pair

# --- no apology or soothing before asking for details (response.complaint.chat)
pair(["C: [订单编号:[订单x]，订单金额:[金额x]，下单时间:[日期x] [时间x]]", "C: 在吗", "GREET",
      "C: 买的手机说好前天到 物流到现在还停在转运中心",
      "C: 急用啊",
      ("A: 请提供一下收货人手机号后四位",
       "A: 非常抱歉让您着急了，麻烦您提供一下收货人手机号后四位，我马上帮您查物流"),
      "C: [数字x]",
      "A: 感谢您的耐心等待，包裹昨晚已经从转运中心发出，今天下午会派送，我这边也给站点留言优先派送了",
      "C: 行吧", "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: a late parcel told as a complaint; the agent asks for data with no soothing first",
     platform="jd")

pair(["C: [商品卡片] 加厚珊瑚绒四件套 灰色 1.8m床", "GREET",
      "C: 收到了 但是被套上有一块黄色的污渍", "C: 新的东西怎么会这样",
      ("A: 麻烦拍张照片给我看看",
       "A: 亲，真的很抱歉让您收到这样的商品，麻烦您拍张污渍的照片给我看看，我给您登记换新"),
      "C: [图片]",
      "A: 收到，感谢您的配合，已经给您申请换新，新的一套今天下午发出，旧的等快递上门取件就好，运费由我们承担",
      "C: 好", "CLOSE"],
     "response.complaint.chat", "003 抖音售后 1: a stained duvet cover on arrival; the agent asks for a photo without first soothing",
     platform="taobao")

pair(["C: 你好", "GREET", "C: 我买的苹果 烂了好几个", "C: 一箱里面有五六个都是软的 还有一个流水了",
      ("A: 请问是哪个规格的订单？",
       "A: 亲，非常抱歉，收到烂果肯定很闹心，请问您买的是哪个规格的呢？我这边马上给您处理"),
      "C: 5斤装的",
      "A: 好的，按照坏果的数量给您补偿，五六个按六个算，退您[金额x]元，已经提交了，一般24小时内原路退回",
      "C: 好吧 可以", "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: rotten fruit in the box; the reply goes straight to a question",
     platform="pinduoduo")

pair(["C: [订单x]", "C: 这个单子一周了还没发货？", "GREET",
      ("A: 亲 这边看到您的订单是预售款",
       "A: 亲，让您等了这么久真的很抱歉，这边看到您的订单是预售款"),
      "A: 预计本周五之前发出，发出后物流信息会同步给您",
      "C: 下单的时候没注意是预售", "C: 那周五一定能发吗",
      "A: 我这边已经给仓库备注加急了，周五之前一定发出，到时候我在这里跟您说一声",
      "C: 好的", "CLOSE"],
     "response.complaint.chat", "002 参考用语2 1: an order not shipped after a week; the agent explains (presale) without a word of apology",
     platform="taobao")

pair(["C: 客服", "GREET", "C: 空气炸锅用了三天就不加热了", "C: 灯亮着 风扇在转 就是不热",
      ("A: 您好，请问有没有按说明书预热？",
       "A: 给您添麻烦了，实在抱歉，先跟您确认一下，使用前有没有按说明书预热五分钟呢？"),
      "C: 预热了 一直都是这么用的",
      "A: 好的，那应该是加热管的问题，这边直接给您换一台新的，您不用寄回，我们先发新机，今天就能发出",
      "C: 这还差不多", "CLOSE"],
     "response.complaint.chat", "003 抖音售后 2: a fault after three days; the agent checks the user's handling first without soothing",
     platform="douyin")

pair(["C: [订单编号:[订单x]]", "C: 显示签收了 我根本没收到", "C: 家里一直有人", "GREET",
      ("A: 签收人是谁？",
       "A: 亲，非常抱歉给您带来困扰，我先帮您查一下签收记录"),
      "A: 感谢您的等待，这边看到是放在了小区的驿站，我已经联系快递员核实，今天下午五点前给您回复，如果找不到直接给您补发",
      "C: 好 那我等你消息", "CLOSE"],
     "response.complaint.chat,forbidden.curt_demand?", "002 参考用语2 2: shown delivered, never received; a curt question back instead of soothing",
     platform="jd")

# --- bare or policy-worded refusals
pair(["C: [商品卡片] 纯棉短袖T恤 白色 XL", "GREET", "C: 穿了一次 领口就变形了", "C: 可以退吗",
      "A: 亲，真不好意思，让您穿得不舒心了，麻烦看一下吊牌还在吗？", "C: 吊牌剪了",
      ("A: 吊牌剪了就不能退了，这是店铺规定",
       "A: 吊牌剪掉的话退货确实办不了，非常抱歉，不过领口变形属于质量问题，我们可以给您换一件新的，或者补偿您[金额x]元，您看选哪种？"),
      "C: 那换一件吧",
      "A: 好的，已经给您登记换货，新的今天发出，旧的不用寄回了",
      "C: ok", "CLOSE"],
     "forbidden.blame|forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative", "003 京东禁用语 13 + 京东做法 3: a refusal hidden behind the shop's rule, no apology, no other way offered",
     platform="taobao")

pair(["C: 能便宜点吗", "C: 买两件", "GREET",
      ("A: 不能的亲 都是明码标价",
       "A: 亲，很抱歉价格这边改不了呢，不过两件的话可以给您送一双同款袜子，您看可以吗？"),
      "C: 好吧", "A: 好的亲，拍下后我给您备注赠品",
      "C: 嗯嗯", "CLOSE"],
     "forbidden.refusal_bare|forbidden.refusal|forbidden.refusal_no_alternative", "003 京东做法 3: a bargaining refusal with no apology and nothing offered",
     platform="taobao")

pair(["C: [订单x]", "GREET", "C: 我这个电视能不能开专票", "C: 公司报销要用",
      ("A: 我们这边只开普票",
       "A: 亲，可以的，麻烦您提供一下公司名称、税号、开户行和账号，我这边给您开增值税专用发票"),
      "C: 好 我整理一下发给你",
      "A: 好的，收到信息后三个工作日内开好，电子版会发到您留的邮箱",
      "C: 好的", "CLOSE"],
     "platform.jd.invoice_refusal|forbidden.refusal_bare", "003 拼多多售前 一: a request for a special VAT invoice turned down flat",
     platform="jd")

pair(["C: 鞋子买大了一码", "C: 还没穿过 能换小一码吗", "GREET",
      ("A: 亲 换不了哦 只能退",
       "A: 亲，非常抱歉，这款小一码已经断码了，暂时换不了呢，可以给您办理退货，运费由我们出，您看可以吗？"),
      "C: 那就退吧",
      "A: 好的，已经给您提交了退货申请，快递明天上门取件，收到后24小时内退款",
      "C: 行", "CLOSE"],
     "forbidden.refusal_bare|forbidden.refusal|forbidden.refusal_no_alternative|forbidden.out_of_stock_bare", "003 京东做法 3: an exchange refused in three words, no apology",
     platform="pinduoduo")

pair(["C: 我想退货", "C: 收到第五天了 衣服颜色跟图片差太多", "GREET",
      ("A: 亲 色差不算质量问题 不支持退货",
       "A: 亲，很抱歉颜色和您想的不一样，收到七天内都可以无理由退货的，我这边帮您申请，您看可以吗？"),
      "C: 可以",
      "A: 好的，已经提交了，退货地址会通过平台消息发给您，寄回时请保持衣服完好",
      "C: 嗯", "CLOSE"],
     "platform.pinduoduo.return_refusal", "003 拼多多售后 三、1: within seven days a no-reason return refused as 'colour is not a defect'",
     platform="pinduoduo")

# --- pushing the customer elsewhere / to do it themselves
pair(["C: [订单编号:[订单x]]", "C: 物流三天没动了", "GREET",
      "A: 亲，很抱歉让您久等了",
      ("A: 这个您直接打快递公司电话问一下吧 他们那边清楚",
       "A: 我这边马上联系快递公司核实一下原因，今天下午四点前给您回复"),
      "C: 好",
      "A: 感谢您的耐心，刚刚快递那边回复说是中转站积压，明天会派送，我会继续帮您盯着",
      "C: 行吧", "CLOSE"],
     "forbidden.buck_passing", "003 京东禁用语 15: a stuck parcel handed back to the customer to chase the courier",
     platform="taobao")

pair(["C: 洗衣机装好了 但是有点晃", "C: 安装师傅说是你们的问题", "GREET",
      "A: 亲，真的很抱歉给您带来不便",
      ("A: 安装是厂家负责的 您找售后网点吧",
       "A: 我这边马上帮您联系厂家售后，让师傅重新上门调平，明天上午给您确定上门时间"),
      "C: 好 尽快",
      "A: 好的，已经提交了加急，有进展第一时间在这里告诉您",
      "C: 嗯", "CLOSE"],
     "forbidden.buck_passing", "003 京东禁用语 15: the installer's fault sent back to the manufacturer for the customer to chase",
     platform="jd")

pair(["C: 亲 我的退款怎么还没到", "C: 退货都签收三天了", "GREET",
      "A: 亲，很抱歉让您久等了",
      ("A: 您去订单详情里点申请平台介入就可以了",
       "A: 我这边看到仓库已经签收，马上给您操作退款，今天之内到账"),
      "C: 好",
      "A: 已经操作好了，款项原路退回，请您留意一下",
      "C: 收到了 谢谢", "A: 不客气亲～", "CLOSE"],
     "forbidden.buck_passing", "000 篇8 售前服务 + 002 售后: a stuck refund the shop can pay turned into the customer's complaint to the platform",
     platform="taobao")

pair(["C: 那个 能不能帮我改个地址", "C: 刚下的单", "GREET",
      ("A: 您自己在订单页面修改一下就可以",
       "A: 可以的亲，麻烦您把新地址发我一下，我这边给您修改"),
      "C: [地址x]",
      "A: 好的，跟您核对一下，新地址是[地址x]，收件人和电话不变，对吗？",
      "C: 对", "A: 已经改好了，感谢您的配合",
      "CLOSE"],
     "forbidden.buck_passing", "000 篇8 售前服务: asked to change an address, the agent leaves the customer to do it",
     platform="pinduoduo")

# --- a link or page instead of an answer
pair(["C: [商品卡片] 儿童保温杯 500ml", "GREET", "C: 这个能装开水吗", "C: 孩子上学用",
      ("A: 亲 详情页有写哦 您往下翻一下",
       "A: 可以的亲，内胆是316不锈钢，能直接装开水，保温大约12小时，孩子用很方便"),
      "C: 好的",
      "CLOSE"],
     "forbidden.link_only|forbidden.buck_passing", "000 篇8 售前服务: sent to the product page instead of an answer",
     platform="taobao")

pair(["C: 这件羽绒服 身高165体重120 穿什么码", "GREET",
      ("A: 亲 尺码表在详情页 您对照着选就行",
       "A: 亲，按您的身高体重建议选M码，要是里面穿厚毛衣的话可以选L码"),
      "C: 那M吧",
      "A: 好的，M码现在有货，今天拍下今天就能发",
      "C: 好", "CLOSE"],
     "forbidden.link_only|forbidden.buck_passing", "000 篇8 售前服务: a size question answered with the size chart",
     platform="taobao")

pair(["C: 发票怎么开", "GREET",
      ("A: https://help.example.com/invoice 这里有说明",
       "A: 亲，您在订单详情页点“申请开票”，填上抬头和税号就可以了，开好后会发到您的邮箱，需要我帮您操作的话把抬头和税号发我也行"),
      "C: 那你帮我开吧 [公司名x] [税号x]",
      "A: 好的，已经提交了，两个工作日内开好",
      "C: 好", "CLOSE"],
     "forbidden.link_only", "000 篇8 售前服务: a bare help link instead of how to get the invoice",
     platform="jd")

# --- an ask-more instead of answering
pair(["C: [订单x]", "GREET", "C: 我买的是两件 只收到一件", "C: 另外一件呢",
      ("A: 好的亲，请问还有其他问题吗？",
       "A: 亲，真不好意思，您的订单是分两个包裹发的，另一件今天上午刚发出，明天就能到"),
      "C: 哦哦 那行",
      "CLOSE"],
     "response.ask_more_skips_question.chat,response.complaint.chat?", "003 客服的方法: an item missing; the agent asks if there is anything else instead of answering",
     platform="jd")

pair(["C: 请问这个洗碗机要预留多大的位置", "GREET",
      ("A: 亲还有什么需要了解的吗？",
       "A: 亲，嵌入式的话需要宽60厘米、深58厘米、高82厘米左右的空间，后面还要留一点走水管的位置"),
      "C: 好的我量一下", "CLOSE"],
     "response.ask_more_skips_question.chat", "003 客服的方法: a size question skipped with an ask-more",
     platform="jd")

# --- deferrals with no time
pair(["C: 降价了", "C: 我前天买的 今天便宜了五十", "C: 能补差价吗", "GREET",
      "A: 亲，买完就降价确实让人不舒服，很抱歉",
      ("A: 我帮您问一下主管 有结果了告诉您",
       "A: 我帮您问一下主管，今天下班前一定给您答复"),
      "C: 好",
      "A: 感谢您的等待，主管同意给您补五十元差价，已经通过平台退款给您了",
      "C: 好的", "CLOSE"],
     "response.defer_without_time|response.reply_time.chat", "000 篇1 7: a price-drop claim deferred with no time given",
     platform="taobao")

pair(["C: 我的发票申请了一个星期了", "C: 还没开出来", "GREET",
      "A: 亲，非常抱歉让您等了这么久",
      ("A: 财务那边在处理了 您再等等",
       "A: 我已经催了财务，明天中午之前把电子发票发到您的邮箱"),
      "C: 行 明天没有我再来问",
      "A: 好的，明天中午前一定给您发过去",
      "CLOSE"],
     "response.reply_time.chat|response.defer_without_time|forbidden.impatient", "000 篇1 7: an invoice chase answered by 'wait some more' with no time",
     platform="jd")

pair(["C: 师傅说今天来装空调", "C: 等了一天了 人影都没有", "GREET",
      "A: 亲，真的很抱歉让您白等了一天",
      ("A: 我这边跟网点反馈一下 稍后联系您",
       "A: 我这边马上跟网点反馈，一个小时内给您回电确认明天上门的具体时间"),
      "C: 好",
      "A: 感谢您的耐心，已经约好明天上午九点到十点之间上门，师傅会提前电话联系您",
      "C: 行", "CLOSE"],
     "response.defer_without_time|response.reply_time.chat", "000 篇1 7: an installer no-show deferred to 'later' with no time",
     platform="jd")

# --- curt demands for data
pair(["C: 我要退款", "GREET",
      ("A: 订单号",
       "A: 好的亲，麻烦您提供一下订单号，我这边帮您看一下"),
      "C: [订单x]",
      "A: 感谢您的等待，看到您的订单还没发货，已经给您取消并退款了，一到三个工作日原路退回",
      "C: 好", "CLOSE"],
     "forbidden.curt_demand", "003 京东做法 7: a two-character demand for the order number",
     platform="pinduoduo")

pair(["C: 耳机左边没声音了", "C: 买了半个月", "GREET",
      "A: 亲，很抱歉给您添麻烦了",
      ("A: 把购买截图和故障视频发过来",
       "A: 方便的话麻烦您录一段左耳没声音的小视频发给我，我这边尽快给您安排换新"),
      "C: [视频]",
      "A: 收到了，感谢您的配合，已经给您登记换新，新耳机明天发出",
      "C: 好", "CLOSE"],
     "forbidden.curt_demand", "003 京东培训 三: an order to send proof, in the imperative",
     platform="jd")

pair(["C: 快递被退回去了", "C: 我也没拒收啊", "GREET",
      "A: 亲，非常抱歉出现这样的情况",
      ("A: 报一下收件人电话",
       "A: 麻烦您告诉我一下收件人的电话，我帮您查一下退回的原因"),
      "C: 尾号[数字x]",
      "A: 谢谢，查到了，是快递员派送时联系不上收件人，我已经安排重新发出，明天能到",
      "C: 好吧", "CLOSE"],
     "forbidden.curt_demand", "003 京东做法 7: 'give me the number' as a command",
     platform="taobao")

# --- casual register, 你 for 您, bare replies
pair(["C: 我这个锅底有点刮花了 能换吗", "GREET",
      ("A: 哎呀 姐 这个没事的 不影响用",
       "A: 亲，实在抱歉，收到刮花的锅确实影响心情，刮痕不影响使用，不过您介意的话可以给您换一个新的"),
      "C: 那还是换吧",
      "A: 好的，已经给您申请换货了，新锅今天发出",
      "C: 嗯", "CLOSE"],
     "forbidden.casual,response.complaint.chat?", "001 禁用语 哎/大姐: casual register in answering a complaint",
     platform="douyin")

pair(["C: 请问这个充电宝能带上飞机吗", "GREET",
      ("A: 你放心 能带的 一万毫安的没问题",
       "A: 您放心，可以带的，一万毫安时的充电宝符合民航规定，放在随身行李里就行"),
      "C: 好的", "CLOSE"],
     "forbidden.address_ni", "000 篇8 售前服务: 你 for 您 in an answer",
     platform="jd")

pair(["C: 衣服收到了 袖子长了", "C: 能帮我改短一点吗 还是只能退", "GREET",
      "A: 亲，抱歉让您收到不合身的衣服",
      ("A: 你可以退了重新拍小一码的",
       "A: 您可以退了重新拍小一码的，小一码袖长短两厘米，来回运费由我们承担"),
      "C: 那行",
      "A: 好的，退货申请已经帮您提交了",
      "CLOSE"],
     "forbidden.address_ni", "000 篇8 售前服务: 你 for 您 in a service reply",
     platform="taobao")

pair(["C: 我的快递还有多久能到", "C: [订单x]", "GREET",
      "A: 亲，请稍等，我帮您查一下",
      "A: 感谢您的等待，包裹已经到您所在的城市了，明天上午派送",
      "C: 明天几点能到？",
      ("A: 嗯",
       "A: 快递员一般上午十点到十二点之间派送，派送前会给您打电话的"),
      "C: 好吧",
      "CLOSE"],
     "forbidden.bare_ack|forbidden.wordless_reply", "000 篇2 五、7: a bare 嗯 to a customer's question",
     platform="jd")

pair(["C: 我收到的杯子是碎的", "C: [图片]", "GREET",
      "A: 亲，实在对不起，运输中磕碎了",
      "A: 这边马上给您补发一个新的，今天就能发出，碎的不用退回",
      "C: 好的 谢谢你",
      ("A: 😊",
       "A: 不客气亲，给您添麻烦了，补发的快递单号出来后会同步到订单里"),
      "CLOSE"],
     "forbidden.emoji_only|response.thanks.chat", "000 篇2 五、7: thanks answered with an emoji alone",
     platform="taobao")

pair(["C: 为什么我的订单被取消了", "GREET",
      ("A: 哦，那个是系统自动取消的",
       "A: 亲，很抱歉给您带来不便，您的订单是超过付款时间被系统自动取消了，商品还有库存，您重新拍一下就可以"),
      "C: 原来这样 好的",
      "CLOSE"],
     "forbidden.interjection_o|forbidden.casual,response.complaint.chat?", "001 禁用语 哦: a reply opened with 哦",
     platform="pinduoduo")

# --- chasing: still nothing, how long, third time
pair(["C: 我问第三次了", "C: 到底什么时候发货", "GREET",
      ("A: 亲 已经在安排了",
       "A: 亲，实在对不起让您反复来问，我刚跟仓库确认过，您的订单今天下午三点前发出，发出后物流单号会同步给您"),
      "C: 好 今天再不发我就退了",
      "A: 理解您的心情，今天一定发出",
      "CLOSE"],
     "response.urge|response.complaint.chat|response.reply_time.chat", "002 售后 四、2: the third chase answered with 'being arranged', no apology, no time",
     platform="taobao")

pair(["C: 还没到？", "C: 昨天说今天到", "C: 都下午六点了", "GREET",
      ("A: 在派送中了",
       "A: 亲，真是抱歉让您一直等，我刚查了，快递员在您附近派送，预计晚上八点前送到"),
      "C: 好", "CLOSE"],
     "response.urge|response.complaint.chat", "002 售后 四、2: a chase answered with a status, no apology and no time",
     platform="jd")

pair(["C: 退款还要多久", "C: 申请五天了", "GREET",
      ("A: 亲 退款都是需要时间的呢",
       "A: 亲，非常抱歉让您久等，您的退款已经审核通过，银行到账一般一到三个工作日，最迟这周五到"),
      "C: 行吧", "CLOSE"],
     "response.urge|response.complaint.chat|response.reply_time.chat", "002 售后 四、2: 'refunds take time' to a chase, no apology, no date",
     platform="taobao")

# --- harm
pair(["C: 你们家的洗衣凝珠", "C: 我用完手上起了好多红点 痒得不行", "GREET",
      ("A: 请问您是直接用手拿的吗？",
       "A: 亲，非常抱歉，让您受罪了，建议您先用清水冲洗，情况严重的话请尽快就医，费用我们来承担，方便说一下您是直接用手拿的吗？"),
      "C: 是啊",
      "A: 好的，我这边已经给您登记了，今天会有专人在下午五点前联系您处理后续",
      "C: 好", "CLOSE"],
     "response.harm.chat|response.complaint.chat", "003 抖音售后 1: a skin reaction reported; the agent questions how it was used before any care",
     platform="douyin")

pair(["C: 电热水壶把手烫到我了", "C: 手上起了个泡", "GREET",
      ("A: 把手是隔热材质的，正常使用不会烫",
       "A: 亲，实在对不起，让您受伤了，请先用凉水冲一冲，需要就医的话费用由我们承担，我马上给您登记退换"),
      "C: 你自己看看图 [图片]",
      "A: 看到了，真的很抱歉，这个是把手装配有问题，已经给您办理退款，今天就能到账",
      "C: 好", "CLOSE"],
     "response.harm.chat|forbidden.argue|forbidden.refusal", "003 抖音售后 1: a burn met with 'it can't be hot'",
     platform="taobao")

# --- thanks not answered
pair(["C: 物流查到了 谢谢啊", ("A: 这款现在有满减活动，满199减20",
       "A: 不客气亲～这款现在还有满减活动，满199减20，有需要可以看看"),
      "C: 好的", "CLOSE"],
     "response.thanks.chat", "000 篇7 24: a customer's thanks met with a promotion, no reply to the thanks",
     platform="taobao", timed=False)

# --- platform rules in shop chats
pair(["C: 你们有没有群 以后买东西方便", "GREET",
      ("A: 有的亲 加我vx 我拉您进群 群里有优惠",
       "A: 有的亲，点店铺首页的“粉丝群”就能加入，群里会发优惠券"),
      "C: 好", "CLOSE"],
     "platform.pinduoduo.contact_app", "003 拼多多禁语 1 / 拼多多售前 二: a chat app by its letters",
     platform="pinduoduo")

pair(["C: 能不能便宜点 我直接给你转账", "GREET",
      ("A: 可以的 您扫我收款码 给您便宜十块",
       "A: 亲，为了您的资金安全，请在平台内下单付款，我这边给您申请一张十元的店铺券"),
      "C: 好吧", "CLOSE"],
     "platform.pinduoduo.off_platform", "003 拼多多禁语 6: payment outside the platform offered",
     platform="pinduoduo")

pair(["C: 收到了 挺好的", "GREET",
      ("A: 谢谢亲 给个五星带图评价 截图发我返您5元哦",
       "A: 谢谢亲的支持，用得满意就好，有什么问题随时找我们"),
      "C: 嗯", "CLOSE"],
     "platform.pinduoduo.review_incentive,forbidden.interjection_o?", "003 拼多多禁语 5: cash for a five-star review with photos",
     platform="pinduoduo")

pair(["C: 这个保温杯 跟天猫那家比哪个好", "GREET",
      ("A: 亲 我们比天猫那家便宜还是同一个厂的",
       "A: 亲，我们这款是304不锈钢内胆，保温12小时，杯盖可以整个拆洗，您可以对比一下参数"),
      "C: 好", "CLOSE"],
     "platform.pinduoduo.marketplace", "003 拼多多禁语 1: another marketplace named",
     platform="pinduoduo")

pair(["C: 鞋子什么时候发", "GREET",
      ("A: 亲 宝贝今天下午就发出啦",
       "A: 亲，您拍的鞋子今天下午就发出啦"),
      "C: 好的", "CLOSE"],
     "platform.pinduoduo.baobei", "003 拼多多禁语 7: 宝贝 for the goods",
     platform="pinduoduo")

pair(["C: 能货到付款吗", "GREET",
      ("A: 可以的亲 运费到付就行",
       "A: 亲，很抱歉，店铺暂时不支持货到付款，您可以在平台先付款，收到不满意七天内可以无理由退货"),
      "C: 好吧", "CLOSE"],
     "platform.pinduoduo.collect_on_delivery", "003 拼多多禁语 6: 到付 offered",
     platform="pinduoduo")

pair(["C: 收到了 保鲜盒挺好用", "GREET",
      ("A: 感谢支持～确认收货后五星好评 联系客服领两元红包哦",
       "A: 感谢您的支持～用得好就好，有问题随时找我们"),
      "C: 哈哈好", "CLOSE"],
     "platform.douyin.review_incentive", "003 抖音小店 1: a red packet for a five-star review",
     platform="douyin")

pair(["C: 有没有别的办法联系你们 这个聊天老是卡", "GREET",
      ("A: 您可以扫一下我们的二维码加好友",
       "A: 亲，很抱歉给您带来不便，您可以退出重新进一下店铺客服，我这边一直在线，也可以在订单页留言，看到后马上回复您"),
      "C: 好", "CLOSE"],
     "platform.douyin.off_platform", "003 抖音小店 2: a QR code to leave the platform",
     platform="douyin")

pair(["C: 这款电饭煲能开发票吗", "GREET",
      ("A: 不好意思亲 我们小店不开发票的",
       "A: 可以的亲，下单后在订单页申请开票，填好抬头，我们三个工作日内开出电子发票"),
      "C: 好", "CLOSE"],
     "platform.taobao.invoice_refusal|forbidden.refusal_no_alternative", "003 拼多多售前 一: an invoice request refused",
     platform="taobao")

pair(["C: 我在小红书上看到你们家这个面膜", "C: 是正品吗", "GREET",
      ("A: 是的亲 您也可以去小红书搜我们的店铺号 有很多买家秀",
       "A: 亲，我们是品牌授权店，每批货都有质检报告，您可以在商品详情页看到报告编号"),
      "C: 好的", "CLOSE"],
     "platform.taobao.other_app|platform.taobao.marketplace", "003 拼多多禁语 1: another app recommended to the customer",
     platform="taobao")

pair(["C: 我买的纸巾少了一提", "GREET",
      "A: 亲，非常抱歉，少发了给您带来麻烦",
      ("A: 我用微信给您转五块钱补偿吧",
       "A: 我这边给您补发一提，今天就发出，或者按价格退您差价，您看哪种方便？"),
      "C: 补发吧", "A: 好的，已经给您安排补发了", "CLOSE"],
     "platform.jd.contact_app|platform.jd.off_platform", "003 拼多多禁语 1/6: compensation through an outside chat app",
     platform="jd")

# --- uncertainty and hedges
pair(["C: 我的快递到哪了", "C: [订单x]", "GREET",
      ("A: 亲 这个我也不清楚 系统没更新",
       "A: 亲，很抱歉，物流信息暂时还没更新，我这边联系快递公司查一下，半小时内给您回复"),
      "C: 好",
      "A: 感谢您的耐心，查到包裹在杭州中转站，明天到",
      "C: ok", "CLOSE"],
     "forbidden.uncertain", "001 禁用语 不清楚: 'I don't know either' about a parcel",
     platform="taobao")

pair(["C: 这个冰箱几天能送到", "C: 北京朝阳", "GREET",
      ("A: 大概三四天吧",
       "A: 亲，北京朝阳区有本地仓，今天下单明天就能送到，大件会提前电话和您约时间"),
      "C: 好的", "CLOSE"],
     "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语 大概: a hedge for a delivery time",
     platform="jd")

pair(["C: 为什么我的手机充不进电", "C: 买了一周", "GREET",
      "A: 亲，非常抱歉给您带来困扰",
      ("A: 可能是您的充电器有问题",
       "A: 麻烦您换一根原装的数据线试一下，如果还是充不进，我们直接给您换新机"),
      "C: 换了也不行",
      "A: 好的，那这边直接给您办理换新，快递明天上门取旧机",
      "C: 好", "CLOSE"],
     "forbidden.uncertain|forbidden.uncertain_hedge|forbidden.blame", "001 禁用语 可能: a guess that puts the fault on the customer's charger",
     platform="jd")

# --- blame, rude, impatient, rhetorical
pair(["C: 这个榨汁机盖子扣不上", "GREET",
      "A: 亲，很抱歉给您带来不便",
      ("A: 您是不是没按说明书装啊",
       "A: 请您把杯身的箭头对准底座的标记再往右转一下，就能扣上了"),
      "C: 好了 可以了",
      "A: 太好了，能用就好",
      "CLOSE"],
     "forbidden.rhetorical|forbidden.blame", "003 京东做法 7: a rhetorical question that blames the customer",
     platform="taobao")

pair(["C: 我问了好几次了 这个到底能不能机洗", "GREET",
      ("A: 刚才不是说过了吗 能机洗",
       "A: 亲，可以机洗的，建议装洗衣袋用轻柔模式，水温不超过30度"),
      "C: 好", "CLOSE"],
     "forbidden.impatient|forbidden.rhetorical", "003 京东禁用语 6: 'didn't I say so' to a repeated question",
     platform="taobao")

pair(["C: 你们这什么破质量", "C: 用两天就坏了", "GREET",
      ("A: 嫌质量不好就别买便宜货",
       "A: 亲，非常抱歉让您失望了，麻烦说一下是哪里坏了，我这边马上给您处理退换"),
      "C: 开关按不动了",
      "A: 好的，已经给您申请换新，新的今天发出",
      "C: 行", "CLOSE"],
     "forbidden.rude,response.complaint.chat?", "001 禁用语 太贵了就不要用了: contempt for the customer's purchase",
     platform="pinduoduo")

pair(["C: 你们客服是机器人吗 回的什么东西", "GREET",
      ("A: 您爱投诉就投诉吧",
       "A: 亲，实在抱歉刚才的回复没有帮到您，您再说一下遇到的问题，我一定认真帮您处理"),
      "C: 我的烤箱不出热风", "A: 好的，抱歉给您添麻烦了，已经给您登记售后，师傅明天上门检修",
      "C: 好", "CLOSE"],
     "forbidden.rude,response.complaint.chat?", "003 京东禁用语 9: 'complain wherever you like'",
     platform="jd")

pair(["C: 这件毛衣起球了", "GREET",
      "A: 亲，新毛衣就起球，换谁都会不高兴，抱歉了",
      ("A: 毛衣起球很正常的 您懂不懂啊",
       "A: 羊毛类的衣服穿着摩擦容易起球，可以用去球器处理一下，如果起球很严重，我们可以给您退换"),
      "C: 那我先试试",
      "A: 好的，有问题随时找我们",
      "CLOSE"],
     "forbidden.rhetorical|forbidden.rude", "003 京东禁用语 14: 'do you even know'",
     platform="taobao")

# --- late reply, no apology
pair(["C: 在吗", "GREET", "C: 我想问下这个插座带不带USB口",
      ("+300 A: 带的亲，两个USB口一个Type-C口",
       "+300 A: 亲，非常抱歉让您久等了，带的，两个USB口一个Type-C口"),
      "C: 好", "CLOSE"],
     "response.late_reply.chat", "001 应答规范: a five-minute gap answered with no apology",
     platform="jd")

# --- ads
pair(["C: 这个吹风机好用吗", "GREET",
      ("A: 亲 这款是全网最好用的 销量第一",
       "A: 亲，这款有三档风速和冷热风切换，负离子护发，很多买家反馈吹得快不伤发"),
      "C: 好 我考虑下", "CLOSE"],
     "ad.superlative|ad.whole_net|ad.first", "003 拼多多禁语 3: superlatives",
     platform="pinduoduo")

pair(["C: 这个蜂蜜有什么功效", "GREET",
      ("A: 亲 每天喝可以降血糖 治咳嗽特别灵",
       "A: 亲，这是食品，不能代替药物哦，可以用温水冲着喝，口感清甜"),
      "C: 好的", "CLOSE"],
     "ad.efficacy", "003 拼多多禁语 4: a food sold as a cure",
     platform="douyin")

# --- transfer without a word
pair(["C: 我想开发票", "GREET",
      ("S: 会话已转接至发票组客服",
       ["A: 亲，发票由专门的发票组同事办理，我帮您转接过去，您看可以吗？", "C: 可以", "S: 会话已转接至发票组客服"]),
      "A: 您好，我是发票组的阿宁，请问要开什么抬头？",
      "C: 个人", "A: 好的，已经给您开好了，电子发票会发到订单里",
      "CLOSE"],
     "transfer.consent.chat", "002 售前 四、2: a chat handed over with no word to the customer",
     platform="taobao")

# --- blind promise
pair(["C: 这个面霜我用了会不会过敏", "C: 我皮肤比较敏感", "GREET",
      ("A: 放心亲 百分百不会过敏",
       "A: 亲，这款不含酒精和香精，敏感肌也有很多人在用，不过每个人体质不同，建议先在耳后试用两天"),
      "C: 好的", "CLOSE"],
     "forbidden.blind_promise|ad.absolute|ad.percent", "002 售前疑难 3: a guarantee the shop cannot give",
     platform="douyin")

# --- out of stock bare
pair(["C: 这个42码还有吗", "GREET",
      ("A: 没货了",
       "A: 亲，很抱歉，42码暂时卖完了，下周二补货，您可以先加入购物车，或者看看同款的深灰色，42码还有"),
      "C: 那我等等吧", "CLOSE"],
     "forbidden.out_of_stock_bare|forbidden.refusal_bare", "001 案例1-4: 'no stock' and nothing else",
     platform="taobao")

# --- decide for the customer
pair(["C: 白色和黑色我都喜欢", "C: 哪个好", "GREET",
      ("A: 就黑色吧 我帮您改成黑色了",
       "A: 亲，白色看着清爽，黑色更耐脏，您平时通勤用的话黑色省心些，看您更喜欢哪个呢？"),
      "C: 那黑色", "A: 好的，拍黑色就行", "CLOSE"],
     "forbidden.decide_for_customer", "003 京东做法 4: the agent chooses and acts for the customer",
     platform="taobao")

# --- pii
pair(["C: 快递员电话多少", "C: 我联系不上", "GREET",
      "A: 亲，很抱歉给您带来不便",
      ("A: 快递员电话是13812345678 您直接打",
       "A: 我这边联系快递员让他给您回电，十分钟内会打给您"),
      "C: 好", "CLOSE"],
     "pii.mobile,forbidden.buck_passing?,platform.pinduoduo.off_platform?", "003 拼多多禁语 8: a full phone number sent in the chat",
     platform="pinduoduo")
