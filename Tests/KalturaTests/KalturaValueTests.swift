import OrderedCollections
import Testing

@testable import Kaltura

@Suite("KalturaValue and KalturaObject")
struct KalturaValueTests {
    // MARK: - Literals

    @Test func scalarLiterals() {
        let null: KalturaValue = nil
        let bool: KalturaValue = true
        let int: KalturaValue = 42
        let float: KalturaValue = 1.5
        let string: KalturaValue = "hello"
        #expect(null == .null)
        #expect(bool == .bool(true))
        #expect(int == .int(42))
        #expect(float == .float(1.5))
        #expect(string == .string("hello"))
    }

    @Test func arrayLiteral() {
        let value: KalturaValue = [1, "a", nil, [true]]
        #expect(value == .array([.int(1), .string("a"), .null, .array([.bool(true)])]))
    }

    @Test func dictionaryLiteralWithoutObjectTypeIsAMap() {
        let value: KalturaValue = ["b": 1, "a": 2]
        guard case .map(let map) = value else {
            Issue.record("expected a map, got \(value)")
            return
        }
        #expect(Array(map.keys) == ["b", "a"])
    }

    @Test func dictionaryLiteralWithObjectTypeIsAnObject() {
        let value: KalturaValue = ["nameLike": "hello", "objectType": "KalturaMediaEntryFilter", "pageSize": 10]
        guard case .object(let object) = value else {
            Issue.record("expected an object, got \(value)")
            return
        }
        #expect(object.objectType == "KalturaMediaEntryFilter")
        #expect(Array(object.kalturaFields.keys) == ["nameLike", "pageSize"])
        #expect(object.kalturaFields["objectType"] == nil)
    }

    @Test func nonStringObjectTypeKeepsAMap() {
        let value: KalturaValue = ["objectType": 5, "x": 1]
        #expect(value == .map(["objectType": 5, "x": 1]))
    }

    @Test func repeatedLiteralKeyKeepsFirstPositionAndLastValue() {
        let value = KalturaValue(dictionaryLiteral: ("a", 1), ("b", 2), ("a", 3))
        #expect(value == .map(["a": 3, "b": 2]))
    }

    // MARK: - Accessors

    @Test func stringValue() {
        #expect(KalturaValue.string("x").stringValue == "x")
        #expect(KalturaValue.int(-12).stringValue == "-12")
        #expect(KalturaValue.float(1.5).stringValue == "1.5")
        #expect(KalturaValue.float(0.1).stringValue == "0.1")
        #expect(KalturaValue.bool(true).stringValue == "1")
        #expect(KalturaValue.bool(false).stringValue == "0")
        #expect(KalturaValue.null.stringValue == nil)
        #expect(KalturaValue.array([]).stringValue == nil)
        #expect(KalturaValue.map([:]).stringValue == nil)
        #expect(KalturaValue.object(KalturaObject("T")).stringValue == nil)
    }

    @Test func intValueAcceptsNumericStrings() {
        #expect(KalturaValue.int(7).intValue == 7)
        #expect(KalturaValue.string("12").intValue == 12)
        #expect(KalturaValue.string("-3").intValue == -3)
        #expect(KalturaValue.string("12.0").intValue == 12)
        #expect(KalturaValue.string("12.5").intValue == nil)
        #expect(KalturaValue.string("abc").intValue == nil)
        #expect(KalturaValue.string("").intValue == nil)
        #expect(KalturaValue.string("1e400").intValue == nil)
        #expect(KalturaValue.float(3).intValue == 3)
        #expect(KalturaValue.float(3.25).intValue == nil)
        #expect(KalturaValue.float(.nan).intValue == nil)
        #expect(KalturaValue.bool(true).intValue == 1)
        #expect(KalturaValue.null.intValue == nil)
    }

