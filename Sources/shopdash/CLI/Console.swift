import Foundation

/// Where commands write: stdout for results, stderr for diagnostics and prompts.
enum Console {
    /// Prints lines of plain text, each cleaned of anything that could drive the terminal.
    static func out(_ line: String) {
        print(PlainText.clean(line))
    }

    /// Prints trusted text as is (JSON, whose escaping already covers control characters).
    static func raw(_ text: String) {
        print(text)
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((PlainText.clean(line) + "\n").utf8))
    }

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Asks a yes/no question on the terminal; anything but y or yes is no.
    static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data((PlainText.clean(question) + " [y/N] ").utf8))
        guard let answer = readLine(strippingNewline: true) else { return false }
        let a = answer.trimmingCharacters(in: .whitespaces).lowercased()
        return a == "y" || a == "yes"
    }
}
