import OrderedCollections

/// Which calls are safe to send twice, decided from the action's name (the schema does not say
/// which actions write):
///
/// | Action | Repeatable | Why |
/// |---|---|---|
/// | `get…`, `list…`, `count…`, `search…`, `serve…`, `ping…` (e.g. `get`, `getByIds`, `getVersion`, `listByPartner`, `searchEntries`, `pingDatabase`) | yes | they read |
/// | `uploadToken.upload` with `resumeAt` ≥ 0, or without `resume` | yes | the chunk lands at the same offset, or replaces the file |
/// | `uploadToken.upload` appending (`resume` true, no `resumeAt`) | no | a second send appends the chunk twice |
/// | everything else: `add…`, `update…`, `delete…`, `approve`, `export…`, `session.start`, … | no | they write, or may |
///
/// The prefixes are matched case-sensitively at the start of the action name as the schema
/// spells it, so `getByIds` is a read but `forget` or `regenerateSecret` are not. Every action of
/// the real schemas that starts with one of them reads (`getAdminSession` and `getCsv` create
/// something, but a second one harms nothing). A multirequest is repeatable when every call in it is.
public enum KalturaRepeatableCalls {
    /// The name prefixes of read-only actions.
    public static let readOnlyPrefixes = ["get", "list", "count", "search", "serve", "ping"]

    /// Whether sending `service.action` with `parameters` twice does no more than sending it once.
    public static func isRepeatable(service: String, action: String,
                                    parameters: OrderedDictionary<String, KalturaValue>) -> Bool {
        if readOnlyPrefixes.contains(where: { action.hasPrefix($0) }) { return true }
        if service.caseInsensitiveCompare("uploadToken") == .orderedSame, action == "upload" {
            switch parameters["resumeAt"] {
            case .int(let offset)? where offset >= 0: return true
            case .float(let offset)? where offset >= 0: return true
            case .string(let offset)? where (Double(offset) ?? -1) >= 0: return true
            default: break
            }
            switch parameters["resume"] {
            case .bool(true)?, .int(1)?, .string("1")?, .string("true")?: return false
            default: return true
            }
        }
        return false
    }

    /// Whether every call of a multirequest, as its items are sent (`service`, `action`, then the
    /// parameters), is repeatable.
    static func isRepeatable(multiRequest items: OrderedDictionary<String, KalturaValue>) -> Bool {
        items.values.allSatisfy { item in
            guard case .map(let call) = item, case .string(let service)? = call["service"],
                  case .string(let action)? = call["action"] else { return false }
            return isRepeatable(service: service, action: action, parameters: call)
        }
    }
}
