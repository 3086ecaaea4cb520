import Foundation
import Kaltura
import KalturaSchema
import KalturaTestSupport
import Logging
import Testing

/// The requests the client sends to servers of each era: the URL, the content type and the body
/// bytes, for single calls (a nested object, a null, an empty array, a file), a serve URL and a
/// multirequest with a dependency; and how the wire is chosen from a schema or set by hand.
@Suite("Era wire requests")
struct EraWireRequestTests {
    static let settings = KalturaRequestConfiguration(ks: "KS1", partnerId: 7)

    private func client(_ wire: KalturaWire, schema: Schema = Schema.demo(),
                        transport: any KalturaTransport = FakeTransport(body: "null"),
                        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })) -> KalturaClient {
        let client = KalturaClient(
            configuration: .init(partnerId: 7, serviceURL: URL(string: "https://www.kaltura.com")!, clientTag: "swift-test",
                                 schemaSource: .schema(schema), wire: wire, http: .init(transport: transport), logger: logger),
            schema: schema)
        client.requestConfiguration = Self.settings
        return client
    }

    // MARK: - Which wire each era reads

    @Test func eachEraGetsTheWireItReads() {
        let formats = KalturaServerEra.all.map { KalturaWireFormat(era: $0) }
        // Up to Jupiter-10.20.0 forms only; 10.21.0 reads JSON but redirects service/X/action/Y
        // (a POST would lose its body); Kajam-11.0.0 answers that path itself.
        #expect(formats == Array(repeating: .form, count: 6)
                + [KalturaWireFormat(body: .json, endpoint: .indexScript), .json])
        #expect(KalturaWireFormat.json.description == "json to /api_v3/service/X/action/Y")
        #expect(KalturaWireFormat.form.description == "form to /api_v3/index.php?service=X&action=Y")
    }

    // MARK: - A call with a nested object, a null and an empty array

    static let shapeCall = KalturaCall("shape.add", parameters: [
        "shape": ["name": "Box", "color": nil, "tags": [], "points": [["x": 1, "y": 2]], "visible": true],
    ])!

    static let shapeJSON = #"{"format":1,"clientTag":"swift-test","apiVersion":"1.0","partnerId":7,"ks":"KS1","#
        + #""shape":{"objectType":"TestShape","name":"Box","color__null":"","tags":[],"#
        + #""points":[{"objectType":"TestPoint","x":1,"y":2}],"visible":true}}"#

    static let shapeForm = "format=1&clientTag=swift-test&apiVersion=1.0&partnerId=7&ks=KS1"
        + "&shape%3AobjectType=TestShape&shape%3Aname=Box&shape%3Acolor__null=&shape%3Atags%3A-="
        + "&shape%3Apoints%3A0%3AobjectType=TestPoint&shape%3Apoints%3A0%3Ax=1&shape%3Apoints%3A0%3Ay=2"
        + "&shape%3Avisible=1"

    @Test(arguments: KalturaServerEra.all)
    func aCallWithANestedObjectANullAndAnEmptyArray(era: KalturaServerEra) throws {
        let request = try client(.era(era), schema: TestSchemas.shapes).request(for: Self.shapeCall)
        let format = KalturaWireFormat(era: era)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == (format.endpoint == .servicePath
            ? "https://www.kaltura.com/api_v3/service/shape/action/add"
            : "https://www.kaltura.com/api_v3/index.php?service=shape&action=add"))
        #expect(request.header("Content-Type") == (format.body == .json ? "application/json" : "application/x-www-form-urlencoded"))
        #expect(request.header("Accept") == "application/json")
        #expect(String(decoding: request.body, as: UTF8.self) == (format.body == .json ? Self.shapeJSON : Self.shapeForm))
    }

    @Test func theFormIsTheJSONFlattened() throws {
        // The same tree both ways: the form decodes to what the JSON body says.
        let form = try client(.form, schema: TestSchemas.shapes).request(for: Self.shapeCall)
        let json = try client(.json, schema: TestSchemas.shapes).request(for: Self.shapeCall)
        #expect(KalturaForm.decode(form.body)["shape"]?["tags"] == .array([]))
        #expect(KalturaForm.decode(form.body)["shape"]?["color"] == .null)
        #expect(try KalturaJSON.decode(json.body)["shape"]?["points"]?[0]?["x"] == 1)
        #expect(KalturaForm.decode(form.body)["shape"]?["points"]?["0"]?["x"] == "1")
    }

    // MARK: - A file

    static let file = KalturaFile(data: Data("hello".utf8), fileName: "a.txt", mimeType: "text/plain")

    @Test(arguments: KalturaServerEra.all)
    func aCallWithAFile(era: KalturaServerEra) throws {
        let call = KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "1_tok"], files: ["fileData": Self.file])!
        let request = try client(.era(era)).request(for: call)
        let format = KalturaWireFormat(era: era)
        let contentType = try #require(request.header("Content-Type"))
        let prefix = "multipart/form-data; boundary="
        try #require(contentType.hasPrefix(prefix))
        let boundary = String(contentType.dropFirst(prefix.count))
        #expect(request.url.absoluteString == (format.endpoint == .servicePath
            ? "https://www.kaltura.com/api_v3/service/uploadtoken/action/upload"
            : "https://www.kaltura.com/api_v3/index.php?service=uploadtoken&action=upload"))
        let fileParts = "--\(boundary)\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nhello\r\n--\(boundary)--\r\n"
        let expected: String
        switch format.body {
        case .json:
            expected = "--\(boundary)\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n"
                + #"{"format":1,"clientTag":"swift-test","apiVersion":"22.15.0","partnerId":7,"ks":"KS1","uploadTokenId":"1_tok"}"#
                + "\r\n" + fileParts
        case .form:
            expected = [("format", "1"), ("clientTag", "swift-test"), ("apiVersion", "22.15.0"), ("partnerId", "7"),
                        ("ks", "KS1"), ("uploadTokenId", "1_tok")].map { name, value in
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }.joined() + fileParts
        }
        #expect(String(decoding: request.body, as: UTF8.self) == expected)
    }

    // MARK: - A serve URL

    @Test func aServeURLInTheFormWireGoesThroughIndexPHP() throws {
        let call = KalturaCall("thumbAsset.serve", parameters: ["thumbAssetId": "0_t", "thumbParams": ["width": 5]])!
        let url = try client(.form, schema: ServeURLTests.schema).serveURL(for: call)
        #expect(url.absoluteString == "https://www.kaltura.com/api_v3/index.php?service=thumbasset&action=serve"
            + "&format=1&clientTag=swift-test&apiVersion=1.0&partnerId=7&ks=KS1&thumbAssetId=0_t"
            + "&thumbParams%3AobjectType=TestThumbParams&thumbParams%3Awidth=5")
    }

    // MARK: - A multirequest with a dependency

    @Test func aFormMultiRequestHasFlatOneBasedNamesAndCopiesTheSessionIntoEachCall() async throws {
        let transport = FakeTransport(body: #"[{"id":"0_a","name":"A","tags":"x,y"},{"id":"0_a","name":"A","tags":"x,y"}]"#)
        let results = try await client(.form, transport: transport).multirequest { batch in
            let entry = batch.media.get(entryId: "0_a")
            let change: KalturaValue = ["tags": KalturaValue(entry.tags)]
            batch.media.update(entryId: entry.id, mediaEntry: change)
        }
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://www.kaltura.com/api_v3/index.php?service=multirequest")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(String(decoding: request.body, as: UTF8.self)
            == "format=1&clientTag=swift-test&apiVersion=22.15.0&partnerId=7&ks=KS1"
            + "&1%3Aservice=media&1%3Aaction=get&1%3AentryId=0_a&1%3Aks=KS1&1%3ApartnerId=7&1%3AclientTag=swift-test"
            + "&2%3Aservice=media&2%3Aaction=update&2%3AentryId=%7B1%3Aresult%3Aid%7D"
            + "&2%3AmediaEntry%3AobjectType=KalturaMediaEntry&2%3AmediaEntry%3Atags=%7B1%3Aresult%3Atags%7D"
            + "&2%3Aks=KS1&2%3ApartnerId=7&2%3AclientTag=swift-test")
        // Plain objects come back typed by each call's declared result.
        let updated: KalturaObject = try results[1].get()
        #expect(updated.objectType == "KalturaMediaEntry")
        #expect(updated.tags == "x,y")
    }

    @Test func aJSONMultiRequestIsUnchanged() async throws {
        let transport = FakeTransport(body: #"[null,null]"#)
        _ = try await client(.json, transport: transport).multirequest { batch in
            let entry = batch.media.get(entryId: "0_a")
            let change: KalturaValue = ["tags": KalturaValue(entry.tags)]
            batch.media.update(entryId: entry.id, mediaEntry: change)
        }
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://www.kaltura.com/api_v3/service/multirequest")
        #expect(String(decoding: request.body, as: UTF8.self)
            == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.15.0","partnerId":7,"ks":"KS1","#
            + #""1":{"service":"media","action":"get","entryId":"0_a"},"#
            + #""2":{"service":"media","action":"update","entryId":"{1:result:id}","#
            + #""mediaEntry":{"objectType":"KalturaMediaEntry","tags":"{1:result:tags}"}}}"#)
    }

    // MARK: - The choice

    @Test(arguments: [("kaltura-schema-3.1.1.xml", KalturaWireFormat.form),
                      ("kaltura-schema-3.3.0.xml", KalturaWireFormat.json),
                      ("kaltura-schema-22.15.0.xml", KalturaWireFormat.json)])
    func theFixtureSchemasChooseTheirEra(file: String, expected: KalturaWireFormat) throws {
        let schema = try TestFixtures.loadedSharedSchema(file)
        let client = client(.automatic, schema: schema)
        #expect(client.wireFormat == expected)
        #expect(client.debugDescription.contains("\n  wire: \(expected)\n"))
        let request = try client.request(for: KalturaCall("baseEntry.get", parameters: ["entryId": "0_a"])!)
        #expect(request.url.absoluteString == (expected == .json
            ? "https://www.kaltura.com/api_v3/service/baseentry/action/get"
            : "https://www.kaltura.com/api_v3/index.php?service=baseentry&action=get"))
        #expect(String(decoding: request.body, as: UTF8.self) == (expected == .json
            ? #"{"format":1,"clientTag":"swift-test","apiVersion":"\#(schema.apiVersion!)","partnerId":7,"ks":"KS1","entryId":"0_a"}"#
            : "format=1&clientTag=swift-test&apiVersion=\(schema.apiVersion!)&partnerId=7&ks=KS1&entryId=0_a"))
    }

    @Test func theChoiceIsLoggedAtDebugLevelWithItsReason() {
        let logs = CapturedLogs()
        let schema = try! TestFixtures.loadedSharedSchema("kaltura-schema-3.1.1.xml")
        _ = client(.automatic, schema: schema, logger: logs.logger(level: .debug))
        #expect(logs.entries.map(\.level) == [.debug])
        #expect(logs.text == "wire format=form to /api_v3/index.php?service=X&action=Y reason=the schema's apiVersion 3.1.1 "
            + "and generatedDate 1296067642 point to the era of 2010-09-01 (first API v3 releases)")
    }

    @Test func aSchemaThatDoesNotDateItsServerGetsTheFormWireEveryServerReads() throws {
        let undated = try Schema(xml: #"<xml apiVersion="3.3.0"><classes/><services><service id="system" name="system">"#
            + #"<action name="ping"><result type="bool"/></action></service></services></xml>"#)
        let logs = CapturedLogs()
        let client = client(.automatic, schema: undated, logger: logs.logger(level: .debug))
        #expect(client.wireFormat == .form)
        #expect(logs.text == "wire format=form to /api_v3/index.php?service=X&action=Y reason=the schema's apiVersion 3.3.0 "
            + "and generatedDate (none) do not date the server; the form wire is read by every version")
    }

    @Test func theSettingOverridesTheSchema() throws {
        let old = try TestFixtures.loadedSharedSchema("kaltura-schema-3.1.1.xml")
        #expect(client(.json, schema: old).wireFormat == .json)
        #expect(client(.form).wireFormat == .form)
        #expect(client(.era(KalturaServerEra(name: "2015-10-20")!)).wireFormat == KalturaWireFormat(body: .json, endpoint: .indexScript))
        #expect(client(.era(.current), schema: old).wireFormat == .json)
    }

    @Test func wireNamesAsTheCommandLineTakesThem() {
        #expect(KalturaWire(name: "auto") == .automatic)
        #expect(KalturaWire(name: "Automatic") == .automatic)
        #expect(KalturaWire(name: "json") == .json)
        #expect(KalturaWire(name: " FORM ") == .form)
        #expect(KalturaWire(name: "2011") == .era(KalturaServerEra.all[0]))
        #expect(KalturaWire(name: "2013-10") == .era(KalturaServerEra.all[4]))
        #expect(KalturaWire(name: "current") == .era(.current))
        #expect(KalturaWire(name: "xml") == nil)
        #expect(KalturaWire(name: "") == nil)
        #expect(KalturaWire.era(KalturaServerEra.all[4]).description == "era 2013-10-01 (IX-9.6.0)")
        #expect(KalturaClient.Configuration(serviceURL: URL(string: "https://k.example")!).wire == .automatic)
    }
}
