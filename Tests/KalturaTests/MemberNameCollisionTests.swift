import Kaltura
import KalturaSchema
import KalturaTestSupport
import Testing

/// The members of ``KalturaValue`` and ``KalturaObject`` that dot syntax reaches must not be the name
/// of a property of any class in the real schemas, or `entry.thatName` would read the member
/// instead of the field (as `entry.description` once returned the whole entry's JSON).
@Suite struct MemberNameCollisionTests {
    /// Every instance member of `KalturaValue` reachable as `value.name`, public API only.
    ///
    /// Keep in sync with Sources/KalturaCore/Values/ and every public `extension KalturaValue`: a new
    /// property or method there must be added here. Enum cases (`.object`, `.string`, …) are static,
    /// so `value.object` is still the field. ``namesExist`` checks the names below compile.
    static let valueMembers: Set<String> = [
        "isNull", "stringValue", "intValue", "floatValue", "boolValue", "arrayValue", "objectValue", "mapValue",
        "dateValue", "decode", "kalturaValue", "kalturaArgument", "debugDescription", "customMirror",
        "hashValue", "hash",
    ]

    /// Every instance member of `KalturaObject` reachable as `object.name`, public API only.
    static let objectMembers: Set<String> = [
        "objectType", "kalturaFields", "kalturaValue", "kalturaArgument", "debugDescription", "customMirror",
        "hashValue", "hash",
    ]

    /// `hash` is `Hashable.hash(into:)`, which the types cannot rename; 3.3.0 has a `hash` property,
    /// read as `object["hash"]`. This is the only collision allowed.
    static let unavoidable: Set<String> = ["hash"]

    @Test(arguments: ["kaltura-schema-22.15.0.xml", "kaltura-schema-3.3.0.xml", "kaltura-schema-3.1.1.xml"])
    func noPropertyOfARealSchemaIsHiddenByAMember(file: String) throws {
        let schema = try TestFixtures.loadedSharedSchema(file)
        var hidden: [String] = []
        for definition in schema.classes {
            for property in definition.properties
            where Self.valueMembers.union(Self.objectMembers).contains(property.name) && !Self.unavoidable.contains(property.name) {
                hidden.append("\(definition.name).\(property.name)")
            }
        }
        #expect(hidden == [])
        // The schemas do have the names the old members used, so the renames matter.
        let names = Set(schema.classes.flatMap { $0.properties.map(\.name) })
        if file == "kaltura-schema-22.15.0.xml" {
            #expect(names.isSuperset(of: ["description", "fields"]))
        }
    }

    @Test func namesExist() {
        // Key paths and method references that stop compiling when a member above is renamed.
        let value: KalturaValue = ["objectType": "KalturaDetachedResponseProfile", "fields": "id,name", "description": "d"]
        _ = (\KalturaValue.isNull, \KalturaValue.stringValue, \KalturaValue.intValue, \KalturaValue.floatValue)
        _ = (\KalturaValue.boolValue, \KalturaValue.arrayValue, \KalturaValue.objectValue, \KalturaValue.mapValue)
        _ = (\KalturaValue.dateValue, \KalturaValue.kalturaValue, \KalturaValue.kalturaArgument, \KalturaValue.debugDescription)
        _ = (\KalturaValue.customMirror, \KalturaValue.hashValue)
        _ = (\KalturaObject.objectType, \KalturaObject.kalturaFields, \KalturaObject.kalturaValue, \KalturaObject.kalturaArgument)
        _ = (\KalturaObject.debugDescription, \KalturaObject.customMirror, \KalturaObject.hashValue)
        // And the fields the old members hid are members now.
        #expect(value.fields == "id,name")
        #expect(value.description == "d")
        let object = try? KalturaObject(kalturaValue: value)
        #expect(object?.fields == "id,name")
        #expect(object?.description == "d")
        #expect("\(value)" == #"{"fields":"id,name","description":"d","objectType":"KalturaDetachedResponseProfile"}"#)
    }
}
