"""Openings and endings of round 2, written anew for this set (not taken
from ../conv_common.py), rotated around the middles so that the wrapper of
every conversation is itself varied and compliant."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from conv_model import Conv  # noqa: E402  (the line format of ../make_set.py)

# the customer's first chat message
OPEN_C = [
    "你好 有人在吗",
    "在不在呀",
    "客服客服",
    "您好，想问点事",
    "在嘛？？",
    "哈喽～有人吗",
    "請問客服在嗎",
    "Hi 在吗",
    "亲 在线吗",
    "你好呀🙂",
    "ｈｅｌｌｏ，客服在么",
    "在不",
]

# the agent's first chat reply
GREET_CHAT = [
    "您好，欢迎光临，我是客服小桃，很高兴为您服务，请问您想了解什么呢？",
    "亲亲您好呀～我是客服团团，有什么可以帮您的吗？",
    "您好！这里是店铺客服阿杰，很乐意为您服务，您请讲哈",
    "亲，您好，欢迎来到本店，客服木木在线，请问需要什么帮助呀",
    "您好，客服小柚为您服务，请问有什么可以帮到您？😊",
    "親，您好，客服小語很高興為您服務，請問想諮詢什麼呢？",
    "您好呀，我是今天值班的客服豆豆，很高兴为您服务，您有什么问题尽管说～",
    "亲，您好！欢迎光临，客服１２号为您服务，请问您需要咨询哪款商品呢？",
    "您好，欢迎光临～我是客服七七，很开心为您服务，请问有什么需要呢",
    "亲亲～您好，客服米粒在的呢，请问有什么可以为您效劳？",
    "您好,欢迎光临,我是客服阿远,请问有什么可以帮您?",
    "亲您好🌸 我是客服小葵，很高兴为您服务，您想问点什么呢？",
]

# ask-more, the customer is done (with a thanks), an answer to the thanks and a goodbye
END_CHAT = [
    ["A: 亲，还有别的需要帮忙的地方吗？", "C: 没了 谢啦", "A: 不客气哈～感谢您的光临，祝您购物愉快，再见！"],
    ["A: 请问您还有其他想了解的吗", "C: 没有了，谢谢你", "A: 不用客气呢，感谢您的支持，期待您再次光临～"],
    ["A: 亲亲还有其它疑问吗？", "C: 木有了", "A: 好的呢，感谢您的惠顾，祝您生活愉快，再见～"],
    ["A: 還有其他需要幫您的嗎？", "C: 沒有了 謝謝", "A: 不客氣，感謝您的光臨，祝您生活愉快，再見～"],
    ["A: 请问还有什么可以帮到您呢？", "C: 就这些 谢谢", "A: 不客气，很高兴为您服务，欢迎下次再来，再见呀👋"],
    ["A: 亲，还有别的问题吗～", "C: 没有啦", "A: 好的，感谢亲的光临，祝您天天好心情，再见！"],
    ["A: 请问还有其他需要咨询的吗?", "C: 没了,谢谢", "A: 不客气,感谢您的惠顾,期待下次为您服务,再见!"],
    ["A: 亲还有什么需要了解的吗😊", "C: 没啦 谢谢亲", "A: 亲太客气啦，感谢您的支持与信任，祝您购物愉快，再见～"],
]

# the first agent turn of an inbound call
GREET_CALL = [
    "您好，欢迎致电安家电器售后服务中心，工号3127为您服务，请问有什么可以帮您？",
    "您好，这里是优选商城客服，很高兴为您服务，请问您需要办理什么？",
    "您好 很高兴为您服务 请问有什么可以帮您",
    "您好，云帆快递客服热线，我是6号客服，请问您要咨询什么问题呢？",
    "您 好 这 里 是 鲜 果 园 客 服 很 高 兴 为 您 服 务 请 问 有 什 么 可 以 帮 您",
    "您好，感谢您致电晴川家居，敝姓吴，请问有什么能帮到您？",
    "您好，欢迎致电暖居空调热线，客服0519号很高兴为您服务，请问您有什么需要？",
    "您好，請問有什麼可以幫您？很高興為您服務。",
    "嗯 您好 这边是百家汇售后 很高兴为您服务 请问您需要什么帮助",
]

# ask-more, the customer is done, thanks and goodbye; the customer hangs up after it
END_CALL = [
    ["A: 请问还有其他可以帮您的吗？", "C: 没有了", "A: 好的，感谢您的来电，祝您生活愉快，再见！", "C: 好再见"],
    ["A: 您看还有别的需要吗", "C: 没了没了 谢谢啊", "A: 不客气 感谢您的来电 再见", "C: 拜拜"],
    ["A: 请问您还有其他问题需要咨询吗", "C: 嗯 没有了", "A: 好的 感谢您的来电 祝您一切顺利 再见"],
    ["A: 那请问还有什么其他能帮到您的吗？", "C: 没有了，就这个事", "A: 好的，谢谢您的来电，祝您愉快，再见！", "C: 再见"],
    ["A: 請問還有其他需要幫忙的地方嗎？", "C: 沒了", "A: 好的，感謝您的來電，再見。", "C: 再見"],
    ["A: 呃 请问还有其他问题吗", "C: 没有了 谢谢", "A: 不用谢 感谢您的来电 再见", "C: 嗯拜拜"],
]

# outbound calls: the agent calls the customer
GREET_OUT = [
    "您好，请问是{name}吗？我是安家电器售后的客服小韩，关于您前几天报修的{what}想跟您跟进一下，您现在方便接听吗？",
    "您好 我是优选商城的客服 工号2208 打扰您一下 关于您的{what} 现在方便说几句吗",
    "{name}您好，我是云帆快递客服中心的小陆，您{what}的事情有结果了，现在方便说两句吗？",
]
END_OUT = [
    ["A: 请问您还有其他需要吗？", "C: 没了", "A: 好的，感谢您的接听和配合，打扰您了，再见！", "C: 再见"],
    ["A: 您这边还有别的问题吗", "C: 没有了 谢谢", "A: 不客气 那就不打扰您了 感谢您的配合 再见", "C: 拜拜"],
    ["A: 请问还有其他要帮您处理的吗？", "C: 没有", "A: 好的，感谢您抽空接听，祝您生活愉快，再见。"],
]


def wchat(i, middle, opener=None):
  first = ["C: " + OPEN_C[i % len(OPEN_C)]] if opener is None else opener
  return first + ["A: " + GREET_CHAT[i % len(GREET_CHAT)]] + middle + END_CHAT[i % len(END_CHAT)]


def wcall(i, middle):
  return ["A: " + GREET_CALL[i % len(GREET_CALL)]] + middle + END_CALL[i % len(END_CALL)]


def wout(i, middle, name="张女士", what="订单"):
  g = GREET_OUT[i % len(GREET_OUT)].format(name=name, what=what)
  return ["A: " + g] + middle + END_OUT[i % len(END_OUT)]


PLATFORMS = ["taobao", "jd", "douyin", "pinduoduo"]


def chat(cid, turns, expect="", reason="", platform="taobao", **kw):
  return Conv(cid, "chat", turns, expect, reason, platform=platform, **kw)


def call(cid, turns, expect="", reason="", **kw):
  return Conv(cid, "call", turns, expect, reason, **kw)


def outcall(cid, turns, expect="", reason="", **kw):
  return Conv(cid, "call", turns, expect, reason, direction="outbound", **kw)
