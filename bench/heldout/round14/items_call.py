"""Hotline calls about shop orders (no platform): the same everyday problems
by phone, with times and events."""

from common import cpair

cpair(["GREET", "C: 喂 你好 我姓周 我在你们店买的电视", "C: 装好第二天屏幕就出来一条竖线",
       "A: 周先生您好，非常抱歉给您添麻烦了",
       ("A: 请问您的订单号是多少？",
        "A: 跟您确认一下，您是说电视装好第二天屏幕上就出现一条竖线，对吗？"),
       ("C: 二零二六一一二零零八",
        ["C: 对", "A: 好的，麻烦您告诉我一下订单号", "C: 二零二六一一二零零八"]),
       "A: 跟您核对一下，订单号是二零二六一一二零零八，对吗？", "C: 对",
       "A: 好的，这边给您安排师傅明天上午上门检测，确认是屏幕问题直接给您换新机，师傅出发前会打您电话",
       "C: 行", "CLOSE"],
      "response.restate.call", "000 篇2 三、3: a fault told at length, not restated before asking for the order")

cpair(["GREET", "C: 你们这个电话也太难打了吧 我打了七八遍才打进来",
       ("A: 请问您要办理什么业务？",
        "A: 非常抱歉让您久等了，最近来电比较多，给您添麻烦了，请问有什么可以帮您？"),
       "C: 我姓孙 我家冰箱不制冷了",
       "A: 孙女士您好，您是说冰箱不制冷了，对吗？", "C: 对 冷藏室一点都不凉",
       "A: 好的，已经给您登记维修，师傅今天下午四点前给您打电话约上门时间", "C: 好",
       "CLOSE"],
      "response.complaint.call", "004 抱怨投诉 1: the hotline was hard to reach; the agent goes straight to business")

cpair(["GREET", "C: 你好 我姓吴 我想改一下收货电话",
       "A: 吴先生您好，您是想修改订单的收货电话，对吗？好的，请您说一下新的号码",
       "C: 一三九 零二一七 四四八六",
       ("A: 好的 已经改好了",
        ["A: 跟您核对一下，新号码是一三九 零二一七 四四八六，对吗？", "C: 对的", "A: 好的，已经改好了"]),
       "C: 好", "CLOSE"],
      "response.readback.call", "004 核实信息 1: a phone number taken without reading it back")

cpair(["GREET", "C: 你好 我姓郑 我昨天买的那个空调 想问一下什么时候安装",
       "A: 郑女士您好，您是想确认空调的安装时间，对吗？", "C: 对",
       ("A: 我查一下",
        "A: 我需要帮您查询一下，大约一分钟，请您稍等好吗？"),
       (None, "C: 好的"),
       "!hold_start", "!wait 40", "!hold_end",
       "A: 感谢您的耐心等待，您的安装已经排在明天下午两点到四点，师傅会提前联系您", "C: 好 知道了",
       "CLOSE"],
      "hold.consent.call", "004 保持 2: put on hold without asking the customer first")

cpair(["GREET", "C: 我姓冯 我的退款到现在还没到账",
       "A: 冯先生您好，很抱歉让您着急了，您是说退款还没收到，对吗？", "C: 对",
       "A: 我需要帮您查一下退款进度，请您稍等一分钟好吗？", "C: 嗯 好",
       "!hold_start", "!wait 35", "!hold_end",
       ("A: 查到了 退款已经打到您的银行卡了",
        "A: 谢谢您的等候，查到了，退款已经打到您的银行卡了"),
       "A: 银行到账一般需要一到三个工作日，最迟周四到账", "C: 好的",
       "CLOSE"],
      "hold.return.call|response.thank_wait.call", "004 保持 2: back from hold without thanking for the wait")

cpair(["GREET", "C: 我姓陈 我上周投诉的那个快递丢件 到底怎么处理",
       "A: 陈女士您好，很抱歉让您一直等，您是问上周快递丢件的处理结果，对吗？", "C: 是啊",
       ("A: 这个还在跟快递公司核实，我们会尽快处理的",
        "A: 这个还在跟快递公司核实，我们明天中午十二点前一定给您回电"),
       "C: 好吧", "CLOSE"],
      "response.reply_time.call|response.defer_without_time", "004 抱怨投诉 7: a complaint left with 'as soon as possible' and no time")

