import Foundation
import KalturaTestSupport
import Testing
@testable import KalturaSchema

/// Loads the three real schemas from Kaltura servers (2011, 2016, 2026) and checks the counts
/// `SOURCES.md` gives for them.
@Suite struct RealSchemaTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var apiVersion: String
        var generatedDate: String
        var statistics: SchemaStatistics
        var unresolvedNames: [String]?
        var hasConfigurations: Bool
        var description: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(
            file: "kaltura-schema-22.15.0.xml", apiVersion: "22.15.0", generatedDate: "1773236791",
            statistics: SchemaStatistics(enums: 312, consts: 3784, classes: 674, properties: 2848, services: 111,
                                         actions: 884, params: 1583, plugins: 37, errors: 653, throwsEntries: 780,
                                         unresolved: 136),
            unresolvedNames: nil, hasConfigurations: true),
        Expectation(
            file: "kaltura-schema-3.3.0.xml", apiVersion: "3.3.0", generatedDate: "1458231650",
            statistics: SchemaStatistics(enums: 418, consts: 3279, classes: 931, properties: 3658, services: 94,
                                         actions: 656, params: 1156, plugins: 53, errors: 0, throwsEntries: 0,
                                         unresolved: 0),
            unresolvedNames: [], hasConfigurations: true),
        Expectation(
            file: "kaltura-schema-3.1.1.xml", apiVersion: "3.1.1", generatedDate: "1296067642",
            statistics: SchemaStatistics(enums: 154, consts: 1243, classes: 296, properties: 1599, services: 57,
                                         actions: 606, params: 1488, plugins: 12, errors: 0, throwsEntries: 0,
                                         unresolved: 1),
            unresolvedNames: ["KalturaAdminUser"], hasConfigurations: false),
    ]

    @Test(arguments: expectations)
    func countsMatchSources(_ expected: Expectation) throws {
        let schema = try Schema(contentsOf: TestFixtures.sharedSchema(expected.file))
        #expect(schema.apiVersion == expected.apiVersion)
        #expect(schema.generatedDate == expected.generatedDate)
        #expect(schema.statistics == expected.statistics)
        if let names = expected.unresolvedNames {
            #expect(schema.unresolvedTypeNames == names)
        }
        #expect(!schema.configurations.isEmpty == expected.hasConfigurations)
    }

    @Test func danglingReferencesOf2026SchemaAreReportedNotFatal() throws {
        let schema = try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-22.15.0.xml"))
        // Named in SOURCES.md as referenced but never defined.
        for name in ["KalturaMetadata", "KalturaCuePoint", "KalturaCaptionAsset", "KalturaAnnotationListResponse",
                     "KalturaCuePointStatus", "KalturaMediaEsearchExportToCsvJobData", "KalturaBulkServiceData"] {
            #expect(schema.unresolvedTypeNames.contains(name), "\(name)")
        }
        #expect(!schema.unresolvedTypeNames.contains(Schema.objectBaseClassName))
        // Services whose types dangle are kept and callable.
        let metadataGet = try #require(schema.service(plugin: "metadata", name: "metadata")?.action(named: "get"))
        #expect(metadataGet.result == .unresolved("KalturaMetadata"))
        let exportToCsv = try #require(schema.action("exportToCsv", ofService: "media"))
        #expect(exportToCsv.parameters.contains { $0.type == .unresolved("KalturaMediaEsearchExportToCsvJobData") })
        // Each dangling name is listed once as a diagnostic, with where it was referenced.
        let unresolvedDiagnostics = schema.diagnostics.compactMap { diagnostic -> (String, [String])? in
            if case .unresolvedType(let name, let places) = diagnostic.kind { return (name, places) }
            return nil
        }
        #expect(unresolvedDiagnostics.count == 136)
        let cuePoint = try #require(unresolvedDiagnostics.first { $0.0 == "KalturaCuePoint" })
        #expect(!cuePoint.1.isEmpty)
        // SOURCES.md: three <throws> names have no <error> entry.
        let undeclared = schema.diagnostics.filter { if case .undeclaredError = $0.kind { return true } else { return false } }
        #expect(Set(undeclared.map { diagnostic -> String in
            if case .undeclaredError(let name, _) = diagnostic.kind { return name } else { return "" }
        }).count == 3)
    }

    @Test func lookupsOnThe2026Schema() throws {
        let schema = try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-22.15.0.xml"))
        // Service ids are case-insensitive, like the server's.
        #expect(schema.service(id: "MEDIA")?.id == "media")
        #expect(schema.service(id: "metadata_MetadataProfile")?.name == "metadataProfile")
        #expect(schema.service(plugin: "Metadata", name: "metadataprofile")?.id == "metadata_metadataprofile")
        #expect(schema.service(id: "nosuchservice") == nil)

        let list = try #require(schema.action("list", ofService: "media"))
        #expect(list.parameters.map(\.name) == ["filter", "pager"])
        #expect(list.parameters[0].type == .object("KalturaMediaEntryFilter"))
        #expect(list.parameters[0].isOptional)
        #expect(list.result == .object("KalturaMediaListResponse"))

        // Inheritance: KalturaMediaEntry sees KalturaBaseEntry's properties first.
        let properties = schema.properties(of: "KalturaMediaEntry")
        #expect(properties.first?.name == "id")
        #expect(properties.first?.declaringClass == "KalturaBaseEntry")
        #expect(schema.property("mediaType", of: "KalturaMediaEntry")?.type
                == .enumeration(name: "KalturaMediaType", base: .int))
        #expect(schema.property("name", of: "KalturaMediaEntry")?.declaringClass == "KalturaBaseEntry")
        #expect(schema.property("createdAt", of: "KalturaMediaEntry")?.isTime == true)
        #expect(schema.property("id", of: "KalturaMediaEntry")?.isReadOnly == true)
        #expect(schema.isClass("KalturaMediaEntry", kindOf: "KalturaBaseEntry"))
        #expect(schema.isClass("KalturaMediaEntry", kindOf: "KalturaObjectBase"))
        #expect(!schema.isClass("KalturaBaseEntry", kindOf: "KalturaMediaEntry"))
        #expect(schema.descendants(of: "KalturaBaseEntry").contains("KalturaMediaEntry"))
        #expect(schema.directSubclasses(of: "KalturaPlayableEntry").contains("KalturaMediaEntry"))

        // Enums by name and by raw value; string enums keep dotted plugin values.
        let status = try #require(schema.enumeration(named: "KalturaEntryStatus"))
        #expect(status.base == .string)
        #expect(status.constant(named: "READY")?.value == "2")
        #expect(status.constant(withValue: "7")?.name == "NO_CONTENT")
        #expect(status.constants.contains { $0.value.contains(".") })
        #expect(schema.enumeration(named: "KalturaMediaType")?.base == .int)

        // The error catalogue fills templates.
        let notFound = try #require(schema.error(named: "ENTRY_ID_NOT_FOUND"))
        #expect(notFound.parameters == ["ENTRY_ID"])
        #expect(notFound.message(arguments: ["ENTRY_ID": "0_abc"]) == "Entry id \"0_abc\" not found")

        // Configurations with alias and volatile.
        let request = try #require(schema.configurations.first { $0.name == "request" })
        #expect(request.typeName == "KalturaRequestConfiguration")
        #expect(request.settings.first { $0.name == "ks" }?.alias == "sessionId")
        #expect(request.settings.first { $0.name == "responseProfile" }?.isVolatile == true)
    }

    @Test func oldSchemaWithoutConfigurationsLoads() throws {
        let schema = try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-3.1.1.xml"))
        #expect(schema.configurations.isEmpty)
        #expect(schema.service(id: "media")?.action(named: "list") != nil)
        #expect(schema.enumeration(named: "KalturaEntryStatus")?.constant(named: "READY")?.value == "2")
        // Every action is enabled in multirequest when the attribute is absent.
        #expect(schema.services.allSatisfy { $0.actions.allSatisfy { action in action.isEnabledInMultiRequest } })
    }
}
