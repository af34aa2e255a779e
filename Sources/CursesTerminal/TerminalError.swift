/// Why the dashboard cannot take over this terminal. Each message tells the user what to do instead.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard output is a file or a pipe: ncurses would write escape sequences into it.
    case notATerminal
    case termNotSet
    /// TERM=dumb has no cursor addressing.
    case dumbTerminal
    /// ncurses has no terminfo entry for TERM.
    case unknownTerminal(String)
    case cannotStart(String)

    public var description: String {
        let hint = "use `shopdash snapshot` for a plain-text view of the dashboard"
        switch self {
        case .notATerminal:
            return "standard output is not a terminal; \(hint)"
        case .termNotSet:
            return "TERM is not set, so the terminal type is unknown; set it (e.g. TERM=xterm-256color) or \(hint)"
        case .dumbTerminal:
            return "TERM=dumb cannot move the cursor; set TERM to your terminal (e.g. xterm-256color, screen, vt100) or \(hint)"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term) (no terminfo entry); try TERM=xterm-256color or vt100, or \(hint)"
        case .cannotStart(let why):
            return "cannot start the terminal: \(why); \(hint)"
        }
    }
}
