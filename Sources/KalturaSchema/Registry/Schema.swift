/// An immutable registry of everything a Kaltura API schema declares: enums, classes, services,
/// plugins, errors and configurations, with every type reference resolved.
///
/// Load one with ``Schema/init(contentsOf:)`` or ``Schema/init(xml:)``; the registry is `Sendable`
/// and cheap to copy. Lookups by name are dictionary lookups. Names the schema references but never
/// defines are kept as ``TypeReference/unresolved(_:)`` and listed in ``diagnostics``.
public struct Schema: Sendable {
    /// The name of the class every Kaltura object descends from. Schemas reference it without declaring it.
    public static let objectBaseClassName = "KalturaObjectBase"

    /// The server's API version (`apiVersion` on the root), if declared.
    public let apiVersion: String?
    /// When the schema was generated, as the Unix-seconds string of the `generatedDate` root attribute.
    public let generatedDate: String?
    /// Enums in document order.
    public let enums: [EnumDefinition]
    /// Classes in document order (the built-in ``objectBaseClassName`` is not among them).
    public let classes: [ClassDefinition]
    /// Services in document order.
    public let services: [ServiceDefinition]
    /// Plugins in document order.
    public let plugins: [PluginDefinition]
    /// The error catalogue in document order.
    public let errors: [ErrorDefinition]
    /// The `<configurations>` sections (`client`, `request`); empty for schemas that predate them.
    public let configurations: [ConfigurationSection]
    /// Problems that did not stop the load.
    public let diagnostics: [SchemaDiagnostic]
    /// The distinct names referenced as types but never defined, sorted.
    public let unresolvedTypeNames: [String]

    private let enumIndex: [String: Int]
    private let classIndex: [String: Int]
    private let serviceIndex: [String: Int]
    private let pluginServiceIndex: [PluginServiceKey: Int]
    private let pluginIndex: [String: Int]
    private let errorIndex: [String: Int]
    private let hierarchy: ClassHierarchy

    struct PluginServiceKey: Hashable {
        var plugin: String
        var service: String
    }

