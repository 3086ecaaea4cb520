import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Testing

/// The client against the emulator: real requests, real responses, in process (and once over a socket).
@Suite("Emulator round trips")
struct EmulatorRoundTripTests {
    static let partner = EmulatorPartner(id: 101, adminSecret: "round-trip-admin-secret")

    let emulator: KalturaEmulator
    let client: KalturaClient

    init() throws {
        emulator = try KalturaEmulator(configuration: .init(partners: [Self.partner]))
        client = KalturaClient(
            configuration: .init(partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.local")!,
                                 schemaSource: .demo, http: .init(transport: EmulatorTransport(emulator: emulator))),
            schema: Schema.demo())
    }

    @Test func sessionStartThroughTheAPIThenCRUD() async throws {
        let ks: KalturaValue = try await client.session.start(secret: Self.partner.adminSecret, userId: "me", type: "ADMIN", partnerId: Self.partner.id)
        let text: String = try #require(ks.stringValue)
        client.ks = text

        let added = try await client.media.add(entry: ["name": "Round trip", "mediaType": "VIDEO", "tags": "a,b",
                                                       "description": "first"])
        #expect(added.objectType == "KalturaMediaEntry")
        #expect(added.mediaType == 1)
        #expect(added.partnerId == .int(Self.partner.id))
        let id = try #require(added.id?.stringValue)

        let entry = try await client.media.get(entryId: id)
        #expect(entry.name == "Round trip")
        #expect(entry.createdAt?.dateValue != nil)

        let updated = try await client.media.update(.string(id), mediaEntry: ["name": "Renamed", "description": nil])
        #expect(updated.name == "Renamed")
        #expect(updated["description"] == nil)

        let page = try await client.media.list(filter: ["nameLike": "Renam", "statusIn": "2,7"], pager: ["pageSize": 5])
        #expect(page.totalCount == 1)
        #expect(page.objects?[0]?.id?.stringValue == id)

        _ = try await client.media.delete(entryId: id)
        await #expect(throws: KalturaAPIError.self) { _ = try await client.media.get(entryId: id) }
        do {
            _ = try await client.media.get(entryId: id)
        } catch let error as KalturaAPIError {
            #expect(error.code == "ENTRY_ID_NOT_FOUND")
            #expect(error.args["ENTRY_ID"] == id)
        }
    }

    @Test func aLocallyGeneratedSessionIsAccepted() async throws {
        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, userId: "me", type: .admin)
        let category: KalturaObject = try await client.category.add(category: ["name": "Round trip category"])
        #expect(category.objectType == "KalturaCategory")
        guard case .int(let categoryId)? = category.id else {
            Issue.record("category id is not typed as an int: \(String(describing: category.id))")
            return
        }
        let fetched = try await client.category.get(id: categoryId)
        #expect(fetched.name == "Round trip category")

        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, userId: "me", type: .admin, version: .v1)
        #expect(try await client.category.list().totalCount == 1)
    }

    @Test func uploadingAFileThroughAnUploadTokenThenAttachingIt() async throws {
        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, userId: "me", type: .admin)
        let token = try await client.uploadToken.add(uploadToken: ["fileSize": 11])
        #expect(token.status == 0)  // PENDING
        let id = try #require(token.id?.stringValue)

        let first = KalturaFile(data: Data("hello ".utf8), fileName: "greeting.txt", mimeType: "text/plain")
        let partial = try await client.uploadToken.upload(uploadTokenId: id, fileData: first, finalChunk: false)
        #expect(partial.status == 1)  // PARTIAL_UPLOAD
        let rest = KalturaFile(data: Data("world".utf8), fileName: "greeting.txt")
        _ = try await client.uploadToken.upload(uploadTokenId: id, fileData: rest, resume: true, finalChunk: true, resumeAt: 6)

        let fetched = try await client.uploadToken.get(uploadTokenId: id)
        #expect(fetched.status == 2)  // FULL_UPLOAD
        #expect(fetched.fileSize == 11.0)
        #expect(fetched.uploadedFileSize == 11.0)
        #expect(fetched.fileName == "greeting.txt")

        let entry = try await client.media.add(entry: ["name": "Uploaded", "mediaType": "VIDEO"])
        let ready = try await client.media.addContent(
            entryId: entry.id, resource: ["objectType": "KalturaUploadedFileTokenResource", "token": .string(id)])
        #expect(ready.status == "2")  // READY
        #expect(try await client.uploadToken.get(uploadTokenId: id).status == 3)  // CLOSED
    }

    @Test func pluginServicesThroughTheNamespace() async throws {
        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, type: .admin)
        let profile = try await client.metadata.metadataProfile.add(
            metadataProfile: ["name": "Profile", "metadataObjectType": "ENTRY"],
            xsdData: #"<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>"#)
        #expect(profile.metadataObjectType == "1")
        let profiles = try await client.metadata.metadataProfile.list()
        #expect(profiles.totalCount == 1)
        #expect(try await client.metadata_metadataprofile.list() == profiles)
        struct ProfileList: Decodable {
            struct Profile: Decodable { var id: Int; var name: String }
            var objects: [Profile]
        }
        let typed: ProfileList = try await client.metadata.metadataProfile.list()
        #expect(typed.objects.map(\.name) == ["Profile"])
    }

    @Test func serverErrorsArriveAsAPIErrors() async throws {
        await #expect(throws: KalturaAPIError.self) { _ = try await client.media.list() }  // no KS
        client.ks = "not-a-ks"
        do {
            _ = try await client.media.list()
            Issue.record("expected INVALID_KS")
        } catch let error as KalturaAPIError {
            #expect(error.code == "INVALID_KS")
        }
        // With validation off, the server's own checks answer.
        let unchecked = KalturaClient(
            configuration: .init(partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.local")!,
                                 schemaSource: .demo, validatesRequests: false, http: .init(transport: EmulatorTransport(emulator: emulator))),
            schema: Schema.demo())
        unchecked.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, type: .admin)
        do {
            _ = try await unchecked.media.get()
            Issue.record("expected MISSING_MANDATORY_PARAMETER")
        } catch let error as KalturaAPIError {
            #expect(error.code == "MISSING_MANDATORY_PARAMETER")
        }
    }

    @Test func overASocketTheSchemaIsFetchedAndCached() async throws {
        let running = try await emulator.start()
        do {
            try await useLiveEmulator(port: running.port)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    private func useLiveEmulator(port: Int) async throws {
        let cache = SchemaCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-rt-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let url = URL(string: "http://127.0.0.1:\(port)")!
        let live = try await KalturaClient(configuration: .init(partnerId: Self.partner.id, serviceURL: url,
                                                                schemaSource: .server(cache: cache)))
        #expect(live.apiSchema.apiVersion == Schema.demo().apiVersion)
        #expect(cache.latest(for: url) != nil)
        #expect(try await live.system.ping() == true)
        live.ks = try live.generateSession(adminSecret: Self.partner.adminSecret, type: .admin)
        let added = try await live.media.add(entry: ["name": .string(String(repeating: "long name ", count: 20)), "mediaType": 1])
        #expect(added.name?.stringValue?.count == 200)
    }
}
