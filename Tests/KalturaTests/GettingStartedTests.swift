import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

/// The DocC article `Sources/Kaltura/Kaltura.docc/GettingStarted.md` compiles and runs: its code
/// blocks appear verbatim in ``runsAgainstTheEmulator()``, which runs them against an emulator
/// listening on loopback, schema download included.
@Suite("Getting started article")
struct GettingStartedTests {
    static let article = TestFixtures.projectRoot.appendingPathComponent("Sources/Kaltura/Kaltura.docc/GettingStarted.md")

    @Test func everyCodeBlockIsInTheTestBelow() throws {
        let article = try String(contentsOf: Self.article, encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let blocks = article.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 5)
        for block in blocks {
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let found = sourceLines.indices.contains { start in
                start + lines.count <= sourceLines.count && Array(sourceLines[start..<start + lines.count]) == lines
            }
            #expect(found, "this block of the article is not in GettingStartedTests.swift:\n\(block)")
        }
    }

    @Test func runsAgainstTheEmulator() async throws {
        let partnerId = 2024
        let adminSecret = "getting-started-secret"
        let emulator = try KalturaEmulator(configuration: .init(partners: [EmulatorPartner(id: partnerId, adminSecret: adminSecret)]))
        let running = try await emulator.start()
        let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("getting-started-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cacheFolder) }
        do {
            let serviceURL = URL(string: "http://127.0.0.1:\(running.port)")!

            var configuration = KalturaClient.Configuration(partnerId: partnerId, serviceURL: serviceURL)
            configuration.schemaSource = .server(cache: SchemaCache(directory: cacheFolder))
            let client = try await KalturaClient(configuration: configuration)
            #expect(client.apiSchema.service(named: "media") != nil)

            client.ks = try client.generateSession(adminSecret: adminSecret, userId: "me", type: .admin)

            let entry = try await client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "Getting started",
                                                           "mediaType": "VIDEO", "tags": nil])
            let fetched = try await client.media.get(entryId: entry.id)
            print(fetched.name?.stringValue ?? "", fetched.description?.stringValue ?? "(no description)")
            #expect(fetched.name?.stringValue == "Getting started")

            let page = try await client.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "Getting",
                                                            "statusIn": "2,7"],
                                                   pager: ["pageSize": 10])
            let count = page.totalCount?.intValue ?? 0
            #expect(count == 1)

            do {
                _ = try await client.media.list(pager: ["pageSize": "ten"])
            } catch let error as KalturaValidationError {
                print(error)   // invalid call to media.list (1 problem): - pager.pageSize: expected int, got string "ten"
            }
            do {
                _ = try await client.media.get(entryId: "0_missing")
            } catch let error as KalturaAPIError where error.code == "ENTRY_ID_NOT_FOUND" {
                print(error.message)
            }
            // What the two blocks above caught:
            let invalid = await #expect(throws: KalturaValidationError.self) {
                _ = try await client.media.list(pager: ["pageSize": "ten"])
            }
            #expect(invalid.map { "\($0)" } == "invalid call to media.list (1 problem):\n  - pager.pageSize: expected int, got string \"ten\"")
            let missing = await #expect(throws: KalturaAPIError.self) { _ = try await client.media.get(entryId: "0_missing") }
            #expect(missing?.code == "ENTRY_ID_NOT_FOUND")
            #expect(missing?.message == #"Entry id "0_missing" not found"#)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }
}
