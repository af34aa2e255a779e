// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "shopdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shopdash", targets: ["shopdash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // Test-only: a small HTTP server that plays the remote coupon systems on 127.0.0.1.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // Domain values and the snapshot types shared by the store and the dashboard.
        // It asks CTextWidth which scalars no terminal can print, for the one escaping rule.
        .target(name: "ShopModel", dependencies: ["CTextWidth"]),
        // wcwidth in a fixed UTF-8 locale: the widths ncurses uses, the same in every process.
        .target(name: "CTextWidth"),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only module that speaks SQL.
        .target(
            name: "ShopStore",
            dependencies: [
                "ShopModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Senders: the only HTTP in shopdash. They deliver the coupon outbox's changes to WeChat Pay
        // or the shop's backend, signed, and report back how each one ended.
        .target(
            name: "CouponSenders",
            dependencies: [
                "ShopModel", "ShopStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The demo shop: seeded, believable history and live selling, as plain events.
        .target(name: "ShopDemo", dependencies: ["ShopModel"]),
        // Pure UI: grid, widgets, panes, update. No I/O besides reading theme files.
        .target(
            name: "ShopDashboard",
            dependencies: ["ShopModel", "CTextWidth", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The only module that talks to ncurses.
        .target(name: "CursesTerminal", dependencies: ["ShopDashboard", "CNcursesw"]),
        .executableTarget(
            name: "shopdash",
            dependencies: [
                "ShopModel", "ShopStore", "ShopDashboard", "CursesTerminal", "ShopDemo", "CouponSenders",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .testTarget(name: "ShopModelTests", dependencies: ["ShopModel"]),
        .testTarget(
            name: "ShopStoreTests",
            dependencies: ["ShopStore", "ShopModel", "ShopDemo"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ShopDashboardTests",
            dependencies: ["ShopDashboard", "ShopModel", "ShopDemo"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "CouponSendersTests",
            dependencies: [
                "CouponSenders", "ShopStore", "ShopModel",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .testTarget(name: "ShopDemoTests", dependencies: ["ShopDemo", "ShopModel"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ShopDashboard"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ShopModel", "ShopDemo"]),
    ],
    swiftLanguageModes: [.v6]
)