cpair(["GREET", "C: 喂 我那个 呃 洗衣机 呃", "!wait 1",
       ("A: 请您大声一点",
        "A: 很抱歉，您的声音有点小，麻烦您稍微大声一点好吗？"),
       "C: 我说 我姓杨 洗衣机脱水的时候声音很大",
       "A: 杨女士您好，您是说洗衣机脱水的时候响声很大，对吗？", "C: 对",
       "A: 给您添麻烦了，这边安排师傅明天上门检查，上门前会先给您打电话", "C: 好",
       "CLOSE"],
      "forbidden.hearing_no_apology", "004 无法听清 1: 'speak up' without an apology")

cpair(["GREET", "C: 我姓韩 买的那个净水器漏水了 地上都湿了",
       ("A: 什么？你再说一遍",
        "A: 不好意思，刚才没听清楚，麻烦您再说一下好吗？"),
       "C: 净水器漏水了",
       "A: 韩先生，非常抱歉给您添麻烦了，您是说净水器漏水了，对吗？请先把进水阀关上", "C: 关了",
       "A: 好的，师傅今天下午三点前上门处理，上门前会联系您", "C: 好", "CLOSE"],
      "forbidden.repeat_request|forbidden.repeat_request.call|forbidden.address_ni", "000 篇2 三、2: 'what? say it again'")

cpair(["GREET", "C: 我姓曹 我就问一下 快递什么时候到",
       "A: 曹女士您好，您是问包裹的送达时间，对吗？", "C: 对",
       "A: 感谢您的等待，查到了，包裹明天上午送到", "C: 好的",
       "A: 请问还有其他可以帮您的吗？", "C: 没别的了",
       ("A: 好的 再见",
        "A: 好的，感谢您的来电，祝您生活愉快，再见")],
      "closing.call_thanks|closing.call", "000 篇2 六、2: the call ends without thanks")

cpair(["GREET", "C: 我姓许 前天打电话说灶台打不着火 师傅今天来修好了",
       "C: 真是太谢谢你们了",
       ("A: 请问还有其他可以帮您的吗？",
        "A: 不客气许先生，这是我们应该做的，请问还有其他可以帮您的吗？"),
       "C: 没有了",
       "A: 好的，感谢您的来电，再见"],
      "response.thanks.call", "004 特殊沟通 10: the customer's thanks not answered")

cpair(["GREET", "C: 我姓蒋 你们的东西坏了三次了 你给我找你们经理来",
       ("A: 经理不在 您跟我说就行",
        "A: 蒋先生，非常抱歉给您带来这么多麻烦，我先把情况记下来，经理现在在开会，今天下午三点前请他给您回电，您看可以吗？"),
       "C: 好吧",
       "A: 跟您确认一下，您是说同一台吸尘器坏了三次，对吗？", "C: 对",
       "A: 好的，已经记录下来了", "CLOSE"],
      "response.manager_request", "004 抱怨投诉 6: a manager asked for and brushed off")

cpair(["GREET", "C: 我姓沈 你人挺好的 你叫什么名字 下次我直接找你",
       ("A: 我叫林晓雯 您直接找我就行",
        "A: 谢谢沈女士，我们只能报工号，我的工号就是开头报的那个，您下次来电说这个工号就可以"),
       "C: 好的", "CLOSE"],
      "response.personal_info", "000 篇2 五、3: the agent gives her real name")

cpair(["GREET", "C: 我 姓 何 我 买 的 那 个 烤 箱 定 时 不 管 用",
       "A: 何先生您好，非常抱歉给您添麻烦了，您是说烤箱的定时不起作用，对吗？", "C: 对",
       ("A: 这 个 我 也 不 太 清 楚 是 怎 么 回 事",
        "A: 我 先 帮 您 登 记 检 修 师 傅 明 天 上 午 给 您 打 电 话"),
       "C: 好 那 师 傅 几 点 来",
       "A: 师傅明天上午十点前会先给您打电话，跟您约上门的时间", "C: 好", "CLOSE"],
      "forbidden.uncertain", "001 禁用语 不清楚: ASR text, 'I'm not sure what's wrong either'")

cpair(["GREET", "C: 你好 我姓刘 买的吸尘器充不进电",
       ("A: 您好，您是说吸尘器充不进电，对吗？",
        "A: 刘女士您好，您是说吸尘器充不进电，对吗？"),
       "C: 对",
       ("A: 好的，给您安排换新，新机明天发出",
        "A: 好的刘女士，给您安排换新，新机明天发出"),
       "C: 好", "CLOSE"],
      "address.surname.call", "004 称呼语: the surname given and never used")

