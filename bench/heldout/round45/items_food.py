"""Violating middles of food-delivery chats (Meituan, Ele.me shops) and their twins."""
from common import V, VK

M, E = "meituan", "eleme"

V("food", M, "response.complaint.chat|response.harm.chat,forbidden.buck_passing?,forbidden.blame?",
  "002 第三篇 参考用语2 1 / 000 篇8 售后服务: 买家不满时先道歉，不推给别人", """
C: 汤洒了一半 袋子里全是汤
S: [图片]
A: [汤是骑手送的，洒了您得找骑手||非常抱歉，汤洒了影响您用餐了，这份汤的钱我给您退回去，您看可以吗？]
C: 行吧
A: 已经给您提交退款了，原路退回
""")

V("food", M, "response.harm.chat|response.harm_confirmed.chat|response.complaint.chat,forbidden.argue?",
  "003 抖音售后 1 安抚顾客情绪: 客户称吃坏肚子时先安抚，不争辩", """
C: 吃完你们家的凉皮 拉了一晚上肚子
A: [我们家每天都是现做的，不会有问题的||非常抱歉让您身体不舒服了，您现在好点了吗？麻烦您把剩下的餐拍给我，我马上跟后厨核查]
C: 好点了 剩的我扔了
A: 好的，这单给您全额退款，您多喝点温水，注意休息
""")

V("food", M, "response.harm_confirmed.chat|response.harm.chat|response.complaint.chat,forbidden.blame?",
  "000 篇2 四、5: 确认是我们出错时要道歉并处理", """
C: 我备注了免辣 结果辣得孩子直哭
A: 我马上查一下
A: 查到了，是后厨看漏了备注
A: [您下次备注写显眼一点||真的非常抱歉，是我们后厨看漏了备注，让孩子受罪了，这单给您全额退款]
C: 退吧
A: 已经退了，一到三个工作日原路到账
""")

V("food", M, "response.urge|response.complaint.chat,forbidden.impatient?",
  "002 第三篇 售后 四、2: 客户来催单，要告知配送信息并安抚", """
C: 下单一个小时了还没到 到底还要多久
A: [饭点单多，慢一点很正常||非常抱歉让您久等了，骑手已经取餐，显示离您还有一公里多，十分钟内送到]
C: 好 那我等着
""")

V("food", M, "forbidden.wait_short|forbidden.wait_bare",
  "004 保持 1 / 000 篇2 五、1: 请客户等待要有礼貌用语", """
C: 我想加一瓶可乐 还来得及吗
A: [稍等||请您稍等，我看一下出餐了没有]
A: 还没出餐，可乐给您加上了，您在订单里补一下差价就行
""", iso=True)

V("food", M, "response.thanks.chat",
  "000 篇7 24 / 篇2 五、7: 客户致谢时要回应", """
C: 好的 谢谢老板 另外能多给双筷子吗
A: [可以，给您备注了||不客气，可以的，已经给您备注了]
""", no_thanks=True)

V("food", M, "response.apology.chat",
  "000 篇2 五、6: 客户致歉时回应没关系", """
C: 抱歉抱歉 地址写错了 是3号楼不是8号楼
A: [我联系骑手改一下||没关系，我马上联系骑手改成3号楼]
C: 好
A: 已经跟骑手说好了，送到3号楼
""")

V("food", M, "response.reply_time.chat|response.defer_without_time",
  "000 篇1 7: 需要再答复时告知回复时间", """
C: 少了一份米饭 能补吗
A: [非常抱歉少放了米饭，我问下店长，等会儿回复您||非常抱歉少放了米饭，我问下店长，五分钟内回复您]
C: 好
""")

V("food", M, "forbidden.refusal_bare|forbidden.refusal_no_alternative|forbidden.refusal",
  "000 篇2 五、2 / 003 京东做法 3: 拒绝时要抱歉并给出建议", """
C: 能让骑手送上楼吗 我腿不方便
A: [送不了，骑手不上楼||非常抱歉，骑手这边规定不上楼，我帮您备注让骑手到了先打给您，能麻烦家人下楼取一下吗？]
C: 那行吧
""")

