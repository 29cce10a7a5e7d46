"""Violating middles, part A: contempt, impatience, blame, buck-passing,
arguing, rhetorical questions. {{violating||compliant}}."""

from common import V

R = "forbidden.rude"
ITEMS = [
    # --- contempt / rude (001 禁用语; 003 天猫禁语 二 鄙视语; 003 京东禁用语 4/5)
    V(R, "tb", """
C: 这个收纳箱能便宜点不 有点超预算了
A: {{预算这么紧的话，建议您去逛逛两元店呢||这款已经是活动价了，现在下单还送两个分隔板，您可以再看看}}
C: 行吧 我再想想
""", "001 禁用语 / 003 天猫禁语 鄙视语: sending a price-sensitive customer to a two-yuan shop"),
    V(R, "jd", """
C: 这个路由器怎么设置啊 说明书我看不懂
A: {{说明书都写这么明白了，这都弄不懂的话，我教了也是白搭||没关系，我带您一步步来：先用网线连路由器的WAN口，再用手机连背面印的无线名称，打开管理页面按提示填宽带账号就行，哪一步卡住了随时告诉我}}
C: 好
""", "003 京东禁用语 4 (搞不明白就别搞) / 001 不会做就不要做: telling the customer teaching him is pointless"),
    V(R, "pdd", """
C: 这个质量也太差了吧 才用两天就开胶了
A: {{九块九包邮的东西，您还指望它用上十年啊||非常抱歉给您添麻烦了，开胶属于质量问题，您在订单页申请退货退款就行，退货运费由我们承担}}
C: 好吧
""", "003 拼多多禁语 5 / 天猫禁语 鄙视语: sneering at a cheap purchase instead of handling the defect", extra="response.complaint.chat?"),
    V(R, "dy", """
C: 我皮肤有点黑 穿这个颜色会不会更显黑
A: {{亲 这个就看个人底子了哈，底子不行穿啥都一样呢||亲，这款燕麦色偏暖，对肤色比较友好，您也可以看看雾霾蓝，显白效果更明显一些}}
C: 我再看看
""", "003 天猫禁语 二 鄙视语: belittling the customer's looks"),
    V(R, "call", """
C: 我家网又断了 这都第三回了
A: 您是说家里的宽带又断网了，这个月已经是第三次了，对吗？
C: 对
A: {{嫌我们网不好您换别家呗，又没人拦着您||非常抱歉给您带来不便，我马上给您派维修师傅，今天下午六点前上门检测线路}}
C: 行吧
""", "000 篇2 四 / 003 京东禁用语 9 (随便你去哪投诉) family: telling a complaining customer to go elsewhere", company="畅联宽带", extra="response.complaint.call?"),
    V(R, "tb", """
C: 这个锅能用在电磁炉上吗 这些我不太懂
A: {{跟您讲了您也搞不明白，直接拍就是了||可以的，这款锅底是复合钢底，电磁炉和燃气灶都能用}}
C: 好的
""", "003 天猫禁语 二 鄙视语 (我说的您是不会理解的) in other words"),
    V(R, "jd", """
C: 我就买了一根数据线 能单独开个发票吗
A: {{一根线才二十来块还要开票，您可真够较真的||可以的，您在订单详情页点申请开票，填好抬头就能开电子普通发票}}
C: 好的
""", "003 京东禁用语 / 天猫禁语 鄙视语: mocking a customer's request as petty"),
    V(R, "tb", """
C: 這個尺碼我穿會不會太緊
A: {{我說了您也不一定懂，照平常買的碼拍就好||您平常穿M碼的話，這款選M就合適，腰圍七十二公分，有一點彈性}}
C: 好 那就M
""", "003 天猫禁语 二 鄙视语 (我说的您是不会理解的), traditional characters"),
    V(R, "call", """
C: 你们师傅来看过了 说冰箱修不好 那怎么办
A: 您是说师傅上门检查后，冰箱没有办法修复，想问接下来怎么处理，对吗？
C: 嗯 对
A: {{那么老的冰箱了，修不好就当废品卖了吧，留着也是占地方||非常抱歉没能修好，您这台已经过了保修期，我们可以给您申请以旧换新，抵扣三百元}}
C: 那行吧
""", "001 禁用语 (用不了就不要用) / 003 京东禁用语 5: contempt for the customer's old appliance; speech recognition", company="海澜家电售后", form="asr"),
    V("forbidden.abuse|forbidden.rude", "pdd", """
C: 你们客服是不是都是傻的 问半天说不清楚
A: {{您才傻吧，自己不会看还有脸怪别人||非常抱歉没能让您满意，您是想改收货地址对吧，我现在就帮您改}}
C: 对 改成单位的地址
A: 好的，请您把新地址发我一下
C: 滨江区江南大道三百号 三楼前台
A: 收到，新地址是滨江区江南大道三百号三楼前台，已经为您改好了
""", "003 拼多多禁语 5: insulting a rude customer back", extra="forbidden.blame?"),
    # --- impatience (000 篇2 四、3; 003 天猫禁语 一 烦躁语; 京东禁用语 6/12)
    V("forbidden.impatient", "tb", """
C: 那到底是哪天发货啊 我问过一次了
A: {{刚刚不是回过您了嘛，明天发，别再问了哈||不好意思让您久等了，是明天下午四点前发出，发出后会有物流单号}}
C: 好
""", "003 京东禁用语 6 (刚才说过了怎么还问) in other words"),
    V("forbidden.impatient", "jd", """
C: 在吗在吗 怎么还不回
A: {{催什么呀，排队的人多着呢，慢慢等着吧||非常抱歉让您久等了，现在咨询的人比较多，我这就为您处理，请问您想了解什么？}}
C: 我想问下这个空调几级能效
A: 是一级能效的，一晚上耗电零点八度
""", "003 天猫禁语 一 烦躁语 / 京东禁用语 12: brushing off a waiting customer", extra="response.urge?,forbidden.uncertain?"),
    V("forbidden.impatient", "dy", """
C: 我再确认一下 这个是不是能机洗
A: {{同样的问题都问三遍了亲，我都回答累了呢||可以机洗的亲，建议放洗衣袋里用轻柔模式，水温不超过三十度}}
C: 好嘞
""", "003 京东禁用语 6: annoyance at a repeated question, softened with 亲/呢"),
    V("forbidden.impatient", "pdd", """
C: 链接里的颜色我还是没看明白
A: {{图片都摆在那儿了，自己看一下不就好了嘛||给您截了一下图，左边是奶白色，右边是浅杏色，区别在于一个偏冷一个偏暖}}
C: 懂了
""", "003 天猫禁语 一 烦躁语: telling the customer to look it up himself", extra="forbidden.rhetorical?,forbidden.buck_passing?"),
    V("forbidden.impatient", "call", """
C: 我那个快递啥时候到
A: 您是想问您的快递什么时候送到，对吗？
C: 对对 我再问一下
A: {{您到底要问几遍啊，说了明天到明天到||快递明天中午十二点前能送到，到了快递员会先联系您}}
C: 好
""", "000 篇2 四、3 / 京东禁用语 6: impatience at being asked again", company="顺达速运", extra="forbidden.rhetorical?"),
    V("forbidden.impatient", "call", """
C: 我想问一下房子过户以后燃气户名怎么改
A: 您是想办理燃气户名变更，对吗？
C: 是的
A: {{这个我刚跟您讲得很清楚了，我这一上午接了几十个电话，没空一直跟您耗，您就按刚才说的去营业厅办吧||需要新户主带身份证和房产证到营业厅办理，营业厅工作日上午九点到下午五点都能办，您看这样清楚吗？}}
C: 清楚了
""", "000 篇6 其他注意事项 / 天猫禁语 烦躁语: 'no time to waste on you' in the middle of a long reply", company="城南燃气"),
    V("forbidden.impatient", "jd", """
C: 这个和上一代到底有啥区别
A: {{区别详情页上都列着呢，我没工夫一条条念给您听||主要有三点区别：续航从八小时提到十二小时，重量轻了三十克，另外新增了主动降噪}}
C: 明白了
""", "003 天猫禁语 一 烦躁语 / 001 禁用语 (怎么能一一说清楚) in other words", extra="forbidden.refusal?,forbidden.buck_passing?"),
    V("forbidden.impatient", "tb", """
C: 好的 那我再想想 还有就是包装能不能换成礼盒
A: {{哎呀 能不能一次性问完啦 一会儿一个问题的||可以的呢，加五元就能换成礼盒装，下单时备注一下就好}}
C: 好
""", "003 天猫禁语 一 烦躁语: complaining about the customer's many questions, with particles", extra="forbidden.casual?,forbidden.rhetorical?"),
    V("forbidden.impatient", "dy", """
C: 快递员说没人在家 又给退回去了
A: {{亲，我这儿忙着呢，物流的事晚点再说吧||非常抱歉亲，我这就联系快递重新派送，今天下午六点前给您回复结果}}
C: 好的
""", "000 篇2 四、3: putting the customer off because the agent is busy", extra="response.defer_without_time?,response.complaint.chat?"),
    V("forbidden.impatient", "call", """
C: 我就是想问一下 电费怎么比上个月多了那么多
A: 您是想了解这个月电费比上个月高的原因，对吗？
C: 对
A: {{我都解释第二遍了，您能不能认真听一下||上个月您家用电三百一十度，比前一个月多了八十度，主要是空调用得多，所以电费高了一些}}
C: 哦这样啊
""", "000 篇2 四、3 / 京东禁用语 6: 'I've explained twice, listen properly'; speech recognition in phrases", company="国网城东供电", form="asrw", extra="forbidden.rhetorical?"),
    # --- blame (000 篇2 四、2/4; 003 京东禁用语 2/8/13/15)
    V("forbidden.blame", "tb", """
C: 我收到的衣服尺码不对 我买的L发来的是M
A: {{肯定是您下单时选错了，我们这边从来不会发错的||非常抱歉给您添麻烦了，我马上给您补发L码，M码您用运费险寄回就行}}
C: 好吧
""", "000 篇2 四、2 / 京东禁用语 8 (这不是我的错): putting a wrong shipment on the customer", extra="forbidden.argue?,response.complaint.chat?"),
    V("forbidden.blame", "jd", """
C: 耳机连不上手机
A: {{这是您手机系统的毛病，跟耳机没关系||抱歉给您带来不便，您先把耳机放回充电盒，长按盒子上的按键五秒恢复出厂设置，再重新配对试一下}}
C: 好 我试试
""", "003 京东禁用语 15 (这不是我们的问题): blaming the customer's phone", extra="forbidden.buck_passing?"),
    V("forbidden.blame|forbidden.buck_passing", "pdd", """
C: 杯子到了 碎了一个
A: {{那是快递摔的，跟我们没关系，您找快递去吧||非常抱歉，您拍一下破损的照片发给我，我这边马上给您补发一个新的}}
C: 好
""", "003 京东禁用语 15: 'the courier broke it, not our problem'", extra="response.complaint.chat?"),
    V("forbidden.blame", "dy", """
C: 面霜用了两天 脸上起了好多小疙瘩
A: {{亲 这是您自己皮肤太敏感了，我们产品本身是没问题的||非常抱歉亲，请您先停用，用清水洗干净，如果还是不舒服请尽快就医，退款我们这边来处理}}
C: 好吧
""", "000 篇2 四、2/4: blaming the customer's skin for a reaction", extra="response.harm.chat?,forbidden.argue?"),
    V("forbidden.blame", "call", """
C: 我家水表最近走得特别快 一个月多了二十吨
A: 您是说最近水表走字很快，用水量比平时多了二十吨，对吗？
C: 是
A: {{水表不会有错的，那肯定是您家里哪儿漏水了自己没发现||我们明天上午安排师傅上门检查水表和管道，九点到十二点之间到，您看方便吗？}}
C: 方便
""", "000 篇2 四、2: blaming the customer without checking", company="清泉水务", extra="forbidden.argue?"),
    V("forbidden.blame", "tb", """
C: 我是按说明书装的 装完柜门关不严
A: {{说明书写得清清楚楚，是您装的时候孔位弄反了||抱歉给您添麻烦了，柜门关不严调一下铰链就好，我给您发个调节视频，跟着拧一下侧面的螺丝就行}}
C: 好的
""", "000 篇2 四、4 / 京东禁用语 8: blaming the customer's assembly"),
    V("forbidden.blame", "jd", """
C: 怎么扣了我两次钱
A: {{那是您手快点了两下，系统可不会自己多扣||非常抱歉，我查到确实扣了两笔，重复的那笔会在二十四小时内原路退回}}
C: 好
""", "000 篇2 四、2: blaming a double charge on the customer", extra="forbidden.argue?,response.complaint.chat?"),
    V("forbidden.blame", "dy", """
C: 退款怎麼還沒到
A: {{是您銀行那邊慢，我們這邊早就退了||很抱歉讓您久等，退款已在昨天下午退出，銀行入賬要一到三個工作日，到時還沒收到您隨時找我}}
C: 好
""", "003 京东禁用语 15 (这不是我们的问题): blaming the bank, traditional characters", extra="forbidden.buck_passing?"),
    V("forbidden.blame", "call", """
C: 我昨天办的停机保号 今天短信说没办成
A: 您是说昨天申请的停机保号，今天收到短信提示没有成功，对吗？
C: 对的
A: {{那肯定是您当时信息填错了||非常抱歉给您带来麻烦，我这边重新为您提交，今天下午五点前会有短信通知结果}}
C: 好
""", "000 篇2 四、2: assuming the customer's mistake; speech recognition, characters spaced", company="星海通信", form="asr"),
    # --- buck-passing (000 篇8 售前服务; 003 京东禁用语 15)
    V("forbidden.buck_passing", "tb", """
C: 快递三天没动了
A: {{物流的事我们也管不了，您自己打快递电话问问吧||抱歉让您久等了，我这就联系快递核实，今天晚上八点前给您回复}}
C: 好的
""", "003 京东禁用语 15 (这个问题你得去找…): sending the customer to the courier", extra="response.complaint.chat?"),
    V("forbidden.buck_passing", "jd", """
C: 这台电视怎么装到墙上
A: {{安装的事您问售后那边，我这儿只管卖货||买电视后我们安排师傅免费上门安装挂架，您下单后在订单里预约时间就行}}
C: 好的
""", "000 篇8 售前服务: a pre-sales agent passing the question on"),
    V("forbidden.buck_passing", "pdd", """
C: 这个能退吗 我不想要了
A: {{退不退您去问平台吧，这不归我管||可以的，签收七天内没有使用就能退，您在订单页点申请退货就行}}
C: 好
""", "003 京东禁用语 15: 'ask the platform, not my business'"),
    V("forbidden.buck_passing", "dy", """
C: 主播直播的时候说送赠品 我没收到
A: {{主播说的您得去问主播呀，我们客服这边管不着||抱歉亲，赠品漏发了，我这边给您登记补发，明天发出}}
C: 好
""", "003 京东禁用语 15: passing a missing gift to the streamer", extra="response.complaint.chat?"),
    V("forbidden.buck_passing", "call", """
C: 我们楼道的灯坏了好几天了
A: 您是说您家楼道的灯坏了好几天，一直没人修，对吗？
C: 对
A: {{楼道灯是电工班管的，您自己找他们去吧||非常抱歉给您带来不便，我已经给维修班派了工单，今天下午三点前会有师傅去修}}
C: 好
""", "003 京东禁用语 15: property hotline sending the resident to another team", company="悦居物业", extra="response.complaint.call?"),
    V("forbidden.buck_passing", "tb", """
C: 我想问下这个充电宝能带上飞机吗
A: {{能不能带您最好问问航空公司，我们只是卖东西的，我们说了也不算||可以带上飞机的，这款是两万毫安、七十四瓦时，低于民航规定的一百瓦时上限}}
C: 好的
""", "000 篇8 售前服务: sending a product question to the airline inside a long reply"),
    V("forbidden.buck_passing", "jd", """
C: 发票抬头开错了 能改吗
A: {{开票是财务那边弄的，我这儿改不了，您找财务吧||抱歉给您添麻烦了，可以重开的，您把正确的抬头发给我，我提交后一个工作日内给您重新开好}}
C: 好
""", "003 京东禁用语 15: passing the invoice to another department", extra="forbidden.refusal?"),
    V("forbidden.buck_passing", "call", """
C: 我寄的件显示签收了 但收件人说没收到
A: 您是说您寄出的快递显示已签收，但对方没有收到，对吗？
C: 是的
A: {{签收是网点那边的事，您直接去网点问就好了||非常抱歉，我这边马上联系网点核实签收情况，今天下午五点前给您回电}}
C: 行
""", "003 京东禁用语 15: sending the caller to the local depot", company="顺达速运", extra="response.complaint.call?"),
    V("forbidden.buck_passing", "dy", """
C: 这个药膏孕妇能用吗
A: {{这种问题您去问医生吧，我们这边不负责解答||这款含水杨酸，孕期不建议使用，我们店里有一款孕妇可用的舒缓膏，需要的话我发链接给您}}
C: 好吧
""", "000 篇8 售前服务: declining a product question by passing it to a doctor", extra="forbidden.refusal?"),
    # --- arguing (000 篇1 4; 003 京东培训 一; 天猫禁语 三 否定语)
    V("forbidden.argue", "tb", """
C: 你们图片上是深蓝色 收到的是黑色
A: {{不是黑色，就是深蓝色，您拿到太阳底下看就知道了||抱歉让您困扰了，这款深蓝在室内灯光下会偏黑，您在自然光下对比一下，如果还是觉得不对，我们给您换货或退货都可以}}
C: 我看看
""", "003 天猫禁语 三 否定语 / 京东培训 一: contradicting the customer flatly", extra="response.complaint.chat?"),
    V("forbidden.argue", "jd", """
C: 我明明选的是次日达
A: {{不可能的，系统显示您选的就是普通配送，我们不会看错||抱歉给您带来不便，订单上显示的是普通配送，我帮您联系仓库加急，明天下午前送到}}
C: 好吧
""", "000 篇1 4 / 天猫禁语 否定语: 'impossible, you chose standard'", extra="forbidden.blame?"),
    V("forbidden.argue", "pdd", """
C: 说好的送两个挂钩 我只收到一个
A: {{不会的亲，我们都是按两个装的，您再好好找找||非常抱歉亲，我这边给您补发一个，今天下午就寄出}}
C: 好
""", "003 天猫禁语 三 否定语: denying the customer's report", extra="forbidden.blame?"),
    V("forbidden.argue", "dy", """
C: 你们主播说是纯棉的
A: {{主播可没这么说过，您肯定是听错了||亲，这款面料是棉百分之六十五、涤纶百分之三十五，抱歉让您误会了，介意的话可以七天无理由退}}
C: 那我退了吧
""", "003 京东培训 一 / 天猫禁语 否定语: 'you misheard'", extra="forbidden.blame?"),
    V("forbidden.argue", "call", """
C: 我根本就没开通过这个十块钱的业务
A: 您是说您没有办理过这个每月十元的业务，但被扣了费，对吗？
C: 对
A: {{不对，系统里记录得清清楚楚，就是您自己开的||非常抱歉给您造成困扰，我这边马上为您取消这个业务，本月已扣的十元会在三个工作日内退回}}
C: 好吧
""", "000 篇1 4 (不与客户争辩) / 天猫禁语 否定语", company="星海通信", extra="forbidden.blame?,response.complaint.call?"),
    V("forbidden.argue", "call", """
C: 我家这个月根本没用那么多气
A: 您是觉得这个月的燃气用量跟实际不符，对吗？
C: 对
A: {{表上的读数摆在那儿呢，读数不会骗人，肯定是用了||理解您的疑问，我们安排抄表员明天上午再上门核对一次读数，核对后给您答复}}
C: 行
""", "000 篇1 4: arguing over the meter reading", company="城南燃气"),
    V("forbidden.argue", "jd", """
C: 这个不是正品吧 跟我在专柜看的不一样
A: {{怎么可能不是正品，专柜的也是这样，是您记错了||请您放心，这款是品牌授权的正品，每件都有防伪码，您刮开后扫码就能查到}}
C: 好 我扫一下
""", "003 京东培训 一: disputing the customer's impression", extra="forbidden.rhetorical?,forbidden.blame?"),
    V("forbidden.argue", "tb", """
C: 你們寫的是包郵 怎麼又要我補運費
A: {{哪有寫包郵，您自己沒看清楚，偏遠地區本來就不包||抱歉沒跟您說清楚，新疆地區需要補十元運費，這部分我申請給您減半}}
C: 好吧
""", "天猫禁语 三 否定语: contradicting the customer, traditional characters", extra="forbidden.blame?,forbidden.rhetorical?"),
    V("forbidden.argue", "dy", """
C: 不是说三天内发货吗
A: {{没有的事呀亲 我们页面写的是七天内哈||亲 页面上写的是七天内发货哈 抱歉让您误会了 您这单我帮您催仓库明天发出}}
C: 好
""", "天猫禁语 三 否定语: 'no such thing' softened with 呀/哈"),
    # --- rhetorical (003 天猫禁语 四 反诘语; 京东做法 7; 000 篇2 二、6)
    V("forbidden.rhetorical", "tb", """
C: 这个要怎么开机
A: {{右边那么大个红按钮您没看见吗？||长按右侧的红色按钮三秒就开机了}}
C: 好了 开了
""", "003 天猫禁语 四 反诘语 (您真的确认您没有见到) in other words"),
    V("forbidden.rhetorical", "jd", """
C: 我下单了怎么看不到物流
A: {{您付款了没有啊？不付款哪来的物流？||我帮您看了一下，这单还显示待付款，付款后二十四小时内发货，就能看到物流了}}
C: 哦我忘了付
""", "003 京东做法 7 避免反问: a rhetorical question at the customer"),
    V("forbidden.rhetorical", "pdd", """
C: 怎么申请退款
A: {{退款按钮就在订单页里，这还用问吗？||在订单页点右下角的申请退款，选好原因提交就可以了}}
C: 好
""", "003 天猫禁语 四 反诘语: 'do you even need to ask'"),
    V("forbidden.rhetorical", "dy", """
C: 这个跟你们直播间卖的一样吗
A: {{同一家店卖的还能不一样吗亲？||亲，是一样的，直播间的链接就是咱们店这款}}
C: 好
""", "003 京东做法 7: answering with a rhetorical question, softened with 亲"),
    V("forbidden.rhetorical", "call", """
C: 我家网速特别慢 看个视频都卡
A: 您是说家里网速很慢，看视频会卡顿，对吗？
C: 对
A: {{路由器您重启过没有？重启都不会吗？||您先把路由器电源拔掉，等十秒再插上，看一下网速有没有恢复，您看这样可以吗？}}
C: 好 我试一下
""", "003 天猫禁语 四 反诘语 / 京东禁用语 14 (你懂不懂)", company="畅联宽带"),
    V("forbidden.rhetorical", "call", """
C: 空调开了半天一点都不凉
A: 您是说空调开机以后不制冷，对吗？
C: 是
A: {{您不会是开成送风模式了吧？这都分不清？||请您看一下遥控器上显示的是不是雪花图标，雪花是制冷模式}}
C: 哦 是送风
""", "003 天猫禁语 四 反诘语: a doubting question at the customer", company="海澜家电售后", extra="forbidden.rude?"),
    V("forbidden.rhetorical", "tb", """
C: 我的优惠券怎么用不了
A: {{满一百九十九才能用，您凑够了吗？没凑够怎么用？||这张券是满一百九十九减二十，您现在购物车是一百六十八元，再加三十一元的商品就能用了}}
C: 懂了
""", "003 天猫禁语 四 反诘语: rhetorical 'how could you use it'"),
    V("forbidden.rhetorical", "jd", """
C: 买手机送不送充电头
A: {{这个型号详情页写了不含充电头，难道您下单之前都不看一下的吗，现在可以在配件区加购||这个型号详情页写的是不含充电头，需要单独购买，配件区有原装的二十瓦充电头，六十九元}}
C: 好吧
""", "003 京东做法 7: a rhetorical question in the middle of a long answer", extra="forbidden.blame?"),
    V("forbidden.rhetorical", "dy", """
C: 衣服洗了一次就缩水了
A: {{亲 您是用热水洗的吧？标签上写着冷水洗您没看到吗？||非常抱歉亲，洗一次就缩水确实不应该，您拍一下标签和衣服的照片，我们给您换新或退款}}
C: 好
""", "003 天猫禁语 四 反诘语 / 京东做法 7", extra="forbidden.blame?,response.complaint.chat?"),
]
