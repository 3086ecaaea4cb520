// swift-tools-version: 6.0
// The fuzz targets: a package of its own, so the main package's `swift build` and `swift test`
// never see them. Build and run them with `bash Fuzz/run.sh` (libFuzzer + AddressSanitizer,
// `-enable-testing` so the emulator's internal request decoder, the client's response reader and
// KalturaCore's `package` form reader can be reached through `@testable import`).
import PackageDescription

/// The main package, by path; its products are referred to by this name.
let main = "kaltura-swift"

/// A libFuzzer executable: `main.swift` hands its `LLVMFuzzerTestOneInput` to the driver.
func fuzzTarget(_ name: String, path: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: main) },
        path: "Sources/\(path)"
    )
}

let package = Package(
    name: "kaltura-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: main, path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        fuzzTarget("fuzz-json", path: "FuzzJSON", ["KalturaCore"]),
        fuzzTarget("fuzz-form", path: "FuzzForm", ["KalturaCore"]),
        fuzzTarget("fuzz-request", path: "FuzzRequest", ["KalturaEmulator"]),
        fuzzTarget("fuzz-schema-xml", path: "FuzzSchemaXML", ["KalturaSchema"]),
        fuzzTarget("fuzz-schema-snapshot", path: "FuzzSchemaSnapshot", ["KalturaSchema"]),
        fuzzTarget("fuzz-session-token", path: "FuzzSessionToken", ["KalturaCore"]),
        fuzzTarget("fuzz-http-response", path: "FuzzHTTPResponse", ["Kaltura"]),
    ]
)
