"""More pairs: the same slips in other words, and the chat's own openings,
endings and small courtesies."""

from common import pair, cpair

pair(["C: 在吗", ("A: 在的", "GREET"),
      "C: 这款电水壶是不锈钢内胆吗",
      "A: 是的亲，内胆是304不锈钢，壶嘴也是不锈钢的",
      "C: 好", "CLOSE"],
     "greeting.chat,forbidden.wordless_reply?", "000 篇5 第一: 'here' for a welcome, no greeting or offer of help",
     platform="taobao")

pair(["C: 这个收纳箱有盖子吗", "GREET",
      "A: 有的亲，盖子是配套的，可以叠放三层",
      "C: 好 那我拍两个", "A: 好的亲，拍下今天就给您发出",
      "A: 请问还有其他需要帮您的吗？", "C: 没了",
      ("A: 好的 拜拜",
       "A: 好的，感谢您的光临，祝您用得开心，拜拜～")],
     "closing.chat", "001 结束语: the chat ends without thanking the customer",
     platform="pinduoduo")

pair(["C: 我的快递今天能到吗", "GREET",
      "A: 亲，请稍等，我帮您查一下",
      "A: 感谢您的等待，您的包裹已经在派送了，今天下午能到",
      "C: 好的",
      ("A: 感谢您的光临，祝您生活愉快",
       ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 感谢您的光临，祝您生活愉快"])],
     "closing.chat_ask", "000 篇4 11: the agent closes without asking whether anything else is needed",
     platform="jd")

pair(["C: 你们包装能不能加点泡沫", "C: 每次杯子都磕出印子", "GREET",
      ("A: 好的",
       "A: 谢谢您提的建议，这个很有用，也很抱歉让您收到磕碰的杯子，我已经转给仓库的同事，以后易碎品会多加一层气泡膜"),
      "C: 嗯", "CLOSE"],
     "response.suggestion.chat,response.complaint.chat?", "000 篇7 52: a customer's suggestion answered with 好的 alone",
     platform="taobao")

pair(["C: 我想问下这个插座多长", "GREET",
      "A: 亲，线长1.8米，带开关", "C: 哦不好意思 我刚才看错了 详情页写了",
      ("A: 好的亲",
       "A: 没关系的亲，还有想了解的随时问我"),
      "C: 好", "CLOSE"],
     "response.apology.chat", "000 篇2 五、6: the customer's apology met without 没关系",
     platform="jd")

pair(["C: 我的单子怎么一直不动", "C: [订单x]", "GREET",
      "A: 亲，很抱歉让您久等了，我帮您看一下",
      ("A: 您的单子卡在RDC了 在等调拨",
       "A: 您的订单在区域大仓库等着调到您所在城市的仓库，明天调过去，后天送到"),
      "C: 好吧", "CLOSE"],
     "forbidden.jargon", "003 京东培训 六: warehouse jargon the customer cannot follow",
     platform="jd")

pair(["C: [订单编号:[订单x]，订单金额:[金额x]]", "C: 这个订单我想改成顺丰", "GREET",
      ("A: 好的亲，麻烦提供一下订单号",
       "A: 好的亲，看到您的订单了，改顺丰需要补十元运费，您看可以吗？"),
      ("C: 上面发了啊", "C: 可以"),
      ("A: 抱歉亲，看到了，改顺丰需要补十元运费，您看可以吗？", "A: 好的，已经给您改成顺丰，这次的运费差价给您免了"),
      ("C: 可以", "C: 好"),
      "CLOSE"],
     "forbidden.repeat_question.order|forbidden.repeat_question", "000 篇1 4: the order number asked for after the customer sent the order card",
     platform="taobao")

pair(["C: 你们这个手机是不是翻新机", "C: 后盖有划痕", "GREET",
      ("A: 不可能 我们都是全新机 您别乱说",
       "A: 亲，让您担心了真抱歉，我们发的都是全新机，后盖有划痕的话麻烦拍张照片，我马上给您核实处理"),
      "C: [图片]",
      "A: 看到了，确实是划痕，这边直接给您换一台，今天发出",
      "C: 好", "CLOSE"],
     "forbidden.argue|forbidden.rude,response.complaint.chat?", "000 篇1 4: the agent contradicts the customer flatly",
     platform="jd")

pair(["C: 催了兩次了", "C: 到底什麼時候退款", "GREET",
      ("A: 在處理中 親",
       "A: 親，實在抱歉讓您催了兩次，退款已經提交到財務，明天下午五點前到賬"),
      "C: 好", "CLOSE"],
     "response.urge|response.complaint.chat|response.reply_time.chat", "002 售后 四、2: traditional characters; a second chase answered with 'being processed'",
     platform="taobao")

pair(["C: 充电宝充着充着发烫", "C: 把我包里衬都烫了个洞", "GREET",
      ("A: 请问是在充电的时候还是用的时候？",
       "A: 亲，太危险了，非常抱歉，您人没事吧？请马上停止使用，这边给您全额退款，包的损失我们也会赔"),
      "C: 人没事", "A: 好的，已经给您提交退款和赔偿，今天之内到账，充电宝不用寄回，请放在安全的地方",
      "C: 好", "CLOSE"],
     "response.harm.chat|response.complaint.chat", "003 抖音售后 1: a dangerous fault, answered with a question",
     platform="jd")

pair(["C: 我在你们店买的冰箱 制冷不行", "GREET",
      "A: 亲，很抱歉给您添麻烦了",
      ("A: 售后这块您联系平台客服吧",
       "A: 这边马上给您登记售后，师傅明天上门检测，上门前会联系您"),
      "C: 好", "CLOSE"],
     "forbidden.buck_passing", "003 京东禁用语 15: the shop's own after-sales pushed to the platform",
     platform="jd")

pair(["C: 这个卫衣有藏青色吗", "GREET",
      ("A: 藏青色断货了",
       "A: 亲，很抱歉藏青色暂时断货了，月底补货，您可以先收藏，或者看看深灰色，上身效果也很好"),
      "C: 那我再看看", "CLOSE"],
     "forbidden.out_of_stock_bare|forbidden.refusal_bare", "001 案例1-4: 'sold out' and nothing else",
     platform="taobao")

pair(["C: 这个净化器对甲醛有用吗", "GREET",
      ("A: 这个我也说不准",
       "A: 亲，这款有除甲醛的滤芯，CADR值是每小时150立方米，20平米以内的房间效果比较好"),
      "C: 好", "CLOSE"],
     "forbidden.uncertain", "001 禁用语 说不清楚: 'I can't say either'",
     platform="jd")

pair(["C: 这个颜色上身显黑吗", "GREET",
      ("A: 👍👍",
       "A: 亲，这个颜色是偏暖的焦糖色，皮肤偏白偏黄都挺衬的，不会显黑"),
      ("C: ？", "C: 好的 那我拍了"),
      ("A: 亲，这个颜色偏暖，不太挑肤色", None),
      "C: 好", "CLOSE"],
     "forbidden.emoji_only", "000 篇2 五、7: a question answered with emoji",
     platform="douyin")

pair(["C: 这个羊毛大衣能便宜吗", "C: 有点贵", "GREET",
      ("A: 亲 这点钱都舍不得花呀",
       "A: 亲，很抱歉这款不参加满减，不过现在领券能减五十，再送一个防尘袋"),
      "C: 那我领个券", "CLOSE"],
     "forbidden.rude", "001 禁用语 太贵了就不要用了: mocking the customer's budget",
     platform="taobao")

pair(["C: 这个尺码不对", "C: 我要的是L 发的M", "GREET",
      "A: 亲，我帮您看一下订单",
      ("A: 亲 您拍的就是M 谁让您当时不看清楚",
       "A: 亲，看到您当时拍的是M码，没关系，这边给您换成L码，来回运费我们出一半，您看可以吗？"),
      "C: 好吧", "CLOSE"],
     "forbidden.blame|forbidden.rude", "003 京东禁用语 8: blame put on the customer",
     platform="pinduoduo")

pair(["C: 保温杯漏水", "GREET",
      "A: 亲，很抱歉给您添麻烦了",
      ("A: 先把漏水的视频甩过来",
       "A: 麻烦您拍一段漏水的小视频给我，我好给您登记换新"),
      "C: [视频]", "A: 谢谢亲，已经给您登记换新，明天发出", "CLOSE"],
     "forbidden.curt_demand|forbidden.slang", "003 京东做法 7: an order in slang",
     platform="pinduoduo")

pair(["C: 我买的扫地机器人", "C: 充电座不亮", "GREET",
      "A: 亲，很抱歉给您带来不便",
      ("A: 我去问问技术 回头跟您说",
       "A: 我去问一下技术同事，半小时内在这里回复您"),
      "C: 好", "A: 感谢您的等待，技术说要先重置一下，长按充电座背面的按钮十秒就可以了",
      "C: 亮了", "CLOSE"],
     "response.defer_without_time|response.reply_time.chat", "000 篇1 7: 'I'll tell you later'",
     platform="jd")

pair(["C: 收到了 质量不错", "GREET",
      ("A: 谢谢亲～追评带三张图的话 找我返五元现金",
       "A: 谢谢亲～用得满意就好，有问题随时找我们"),
      "C: 好", "CLOSE"],
     "platform.taobao.review_incentive", "003 拼多多禁语 5: cash back for a follow-up review with photos",
     platform="taobao")

pair(["C: 这个柜子怎么装", "GREET",
      ("A: 亲 您去B站搜这个型号有安装视频",
       "A: 亲，包裹里有图纸，先装侧板和底板，再装背板，我这边也可以把安装视频发到这里给您"),
      "C: 好", "CLOSE"],
     "platform.jd.other_app|platform.jd.marketplace,forbidden.buck_passing?", "003 拼多多禁语 1: another app sent to, instead of an answer",
     platform="jd")

pair(["C: 我身份证号登记对了吗", "C: 海外购要用", "GREET",
      ("A: 亲 您登记的是110101199003074518 没问题",
       "A: 亲，您登记的身份证号后四位是4518，和您的实名信息一致，没问题"),
      "C: 好", "CLOSE"],
     "pii.id_card", "002 第一篇 15: a full ID number written back into the chat",
     platform="jd")

pair(["C: 拍好了", "C: 麻烦尽快发", "GREET",
      ("A: 好的亲 今天给您发出",
       "A: 好的亲，跟您核对一下收货信息：[姓名x]，[电话x]，[地址x]，对吗？"),
      ("C: 好", "C: 对的"),
      (None, "A: 好的，今天给您发出"),
      "CLOSE"],
     "response.confirm_address.chat", "002 售前 四、4: the shipping details not checked with the customer",
     platform="taobao")

pair(["C: 这个面包机能做酸奶吗", "C: 这个面包机能做酸奶吗", "GREET",
      ("A: 说了多少遍了 能做",
       "A: 亲，能做的，菜单里第9个就是酸奶功能，八个小时就好"),
      ("C: 你哪说了", "C: 好的"),
      ("A: 亲，实在抱歉，刚才是我态度不好，酸奶功能在菜单第9个，八个小时就好", None),
      "CLOSE"],
     "forbidden.impatient", "003 京东禁用语 6: impatience at a repeated question",
     platform="taobao")

cpair(["GREET", "C: 我姓胡 我提个建议 你们的安装师傅能不能穿个鞋套",
       ("A: 好的",
        "A: 胡女士，谢谢您提的建议，您是说师傅上门时应该穿鞋套，对吗？我马上反馈给安装部门"),
       "C: 地板都踩脏了", "A: 实在抱歉给您添麻烦了，这个我们一定改进",
       "CLOSE"],
      "response.suggestion.call,response.complaint.call?", "004 特殊沟通 9: a suggestion answered with 好的")

cpair(["GREET", "C: 我姓江 你们昨天那个客服说话特别冲",
       ("A: 请问您还记得是几号客服吗？",
        "A: 江先生，非常抱歉让您有这样不好的感受，您是说昨天那位客服态度不好，对吗？请问您还记得是几号吗？"),
       "C: 不记得了",
       "A: 好的，我会把这个情况记录下来，今天下班前由组长给您回电", "C: 好", "CLOSE"],
      "response.complaint.call,response.restate_complaint.call?", "004 抱怨投诉 3: a complaint about a colleague's attitude, no apology")
