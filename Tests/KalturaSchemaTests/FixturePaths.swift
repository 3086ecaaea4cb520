import Foundation

/// Where the tests find schema files: the project's own `Fixtures/` and the shared real schemas.
enum FixturePaths {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        projectRoot.appendingPathComponent("Fixtures/schemas").appendingPathComponent(name)
    }

    /// The real schemas in `../shared/fixtures/schema`. CI guarantees the folder; `.ci/run` fails if it is missing.
    static func sharedSchema(_ name: String) -> URL {
        projectRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/schema").appendingPathComponent(name)
    }
}
