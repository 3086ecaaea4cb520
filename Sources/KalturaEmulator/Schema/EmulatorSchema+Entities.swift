import KalturaCore
import KalturaSchema

extension EmulatorSchema {
    /// The class of the objects a service manages: the result of its `get`, else of its `add`,
    /// else the element type of its `list` response. `nil` for services that manage none.
    func entityClass(ofService service: ServiceDefinition) -> String? {
        if let name = service.action(named: "get")?.result.flatMap(Self.className(of:)) { return name }
        if let name = service.action(named: "add")?.result.flatMap(Self.className(of:)) { return name }
        if let list = service.action(named: "list")?.result.flatMap(Self.className(of:)) {
            return elementClass(ofListResponse: list)
        }
        return nil
    }

    /// The element class of a list response class: the type of its `objects` array, or for a
    /// class the schema lacks, its name without `ListResponse` (`KalturaMetadataListResponse` →
    /// `KalturaMetadata`).
    func elementClass(ofListResponse listClass: String) -> String? {
        if let objects = property("objects", of: listClass), case .array(let element) = objects.type {
            return Self.className(of: element)
        }
        if listClass.hasSuffix("ListResponse") {
            return String(listClass.dropLast("ListResponse".count))
        }
        return nil
    }

    /// The class a type reference names, for objects and for names the schema does not define.
    static func className(of type: TypeReference) -> String? {
        switch type {
        case .object(let name), .unresolved(let name): return name
        case .primitive, .enumeration, .array, .map: return nil
        }
    }

    /// The words of a class name without the `Kaltura` prefix, in upper snake case, longest
    /// first: `KalturaMediaEntry` → `MEDIA_ENTRY`, `ENTRY`.
    static func errorStems(of className: String) -> [String] {
        var name = Substring(className)
        if name.hasPrefix("Kaltura") { name = name.dropFirst("Kaltura".count) }
        var words: [String] = []
        var current = ""
        for character in name {
            if character.isUppercase, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        let upper = words.map { $0.uppercased() }
        return upper.indices.map { upper[$0...].joined(separator: "_") }
    }

    /// The status a new object of `className` starts in: for entries `NO_CONTENT`, otherwise
    /// the first of `PENDING`, `ACTIVE`, `READY` or `ENABLED` its status enum defines.
    func initialStatus(of className: String) -> KalturaValue? {
        for preferred in ["NO_CONTENT", "PENDING", "ACTIVE", "READY", "ENABLED"] {
            if let value = statusValue(preferred, of: className) { return value }
        }
        return nil
    }

    /// The constant `name` of the enum that types `className`'s `status`, as a value of the
    /// enum's base type (`.int(2)` for an int enum, `.string("2")` for a string enum).
    func statusValue(_ name: String, of className: String) -> KalturaValue? {
        guard let status = property("status", of: className),
              case .enumeration(let enumName, let base) = status.type,
              let constant = schema.enumeration(named: enumName)?.constant(named: name) else { return nil }
        if base == .int, let number = Int(constant.value) { return .int(number) }
        return .string(constant.value)
    }

    /// Whether objects of `className` carry an entry status (`KalturaEntryStatus`), whose lists
    /// show only ready entries unless a filter names a status or an id.
    func hasEntryStatus(_ className: String) -> Bool {
        guard let status = property("status", of: className), case .enumeration(let enumName, _) = status.type else {
            return false
        }
        return enumName == "KalturaEntryStatus"
    }
}