V("food", M, "forbidden.rude|forbidden.abuse,response.complaint.chat?",
  "001 禁用语 / 003 拼多多禁语 5: 不能对客户出言不逊", """
C: 这么点量也好意思卖25
A: [吃不饱点大份啊，又没人逼您||非常抱歉让您觉得分量少了，这款是小份，下次可以选大份，这次给您送一瓶饮料]
""", iso=True)

V("food", M, "forbidden.abuse|forbidden.rude,response.complaint.chat?",
  "003 拼多多禁语 5: 顾客说难听的话，客服不能直接骂回去", """
C: 你们家的饭就是喂猪的
A: [那您别吃啊，有病吧||非常抱歉这次的餐没让您满意，您能具体说说是哪道菜的问题吗？]
C: 红烧肉全是肥的
A: 非常抱歉，这份红烧肉给您退款，也会提醒后厨注意选料
""")

V("food", M, "forbidden.blind_promise",
  "002 第二篇 6.1(7) 禁止盲目承诺 / 第三篇 售前疑难 3 切记不要自己承诺客户", """
C: 明天中午12点整能准时送到吗 开会要用
A: [放心，保证12点整准时到，晚一分钟都不会||可以预约12点送达，饭点骑手偶尔会晚几分钟，建议您预约11点45，这样稳妥些]
C: 那就11点45
""")

V("food", M, "forbidden.uncertain",
  "000 篇6: 任何情况下都不可回答不知道、不清楚", """
C: 套餐里的饮料是冰的吗
A: [不清楚哎||是常温的，需要冰的话您备注一下加冰]
""")

V("food", M, "response.first_reply.chat,response.first_reply_3s.chat?",
  "000 篇8 沟通技巧 1: 不能让顾客等待超过10秒 / 篇7 51 第一时间回应", """
C: 老板在吗 我订单好像下错了
[+45||+2] A: 您好，欢迎光临{shop}，很高兴为您服务，请问是哪里下错了？
C: 要的是大份 点成小份了
A: 还没出餐，我帮您改成大份，您补一下差价就行
""", open=False)

V("food", M, "response.first_reply_3s.chat",
  "001 应答规范: 3秒应答，快速招呼新客户", """
C: 在吗 想问下几点关门
[+8||+2] A: 在的，您好，欢迎光临{shop}，很高兴为您服务，我们晚上十点打烊
C: 好的
""", open=False, iso=True)

V("food", M, "response.late_reply.chat",
  "000 篇4 1 / 001 应答规范: 无法及时应答要解释和安抚", """
C: 我的餐出了没
[+240||+240] A: [查到了，已经出餐，骑手正在取||抱歉让您久等了，刚才后厨太忙。查到了，已经出餐，骑手正在取]
C: 好
""")

V("food", M, "greeting.chat,forbidden.address_ni?",
  "000 篇5 第一 / 篇8 售前服务: 欢迎语要问候、称“您”并询问需要", """
C: 你好 问个事
A: [你好||您好，欢迎光临{shop}，请问有什么可以帮您？]
C: 你们家有没有不放葱的
A: 都可以备注不放葱，后厨会照做
""", open=False)

V("food", M, "closing.chat_ask,closing.chat?",
  "000 篇4 11 / 001 结束语: 结束前询问是否还有其它问题", """
C: 那我下次再点
A: 好的，下次下单记得领满减券
K> A: 请问还有其他需要帮您的吗？
K> C: 没了
A: 感谢您的光临，祝您用餐愉快，再见～
""", close=False)

V("food", M, "forbidden.address_ni",
  "000 篇8 售前服务: 对买家的尊称都用“您”", """
C: 你们送错了 我点的是鸡腿饭
A: [非常抱歉，麻烦你把小票拍给我看一下||非常抱歉，麻烦您把小票拍给我看一下]
S: [图片]
A: 确实送错了，给您重做一份鸡腿饭，二十分钟送到
""")

V("food", M, "transfer.consent.chat,forbidden.refusal?,response.complaint.chat?",
  "000 篇2 三、9: 不可以没有任何提示就转接 / 002 第三篇 售前 四、2", """
C: 我要退款 餐到的时候全凉了
A: [这个退款我这边处理不了，转平台了||非常抱歉餐送到时凉了，全额退款需要平台客服审核，我帮您转接平台客服可以吗？]
K> C: 可以
S: [系统] 会话已转接至平台客服
""", close=False)

