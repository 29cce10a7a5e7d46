"""Violating middles on shop chats, batch 4: real-export forms (order cards,
customer bursts, 亲亲/小妹, a whole chat in traditional characters)."""
from items_chat import c

ITEMS = [
    c("taobao", [
        "C: [订单卡片] 订单号 2511283390175 加厚珊瑚绒毯 200x230 实付¥89.00",
        "C: 亲亲 我买了两条 只收到一条",
        "C: 盒子里就一条",
        ("A: 估计是仓库那边漏了吧，具体我也说不准",
         "A: 非常抱歉亲，我查了发货记录，这单是分两个包裹发的，另一个包裹明天送到，单号是YT7720183566410"),
        "C: 哦 那我等等"],
      "forbidden.uncertain|forbidden.uncertain_hedge", "001 禁用语 / 000 篇2 五、8: a guess instead of finding out"),
    c("pinduoduo", [
        "C: 小妹",
        "C: 我的鞋到哪了",
        "C: 买了四天了",
        ("A: 物流信息页面不是都能看到吗？",
         "A: 让您久等了亲，包裹昨晚到了您那边的转运中心，今天下午派送"),
        "C: 好吧"],
      "forbidden.rhetorical", "003 天猫禁语 四: a rhetorical question back at the customer"),
    c("jd", [
        "C: 請問這個枕頭有幾種高度",
        "A: 您好，安睡床品京東店客服為您服務，有低枕和中枕兩種",
        "C: 我睡覺會打呼 哪種比較好",
        ("A: 等一下下哈", "A: 我幫您查一下兩款的參數，大概一分鐘，您稍等一下可以嗎？"),
        "C: 好",
        "A: 感謝您的等待，打呼的話建議選中枕，10釐米左右的高度能讓呼吸順暢一些",
        "C: 那就中枕"],
      "forbidden.wait_short|forbidden.wait_bare", "000 篇2 五、1: a wait asked for with no reason or time", open=False),
    c("douyin", [
        "C: 我明天生日 这个蛋糕模具能明天到吗🎂",
        ("A: 放心吧亲，我打包票明天一定送到",
         "A: 今天下午四点前发出的话，同城一般第二天能到，我现在就给您加急发出"),
        "C: 好耶"],
      "forbidden.blind_promise", "002 售前疑难 3: a promise on delivery the shop cannot keep"),
    c("pinduoduo", [
        "C: 收到了 挺好吃的",
        ("A: 谢谢亲，确认收货给个五星，下次来找我给您免一包的钱",
         "A: 谢谢亲的喜欢，吃完了觉得好再来哈"),
        "C: 好的"],
      "platform.pinduoduo.review_incentive", "003 拼多多禁语 5: a reward for a five-star rating"),
    c("jd", [
        "C: 你们这个破壁机在京东上比别处贵",
        ("A: 您上我们品牌官网商城下单，比这便宜五十",
         "A: 我们这边现在有满减，再叠加一张30元券，算下来价格是一样的，还是京东配送"),
        "C: 那我领券"],
      "platform.jd.off_platform|platform.jd.other_app", "003 拼多多禁语 6: the customer sent to buy elsewhere"),
    c("taobao", [
        "C: 我拍的是S码 穿不上 你们尺码表有问题吧",
        ("A: 尺码表写得那么清楚，看不明白就别乱拍嘛",
         "A: 很抱歉没帮您选好尺码，您可以申请换M码，来回运费我们出"),
        "C: 那换M"],
      "forbidden.rude|forbidden.blame", "003 京东禁用语 4: telling the customer not to buy what they cannot understand"),
    c("douyin", [
        "C: 能不能快点发啊 我后天出差要带",
        "C: 急急急",
        ("A: 在排队发货中", "A: 理解您着急，已经给您加急备注，今天晚上八点前发出，后天上午能到"),
        "C: 好"],
      "response.urge|response.reply_time.chat", "002 售后 四、2: an urging customer left without a time"),
    c("pinduoduo", [
        "C: 这个保温饭盒还有吗",
        ("A: 只剩最后3件了，手慢无，赶紧拍",
         "A: 还有现货的亲，有粉色和灰色两种"),
        "C: 那要灰色"],
      "ad.inducement|forbidden.slang?", "003 拼多多禁语 3: pressure to buy at once"),
    c("taobao", [
        "C: 锯片要配哪种型号的",
        ("A: 啊？您说啥", "A: 亲，您是想问电锯配哪种锯片吗？麻烦告诉我您电锯的型号"),
        "C: 电锯 型号是 M 1 8 5",
        "A: M185的话配185毫米的锯片，店里第三个链接就是"],
      "forbidden.repeat_request|forbidden.pardon_bare", "000 篇1 5: 你说什么 in other words"),
]
