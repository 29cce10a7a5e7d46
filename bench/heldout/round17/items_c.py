"""Third batch: the platform books' other clauses on every platform, and call
acts the first two batches left out (r17v150-r17v164)."""

from common import C, T

C(150, """
C: 这个衣柜安装图纸有吗
C: 我想自己装
A: {{有的，您加我扣扣2785530416，我把图纸发您||有的，我把安装图纸直接发在这个窗口里，点开就能放大看}}
C: 好
""", "platform.jd.contact_app",
  "003 拼多多禁语 1 (applied to JD): no QQ or other contact app, in any spelling",
  platform="jd", shop="索菲亚衣柜京东旗舰店")

C(151, """
C: 我以后还要买 有没有更便宜的渠道
A: {{下次您直接来我们门店自提，付现金能再便宜点||下次您在店铺里直接下单就行，买两件以上还能打9折}}
C: 好的
""", "platform.jd.off_platform",
  "003 拼多多禁语 6 (applied to JD): no buying and paying outside the platform",
  platform="jd", shop="红木家具京东专营店")

C(152, """
C: 这个锅能做什么菜
A: {{能做的可多了，菜谱在小红书上一搜一大把||炒、炖、煎都可以，我整理了一份这款锅的菜谱，发在下面了[图片]}}
C: 好
""", "platform.pinduoduo.other_app",
  "003 拼多多禁语 1: no sending the buyer to another app",
  platform="pinduoduo", shop="铸铁锅专营店")

C(153, """
C: 这个价格怎么比别处贵
A: {{不会的亲，这款在某宝上卖得贵多了||这款现在参加百亿补贴，到手价89元，还送一个锅铲}}
C: 好吧
""", "platform.pinduoduo.marketplace",
  "003 拼多多禁语 1: no naming another marketplace, even as 某宝",
  platform="pinduoduo", shop="不粘锅专营店")

C(154, """
C: 有没有使用视频
A: {{有的，您留个扣扣，我把视频发您||有的，视频我直接发在这里，您点开就能看[视频]}}
C: 好
""", "platform.taobao.contact_app",
  "003 拼多多禁语 1 (applied to Taobao): no moving the buyer to QQ",
  platform="taobao", shop="电动工具五金店")

C(155, """
C: 这个投影仪怎么装系统
A: {{安装教程B站上有，搜型号就能找到||在设置里点“系统更新”就能自动安装，我把图文步骤也发给您[图片]}}
C: 好的
""", "platform.taobao.other_app",
  "003 拼多多禁语 1 (applied to Taobao): no sending the buyer to another app",
  platform="taobao", shop="极米投影仪天猫店")

C(156, """
C: 有没有优惠券
A: {{抖音这边没有，我们天猫店有，那边能用券||店铺首页可以领满100减10的券，领完下单自动抵扣}}
C: 好
""", "platform.douyin.marketplace",
  "003 拼多多禁语 1 (applied to Douyin): no naming another marketplace",
  platform="douyin", shop="大牌美妆抖音小店")

C(157, """
C: 这个怎么用啊 有讲解吗
A: {{有的，您上快手看我们的直播，那边讲得更细||有的，每晚八点在我们的直播间有讲解，您也可以看商品页的讲解视频}}
C: 好
""", "platform.douyin.other_app",
  "003 拼多多禁语 1 (applied to Douyin): no sending the buyer to another app",
  platform="douyin", shop="料理机抖音小店")

C(158, """
C: 质量问题退货 运费谁出
A: 非常抱歉给您添麻烦了，质量问题的运费由我们承担
A: {{您寄回的时候选到付就行||您在订单页选择上门取件，运费不用您出}}
C: 好
""", "platform.pinduoduo.collect_on_delivery",
  "003 拼多多禁语 6: the word 到付 is not used on Pinduoduo",
  platform="pinduoduo", shop="床上用品专营店")

T(159, """
C: 我想问下你们的热水器能装在卫生间里吗
A: 您是想确认热水器能不能装在卫生间，对吗？
C: 对
A: 电热水器可以装在卫生间，燃气热水器不能装在卫生间，要装在厨房或者阳台
C: 好 知道了
""", "closing.call",
  "000 篇2 六、2: before the goodbye the caller is asked whether there is anything else",
  org="万家乐", close_lines=[
      "K A: 请问还有其他可以帮您的吗？", "K C: 没有了", "A: 好的，感谢您的来电，再见！"],
  started="2026-11-25T16:30:00+08:00")

T(160, """
C: 我买的洗衣机 显示E2 不进水
A: 很抱歉给您带来不便，您是说洗衣机显示E2不进水，对吗？
C: 对
A: 请您先检查水龙头是否打开、进水管有没有折住，如果都正常，我为您安排师傅上门
C: 龙头开着的 你派人吧
A: 好的，已经为您登记，师傅会在今天下午六点前给您打电话约时间
C: 好
""", "forbidden.curt,greeting.call?",
  "000 篇2 一、1: no 您好，什么事 for an opening",
  org="海尔洗衣机", open_lines=[
      "A: {{您好，海尔售后，什么事？||您好，海尔洗衣机客服中心，工号1147为您服务，请问有什么可以帮您？}}"],
  started="2026-11-26T10:50:00+08:00")

T(161, """
C: 我要查下订单 单号是 3 1 0 2 5 5 6 7
A: 跟您核对一下，订单号31025567，对吗？
C: 对
A: 麻烦您稍等一下，我帮您查询，好吗？
C: 好
!hold_start
!wait 20
!hold_end
A: {{感谢您的耐心等待，请问您的订单号是多少？||感谢您的耐心等待，查到了，这单已经在今天上午发出，预计明天送达}}
V C: 刚才不是说了吗 31025567
V A: 好的，这单已经在今天上午发出，预计明天送达
C: 好
""", "forbidden.repeat_question.order|forbidden.repeat_question",
  "000 篇1 4: no asking again for what the caller has already given",
  org="优品商城", started="2026-11-27T15:15:00+08:00")

C(162, """
C: 发票开好了吗
C: [订单编号:2966***3318]
A: 开好了，{{已经发到您的邮箱zhangwei1988@163.com了||已经发到您下单时预留的邮箱了}}，请注意查收
C: 收到了
""", "pii.email",
  "002 第一篇 15 / 003 客服方法 二、6: the buyer's e-mail address is not written out in the chat",
  platform="taobao", shop="办公家具天猫店")

T(163, """
C: 我想问一下退货要怎么办
A: 您是想了解退货的流程，对吗？
C: 对
{{A/9:||A:}} 您在订单页点申请售后，选退货退款，填写原因后提交，审核通过后快递员会在两个工作日内上门取件，取件时请把商品和配件都放进原包装，退款会在仓库签收后三个工作日内原路退回
A: 请问我这样说您清楚吗？
C: 清楚了
""", "speech_rate.call",
  "000 篇1 2 / 篇2 三、4: no rushing through long information",
  org="优品商城", started="2026-11-28T14:10:00+08:00")

T(164, """
C: 我那个电视 上周买的 现在屏幕上有一条竖线 开机就有 也不知道是
{{~1.5 A:||A:}} 您是说电视屏幕上有一条竖线，开机就有，对吗？
C: 对
A: 很抱歉给您带来不便，在退换期内，我为您办理换新，新电视明天送到并回收旧机
C: 好
""", "interruption.call",
  "000 篇1 4: the caller is not cut off mid-sentence",
  org="TCL电视", started="2026-11-29T19:45:00+08:00")
