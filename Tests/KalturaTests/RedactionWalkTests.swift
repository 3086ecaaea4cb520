import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

/// Every output a person or a log collector sees — logs at trace level, the emulator's call record,
/// error text, `print`, `debugPrint` and `dump` of the client and its values — walked for every
/// credential a session of work handles: the partner's admin and user secrets, the KS, a KS signed
/// with the wrong secret that the server echoes back, a user's password nested in an object, a
/// partner's admin secret nested in an object, and a proxy's authorization header.
@Suite("Redaction across every output")
struct RedactionWalkTests {
    static let partner = EmulatorPartner(id: 303, adminSecret: "walk-admin-secret-0001", userSecret: "walk-user-secret-0001")

    @Test func noCredentialReachesAnyOutput() async throws {
        let schema = try TestFixtures.realSchema()
        let recordURL = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: recordURL) }
        let emulator = try KalturaEmulator(configuration: .init(
            schema: schema, partners: [Self.partner], recordURL: recordURL))
        let logs = CapturedLogs()
        let client = KalturaClient(
            configuration: .init(partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.local")!,
                                 schemaSource: .schema(schema),
                                 http: .init(headers: ["Authorization": "Bearer proxy-token-0001"],
                                             transport: EmulatorTransport(emulator: emulator)),
                                 logger: logs.logger(level: .trace)),
            schema: schema)
        var outputs: [String] = []
        func look(at value: Any) {
            outputs.append(String(describing: value))
            outputs.append(String(reflecting: value))
            var dumped = ""
            dump(value, to: &dumped)
            outputs.append(dumped)
        }

        let started = try await client.session.start(secret: Self.partner.adminSecret, userId: "walker", type: "ADMIN",
                                                     partnerId: Self.partner.id)
        let ks = try #require(started.stringValue)
        client.ks = ks
        look(at: started)
        look(at: try KalturaSessionToken.decode(ks))

        let user = try await client.user.add(user: ["objectType": "KalturaUser", "id": "walker-2", "email": "w@example.com",
                                                    "password": "user-password-0001"])
        look(at: user)
        look(at: try await client.session.get(session: ks))

        // The client refuses a read-only secret before sending; the error text must not quote it.
        let partnerObject: KalturaValue = ["objectType": "KalturaPartner", "name": "p", "adminEmail": "a@b.c",
                                           "adminSecret": "partner-admin-secret-0001"]
        do {
            _ = try await client.partner.register(partner: partnerObject, cmsPassword: "cms-password-0001")
            Issue.record("partner.register with a read-only adminSecret was accepted")
        } catch {
            look(at: error)
        }
        // Sent without validation, it reaches the server and its record.
        let unchecked = KalturaClient(
            configuration: .init(partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.local")!,
                                 schemaSource: .schema(schema), validatesRequests: false,
                                 http: .init(transport: EmulatorTransport(emulator: emulator)), logger: logs.logger(level: .trace)),
            schema: schema)
        unchecked.ks = ks
        do {
            look(at: try await unchecked.partner.register(partner: partnerObject, cmsPassword: "cms-password-0001"))
        } catch {
            look(at: error)
        }

        // A KS signed with another secret: the server echoes it in INVALID_KS.
        let forged = KalturaSessionGenerator.generateV2(adminSecret: "forger-secret-0001", userId: "x", type: .admin,
                                                        partnerId: Self.partner.id)
        let forgedClient = client.overriding { $0.ks = forged }
        do {
            _ = try await forgedClient.media.list()
            Issue.record("a forged KS was accepted")
        } catch let error as KalturaAPIError {
            #expect(error.code == "INVALID_KS")
            #expect(error.message.contains(forged), "the error's own message keeps the server's text")
            look(at: error)
            outputs.append(error.localizedDescription)
        }

        // A multirequest that starts a session and signs the next call with it.
        let results = try await client.multirequest { batch in
            let session = batch.session.start(secret: Self.partner.userSecret ?? "", userId: "walker", partnerId: Self.partner.id)
            batch.useSession(session)
            batch.system.ping()
        }
        look(at: results)
        look(at: try #require(KalturaCall("user.loginByLoginId", parameters: ["loginId": "w@example.com", "password": "user-password-0001"])))

        look(at: client)
        look(at: client.configuration)
        look(at: client.requestConfiguration)
        look(at: forgedClient)
        outputs.append(logs.text)
        outputs.append(try String(contentsOf: recordURL, encoding: .utf8))

        let secrets = [Self.partner.adminSecret, Self.partner.userSecret ?? "", ks, forged, "user-password-0001",
                       "partner-admin-secret-0001", "cms-password-0001", "proxy-token-0001"]
        for (index, output) in outputs.enumerated() {
            for secret in secrets where output.contains(secret) {
                Issue.record("output \(index) shows \(secret.prefix(10))…:\n\(output.prefix(2000))")
            }
        }
        // The walk really saw the calls: the logs name them and the record holds a line per call.
        #expect(logs.text.contains("user.add"))
        #expect(logs.text.contains("INVALID_KS"))
        #expect(outputs.last?.split(separator: "\n").count ?? 0 >= 6)
        #expect(outputs.contains { $0.contains("[redacted]") })
    }
}