    @Test func floatValue() {
        #expect(KalturaValue.float(2.5).floatValue == 2.5)
        #expect(KalturaValue.int(2).floatValue == 2)
        #expect(KalturaValue.string("1.25").floatValue == 1.25)
        #expect(KalturaValue.string("nan").floatValue == nil)
        #expect(KalturaValue.string("inf").floatValue == nil)
        #expect(KalturaValue.string("x").floatValue == nil)
        #expect(KalturaValue.bool(false).floatValue == 0)
        #expect(KalturaValue.array([]).floatValue == nil)
    }

    @Test(arguments: [
        ("false", false), ("FALSE", false), ("False", false), ("0", false), ("", false),
        ("true", true), ("1", true), ("True", true), ("no", true), ("0.0", true), (" ", true),
    ])
    func boolValueFollowsKalturaCasting(text: String, expected: Bool) {
        #expect(KalturaValue.string(text).boolValue == expected)
    }

    @Test func boolValueOfOtherCases() {
        #expect(KalturaValue.bool(true).boolValue == true)
        #expect(KalturaValue.int(0).boolValue == false)
        #expect(KalturaValue.int(-1).boolValue == true)
        #expect(KalturaValue.float(0).boolValue == false)
        #expect(KalturaValue.float(0.5).boolValue == true)
        #expect(KalturaValue.null.boolValue == nil)
        #expect(KalturaValue.map([:]).boolValue == nil)
    }

    @Test func arrayValue() {
        #expect(KalturaValue.array([1, 2]).arrayValue == [1, 2])
        #expect(KalturaValue.map(["1": "b", "0": "a", "10": "c"]).arrayValue == ["a", "b", "c"])
        #expect(KalturaValue.map([:]).arrayValue == [])
        #expect(KalturaValue.map(["x": 1]).arrayValue == nil)
        #expect(KalturaValue.map(["01": 1]).arrayValue == nil)
        #expect(KalturaValue.map(["-1": 1]).arrayValue == nil)
        #expect(KalturaValue.string("a").arrayValue == nil)
        #expect(KalturaValue.object(KalturaObject("T")).arrayValue == nil)
    }

    @Test func emptyArrayIsAcceptedWhereAMapIsExpected() {
        #expect(KalturaValue.array([]).mapValue == [:])
        #expect(KalturaValue.array([1]).mapValue == nil)
        #expect(KalturaValue.map(["a": 1]).mapValue == ["a": 1])
        #expect(KalturaValue.object(KalturaObject("T", ["a": 1])).mapValue == nil)
        #expect(KalturaValue.null.mapValue == nil)
    }

