/// One problem with a call's arguments, found before anything is sent: where it is and what is wrong.
public struct KalturaValidationIssue: Sendable, Hashable {
    /// What is wrong, with what was given and what the schema expects.
    ///
    /// A struct rather than an enum so that new kinds of problem can be added without breaking
    /// callers' `switch` statements: compare with the static members (`issue.kind == .duplicateArgument`)
    /// or by category through ``code`` (`issue.kind.code == .unknownParameter`).
    public struct Kind: Sendable, Hashable {
        /// The kinds with their details; internal, so that it can grow.
        enum Value: Sendable, Hashable {
            case unknownService(name: String, suggestions: [String])
            case unknownAction(service: String, name: String, suggestions: [String])
            case unknownParameter(name: String, expected: [String], suggestions: [String])
            case unknownProperty(name: String, className: String, suggestions: [String])
            case missingParameter(type: String)
            case wrongType(expected: String, actual: String)
            case invalidEnumValue(value: String, enumName: String, allowed: [String], suggestions: [String])
            case readOnlyProperty(className: String, action: String)
            case insertOnlyProperty(className: String, action: String)
            case tooShort(length: Int, minimum: Int)
            case tooLong(length: Int, maximum: Int)
            case belowMinimum(value: String, minimum: String)
            case aboveMaximum(value: String, maximum: String)
            case unknownObjectType(name: String, declared: String, suggestions: [String])
            case objectTypeNotAllowed(name: String, declared: String)
            case abstractObjectType(name: String, concrete: [String])
            case nullArray
            case tooManyPositionalArguments(given: Int, parameters: [String])
            case positionalArgumentsWithoutSchema(given: Int)
            case duplicateArgument
            case misplacedFile
            case unavailableReference(token: String, ordinal: Int, position: Int, count: Int)
            case notInMultiRequest(call: String, reason: String)
            case emptyMultiRequest
        }

        /// The kind of problem without its details, for telling kinds apart.
        public struct Code: Sendable, Hashable, CustomStringConvertible {
            enum Value: Sendable, Hashable {
                case unknownService
                case unknownAction
                case unknownParameter
                case unknownProperty
                case missingParameter
                case wrongType
                case invalidEnumValue
                case readOnlyProperty
                case insertOnlyProperty
                case tooShort
                case tooLong
                case belowMinimum
                case aboveMaximum
                case unknownObjectType
                case objectTypeNotAllowed
                case abstractObjectType
                case nullArray
                case tooManyPositionalArguments
                case positionalArgumentsWithoutSchema
                case duplicateArgument
                case misplacedFile
                case unavailableReference
                case notInMultiRequest
                case emptyMultiRequest
            }

            let value: Value

            /// No service has this name; `suggestions` are close names that do exist.
            public static let unknownService = Code(value: .unknownService)

            /// The service has no such action.
            public static let unknownAction = Code(value: .unknownAction)

            /// The action has no such parameter; `expected` lists the parameters it has.
            public static let unknownParameter = Code(value: .unknownParameter)

            /// The object's class has no such property.
            public static let unknownProperty = Code(value: .unknownProperty)

            /// A parameter that is not optional was not given.
            public static let missingParameter = Code(value: .missingParameter)

            /// The value has the wrong kind, e.g. a string where an int is declared.
            public static let wrongType = Code(value: .wrongType)

            /// The value is not one of the int enum's constants (string enums are open and accept any value).
            public static let invalidEnumValue = Code(value: .invalidEnumValue)

            /// A read-only property was set on an add or update.
            public static let readOnlyProperty = Code(value: .readOnlyProperty)

            /// An insert-only property was set on an update.
            public static let insertOnlyProperty = Code(value: .insertOnlyProperty)

            /// A string shorter than the declared minimum length.
            public static let tooShort = Code(value: .tooShort)

            /// A string longer than the declared maximum length.
            public static let tooLong = Code(value: .tooLong)

            /// A number below the declared minimum.
            public static let belowMinimum = Code(value: .belowMinimum)

            /// A number above the declared maximum.
            public static let aboveMaximum = Code(value: .aboveMaximum)

            /// The `objectType` names no class of the schema.
            public static let unknownObjectType = Code(value: .unknownObjectType)

            /// The `objectType` is a class, but neither the declared class nor a subclass of it.
            public static let objectTypeNotAllowed = Code(value: .objectTypeNotAllowed)

            /// The class is abstract; `concrete` lists classes that can be sent instead.
            public static let abstractObjectType = Code(value: .abstractObjectType)

            /// An explicit null on an array property, which the server ignores.
            public static let nullArray = Code(value: .nullArray)

            /// More positional arguments than the action has parameters.
            public static let tooManyPositionalArguments = Code(value: .tooManyPositionalArguments)

