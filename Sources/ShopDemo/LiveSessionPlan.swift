import Foundation
import ShopModel

/// A live stream: when it runs and when the host puts up a link ("上链接"), which is when
/// orders spike.
struct LiveSessionPlan: Sendable {
    let id: String
    let title: String
    let start: Int64
    let end: Int64
    /// Minutes after the start at which a link goes up, and how high the rush gets.
    let spikes: [(minute: Double, height: Double)]
    /// Live orders per minute at intensity 1 (history only; live mode runs at its own rate).
    let baseOrdersPerMinute: Double

    static let titles = ["双十一预热专场", "年货节囤货专场", "周末宠粉福利", "老板娘亲自上播", "新品首发夜",
                         "产地直发·普洱茶专场", "零食节狂欢", "会员日秒杀", "深夜食堂专场", "开学季好物",
                         "618返场特惠", "国庆出游好物", "双十二收官场", "工厂直供清仓"]

    /// `expectedOrders`: how many live orders the whole session should bring on average.
    init(id: String, title: String, start: Int64, minutes: Int, spikeEvery: ClosedRange<Int>,
         expectedOrders: Double, _ rng: inout DemoRandom) {
        self.id = id; self.title = title; self.start = start
        self.end = start + Int64(minutes) * 60
        var spikes: [(Double, Double)] = []
        var m = Double(rng.int(2...spikeEvery.upperBound))
        while m < Double(minutes - 2) {
            spikes.append((m, 2.5 + 3.5 * rng.unit()))
            m += Double(rng.int(spikeEvery))
        }
        self.spikes = spikes
        baseOrdersPerMinute = expectedOrders / (Double(minutes) * Self.meanIntensity(minutes: minutes, spikes: spikes))
    }

    func contains(_ t: Int64) -> Bool { t >= start && t < end }

    /// How busy the room is at `t`: warms up over the first ten minutes, jumps when a link goes
    /// up and decays over a couple of minutes.
    func intensity(at t: Int64) -> Double { Self.intensity(minute: Double(t - start) / 60, spikes: spikes) }

    private static func intensity(minute m: Double, spikes: [(minute: Double, height: Double)]) -> Double {
        var x = min(1, 0.4 + 0.06 * m)
        for s in spikes where s.minute <= m { x += s.height * exp(-(m - s.minute) / 1.8) }
        return x
    }

    /// The mean of `intensity` over the session, to size the base rate for a target order count.
    private static func meanIntensity(minutes: Int, spikes: [(minute: Double, height: Double)]) -> Double {
        guard minutes > 0 else { return 1 }
        let sum = (0..<minutes).reduce(0.0) { $0 + intensity(minute: Double($1) + 0.5, spikes: spikes) }
        return sum / Double(minutes)
    }

    var startRecord: LiveSessionRecord { LiveSessionRecord(id: id, title: title, startedAt: start) }
    var endRecord: LiveSessionRecord { LiveSessionRecord(id: id, title: title, startedAt: start, endedAt: end) }

    /// The room's own coupon: 满99减15 for the viewers, valid until half an hour after the end.
    func couponBatch(quota: Int) -> CouponBatchRecord {
        CouponBatchRecord(batchId: "LIVE-" + id, name: "直播间专享 满99减15", kind: .threshold,
                          value: Money(fen: 15_00), minSpend: Money(fen: 99_00), quota: quota,
                          startsAt: start, endsAt: end + 1_800)
    }
}
