import Foundation
import Testing

/// `--help` as an 80-column terminal shows it: examples stay whole commands, never wrapped mid-way.
extension EndToEnd {
    @Suite struct CliHelpTests {
        static let commands = [[], ["dashboard"], ["snapshot"], ["orders", "show"], ["orders", "find"], ["export"],
                               ["check"], ["ingest"], ["import", "csv"], ["demo"], ["coupons"], ["coupons", "create"],
                               ["audit"], ["stats"]]

        @Test func examplesAreNeverWrappedMidCommand() throws {
            for command in Self.commands {
                let help = try CliRunner.run(command + ["--help"], environment: ["COLUMNS": "80"])
                let head = help.stdout.components(separatedBy: "\nUSAGE:")[0]
                let lines = head.split(separator: "\n", omittingEmptySubsequences: false)
                for (i, line) in lines.enumerated() where i > 0 {
                    let previous = lines[i - 1]
                    let example = previous.hasPrefix("  shopdash") || previous.hasPrefix("    ")
                    // After an example that does not continue with "\", the next line is another example or a break.
                    #expect(!example || previous.hasSuffix("\\") || line.isEmpty || line.hasPrefix("  "),
                            "\(command): a wrapped example line: \(line)")
                    #expect(line.count <= 80, "\(command): \(line)")
                }
            }
        }
    }
}
