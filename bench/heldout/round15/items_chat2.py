"""Violating middles on shop chats, batch 2."""
from items_chat import c

ITEMS = [
    c("taobao", [
        "C: 亲 这款裙子有没有现货",
        ("A: 亲 有的 下单后您加我V 我拉您进老顾客群 有专属折扣",
         "A: 亲，有现货的，今天下午四点前拍当天发，关注店铺还能领老顾客专属券"),
        "C: 好"],
      "platform.taobao.contact_app", "003 拼多多禁语 1: a chat app named to take the customer off the platform"),
    c("jd", [
        "C: 能不能直接转账给你 便宜点",
        ("A: 可以的，您扫我发的收款码直接付，给您便宜三十",
         "A: 抱歉，付款只能在京东下单完成，这样您的订单也有保障，我可以帮您申请一张满减券"),
        "C: 那好吧"],
      "platform.jd.off_platform", "003 拼多多禁语 6: payment outside the platform"),
    c("douyin", [
        "C: 我上周买的面膜什么时候发货",
        ("A: 亲 我们会尽快安排的",
         "A: 亲，您这单排在明天发货，明天晚上之前物流信息就能更新"),
        "C: 好吧"],
      "response.reply_time.chat|response.urge", "000 篇1 7: asked when, no time given"),
    c("pinduoduo", [
        "C: 我刚拍了三个收纳盒 地址是对的",
        ("A: 好的亲，我们尽快发货",
         "A: 好的亲，跟您核对一下：李女士，139****2077，成都市武侯区科华北路**号，没问题的话我们今天发出"),
        "C: 对的"],
      "response.confirm_address.chat", "002 售前 四、4: an order placed and the address not checked"),
    c("taobao", [
        "C: 买的锤子把手裂了",
        "A: 非常抱歉亲，麻烦拍一下把手裂开的地方",
        "C: [图片]",
        "C: 你们这质量也太次了 第一次用就裂",
        ("A: 正常使用不会裂的，肯定是您砸的时候用力太猛了",
         "A: 实在抱歉让您碰到这样的问题，这边直接给您补发一把新的，不用退回"),
        "C: 行吧"],
      "forbidden.blame|forbidden.argue", "000 篇2 四、2: the fault put on the customer"),
    c("douyin", [
        "C: 你们店铺的衣服 为啥每次发货都这么慢 上次等了五天",
        ("A: 现在都这样，旺季嘛",
         "A: 非常抱歉上次让您等了那么久，这次您的订单我已经加急备注，明天就能发出"),
        "C: 好"],
      "response.complaint.chat|forbidden.blame", "002 参考用语2: a complaint shrugged off with no apology"),
]
