import Foundation
import Kaltura
import KalturaSchema
import Testing

/// Serve actions: validated like any call, answered with their signed GET URL, never sent.
@Suite("Serve URLs")
struct ServeURLTests {
    static let schema = try! Schema(xml: """
        <?xml version="1.0"?>
        <xml apiVersion="1.0" generatedDate="1700000000">
          <enums/>
          <classes>
            <class name="TestThumbParams">
              <property name="width" type="int"/>
              <property name="description" type="string"/>
            </class>
          </classes>
          <services>
            <service id="thumbasset" name="thumbAsset">
              <action name="serve">
                <param name="thumbAssetId" type="string" optional="0"/>
                <param name="version" type="int" optional="1" default="null"/>
                <param name="thumbParams" type="TestThumbParams" optional="1" default="null"/>
                <result type="file"/>
              </action>
              <action name="get">
                <param name="thumbAssetId" type="string" optional="0"/>
                <result type="string"/>
              </action>
            </service>
          </services>
          <plugins/>
          <errors/>
        </xml>
        """)

    static let expected = "https://www.kaltura.com/api_v3/service/thumbasset/action/serve?format=1&clientTag=swift-test"
        + "&apiVersion=1.0&partnerId=101&ks=KS%2B%2F%3D1&thumbAssetId=0_thumb+one&version__null="
        + "&thumbParams%3AobjectType=TestThumbParams&thumbParams%3Adescription__null=&thumbParams%3Awidth=100"

    let transport = FakeTransport(body: "null")

    private func client(logger: CapturedLogs? = nil) -> KalturaClient {
        if let logger {
            return TestClients.make(schema: Self.schema, transport: transport, partnerId: 101, logger: logger.logger())
        }
        return TestClients.make(schema: Self.schema, transport: transport, partnerId: 101)
    }

    @Test func theURLCarriesEveryParameterFlattenedAndEncoded() async throws {
        let client = client()
        client.ks = "KS+/=1"
        let value = try await client.thumbAsset.serve(thumbAssetId: "0_thumb one", version: nil,
                                                      thumbParams: ["description": nil, "width": 100])
        #expect(value == .string(Self.expected))
        let url: URL = try await client.thumbAsset.serve(thumbAssetId: "0_thumb one", version: nil,
                                                          thumbParams: ["description": nil, "width": 100])
        #expect(url.absoluteString == Self.expected)
        let call = KalturaCall("thumbAsset.serve", parameters: [
            "thumbAssetId": "0_thumb one", "version": .null, "thumbParams": ["description": .null, "width": 100],
        ])!
        #expect(try client.serveURL(for: call) == URL(string: Self.expected)!)
        #expect(try client.request(for: call).method == "GET")
        #expect(transport.requests.isEmpty)
    }

    @Test func serveActionsAreValidatedFirst() async {
        let client = client()
        do {
            _ = try await client.thumbAsset.serve(version: "latest", thumbParams: ["widht": 1])
            Issue.record("expected a KalturaValidationError")
        } catch {
            #expect("\(error)" == """
                invalid call to thumbAsset.serve (3 problems):
                  - thumbAssetId: missing required parameter (string)
                  - version: expected int, got string "latest"
                  - thumbParams.widht: unknown property of TestThumbParams; did you mean "width"?
                """)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func onlyServeActionsHaveAServeURLAndTheyTakeNoFiles() async throws {
        let client = client()
        #expect(throws: KalturaClientError.unsupportedAction(
            call: "thumbAsset.get", reason: "serveURL(for:) is for serve actions, whose result is a file; perform it with call(_:)")) {
            try client.serveURL(for: KalturaCall("thumbAsset.get", parameters: ["thumbAssetId": "0_t"])!)
        }
        let file = KalturaFile(data: Data("x".utf8), fileName: "x.jpg")
        await #expect(throws: KalturaClientError.unsupportedAction(
            call: "thumbAsset.serve", reason: "it serves a file through a GET URL, which cannot carry files")) {
            _ = try await client.thumbAsset.serve(thumbAssetId: "0_t", thumbParams: file)
        }
        #expect(KalturaClientError.unsupportedAction(call: "thumbAsset.serve", reason: "it serves a file through a GET URL, which cannot carry files")
            .description == "thumbAsset.serve is not supported: it serves a file through a GET URL, which cannot carry files")
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: ["KS secret+/=value", "djJ8MTAxfHNlY3JldHMgc3RheSBvdXQgb2YgbG9ncyBldmVuIGluIFVSTHM"])
    func theKSInAServeURLIsRedactedInLogs(ks: String) async throws {
        let logs = CapturedLogs()
        let client = client(logger: logs)
        client.ks = ks
        let encodedKS = String(KalturaForm.encode(["ks": .string(ks)]).dropFirst("ks=".count))

        let url = try #require(try await client.thumbAsset.serve(thumbAssetId: "0_t").stringValue)
        #expect(url.contains("&ks=\(encodedKS)&"))
        let text = logs.text
        #expect(text.contains("serve URL call=thumbAsset.serve url=https://www.kaltura.com/api_v3/service/thumbasset/action/serve"
            + "?format=1&clientTag=swift-test&apiVersion=1.0&partnerId=101&ks=[redacted]&thumbAssetId=0_t"))
        #expect(!text.contains(ks))
        #expect(!text.contains(encodedKS))
    }
}
