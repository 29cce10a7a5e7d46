"""Calls to a shop's or a courier's hotline about the same everyday problems:
the caller's problem is restated, numbers are read back, and one thing in
the middle is wrong. Some are speech-recognition text (no punctuation,
spaces between words, fillers)."""

from common import call_item
from items_shop import BUCK, REF, REF_NA, S_BUCK, S_REFUSE, S_TIME

CPLC = "response.complaint.call"
TIMEC = "response.reply_time.call|response.defer_without_time"
S_CALL_SOOTHE = "000 篇2 四 / 004 抱怨投诉 1-5: on a call, a complaint is first met with an apology"

ITEMS = [
    call_item("优选商城", [
        "C: 我上周在你们店买的电暖器到现在都没送到，物流好几天都不动了",
        "A: 您是说上周买的电暖器一直没送到，物流好几天没有更新，对吗？",
        "C: 对",
        "A: ⟦物流停了的话一般是中转慢，再等等就到了。‖让您等这么久真的很抱歉！我马上联系快递查一下，今天下午五点前给您回电话说结果，好吗？⟧",
        "C: 行吧",
    ], CPLC + ",response.reply_time.call?", S_CALL_SOOTHE + "; an undelivered heater: 'just wait longer'", platform="jd"),
    call_item("顺达快递", [
        "C: 你好 我的快递显示签收了 可是我家里人都说没有收到",
        "A: 您是说快递显示已经签收，但是家里人都没有收到，是吗？",
        "C: 是的",
        "A: 给您添麻烦了，非常抱歉。",
        "A: ⟦这个您得去问派件的快递员。‖我这边马上联系派件员核实放在了哪里，两小时内给您回电话。⟧",
        "C: 好",
    ], BUCK, S_BUCK + " (call): 'ask the courier yourself'"),
    call_item("家电商城", [
        "C: 嗯 那个 我的洗碗机 送来一个礼拜了 还是没有人来给我安装",
        "A: 您是说洗碗机送到一周了，一直没有人上门安装，对吧？",
        "C: 对对",
        "A: 非常抱歉让您久等了。",
        "A: ⟦我们给您催一下安装，有消息再通知您。‖我已经给安装师傅派了加急单，师傅明天上午十点前给您打电话约时间。⟧",
        "C: 好的",
    ], TIMEC, S_TIME + " (call): 'we'll chase it and let you know'"),
    call_item("优选商城", [
        "C: 我买的衣服收到发现少了一件裤子，订单里是一套的",
        "A: 您是说买的是一套，收到后少了裤子，对吗？",
        "C: 嗯",
        "A: ⟦那您在订单里申请补发。‖实在抱歉少发了，给您添麻烦了！裤子我今天就给您补寄，明天能发出。⟧",
        "C: 好",
    ], CPLC + ",forbidden.buck_passing?", S_CALL_SOOTHE + "; a missing half of a set: 'apply for a resend'"),
    call_item("鲜果到家", [
        "C: 你们送来的橙子一箱里面烂了一半，都长毛了",
        "A: 您是说一箱橙子里烂了一半，已经长毛了，对吗？",
        "C: 对",
        "A: ⟦生鲜是不退不换的。‖真是太抱歉了，这箱我们给您全额退款，烂的不用寄回，今天之内退款到账。⟧",
        "C: 好吧",
    ], REF + "," + CPLC + "?", S_REFUSE + " (call): 'fresh produce: no returns'"),
    call_item("优选商城", [
        "C: 喂 你好 我买的电动牙刷 用了两天 充不进去电了",
        "A: 您是说电动牙刷用了两天就充不进电了，对吗？",
        "C: 是",
        "A: ⟦喂，您那边订单号是多少？‖给您添麻烦了，很抱歉，麻烦您说一下订单号。⟧",
        "C: 六六零三 一二四八 九九",
        "A: 跟您核对一下，订单号六六零三一二四八九九，对吗？",
        "C: 对",
        "A: 好的，给您直接换一支新的，明天发出。",
    ], "forbidden.casual,response.complaint.call?", "000 篇2 一、5 / 001 禁用语: 喂 from the agent"),
    call_item("顺达快递", [
        "C: 我寄的东西到了对方手里，一箱杯子碎了三个，我要理赔",
        "A: 您是说寄出的杯子到对方时碎了三个，需要理赔，对吗？",
        "C: 对",
        "A: 很抱歉给您添麻烦了。",
        "A: ⟦理赔的话一般可能要一阵子吧。‖理赔申请我现在给您登记，三个工作日内理赔专员会给您回电话。⟧",
        "C: 好",
    ], TIMEC + ",forbidden.uncertain?", S_TIME + " (call): a claim with 'may take a while'"),
    call_item("家电商城", [
        "C: 我家那个热水器装好第二天就漏水了，地上全是水",
        "A: 您是说热水器装好第二天就漏水，地上都是水，对吗？",
        "C: 对啊",
        "A: ⟦装的时候是好的，可能是您家水压太大。‖太抱歉了给您添这么大麻烦！请先把热水器的进水阀关上，我马上安排师傅今天下午上门检修。⟧",
        "C: 好",
    ], CPLC + ",forbidden.blame?", S_CALL_SOOTHE + "; a leaking heater blamed on the home's water pressure"),
    call_item("优选商城", [
        "C: 我给孩子买的积木 里面有个零件边缘很锋利 把孩子手指划破了",
        "A: 您是说积木有个零件很锋利，划破了孩子的手指，对吗？",
        "C: 是的",
        "A: ⟦这个批次都是检验合格的，您把零件拍照发给我们。‖孩子现在怎么样，伤口处理好了吗？真的非常抱歉！这套积木我们马上全额退款，零件麻烦您拍张照片发给我们检查。⟧",
        "C: 贴了创可贴",
    ], "response.harm.call|response.complaint.call", "000 篇2 四、5 / 003 抖音售后 1 (call): a child's cut finger met with inspection talk"),
    call_item("优选商城", [
        "C: 我申请退货都五天了 退货一直没有人审核",
        "A: 您是说退货申请提交五天了，一直没有审核，对吗？",
        "C: 对",
        "A: 让您久等了很抱歉。",
        "A: ⟦我帮您反馈一下，您再等等消息。‖我现在就帮您审核通过，今天下午快递员上门取件。⟧",
        "C: 嗯",
    ], TIMEC, S_TIME + " (call): 'I'll pass it on, wait for news'"),
    call_item("家电商城", [
        "C: 我买的冰箱前天降价了两百 我想问能不能退差价",
        "A: 您是说冰箱前天降价两百，想申请退差价，对吗？",
        "C: 对",
        "A: ⟦这个没办法的。‖抱歉让您碰上降价，您的订单在三十天保价期内，我这就给您申请两百元差价，三个工作日内退回。⟧",
        "C: 好",
    ], REF, S_REFUSE + " (call): 'nothing can be done' on a price drop"),
    call_item("顺达快递", [
        "C: 我 寄 的 文件 说 是 今天 到 现在 还 没 送到 对方 急 着 用",
        "A: 您是说寄的文件说好今天到，现在还没送到，对方着急用，对吗？",
        "C: 对 对",
        "A: ⟦这个我也不知道，派件的事我们这边管不了。‖很抱歉耽误您的事了！我马上给派件网点加急，一小时内给您回电话说送达时间。⟧",
        "C: 好吧",
    ], "forbidden.uncertain|forbidden.refusal|" + CPLC, "000 篇6 / 000 篇2 五、2 (call, speech recognition): 'I don't know, not our part'"),
    call_item("优选商城", [
        "C: 嗯 就是 你们 发 的 那个 电饭锅 跟 我 买 的 型号 不 一样 呃 发错 了",
        "A: 您是说收到的电饭锅和买的型号不一样，发错了，是吗？",
        "C: 嗯",
        "A: ⟦那您自己把错的寄回来，我们收到再给您发。‖实在抱歉发错了型号！我们安排快递上门取件，同时把正确的型号今天发出，您不用先寄回。⟧",
        "C: 好 的",
    ], CPLC + ",forbidden.buck_passing?", S_CALL_SOOTHE + "; wrong model sent, 'send it back yourself first' (speech recognition)"),
    call_item("鲜果到家", [
        "C: 我 跟 你们 说 我 家 孩子 喝 了 你们 送 的 牛奶 吐 了 两 次",
        "A: 您是说孩子喝了我们送的牛奶，吐了两次，对吗？",
        "C: 对",
        "A: ⟦牛奶都在保质期内的，应该不是牛奶的问题。‖孩子现在怎么样了？真的非常抱歉！建议先带孩子去医院看看，这批牛奶我们马上封存送检，费用我们来承担。⟧",
        "C: 在 医院 呢",
    ], "response.harm.call|response.complaint.call", "003 抖音售后 1 (call, speech recognition): a child vomiting met with 'not the milk'"),
    call_item("家电商城", [
        "C: 你们的客服电话太难打了 我打了一上午才打进来",
        "A: ⟦您好，请问您要咨询什么问题？‖很抱歉，上午线路太忙让您久等了！请问有什么问题我来帮您处理？⟧",
        "C: 我的空调还没装",
        "A: 您是说空调还没有安装，对吗？",
        "C: 对",
        "A: 好的，我给您派加急单，师傅今天下午四点前上门。",
    ], CPLC, "000 篇2 四、1 / 004 抱怨投诉: a hotline hard to reach is apologised for"),
    call_item("优选商城", [
        "C: 我想开个发票，公司报销要用，订单是上个月的",
        "A: 您是说上个月的订单需要开发票报销，对吗？",
        "C: 对",
        "A: ⟦超过一个月的订单开不了发票了。‖可以的，上个月的订单也能开，我现在帮您申请电子发票，二十四小时内发到您的邮箱。⟧",
        "C: 好",
    ], "platform.jd.invoice_refusal|forbidden.refusal_bare|forbidden.refusal", "003 拼多多售前 一 (call on JD): an invoice refused for an older order", platform="jd"),
    call_item("顺达快递", [
        "C: 我的包裹外箱被压烂了 里面的陶瓷碗碎了两个",
        "A: 您是说外箱压烂了，里面的陶瓷碗碎了两个，对吗？",
        "C: 是",
        "A: ⟦那您签收的时候怎么没有当场验货？‖非常抱歉给您造成损失！我现在就给您登记理赔，两个工作日内理赔专员给您回电话。⟧",
        "C: 我哪知道会碎",
        "A: 理解您，我这边马上登记理赔。",
    ], "forbidden.rhetorical|forbidden.blame|" + CPLC, "003 京东做法 7 (call): a rhetorical question blaming the customer for not inspecting"),
    call_item("家电商城", [
        "C: 我家的电视买了半年就黑屏了，开不了机",
        "A: 您是说电视用了半年就黑屏开不了机，对吗？",
        "C: 对",
        "A: 很抱歉给您添麻烦了。",
        "A: ⟦过了七天就只能找厂家售后，我们这边不管。‖电视在一年保修期内，我帮您直接预约厂家上门维修，师傅二十四小时内和您联系。⟧",
        "C: 嗯",
    ], BUCK + "|forbidden.refusal_no_alternative", S_BUCK + " (call): 'after seven days it's the maker's job, not ours'"),
]
