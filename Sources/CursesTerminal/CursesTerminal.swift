import CNcursesw
import Foundation
import ShopDashboard

/// The ncurses screen: draws Grids (only the cells that changed), reads keys, reports resizes.
/// Not Sendable: every ncurses call happens on the thread that created it.
public final class CursesTerminal {
    public let colorDepth: ColorDepth
    public let glyphs: Glyphs
    /// False under LANG=C and other non-UTF-8 locales, where only ASCII reaches the screen.
    public let isUTF8: Bool
    public private(set) var width: Int
    public private(set) var height: Int

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>?
    private let colors: Int
    private let signals: StopRequest
    private var pairs: ColorPairTable
    private var attributes: [Style: (attr_t, Int32)] = [:]
    private var previous: Grid?
    private var clearBeforeNextDraw = false
    private var closed = false
    private var earlyEmptyReads = 0
    /// Input gone (hang-up, closed tty): reads return at once with nothing, forever.
    public private(set) var inputLost = false

    /// Takes over the terminal. Throws TerminalError when there is none or ncurses cannot drive it.
    public init(mouse: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDOUT_FILENO) != 0 else { throw TerminalError.notATerminal }
        try TerminalProfile.checkTerm(environment["TERM"])
        let codeset = TerminalProfile.adoptUserLocale()
        isUTF8 = TerminalProfile.isUTF8(codeset: codeset)
        glyphs = isUTF8 ? .unicode : .ascii

        // Keys come from the controlling terminal even when stdin is redirected.
        var input: UnsafeMutablePointer<FILE>? = nil
        if isatty(STDIN_FILENO) == 0 {
            input = fopen("/dev/tty", "r")
            if input == nil { throw TerminalError.notATerminal }
        }
        self.input = input

        // SIGTERM, SIGHUP and SIGINT end the run loop, which restores the terminal like a quit.
        signals = StopRequest()
        signals.watch([SIGTERM, SIGHUP, SIGINT], qos: .userInteractive)
        // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting.
        guard let screen = newterm(nil, shim_stdout(), input ?? shim_stdin()) else {
            signals.stopWatching()
            if let input { fclose(input) }
            throw TerminalError.unknownTerminal(environment["TERM"] ?? "")
        }
        self.screen = screen
        set_term(screen)
        window = shim_stdscr()

        raw()           // Ctrl-C and Ctrl-Z arrive as keys; the dashboard decides what they mean
        noecho()
        nonl()
        keypad(window, true)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(25)  // a lone Esc is recognised after 25 ms instead of a full second

