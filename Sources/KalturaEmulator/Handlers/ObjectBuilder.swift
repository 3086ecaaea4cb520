import KalturaCore
import KalturaSchema
import OrderedCollections

/// Builds the objects the store keeps: fills the fields the server sets on `add`, applies
/// `update`s, normalises tags, and keeps fields in the order the server writes them.
struct ObjectBuilder: Sendable {
    let model: EmulatorSchema
    let now: Int
    let partnerId: Int
    let userId: String

    /// A new object from what the client sent, with the server-side fields filled in: `id`
    /// unless the client chose it (a counting integer or an entry-style string, by the schema's
    /// type), `partnerId`,
    /// `createdAt`, `updatedAt`, the initial `status`, and the session's user as `creatorId`
    /// or `userId` where those are not given.
    ///
    /// - Throws: `ID_SPACE_EXHAUSTED` when no integer id is left for `root`.
    func newObject(from sent: KalturaObject, root: String, identifiers: inout IdentifierGenerator,
                   isTaken: (String) -> Bool) throws(KalturaAPIError) -> KalturaObject {
        let className = sent.objectType
        let defined = model.defines(className)
        var values = OrderedDictionary<String, KalturaValue>(minimumCapacity: sent.kalturaFields.count + 6)
        for (name, value) in sent.kalturaFields where !value.isNull {
            values[name] = normalized(name, value)
        }
        func has(_ name: String) -> Bool { !defined || model.property(name, of: className) != nil }
        func type(of name: String) -> TypeReference? { model.property(name, of: className)?.type }

        if has("id"), values["id"] == nil {  // a writable id (a user's id) is the client's to choose
            switch type(of: "id") {
            case .primitive(.string)?:
                values["id"] = .string(identifiers.nextString(isTaken: isTaken))
            default:
                guard let id = identifiers.nextInteger(for: root, isTaken: isTaken) else {
                    throw model.errors.make("ID_SPACE_EXHAUSTED", className, String(Int.max))
                }
                values["id"] = .int(id)
            }
        }
        if has("partnerId") { values["partnerId"] = .int(partnerId) }
        if has("createdAt") { values["createdAt"] = .int(now) }
        if has("updatedAt") { values["updatedAt"] = .int(now) }
        if defined, values["status"] == nil || model.property("status", of: className)?.isReadOnly == true,
           let status = model.initialStatus(of: className) {
            values["status"] = status
        }
        if defined, !userId.isEmpty {
            if model.property("creatorId", of: className) != nil, values["creatorId"] == nil { values["creatorId"] = .string(userId) }
            if model.property("userId", of: className) != nil, values["userId"] == nil { values["userId"] = .string(userId) }
        }
        return ordered(KalturaObject(objectType: className, fields: values))
    }

    /// `stored` with the sent fields applied: values replace, nulls clear, `updatedAt` moves on.
    func updated(_ stored: KalturaObject, with sent: KalturaObject) -> KalturaObject {
        var result = stored
        for (name, value) in sent.kalturaFields {
            if value.isNull {
                result.kalturaFields.removeValue(forKey: name)
            } else {
                result.kalturaFields[name] = normalized(name, value)
            }
        }
        if !model.defines(result.objectType) || model.property("updatedAt", of: result.objectType) != nil {
            result.kalturaFields["updatedAt"] = .int(now)
        }
        return ordered(result)
    }

    /// The object with its fields in the server's output order; fields the class does not
    /// declare (only possible for classes the schema lacks) keep their order after them.
    func ordered(_ object: KalturaObject) -> KalturaObject {
        let names = model.outputPropertyNames(of: object.objectType)
        guard !names.isEmpty else { return object }
        var fields = OrderedDictionary<String, KalturaValue>(minimumCapacity: object.kalturaFields.count)
        for name in names {
            if let value = object.kalturaFields[name] { fields[name] = value }
        }
        return KalturaObject(objectType: object.objectType, fields: fields)
    }

    private func normalized(_ name: String, _ value: KalturaValue) -> KalturaValue {
        guard name == "tags", case .string(let text) = value else { return value }
        return .string(Self.normalizedTags(text))
    }

    /// Tags as the server stores them: split on commas, trimmed, empty and repeated ones
    /// dropped, joined with `", "`.
    static func normalizedTags(_ text: String) -> String {
        var seen: Set<String> = []
        var tags: [String] = []
        for piece in text.split(separator: ",") {
            let tag = piece.trimming(" \t\r\n")
            if !tag.isEmpty, seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags.joined(separator: ", ")
    }
}
