/// Fills the `{0}`, `{1}` ... of a localized text with its arguments, the one way every string
/// table does it. `{0:s}` is an English plural ending: "s" unless argument 0 reads "1", so
/// "{0} alert{0:s}" says "1 alert" and "2 alerts".
enum Template {
    static func fill(_ template: String, _ args: [String]) -> String {
        var text = template
        for (i, arg) in args.enumerated() {
            text = text.replacingOccurrences(of: "{\(i):s}", with: arg == "1" ? "" : "s")
            text = text.replacingOccurrences(of: "{\(i)}", with: arg)
        }
        return text
    }
}
