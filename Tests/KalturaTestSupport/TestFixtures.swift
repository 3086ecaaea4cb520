import Foundation
import KalturaSchema

/// Where every test target finds its files: the project's own `Fixtures/`, the real schemas in
/// `../shared/fixtures/schema`, and the built `kaltura` executable.
///
/// A missing `../shared` fails the tests that read a real schema, each with ``MissingFixture``
/// naming the path, while the other tests run (`.ci/run` also refuses to start without it).
public enum TestFixtures {
    /// The package's root folder.
    public static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A schema the project writes itself, in `Fixtures/schemas`.
    public static func fixture(_ name: String) -> URL {
        projectRoot.appendingPathComponent("Fixtures/schemas").appendingPathComponent(name)
    }

    /// The bundled demo schema's file.
    public static var demoSchema: URL {
        projectRoot.appendingPathComponent("Sources/KalturaSchema/Resources/demo-schema.xml")
    }

    /// A real schema in `../shared/fixtures/schema`, such as `kaltura-schema-22.15.0.xml`.
    ///
    /// - Throws: ``MissingFixture`` when the file is not there.
    public static func sharedSchema(_ name: String) throws(MissingFixture) -> URL {
        let url = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/schema")
            .appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw MissingFixture(path: url.path) }
        return url
    }

    /// The real 22.15.0 schema, loaded once per test process.
    public static func realSchema() throws -> Schema {
        try loadedSharedSchema("kaltura-schema-22.15.0.xml")
    }

    /// A real schema, loaded once per test process.
    public static func loadedSharedSchema(_ name: String) throws -> Schema {
        if let schema = cache.withLock({ $0[name] }) { return schema }
        let schema = try Schema(contentsOf: sharedSchema(name))
        cache.withLock { $0[name] = schema }
        return schema
    }

    private static let cache = LockedDictionary()

    /// The `kaltura` executable beside the test bundle (SwiftPM builds both into one products folder).
    public static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("kaltura")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return projectRoot.appendingPathComponent(".build/debug/kaltura")
    }
}

/// A fixture file the tests need is missing.
public struct MissingFixture: Error, Equatable, CustomStringConvertible {
    /// The path that was looked for.
    public let path: String

    /// An error for the fixture missing at `path`.
    public init(path: String) {
        self.path = path
    }

    public var description: String {
        "\(path) is missing: the tests that read the real schemas need ../shared beside the project (see the README)"
    }
}

/// Loaded schemas by file name, shared by concurrent tests.
private final class LockedDictionary: @unchecked Sendable {
    private let lock = NSLock()
    private var schemas: [String: Schema] = [:]

    func withLock<Result>(_ body: (inout [String: Schema]) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&schemas)
    }
}
