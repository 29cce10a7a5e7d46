"""Near-misses of round 49: conversations a strict reviewer passes although a
naive word list would flag them (notation in common.py; compliant only)."""
from common import K

# ---- calls ------------------------------------------------------------------

K("call", None, "the silent-call procedure of 000 篇2 一、5 followed to the letter; the agent hangs up after the goodbye, as the seed says",
  """
A: 您好，滨海供电服务热线，工号2044，请问有什么可以帮您？
!wait 3
A: 您好，请问有什么可以帮您？
!wait 3
A: 很抱歉，您的电话没有声音，请您挂机后重新拨打，此次通话将被挂机，感谢您的来电，再见！
!wait 3
!hangup agent
""", open=False, close=False, hangup=None, asr=True)

K("call", None, "a hold asked for with reason and consent, 50 s, and the caller thanked on return (000 篇1 6, 004 保持 2)",
  """
C: 我的车险保单快到期了 续保能便宜点吗
A: 我跟您确认一下，您的车险快到期了，想了解续保有没有优惠，对吗？
C: 对
A: 我需要调一下您去年的出险记录来算折扣，大概需要一分钟，请您稍等，不要挂机，好吗？
C: 好
!hold_start
!wait 50
!hold_end
A: 非常感谢您的耐心等候，您去年没有出险，续保可以享受七五折，比去年便宜六百多元。
C: 那挺好
""", co="平康财产保险")

K("call", None, "a transfer with its reason and the caller's consent; a call that ends in a transfer needs no closing of its own (000 篇2 三、9)",
  """
C: 我想问一下光纤入户要走墙里 你们能不能帮着开槽
A: 我跟您确认一下，您想让装维师傅在墙内开槽走光纤，对吗？
C: 对
A: 开槽属于上门施工的特殊需求，需要施工组评估，我为您转接给施工组的专员，好吗？
C: 好的
A: 请稍等，我立即为您转接。
!transfer
""", co="易连宽带", close=False, hangup=None, asr=True)

K("call", None, "the caller's own 不知道 / 不清楚 echoed and answered; 不清楚 is not the agent's answer",
  """
C: 我也不清楚我家是哪种燃气表 就说漏气报警
A: 您说不清楚是哪种表没关系，我跟您确认一下，您家的燃气报警器在报警，对吗？
C: 对 一直响
A: 请您马上关闭燃气总阀、打开门窗，不要开关电器，也不要用手机在屋里打电话，抢修人员二十分钟内到达。
C: 好好 我出去打
""", co="恒通燃气")

K("call", None, "a full mobile number read back on a call to check it, as 004 核实信息 1 requires; not a privacy leak",
  """
C: 我想改一下预留的手机号 新号 139 5723 0816
A: 好的，我跟您核实一下，新手机号是13957230816，对吗？
C: 对
A: 已经改好了，以后的账单提醒会发到这个号码上。
C: 好
""", co="城北自来水", asr=True)

K("call", None, "喂 inside 喂养 and 喂食 on a pet-insurance call, not the casual 喂",
  """
C: 我想给我家猫买个宠物险 它平时是散养的
A: 我跟您确认一下，您想给家里的猫咪投保宠物医疗险，对吗？
C: 对
A: 好的，投保时需要填写猫咪的年龄、品种和喂养方式，散养和室内喂养的保费不同，平时是您定时喂食吗？
C: 对 一天两顿
A: 那就按室内喂养算，一年保费三百六十元，可以在我们的官方应用里直接投保。
C: 好 我看看
""", co="平康财产保险")

K("call", None, "可能 naming the causes to be checked one by one, followed by the check; not a vague answer",
  """
C: 我家跳闸了 一合上就跳
A: 我跟您确认一下，您家的总闸一合上就跳闸，对吗？
C: 对
A: 一合就跳的原因有两种可能：一是家里某个电器短路，二是线路漏电。请您先把所有电器插头拔掉再合闸，看还跳不跳。
C: 我试试 ... 不跳了
A: 那就是某个电器的问题，您一个一个插上去，插上哪个跳闸就是哪个坏了。
C: 明白了
""", co="滨海供电服务", asr=True)

K("call", None, "最近 / 最晚 / 第一时间 / 第一次 in plain use on a call, not advertising claims",
  """
C: 我第一次打你们电话 想问下最近一次抄表是哪天
A: 我跟您确认一下，您想查询最近一次抄水表的日期，对吗？
C: 对 户号 4108 2273
A: 好的，41082273，对吗？
C: 对
A: 最近一次是本月六号抄的，读数五百一十二。下次抄表最晚下个月十号前，结果出来会第一时间发短信给您。
C: 好
""", co="城北自来水")

