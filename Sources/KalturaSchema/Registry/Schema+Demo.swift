#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Schema {
    /// The bytes of the bundled demo schema: a small, self-consistent subset of API v3 in the real
    /// format (system, session, media, baseEntry, category, uploadToken and the metadata plugin).
    /// It is compiled into the binary, so it is always there.
    public static var demoSchemaXML: Data { Data(PackageResources.demo_schema_xml) }

    /// The bundled demo schema, loaded.
    public static func demo() -> Schema {
        do {
            return try Schema(xml: demoSchemaXML)
        } catch {
            preconditionFailure("the bundled demo schema does not load: \(error)")
        }
    }
}
