import KalturaSchema
import OrderedCollections

extension KalturaAPIError {
    /// The members an error written without `objectType` may have.
    private static let untypedMembers: Set<String> = ["code", "message", "args"]

    /// Reads an API error in the shape servers wrote before IX-9.6.0 (October 2013): a JSON object
    /// `{"code": "…", "message": "…"}` with no `objectType`, possibly with `args`.
    ///
    /// A result could have that shape too, so the shape is exact: the object has `code` and
    /// `message`, both strings, and no member besides them and `args` (a map, or `[]` for none).
    /// It is not read as an error when the declared result could hold it: a map, or a class that
    /// declares both `code` and `message` properties (`KalturaAccessControlMessage` does). Only the
    /// whole result of a call (or of one call of a multirequest) is examined, never a nested object.
    ///
    /// - Parameters:
    ///   - value: The decoded result.
    ///   - resultType: The action's declared result, when the schema knows it.
    ///   - schema: The schema that declares it.
    /// - Returns: `nil` when `value` is not an error of that shape.
    init?(untyped value: KalturaValue, declared resultType: TypeReference?, schema: Schema) {
        guard case .map(let members) = value,
              case .string? = members["code"], case .string? = members["message"],
              members.keys.allSatisfy(Self.untypedMembers.contains)
        else { return nil }
        switch members["args"] {
        case nil, .map?: break
        case .array(let items)? where items.isEmpty: break
        default: return nil
        }
        switch resultType {
        case .primitive(.map)?, .map?:
            return nil
        case .object(let declared)?:
            let names = Set(schema.properties(of: declared).map(\.name))
            if names.contains("code") && names.contains("message") { return nil }
        default:
            break
        }
        var typed = members
        typed["objectType"] = .string(Self.objectType)
        self.init(.map(typed))
    }
}