        var colorCount = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(shim_colors())
        }
        colors = colorCount
        colorDepth = TerminalProfile.colorDepth(colors: colorCount, environment: environment)
        let pairCapacity = colorDepth == .none ? 0 : Int(shim_color_pairs()) - 1
        pairs = ColorPairTable(capacity: pairCapacity) { number, c in
            init_extended_pair(number, c.fg, c.bg) == OK
        }

        if mouse {
            mousemask(shim_button1_pressed() | shim_button4_pressed() | shim_button5_pressed(), nil)
            mouseinterval(0)
        }
        width = Int(shim_cols())
        height = Int(shim_lines())
        _ = Self.exitRestore
    }

    deinit { close() }

    /// Gives the terminal back: cursor, echo, line mode, the main screen. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        delscreen(screen)
        signals.stopWatching()
        if let input { fclose(input) }
    }

    /// A termination signal (SIGTERM, SIGHUP, SIGINT from `kill`) was received.
    public var terminationSignal: Int32? { signals.signal }

    /// Draws a frame: only cells that differ from the last frame are handed to ncurses, and one
    /// doupdate sends what differs from the screen.
    public func draw(_ grid: Grid) {
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full || clearBeforeNextDraw {
            werase(window)
            if clearBeforeNextDraw { clearok(window, true) }
            clearBeforeNextDraw = false
            previous = nil
        }
        let rows = min(grid.height, height), cols = min(grid.width, width)
        for y in 0..<rows {
            for x in 0..<cols {
                let cell = grid[x, y]
                if let previous, previous[x, y] == cell { continue }
                if cell.isContinuation { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = grid
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = attributes(for: cell.style)
        for (offset, var chars) in CellEncoding.characters(cell.text, utf8: isUTF8,
                                                             maxCombining: Int(shim_cchar_max()) - 1).enumerated() {
            guard x + offset < width else { break }
            _ = shim_put_cell(window, Int32(y), Int32(x + offset), &chars, attrs, pair)
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int32) {
        if let known = attributes[style] { return known }
        let adapted = ColorDegrade.adapt(style, to: colorDepth)
        var attrs = shim_a_normal()
        if adapted.bold { attrs |= shim_a_bold() }
        if adapted.dim { attrs |= shim_a_dim() }
        if adapted.underline { attrs |= shim_a_underline() }
        if adapted.reverse { attrs |= shim_a_reverse() }
        let fg = CellEncoding.colorIndex(adapted.fg, colors: colors)
        let bg = CellEncoding.colorIndex(adapted.bg, colors: colors)
        let pair = colorDepth == .none ? 0 : pairs.pair(for: .init(fg: fg, bg: bg))
        attributes[style] = (attrs, pair)
        return (attrs, pair)
    }

    /// The next key, or nil after `timeoutMs` without one. A resize is reported as `.resize`
    /// after the terminal's size was updated; the next draw repaints everything.
    public func readKey(timeoutMs: Int) -> Key? {
        wtimeout(window, Int32(max(0, timeoutMs)))
        let started = DispatchTime.now().uptimeNanoseconds
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR {
            noteEmptyRead(started: started, timeoutMs: timeoutMs)
            return nil
        }
        earlyEmptyReads = 0
        let isKeyCode = result == KEY_CODE_YES
        if isKeyCode && Int32(code) == KEY_RESIZE {
            width = Int(shim_cols())
            height = Int(shim_lines())
            previous = nil
            return .resize
        }
        if isKeyCode && Int32(code) == KEY_MOUSE { return mouseKey() }
        return KeyDecoder.key(code: UInt32(code), isKeyCode: isKeyCode)
    }

    /// A read that gives up long before its timeout means the input is gone; after many in a row
    /// the loop is told so it can exit instead of spinning.
    private func noteEmptyRead(started: UInt64, timeoutMs: Int) {
        guard timeoutMs >= 20 else { return }
        let elapsedMs = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        if elapsedMs < timeoutMs / 4 {
            earlyEmptyReads += 1
            if earlyEmptyReads >= 50 { inputLost = true }
        } else {
            earlyEmptyReads = 0
        }
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & shim_button4_pressed() != 0 { return .wheelUp }
        if event.bstate & shim_button5_pressed() != 0 { return .wheelDown }
        if event.bstate & shim_button1_pressed() != 0 { return .mouseClick(x: Int(event.x), y: Int(event.y)) }
        return nil
    }

    /// Stops the process like Ctrl-Z in a shell would, with the terminal given back meanwhile;
    /// returns after `fg` with the whole screen due for a repaint. Raw mode turns Ctrl-Z into a
    /// key, so the stop is raised here, on this thread with SIGTSTP unblocked and at its default
    /// action: raise() then returns only once the shell continues the process.
    public func suspend() {
        endwin()
        let previousAction = signal(SIGTSTP, SIG_DFL)
        var stopOnly = sigset_t()
        var previousMask = sigset_t()
        sigemptyset(&stopOnly)
        sigaddset(&stopOnly, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stopOnly, &previousMask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        signal(SIGTSTP, previousAction)
        invalidate()
    }

    public func bell() { beep() }

    public func flash() { CNcursesw.flash() }

    /// Repaints the whole screen on the next draw (after something else scribbled on it).
    public func invalidate() {
        clearBeforeNextDraw = true
    }

    /// If the process exits some other way (an uncaught error path calling exit), the terminal
    /// is still handed back. endwin on a screen already ended does nothing harmful.
    private static let exitRestore: Void = {
        atexit {
            if !isendwin() { endwin() }
        }
    }()
}