    init(document: consuming SchemaDocument) {
        var diagnostics = document.diagnostics
        apiVersion = document.apiVersion
        generatedDate = document.generatedDate
        plugins = document.plugins
        errors = document.errors
        configurations = document.configurations

        enumIndex = Self.index(document.enums, kind: "enum", name: \.name, diagnostics: &diagnostics)
        classIndex = Self.index(document.classes, kind: "class", name: \.name, diagnostics: &diagnostics)
        let errorIndex = Self.index(document.errors, kind: "error", name: \.name, diagnostics: &diagnostics)
        self.errorIndex = errorIndex
        pluginIndex = Self.index(document.plugins, kind: "plugin", name: { $0.name.lowercased() }, diagnostics: &diagnostics)
        serviceIndex = Self.index(document.services, kind: "service", name: { $0.id.lowercased() }, diagnostics: &diagnostics)

        var resolver = TypeResolver(enums: document.enums, enumIndex: enumIndex, classIndex: classIndex)
        // Move the arrays out so the in-place type resolution below does not copy them.
        var classes = document.classes
        document.classes = []
        // Fields are read and written in place: copying whole definitions would retain and release
        // every string they hold.
        for classPosition in classes.indices {
            resolver.resolveTypes(of: &classes[classPosition].properties) { "\($0.declaringClass).\($0.name)" }
            for position in classes[classPosition].properties.indices {
                guard let valuesEnum = classes[classPosition].properties[position].valuesEnumType else { continue }
                let name = classes[classPosition].properties[position].name
                _ = resolver.resolve(name: valuesEnum, at: "\(classes[classPosition].name).\(name)")
            }
        }
        var services = document.services
        document.services = []
        for servicePosition in services.indices {
            let serviceId = services[servicePosition].id
            services[servicePosition].actions.withUnsafeMutableBufferPointer { actions in
                for actionPosition in actions.indices {
                    let actionName = actions[actionPosition].name
                    resolver.resolveTypes(of: &actions[actionPosition].parameters) { "\(serviceId).\(actionName)(\($0.name))" }
                    if let resultType = actions[actionPosition].resultTypeName {
                        actions[actionPosition].result = resolver.resolve(
                            type: resultType, enumType: nil, arrayType: actions[actionPosition].resultArrayTypeName,
                            at: "\(serviceId).\(actionName) result")
                    }
                    for errorName in actions[actionPosition].errorNames where errorIndex[errorName] == nil {
                        diagnostics.append(.init(.undeclaredError(name: errorName, action: "\(serviceId).\(actionName)")))
                    }
                }
            }
        }
        for section in document.configurations {
            for setting in section.settings {
                _ = resolver.resolve(type: setting.typeName, enumType: nil, arrayType: nil,
                                     at: "configuration \(section.name).\(setting.name)")
            }
        }
        unresolvedTypeNames = resolver.unresolved.keys.sorted()
        for name in unresolvedTypeNames {
            diagnostics.append(.init(.unresolvedType(name: name, referencedBy: resolver.unresolved[name] ?? [])))
        }

        self.enums = document.enums
        self.classes = classes
        self.services = services

        hierarchy = ClassHierarchy(classes: classes, classIndex: classIndex, diagnostics: &diagnostics)

        var pluginServices: [PluginServiceKey: Int] = [:]
        let owners = Self.pluginServiceOwners(document.plugins)
        for (position, service) in services.enumerated() {
            guard let plugin = service.plugin ?? Self.pluginOwning(service, owners: owners) else { continue }
            let key = PluginServiceKey(plugin: plugin.lowercased(), service: service.name.lowercased())
            if pluginServices[key] == nil { pluginServices[key] = position }
        }
        pluginServiceIndex = pluginServices
        self.diagnostics = diagnostics
    }

