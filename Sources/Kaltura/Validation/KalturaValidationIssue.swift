/// One problem with a call's arguments, found before anything is sent: where it is and what is wrong.
public struct KalturaValidationIssue: Sendable, Hashable {
    /// What is wrong. Each case carries what was given and what the schema expects.
    public enum Kind: Sendable, Hashable {
        /// No service has this name; `suggestions` are close names that do exist.
        case unknownService(name: String, suggestions: [String])
        /// The service has no such action.
        case unknownAction(service: String, name: String, suggestions: [String])
        /// The action has no such parameter; `expected` lists the parameters it has.
        case unknownParameter(name: String, expected: [String], suggestions: [String])
        /// The object's class has no such property.
        case unknownProperty(name: String, className: String, suggestions: [String])
        /// A parameter that is not optional was not given.
        case missingParameter(type: String)
        /// The value has the wrong kind, e.g. a string where an int is declared.
        case wrongType(expected: String, actual: String)
        /// The value is not one of the int enum's constants (string enums are open and accept any value).
        case invalidEnumValue(value: String, enumName: String, allowed: [String], suggestions: [String])
        /// A read-only property was set on an add or update.
        case readOnlyProperty(className: String, action: String)
        /// An insert-only property was set on an update.
        case insertOnlyProperty(className: String, action: String)
        /// A string shorter than the declared minimum length.
        case tooShort(length: Int, minimum: Int)
        /// A string longer than the declared maximum length.
        case tooLong(length: Int, maximum: Int)
        /// A number below the declared minimum.
        case belowMinimum(value: String, minimum: String)
        /// A number above the declared maximum.
        case aboveMaximum(value: String, maximum: String)
        /// The `objectType` names no class of the schema.
        case unknownObjectType(name: String, declared: String, suggestions: [String])
        /// The `objectType` is a class, but neither the declared class nor a subclass of it.
        case objectTypeNotAllowed(name: String, declared: String)
        /// The class is abstract; `concrete` lists classes that can be sent instead.
        case abstractObjectType(name: String, concrete: [String])
        /// An explicit null on an array property, which the server ignores.
        case nullArray
        /// More positional arguments than the action has parameters.
        case tooManyPositionalArguments(given: Int, parameters: [String])
        /// Positional arguments for an action the schema does not describe, so their names are unknown.
        case positionalArgumentsWithoutSchema(given: Int)
        /// The same parameter was given twice (by position and by name, or by name twice).
        case duplicateArgument
        /// A Swift value of a type the client cannot send.
        case unsupportedValue(typeName: String)
        /// Raw bytes (`Data`, `[UInt8]`) given as a value: files are sent as ``KalturaFile``.
        case unwrappedBytes(typeName: String)
        /// A ``KalturaFile`` given by position or inside another value, where it cannot be sent:
        /// files go by name to `file` parameters.
        case misplacedFile
        /// A multirequest's result reference to a call that has not run yet (this one or a later
        /// one) or that does not exist.
        case unavailableReference(token: String, ordinal: Int, position: Int, count: Int)
        /// A call that cannot be part of a multirequest, and why.
        case notInMultiRequest(call: String, reason: String)
        /// A multirequest without calls.
        case emptyMultiRequest
    }

    /// Where the problem is, such as `mediaEntry.mediaType`; empty for problems with the call itself.
    public var path: String
    /// What is wrong.
    public var kind: Kind

    /// Creates an issue.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// Whether the call cannot be sent at all, even with validation turned off: the client cannot
    /// tell which parameter a value belongs to, or cannot encode it.
    public var preventsSending: Bool {
        switch kind {
        case .tooManyPositionalArguments, .positionalArgumentsWithoutSchema, .duplicateArgument, .unsupportedValue,
             .unwrappedBytes, .misplacedFile, .notInMultiRequest, .emptyMultiRequest:
            return true
        default:
            return false
        }
    }
}

extension KalturaValidationIssue: CustomStringConvertible {
    /// The path, a colon and the problem: `mediaEntry.mediaType: 7 is not a value of KalturaMediaType; …`.
    public var description: String {
        path.isEmpty ? message : "\(path): \(message)"
    }

