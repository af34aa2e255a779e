/// A shopper of the demo shop. Everything about a person follows from the seed and their number,
/// so the same person comes back with the same nickname, phone and city.
public struct DemoPerson: Sendable, Hashable {
    /// Visitor and customer id (an openid-like string).
    public let id: String
    public let nickname: String
    public let phone: String
    public let city: String
    public let address: String

    static func id(seed: UInt64, index: Int) -> String {
        // XOR with a seed-derived mask keeps ids unique (it is a bijection) while looking random.
        let mask = SplitMix64.derive(seed, 0x1D) & ((1 << 60) - 1)
        var v = mask ^ UInt64(index)
        var out = [UInt8](repeating: 0, count: 13)
        out[0] = UInt8(ascii: "o")
        for i in stride(from: 12, through: 1, by: -1) {
            out[i] = alphabet[Int(v & 31)]
            v >>= 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)

    static func make(seed: UInt64, index: Int) -> DemoPerson {
        var rng = DemoRandom(seed: SplitMix64.derive(seed, 0x9E00_0000 &+ UInt64(index)))
        let city = DemoPlaces.cities.draw(&rng)
        return DemoPerson(id: id(seed: seed, index: index), nickname: DemoNames.nickname(&rng),
                          phone: phone(&rng), city: city.name, address: DemoPlaces.address(in: city, &rng))
    }

    /// 11 digits, 1[3-9]x xxxx xxxx, with the prefixes that are common today.
    static func phone(_ rng: inout DemoRandom) -> String {
        "1" + secondDigit.draw(&rng) + rng.digits(9)
    }

    private static let secondDigit = WeightedTable([("3", 30.0), ("5", 25), ("8", 25), ("7", 8), ("9", 8), ("6", 2), ("4", 2)])
}

enum DemoNames {
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
                           "胡", "郭", "何", "林", "罗", "高", "欧阳", "诸葛"]
    static let titles = ["先生", "女士", "姐", "哥", "阿姨", "老师", "同学", "小姐姐"]
    static let pet = ["小雨", "小鱼儿", "糖糖", "丸子", "米粒", "七七", "胖虎", "豆豆", "阿杰", "小白", "果果",
                      "安安", "乐乐", "多多", "晴天", "悠悠", "一一", "木子", "阿May", "大橘"]
    static let adjectives = ["快乐的", "爱吃的", "不想上班的", "温柔的", "懒懒的", "努力的", "佛系", "暴躁的",
                             "可爱的", "睡不醒的"]
    static let nouns = ["胖虎", "小猪", "猫咪", "柠檬", "西瓜", "土豆", "芒果", "奶茶", "螃蟹", "咸鱼", "兔子", "熊猫"]
    static let latin = ["Lily", "Tony老师", "Amy_0823", "Kevin", "Coco", "Jason", "Vivian", "momo", "Sunny", "Echo"]
    static let emoji = ["🌸花花🌸", "🐱喵小姐", "追光者✨", "🍀幸运草", "小太阳☀️", "👨‍👩‍👧 一家三口", "🐟摸鱼达人",
                        "🍓草莓味", "🔥火火", "😊微笑面对"]
    /// Names that real shops do get and that break naive code: astral and rare hanzi, combining
    /// marks, full-width letters, a bidi override, a zero-width space, a filler, an escape sequence.
    static let odd = ["𠮷田", "龘靐齉", "Zoë", "ｍｉｎｇ", "𝓛𝓾𝓬𝔂", "\u{202E}反转的名字", "零\u{200B}宽",
                      "e\u{301}le\u{301}na", "\u{3164}", "\u{1B}[31m红字"]

    private enum Style: Sendable { case surnameTitle, pet, adjectiveNoun, petYear, latin, emoji, odd }
    private static let styles = WeightedTable<Style>([
        (.surnameTitle, 21), (.pet, 20), (.adjectiveNoun, 25), (.petYear, 10), (.latin, 13), (.emoji, 10.5), (.odd, 0.5),
    ])

    static func nickname(_ rng: inout DemoRandom) -> String {
        switch styles.draw(&rng) {
        case .surnameTitle: rng.pick(surnames) + rng.pick(titles)
        case .pet: rng.pick(pet)
        case .adjectiveNoun: rng.pick(adjectives) + rng.pick(nouns)
        case .petYear: rng.pick(pet) + String(rng.int(1985...2006))
        case .latin: rng.pick(latin)
        case .emoji: rng.pick(emoji)
        case .odd: rng.pick(odd)
        }
    }
}

struct DemoCity: Sendable {
    let name: String
    let districts: [String]
}

enum DemoPlaces {
    static let cities = WeightedTable<DemoCity>([
        (DemoCity(name: "上海", districts: ["浦东新区", "徐汇区", "闵行区"]), 14),
        (DemoCity(name: "北京", districts: ["朝阳区", "海淀区", "丰台区"]), 13),
        (DemoCity(name: "广州", districts: ["天河区", "越秀区", "番禺区"]), 10),
        (DemoCity(name: "深圳", districts: ["南山区", "福田区", "宝安区"]), 10),
        (DemoCity(name: "杭州", districts: ["西湖区", "余杭区", "滨江区"]), 8),
        (DemoCity(name: "成都", districts: ["武侯区", "锦江区", "高新区"]), 8),
        (DemoCity(name: "重庆", districts: ["渝中区", "江北区"]), 6),
        (DemoCity(name: "武汉", districts: ["洪山区", "江汉区"]), 5),
        (DemoCity(name: "南京", districts: ["鼓楼区", "江宁区"]), 5),
        (DemoCity(name: "西安", districts: ["雁塔区", "未央区"]), 4),
        (DemoCity(name: "苏州", districts: ["工业园区", "姑苏区"]), 4),
        (DemoCity(name: "长沙", districts: ["岳麓区", "天心区"]), 3),
        (DemoCity(name: "天津", districts: ["南开区", "和平区"]), 3),
        (DemoCity(name: "郑州", districts: ["金水区"]), 2),
        (DemoCity(name: "青岛", districts: ["市南区"]), 2),
        (DemoCity(name: "厦门", districts: ["思明区"]), 2),
        (DemoCity(name: "昆明", districts: ["五华区"]), 1),
        (DemoCity(name: "合肥", districts: ["蜀山区"]), 1),
        (DemoCity(name: "哈尔滨", districts: ["南岗区"]), 1),
        (DemoCity(name: "乌鲁木齐", districts: ["天山区"]), 0.5),
        (DemoCity(name: "拉萨", districts: ["城关区"]), 0.2),
    ])
    static let roads = ["人民路", "解放路", "中山路", "建设路", "长江路", "学府路", "文化路", "科技园路", "滨江大道", "幸福里"]

    static func address(in city: DemoCity, _ rng: inout DemoRandom) -> String {
        "\(city.name)市\(rng.pick(city.districts))\(rng.pick(roads))\(rng.int(1...999))号\(rng.int(1...30))栋\(rng.int(1...32))0\(rng.int(1...8))室"
    }
}
