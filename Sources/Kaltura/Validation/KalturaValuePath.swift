/// Where a value sits inside a call's arguments: the parameter, then the chain of properties,
/// indexes and keys inside it, written `mediaEntry.mediaType`, `filter.advancedSearch.items[0].field`
/// or `metadata["key"]`.
public struct KalturaValuePath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// A parameter or a property, by name.
        case name(String)
        /// An array element, by 0-based index.
        case index(Int)
        /// A map value, by key.
        case key(String)
    }

    /// The steps, outermost first; the first is the parameter.
    public private(set) var components: [Component] = []

    /// Creates a path from its steps, outermost first.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of a whole parameter.
    public init(parameter name: String) {
        components = [.name(name)]
    }

    /// The parameter the path starts at, or `nil` for an empty path.
    public var parameter: String? {
        guard case .name(let name)? = components.first else { return nil }
        return name
    }

    /// The path one property further.
    func appending(_ name: String) -> KalturaValuePath {
        KalturaValuePath(components + [.name(name)])
    }

    /// The path of an array element.
    func appending(index: Int) -> KalturaValuePath {
        KalturaValuePath(components + [.index(index)])
    }

    /// The path of a map value.
    func appending(key: String) -> KalturaValuePath {
        KalturaValuePath(components + [.key(key)])
    }

    /// Whether the path is empty, as for problems with a call itself.
    public var isEmpty: Bool { components.isEmpty }

    /// The path as written: `filter.advancedSearch.items[0].field`, `metadata["key"]`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .name(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                text += "[\"\(key)\"]"
            }
        }
        return text
    }
}
