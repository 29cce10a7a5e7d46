"""Shop chats, batch 3: more everyday problems and information questions,
more wordings of the same failures, whole chats in traditional characters,
full-width letters, untimed logs cut off mid-conversation, two more
speech-recognition calls."""

from common import call_item, item
from items_shop import (BUCK, CPL, CPL_URG, REF, REF_NA, S_BUCK, S_REFUSE, S_SKIP, S_SOOTHE,
                        S_TIME, S_URGE, SKIP, TIME, URG)

ITEMS = [
    item("jd", [
        "C: 冰箱昨天送到的 今天插上电一点都不凉",
        "A: ⟦您先断电放24小时再开机试试。‖新冰箱不制冷太让人着急了，给您添麻烦了！您先断电放24小时再开机，要是还不凉，我立刻给您换新。⟧",
        "C: 好吧",
    ], CPL, S_SOOTHE + "; a fridge that won't cool, answered with a procedure only"),
    item("taobao", [
        "C: 衣服有一股很冲的味道",
        "C: 熏得我头疼",
        "A: ⟦新衣服都有点味道，洗一下就好了。‖让您闻着难受了，真的很抱歉亲！新衣服有染料味，洗一两次会散掉，您要是不放心可以直接退，运费我们出。⟧",
        "C: 我先洗洗看",
    ], CPL + ",forbidden.argue?", S_SOOTHE + "; a strong smell that gives a headache: 'all new clothes smell'"),
    item("pinduoduo", [
        "C: 拖鞋两只不一样大",
        "C: 左脚这只明显小一圈",
        "A: ⟦您拍个照片看看。‖这确实是我们的问题，抱歉亲！麻烦拍张两只放一起的照片，我马上给您换一双。⟧",
        "C: [图片]",
        "A: 收到了，新的一双明天发出。",
    ], CPL, S_SOOTHE + "; a mismatched pair answered with 'take a photo'"),
    item("douyin", [
        "C: 直播间说包邮的",
        "C: 为什么收了我8块运费",
        "A: ⟦偏远地区运费是另算的。‖不好意思让您误会了，偏远地区是要另收运费的，直播里没说清楚是我们的问题，这8元我给您退回来。⟧",
        "C: 好",
    ], CPL, S_SOOTHE + "; charged postage after 'free shipping' was said: the rule, no regret"),
    item("jd", [
        "C: 快递员说我这地址送不到 让我自己去镇上拿",
        "C: 二十多里地呢",
        "A: ⟦您那边是偏远地区，只能自提的。‖让您跑这么远太不方便了，真抱歉！我这就联系站点看能不能加派送，今天下午4点前给您回话。⟧",
        "C: 嗯",
    ], CPL + ",forbidden.refusal?", S_SOOTHE + "; told to fetch the parcel 20 li away: 'remote area, self pick-up only'"),
    item("taobao", [
        "C: 等了二十分钟才回我",
        "C: 服了",
        "A: ⟦刚才在忙别的顾客。‖实在抱歉让您等了这么久亲！刚才咨询的人多没顾上，您有什么问题我现在马上帮您处理。⟧",
        "C: 我的裤子什么时候发",
        "A: 今天下午就发出哈。",
    ], CPL, "000 篇8 售前服务 / 001 应答规范: a complaint of a slow reply, answered with 'I was busy'"),
    item("taobao", [
        "C: 我要退货 你们一直拒绝我的申请",
        "A: ⟦您的商品吊牌已经剪了，不符合退货条件。‖让您来回申请了好几次，给您添麻烦了，抱歉！吊牌剪了一般不能退，不过您这件是有开线的质量问题，我帮您按质量问题退货，运费我们出。⟧",
        "C: 行",
    ], REF + ",response.complaint.chat?", S_REFUSE + "; a refused return explained by the rule only"),
    item("jd", [
        "C: 能晚几天发吗 我下周才在家",
        "A: ⟦延迟发货做不了哦。‖可以的，我给您备注下周一再发，周二左右就能送到，您看可以吗？⟧",
        "C: 好",
    ], REF, S_REFUSE + "; 'can't delay shipping'"),
    item("taobao", [
        "C: 买两件能送个小礼物吗",
        "A: ⟦没有礼物送的。‖不好意思亲，店里暂时没有小礼物，不过买两件可以给您包邮，再送一张5元无门槛券哈。⟧",
        "C: 也行",
    ], REF, S_REFUSE + "; a gift request turned down flat"),
    item("jd", [
        "C: 保修卡弄丢了 还能保修吗",
        "A: ⟦没有保修卡不能保修。‖可以的，保修卡丢了也没关系，凭京东订单就能保修，您需要报修的话我现在就给您登记。⟧",
        "C: 那好",
    ], REF, S_REFUSE + "; 'no card, no warranty'"),
    item("pinduoduo", [
        "C: 我自己寄回去的运费 能报销吗",
        "A: ⟦寄回运费不报销的。‖这次是质量问题退回的，运费可以给您报销，您把寄件凭证拍给我，我给您退到付款账户。⟧",
        "C: [图片]",
        "A: 收到了，运费已经给您退了。",
    ], REF, S_REFUSE + "; return postage refused flatly on a quality return"),
    item("taobao", [
        "C: 这表带上有划痕",
        "C: 怎么像用过的",
        "A: 给您添麻烦了，非常抱歉！",
        "A: ⟦您联系一下品牌官方客服鉴定吧。‖我这边马上给您换一只全新的，旧的等快递上门取走，运费都算我们的。⟧",
        "C: 好",
    ], BUCK, S_BUCK + "; 'ask the brand's own service to appraise it'"),
    item("douyin", [
        "C: 收到的台灯不亮",
        "A: 不好意思给您添麻烦了。",
        "A: ⟦您在订单里点申请售后就行，系统会自动处理的。‖我先帮您试一下：麻烦看看开关旁边的USB线有没有插紧，要是插紧了还不亮，我直接给您换新的。⟧",
        "C: 插紧了也不亮",
        "A: 好的，给您换新，明天发出。",
    ], BUCK, S_BUCK + "; a dead lamp sent to the self-service form"),
    item("jd", [
        "C: 洗衣机的滚筒怎么清洗",
        "A: ⟦[视频] 看这个就会了。‖您先把洗衣机清空，放一包滚筒清洁剂进去，选“筒自洁”程序，跑一遍就行，建议每个月洗一次。⟧",
        "C: 好的",
    ], BUCK, S_BUCK + "; a how-to question answered with a video only"),
    item("taobao", [
        "C: 这两款有啥区别啊",
        "C: [商品] 保温杯500ml",
        "C: [商品] 保温杯500ml 升级款",
        "A: ⟦[链接][链接] 您对比一下参数就知道了。‖亲，升级款多了一层陶瓷内胆，泡茶不串味，保温时间从8小时延长到12小时，价格贵15元。⟧",
        "C: 那拿升级款",
    ], BUCK, S_BUCK + "; 'compare the specs yourself' with two links"),
    item("jd", [
        "C: 快递员骂人",
        "C: 我就问了一句什么时候到",
        "A: 很抱歉让您受委屈了！",
        "A: ⟦这种情况您可以打快递公司的投诉电话。‖我这边马上向站点投诉这位快递员，今天18点前给您处理结果。⟧",
        "C: 好",
    ], BUCK, S_BUCK + "; 'phone the courier's complaint line'"),
    item("jd", [
        "C: 换新什么时候给我发",
        "A: ⟦流程走完就给您发。‖换新已经审核通过，明天上午出库，后天能送到。⟧",
        "C: 好",
    ], TIME, S_TIME + "; 'when the process is done'"),
    item("taobao", [
        "C: 我的投诉到底什么时候有人处理",
        "A: 给您添麻烦了，实在抱歉！",
        "A: ⟦已经帮您反馈给相关部门了。‖投诉已经交给售后主管，今天下午5点前主管会直接联系您。⟧",
        "C: 嗯",
    ], TIME, S_TIME + "; 'passed to the department' with no time"),
    item("jd", [
        "C: 上门取件什么时候来",
        "A: ⟦会有快递员联系您的。‖明天上午9点到12点快递员上门，来之前会给您打电话。⟧",
        "C: 好",
    ], TIME, S_TIME + "; 'a courier will contact you'"),
    item("douyin", [
        "C: 补发的那个到底啥时候到啊",
        "A: ⟦等物流更新您就知道了。‖补发的今天上午已经发出，明天下午能送到，单号在订单里。⟧",
        "C: 行",
    ], TIME, S_TIME + "; 'watch the tracking'"),
    item("jd", [
        "C: 能开专票吗 公司要",
        "A: ⟦您好，还有其他问题需要咨询吗？‖可以开专票，您在订单里选增值税专用发票，上传公司的开票资料就行，3个工作日内寄出。⟧",
        "C: ？？？",
        "A: 专票可以开的。",
    ], SKIP, S_SKIP + "; a VAT invoice question answered with 'anything else?'"),
    item("taobao", [
        "C: 这件洗了会缩水吗",
        "A: ⟦亲，欢迎下次再来哦～‖亲，这件是棉加涤纶的，冷水手洗基本不缩水，别用烘干机就好哦～⟧",
        "C: 我问的是会不会缩水",
        "A: 冷水洗不会缩水哦。",
    ], SKIP + "|closing.chat_ask?", S_SKIP + "; a shrinking question answered with a send-off"),
    item("douyin", [
        "C: 这个耳机音质咋样",
        "A: ⟦老铁放心，音质杠杠的！‖亲，这款音质很清楚，低音比较足，打电话也有降噪，很多顾客反馈听歌效果不错。⟧",
        "C: 好",
    ], "forbidden.slang|forbidden.casual", "000 篇2 五、7: 老铁 and 杠杠的"),
    item("taobao", [
        "C: 我的快递是不是寄丢了",
        "A: ⟦大姐您别着急‖您别着急⟧，我查了包裹在您那边的驿站，取件码已经发到您手机了。",
        "C: 哦 好",
    ], "forbidden.casual", "001 禁用语: 大姐"),
    item("jd", [
        "C: 买的台灯怎么开不了",
        "A: 给您添麻烦了，抱歉！您看一下底座下面有没有一个小开关拨到ON。",
        "+200 C: 好了",
        "A: ⟦哦哦‖好的，能用就好⟧",
    ], "forbidden.bare_ack|forbidden.interjection_o", "000 篇2 五、7: a bare 哦哦 reply"),
    item("taobao", [
        "C: 这个包邮吗 我在新疆",
        "A: ⟦NO，新疆不包邮。‖不好意思亲，新疆要另收15元运费，其他地区都包邮。⟧",
        "C: 好吧",
    ], "forbidden.english", "001 禁用语: NO"),
    item("jd", [
        "C: 补发的今天能发吗",
        "A: ⟦ＯＫ，今天发。‖可以的，今天下午发出。⟧",
        "C: 好",
    ], "forbidden.english", "001 禁用语: OK in full-width letters"),
    item("taobao", [
        "C: 这个深色的会不会褪色啊",
        "A: ⟦这个我也说不准。‖深色的头一两次洗会有一点浮色，之后就不掉了，建议第一次单独冷水洗。⟧",
        "C: 好",
    ], "forbidden.uncertain", "000 篇2 四、5 / 001 禁用语: 说不准"),
    item("pinduoduo", [
        "C: 什么时候发货",
        "A: ⟦也许明天能发。‖明天中午12点前发出。⟧",
        "C: 好",
    ], "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语: 也许"),
    item("jd", [
        "C: 这个电池能用多久",
        "A: ⟦差不多两三年吧。‖正常使用可以用3年，保修期是2年。⟧",
        "C: 好",
    ], "forbidden.uncertain_hedge|forbidden.uncertain", "001 禁用语 差不多: 差不多…吧 as the answer"),
    item("taobao", [
        "C: 亲 这个还能改规格吗",
        "+400 A: ⟦可以的，帮您改成了大号。‖不好意思亲，让您久等了！可以的，已经帮您改成大号了。⟧",
        "C: 好",
    ], "response.late_reply.chat", "000 篇5 第三: a reply after more than three minutes with no word about the wait"),
    item("douyin", [
        "C: 不想要了 能退吗",
        "A: ⟦不想要可以挂闲鱼卖掉，比退货方便。‖可以的亲，支持7天无理由退货，在订单里申请退货就行。⟧",
        "C: 我还是退吧",
        "A: 好的，在订单里申请就行哈。",
    ], "platform.douyin.other_app|platform.douyin.marketplace", "003 拼多多禁语 1 (every book): no other marketplace or app (闲鱼) named"),
    item("jd", [
        "C: 收到了 挺好的",
        "A: ⟦确认收货后给个五星好评，送您一张20元券哈。‖您满意就好，用得有什么问题随时找我们哈。⟧",
        "C: 好",
    ], "platform.jd.review_incentive", "003 拼多多禁语 5 (every book): a coupon for a five-star review"),
    item("taobao", [
        "C: 太贵了 别家才卖一百",
        "A: ⟦嫌贵您去别家买呗。‖理解您想买得划算，我们家用的是加厚面料，价格会高一些，现在下单可以给您申请一张10元券。⟧",
        "C: 那我考虑下",
    ], "forbidden.rude|forbidden.impatient", "001 禁用语 太贵了就不要用了 (in other words): 'too dear? buy elsewhere'"),
    item("jd", [
        "C: 那我到底要怎么退",
        "A: ⟦我都说了好几遍了，在订单里点退货。‖我再跟您说一下：打开订单，点“申请售后”，选“退货”，提交后快递员会上门取件。⟧",
        "C: 哦",
    ], "forbidden.impatient|forbidden.rhetorical", "003 天猫禁语 一: 'I've said it several times'"),
    item("taobao", [
        "C: 东西到了 少了个盖子",
        "A: ⟦不可能少的，我们都检查过。‖少了盖子真是抱歉，给您添麻烦了！我今天就给您补寄一个盖子。⟧",
        "C: 真的少了",
        "A: 好的，我给您补一个。",
        "C: 嗯",
    ], CPL + ",forbidden.argue?", S_SOOTHE + "; a missing lid denied ('impossible, we checked'); log ends mid-conversation", no_end=True, timed=False),
    item("taobao", [
        "C: 我買的被子收到有破洞",
        "C: [圖片]",
        "A: ⟦您申請一下退貨退款。‖實在抱歉讓您收到有破洞的被子！我馬上給您換一床新的，今天就寄出，破的那床等快遞上門取走。⟧",
        "C: 好",
    ], CPL, S_SOOTHE + "; a torn quilt (traditional characters), 'apply for a refund'"),
    call_item("优选商城", [
        "C: 嗯 我 那个 退款 申请 了 一个 礼拜 了 钱 还 没 到 账",
        "A: 您是说退款申请了一个礼拜，钱还没有到账，对吗？",
        "C: 对 对",
        "A: ⟦那 个 这 个 我 们 也 没 办 法 要 等 银 行‖非 常 抱 歉 让 您 久 等 了 我 马 上 帮 您 查 退 款 今 天 下 午 三 点 前 给 您 回 电 话⟧",
        "C: 好 吧",
    ], "forbidden.refusal|response.complaint.call|forbidden.refusal_bare", "000 篇2 四、1 / 五、2 (speech recognition, characters spaced): 'nothing we can do, wait for the bank'"),
    call_item("顺达快递", [
        "C: 呃 我 寄 的 那个 包裹 对方 说 一直 没 收到 显示 三天前 就 签收 了",
        "A: 您是说寄的包裹显示三天前签收，但对方一直没收到，对吗？",
        "C: 是 的",
        "A: 很抱歉给您添麻烦了",
        "A: ⟦您 让 收件 人 自己 去 网点 问 一下 吧‖我 这边 马上 联系 派件 网点 调 签收 记录 两 小时 内 给 您 回 电话⟧",
        "C: 嗯",
    ], "forbidden.buck_passing|forbidden.refusal", S_BUCK + " (speech recognition, words spaced): 'have the recipient ask the depot'"),
]
