"""Compliant near-misses (r3c5xx): words close to a forbidden or required phrase, used rightly."""
TB, JD, DY, PD = "chat:taobao", "chat:jd", "chat:douyin", "chat:pinduoduo"
CALL, OUT = "call", "out"


def N(reason, kind, mid, **opts):
  return dict(rule="", reason=reason, kind=kind, mid=mid, opts=opts)


ITEMS = [
  N("最近 explaining a delay, with an apology (not a superlative)", TB, [
    ("c", "怎么还没到啊 都四天了"),
    ("a", "实在抱歉让您久等了，最近降温，北方线路的车次少了些，包裹明天能到您那边"),
  ]),
  N("第一次 as a plain question (not 第一系)", JD, [
    ("c", "这个牌子的剃须刀好用吗"),
    ("a", "您是第一次用这个牌子吗？这款刀头是三头浮动的，贴合下巴比较好刮"),
  ]),
  N("the agent takes up the customer's 不清楚 (not the agent's own uncertainty)", TB, [
    ("c", "我也不清楚我家是几寸的水管"),
    ("a", "没关系，您拍一下水管接口的照片发我，我帮您看是几分管"),
    ("c", "[图片]"),
    ("a", "看到了，是4分的，选标准款就可以"),
  ]),
  N("喂养 inside a word (not the interjection 喂)", TB, [
    ("c", "这个奶瓶混合喂养能用吗"),
    ("a", "可以的，这款奶嘴是仿母乳设计的，混合喂养的宝宝比较容易接受"),
  ]),
  N("a fraud warning naming off-platform contact (not an invitation)", PD, [
    ("c", "刚有人打电话说是你们店 要给我退款"),
    ("a", "亲，请您注意防骗，我们不会通过站外的任何方式联系您退款，退款只在平台的订单页办理"),
  ]),
  N("等下单成功后 (not 等下)", JD, [
    ("c", "付了款多久能知道发货"),
    ("a", "等下单成功后，系统会自动发消息通知您发货进度"),
  ]),
  N("a negated absolute with an alternative (not an absolute claim or a refusal)", TB, [
    ("c", "这锅能保证绝对不粘吗"),
    ("a", "亲，任何锅都做不到绝对不粘，这款陶瓷涂层正常用中小火就不容易粘，用后趁热清洗就好"),
  ]),
  N("the platform's own services: 京豆, 京东物流", JD, [
    ("c", "京豆能抵钱吗"),
    ("a", "可以的，下单时京豆可以直接抵扣，京东物流明天就能送到"),
  ]),
  N("a masked phone number read for the address check", DY, [
    ("c", "我付好款了"),
    ("a", "收到亲，跟您核对一下：收件人李先生，电话138****2913，地址是长沙市岳麓区麓山南路5号，对吗？"),
    ("c", "对的"),
    ("a", "好的，今天下午给您发出"),
  ]),
  N("a snippet that starts mid-conversation (no greeting to judge)", TB, [
    ("a", "亲，让您久等了，库存查到了，灰色还有两件"),
    ("c", "那我要一件"),
    ("a", "好的，拍下后我优先给您安排发货"),
  ], snippet_start=True, start_at=512.0),
  N("a snippet that stops mid-conversation (no closing to judge)", JD, [
    ("c", "这个电热水壶是不锈钢的吗"),
    ("a", "是的，内胆是304不锈钢"),
    ("c", "那容量呢"),
  ], snippet_end=True),
  N("the customer says 哦 and OK; the agent does not", DY, [
    ("c", "哦哦 OK 那我选白色"),
    ("a", "好的亲，白色是现货，今天就能发"),
  ]),
  N("a call with a hold asked for, and thanks after it", CALL, [
    ("a", "这个要到系统里查一下维修记录 我先把电话保持一下 请您不要挂机 好吗"),
    ("c", "好"),
    ("ev", "hold_start"),
    ("wait", 35, 35),
    ("ev", "hold_end"),
    ("a", "非常感谢您的耐心等候 您上次的维修是三月份 换的是压缩机 还在保修期内"),
  ], ask="我家冰箱又不制冷了 上次修过的", topic="冰箱修过以后又不制冷了"),
  N("a call where the customer thanks mid-way and the agent answers", CALL, [
    ("a", "您把滤网抽出来用清水冲一冲 晾干再装回去就行"),
    ("c", "哦 原来这么简单 谢谢你啊"),
    ("a", "不客气 这是我们应该做的"),
  ], ask="空调出风有股味道", topic="空调出风有异味", forms=("spaced",)),
  N("an outbound survey call, opened and closed properly", OUT, [
    ("a", "请问您对这次送货的速度满意吗"),
    ("c", "满意 第二天就到了"),
    ("a", "好的 谢谢您的认可"),
  ], purpose="满意度回访"),
  N("唯一 in a plain comparison of two variants (not a claim)", PD, [
    ("c", "这两个链接有啥不一样"),
    ("a", "亲，两个链接唯一的区别是颜色，一个米白一个浅灰，尺寸和材质都一样"),
  ]),
  N("a complaint answered with comfort, a time and a restatement (call)", CALL, [
    ("c", "你们上次派来的师傅把我家墙弄脏了 也不收拾就走了"),
    ("a", "非常抱歉给您添麻烦了 我跟您核实一下 您是说上次上门的师傅弄脏了墙面 走的时候也没有清理 对吗"),
    ("c", "对"),
    ("a", "我把这个情况反馈给服务主管 明天中午十二点前给您回电 就打您现在这个号码可以吗"),
    ("c", "行"),
  ]),
  N("a chat hand-over announced and agreed", TB, [
    ("c", "我要开专票 找谁"),
    ("a", "专票需要财务同事来开，我帮您转接过去可以吗？"),
    ("c", "行"),
    ("a", "好的，正在为您转接，感谢您的耐心"),
    ("s", "会话已转接至财务客服"),
  ], no_close=True),
]
