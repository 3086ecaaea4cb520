import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import OrderedCollections
import Testing

/// An emulator for one test, answering in process through ``KalturaEmulator/respond(path:query:contentType:body:)``.
struct EmulatorHarness {
    static let partner = EmulatorPartner(id: 101, adminSecret: "admin-secret-101", userSecret: "user-secret-101")

    /// The real 22.15.0 schema (loaded once): it lacks many plugin classes, which is part of what is
    /// tested. Without `../shared` the tests that use it fail with the missing path; others run.
    static func realSchema() throws -> Schema {
        try TestFixtures.realSchema()
    }

    let emulator: KalturaEmulator

    /// An emulator on `schema`, the real 22.15.0 schema when `nil`, behaving like the servers of
    /// `era` (the schema's era when `nil`).
    init(schema: Schema? = nil, recordURL: URL? = nil,
         clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }, era: KalturaServerEra? = nil) throws {
        emulator = try KalturaEmulator(configuration: .init(
            schema: try schema ?? Self.realSchema(), partners: [Self.partner], recordURL: recordURL, clock: clock, era: era))
    }

    /// An admin KS v2 for the test partner.
    func adminKS(userId: String = "tester", expiry: Int = 3600) -> String {
        KalturaSessionGenerator.generateV2(adminSecret: Self.partner.adminSecret, userId: userId, type: .admin,
                                           partnerId: Self.partner.id, expiry: expiry)
    }

    /// Calls `service.action` with a JSON body asking for a JSON response; returns the decoded value.
    func call(_ service: String, _ action: String, _ parameters: OrderedDictionary<String, KalturaValue> = [:],
              ks: String? = nil) async throws -> KalturaValue {
        let text = try await callText(service, action, parameters, ks: ks)
        return try KalturaJSON.decode(text)
    }

    /// Like ``call(_:_:_:ks:)`` with an admin KS.
    func admin(_ service: String, _ action: String, _ parameters: OrderedDictionary<String, KalturaValue> = [:]) async throws
        -> KalturaValue
    {
        try await call(service, action, parameters, ks: adminKS())
    }

    /// The raw JSON text of a call. Servers that read JSON bodies get one, others a
    /// colon-flattened form, as their clients sent it; at `/api_v3/service/{service}/action/{action}`
    /// where the era serves that path, else at `/api_v3/index.php?service=…&action=…`.
    func callText(_ service: String, _ action: String, _ parameters: OrderedDictionary<String, KalturaValue> = [:],
                  ks: String? = nil) async throws -> String {
        var body = parameters
        body["format"] = 1
        if let ks { body["ks"] = .string(ks) }
        guard emulator.era.readsJSONBodies else {
            let reply = await emulator.respond(path: "/api_v3/index.php", query: "service=\(service)&action=\(action)",
                                               contentType: "application/x-www-form-urlencoded",
                                               body: Array(KalturaForm.encode(body).utf8))
            #expect(reply.contentType == "application/json")
            return String(decoding: reply.body, as: UTF8.self)
        }
        let servesPath = emulator.era.servicePath == .rewritten
        let reply = await emulator.respond(path: servesPath ? "/api_v3/service/\(service)/action/\(action)" : "/api_v3/index.php",
                                           query: servesPath ? nil : "service=\(service)&action=\(action)",
                                           contentType: "application/json", body: KalturaJSON.encode(.map(body), options: .request))
        #expect(reply.contentType == "application/json")
        return String(decoding: reply.body, as: UTF8.self)
    }

    /// Runs `body` against the emulator listening on a free port, then stops it.
    func live<T>(_ body: (LiveClient) async throws -> T) async throws -> T {
        let running = try await emulator.start()
        do {
            let result = try await body(LiveClient(port: running.port))
            await running.stop()
            return result
        } catch {
            await running.stop()
            throw error
        }
    }

    /// A raw request through the in-process transport; returns the whole response (status and
    /// headers included), without following redirects.
    func http(_ path: String, method: String = "POST", query: String? = nil, contentType: String? = nil,
              body: String = "") async throws -> KalturaHTTPResponse {
        var url = "http://emulator.invalid" + path
        if let query { url += "?" + query }
        let headers = contentType.map { [(name: "Content-Type", value: $0)] } ?? []
        return try await emulator.transport.send(KalturaHTTPRequest(method: method, url: try #require(URL(string: url)),
                                                                    headers: headers, body: Array(body.utf8)))
    }

    /// A raw request; returns the content type and the body as text.
    func raw(_ path: String, query: String? = nil, contentType: String? = nil, body: String = "") async -> (String, String) {
        let reply = await emulator.respond(path: path, query: query, contentType: contentType, body: Array(body.utf8))
        return (reply.contentType, String(decoding: reply.body, as: UTF8.self))
    }
}

extension KalturaValue {
    /// The API error this value carries, if it is one: a `KalturaAPIException`, or the
    /// `{"code","message"}` map of servers from before IX-9.6.0.
    var apiError: KalturaAPIError? {
        if let error = KalturaAPIError(self) { return error }
        guard case .map(let members) = self, members.count == 2, let code = members["code"]?.stringValue,
              let message = members["message"]?.stringValue else { return nil }
        return KalturaAPIError(code: code, message: message)
    }
}

/// Replaces the varying `<executionTime>` content so XML documents compare exactly.
func normalizingExecutionTime(_ xml: String) -> String {
    guard let open = xml.range(of: "<executionTime>"), let close = xml.range(of: "</executionTime>") else { return xml }
    return xml.replacingCharacters(in: open.upperBound..<close.lowerBound, with: "T")
}
