/// Turns the schema's `type`/`enumType`/`arrayType` spellings into ``TypeReference`` values and
/// remembers every name it could not resolve, with the places that referenced it.
struct TypeResolver {
    let enums: [EnumDefinition]
    let enumIndex: [String: Int]
    let classIndex: [String: Int]
    private(set) var unresolved: [String: [String]] = [:]

    init(enums: [EnumDefinition], enumIndex: [String: Int], classIndex: [String: Int]) {
        self.enums = enums
        self.enumIndex = enumIndex
        self.classIndex = classIndex
    }

    mutating func resolve(type: String, enumType: String?, arrayType: String?, at place: @autoclosure () -> String) -> TypeReference {
        if let enumType {
            let base = PrimitiveType(rawValue: type) ?? .string
            if let position = enumIndex[enumType] {
                return .enumeration(name: enumType, base: enums[position].base)
            }
            note(enumType, at: place)
            return .enumeration(name: enumType, base: base == .int ? .int : .string)
        }
        switch type {
        case "array":
            return .array(of: arrayType.map { resolve(name: $0, at: place()) } ?? .primitive(.string))
        case "map":
            return .map(of: arrayType.map { resolve(name: $0, at: place()) } ?? .primitive(.string))
        default:
            return resolve(name: type, at: place())
        }
    }

    /// Resolves the declared type of each element in place. Elements are not copied (a copy would
    /// retain and release every string they hold); `place` names an element only for an unresolved type.
    mutating func resolveTypes<Slot: DeclaredTypeSlot>(of slots: inout [Slot], at place: (Slot) -> String) {
        slots.withUnsafeMutableBufferPointer { slots in
            for position in slots.indices {
                slots[position].type = resolve(
                    type: slots[position].typeName, enumType: slots[position].enumTypeName,
                    arrayType: slots[position].arrayTypeName, at: place(slots[position]))
            }
        }
    }

    mutating func resolve(name: String, at place: @autoclosure () -> String) -> TypeReference {
        if let primitive = PrimitiveType(rawValue: name) { return .primitive(primitive) }
        if let position = enumIndex[name] { return .enumeration(name: name, base: enums[position].base) }
        if classIndex[name] != nil || name == Schema.objectBaseClassName { return .object(name) }
        note(name, at: place)
        return .unresolved(name)
    }

    private mutating func note(_ name: String, at place: () -> String) {
        unresolved[name, default: []].append(place())
    }
}

/// A property or parameter: something whose type the schema spells with `type`/`enumType`/`arrayType`.
protocol DeclaredTypeSlot {
    var typeName: String { get }
    var enumTypeName: String? { get }
    var arrayTypeName: String? { get }
    var type: TypeReference { get set }
}

extension PropertyDefinition: DeclaredTypeSlot {}
extension ParameterDefinition: DeclaredTypeSlot {}
