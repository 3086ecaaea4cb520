// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kaltura-swift",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "KalturaSchema", targets: ["KalturaSchema"]),
        // KalturaCore is also a product so the fuzz package (Fuzz/) can reach the wire formats
        // and sessions without the client; `import Kaltura` re-exports it for users.
        .library(name: "KalturaCore", targets: ["KalturaCore"]),
        .library(name: "Kaltura", targets: ["Kaltura"]),
        .library(name: "KalturaEmulator", targets: ["KalturaEmulator"]),
        .executable(name: "kaltura", targets: ["kaltura"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // zlib for gzip and deflate response bodies on the socket transport (the system's; part of
        // every macOS SDK).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libedit (BSD) for `kaltura shell`'s line editing, history and Tab completion.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "KalturaSchema",
            dependencies: ["CLibXML2"],
            resources: [.embedInCode("Resources/demo-schema.xml")]
        ),
        // Values, wire formats, sessions and redaction: what the client and the emulator share.
        // It must never import FoundationNetworking, so the emulator does not link libcurl.
        .target(
            name: "KalturaCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "Kaltura",
            dependencies: [
                "KalturaCore",
                "KalturaSchema",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                "CZlib",
            ]
        ),
        .target(
            name: "KalturaEmulator",
            dependencies: [
                "CSQLite",
                "KalturaCore",
                "KalturaSchema",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // `kaltura shell`'s Tab completion over a schema: a library apart from libedit, so tests and
        // kaltura-benchmarks can reach it.
        .target(
            name: "KalturaCompletion",
            dependencies: ["KalturaSchema"]
        ),
        .executableTarget(
            name: "kaltura",
            dependencies: [
                "CLibEdit",
                "KalturaCompletion",
                "KalturaSchema",
                "Kaltura",
                "KalturaEmulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "kaltura-benchmarks",
            dependencies: ["Kaltura", "KalturaCompletion", "KalturaSchema"]
        ),
        .executableTarget(
            name: "kaltura-quickstart",
            dependencies: ["Kaltura"],
            path: "Examples/QuickStart"
        ),
        .executableTarget(
            name: "kaltura-schema-benchmark",
            dependencies: ["KalturaSchema"]
        ),
        .target(
            name: "KalturaTestSupport",
            dependencies: ["KalturaSchema"],
            path: "Tests/KalturaTestSupport"
        ),
        .testTarget(
            name: "KalturaCLITests",
            dependencies: ["kaltura", "KalturaCompletion", "KalturaSchema", "KalturaTestSupport"]
        ),
        .testTarget(
            name: "KalturaSchemaTests",
            dependencies: ["KalturaSchema", "KalturaTestSupport"]
        ),
        .testTarget(
            name: "KalturaTests",
            dependencies: ["Kaltura", "KalturaCore", "KalturaSchema", "KalturaEmulator", "KalturaTestSupport"]
        ),
        .testTarget(
            name: "KalturaEmulatorTests",
            dependencies: ["KalturaEmulator", "Kaltura", "KalturaSchema", "KalturaTestSupport",
                           .product(name: "OrderedCollections", package: "swift-collections")]
        ),
    ]
)