cpair(["GREET", "C: 我姓马 那个路由器怎么重置啊",
       "A: 马先生您好，您是想把路由器恢复出厂设置，对吗？", "C: 对",
       "A: 您用牙签按住背面的小圆孔，按十秒钟，等指示灯全部闪一下再松开，然后重新连接网络就可以了",
       (None, ["A: 您看清楚了吗？"]),
       "C: 好",
       "CLOSE"],
      "response.understood.call", "004 结束语 1: instructions given without checking they were understood")

cpair(["GREET", "C: 我姓罗 买的电暖器插上插头就冒烟 我手也烫了一下",
       ("A: 请问是哪个型号？",
        "A: 罗女士，非常抱歉让您受伤了，请先把插头拔掉，手要是烫伤了先用凉水冲，需要就医的话费用我们来承担"),
       "C: 已经拔了", "A: 好的，您是说电暖器插电就冒烟，对吗？", "C: 对",
       "A: 这边马上给您办理退货，明天上午快递上门取件，另外今天下午会有专人五点前给您回电跟进伤情", "C: 好",
       "CLOSE"],
      "response.harm.call", "003 抖音售后 1: a burn reported, answered by asking the model")

cpair(["GREET", "C: 我姓唐 上次那个客服说给我退款 结果到现在都没退",
       ("A: 上次不是我接的电话 我不清楚",
        "A: 唐先生，非常抱歉，上次说好的事没办好是我们的问题，我马上帮您查一下退款进度"),
       "C: 你查吧",
       "A: 感谢您的等待，查到退款申请没有提交成功，已经重新提交，明天中午前到账", "C: 好",
       "CLOSE"],
      "forbidden.blame|forbidden.uncertain", "000 篇2 四、4: 'it wasn't me who took that call'")

cpair(["GREET", "C: 我姓宋 快递怎么还没到",
       "A: 宋女士您好，让您等了这么些天，真是抱歉，您是问快递还没到，对吗？", "C: 对",
       ("A: 等一下啊",
        "A: 请您稍等，我帮您查一下"),
       "A: 感谢您的等待，包裹今天下午派送", "C: 好", "CLOSE"],
      "forbidden.wait_bare|forbidden.wait_short,forbidden.casual?", "000 篇2 五、1: 'wait a moment' with no polite word")

cpair(["GREET", "C: 你好 我姓邓 我想问下我的订单发货没有",
       ("+8 A: 邓先生您好，麻烦您说一下订单号",
        "A: 邓先生您好，麻烦您说一下订单号"),
       "C: 四四零一二七",
       "A: 跟您核对一下，订单号是四四零一二七，对吗？", "C: 对",
       "A: 感谢您的等待，已经发货了，明天到", "C: 好", "CLOSE"],
      "dead_air.call|listening.call", "000 篇1 3: eight seconds of silence after the customer's question")

cpair(["GREET", "C: 我姓谢 我想说一下 你们那个配送员 把东西扔在门口就走了 东西都",
       ("~1.5 A: 好的好的 我知道了",
        "+0.8 A: 谢女士，非常抱歉，您是说配送员把东西放在门口就走了，对吗？"),
       "C: 对啊 东西还摔坏了",
       "A: 实在对不起，这边给您补发一台新的，今天下午发出，配送员那边我们也会反馈", "C: 好",
       "CLOSE"],
      "interruption.call,response.restate_complaint.call?,response.complaint.call?", "000 篇1 4: the agent cuts in over the customer")

cpair([("A: 喂 您好 是王女士吗 您家洗衣机修好了没",
        "A: 您好，我是安居家电客服中心的回访专员，我姓林，请问是王女士吗？想跟您了解一下上周洗衣机维修的情况，您现在方便吗？"),
       "C: 是我 方便 修好了",
       "A: 好的，请问师傅的上门服务您还满意吗？", "C: 挺好的",
       "A: 您对我们的服务还有什么意见或者建议吗？", "C: 没有",
       "A: 感谢您的支持和反馈，以后有问题随时打我们的服务热线，谢谢您，再见"],
      "greeting.outbound.call,forbidden.casual?", "002 第二篇 6.2: an outbound call without naming the company and the purpose",
      direction="outbound", rings=None)
