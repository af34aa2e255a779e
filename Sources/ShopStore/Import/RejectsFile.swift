import Foundation

/// Where rejected lines go: `LINE<TAB>REASON<TAB>original`, one per line, so that they can be
/// read, fixed and imported again.
public enum RejectsFile {
    /// The default place for the rejects of `input`: `INPUT.rejects` beside it.
    public static func defaultPath(for input: String) -> String { input + ".rejects" }

    /// One rejects line. Tabs and line breaks inside a field would break the format, so they are
    /// written as \t and \n.
    public static func line(_ r: Rejection) -> String {
        "\(r.line)\t\(escape(r.reason))\t\(escape(r.text))"
    }

    /// `FILE:LINE: REASON`, the form editors and compilers use.
    public static func message(_ r: Rejection, file: String) -> String {
        "\(file):\(r.line): \(escape(r.reason))"
    }

    /// Writes (replacing) the rejects file when something was rejected; writes nothing otherwise.
    public static func write(_ rejections: [Rejection], to path: String) throws {
        guard !rejections.isEmpty else { return }
        let text = rejections.map(line).joined(separator: "\n") + "\n"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ImportError.cannotWrite(file: path, reason: error.localizedDescription)
        }
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\n")
    }
}
