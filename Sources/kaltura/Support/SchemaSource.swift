import ArgumentParser
import Foundation
import KalturaSchema

/// Loads the schema a command names, or the bundled demo schema when it names none,
/// turning load failures into a message on stderr and a non-zero exit.
enum SchemaSource {
    static func load(path: String?) throws -> Schema {
        guard let path else { return Schema.demo() }
        do {
            return try Schema(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }
}