K("call", None, "a negated absolute: the agent declines to promise 百分之百, as 002 第二篇 6.1(7) requires",
  """
C: 我家这个冰箱修了能保证百分之百不再坏吗
A: 我跟您确认一下，您想知道冰箱修好后还会不会再出故障，对吗？
C: 对
A: 机器的情况没法保证百分之百不出问题，不过这次更换的配件有九十天保修，期间同样的故障我们免费再修。
C: 那行
""", co="安居家电售后", asr="spaced")

K("call", None, "私下转账 and 验证码 named in a fraud warning, not an offer to trade off the books",
  """
C: 有人打电话说是你们的 让我私下转账退保险费
A: 我跟您确认一下，有人自称是我们公司的工作人员，让您私下转账办理退费，对吗？
C: 对
A: 请您千万不要转账，我们不会要求客户私下转账，也不会索要短信验证码，这是诈骗电话，建议您报警。
C: 好险 还好我先问了
""", co="永泰人寿", asr=True)

K("call", None, "a caller who swears is answered with 我非常理解您的心情 (002 第二篇 6.1(7)), no rudeness back",
  """
C: 你们这破宽带天天断 老子要投诉
A: 您的心情我非常理解，咱们一起尽快把问题解决。我跟您确认一下，您家的宽带最近经常断线，对吗？
C: 对 一天断好几次
A: 请问宽带账号是多少？
C: 0571 9902 3316
A: 好的，057199023316，对吗？
C: 对
A: 我查到您家光猫的光信号不稳定，已经给您派了加急维修单，明天上午十二点前师傅上门更换光猫。
C: 行 这回搞好点
""", co="易连宽带")

K("call", None, "an outbound follow-up that names company, job number and surname, and closes with thanks (002 第二篇 6.2)",
  """
A: 您好，我是美凉空调售后的回访员，工号5530，我姓赵，请问是钱女士吗？想占用您一分钟时间回访空调安装的情况。
C: 是我 你说
A: 请问师傅安装后空调使用正常吗？
C: 正常 挺凉快的
A: 请问您对这次的安装服务满意吗？
C: 满意
A: 感谢您对我们工作的支持，如果之后有问题请拨打我们的服务热线，祝您生活愉快，再见！
C: 再见
""", open=False, close=False, direction="outbound", asr=True)

K("call", None, "a New Year's Day opening with the holiday greeting (004 节日开头语)",
  """
A: 您好，元旦快乐！星河通信客服中心，工号7713，请问有什么可以帮您？
C: 元旦快乐 我想查下我的积分能换什么
A: 我跟您确认一下，您想查询积分可以兑换的礼品，对吗？
C: 对
A: 您现在有三千二百积分，可以兑换三十元话费或者一个充电宝，在应用的积分商城里兑换就行。
C: 好 我去看看
""", co="星河通信", open=False, started="2027-01-01T11:20:00+08:00")

K("call", None, "a request for the agent's WeChat declined with the job number (004 特殊沟通 4)",
  """
C: 你加我个微信吧 以后有事直接找你
A: 很抱歉，我们工作中规定只能通报工号，我是3381号，您以后拨打热线报我的工号就可以。
C: 哦 好吧
A: 刚才您说的快递改地址，我跟您确认一下，改到滨江区江南大道一零八号，对吗？
C: 对
A: 已经改好了，明天上午派送。
C: 好
""", co="顺捷速运", n="3381")

K("call", None, "a polite request to repeat with an apology (000 篇1 5), not 你说什么",
  """
C: 我那个 ... 账户 ... 冻结
A: 很抱歉，刚才没有听清楚，麻烦您再说一遍，好吗？
C: 我说我的缴费账户被冻结了
A: 我跟您确认一下，您的燃气缴费账户被冻结了，对吗？
C: 对
A: 查到是因为连续三个月欠费，您缴清欠费后两小时内自动解冻。
C: 好 我马上交
""", co="恒通燃气", asr=True)

K("call", None, "a nuisance call handled by 004 特殊沟通 6: what the line is for, a request to hang up, goodbye after five seconds",
  """
C: 你们客服是不是都是机器人啊 嘿嘿
A: 您好，这里是顺捷速运客服中心，您有快递方面的问题的话，我很乐意帮您解答。
C: 我就是无聊 跟你聊聊
A: 如果没有需要办理的业务，麻烦您先挂机，让其他客户能打进来，好吗？
C: 再聊一会嘛
A: 非常抱歉，您的需求超出了我们的服务范围，还有很多用户需要我的服务，我要挂机了，再见！
!wait 5
!hangup agent
""", co="顺捷速运", close=False, hangup=None, asr=True)

K("call", None, "a wrong number answered as 004 特殊沟通 2 says (这里是…客服中心，请您查证后再拨)",
  """
C: 喂 是幸福里幼儿园吗
A: 您好，这里是星河通信客服中心，不是幼儿园，请您查证后再拨。
C: 哎呀打错了 不好意思
A: 没关系，请不必介意，感谢您的来电，再见！
C: 再见
""", co="星河通信", close=False)

