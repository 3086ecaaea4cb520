/// An `<error>` of the catalogue: a code and a message template with `@NAME@` placeholders.
public struct ErrorDefinition: Sendable, Hashable {
    /// The error's constant name, e.g. `ENTRY_ID_NOT_FOUND`.
    public var name: String
    /// The code sent on the wire (normally equal to the name).
    public var code: String
    /// The message template, e.g. `Entry id "@ENTRY_ID@" not found`.
    public var message: String
    /// The names of the template's parameters in order.
    public var parameters: [String]

    public init(name: String, code: String, message: String, parameters: [String] = []) {
        self.name = name
        self.code = code
        self.message = message
        self.parameters = parameters
    }

    /// The message with each `@NAME@` placeholder replaced by its argument; unknown placeholders stay as written.
    public func message(arguments: [String: String]) -> String {
        var result = message
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "@\(name)@", with: value)
        }
        return result
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
