import Kaltura
import KalturaEmulator
import OrderedCollections
import Testing

@Suite("Generic add, get, update, delete")
struct CRUDTests {
    static let now = 1_700_000_000

    @Test("add fills id, partnerId, times, status and the session user; tags are normalised")
    func add() async throws {
        let harness = try EmulatorHarness(clock: { Self.now })
        let ks = KalturaSessionGenerator.generateV2(adminSecret: EmulatorHarness.partner.adminSecret, userId: "alice", type: .admin,
                                                    partnerId: 101, expiry: 3600, now: Self.now)
        let entry = try await harness.call("media", "add", ["entry": [
            "objectType": "KalturaMediaEntry", "name": "clip", "mediaType": 1, "tags": " alpha,beta ,,alpha",
        ]], ks: ks)
        let id = try #require(entry["id"]?.stringValue)
        #expect(id.wholeMatch(of: /0_[a-z0-9]{8}/) != nil)
        #expect(entry["objectType"] == "KalturaMediaEntry")
        #expect(entry["partnerId"] == 101)
        #expect(entry["createdAt"] == .int(Self.now))
        #expect(entry["updatedAt"] == .int(Self.now))
        #expect(entry["status"] == "7")  // NO_CONTENT
        #expect(entry["tags"] == "alpha, beta")
        #expect(entry["userId"] == "alice")
        #expect(entry["creatorId"] == "alice")
    }

    @Test("integer ids count up; get returns the stored object")
    func integerIds() async throws {
        let harness = try EmulatorHarness()
        let first = try await harness.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "A"]])
        let second = try await harness.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "B"]])
        #expect(first["id"] == 1)
        #expect(second["id"] == 2)
        #expect(first["status"] == 2)  // ACTIVE
        #expect(try await harness.admin("category", "get", ["id": 2])["name"] == "B")
        #expect(try await harness.admin("category", "get", ["id": "2"])["name"] == "B")
    }

    @Test("update changes only what was sent; __null clears")
    func update() async throws {
        let harness = try EmulatorHarness()
        let entry = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "name": "n", "mediaType": 1,
                                                                     "description": "one"]])
        let id = try #require(entry["id"])
        let updated = try await harness.admin("media", "update", ["entryId": id, "mediaEntry": ["objectType": "KalturaMediaEntry",
                                                                                               "description": "two"]])
        #expect(updated["description"] == "two")
        #expect(updated["name"] == "n")
        let cleared = try await harness.admin("media", "update", ["entryId": id, "mediaEntry": ["objectType": "KalturaMediaEntry",
                                                                                               "description": .null]])
        #expect(cleared["description"] == nil)
        #expect(try await harness.admin("media", "get", ["entryId": id])["description"] == nil)
    }

    @Test("delete removes; unknown ids give the action's or the catalogue's not-found error")
    func deleteAndNotFound() async throws {
        let harness = try EmulatorHarness()
        let entry = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "mediaType": 1]])
        let id = try #require(entry["id"]?.stringValue)
        #expect(try await harness.admin("media", "delete", ["entryId": .string(id)]) == .null)
        #expect(try await harness.admin("media", "get", ["entryId": .string(id)]).apiError
            == KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "\#(id)" not found"#, args: ["ENTRY_ID": .init(id)]))
        #expect(try await harness.admin("media", "delete", ["entryId": .string(id)]).apiError?.code == "ENTRY_ID_NOT_FOUND")
        // category.get declares no error: the catalogue's CATEGORY_NOT_FOUND is used.
        #expect(try await harness.admin("category", "get", ["id": 77]).apiError
            == KalturaAPIError(code: "CATEGORY_NOT_FOUND", message: #"Category id "77" not found"#, args: ["ID": "77"]))
        #expect(try await harness.admin("uploadtoken", "get", ["uploadTokenId": "0_none"]).apiError?.code == "UPLOAD_TOKEN_NOT_FOUND")
    }

    @Test("a client-chosen writable id is kept; an optional object left out is an empty one")
    func clientIdsAndOptionalObjects() async throws {
        let harness = try EmulatorHarness()
        let user = try await harness.admin("user", "add", ["user": ["objectType": "KalturaUser", "id": "alice", "email": "a@example.com"]])
        #expect(user["id"] == "alice")
        #expect(try await harness.admin("user", "get", ["userId": "alice"])["email"] == "a@example.com")
        #expect(try await harness.admin("user", "add", ["user": ["objectType": "KalturaUser", "id": "alice"]]).apiError
            == KalturaAPIError(code: "DUPLICATE_USER_BY_ID", message: "User with id [alice] already exists in system", args: ["UID": "alice"]))
        let token = try await harness.admin("uploadtoken", "add")
        #expect(token["objectType"] == "KalturaUploadToken")
        #expect(token["status"] == 0)
    }

    @Test("objects of classes the schema lacks are stored with the objectType sent")
    func unknownClasses() async throws {
        let harness = try EmulatorHarness()
        #expect(try EmulatorHarness.realSchema().classDefinition(named: "KalturaMetadataProfile") == nil)
        let profile = try await harness.admin("metadata_metadataprofile", "add", [
            "metadataProfile": ["objectType": "KalturaMetadataProfile", "name": "P", "metadataObjectType": "1"],
            "xsdData": "<xsd/>",
        ])
        #expect(profile["objectType"] == "KalturaMetadataProfile")
        #expect(profile["id"] == 1)
        #expect(profile["name"] == "P")
        #expect(profile["partnerId"] == 101)
        let list = try await harness.admin("metadata_metadataprofile", "list", [
            "filter": ["objectType": "KalturaMetadataProfileFilter", "nameEqual": "P"],
        ])
        #expect(list["objectType"] == "KalturaMetadataProfileListResponse")
        #expect(list["totalCount"] == 1)
        #expect(try await harness.admin("metadata_metadataprofile", "get", ["id": 9]).apiError?.code == "METADATA_PROFILE_NOT_FOUND")
    }

    @Test("partners do not see each other's objects")
    func partnerIsolation() async throws {
        let other = EmulatorPartner(id: 202, adminSecret: "other-secret")
        let emulator = try KalturaEmulator(configuration: .init(schema: try EmulatorHarness.realSchema(),
                                                                partners: [EmulatorHarness.partner, other]))
        let harness = EmulatorHarness(emulator: emulator)
        let added = try await harness.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "mine"]])
        let otherKS = KalturaSessionGenerator.generateV2(adminSecret: "other-secret", userId: "", type: .admin, partnerId: 202)
        #expect(try await harness.call("category", "get", ["id": try #require(added["id"])], ks: otherKS).apiError?.code
            == "CATEGORY_NOT_FOUND")
    }

    @Test("concurrent updates are not lost")
    func concurrency() async throws {
        let harness = try EmulatorHarness()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    _ = try await harness.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": .string("c\(index)")]])
                }
            }
            try await group.waitForAll()
        }
        let list = try await harness.admin("category", "list", ["pager": ["objectType": "KalturaFilterPager", "pageSize": 500]])
        #expect(list["totalCount"] == 40)
        let ids = Set((list["objects"]?.arrayValue ?? []).compactMap { $0["id"]?.intValue })
        #expect(ids == Set(1...40))
    }
}

extension EmulatorHarness {
    init(emulator: KalturaEmulator) {
        self.emulator = emulator
    }
}
