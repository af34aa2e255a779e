import ShopModel

/// Events planned for later (an order's payment, parcel trail, refund), released in time order.
/// Ties keep the order they were planned in, so an order always comes before what follows it.
struct EventQueue: Sendable {
    // The heap holds only small keys; the events sit in slots so sifting never copies them.
    private var heap: [(key: UInt64, slot: Int32)] = []
    private var slots: [ShopEvent?] = []
    private var free: [Int32] = []
    private var seq: UInt64 = 0

    var count: Int { heap.count }

    mutating func schedule(_ event: ShopEvent, at t: Int64) {
        precondition(t >= 0 && t < (1 << 36), "time out of range")
        // 36 bits of time (till year 4147) and 28 bits of sequence; the sequence wraps harmlessly
        // after 268M events because ties that far apart never share a second.
        let key = (UInt64(t) << 28) | (seq & 0x0FFF_FFFF)
        seq &+= 1
        let slot: Int32
        if let f = free.popLast() { slot = f; slots[Int(f)] = event } else { slot = Int32(slots.count); slots.append(event) }
        heap.append((key, slot))
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if heap[parent].key <= heap[i].key { break }
            heap.swapAt(parent, i)
            i = parent
        }
    }

    /// Appends every event due before `end` to `out`, earliest first.
    mutating func release(before end: Int64, into out: inout [ShopEvent]) {
        while let first = heap.first, Int64(first.key >> 28) < end {
            out.append(slots[Int(first.slot)]!)
            slots[Int(first.slot)] = nil
            free.append(first.slot)
            let last = heap.removeLast()
            if heap.isEmpty { break }
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && heap[l].key < heap[m].key { m = l }
                if r < heap.count && heap[r].key < heap[m].key { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
    }
}
