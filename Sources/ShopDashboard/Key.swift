/// A key press (or terminal event) as the dashboard sees it, whatever the backend.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower-case ("c" for Ctrl-C).
    case ctrl(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace, delete
    case pageUp, pageDown, home, end
    case function(Int)
    /// The terminal changed size.
    case resize
    case mouseClick(x: Int, y: Int)
    case wheelUp, wheelDown
}
