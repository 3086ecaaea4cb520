import Foundation
import KalturaTestSupport
import Testing
@testable import KalturaSchema

/// Schemas come off the network from servers we do not control. Each bad document gets a typed
/// error that says what is wrong and where; none crashes, expands entities, or touches the file system.
@Suite struct HostileInputTests {
    private func loadError(_ text: String) -> SchemaLoadError? {
        do {
            _ = try Schema(xml: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyAndWhitespaceBodies() {
        #expect(loadError("") == .emptyDocument)
        #expect(loadError("  \n\t ") == .emptyDocument)
        #expect(loadError("\u{FEFF}") == .emptyDocument)
        #expect(SchemaLoadError.emptyDocument.description == "the schema document is empty")
    }

    @Test func htmlErrorPageFromAProxy() {
        let page = """
            <!DOCTYPE html>
            <html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>
            """
        let error = loadError(page)
        #expect(error == .htmlDocument(title: "502 Bad Gateway"))
        #expect(error?.description == "the schema document is an HTML page (title: \"502 Bad Gateway\"), not a Kaltura API schema; check the service URL")
        #expect(loadError("<html><body>oops</body></html>") == .htmlDocument(title: nil))
    }

    @Test func truncatedDocumentReportsWhere() throws {
        let whole = try String(contentsOf: TestFixtures.fixture("complete.xml"), encoding: .utf8)
        let truncated = String(whole.prefix(whole.count / 2))
        guard case .malformedXML(let message, let line, _)? = loadError(truncated) else {
            Issue.record("expected malformedXML, got \(String(describing: loadError(truncated)))")
            return
        }
        #expect(line > 1)
        #expect(!message.isEmpty)
    }

    @Test func notXMLAtAll() {
        guard case .malformedXML(_, let line, let column)? = loadError("{\"objectType\":\"KalturaAPIException\"}") else {
            Issue.record("expected malformedXML")
            return
        }
        #expect(line == 1)
        #expect(column >= 1)
    }

    @Test func wrongRootElement() {
        #expect(loadError("<?xml version=\"1.0\"?>\n<schema><enums/></schema>") == .unexpectedRootElement(name: "schema", line: 2))
        #expect(loadError("<?xml version=\"1.0\"?>\n<schema/>")?.description
                == "the schema's root element is <schema> at line 2; a Kaltura API schema starts with <xml>")
    }

    @Test func entityExpansionBombIsRefusedQuickly() {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [\n<!ENTITY a0 \"boom\">\n"
        for level in 1...30 {
            let previous = "&a\(level - 1);"
            document += "<!ENTITY a\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        document += "]>\n<xml apiVersion=\"&a30;\"><enums><enum name=\"&a30;\" enumType=\"int\"/></enums></xml>"
        let started = ContinuousClock.now
        #expect(loadError(document) == .documentTypeDeclaration(line: 2))
        // Not a timing assertion on speed, just proof that nothing was expanded: 10^30 copies never finish.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-VALUE".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE xml [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <xml apiVersion="&leak;"><enums/></xml>
            """
        let error = loadError(document)
        #expect(error == .documentTypeDeclaration(line: 2))
        #expect(!(error?.description.contains("TOP-SECRET") ?? true))
        // An undeclared entity without a DTD is an XML error, not an expansion.
        guard case .malformedXML(let message, _, _)? = loadError("<xml apiVersion=\"&leak;\"/>") else {
            Issue.record("expected malformedXML")
            return
        }
        #expect(message.contains("leak"))
    }

    @Test func absurdNestingIsRefused() {
        let depth = 100_000
        let document = "<xml>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</xml>"
        guard case .nestingTooDeep(let limit, _)? = loadError(document) else {
            Issue.record("expected nestingTooDeep, got \(String(describing: loadError(document)))")
            return
        }
        #expect(limit == SchemaDocumentParser.maximumDepth)
    }

    @Test func oversizedDocumentIsRefusedBeforeParsing() {
        let data = Data(repeating: 0x20, count: 2048)
        #expect(throws: SchemaLoadError.documentTooLarge(bytes: 2048, limit: 1024)) {
            try Schema(xml: data, maximumSize: 1024)
        }
    }

    @Test func missingFileSaysSo() {
        let url = URL(fileURLWithPath: "/nonexistent/kaltura/schema.xml")
        #expect(throws: SchemaLoadError.unreadableFile(path: "/nonexistent/kaltura/schema.xml", reason: "no such file")) {
            try Schema(contentsOf: url)
        }
    }

    @Test func missingNamesAndOddFlagsBecomeDiagnostics() throws {
        let schema = try Schema(xml: """
            <xml><classes><class description="nameless"><property type="string" readOnly="maybe"/></class></classes>
            <services><service name="noid"><action name="go"><param type="int"/><result/></action></service></services></xml>
            """)
        #expect(schema.classes.count == 1)
        #expect(schema.services.count == 1)
        #expect(schema.apiVersion == nil)
        #expect(schema.generatedDate == nil)
        let descriptions = schema.diagnostics.map(\.description)
        #expect(descriptions.contains("line 1: <class> has no name attribute"))
        #expect(descriptions.contains("line 1: <property> has no name attribute"))
        #expect(descriptions.contains("line 1: <property> readOnly=\"maybe\" is not understood; the default was used"))
        #expect(descriptions.contains("line 2: <service> has no id attribute"))
        #expect(descriptions.contains("line 2: <param> has no name attribute"))
    }

    @Test func duplicateDefinitionsKeepTheFirstAndSaySo() throws {
        let schema = try Schema(xml: """
            <xml><enums><enum name="KalturaX" enumType="int"><const name="A" value="1"/></enum>
            <enum name="KalturaX" enumType="string"/></enums>
            <services><service id="s" name="s"><action name="a"><result type="bool"/></action></service></services></xml>
            """)
        #expect(schema.enums.count == 2)
        #expect(schema.enumeration(named: "KalturaX")?.base == .int)
        #expect(schema.diagnostics == [.init(.duplicateDefinition(kind: "enum", name: "KalturaX"))])
    }

    @Test func inheritanceCycleIsCut() throws {
        let schema = try Schema(xml: """
            <xml><classes><class name="KalturaA" base="KalturaB"><property name="a" type="int"/></class>
            <class name="KalturaB" base="KalturaA"><property name="b" type="int"/></class></classes>
            <services><service id="s" name="s"><action name="a"><result type="bool"/></action></service></services></xml>
            """)
        #expect(schema.diagnostics.contains { if case .inheritanceCycle = $0.kind { true } else { false } })
        // Both classes still resolve their properties, and lookups terminate.
        #expect(!schema.properties(of: "KalturaA").isEmpty)
        #expect(!schema.isClass("KalturaA", kindOf: "KalturaC"))
        _ = schema.descendants(of: "KalturaA")
    }
}

/// Character and entity references in attributes decode exactly once.
@Suite struct AttributeDecodingTests {
    /// A schema must declare a service to load.
    static let oneService = #"<services><service id="s" name="s"><action name="a"><result type="bool"/></action></service></services>"#

    @Test func referencesDecodeOnce() throws {
        let schema = try Schema(xml: #"<xml><errors><error name="E" code="E" message="a &amp;#38; b &amp; c &lt;&gt; &#10;&#x263A; &quot;"/></errors>"# + Self.oneService + "</xml>")
        #expect(schema.error(named: "E")?.message == "a &#38; b & c <> \n☺ \"")
    }
}
