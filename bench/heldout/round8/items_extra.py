"""The families once more in the messiest forms: full-width chats,
speech-recognition calls, snippets that start and stop mid-conversation,
letters and homophones."""
from common import Item as I
import items_forbidden as F
import items_ad_platform as P

ITEMS = [
  # ---- full-width chats
  I("tb", F.WAIT, F.R_WAIT, ["C: 帮我看看XL还有没有", "A: 等1下 || A: 麻烦您稍等1下 我帮您查查", "A: 让您久等了 XL还有2件"], fw=True),
  I("jd", F.UNC, F.R_UNC, ["C: 这个插头是国标的吗", "A: 好像是吧 我也记不太清 || A: 是国标三孔插头 220V通用"], fw=True),
  I("dy", P.PRICE, P.R_PRICE, ["C: 这套多少钱", "A: 今天0利润 99元就拿走 || A: 这套现在是99元"], fw=True),
  I("pdd", P.plat("pinduoduo", P.CONTACT), P.R_CONTACT, ["C: 能发个视频吗", "A: 加我VX: abc888 发您 || A: 可以的 视频我在这里发给您"], fw=True),
  I("tb", F.SLANG + ",forbidden.english?", F.R_SLANG, ["C: 这个能包邮吗", "A: OK的 包邮滴 || A: 可以的 这单给您包邮"], fw=True),
  # ---- speech-recognition calls
  I("call", F.IMPATIENT, F.R_IMP, asr=True, mid=["C: 我 想 问 问 那 个 燃 气 卡 怎 么 充", "A: 您是想了解燃气卡的充值方式对吗", "C: 对 啊 然 后 我 还 想 问", "A: 您一个一个问 别一下子全扔过来 || A: 好的 您慢慢说 我一个一个给您解答", "C: 就 是 在 哪 充", "A: 燃气卡可以在营业厅和合作银行充值"]),
  I("call", F.BLAME, F.R_BLAME, asr=True, mid=["C: 嗯 那 个 我 的 快 递 显 示 签 收 了 但 我 没 收 到", "A: 给您添麻烦了 您是说快递显示已签收但您没有收到对吗", "C: 对", "A: 那是派件员的事情 我们管不着 || A: 我马上联系派件员核实 半小时内给您回电"]),
  I("call", F.RUDE, F.R_RUDE, asr=True, mid=["C: 呃 你 们 这 个 宽 带 太 贵 了", "A: 您是觉得宽带费用偏高对吗", "C: 对", "A: 嫌贵您就别装了呗 || A: 理解您的想法 我们有一个五十九元的基础套餐 您看看合不合适"]),
  I("call", P.EFF, P.R_EFF, asr=True, mid=["C: 那 个 空 气 净 化 器 对 鼻 炎 有 用 吗", "A: 您是想问空气净化器对鼻炎有没有帮助对吗", "C: 嗯", "A: 用上它鼻炎保证断根 || A: 这台净化器能过滤花粉和粉尘 鼻炎的治疗还是要听医生的"]),
  I("call", F.SLANG, F.R_SLANG, asr=True, mid=["C: 我 想 报 修 一 下 油 烟 机", "A: 您是想报修油烟机对吗", "C: 对", "A: 得嘞 包您满意 || A: 好的 我给您安排师傅明天上午上门"]),
  # ---- snippets: a log that starts and stops mid-conversation
  I("tb", F.RHET, F.R_RHET, ["C: 那我按哪个码拍", "A: 我刚才说的您没看见吗？ || A: 按您平时穿的M码拍就可以"], timed=False, opening=False, closing=False),
  I("jd", F.REF, F.R_REF, ["C: 能不能先发货后付款", "A: 这不行 || A: 很抱歉需要先付款才能发货 您可以用白条分期付款"], timed=False, opening=False, closing=False),
  I("pdd", P.plat("pinduoduo", P.APP), P.R_APP, ["C: 这个有别的颜色吗", "A: 别的颜色在咸鱼上有 || A: 目前有黑白两色"], timed=False, opening=False, closing=False),
  I("dy", "platform.douyin.review_incentive", P.R_REVIEW, ["C: 收到了 挺满意的", "A: 满意的话帮忙点个五星呗 || A: 谢谢您的认可 有问题随时找我们"], timed=False, opening=False, closing=False),
  # ---- letters, homophones, emoji
  I("tb", P.plat("taobao", P.CONTACT), P.R_CONTACT, ["C: 有没有优惠群", "A: 有哒 加🐧群领券 || A: 有的 关注店铺就能领券"]),
  I("jd", P.plat("jd", P.APP), P.R_APP, ["C: 这个有别的店卖吗", "A: tao宝上也能买到 || A: 我们店里就有 现在下单明天送到"]),
  I("dy", F.NI + ",response.urge?,forbidden.blind_promise?,response.complaint.chat?", F.R_NI, ["C: 怎么还没发货", "A: 亲 你别急 今天一定发 || A: 非常抱歉让您久等 今天下午发出"]),
  I("pdd", P.SUP, P.R_SUP, ["C: 这个锅好用吗", "A: 必须滴 YYDS 闭眼冲 || A: 这款锅底是三层复合的 导热比较均匀"]),
  I("dy", P.IND, P.R_IND, ["C: 这个还会降价吗", "A: ⏰最后1小时 冲冲冲 || A: 目前是活动价 活动到今晚十点"]),
]
