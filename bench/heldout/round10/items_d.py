"""Violating middles, part D: a second pass over the families in the messier
forms (亲亲, emoji, full-width letters and digits written inside a line,
traditional characters, speech recognition in phrases). {{violating||compliant}}."""

from common import V

ITEMS = [
    V("forbidden.hangup_threat", "call", """
C/1.5: 嗯 那个
A: 您好，请问您能听到我的声音吗？
C/1.5: 呃
A: {{您这边要是一直不说话，我这边就只能先挂断了啊||您好，请问您需要办理什么业务呢？}}
C: 能听到 我想问下燃气灶打火的事
A: 您是说燃气灶打不着火，对吗？
C: 对
A: 我们今天下午安排师傅上门
""", "000 篇2 一、6: 'if you keep silent I'll hang up'; speech recognition in phrases", company="城南燃气", form="asrw"),
    V("forbidden.hangup_threat", "jd", """
C: 那到底能不能保修
A: 能保修的，整机保修一年
C: 那到底能不能保修啊
A: {{这问题我回答过了，再发一样的我就只能结束会话了||能保修的，整机保修一年，凭订单号就能办理，您看还有哪里不清楚吗？}}
C: 知道了
""", "000 篇2 六、2 in a chat: threatening to end the session on a repeated question", extra="forbidden.impatient?"),
    V("forbidden.rude", "dy", """
C: 我腰围八十多 你们最大的码能穿吗
A: {{亲 连ＸＬ都穿不下的话 建议您先减减肥再来哈||亲 这款只做到ＸＬ 腰围８２ｃｍ 我们店里另一款阔腿裤有３ＸＬ 需要的话发您链接}}
C: 好吧
""", "003 天猫禁语 二 鄙视语 / 003 拼多多禁语 5: mocking the customer's body, full-width letters"),
    V("forbidden.blame", "pdd", """
C: 地址写错了 少写了个门牌号
A: {{亲亲 地址是您下单时自己填的哈 填错了我们也木有办法呢||亲亲 抱歉给您添麻烦了 包裹还没发出 我马上给您补上门牌号哈 请把完整地址发我一下}}
C: 幸福路二十号三栋
A: 幸福路二十号三栋 已经帮您改好啦
""", "000 篇2 四、2 / 京东禁用语 8: 'you typed it yourself', with 亲亲 and 木有", extra="forbidden.refusal?,forbidden.slang?"),
    V("forbidden.curt_demand", "tb", """
C: 我想退一件
A: {{把订单号发来👇||麻烦您把订单号发我一下哦👇}}
C: 5520193348
A: 订单号5520193348，已经为您提交退货申请
""", "003 京东做法 7: a command with an emoji"),
    V("forbidden.blind_promise", "call", """
C: 热水器又坏了 明天能修好吗 家里老人要洗澡
A: 您是说热水器又出故障了，想明天修好，对吗？
C: 对
A: {{您放心，我拍胸脯跟您保证，明天肯定修好||非常抱歉给您添麻烦了，师傅明天上午上门检修，修好后我们给您回电确认}}
C: 好
""", "002 第二篇 6.1(7): vouching for a repair not yet diagnosed; speech recognition", company="海澜家电售后", form="asr", extra="response.complaint.call?"),
    V("forbidden.argue|forbidden.blame", "pdd", """
C: 说是一斤装 我称了只有八两
A: {{亲 我们发出去的都是足５００ｇ 是您家秤不准哈||亲 非常抱歉 麻烦您拍一下称重的照片 分量不足我们给您补差价}}
C: 好 我拍一下
""", "000 篇1 4: disputing the customer's scale, full-width digits", extra="response.complaint.chat?"),
    V("forbidden.rhetorical", "jd", """
C: 這個音箱怎麼重置
A: {{這個在說明書第三頁不是寫得很清楚嗎？||說明書第三頁有寫，同時按住電源鍵和音量減鍵五秒就能重置}}
C: 好了
""", "003 天猫禁语 四 反诘语: 'isn't it written clearly?', traditional characters", extra="forbidden.buck_passing?"),
    V("forbidden.address_ni", "dy", """
C: 今天能发吗
A: {{亲亲 你放心 明天一早就发||亲亲 您放心 明天上午十点前发出}}
C: 好
""", "000 篇5 第一: 你 after 亲亲"),
    V("forbidden.uncertain|forbidden.uncertain_hedge", "jd", """
C: 这个保修多久
A: {{这个保修应该是一年吧||这款保修一年，凭订单号就能办理}}
C: 好
""", "001 禁用语 可能 family: 应该…吧 about a fact the agent must know"),
    V("forbidden.refusal|forbidden.refusal_bare|forbidden.refusal_no_alternative", "call", """
C: 我想把燃气户头转到我儿子名下
A: 您是想办理燃气过户到您儿子名下，对吗？
C: 对
A: {{这个我们电话里办不了的||非常抱歉，过户需要您本人带身份证到营业厅办理，营业厅周六也上班}}
C: 行
""", "000 篇2 五、2 / 京东做法 3: refusing without apology or a way forward; speech recognition in phrases", company="城南燃气", form="asrw"),
    V("forbidden.wait_bare|forbidden.wait_short", "dy", """
C: 我买的那个发夹发了没
A: {{等会儿🙏||亲 麻烦您稍等一下🙏 我马上查}}
A: 亲 谢谢您的等待 今天上午已经发出了 单号在订单里能看到
C: 好
""", "000 篇2 五、1: 等会儿 with a praying-hands emoji"),
    V("forbidden.cant_hear|forbidden.hearing_no_apology", "call", """
C/1.5: 我 想 问 下 那个 流量
A: {{您那边信号不行，听不清，回头再打吧||很抱歉，您那边信号不太好，我听不清楚，麻烦您换个地方再说一遍好吗？}}
C: 现在呢 我想问下流量还剩多少
A: 您是想查本月剩余流量，对吗？
C: 对
A: 您本月还剩六个G的流量
""", "000 篇2 二、2/3: 'bad signal, call back later' with no apology", company="星海通信", extra="forbidden.hangup_threat?"),
    V("forbidden.repeat_request|forbidden.repeat_request.call|forbidden.pardon_bare", "jd", """
C: 那个上次说的那个能不能那个一下
A: {{您打的字我看不明白，重发||不好意思，我没太看明白，麻烦您换个说法再发一次好吗？}}
C: 就是上次说的补发的配件
A: 补发的滤网昨天已经寄出，明天送到
""", "000 篇2 五、5: a bare order to resend", extra="forbidden.curt_demand?"),
    V("forbidden.bare_ack|forbidden.emoji_only|forbidden.interjection_o|forbidden.wordless_reply", "dy", """
C: 帮我备注一下加急
A: {{嗯呐||好的亲，已经给您备注加急了}}
C: 好
""", "000 篇2 五、7: 嗯呐 as the whole reply"),
    V("forbidden.buck_passing", "pdd", """
C: 这个吹风机坏了怎么保修
A: {{这个您问厂家去哈 我们只管卖||亲，这款保修一年，出现问题您联系我们，我们负责寄修}}
C: 好的
""", "003 京东禁用语 15: sending the customer to the manufacturer"),
]