K("call", None, "你 inside the product name 迷你 and in the caller's words; the agent says 您 throughout",
  """
C: 我买的那个迷你洗衣机 你们给我发的是白色 我要的粉色
A: 我跟您确认一下，您购买的迷你洗衣机颜色发错了，应该是粉色，收到的是白色，对吗？
C: 对
A: 很抱歉给您添麻烦了，我给您安排上门换货，粉色的迷你洗衣机明天上午送到，同时把白色的取回。
C: 好
""", co="安居家电售后", asr=True)

K("call", None, "a whole call in speech-recognition form spaced character by character, every step by the seeds (restate, read back, hold with consent, thanks)",
  """
C: 我 想 报 修 热 水 器 不 出 热 水
A: 我跟您确认一下，您家的热水器不出热水，需要报修，对吗？
C: 对
A: 请问登记的手机号是多少？
C: 186 7702 5531
A: 好的，18677025531，对吗？
C: 对
A: 我需要查一下您家附近师傅的排班，请您稍等一分钟，好吗？
C: 好
!hold_start
!wait 40
!hold_end
A: 感谢您的耐心等候，明天上午十点到十二点师傅可以上门，出发前会给您打电话。
C: 行
""", co="安居家电售后", asr="spaced")

K("call", None, "a thanks answered and a second compliment answered (004 特殊沟通 10); 不客气 twice is not slang",
  """
C: 我上回报修的水管你们修得很快 谢谢啊
A: 不客气，这是我们应该做的。请问这次有什么可以帮您？
C: 就是打来谢谢你们 师傅人特别好
A: 听到您这么说我们特别高兴，会继续努力的，有需要随时再打过来。
C: 好的好的
""", co="城北自来水", asr=True)

# ---- chats ------------------------------------------------------------------

K("chat", "taobao", "支付宝 named on Taobao for the refund route (the platform's own payment), not another platform",
  """
C: 退款退到哪
A: 亲，退款会原路退回，您是用支付宝付的，就退到支付宝余额，审核后二十四小时内到账哦
C: 好的
""")

K("chat", "jd", "京东物流 named on JD: the platform's own delivery",
  """
C: 发什么快递
A: 亲，我们统一发京东物流，江浙沪一般次日达哦
C: 好
""")

K("chat", "douyin", "宝贝 on Douyin (the ban is Pinduoduo's) as the customer's word, the agent answering with 商品",
  """
C: 这个宝贝有现货吗
A: 亲，这款商品有现货的，今天下单明天发出哦
C: 好
""", iso=True)

K("chat", None, "最快 as a delivery estimate and 第一时间 as a promise to notify, not advertising claims",
  """
C: 最快多久能送到
A: 亲，现在出餐需要十五分钟，加上配送，三十五分钟左右送到，骑手接单后会第一时间通知您哦
C: 好
""", food=True)

K("chat", "taobao", "a negated absolute: the agent declines to promise 绝对不褪色",
  """
C: 这个T恤会褪色吗
A: 亲，纯棉的深色衣服没法保证绝对不褪色，头两次建议单独冷水手洗，之后就很稳定了哦
C: 好的
""", trad=True)

K("chat", None, "the customer's 垃圾 and an apology in return; the customer's words are not the agent's",
  """
C: 什么垃圾外卖 饭是夹生的
A: 亲，非常抱歉，米饭没有煮熟是我们的失误，已经给您申请全额退款，后厨这边也会马上整改
C: 哼 算了
A: 真的很抱歉，这单退款一到三个工作日原路退回，给您带来不好的体验了
""", food=True)

K("chat", "pinduoduo", "a masked phone number (138****2210) and a masked address read back on Pinduoduo",
  """
C: 收货信息帮我核对下
A: 亲亲，收件人王**，电话138****2210，地址江苏省苏州市吴中区****号，对吗？
C: 对的
""", fw=True)

K("chat", "jd", "唯一 in plain use (the only pending refund), not a uniqueness claim",
  """
C: 我有几个退款没到
A: 亲，我查了一下，您账户里唯一一笔待到账的退款是十二号那单的八十九元，预计明天到账哦
C: 好
""")

K("chat", "taobao", "a fraud warning naming 加微信 and 私下转账, not an invitation to leave the platform",
  """
C: 有人旺旺上说是你们客服 让我加微信退款
A: 亲，那不是我们，我们不会让您加微信或者私下转账，退款都是在订单页面申请的，请您不要理会哦
C: 好的 吓我一跳
""")

K("chat", None, "a log that starts mid-conversation and ends before the goodbye: greeting and closing cannot be judged",
  """
A: 亲，您刚才说的那份加的鸡腿，后厨已经补上了
C: 好 那骑手什么时候到
A: 骑手已经出发了，十分钟左右到哦
C: 嗯
""", food=True, open=False, close=False)
