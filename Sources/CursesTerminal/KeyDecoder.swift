import CNcursesw
import ShopDashboard

/// Turns what wget_wch returned into a dashboard Key. Kept apart from the terminal so the
/// mapping is checked against ncurses' own key numbers without a screen.
public enum KeyDecoder {
    /// `code` is the value wget_wch stored; `isKeyCode` is true when it returned KEY_CODE_YES
    /// (a function key) rather than OK (a character). Nil for codes the dashboard has no use for.
    public static func key(code: UInt32, isKeyCode: Bool) -> Key? {
        isKeyCode ? functionKey(Int32(bitPattern: code)) : character(code)
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        default:
            let f0 = Int32(shim_key_f0())
            if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
            return nil
        }
    }

    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26:
            // Ctrl-A is 1 ... Ctrl-Z is 26; raw mode delivers Ctrl-C here instead of raising SIGINT.
            return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            // C1 controls never reach the app as text.
            if (0x80..<0xA0).contains(code) { return nil }
            return .char(Character(scalar))
        }
    }
}
