/// Inheritance resolved once at load: each class's base (cycles cut), its own properties by name,
/// and the direct subclasses of each class. Flattened property lists are built on demand.
struct ClassHierarchy: Sendable {
    /// The position of each class's base class, or `nil` for a root.
    private(set) var bases: [Int?]
    /// Each class's own properties' positions by class position and name (the first declaration
    /// wins): one table for all classes, so loading builds one dictionary rather than one per class.
    private var ownPropertyIndex: [PropertyKey: Int] = [:]
    /// Class names by the name of their base, in document order.
    private(set) var directSubclasses: [String: [String]] = [:]

    init(classes: [ClassDefinition], classIndex: [String: Int], diagnostics: inout [SchemaDiagnostic]) {
        bases = Array(repeating: nil, count: classes.count)
        ownPropertyIndex.reserveCapacity(classes.reduce(0) { $0 + $1.properties.count })
        for classPosition in classes.indices {
            let properties = classes[classPosition].properties
            // Backwards, so the first declaration of a name is the one left in the table.
            for position in properties.indices.reversed() {
                ownPropertyIndex[PropertyKey(classPosition: classPosition, name: properties[position].name)] = position
            }
        }
        for position in classes.indices {
            guard let baseName = classes[position].baseName, baseName != Schema.objectBaseClassName else { continue }
            if let base = classIndex[baseName] {
                bases[position] = base
                directSubclasses[baseName, default: []].append(classes[position].name)
            } else {
                diagnostics.append(.init(.unresolvedBaseClass(className: classes[position].name, baseName: baseName)))
            }
        }
        // Cut cycles: walk each chain; a class met twice on its own chain loses its base link.
        // `walk[c] == start` marks the classes met on the walk from `start`, and `finished` those
        // whose chains were walked before and now end (cycles cut): a walk stops there, so each
        // class is walked once (walking every chain to its root cost n²/2 steps for a chain of n).
        let finished = -2
        var walk = [Int](repeating: -1, count: classes.count)
        for start in classes.indices where walk[start] != finished {
            walk[start] = start
            var current = start
            while let base = bases[current], walk[base] != finished {
                if walk[base] == start {
                    diagnostics.append(.init(.inheritanceCycle(className: classes[current].name)))
                    let cutName = classes[current].name
                    if let baseName = classes[current].baseName {
                        directSubclasses[baseName]?.removeAll { $0 == cutName }
                    }
                    bases[current] = nil
                    break
                }
                walk[base] = start
                current = base
            }
            var met: Int? = start
            while let position = met, walk[position] == start {
                walk[position] = finished
                met = bases[position]
            }
        }
    }

    struct PropertyKey: Hashable, Sendable {
        var classPosition: Int
        var name: String
    }

    /// The position of the class's own property `name` among its properties.
    func ownProperty(named name: String, inClassAt classPosition: Int) -> Int? {
        ownPropertyIndex[PropertyKey(classPosition: classPosition, name: name)]
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
