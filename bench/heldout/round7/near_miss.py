"""Near-misses: conversations a strict reviewer passes that carry a word or
a shape the rules look for (negated or warning uses, the platform's own
services, echoes of the customer, snippets, holds done right)."""

from items_chat import it


def nm(ch, p, body, why, co=None, **opts):
  return it(ch, p, body, "", why, co=co, **opts)


NEAR = [
    nm("chat", "pinduoduo", [
        "C: 退款退到哪里",
        "A: 您用微信支付的话，退款会原路退回微信零钱，审核后24小时内到账",
        "C: 好",
    ], "PDD's own payment route named when explaining a refund"),
    nm("chat", "pinduoduo", [
        "C: 有人让我加他微信说能便宜 是你们的人吗",
        "A: 不是的亲，我们不会让您到平台外交易，请只在拼多多下单付款，谨防上当",
        "C: 好的 谢谢提醒",
        "A: 不客气，保护好您的财产安全最重要",
    ], "a fraud warning that names the forbidden channel to warn against it"),
    nm("chat", "taobao", [
        "C: 能用支付宝花呗付吗",
        "A: 可以的，淘宝下单结算时选择花呗分期就行",
        "C: 好",
    ], "Taobao's own payment service"),
    nm("chat", "jd", [
        "C: 发什么快递",
        "A: 默认京东物流，一般次日送达",
        "C: 好",
    ], "JD's own logistics"),
    nm("chat", "douyin", [
        "C: 我在抖音上刷到你们的视频来的",
        "A: 欢迎欢迎，直播间下单和小店下单价格一样",
        "C: 好",
    ], "the platform's own app named by its own shop"),
    nm("chat", "taobao", [
        "C: 这个能保证百分百不过敏吗",
        "A: 没办法保证百分之百不过敏，每个人肤质不一样，建议您先在手腕内侧试用一天",
        "C: 好的",
    ], "a percent claim refused (negated), with advice"),
    nm("chat", "jd", [
        "C: 这两个颜色有什么不同",
        "A: 两款配置一样，唯一的区别是外壳颜色",
        "C: 好",
    ], "唯一 comparing two variants of one product, not a claim"),
    nm("chat", "taobao", [
        "C: 这个吹风机最大功率多少",
        "A: 最高档功率是1800瓦，有三档风速",
        "C: 好",
    ], "最高档 is a setting, a spec, not a superlative claim"),
    nm("chat", "douyin", [
        "C: 你们最近发货快吗",
        "A: 现在下单48小时内发货，第一次购买还送一份小样",
        "C: 好",
    ], "最近 / 第一次 as ordinary words"),
    nm("chat", "jd", [
        "C: 我不清楚该选哪个尺寸",
        "A: 没关系，您告诉我沙发的长度，我帮您推荐合适的尺寸",
        "C: 两米二",
        "A: 建议您选2.4米的沙发罩，包得更严实",
        "C: 好",
    ], "the customer's 不清楚, not the agent's"),
    nm("chat", "pinduoduo", [
        "C: 猫粮多大的猫能吃",
        "A: 三个月以上的猫都能吃，喂养时建议少量多餐",
        "C: 好",
    ], "喂 inside 喂养"),
    nm("chat", "taobao", [
        "C: 为什么还没发货",
        "A: 非常抱歉，您这单是预售款，页面上写的是付款后15天内发货，可能您下单时没注意到，我帮您备注优先发",
        "C: 哦这样",
        "A: 预计下周二发出，发出后同步单号给您",
        "C: 好",
    ], "可能 explaining a cause, not hedging the answer (a time is given)"),
    nm("chat", "jd", [
        "C: 好评有什么奖励吗",
        "A: 我们不做好评返现的，评价都是您自愿的，您用得满意就好",
        "C: 好",
    ], "a refusal to pay for reviews"),
    nm("chat", "pinduoduo", [
        "C: 能货到付款吗",
        "A: 不支持到付的亲，需要在平台上付款，收到不满意可以七天无理由退",
        "C: 好",
    ], "到付 negated by the agent"),
    nm("chat", "taobao", [
        "C: 那我等你消息",
        "A: 好的，我和仓库确认后，今天下午三点前在这里回复您",
        "C: 好的 谢谢",
        "A: 不客气～",
    ], "a deferral with a time"),
    nm("chat", "douyin", [
        "C: 刚才你说的那个色号 叫什么来着",
        "A: 是“奶茶杏”，适合黄皮，我把链接再发您一次",
        "C: 好的",
        "A: 链接已发送，有需要随时找我哈",
    ], "a log that starts mid-conversation (no greeting can be judged)", open=False, timed=False),
    nm("chat", "jd", [
        "C: 你好",
        "A: 您好，欢迎光临北辰数码专营店，我是客服小鹿，请问有什么可以帮您？",
        "C: 这个充电宝能带上飞机吗",
        "A: 可以的，容量是10000毫安，低于民航规定的上限",
    ], "a log that stops mid-conversation (no closing can be judged)", close=False, timed=False),
    nm("chat", "taobao", [
        "C: 这个保温杯能装热汤吗",
        "A: 可以的，保温六小时左右",
        "C: 好",
    ], "六小时左右 as a specification range"),
    nm("call", None, [
        "C: 我想查一下我家的燃气余额",
        "A: 您是想查询燃气余额，对吗？麻烦您说一下户号",
        "C: 5 5 0 2 1 8 3 6",
        "A: 跟您核对一下，户号55021836，对吗？",
        "C: 对",
        "A: 我需要进系统查询，大约半分钟，请您稍等，不要挂机，好吗？",
        "C: 好",
        "!hold_start",
        "!wait 25",
        "!hold_end",
        "A: 非常感谢您的耐心等候，您的燃气余额还有126方",
        "C: 好的",
    ], "a hold asked, consented and thanked; a number read back", co="城东燃气"),
    nm("call", None, [
        "C: 我的宽带要续费 怎么弄",
        "A: 您是想给宽带续费，对吗？",
        "C: 对",
        "A: 您的问题需要营业专员办理，我帮您转接过去，好吗？",
        "C: 好",
        "A: 请您稍等，马上为您转接",
        "!transfer",
    ], "a transfer with reason and consent; the call ends there", co="星联宽带", close=False),
    nm("call", None, [
        "C: 你们这个热线比以前好打多了",
        "A: 谢谢您的肯定，我们会接着改进。请问今天需要办理什么？",
        "C: 我想问问停气通知",
        "A: 您是想了解停气通知，对吗？您所在片区这周四上午九点到十二点检修停气",
        "C: 好 知道了",
    ], "praise of the hotline, not a complaint", co="城东燃气"),
    nm("call", None, [
        "C: 我的快递 你说话大点声 我这边有点吵",
        "A: 很抱歉，我稍微大声一点，现在能听清吗？",
        "C: 可以了",
        "A: 您是想查询快递，对吗？麻烦您说一下单号后四位",
        "C: 4 4 1 9",
        "A: 后四位4419，对吗？",
        "C: 对",
        "A: 您的快递今天下午送达",
        "C: 好",
    ], "the customer says 大点声, the agent apologises and adjusts", co="迅达快递"),
    nm("call", None, [
        "C: 你们是不是中通快递啊",
        "A: 很抱歉，这里是迅达快递客服中心，您找的是其他快递公司，请您查证号码后再拨",
        "C: 哦 打错了 不好意思",
        "A: 没关系，感谢您的来电，再见！",
    ], "a wrong number handled by the script (the customer says 打错了)", co="迅达快递", close=False),
    nm("call", None, [
        "C: 你好 我问一下 你们的维修师傅几点下班",
        "A: 您是想了解维修师傅的上门时间，对吗？师傅每天上午八点到晚上八点都可以上门",
        "C: 那我约明天晚上七点",
        "A: 好的，已帮您预约明天晚上七点，到时师傅会提前半小时电话联系您",
        "C: 好",
    ], "电话联系 by the company's own technician on a call", co="美家家电"),
    nm("chat", "pinduoduo", [
        "C: 这个和我在别的地方买的一样吗",
        "A: 我们的商品都是厂家直发，参数和详情页一致，您可以对照一下型号",
        "C: 好",
    ], "'elsewhere' from the customer, no platform named by the agent"),
    nm("chat", "taobao", [
        "C: 亲 那件毛衣起球吗",
        "A: 亲，这款是羊毛混纺，不太容易起球，洗的时候翻面装洗衣袋会更好哦",
        "C: 好的",
    ], "sentence-final 哦 in advice"),
    nm("chat", "jd", [
        "C: OK 我知道了 那就这个",
        "A: 好的，蓝色这款现货，付款后我帮您核对收货地址",
        "C: 好",
    ], "OK from the customer, not the agent"),
    nm("chat", "douyin", [
        "C: 我要投诉 快递员态度很差",
        "A: 非常抱歉让您有这样的经历，麻烦您告诉我快递单号，我马上向快递公司反馈，今天下午六点前给您答复",
        "C: 7 7 3 0 1 2",
        "A: 单号尾号773012，已经记录并反馈",
        "C: 好",
    ], "a complaint answered with apology, action and a time"),
    nm("chat", "taobao", [
        "C: 我朋友说淘宝上你们家是最好的",
        "A: 谢谢您朋友的推荐，我们会继续用心做好每一件",
        "C: 哈哈",
    ], "the customer's 最好, echoed by nobody"),
    nm("call", None, [
        "C: 谢谢 谢谢 帮大忙了",
        "A: 不客气，这是我们应该做的",
        "C: 你们服务真好",
        "A: 谢谢您的认可，感谢您对我们工作的支持",
    ], "thanks and praise answered (a call that starts mid-way, no times)", co="美家家电", open=False, close=False, timed=False),
    nm("chat", "jd", [
        "C: 你們家的電熱水壺是不鏽鋼的嗎",
        "A: 是的，內膽是304不鏽鋼，燒水三分鐘左右",
        "C: 好的",
    ], "a chat in traditional characters, nothing wrong in it", form="trad"),
    nm("chat", "taobao", [
        "C: 这个羊毛毯能机洗吗",
        "A: 可以机洗，不过最好用洗衣袋装着，选轻柔模式，洗完平铺晾干",
        "C: 好的",
    ], "最好 as 'you had better', advice not a claim"),
    nm("chat", "jd", [
        "C: 这个电暖器安全吗",
        "A: 有倾倒断电和过热保护，符合国家标准GB 4706的要求，说明书里有检测信息",
        "C: 好",
    ], "a national standard cited as a specification, not an authority claim"),
    nm("chat", "douyin", [
        "C: 这个锅拿到就能用吗",
        "A: 首次使用前用温水加一点洗洁精洗一遍，再抹一层薄油小火烧一下就可以了",
        "C: 好",
    ], "首次 as 'the first time you use it', not a debut claim"),
    nm("chat", "jd", [
        "C: 这个手机支持电信卡吗",
        "A: 支持的，这款是全网通，移动、联通、电信的卡都能用",
        "C: 好",
    ], "全网通 names a phone's network support, not a 'whole web' claim"),
    nm("chat", "pinduoduo", [
        "C: 这个T恤什么面料",
        "A: 含棉量百分之九十五，另外百分之五是氨纶，吸汗也有弹性",
        "C: 好",
    ], "a percentage as a fibre composition, not an absolute claim"),
    nm("chat", "taobao", [
        "C: 我的东西发了吗",
        "A: 亲，宝贝今天上午已经发出啦，中通单号在订单详情里可以看到哦",
        "C: 好的",
    ], "宝贝 on Taobao, where it is the platform's own word"),
    nm("chat", "pinduoduo", [
        "C: 你们有实体店吗 我想线下看看",
        "A: 我们没有线下门店，只在平台上卖，您可以看看商品页的实拍视频，收到不合适七天内可以退",
        "C: 好",
    ], "线下 said to deny an offline channel, echoing the customer"),
    nm("chat", "jd", [
        "C: 降价了 我能退差价吗",
        "A: 可以的，您在订单详情里点“价格保护”提交申请，京东会自动把差价退给您",
        "C: 好",
    ], "JD's own price-protection service"),
    nm("chat", "douyin", [
        "C: ＸＬ码有吗",
        "A: 有的，ＸＬ码适合体重１３０到１５０斤",
        "C: 好",
    ], "full-width letters and digits, nothing wrong", form="fw"),
]
