import KalturaCore
import OrderedCollections

/// A detached response profile (`KalturaDetachedResponseProfile`) sent as the `responseProfile`
/// request parameter: which fields of the result's objects to keep (type 1, `INCLUDE_FIELDS`) or
/// drop (type 2, `EXCLUDE_FIELDS`). For a list response it applies to each listed object.
///
/// A reference to a stored profile (`responseProfile:id` or `:systemName`) changes nothing, since
/// the emulator stores no profiles; neither do related profiles, which it does not resolve.
struct ResponseProfile: Sendable, Equatable {
    /// Whether the named fields are the only ones kept, or the ones dropped.
    enum Rule: Sendable, Equatable {
        case include, exclude
    }

    let rule: Rule
    let fields: Set<String>

    /// The profile in the request's parameters, or `nil` when there is none that selects fields.
    init?(parameters: OrderedDictionary<String, KalturaValue>) {
        guard let profile = parameters["responseProfile"], profile["id"] == nil, profile["systemName"] == nil,
              let type = profile["type"]?.intValue, let list = profile["fields"]?.stringValue
        else { return nil }
        switch type {
        case 1: rule = .include
        case 2: rule = .exclude
        default: return nil
        }
        fields = Set(list.split(separator: ",").map { String($0).trimming(" ") }.filter { !$0.isEmpty })
    }

    /// `result` with the profile applied to its objects.
    func apply(to result: KalturaValue) -> KalturaValue {
        guard case .object(var object) = result else { return result }
        if case .array(let objects)? = object.kalturaFields["objects"] {
            object.kalturaFields["objects"] = .array(objects.map(applyToObject))
            return .object(object)
        }
        return applyToObject(result)
    }

    private func applyToObject(_ value: KalturaValue) -> KalturaValue {
        guard case .object(var object) = value else { return value }
        switch rule {
        case .include: object.kalturaFields = object.kalturaFields.filter { fields.contains($0.key) }
        case .exclude: object.kalturaFields = object.kalturaFields.filter { !fields.contains($0.key) }
        }
        return .object(object)
    }
}
