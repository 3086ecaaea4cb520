/// Inheritance resolved once at load: each class's base (cycles cut), its own properties by name,
/// and the direct subclasses of each class. Flattened property lists are built on demand.
struct ClassHierarchy: Sendable {
    /// The position of each class's base class, or `nil` for a root.
    private(set) var bases: [Int?]
    /// For each class, its own properties' positions by name (the first declaration wins).
    private(set) var ownPropertyIndex: [[String: Int]]
    /// Class names by the name of their base, in document order.
    private(set) var directSubclasses: [String: [String]] = [:]

    init(classes: [ClassDefinition], classIndex: [String: Int], diagnostics: inout [SchemaDiagnostic]) {
        bases = Array(repeating: nil, count: classes.count)
        ownPropertyIndex = classes.map { definition in
            var index: [String: Int] = [:]
            index.reserveCapacity(definition.properties.count)
            for (position, property) in definition.properties.enumerated() where index[property.name] == nil {
                index[property.name] = position
            }
            return index
        }
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
    }

    /// The class at `position` followed by its ancestors, nearest first.
    func chain(from position: Int) -> [Int] {
        var result = [position]
        var current = position
        while let base = bases[current] {
            result.append(base)
            current = base
        }
        return result
    }
}
