/// Inheritance resolved once at load: each class's flattened property list and its direct subclasses.
struct ClassHierarchy {
    private(set) var flattenedProperties: [[PropertyDefinition]]
    private(set) var directSubclasses: [String: [String]] = [:]

    init(classes: [ClassDefinition], classIndex: [String: Int], diagnostics: inout [SchemaDiagnostic]) {
        var bases: [Int?] = Array(repeating: nil, count: classes.count)
        for (position, definition) in classes.enumerated() {
            guard let baseName = definition.baseName, baseName != Schema.objectBaseClassName else { continue }
            if let base = classIndex[baseName] {
                bases[position] = base
                directSubclasses[baseName, default: []].append(definition.name)
            } else {
                diagnostics.append(.init(.unresolvedBaseClass(className: definition.name, baseName: baseName)))
            }
        }
        // Cut cycles: walk each chain; a class met twice on its own chain loses its base link.
        for start in classes.indices {
            var seen: Set<Int> = [start]
            var current = start
            while let base = bases[current] {
                if !seen.insert(base).inserted {
                    diagnostics.append(.init(.inheritanceCycle(className: classes[current].name)))
                    let cutName = classes[current].name
                    if let baseName = classes[current].baseName {
                        directSubclasses[baseName]?.removeAll { $0 == cutName }
                    }
                    bases[current] = nil
                    break
                }
                current = base
            }
        }
        var flattened: [[PropertyDefinition]?] = Array(repeating: nil, count: classes.count)
        func flatten(_ position: Int) -> [PropertyDefinition] {
            if let done = flattened[position] { return done }
            var properties = bases[position].map(flatten) ?? []
            for property in classes[position].properties {
                if let existing = properties.firstIndex(where: { $0.name == property.name }) {
                    properties[existing] = property
                } else {
                    properties.append(property)
                }
            }
            flattened[position] = properties
            return properties
        }
        flattenedProperties = classes.indices.map(flatten)
    }
}
