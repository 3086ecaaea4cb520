import Kaltura
import KalturaEmulator
import Testing

@Suite("Parameter validation")
struct ValidationTests {
    @Test("unknown service and action")
    func unknownNames() async throws {
        let harness = try EmulatorHarness()
        #expect(try await harness.admin("nosuch", "list").apiError
            == KalturaAPIError(code: "SERVICE_DOES_NOT_EXISTS", message: #"Service "nosuch" does not exists"#,
                               args: ["SRV_NAME": "nosuch"]))
        #expect(try await harness.admin("media", "frobnicate").apiError
            == KalturaAPIError(code: "ACTION_DOES_NOT_EXISTS", message: #"Action "frobnicate" does not exists for service "media""#,
                               args: ["ACTION_NAME": "frobnicate", "SERVICE_NAME": "media"]))
    }

    @Test("a missing mandatory parameter")
    func missingParameter() async throws {
        let harness = try EmulatorHarness()
        #expect(try await harness.admin("media", "get").apiError
            == KalturaAPIError(code: "MISSING_MANDATORY_PARAMETER", message: #"Missing parameter "entryId""#,
                               args: ["PARAM_NAME": "entryId"]))
        #expect(try await harness.admin("media", "add").apiError?.message == #"Missing parameter "entry""#)
    }

    @Test("an unknown int enum value")
    func invalidEnum() async throws {
        let harness = try EmulatorHarness()
        let error = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "mediaType": "42"]]).apiError
        #expect(error == KalturaAPIError(
            code: "INVALID_ENUM_VALUE",
            message: #"Invalid enumeration value "42" for parameter "KalturaMediaEntry::mediaType", expecting enumeration type "KalturaMediaType""#,
            args: ["ENUM_VAL": "42", "PARAM_NAME": "KalturaMediaEntry::mediaType", "ENUM_TYPE": "KalturaMediaType"]))
    }

    @Test("strings are cast per schema type, as the Python client sends them")
    func pythonStrings() async throws {
        let harness = try EmulatorHarness()
        let added = try await harness.admin("media", "add", ["entry": [
            "objectType": "KalturaMediaEntry", "name": "typed", "mediaType": "2", "blockAutoTranscript": "False",
            "displayInSearch": "1",
        ]])
        #expect(added["mediaType"] == 2)
        #expect(added["blockAutoTranscript"] == false)
        #expect(added["displayInSearch"] == 1)
        let token = try await harness.admin("uploadtoken", "add", ["uploadToken": ["objectType": "KalturaUploadToken",
                                                                                  "autoFinalize": "True"]])
        #expect(token["autoFinalize"] == 1)  // an int enum: "true" and "false" mean 1 and 0
        #expect(try await harness.admin("media", "list", ["pager": ["objectType": "KalturaFilterPager", "pageSize": "abc"]])
            .apiError?.code == "PROPERTY_VALIDATION_NUMERIC_VALUE")
    }

    @Test("read-only properties on add, insert-only ones on update")
    func notUpdatable() async throws {
        let harness = try EmulatorHarness()
        #expect(try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "id": "0_mine"]]).apiError
            == KalturaAPIError(code: "PROPERTY_VALIDATION_NOT_UPDATABLE", message: #"The property "KalturaMediaEntry::id" cannot be updated"#,
                               args: ["PROP_NAME": "KalturaMediaEntry::id"]))
        let added = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "mediaType": 1]])
        let id = try #require(added["id"])
        // The same value is allowed (the server skips unchanged properties), another one is not.
        #expect(try await harness.admin("media", "update", ["entryId": id, "mediaEntry": ["objectType": "KalturaMediaEntry", "mediaType": 1]])
            .apiError == nil)
        #expect(try await harness.admin("media", "update", ["entryId": id, "mediaEntry": ["objectType": "KalturaMediaEntry", "mediaType": 2]])
            .apiError?.message == #"The property "KalturaMediaEntry::mediaType" cannot be updated"#)
    }

    @Test("an abstract class without a concrete objectType is refused")
    func abstractObject() async throws {
        let harness = try EmulatorHarness()
        let added = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "mediaType": 1]])
        let error = try await harness.admin("media", "addContent", ["entryId": try #require(added["id"]),
                                                                    "resource": ["objectType": "KalturaResource"]]).apiError
        #expect(error?.code == "OBJECT_TYPE_ABSTRACT")
        #expect(error?.args["OBJ_TYPE"] == "KalturaResource")
    }
}
