import Foundation

/// The size of the terminal standard output goes to, without starting ncurses.
enum TerminalSize {
    static func ofStandardOutput() -> (width: Int, height: Int)? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}
