"""Near-misses a strict reviewer passes (r15c501-): forbidden words negated
or in a warning, the platform's own services, echoes of the customer, logs
that start or end mid-conversation, procedures done right."""
from common import call, chat, wrap_call, wrap_chat

_n = [500]


def _id():
  _n[0] += 1
  return f"r15c{_n[0]}"


def nc(plat, mid, reason, open=True, close=True, **kw):
  cid = _id()
  return chat(cid, wrap_chat(mid, plat, _n[0], open, close), "", reason, platform=plat, **kw)


def nk(mid, reason, open=True, close=True, **kw):
  cid = _id()
  co = kw.pop("co", None)
  asr = kw.pop("asr", None)
  kw.setdefault("rings", 2)
  kw.setdefault("direction", "inbound")
  return call(cid, wrap_call(mid, _n[0], open, close, asr, co), "", reason, **kw)


NEAR = [
    nc("pinduoduo", [
        "C: 你们会不会让我加微信返现啊 我之前遇到过",
        "A: 不会的亲，我们不会让您加任何站外联系方式，如果有人这样说请不要相信，售后都在拼多多聊天里处理",
        "C: 好的 放心了"],
      "微信 named only in a warning against leaving the platform"),
    nc("pinduoduo", [
        "C: 退款退到哪里",
        "A: 亲，原路退回，您当时用微信支付的就退回微信零钱，一般1到3天到账",
        "C: 好"],
      "the platform's own payment route (微信支付) named for a refund"),
    nc("taobao", [
        "C: 能用花呗分期吗",
        "A: 可以的亲，结算页选花呗分期，支持3期免息",
        "C: 好的"],
      "花呗 is Taobao's own payment"),
    nc("jd", [
        "C: 你们用什么快递",
        "A: 默认京东物流，一般次日达",
        "C: 好"],
      "京东物流 is JD's own service"),
    nc("taobao", [
        "C: 这个锅真的是最好的吗",
        "A: 不敢说最好哈亲，每个人习惯不同，这款的优点是锅底厚、受热均匀，您可以参考一下评价",
        "C: 好 我看看"],
      "最好 echoed and declined"),
    nc("douyin", [
        "C: 你能保证100%不过敏吗",
        "A: 没办法保证百分之百不过敏的亲，每个人肤质不一样，建议先在耳后小面积试用",
        "C: 明白"],
      "a hundred-percent promise refused, not made"),
    nc("jd", [
        "C: 这个真的是全网最低价吗",
        "A: 全网的价格我们没法一一比较，不过现在这款有满300减40，算下来挺划算的",
        "C: 嗯"],
      "全网 echoed and declined"),
    nc("taobao", [
        "C: 我也不清楚我要选哪个尺码",
        "A: 没关系，您告诉我身高体重，我帮您推荐",
        "C: 165 110斤",
        "A: 推荐您拍M码"],
      "不清楚 is the customer's word, not the agent's"),
    nc("douyin", [
        "C: 猫咪喂养有什么讲究吗 刚养",
        "A: 刚到家的小猫建议少量多餐，一天喂三到四次，记得准备干净的饮水",
        "C: 好的"],
      "喂 inside 喂养"),
    nc("pinduoduo", [
        "C: 这个商品第一次买 怎么用",
        "A: 第一次使用前用温水冲洗一遍，晾干后就能用了",
        "C: 好"],
      "第一次 is not an advertising claim"),
    nc("jd", [
        "C: 最近有什么活动吗",
        "A: 最近店铺有满199减20的活动，到本月底结束",
        "C: 好"],
      "最近 is not a superlative"),
    nc("taobao", [
        "C: 我的快递单号是多少",
        "A: 您的运单号是YT8874120953361，可以在订单详情里查看物流",
        "C: 好"],
      "a tracking number is not personal data"),
    nc("jd", [
        "C: 订单号是不是 3102258874103",
        "A: 是的，订单号3102258874103，这一单明天送达",
        "C: 好"],
      "an order number is not a phone number"),
    nc("taobao", [
        "C: 我要寄回 地址电话发我",
        "A: 退货地址：浙江省金华市义乌市稠城街道**仓库，收件人售后部，电话0579-85123456，寄回时请附上订单号",
        "C: 好"],
      "the shop's own return line is not the customer's personal data"),
    nc("jd", [
        "C: 唯一的问题就是有点重",
        "A: 是的，因为机身是全金属的，重一些但更稳，感谢您的反馈",
        "C: 嗯"],
      "唯一 echoed from the customer, not a claim"),
    nc("douyin", [
        "C: 主播说这个是爆款 真的吗",
        "A: 这款上个月卖得确实不错，不过适不适合还要看您的肤质，您是干皮还是油皮呢",
        "C: 混油",
        "A: 混油的话用清爽型会更舒服"],
      "爆款 is the customer's word"),
    nc("pinduoduo", [
        "C: 为什么不能说宝贝 我看别家都这么说",
        "A: 我们店里统一叫商品哈，您想问哪一款呢",
        "C: 就那个收纳箱"],
      "宝贝 echoed in the customer's question only"),
    nc("taobao", [
        "C: 你们家东西质量不行 买过一次再也不买了",
        "A: 非常抱歉给您留下这样的印象，能告诉我上次是哪里不满意吗？我们一定改进",
        "C: 衣服起球",
        "A: 给您添麻烦了，这次这款是精梳棉的，不容易起球，有问题随时找我"],
      "a complaint acknowledged with an apology"),
    nc("jd", [
        "C: 我想请问一下 这个耳机多久能到",
        "A: 您下单后一般第二天送到，偏远地区两到三天",
        "C: 好的"],
      "a question about time answered with a time"),
    nc("pinduoduo", [
        "A: 亲，已经给您改好地址了",
        "C: 好的谢谢",
        "A: 不客气亲"],
      "an excerpt from the middle of a chat: no greeting or ending to judge", open=False, close=False),
    nc("douyin", [
        "C: 收到啦 很好用",
        "A: 太好了，谢谢您的反馈😊"],
      "an excerpt that starts mid-conversation", open=False),
    nc("taobao", [
        "C: 亲 這款外套有黑色嗎",
        "A: 有的親，黑色M和L都有現貨",
        "C: 那我要L",
        "A: 好的，拍下後我們今天發出"],
      "a chat in traditional characters, all correct"),
    nc("jd", [
        "C: 这个路由器支持ＷｉＦｉ６吗",
        "A: 支持的，这款是ＷｉＦｉ６双频路由器，最高速率３０００Ｍｂｐｓ",
        "C: 好"],
      "WiFi6 is a product name, written full width"),
    nc("douyin", [
        "C: 有没有人冒充你们客服 让我扫码退款",
        "A: 请您千万不要扫陌生人发的二维码，我们退款只在抖音订单里原路退回，不会让您扫码或转账",
        "C: 好的 差点上当"],
      "二维码 and 转账 named in a fraud warning"),
    nk(["C: 我想问一下燃气费 现在能交吗",
        "A: 您是想现在缴纳燃气费，对吗？",
        "C: 对",
        "A: 可以的，在公众号或者支付宝生活缴费里都能交，输入户号就行，您听明白了吗？",
        "C: 明白了"],
       "支付宝 named on a call with no platform", co="城安燃气"),
    nk(["C: 我家宽带坏了",
        "A: 您是说家里宽带出现故障，对吗？",
        "C: 对",
        "A: 我需要帮您查一下线路状态，大概一分钟，您方便稍等吗？",
        "C: 好",
        "!hold_start", "!wait 50", "!hold_end",
        "A: 很抱歉，线路状态还在查询中，还需要一分钟左右，您方便再等一下吗？",
        "C: 行",
        "!hold_start", "!wait 45", "!hold_end",
        "A: 谢谢您的耐心等待，是您小区的光交箱故障，抢修人员已经在处理，今天下午两点前恢复"],
       "two holds, each with consent and thanks", co="星联宽带"),
    nk(["A: 您好，速达快递客服中心，1023号为您服务，请问有什么可以帮您？",
        "+3.5 A: 您好，请问有什么可以帮您？",
        "+3.5 A: 您好，请问能听到我说话吗？",
        "+3.5 A: 很抱歉，这边一直听不到您的声音，麻烦您挂断后重新拨打，感谢来电，再见！",
        "!wait 4"],
       "the silent-call procedure done right", open=False, close=False, hangup="agent"),
    nk(["C: 我想问一下 快递 能不能 改 派送时间",
        "A: 您是想修改快递的派送时间，对吗？",
        "C: 对 改到 周六",
        "A: 好的，请报一下单号",
        "C: SD 5 5 0 2 1 8 7 3 6",
        "A: SD550218736，对吗？",
        "C: 对",
        "A: 已经帮您改到周六派送了"],
       "a speech-recognition call, all steps kept", co="速达快递", asr="words"),
    nk(["C: 你们这个服务挺好的 上次师傅很专业",
        "A: 谢谢您的肯定，我们会一直保持下去",
        "C: 这次想再约一次清洗空调",
        "A: 您是想预约空调清洗，对吗？",
        "C: 对",
        "A: 已经为您预约了周日上午，师傅提前一天联系您"],
       "praise answered with thanks", co="美澜家电售后"),
    nk(["C: 你刚才说的我没听清 能再说一遍吗",
        "A: 好的，我说慢一点：周六上午九点到十二点，师傅上门安装",
        "C: 好 听清了"],
       "an excerpt of a call: the agent repeats on request", open=False, close=False, timed=False),
    nk(["C: 我想问一下 那个不清楚的地方",
        "A: 您是说账单上有一项看不明白，对吗？",
        "C: 对 有一项叫 调整费",
        "A: 调整费是上个月估抄后补的差额，一共23元，您听明白了吗？",
        "C: 明白了"],
       "不清楚 is the caller's word", co="惠民水务"),
    nk(["C: 帮我转一下人工 我要办过户",
        "A: 过户需要营业厅的业务专员办理，我帮您转过去，您看可以吗？",
        "C: 可以",
        "A: 好的，请稍等，马上为您转接",
        "!transfer"],
       "a transfer announced and agreed", close=False, co="城安燃气"),
]