            /// Positional arguments for an action the schema does not describe, so their names are unknown.
            public static let positionalArgumentsWithoutSchema = Code(value: .positionalArgumentsWithoutSchema)

            /// The same parameter was given twice (by position and by name, or by name twice).
            public static let duplicateArgument = Code(value: .duplicateArgument)

            /// A ``KalturaFile`` given by position, where it cannot be sent:
            /// files go by name to `file` parameters.
            public static let misplacedFile = Code(value: .misplacedFile)

            /// A multirequest's result reference to a call that has not run yet (this one or a later
            /// one) or that does not exist.
            public static let unavailableReference = Code(value: .unavailableReference)

            /// A call that cannot be part of a multirequest, and why.
            public static let notInMultiRequest = Code(value: .notInMultiRequest)

            /// A multirequest without calls.
            public static let emptyMultiRequest = Code(value: .emptyMultiRequest)

            /// The kind's name, such as `unknownParameter`.
            public var description: String { "\(value)" }
        }

        let value: Value

        /// No service has this name; `suggestions` are close names that do exist.
        public static func unknownService(name: String, suggestions: [String]) -> Kind {
            Kind(value: .unknownService(name: name, suggestions: suggestions))
        }

        /// The service has no such action.
        public static func unknownAction(service: String, name: String, suggestions: [String]) -> Kind {
            Kind(value: .unknownAction(service: service, name: name, suggestions: suggestions))
        }

        /// The action has no such parameter; `expected` lists the parameters it has.
        public static func unknownParameter(name: String, expected: [String], suggestions: [String]) -> Kind {
            Kind(value: .unknownParameter(name: name, expected: expected, suggestions: suggestions))
        }

        /// The object's class has no such property.
        public static func unknownProperty(name: String, className: String, suggestions: [String]) -> Kind {
            Kind(value: .unknownProperty(name: name, className: className, suggestions: suggestions))
        }

        /// A parameter that is not optional was not given.
        public static func missingParameter(type: String) -> Kind {
            Kind(value: .missingParameter(type: type))
        }

        /// The value has the wrong kind, e.g. a string where an int is declared.
        public static func wrongType(expected: String, actual: String) -> Kind {
            Kind(value: .wrongType(expected: expected, actual: actual))
        }

        /// The value is not one of the int enum's constants (string enums are open and accept any value).
        public static func invalidEnumValue(value: String, enumName: String, allowed: [String], suggestions: [String]) -> Kind {
            Kind(value: .invalidEnumValue(value: value, enumName: enumName, allowed: allowed, suggestions: suggestions))
        }

        /// A read-only property was set on an add or update.
        public static func readOnlyProperty(className: String, action: String) -> Kind {
            Kind(value: .readOnlyProperty(className: className, action: action))
        }

        /// An insert-only property was set on an update.
        public static func insertOnlyProperty(className: String, action: String) -> Kind {
            Kind(value: .insertOnlyProperty(className: className, action: action))
        }

        /// A string shorter than the declared minimum length.
        public static func tooShort(length: Int, minimum: Int) -> Kind {
            Kind(value: .tooShort(length: length, minimum: minimum))
        }

        /// A string longer than the declared maximum length.
        public static func tooLong(length: Int, maximum: Int) -> Kind {
            Kind(value: .tooLong(length: length, maximum: maximum))
        }

        /// A number below the declared minimum.
        public static func belowMinimum(value: String, minimum: String) -> Kind {
            Kind(value: .belowMinimum(value: value, minimum: minimum))
        }

        /// A number above the declared maximum.
        public static func aboveMaximum(value: String, maximum: String) -> Kind {
            Kind(value: .aboveMaximum(value: value, maximum: maximum))
        }

        /// The `objectType` names no class of the schema.
        public static func unknownObjectType(name: String, declared: String, suggestions: [String]) -> Kind {
            Kind(value: .unknownObjectType(name: name, declared: declared, suggestions: suggestions))
        }

        /// The `objectType` is a class, but neither the declared class nor a subclass of it.
        public static func objectTypeNotAllowed(name: String, declared: String) -> Kind {
            Kind(value: .objectTypeNotAllowed(name: name, declared: declared))
        }

        /// The class is abstract; `concrete` lists classes that can be sent instead.
        public static func abstractObjectType(name: String, concrete: [String]) -> Kind {
            Kind(value: .abstractObjectType(name: name, concrete: concrete))
        }

        /// An explicit null on an array property, which the server ignores.
        public static let nullArray = Kind(value: .nullArray)

        /// More positional arguments than the action has parameters.
        public static func tooManyPositionalArguments(given: Int, parameters: [String]) -> Kind {
            Kind(value: .tooManyPositionalArguments(given: given, parameters: parameters))
        }

