/// Where a value sits inside a call's arguments: `mediaEntry.mediaType`,
/// `filter.advancedSearch.items[0].field`, `metadata["key"]`.
struct KalturaValuePath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case name(String)
        case index(Int)
        case key(String)
    }

    private(set) var components: [Component] = []

    init(_ components: [Component] = []) {
        self.components = components
    }

    init(parameter name: String) {
        components = [.name(name)]
    }

    func appending(_ name: String) -> KalturaValuePath {
        KalturaValuePath(components + [.name(name)])
    }

    func appending(index: Int) -> KalturaValuePath {
        KalturaValuePath(components + [.index(index)])
    }

    func appending(key: String) -> KalturaValuePath {
        KalturaValuePath(components + [.key(key)])
    }

    var isEmpty: Bool { components.isEmpty }

    var description: String {
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
