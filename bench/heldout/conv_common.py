"""Openings and endings a strict reviewer passes, reused around the middles.

All text written for this set; rotating the variants keeps the wrappers
themselves varied (written forms, ASR forms, traditional characters).
"""

# customer's first chat message
CHAT_OPEN_C = [
    "在吗",
    "你好，在不在？",
    "有人吗～",
    "hello 客服在吗",
    "親，在嗎",
    "请问有客服吗？？",
    "您好",
    "在么在么",
    "哈喽",
    "客服你好😀",
]

# the agent's first chat reply: a welcome a reviewer accepts
CHAT_GREET = [
    "您好，我是客服小禾，很高兴能为您服务，您想了解哪方面呢？",
    "亲，您好呀~欢迎光临本店，我是客服阿青，请问有什么可以帮到您的呢？",
    "您好！客服小满在的，很高兴为您服务～",
    "親，您好，我是客服小鹿，很高興為您服務，請問有什麼可以幫您？",
    "亲亲您好，欢迎光临，我是今天的值班客服橙子，很高兴为您服务，请问需要什么帮助呢",
    "您好，我是客服 小 舟，很开心为您服务🌷 您需要什么帮助",
    "您好，欢迎光临小店～我是客服糖糖，请问有什么可以为您效劳的？",
    "亲，您好！我是客服0８号，很高兴为您服务，您请说～",
    "您好呀，欢迎光临，客服小Ｑ为您服务，请问有什么需要帮助的吗？",
    "親親您好～歡迎光臨，我是客服阿蘭，很高興為您服務",
]

# ask-more, the customer is done, thanks and goodbye (answers the customer's thanks)
CHAT_END = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了，谢谢", "A: 不客气，感谢您的光临，祝您生活愉快，再见！"],
    ["A: 亲，请问还有其他问题吗？", "C: 没了", "A: 好的呢，感谢您的惠顾，期待您的下次光临～"],
    ["A: 请问还有什么需要帮忙的吗", "C: 没有啦 谢谢亲", "A: 不客气呀😊 感谢您对小店的支持，祝您购物愉快，再见～"],
    ["A: 請問還有其他問題嗎？", "C: 沒有了", "A: 好的，感謝您的光臨，期待下次為您服務，再見！"],
    ["A: 亲亲还有其他需要咨询的吗？", "C: 暂时没有了，谢谢", "A: 不用谢～感谢您的支持，有问题随时来找我们，祝您生活愉快！"],
    ["A: 请问还有别的问题需要帮您处理吗？", "C: 没有", "A: 好的，非常感谢您的光临，期待您再次光临，再见！"],
    ["A: 亲，还有其它可以帮到您的吗～", "C: 没有了 谢谢 辛苦啦", "A: 不客气的，这是我们应该做的呀，也谢谢您的光临，祝您天天开心！"],
    ["A: 请问您还有其他需要了解的吗？", "C: 好的没有了", "A: 感谢您的咨询，祝您生活愉快，期待您的下次光临，再见～"],
]

# call openings (the first agent turn)
CALL_GREET = [
    "您好，很高兴为您服务，我是客服专员小林，请问有什么可以帮您？",
    "您好，优品家电售后服务热线，工号2031为您服务，请问有什么可以帮您？",
    "您好 很高兴为您服务 请问您需要办理什么业务",
    "您好，欢迎致电顺达物流客服中心，我是8号话务员，请问有什么可以帮您的吗？",
    "您好，这里是晨光家居客服热线，敝姓周，很高兴为您服务，请问您有什么需要？",
    "您好，很高兴为您服务，请问有什么能够帮您的吗？",
    "您好 这里是 好 邻 居 生 鲜 客 服 中 心 请 问 有 什 么 可 以 帮 您",
    "您好，百惠商城客服1056号很高兴为您服务，请问您需要咨询什么？",
]

# call endings: ask-more, thanks, goodbye; the customer hangs up afterwards
CALL_END = [
    ["A: 请问还有其他需要帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 再见"],
    ["A: 请问您还有其他问题吗", "C: 没有了谢谢啊", "A: 不客气，感谢您的来电，再见", "C: 好 拜拜"],
    ["A: 还有其他可以帮到您的吗？", "C: 嗯没了", "A: 好的，感谢您的耐心，祝您生活愉快，再见。"],
    ["A: 请问还有别的问题需要咨询吗", "C: 没有了 就这个", "A: 好的 感谢您的来电 祝您一切顺利 再见", "C: 嗯 再见"],
    ["A: 請問還有其他需要幫忙的嗎？", "C: 沒有了，謝謝", "A: 不客氣，感謝您的來電，再見！", "C: 再見"],
    ["A: 那请问还有其他方面的咨询吗？", "C: 没有了", "A: 好的，感谢您的来电，有需要随时联系我们，再见！", "C: 好的再见"],
]


def wchat(i, middle, opener=None):
  """A chat with a compliant opening and ending around `middle`."""
  first = opener if opener is not None else "C: " + CHAT_OPEN_C[i % len(CHAT_OPEN_C)]
  return [first, "A: " + CHAT_GREET[i % len(CHAT_GREET)]] + middle + CHAT_END[i % len(CHAT_END)]


def wcall(i, middle):
  """A call with a compliant opening and ending around `middle`."""
  return ["A: " + CALL_GREET[i % len(CALL_GREET)]] + middle + CALL_END[i % len(CALL_END)]