        /// Positional arguments for an action the schema does not describe, so their names are unknown.
        public static func positionalArgumentsWithoutSchema(given: Int) -> Kind {
            Kind(value: .positionalArgumentsWithoutSchema(given: given))
        }

        /// The same parameter was given twice (by position and by name, or by name twice).
        public static let duplicateArgument = Kind(value: .duplicateArgument)


        /// A ``KalturaFile`` given by position, where it cannot be sent:
        /// files go by name to `file` parameters.
        public static let misplacedFile = Kind(value: .misplacedFile)

        /// A multirequest's result reference to a call that has not run yet (this one or a later
        /// one) or that does not exist.
        public static func unavailableReference(token: String, ordinal: Int, position: Int, count: Int) -> Kind {
            Kind(value: .unavailableReference(token: token, ordinal: ordinal, position: position, count: count))
        }

        /// A call that cannot be part of a multirequest, and why.
        public static func notInMultiRequest(call: String, reason: String) -> Kind {
            Kind(value: .notInMultiRequest(call: call, reason: reason))
        }

        /// A multirequest without calls.
        public static let emptyMultiRequest = Kind(value: .emptyMultiRequest)

        /// The kind of problem without its details.
        public var code: Code {
            switch value {
            case .unknownService: return .unknownService
            case .unknownAction: return .unknownAction
            case .unknownParameter: return .unknownParameter
            case .unknownProperty: return .unknownProperty
            case .missingParameter: return .missingParameter
            case .wrongType: return .wrongType
            case .invalidEnumValue: return .invalidEnumValue
            case .readOnlyProperty: return .readOnlyProperty
            case .insertOnlyProperty: return .insertOnlyProperty
            case .tooShort: return .tooShort
            case .tooLong: return .tooLong
            case .belowMinimum: return .belowMinimum
            case .aboveMaximum: return .aboveMaximum
            case .unknownObjectType: return .unknownObjectType
            case .objectTypeNotAllowed: return .objectTypeNotAllowed
            case .abstractObjectType: return .abstractObjectType
            case .nullArray: return .nullArray
            case .tooManyPositionalArguments: return .tooManyPositionalArguments
            case .positionalArgumentsWithoutSchema: return .positionalArgumentsWithoutSchema
            case .duplicateArgument: return .duplicateArgument
            case .misplacedFile: return .misplacedFile
            case .unavailableReference: return .unavailableReference
            case .notInMultiRequest: return .notInMultiRequest
            case .emptyMultiRequest: return .emptyMultiRequest
            }
        }

        /// Close names that do exist, for unknown names and enum values; empty otherwise.
        public var suggestions: [String] {
            switch value {
            case .unknownService(_, let suggestions), .unknownAction(_, _, let suggestions),
                 .unknownParameter(_, _, let suggestions), .unknownProperty(_, _, let suggestions),
                 .invalidEnumValue(_, _, _, let suggestions), .unknownObjectType(_, _, let suggestions):
                return suggestions
            default:
                return []
            }
        }
    }

    /// The call's 1-based position in a multirequest, or `nil` for a problem of a single call.
    public var callPosition: Int?
    /// Where in the call's arguments the problem is: the parameter, then the chain of properties,
    /// indexes and keys inside it (`mediaEntry.mediaType`); empty for problems with the call itself.
    public var location: KalturaValuePath
    /// What is wrong.
    public var kind: Kind

    /// Creates an issue.
    ///
    /// - Parameters:
    ///   - kind: What is wrong.
    ///   - location: The parameter and the value inside it; empty for the call itself.
    ///   - callPosition: The call's 1-based position in a multirequest, or `nil`.
    public init(_ kind: Kind, at location: KalturaValuePath = KalturaValuePath(), callPosition: Int? = nil) {
        self.kind = kind
        self.location = location
        self.callPosition = callPosition
    }

    /// An issue with a whole parameter.
    init(parameter name: String, _ kind: Kind) {
        self.init(kind, at: KalturaValuePath(parameter: name))
    }

    /// Where the problem is, as written in messages: `mediaEntry.mediaType`, `[2] mediaEntry.mediaType`
    /// in a multirequest, `[2]` for the second call itself; empty for a single call itself.
    public var path: String {
        guard let callPosition else { return location.description }
        return location.isEmpty ? "[\(callPosition)]" : "[\(callPosition)] \(location)"
    }

    /// Whether the call cannot be sent at all, even with validation turned off: the client cannot
    /// tell which parameter a value belongs to, or cannot encode it.
    public var preventsSending: Bool {
        switch kind.value {
        case .tooManyPositionalArguments, .positionalArgumentsWithoutSchema, .duplicateArgument, .misplacedFile,
             .notInMultiRequest, .emptyMultiRequest:
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
        switch kind.value {
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
        case .misplacedFile:
            return "a file can only be passed by name to a file parameter (such as fileData: KalturaFile(…)), not by position"
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
