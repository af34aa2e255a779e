import ShopModel

/// One thing the demo shop sells.
public struct DemoProduct: Sendable, Hashable {
    public let sku: String
    public let name: String
    public let price: Money
    /// How often it sells relative to the others.
    let popularity: Double
    /// Cheap things are bought several at a time.
    let maxQty: Int
}

/// The demo shop's shelves: everyday goods a WeChat mini-program shop would carry.
public enum DemoCatalogue {
    public static let products: [DemoProduct] = [
        p("SKU-1001", "小米手环8", 239_00, 6, 1),
        p("SKU-1002", "蓝牙耳机 降噪版", 199_00, 7, 1),
        p("SKU-1003", "云南普洱茶 357g", 168_00, 5, 2),
        p("SKU-1004", "螺蛳粉 5 袋装", 49_90, 12, 3),
        p("SKU-1005", "五常大米 5kg", 79_90, 8, 2),
        p("SKU-1006", "阿克苏冰糖心苹果 5斤", 39_90, 10, 3),
        p("SKU-1007", "每日坚果礼盒 30袋", 99_00, 7, 2),
        p("SKU-1008", "洗衣凝珠 52颗", 59_90, 8, 2),
        p("SKU-1009", "316不锈钢保温杯 500ml", 89_00, 5, 2),
        p("SKU-1010", "充电宝 10000mAh", 129_00, 5, 1),
        p("SKU-1011", "磁吸手机壳", 29_90, 9, 2),
        p("SKU-1012", "玻尿酸补水面膜 10片", 89_00, 7, 3),
        p("SKU-1013", "清爽防晒霜 SPF50+", 139_00, 5, 2),
        p("SKU-1014", "丝绒哑光口红", 199_00, 4, 2),
        p("SKU-1015", "新疆长绒棉T恤", 79_00, 6, 3),
        p("SKU-1016", "轻薄羽绒服", 599_00, 2, 1),
        p("SKU-1017", "运动袜 5双装", 29_90, 8, 3),
        p("SKU-1018", "儿童绘本套装 10册", 128_00, 3, 1),
        p("SKU-1019", "全价猫粮 2kg", 89_00, 6, 3),
        p("SKU-1020", "狗狗磨牙棒", 39_90, 5, 3),
        p("SKU-1021", "声波电动牙刷", 199_00, 4, 1),
        p("SKU-1022", "家用空气炸锅 5L", 299_00, 3, 1),
        p("SKU-1023", "小熊酸奶机", 129_00, 2, 1),
        p("SKU-1024", "东北黑木耳 250g", 45_00, 4, 2),
        p("SKU-1025", "金华火腿切片", 268_00, 2, 1),
        p("SKU-1026", "阳澄湖大闸蟹礼券", 398_00, 2, 2),
        p("SKU-1027", "明前西湖龙井 250g", 298_00, 3, 1),
        p("SKU-1028", "安吉白茶 礼盒", 188_00, 2, 1),
        p("SKU-1029", "重庆牛油火锅底料", 32_80, 9, 4),
        p("SKU-1030", "辣椒酱 280g×3瓶", 29_90, 8, 3),
        p("SKU-1031", "四川腊肠 500g", 58_00, 4, 2),
        p("SKU-1032", "手工月饼礼盒", 158_00, 2, 2),
        p("SKU-1033", "宁夏枸杞 500g", 49_00, 5, 2),
        p("SKU-1034", "加厚瑜伽垫", 69_00, 3, 1),
        p("SKU-1035", "计数跳绳", 19_90, 5, 2),
        p("SKU-1036", "静音无线鼠标", 79_00, 4, 1),
        p("SKU-1037", "机械键盘 茶轴", 269_00, 2, 1),
        p("SKU-1038", "快充数据线 3条装", 29_90, 8, 2),
        p("SKU-1039", "香薰蜡烛 礼盒", 59_00, 3, 2),
        p("SKU-1040", "黑糖姜茶 12块", 35_90, 6, 3),
    ]

    private static func p(_ sku: String, _ name: String, _ fen: Int64, _ popularity: Double, _ maxQty: Int) -> DemoProduct {
        DemoProduct(sku: sku, name: name, price: Money(fen: fen), popularity: popularity, maxQty: maxQty)
    }

    static let byPopularity = WeightedTable(products.map { ($0, $0.popularity) })
}