    /// The problem without the path.
    public var message: String {
        switch kind {
        case .unknownService(let name, let suggestions):
            return "unknown service \"\(name)\"" + Self.didYouMean(suggestions)
        case .unknownAction(let service, let name, let suggestions):
            return "unknown action \"\(name)\" of service \(service)" + Self.didYouMean(suggestions)
        case .unknownParameter(_, let expected, let suggestions):
            if !suggestions.isEmpty { return "unknown parameter" + Self.didYouMean(suggestions) }
            return expected.isEmpty
                ? "unknown parameter; the action takes none"
                : "unknown parameter; expected one of: \(Self.list(expected))"
        case .unknownProperty(_, let className, let suggestions):
            return "unknown property of \(className)" + Self.didYouMean(suggestions)
        case .missingParameter(let type):
            return "missing required parameter (\(type))"
        case .wrongType(let expected, let actual):
            return "expected \(expected), got \(actual)"
        case .invalidEnumValue(let value, let enumName, let allowed, let suggestions):
            if !suggestions.isEmpty {
                return "\(value) is not a value of \(enumName)" + Self.didYouMean(suggestions)
            }
            return "\(value) is not a value of \(enumName); expected one of: \(Self.list(allowed))"
        case .readOnlyProperty(let className, let action):
            return "read-only property of \(className); \(action) cannot set it"
        case .insertOnlyProperty(let className, let action):
            return "insert-only property of \(className); it can be set on add, not by \(action)"
        case .tooShort(let length, let minimum):
            return "\(length) characters, shorter than the minimum length \(minimum)"
        case .tooLong(let length, let maximum):
            return "\(length) characters, longer than the maximum length \(maximum)"
        case .belowMinimum(let value, let minimum):
            return "\(value) is less than the minimum \(minimum)"
        case .aboveMaximum(let value, let maximum):
            return "\(value) is greater than the maximum \(maximum)"
        case .unknownObjectType(let name, let declared, let suggestions):
            return "objectType \(name) is not a class of the schema (expected \(declared) or a subclass)"
                + Self.didYouMean(suggestions)
        case .objectTypeNotAllowed(let name, let declared):
            return "objectType \(name) is not \(declared) or a subclass of it"
        case .abstractObjectType(let name, let concrete):
            if concrete.isEmpty { return "\(name) is abstract and has no concrete subclass to send" }
            return "\(name) is abstract; set objectType to one of: \(Self.list(concrete))"
        case .nullArray:
            return "null cannot clear an array (the server ignores it); send an empty array instead"
        case .tooManyPositionalArguments(let given, let parameters):
            let takes = parameters.isEmpty ? "no parameters" : "\(parameters.count) (\(parameters.joined(separator: ", ")))"
            return "\(given) positional arguments, but the action takes \(takes)"
        case .positionalArgumentsWithoutSchema(let given):
            return "\(given) positional argument\(given == 1 ? "" : "s") for an action the schema does not describe; name them"
        case .duplicateArgument:
            return "given more than once"
        case .unsupportedValue(let typeName):
            return "a value of type \(typeName) cannot be sent; use a string, number, Bool, Date, array, dictionary, KalturaValue or KalturaObject"
        case .unwrappedBytes(let typeName):
            return "a value of type \(typeName) cannot be sent; wrap file contents in KalturaFile(data:fileName:) and pass it to a file parameter"
        case .misplacedFile:
            return "a file can only be passed by name to a file parameter (such as fileData: KalturaFile(…)), not by position or inside another value"
        case .unavailableReference(let token, let ordinal, let position, let count):
            if ordinal < 1 || ordinal > count {
                return "\(token) refers to call \(ordinal), but the multirequest has \(count == 1 ? "1 call" : "\(count) calls")"
            }
            let which = ordinal == position ? "this call itself" : "a later call"
            return "\(token) refers to call \(ordinal), \(which); a call can use only the results of calls before it"
        case .notInMultiRequest(let call, let reason):
            return "\(call) cannot be part of a multirequest: \(reason)"
        case .emptyMultiRequest:
            return "a multirequest needs at least one call"
        }
    }

    /// `; did you mean "x"?` or `; did you mean one of "x", "y"?`; empty without suggestions.
    static func didYouMean(_ suggestions: [String]) -> String {
        switch suggestions.count {
        case 0: return ""
        case 1: return "; did you mean \"\(suggestions[0])\"?"
        default: return "; did you mean one of " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
        }
    }

    /// A comma-separated list, cut after 12 items.
    static func list(_ items: [String]) -> String {
        let limit = 12
        if items.count <= limit { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + ", … (\(items.count - limit) more)"
    }
}