    @Test func emptyRelatedObjectsFromJSONReadsAsEmptyMap() throws {
        let entry = try KalturaJSON.decode(#"{"id":"0_abc","relatedObjects":[],"objectType":"KalturaMediaEntry"}"#)
        #expect(entry["relatedObjects"]?.mapValue?.isEmpty == true)
        let error = try KalturaJSON.decode(#"{"code":"X","message":"m","objectType":"KalturaAPIException","args":[]}"#)
        #expect(error["args"]?.mapValue == [:])
    }

    @Test func objectValue() {
        let object = KalturaObject("KalturaFilterPager", ["pageSize": 10])
        #expect(KalturaValue.object(object).objectValue == object)
        #expect(KalturaValue.map([:]).objectValue == nil)
    }

    @Test func isNull() {
        #expect(KalturaValue.null.isNull)
        #expect(!KalturaValue.string("").isNull)
    }

    @Test func keySubscript() {
        let map: KalturaValue = .map(["a": 1])
        #expect(map["a"] == 1)
        #expect(map["b"] == nil)
        let object: KalturaValue = ["objectType": "KalturaMediaEntry", "name": "n"]
        #expect(object["name"] == "n")
        #expect(object["objectType"] == "KalturaMediaEntry")
        #expect(KalturaValue.array([1])["a"] == nil)
        #expect(KalturaValue.string("s")["a"] == nil)
    }

    @Test func indexSubscript() {
        let array: KalturaValue = ["a", "b"]
        #expect(array[0] == "a")
        #expect(array[1] == "b")
        #expect(array[2] == nil)
        #expect(array[-1] == nil)
        #expect(KalturaValue.map(["0": 1])[0] == nil)
    }

    @Test func nestedLookups() throws {
        let response = try KalturaJSON.decode(
            #"{"objects":[{"id":"0_abc","tags":"a,b","objectType":"KalturaMediaEntry"}],"totalCount":1,"objectType":"KalturaMediaListResponse"}"#)
        #expect(response["objects"]?[0]?["id"]?.stringValue == "0_abc")
        #expect(response["totalCount"]?.intValue == 1)
        #expect(response["objects"]?[0]?.objectValue?.tags == "a,b")
    }

    @Test func equalityIsStructuralAndOrderSensitive() {
        #expect(KalturaValue.int(1) != .float(1))
        #expect(KalturaValue.int(1) != .string("1"))
        #expect(KalturaValue.map(["a": 1, "b": 2]) != .map(["b": 2, "a": 1]))
        let set: Set<KalturaValue> = [1, 1, "1", [1], ["objectType": "T"]]
        #expect(set.count == 4)
    }

    @Test func debugDescriptionIsCompactJSON() {
        let value: KalturaValue = ["objectType": "KalturaMediaEntry", "name": "a\"b", "tags": .null, "ids": [1, 2.5]]
        #expect(value.debugDescription == #"{"name":"a\"b","tags":null,"ids":[1,2.5],"objectType":"KalturaMediaEntry"}"#)
        #expect("\(KalturaValue.string("x"))" == #""x""#)
    }

    // MARK: - KalturaObject

    @Test func objectDynamicMembers() {
        var entry = KalturaObject("KalturaMediaEntry", ["name": "Intro", "mediaType": 1])
        #expect(entry.name == "Intro")
        #expect(entry.mediaType?.intValue == 1)
        #expect(entry.missing == nil)
        entry.tags = "a,b"
        #expect(Array(entry.kalturaFields.keys) == ["name", "mediaType", "tags"])
        entry.tags = nil
        #expect(entry.kalturaFields["tags"] == nil)
        entry.description = .null
        #expect(entry.kalturaFields["description"] == .null)
        entry.description = "About"
        #expect(entry.description == "About")
        #expect(entry.objectType == "KalturaMediaEntry")
    }

    @Test func objectTypeIsNotAField() {
        var fields: OrderedDictionary<String, KalturaValue> = ["objectType": "Other", "id": "1"]
        let object = KalturaObject(objectType: "KalturaMediaEntry", fields: fields)
        #expect(object.kalturaFields == ["id": "1"])
        fields = ["id": "1"]
        #expect(object == KalturaObject(objectType: "KalturaMediaEntry", fields: fields))
        #expect(KalturaObject("T", ["objectType": "U", "a": 1]).kalturaFields == ["a": 1])
    }

    @Test func objectTypeSubscript() {
        var object = KalturaObject("KalturaMediaEntry")
        #expect(object["objectType"] == "KalturaMediaEntry")
        object["objectType"] = "KalturaLiveStreamEntry"
        #expect(object.objectType == "KalturaLiveStreamEntry")
        object["objectType"] = 5
        object["objectType"] = nil
        #expect(object.objectType == "KalturaLiveStreamEntry")
        #expect(object.kalturaFields.isEmpty)
    }

    @Test func objectLiteralInitKeepsOrderAndLastValue() {
        let object = KalturaObject("KalturaFilterPager", ["pageSize": 10, "pageIndex": 2, "pageSize": 20])
        #expect(Array(object.kalturaFields.keys) == ["pageSize", "pageIndex"])
        #expect(object.pageSize == 20)
    }

    @Test func objectEquality() {
        let first = KalturaObject("T", ["a": 1, "b": 2])
        #expect(first == KalturaObject("T", ["a": 1, "b": 2]))
        #expect(first != KalturaObject("U", ["a": 1, "b": 2]))
        #expect(first != KalturaObject("T", ["b": 2, "a": 1]))
    }

    // MARK: - KalturaAPIError

    @Test func apiErrorFromJSONWithArgs() throws {
        let value = try KalturaJSON.decode(
            #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_bad\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_bad"}}"#)
        let error = try #require(KalturaAPIError(value))
        #expect(error.code == "ENTRY_ID_NOT_FOUND")
        #expect(error.message == #"Entry id "0_bad" not found"#)
        #expect(error.args == ["ENTRY_ID": "0_bad"])
        #expect(error.description == #"ENTRY_ID_NOT_FOUND: Entry id "0_bad" not found"#)
        #expect(error.localizedDescription == error.description)
    }

    @Test func apiErrorWithEmptyArgsArray() throws {
        let value = try KalturaJSON.decode(
            #"{"code":"INTERNAL_SERVERL_ERROR","message":"Internal server error occurred","objectType":"KalturaAPIException","args":[]}"#)
        let error = try #require(KalturaAPIError(value))
        #expect(error.args.isEmpty)
    }

    @Test func apiErrorWithXMLStyleArgsAndNumbers() throws {
        let value: KalturaValue = [
            "objectType": "KalturaAPIExceptionSubtype", "code": 42, "message": "m",
            "args": [
                ["objectType": "KalturaApiExceptionArg", "name": "ID", "value": 7],
                ["objectType": "KalturaApiExceptionArg", "name": "KIND", "value": "x"],
            ],
        ]
        let error = try #require(KalturaAPIError(value))
        #expect(error.code == "42")
        #expect(error.args == ["ID": "7", "KIND": "x"])
    }

    @Test func otherObjectsAreNotAPIErrors() {
        // KalturaAccessControlMessage has real code and message properties.
        let message: KalturaValue = ["objectType": "KalturaAccessControlMessage", "code": "X", "message": "m"]
        #expect(KalturaAPIError(message) == nil)
        #expect(KalturaAPIError(.map(["code": "X", "message": "m"])) == nil)
        #expect(KalturaAPIError(.string("KalturaAPIException")) == nil)
        #expect(KalturaAPIError(["objectType": "KalturaAPIException", "message": "no code"]) == nil)
    }

    @Test func apiErrorValueRoundTrips() throws {
        let error = KalturaAPIError(code: "INVALID_KS", message: "Invalid KS", args: ["KSID": "abc", "ERR_CODE": "-1"])
        #expect(KalturaAPIError(error.kalturaValue) == error)
        let decoded = try KalturaJSON.decode(KalturaJSON.encode(error.kalturaValue))
        #expect(KalturaAPIError(decoded) == error)
        let bare = KalturaAPIError(code: "X", message: "y")
        #expect(bare.kalturaValue["args"] == .array([]))
        #expect(KalturaAPIError(bare.kalturaValue) == bare)
    }

    // MARK: - KalturaResult

    @Test func resultFromSingleResponse() {
        #expect(KalturaResult(response: .bool(true)) == .success(true))
        #expect(KalturaResult(response: .null) == .success(.null))
        let error = KalturaAPIError(code: "X", message: "m")
        #expect(KalturaResult(response: error.kalturaValue) == .failure(error))
        #expect(KalturaResult(response: error.kalturaValue).error == error)
        #expect(KalturaResult(response: 5).value == 5)
    }

    @Test func resultFromMultiResponse() throws {
        let value = try KalturaJSON.decode(
            #"[{"id":"0_a","objectType":"KalturaMediaEntry"},{"code":"ENTRY_ID_NOT_FOUND","message":"m","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_bad"}},true]"#)
        let result = KalturaResult(multiResponse: value)
        #expect(
            result == .multiple([
                .success(["id": "0_a", "objectType": "KalturaMediaEntry"]),
                .failure(KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: "m", args: ["ENTRY_ID": "0_bad"])),
                .success(true),
            ]))
        #expect(result.value == nil && result.error == nil)
        // A whole-request failure is not a list.
        let failed = KalturaResult(multiResponse: KalturaAPIError(code: "X", message: "m").kalturaValue)
        #expect(failed.error?.code == "X")
    }
}
