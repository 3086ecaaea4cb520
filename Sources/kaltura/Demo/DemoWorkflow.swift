import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema

/// The steps of `kaltura demo`: a client against an in-process emulator, each step reported
/// through `output` as soon as it is done.
struct DemoWorkflow {
    /// The demo partner the in-process emulator knows.
    static let partnerId = 101

    let output: (String) -> Void

    func run() async throws {
        let started = ContinuousClock.now
        let schema = Schema.demo()
        // A fresh secret per run: it never leaves this process and is never printed.
        let secret = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
        let emulator = try KalturaEmulator(configuration: .init(
            schema: schema, partners: [EmulatorPartner(id: Self.partnerId, adminSecret: secret)]))
        let configuration = KalturaClient.Configuration(
            partnerId: Self.partnerId, serviceURL: URL(string: "http://emulator.invalid")!, clientTag: "kaltura-demo",
            schemaSource: .schema(schema), http: .init(transport: emulator.transport))
        let client = KalturaClient(configuration: configuration, schema: schema)
        let actions = schema.services.reduce(0) { $0 + $1.actions.count }
        output("1. configuration: partner \(Self.partnerId), the embedded emulator in process (no network), "
               + "demo schema \(schema.apiVersion ?? "?"): \(schema.services.count) services, \(actions) actions")

        let session: KalturaValue = try await client.session.start(
            secret: secret, userId: "demo", type: "ADMIN", partnerId: Self.partnerId, expiry: 3600)
        client.ks = session.stringValue
        let token = session.stringValue.flatMap { try? KalturaSessionToken.decode($0) }
        output("2. session.start(userId: demo, type: ADMIN) -> a KS \(token.map { "v\($0.version.rawValue)" } ?? ""), "
               + "used for every later call (never printed)")

        let added = try await client.media.add(entry: [
            "objectType": "KalturaMediaEntry", "name": "Demo entry", "mediaType": "VIDEO", "tags": "demo",
        ])
        let entryId = added.id?.stringValue ?? "?"
        output("3. media.add(entry: {name: \"Demo entry\", mediaType: VIDEO}) -> \(added.objectType?.stringValue ?? "?") \(entryId)")

        let entry = try await client.media.get(entryId: entryId)
        let status = entry.status.map { String(describing: $0.intValue ?? 0) } ?? "?"
        let statusName = schema.enumeration(named: "KalturaEntryStatus")?.constants.first { $0.value == status }?.name
        output("4. media.get(entryId: \(entryId)) -> name \"\(entry.name?.stringValue ?? "?")\", "
               + "status \(status)\(statusName.map { " (\($0))" } ?? "")")

        let profile = try await client.metadata.metadataProfile.add(
            metadataProfile: ["objectType": "KalturaMetadataProfile", "name": "Demo profile", "metadataObjectType": "1"],
            xsdData: "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"/>")
        let profiles = try await client.metadata.metadataProfile.list()
        output("5. plugin metadata: metadataProfile.add -> profile \(profile.id?.intValue.map(String.init) ?? "?"); "
               + "metadataProfile.list -> \(profiles.totalCount?.intValue ?? 0) profile(s)")

        let results = try await client.multirequest { batch in
            let first = batch.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "Made in a multirequest",
                                                "mediaType": "VIDEO"])
            batch.media.get(entryId: first.id)
        }
        let fetched = try results[1].get()
        output("6. multirequest [media.add, media.get(entryId: {1:result:id})] -> \(results.count) results; "
               + "the second got \(fetched.id?.stringValue ?? "?") \"\(fetched.name?.stringValue ?? "?")\"")

        do {
            _ = try await client.media.get(entryId: "0_nosuchentry")
            output("7. media.get(entryId: 0_nosuchentry) -> unexpectedly found")
        } catch let error as KalturaAPIError {
            output("7. media.get(entryId: 0_nosuchentry) -> API error \(error.code), handled: \(error.message)")
        }

        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        output(String(format: "done: 7 steps in %.0f ms", milliseconds))
    }
}
