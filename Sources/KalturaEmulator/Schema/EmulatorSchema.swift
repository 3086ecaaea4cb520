import KalturaCore
import KalturaSchema
import OrderedCollections

/// The schema plus the lookups the emulator needs on every call, computed once at start-up:
/// the order in which each class's properties are written, each class's properties by name
/// (inherited ones included), its ancestors, and its storage root.
struct EmulatorSchema: Sendable {
    /// The registry the emulator serves.
    let schema: Schema
    /// The error factory over the schema's catalogue.
    let errors: EmulatorErrors

    private let outputNames: [String: [String]]
    private let nullTemplates: [String: OrderedDictionary<String, KalturaValue>]
    private let propertiesByName: [String: [String: PropertyDefinition]]
    private let lineage: [String: Set<String>]
    private let roots: [String: String]

    init(_ schema: Schema) {
        self.schema = schema
        self.errors = EmulatorErrors(schema: schema)
        var outputNames: [String: [String]] = [:]
        var propertiesByName: [String: [String: PropertyDefinition]] = [:]
        var lineage: [String: Set<String>] = [:]
        var roots: [String: String] = [:]
        for definition in schema.classes {
            let ancestors = schema.ancestors(of: definition.name)
            var byName: [String: PropertyDefinition] = [:]
            for name in ([definition.name] + ancestors).reversed() {
                for property in schema.classDefinition(named: name)?.properties ?? [] {
                    byName[property.name] = property
                }
            }
            propertiesByName[definition.name] = byName
            outputNames[definition.name] = Self.derivedFirstProperties(of: definition.name, in: schema).map(\.name)
            lineage[definition.name] = Set([definition.name] + ancestors)
            roots[definition.name] = ancestors.filter { !Self.isGenericBase($0) }.last ?? definition.name
        }
        self.outputNames = outputNames
        nullTemplates = outputNames.mapValues { names in
            OrderedDictionary(uniqueKeys: names, values: repeatElement(KalturaValue.null, count: names.count))
        }
        self.propertiesByName = propertiesByName
        self.lineage = lineage
        self.roots = roots
    }

    /// Whether `name` is a class every object descends from, too general to group objects by.
    static func isGenericBase(_ name: String) -> Bool {
        name == Schema.objectBaseClassName || name == "KalturaObject"
    }

    /// The names of a class's readable properties in the order the server writes them: the
    /// class's own declarations first, then those of each base class in turn (as PHP lists
    /// object members). Write-only properties are left out. Empty for classes the schema lacks.
    func outputPropertyNames(of className: String) -> [String] {
        outputNames[className] ?? []
    }

    /// Every output property of a class set to null, in output order: copied and filled in,
    /// it gives an object the XML shape without re-hashing every name for every object.
    func nullFields(of className: String) -> OrderedDictionary<String, KalturaValue>? {
        nullTemplates[className]
    }

    /// Whether the schema defines `className`.
    func defines(_ className: String) -> Bool {
        outputNames[className] != nil
    }

    /// The class objects of `className` are stored under: its topmost defined ancestor below the
    /// generic bases, so `KalturaMediaEntry` and `KalturaBaseEntry` share one collection.
    /// A class the schema does not define is its own root.
    func storageRoot(of className: String) -> String {
        roots[className] ?? className
    }

    /// The property `name` of `className`, inherited ones included.
    func property(_ name: String, of className: String) -> PropertyDefinition? {
        propertiesByName[className]?[name]
    }

    /// Whether `className` is `ancestor` or one of its descendants.
    func isClass(_ className: String, kindOf ancestor: String) -> Bool {
        if className == ancestor || Self.isGenericBase(ancestor) { return true }
        return lineage[className]?.contains(ancestor) ?? false
    }

    private static func derivedFirstProperties(of className: String, in schema: Schema) -> [PropertyDefinition] {
        var result: [PropertyDefinition] = []
        var seen: Set<String> = []
        for name in [className] + schema.ancestors(of: className) {
            guard let definition = schema.classDefinition(named: name) else { continue }
            for property in definition.properties where !property.isWriteOnly && seen.insert(property.name).inserted {
                result.append(property)
            }
        }
        return result
    }
}
