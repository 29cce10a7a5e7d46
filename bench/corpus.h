// Phrase pools for the benchmark corpora: realistic e-commerce chat turns,
// mostly compliant, with a few known violations.

#ifndef HUASHU_BENCH_CORPUS_H_
#define HUASHU_BENCH_CORPUS_H_

#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace huashu::bench {

inline const std::vector<std::string> kGreetings = {
    "亲，您好，欢迎光临小鹿旗舰店，请问有什么可以帮您？",
    "您好，很高兴为您服务，请问有什么可以帮您的吗？", "在的亲，您好，请问您想了解哪款商品呢？",
    "您好，我是客服小美，请问有什么可以帮您？"};
inline const std::vector<std::string> kCustomer = {"你好，在吗？",
                                                   "这个什么时候发货？",
                                                   "我的快递怎么还没到，都三天了",
                                                   "能便宜一点吗",
                                                   "有没有优惠券",
                                                   "这件衣服偏大还是偏小？我平时穿M码",
                                                   "退货怎么退？",
                                                   "发什么快递？",
                                                   "能开发票吗",
                                                   "好的谢谢",
                                                   "质量怎么样，会不会起球",
                                                   "我想改一下收货地址",
                                                   "已经下单了，麻烦尽快发货",
                                                   "颜色和图片一样吗",
                                                   "收到的商品有破损，怎么处理",
                                                   "没有了，谢谢",
                                                   "可以分期付款吗",
                                                   "保修多久"};
inline const std::vector<std::string> kAgent = {
    "亲，我们一般在付款后48小时内发货，发中通快递，请您耐心等待一下哦。",
    "非常抱歉让您久等了，我这边马上帮您查询一下物流信息，请您稍等。",
    "亲，这款是按标准尺码做的，您平时穿M码的话建议选M码，身高体重发我帮您参考一下。",
    "亲，店铺首页可以领取满199减20的优惠券，下单时会自动抵扣的哦。",
    "您好，收到商品七天内都可以申请无理由退货，在订单页点击申请售后即可。",
    "亲，可以开具电子发票的，下单时填写发票抬头和税号就可以了。",
    "很抱歉给您带来不便，麻烦您拍一下破损部位的照片，我这边马上为您登记处理。",
    "好的亲，地址已经帮您修改好了，您可以在订单详情里确认一下。",
    "亲，图片是实物拍摄的，可能因为屏幕显示略有色差，请您以实物为准哦。",
    "这款面料是纯棉的，正常洗涤不会起球，洗的时候建议反面清洗。",
    "亲，支持分期付款的，您在付款页面选择分期就可以了。",
    "本产品整机保修一年，保修期内非人为损坏都可以免费维修的哦。",
    "请问还有其他问题吗？",
    "不客气，这是我们应该做的。"};
inline const std::vector<std::string> kBad = {"这个我也不清楚，你自己看详情页吧。",
                                              "亲，这款是全网最低价，绝对划算！",
                                              "你说什么？我没看懂。",
                                              "加我威信吧，我发你实拍图。",
                                              "好评返现5元哦亲。",
                                              "OK，马上发。"};
inline const std::vector<std::string> kClosing = {
    "感谢您的光临，期待您的下次光临，再见！", "很高兴为您服务，如有问题可以随时联系我们，再见！"};
inline const std::vector<std::string> kProducts = {
    "纯棉T恤", "羽绒服", "保温杯", "蓝牙耳机", "儿童书包", "不粘锅",
    "加湿器",  "运动鞋", "面霜",   "猫粮",     "电动牙刷", "床上四件套",
    "行李箱",  "充电宝", "连衣裙", "羊毛围巾", "机械键盘", "空气炸锅"};
inline const std::vector<std::string> kCouriers = {"中通", "圆通",     "申通", "韵达",
                                                   "顺丰", "京东物流", "邮政"};
inline const std::vector<std::string> kPlatforms = {"pinduoduo", "taobao", "jd", "douyin", "tmall"};

// Appends one JSON Lines chat record (with its newline) to *out.
inline void AppendChat(long n, std::mt19937& rng, std::string* out) {
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& {
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
  };
  std::string& line = *out;
  line += "{\"id\":\"chat-" + std::to_string(n) + "\",\"channel\":\"chat\",\"platform\":\"" +
          pick(kPlatforms) + "\",\"agent\":{\"id\":\"" + std::to_string(1000 + n % 57) +
          "\",\"name\":\"小美\"},\"turns\":[";
  int sec = 0;
  auto turn = [&](const char* speaker, const std::string& text) {
    char ts[64];
    std::snprintf(ts, sizeof ts, "2026-11-22T%02d:%02d:%02d+08:00", 9 + sec / 3600 % 12,
                  sec / 60 % 60, sec % 60);
    if (line.back() != '[') line += ',';
    line += "{\"speaker\":\"" + std::string(speaker) + "\",\"time\":\"" + ts + "\",\"text\":\"" +
            text + "\"}";
    // Agents answer within a few seconds; customers take their time.
    sec += speaker[0] == 'a' ? 3 + static_cast<int>(rng() % 25) : 1 + static_cast<int>(rng() % 2);
  };
  turn("customer", pick(kCustomer));
  turn("agent", pick(kGreetings));
  const int rounds = 2 + static_cast<int>(rng() % 7);
  for (int r = 0; r < rounds; ++r) {
    // Vary the text the way real chats do: products, couriers, order numbers.
    std::string ask = pick(kCustomer);
    if (rng() % 2) ask = "我买的" + pick(kProducts) + "，" + ask;
    turn("customer", ask);
    std::string reply = rng() % 50 == 0 ? pick(kBad) : pick(kAgent);
    if (rng() % 3 == 0) {
      reply += "您的订单" + std::to_string(2311220000000L + static_cast<long>(rng() % 9999999)) +
               "已由" + pick(kCouriers) + "揽收。";
    }
    turn("agent", reply);
  }
  turn("agent", "请问还有其他问题吗？");
  turn("customer", "没有了，谢谢");
  turn("agent", pick(kClosing));
  line += "]}\n";
}

// Agent-side text only, about `bytes` long: the matcher's input.
inline std::vector<std::string> AgentTurns(size_t bytes, unsigned seed = 7) {
  std::mt19937 rng(seed);
  std::vector<std::string> out;
  size_t total = 0;
  while (total < bytes) {
    const auto& pool = rng() % 50 == 0 ? kBad : kAgent;
    out.push_back(pool[rng() % pool.size()]);
    total += out.back().size();
  }
  return out;
}

}  // namespace huashu::bench

#endif  // HUASHU_BENCH_CORPUS_H_
