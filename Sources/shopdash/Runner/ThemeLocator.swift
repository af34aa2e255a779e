import Foundation

/// Where theme files are looked for, in order: the user's own, then the Themes/ folder shipped
/// with the program (next to the binary, or in a parent folder such as the package root).
enum ThemeLocator {
    static func searchDirectories(configDirectory: String) -> [String] {
        var dirs = [configDirectory + "/themes"]
        if let shipped = shippedThemes() { dirs.append(shipped) }
        return dirs
    }

    static func shippedThemes() -> String? {
        let fm = FileManager.default
        var dir = executableURL().deletingLastPathComponent()
        while true {
            // A checkout or build folder has Themes/; an installed prefix (~/.local, /usr/local)
            // has them in share/shopdash/Themes beside its bin/.
            for name in ["Themes", "share/shopdash/Themes"] {
                let candidate = dir.appendingPathComponent(name)
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate.path }
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    private static func executableURL() -> URL {
        #if os(Linux)
        let proc = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if proc.path != "/proc/self/exe" { return proc }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }
}
