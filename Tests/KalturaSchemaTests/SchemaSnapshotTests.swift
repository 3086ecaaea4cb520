import Foundation
import KalturaTestSupport
import Testing
@testable import KalturaSchema

/// A snapshot must read back as exactly the registry the XML gives, and damaged bytes must give a
/// typed error, never a crash or a partial registry.
@Suite struct SchemaSnapshotTests {
    static let documents: [String] = [
        "shared:kaltura-schema-22.15.0.xml", "shared:kaltura-schema-3.3.0.xml", "shared:kaltura-schema-3.1.1.xml",
        "fixture:complete.xml",
    ]

    /// A document with parser diagnostics (a missing name, a bad flag, an unknown element, a bad
    /// limit) and resolution diagnostics (a dangling type, an undefined base, an undeclared error).
    static let imperfect = """
        <?xml version="1.0"?>
        <xml apiVersion="1.0" generatedDate="1">
          <enums><enum enumType="int"><const name="A" value="1"/></enum></enums>
          <classes>
            <class name="KalturaThing" base="KalturaMissingBase" abstract="maybe">
              <property name="size" type="int" minValue="-5" maxValue="1.5e3" maxLength="x"/>
              <property name="other" type="KalturaNowhere"/>
              <surprise/>
            </class>
          </classes>
          <services><service id="thing" name="thing"><action name="get"><result type="KalturaThing"/><throws name="NOPE"/></action></service></services>
        </xml>
        """

    static func url(_ name: String) throws -> URL {
        let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
        return parts[0] == "shared" ? try TestFixtures.sharedSchema(parts[1]) : TestFixtures.fixture(parts[1])
    }

    /// Every public part of two registries, compared field by field (the indexes follow from these).
    static func expectSame(_ loaded: Schema, _ expected: Schema) {
        #expect(loaded.apiVersion == expected.apiVersion)
        #expect(loaded.generatedDate == expected.generatedDate)
        #expect(loaded.enums == expected.enums)
        #expect(loaded.classes == expected.classes)
        #expect(loaded.services == expected.services)
        #expect(loaded.plugins == expected.plugins)
        #expect(loaded.errors == expected.errors)
        #expect(loaded.configurations == expected.configurations)
        #expect(loaded.diagnostics == expected.diagnostics)
        #expect(loaded.unresolvedTypeNames == expected.unresolvedTypeNames)
        #expect(loaded.statistics == expected.statistics)
    }

    @Test(arguments: documents)
    func readsBackTheSameRegistry(_ name: String) throws {
        let schema = try Schema(contentsOf: Self.url(name))
        let snapshot = schema.encodedSnapshot()
        let loaded = try Schema(snapshot: snapshot)
        Self.expectSame(loaded, schema)
        // Lookups work on the rebuilt indexes.
        for service in schema.services.prefix(5) {
            #expect(loaded.service(id: service.id.uppercased())?.id == service.id)
        }
        if let leaf = schema.classes.last {
            #expect(loaded.properties(of: leaf.name) == schema.properties(of: leaf.name))
            #expect(loaded.ancestors(of: leaf.name) == schema.ancestors(of: leaf.name))
        }
        // Writing again gives the same bytes: the format has no hidden state.
        #expect(loaded.encodedSnapshot() == snapshot)
    }

    @Test func isSmallerThanTheDocument() throws {
        let url = try TestFixtures.sharedSchema("kaltura-schema-22.15.0.xml")
        let document = try Data(contentsOf: url)
        let snapshot = try Schema(xml: document).encodedSnapshot()
        #expect(snapshot.count < document.count / 2)
    }

    @Test func keepsParserDiagnosticsAndRedoesResolution() throws {
        let schema = try Schema(xml: Self.imperfect)
        #expect(schema.diagnostics.contains { $0.isFromParsing })
        #expect(schema.diagnostics.contains { !$0.isFromParsing })
        let loaded = try Schema(snapshot: schema.encodedSnapshot())
        #expect(loaded.diagnostics.map(\.description) == schema.diagnostics.map(\.description))
    }

    @Test func refusesForeignBytes() {
        #expect(throws: SchemaSnapshotError.notASnapshot) { try Schema(snapshot: Data()) }
        #expect(throws: SchemaSnapshotError.notASnapshot) { try Schema(snapshot: Schema.demoSchemaXML) }
    }

    @Test func refusesOtherFormatVersions() {
        var bytes = Array(Schema.demo().encodedSnapshot())
        bytes[SchemaSnapshot.signature.count] = 0x7F
        #expect(throws: SchemaSnapshotError.unsupportedFormat(version: 127)) { try Schema(snapshot: Data(bytes)) }
        #expect(SchemaSnapshotError.unsupportedFormat(version: 127).description
            == "schema snapshot format 127 is not supported (this library reads format 1)")
    }

    /// Every prefix through the header and first records, then every 97th length and the last 64:
    /// loading all prefixes is quadratic in the snapshot's size.
    @Test func truncationsAreErrors() {
        let bytes = Array(Schema.demo().encodedSnapshot())
        let lengths = Set(Array(0..<min(1024, bytes.count)) + Array(stride(from: 1024, to: bytes.count, by: 97))
            + Array(max(0, bytes.count - 64)..<bytes.count))
        for length in lengths.sorted() {
            do {
                _ = try Schema(snapshot: Data(bytes[..<length]))
                Issue.record("a snapshot cut to \(length) of \(bytes.count) bytes was accepted")
            } catch {
                // Any typed error will do; the point is that none is accepted and nothing traps.
            }
        }
    }

    /// Damage from a seeded generator, so a failure names a reproducible case.
    @Test(arguments: [UInt64(1), 2, 3])
    func damagedBytesNeverCrash(seed: UInt64) {
        let original = Array(Schema.demo().encodedSnapshot())
        var generator = SeededGenerator(seed: seed)
        var refused = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<3 {
                bytes[Int.random(in: SchemaSnapshot.signature.count..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            // A changed flag or string index may still read; what matters is a typed outcome.
            do { _ = try Schema(snapshot: Data(bytes)) } catch { refused += 1 }
        }
        #expect(refused > 0)
    }

    @Test func trailingBytesAreRefused() {
        let bytes = Schema.demo().encodedSnapshot() + Data([0])
        #expect(throws: SchemaSnapshotError.self) { try Schema(snapshot: bytes) }
    }
}

/// The loader's spelled-out element and attribute names must match the cases they stand for.
@Suite struct InternedNameTests {
    @Test func attributeNamesMatchTheirCases() {
        for key in AttributeKey.allCases { #expect(key.name == "\(key)") }
    }

    @Test func elementNamesMatchTheDocumentFormat() {
        let special: [ElementName: String] = [.enumeration: "enum", .constant: "const", .classDefinition: "class"]
        for element in ElementName.allCases { #expect(element.text == special[element, default: "\(element)"]) }
    }
}
