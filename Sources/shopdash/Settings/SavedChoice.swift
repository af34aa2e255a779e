import Foundation
import ShopDashboard

/// Keeps a theme or language chosen in the dashboard in config.toml, next to what the operator wrote there.
enum SavedChoice {
    static func save(_ key: String, _ value: String, path: String) throws {
        let manager = FileManager.default
        var text = ""
        if manager.fileExists(atPath: path) {
            guard let data = manager.contents(atPath: path), let read = String(data: data, encoding: .utf8) else {
                throw ConfigError(file: path, key: key, reason: "cannot be read, the choice is not kept")
            }
            text = read
        } else {
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
        }
        let updated = ConfigLines.setting(key, to: value, in: text)
        guard updated != text else { return }
        // Written in place, not renamed over: the file keeps its owner and mode, which decide
        // whether its [roles] table is honoured.
        do {
            try Data(updated.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw ConfigError(file: path, key: key, reason: "cannot be written, the choice is not kept")
        }
    }
}