V("food", E, "forbidden.buck_passing|forbidden.blame",
  "003 京东禁用语 15: 这个问题你得去找…", """
C: 满减券怎么用不了
A: [券的事您去问平台，跟我们店没关系||非常抱歉给您添麻烦了，这张券是满40可用，您现在是38，再加一份小菜就能用了]
""")

V("food", E, "response.suggestion.chat",
  "000 篇2 五、4: 客户提建议时要感谢", """
C: 建议你们出个小份 一个人吃不完
A: [嗯嗯，目前可以备注少饭||感谢您的建议，我会反馈给店长。目前可以备注少饭]
""")

V("food", E, "forbidden.impatient",
  "000 篇2 四、3 / 003 天猫禁语 一: 烦躁语", """
C: 那到底能不能退
A: 能退的，您在订单页申请就行
C: 所以到底退不退啊
A: [说了好几遍了，退！||给您退的，退款已经提交，一到三个工作日原路到账]
""", iso=True)

V("food", E, "forbidden.rhetorical",
  "003 天猫禁语 四 反诘语", """
C: 骑手说找不到地址
A: [您下单的时候没看地址吗？||麻烦您核对一下订单上的地址，我这边帮您联系骑手]
C: 写错楼号了 是12栋
A: 好的，已经跟骑手说了，送到12栋
""")

V("food", E, "forbidden.uncertain_hedge|forbidden.uncertain",
  "001 禁用语: 也许、大概、可能", """
C: 今天几点能送到
A: [估计可能要一个小时吧||现在出餐要二十分钟，加上配送，十二点四十前送到]
""")

V("food", E, "pii.mobile",
  "002 第一篇 15: 不得将客户信息随意透露", """
C: 骑手会打哪个号
A: [骑手会打您预留的15867023391||骑手会打您预留的158****3391]
""")

V("food", E, "response.complaint.chat|response.harm.chat",
  "002 第三篇 参考用语2 1: 买家不满时先致歉（整段繁体）", """
C: 送來的餃子全坨了 冷冰冰的
A: [冬天送過去都會涼一點的||非常抱歉讓您吃到涼的餃子，我給您重新煮一份送過去可以嗎？]
C: 那快點
A: 好的，已經下單重做，三十分鐘內送到
""", trad=True)

V("food", E, "response.manager_request",
  "004 抱怨投诉 6: 客户要求找管理人员时致歉并请关联人员回复", """
C: 叫你们店长来跟我说
A: [店长不在||非常理解您的心情，店长在后厨，我先帮您处理，您要是不满意，我请店长半小时内联系您]
C: 那你先说怎么处理
A: 这单给您退一半餐费，再送一张十元券
""")

V("food", E, "response.personal_info",
  "000 篇2 三、6 / 004 特殊沟通 4: 索要客服私人联系方式时婉拒", """
C: 你人真好 加个微信呗 私下聊
A: [可以呀，我微信是lily_0825||谢谢您的认可，工作时间不方便加私人联系方式，有问题随时在这里找我就好]
""")

V("food", E, "response.invitation,forbidden.casual?",
  "000 篇2 三、7: 客户善意的约会要感谢并婉拒", """
C: 你们店就在我公司楼下吧 下班一起喝杯奶茶？
A: [哈哈好呀||非常感谢您的好意，不过我不能接受，再次谢谢您]
""", fw=True)

V("food", E, "forbidden.repeat_question|forbidden.repeat_question.order",
  "000 篇1 4: 对客户已经说过的信息不要重复提问", """
C: 订单号3521********08 饮料漏了
A: 非常抱歉，我马上查一下
A: [请问您的订单号是多少？||查到了，是少装了一瓶柠檬茶]
K> A: 我让骑手二十分钟内给您补送过去
V> C: 刚才不是发了吗
V> A: 查到了，少装了一瓶柠檬茶，我让骑手二十分钟内给您补送过去
""")

V("food", E, "forbidden.pardon_bare,response.complaint.chat?",
  "000 篇2 五、5: 请求谅解时不可以没有抱歉口气", """
C: 怎么又晚了二十分钟
A: [今天下雨单子多，您就谅解一下吧||非常抱歉，今天下雨单子多，请您原谅]
C: 下次注意
A: 好的，我们一定注意
""")