    private static func index<Element>(_ elements: [Element], kind: String, name: (Element) -> String,
                                       diagnostics: inout [SchemaDiagnostic]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            let key = name(element)
            if index[key] == nil {
                index[key] = position
            } else {
                diagnostics.append(.init(.duplicateDefinition(kind: kind, name: key)))
            }
        }
        return index
    }

    /// For schemas whose plugin services lack a `plugin` attribute: the plugin whose `<pluginService>`
    /// names the service and whose name prefixes its id (`metadata` + `metadataProfile` → `metadata_metadataprofile`).
    private static func pluginOwning(_ service: ServiceDefinition, owners: [String: (plugin: String, service: String)]) -> String? {
        guard let owner = owners[service.id.lowercased()], owner.service == service.name.lowercased() else { return nil }
        return owner.plugin
    }

    /// The wire id each plugin's `<pluginService>` implies (`metadata_metadataprofile`), lowercased,
    /// with the plugin's name and the lowercased service name; the first plugin to claim an id keeps it.
    private static func pluginServiceOwners(_ plugins: [PluginDefinition]) -> [String: (plugin: String, service: String)] {
        var owners: [String: (plugin: String, service: String)] = [:]
        for plugin in plugins {
            for serviceName in plugin.serviceNames {
                let id = ServiceName.pluginService(plugin: plugin.name, service: serviceName).impliedIdentifier
                if owners[id] == nil { owners[id] = (plugin.name, serviceName.lowercased()) }
            }
        }
        return owners
    }

    // MARK: - Lookups

    /// The enum with the given name.
    public func enumeration(named name: String) -> EnumDefinition? {
        enumIndex[name].map { enums[$0] }
    }

    /// The class with the given name. ``objectBaseClassName`` is answered with a built-in, property-less class.
    public func classDefinition(named name: String) -> ClassDefinition? {
        if let position = classIndex[name] { return classes[position] }
        if name == Self.objectBaseClassName { return ClassDefinition(name: name, isAbstract: true) }
        return nil
    }

    /// The service with the given wire id, compared case-insensitively as the server does.
    public func service(id: String) -> ServiceDefinition? {
        serviceIndex[id.lowercased()].map { services[$0] }
    }

    /// The service a plugin contributes under a friendly name, e.g. `("metadata", "metadataProfile")`.
    /// Both names compare case-insensitively.
    public func service(plugin: String, name: String) -> ServiceDefinition? {
        pluginServiceIndex[PluginServiceKey(plugin: plugin.lowercased(), service: name.lowercased())].map { services[$0] }
    }

    /// The services a plugin contributes, in document order.
    public func services(inPlugin plugin: String) -> [ServiceDefinition] {
        let key = plugin.lowercased()
        return pluginServiceIndex.filter { $0.key.plugin == key }.values.sorted().map { services[$0] }
    }

    /// The plugin with the given name (case-insensitive).
    public func plugin(named name: String) -> PluginDefinition? {
        pluginIndex[name.lowercased()].map { plugins[$0] }
    }

    /// The catalogue entry for an error name, e.g. `ENTRY_ID_NOT_FOUND`.
    public func error(named name: String) -> ErrorDefinition? {
        errorIndex[name].map { errors[$0] }
    }

    /// The action `action` of the service with wire id `serviceId`.
    public func action(_ action: String, ofService serviceId: String) -> ActionDefinition? {
        service(id: serviceId)?.action(named: action)
    }

    /// All properties of a class, inherited ones first, in declaration order; a subclass's
    /// redeclaration replaces the inherited property in place.
    public func properties(of className: String) -> [PropertyDefinition] {
        guard let position = classIndex[className] else { return [] }
        var properties: [PropertyDefinition] = []
        var positions: [String: Int] = [:]
        for level in hierarchy.chain(from: position).reversed() {
            for property in classes[level].properties {
                if let existing = positions[property.name] {
                    properties[existing] = property
                } else {
                    positions[property.name] = properties.count
                    properties.append(property)
                }
            }
        }
        return properties
    }

    /// The property `name` of a class, including inherited ones.
    public func property(_ name: String, of className: String) -> PropertyDefinition? {
        guard let position = classIndex[className] else { return nil }
        for level in hierarchy.chain(from: position) {
            if let property = hierarchy.ownProperty(named: name, inClassAt: level) { return classes[level].properties[property] }
        }
        return nil
    }

    /// The classes that name `className` as their base, in document order.
    public func directSubclasses(of className: String) -> [String] {
        hierarchy.directSubclasses[className] ?? []
    }

    /// Every class that descends from `className`, breadth first (not including `className`).
    public func descendants(of className: String) -> [String] {
        if className == Self.objectBaseClassName { return classes.map(\.name) }
        var result: [String] = []
        var queue = directSubclasses(of: className)[...]
        var seen: Set<String> = [className]
        while let next = queue.popFirst() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            queue.append(contentsOf: directSubclasses(of: next))
        }
        return result
    }

    /// The chain of base classes of `className`, nearest first (not including `className`).
    public func ancestors(of className: String) -> [String] {
        guard let position = classIndex[className] else { return [] }
        return hierarchy.chain(from: position).dropFirst().map { classes[$0].name }
    }

    /// Whether `className` is `ancestor` or descends from it. Every class descends from ``objectBaseClassName``.
    public func isClass(_ className: String, kindOf ancestor: String) -> Bool {
        if className == ancestor || ancestor == Self.objectBaseClassName { return true }
        return ancestors(of: className).contains(ancestor)
    }

    /// Resolves a bare type name the way the loader does: primitive, enum, class, or unresolved.
    package func typeReference(named name: String) -> TypeReference {
        if let primitive = PrimitiveType(rawValue: name) { return .primitive(primitive) }
        if let definition = enumeration(named: name) { return .enumeration(name: name, base: definition.base) }
        if classDefinition(named: name) != nil { return .object(name) }
        return .unresolved(name)
    }
}
