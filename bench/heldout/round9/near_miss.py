"""Near-misses: conversations a strict reviewer passes though they look close
to a violation (excerpts, thanks inside a request, negated complaints,
warnings, the platform's own services)."""

from common import C, K

NEAR = [
    C("", "excerpt: the log starts mid-chat (no welcome to judge) and stops while the agent checks stock", [
        "A: 亲，刚才您问的那款黑色42码，我再跟仓库确认一下",
        "C: 好 麻烦了",
        "A: 不麻烦的，这就去问",
    ], platform="jd", excerpt=True),
    C("", "excerpt: starts after the welcome, the customer's thanks answered with 应该的呀, stops before the goodbye", [
        "C: 那我把旧的寄回去就行是吧",
        "A: 对的亲，寄回时在包裹里放张纸条写上订单号",
        "C: 明白 谢谢",
        "A: 应该的呀～寄出后把单号发我，我帮您盯着",
        "C: 好",
    ], platform="taobao", excerpt=True),
    C("", "不好意思 as the polite opener of a request (no apology to answer); the question is answered", [
        "C: 不好意思问一下 这个杯子能装开水吗",
        "A: 可以的亲，杯身是高硼硅玻璃，能直接装开水",
        "C: 好",
    ], platform="douyin"),
    C("", "谢谢 inside a request: the agent answers the request", [
        "C: 麻烦帮我查下物流 谢谢",
        "A: 好的亲，包裹今天早上已经到您所在的城市了，预计下午派送",
        "C: 好",
    ], platform="pinduoduo"),
    C("", "a complaint about slowness soothed in other words (辛苦您了, 搁谁都着急)", [
        "C: 等了十天了还没到 烦死了",
        "A: 辛苦您等了这么久，这事搁谁都着急，真是对不住。我马上帮您查",
        "A: 包裹在中转站耽搁了，今天已经转出，明天能送到",
        "C: 好吧",
    ], platform="taobao"),
    C("", "praise that mentions another shop's bad service: not a complaint; agent thanks", [
        "C: 你们客服比别家强多了 上次那家态度差得要命",
        "A: 谢谢亲的认可，我们会继续努力的～",
        "C: 嗯 问下这个有运费险吗",
        "A: 有的，下单就自带运费险",
    ], platform="jd"),
    C("", "a negated complaint: the customer says she is not complaining", [
        "C: 我不是要投诉啊 就是问问这个颜色会不会掉",
        "A: 明白的亲，第一次洗可能有一点浮色，之后就不会了，建议冷水单独洗",
        "C: 好",
    ], platform="taobao"),
    C("", "'no hurry, take your time': not an urge", [
        "C: 不着急 你慢慢查",
        "A: 好的，谢谢您的耐心，我查到了，您的退款已经在处理，今晚十点前到账",
        "C: 好的",
    ], platform="douyin"),
    C("", "a warning that names the act it forbids (add a private account) on Taobao", [
        "C: 有人私信我说加好友能退双倍运费 是你们吗",
        "A: 亲，不是我们哦，我们不会让您到站外办理退款，遇到这种消息请不要理会，谨防被骗",
        "C: 好的 还好问了",
        "A: 是的，有疑问随时在这里问我们就好",
    ], platform="taobao"),
    C("", "the platform's own services named (京东物流, 京东APP)", [
        "C: 什么时候能到",
        "A: 您的订单走京东物流，明天上午送达，您在京东APP的订单里能看到配送员的位置",
        "C: 好",
    ], platform="jd"),
    C("", "a two-bubble welcome: greeting first, the offer of help in the next bubble", [
        "C: 在吗",
        "A: 您好～",
        "A: 我是客服小雨，很高兴为您服务，请问有什么可以帮您？",
        "C: 鞋子偏大还是偏小",
        "A: 这款是标准码，按平时穿的码拍就好",
    ], platform="douyin", own_open=True),
    C("", "the customer's thanks answered inside the goodbye (不客气 + thanks for coming)", [
        "C: 发票开好了吗",
        "A: 开好了亲，电子发票已经发到订单里了",
        "A: 请问还有其他问题吗？",
        "C: 没了 谢谢你",
        "A: 不客气哈，感谢您的光临，祝您生活愉快，再见～",
    ], platform="jd", own_close=True),
    C("", "a customer's apology answered with 不要紧 in other words", [
        "C: 抱歉啊 我刚才把订单号发错了",
        "A: 不要紧的亲，您别在意，再发一次就好",
        "C: [订单x]",
        "A: 收到，这单已经发货了，明天到",
    ], platform="pinduoduo"),
    C("forbidden.casual?", "an invitation thanked and declined in other words (its 哈哈 may be read as the casual tone 000 篇2 五、7 forbids)", [
        "C: 你们客服小姐姐太好了 有空来我们这玩啊",
        "A: 哈哈谢谢您的热情邀请，心意领了，不过我们工作上不方便赴约，还是谢谢您呀",
    ], platform="taobao"),
    C("", "asked for the agent's name: answered with the job number and an apology", [
        "C: 你叫什么名字",
        "A: 不好意思亲，规定只能告知工号，我是客服7号，下次找7号就能找到我",
    ], platform="jd"),
    C("", "a suggestion thanked in other words (多谢您提醒)", [
        "C: 你们详情页能不能标一下重量",
        "A: 多谢您提醒，这个建议很实用，我已经反馈给运营，近两天就会补上。这款净重是1.2千克",
    ], platform="pinduoduo"),
    C("", "asked when, answered with a time (今晚八点前)", [
        "C: 换货的新衣服啥时候能发",
        "A: 今晚八点前发出，发出后会有物流提醒",
        "C: 好",
    ], platform="douyin"),
    C("", "the customer types in several bubbles; the agent answers once, with the apology first", [
        "C: 我收到的",
        "C: 这个杯子",
        "C: 盖子是裂的",
        "C: 怎么搞的啊",
        "A: 非常抱歉亲，让您收到一个坏的杯子，您拍张裂口的照片给我，马上给您补发新盖子",
        "C: [图片]",
        "A: 收到了，新盖子今天就寄出",
    ], platform="pinduoduo"),
    C("", "a manager request answered with an apology and a callback time", [
        "C: 这事你们主管知道吗 我要跟主管说",
        "A: 抱歉让您不满意了，我已经把情况报给主管，主管今天下午四点前会在这个对话里回复您",
        "C: 行",
    ], platform="jd"),
    C("", "full-width letters and digits in the product talk", [
        "C: 这个ＵＳＢ口是３.０的吗",
        "A: 是的亲，两个口都是ＵＳＢ３.０，传输很快",
        "C: 好",
    ], platform="jd"),
    C("", "traditional characters throughout; a complaint soothed first", [
        "C: 等了一個禮拜還沒到 好煩",
        "A: 真是抱歉讓您等這麼久，我馬上幫您查一下",
        "A: 包裹已經到您附近的站點了，明天上午派送",
        "C: 好",
    ], platform="taobao"),
    C("", "差评 mentioned in a question about reviews, not a threat", [
        "C: 我看评论里有个差评说漏液 是真的吗",
        "A: 那一单是运输中瓶子被压坏了，我们已经改成加厚的瓶子和气泡袋包装了，您放心",
        "C: 好的",
    ], platform="douyin"),
    K("", "call excerpt: the recording starts mid-call and stops while the agent files the request", [
        "A: 那我接着跟您说一下，补办的卡会在三个工作日内寄到",
        "C: 好 那旧卡怎么办",
        "A: 旧卡已经挂失了，不用再管。我这边现在给您提交补办申请",
    ], excerpt=True, hangup=None),
    K("", "a caller's thanks answered with 没事儿 应该的", [
        "C: 我问一下今天还能不能约安装",
        "A: 今天下午四点后还有名额，我给您约五点，可以吗？",
        "C: 可以 谢谢啊",
        "A: 没事儿，应该的。",
    ], company="优家家电"),
    K("", "a complaint soothed with 理解您的心情, 给您添麻烦了", [
        "C: 你们的空调装好第二天就不制冷了",
        "A: 理解您的心情，刚装好就出问题确实让人窝火，给您添麻烦了。您是说空调装好第二天就不制冷了，对吗？",
        "C: 对",
        "A: 我给您安排师傅明天上午上门检修",
        "C: 好",
    ], company="优家家电"),
    K("", "喂 inside 喂养 (pet food), not a bare 喂", [
        "C: 你们那个幼犬粮一天喂几次",
        "A: 三个月以内的幼犬一天喂四次，每次的量看包装上的表格",
        "C: 好的",
    ], company="鲜到家生鲜"),
    K("", "a caller's apology answered with 没事 不用在意", [
        "C: 不好意思啊 刚才信号不好断了 又打过来了",
        "A: 没事的，不用在意，我们接着说刚才的地址",
        "C: 建设路三十号",
        "A: 好的，建设路三十号，已经给您登记了",
    ], company="顺达快递"),
    K("", "reply time given as a clock time on a call", [
        "C: 那退款什么时候到",
        "A: 退款今天已经提交，两个工作日内退回原账户",
        "C: 好",
    ], company="易行出行"),
    K("", "a suggestion thanked on a call", [
        "C: 你们的燃气APP能不能加个缴费提醒",
        "A: 非常感谢您的建议，我会反馈给负责的同事，再次感谢您的支持",
    ], company="城南燃气"),
    C("", "a customer's quote of an earlier agent ('说七天无理由') asked about, not a complaint", [
        "C: 上次客服说这个能七天无理由 是真的吧",
        "A: 是的亲，收货七天内不影响二次销售就可以无理由退",
        "C: 好",
    ], platform="taobao"),
]
