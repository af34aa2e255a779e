import CNcursesw
import Foundation

extension TerminalProfile {
    /// Adopts the user's locale (LANG, LC_ALL) and returns its character set, e.g. "UTF-8".
    public static func adoptUserLocale() -> String {
        setlocale(LC_ALL, "")
        return String(cString: shim_codeset())
    }
}
