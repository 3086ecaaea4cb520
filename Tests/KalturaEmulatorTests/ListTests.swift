import Kaltura
import KalturaEmulator
import OrderedCollections
import Testing

@Suite("list filters, order and paging")
struct ListTests {
    /// Adds entries named `page-N` (audio) with the given order of N.
    func seeded() async throws -> EmulatorHarness {
        let harness = try EmulatorHarness()
        for number in [2, 0, 4, 1, 3] {
            _ = try await harness.admin("media", "add", ["entry": [
                "objectType": "KalturaMediaEntry", "name": .string("page-\(number)"), "mediaType": 5,
                "tags": .string(number.isMultiple(of: 2) ? "even, small" : "odd"),
            ]])
        }
        return harness
    }

    func names(_ list: KalturaValue) -> [String] {
        (list["objects"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
    }

    func filter(_ fields: KeyValuePairs<String, KalturaValue>) -> KalturaValue {
        var object = KalturaObject("KalturaMediaEntryFilter", fields)
        if object.kalturaFields["statusIn"] == nil, object.kalturaFields["idEqual"] == nil { object.kalturaFields["statusIn"] = "2,7" }
        return .object(object)
    }

    @Test("entries without content are hidden unless a status or id condition is given")
    func readyOnlyByDefault() async throws {
        let harness = try await seeded()
        #expect(try await harness.admin("media", "list")["totalCount"] == 0)
        #expect(try await harness.admin("media", "list", ["filter": filter([:])])["totalCount"] == 5)
        #expect(try await harness.admin("media", "count", ["filter": filter([:])]) == 5)
    }

    @Test("orderBy and the pager, with totalCount of all matches")
    func orderAndPage() async throws {
        let harness = try await seeded()
        let page = { (index: Int, order: String) in
            try await harness.admin("media", "list", [
                "filter": self.filter(["nameLike": "page-", "orderBy": .string(order)]),
                "pager": ["objectType": "KalturaFilterPager", "pageSize": 2, "pageIndex": .int(index)],
            ])
        }
        let first = try await page(1, "+name")
        #expect(first["totalCount"] == 5)
        #expect(names(first) == ["page-0", "page-1"])
        #expect(names(try await page(2, "+name")) == ["page-2", "page-3"])
        #expect(names(try await page(3, "+name")) == ["page-4"])
        #expect(names(try await page(4, "+name")) == [])
        #expect(names(try await page(1, "-name")) == ["page-4", "page-3"])
        #expect(names(try await page(1, "-createdAt,+name")) == ["page-0", "page-1"])
    }

    @Test("the default page size is 30")
    func defaultPageSize() async throws {
        let harness = try EmulatorHarness()
        for index in 0..<35 {
            _ = try await harness.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": .string("c\(index)")]])
        }
        let list = try await harness.admin("category", "list")
        #expect(list["totalCount"] == 35)
        #expect(list["objects"]?.arrayValue?.count == 30)
    }

    @Test("suffix operators: Equal, In, NotIn, Like, StartsWith, MultiLikeOr/And, GreaterThanOrEqual, LessThanOrEqual")
    func operators() async throws {
        let harness = try await seeded()
        let list = { (fields: KeyValuePairs<String, KalturaValue>) in
            self.names(try await harness.admin("media", "list", ["filter": self.filter(fields)])).sorted()
        }
        #expect(try await list(["nameEqual": "page-3"]) == ["page-3"])
        let all = try await harness.admin("media", "list", ["filter": filter(["orderBy": "+name"])])
        let ids = (all["objects"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        #expect(try await list(["idIn": .string("\(ids[1]), \(ids[2]),0_nope")]) == ["page-1", "page-2"])
        #expect(try await list(["idNotIn": .string("\(ids[1]),\(ids[2])"), "statusIn": "7"]) == ["page-0", "page-3", "page-4"])
        #expect(try await list(["mediaTypeIn": "1,5"]).count == 5)
        #expect(try await list(["nameLike": "page", "unknownPropertyLike": "zzz"]).count == 5)  // undeclared: ignored
        #expect(try await list(["nameLike": "GE-4"]) == ["page-4"])
        #expect(try await list(["nameStartsWith": "page-"]).count == 5)
        #expect(try await list(["tagsMultiLikeOr": "odd,nothing"]) == ["page-1", "page-3"])
        #expect(try await list(["tagsMultiLikeAnd": "even,small"]) == ["page-0", "page-2", "page-4"])
        #expect(try await list(["mediaTypeEqual": 1]) == [])
        let created = try #require(all["objects"]?[0]?["createdAt"]?.intValue)
        #expect(try await list(["createdAtGreaterThanOrEqual": .int(created)]).count == 5)
        #expect(try await list(["createdAtLessThanOrEqual": .int(created - 1)]).isEmpty)
        #expect(try await list(["createdAtGreaterThanOrEqual": -3600]).count == 5)  // relative: an hour ago
    }

    @Test("baseEntry.list returns the concrete type of each entry; getByIds keeps the order asked")
    func concreteTypes() async throws {
        let harness = try await seeded()
        let list = try await harness.admin("baseentry", "list", [
            "filter": ["objectType": "KalturaBaseEntryFilter", "statusIn": "7", "orderBy": "+name"],
        ])
        #expect(list["objectType"] == "KalturaBaseEntryListResponse")
        #expect(list["objects"]?[0]?["objectType"] == "KalturaMediaEntry")
        #expect(list["objects"]?[0]?["mediaType"] == 5)
        let ids = (list["objects"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        let byIds = try await harness.admin("baseentry", "getByIds", ["entryIds": .string("\(ids[3]),0_nothere,\(ids[0])")])
        #expect(byIds.arrayValue?.compactMap { $0["name"]?.stringValue } == ["page-3", "page-0"])
    }

    @Test("list responses put objects before totalCount, as the server does")
    func listShape() async throws {
        let harness = try EmulatorHarness()
        #expect(try await harness.callText("category", "list", ks: harness.adminKS())
            == #"{"objects":[],"totalCount":0,"objectType":"KalturaCategoryListResponse"}"#)
    }
}
