import OrderedCollections

// MARK: - Conversion to and from KalturaValue

extension KalturaAPIError {
    /// The `objectType` the server gives API errors.
    public static let objectType = "KalturaAPIException"

    /// Reads an API error from a decoded response value.
    ///
    /// Recognises an object (or a map with an `"objectType"` entry) whose type starts with
    /// `KalturaAPIException`. `args` may be a map, the `[]` the server sends when there are
    /// none, or the XML-style list of `{name, value}` items. Argument values that are not
    /// strings are converted with ``KalturaValue/stringValue``; `code` may be a number.
    ///
    /// - Returns: `nil` when `value` is not an API error.
    public init?(_ value: KalturaValue) {
        let members: OrderedDictionary<String, KalturaValue>
        switch value {
        case .object(let object):
            guard object.objectType.hasPrefix(Self.objectType) else { return nil }
            members = object.kalturaFields
        case .map(let map):
            guard case .string(let type)? = map["objectType"], type.hasPrefix(Self.objectType) else {
                return nil
            }
            members = map
        case .null, .bool, .int, .float, .string, .array:
            return nil
        }
        guard let code = members["code"]?.stringValue else { return nil }
        let message = members["message"]?.stringValue ?? ""
        var args: OrderedDictionary<String, String> = [:]
        if let argsValue = members["args"] {
            if let map = argsValue.mapValue {
                for (name, argument) in map {
                    args[name] = argument.stringValue ?? ""
                }
            } else if case .array(let items) = argsValue {
                for item in items {
                    guard let name = item["name"]?.stringValue else { continue }
                    args[name] = item["value"]?.stringValue ?? ""
                }
            }
        }
        self.init(code: code, message: message, args: args)
    }

    /// The error as the server's JSON serializer shapes it.
    ///
    /// A map with the keys `code`, `message`, `objectType` (`KalturaAPIException`) and
    /// `args`, in that order. `args` is a map of strings, or an empty array when there are
    /// no arguments, as PHP writes an empty array:
    ///
    /// ```json
    /// {"code":"INTERNAL_SERVERL_ERROR","message":"Internal server error occurred","objectType":"KalturaAPIException","args":[]}
    /// ```
    public var kalturaValue: KalturaValue {
        let argsValue: KalturaValue
        if args.isEmpty {
            argsValue = .array([])
        } else {
            var map = OrderedDictionary<String, KalturaValue>(minimumCapacity: args.count)
            for (name, value) in args {
                map[name] = .string(value)
            }
            argsValue = .map(map)
        }
        return .map([
            "code": .string(code),
            "message": .string(message),
            "objectType": .string(Self.objectType),
            "args": argsValue,
        ])
    }
}
