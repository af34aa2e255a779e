import Foundation

/// Frame times (update + render + draw) kept in memory and written when the dashboard exits, so
/// measuring does not itself add I/O to the frames. Enabled by the hidden --stats-file option.
struct FrameStats {
    struct Frame { var update: UInt64; var render: UInt64; var draw: UInt64 }
    private(set) var frames: [Frame] = []
    let path: String?

    init(path: String?) { self.path = path }

    var isOn: Bool { path != nil }

    mutating func record(update: UInt64, render: UInt64, draw: UInt64) {
        guard isOn else { return }
        frames.append(Frame(update: update, render: render, draw: draw))
    }

    /// One line per frame: microseconds of update, render, draw and their total.
    func write() {
        guard let path else { return }
        var out = "# update_us render_us draw_us total_us\n"
        for f in frames {
            out += "\(f.update / 1_000) \(f.render / 1_000) \(f.draw / 1_000) \((f.update + f.render + f.draw) / 1_000)\n"
        }
        try? out.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func nanos() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
