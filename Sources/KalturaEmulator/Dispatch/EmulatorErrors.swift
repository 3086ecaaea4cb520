import KalturaCore
import KalturaSchema
import OrderedCollections

/// Builds `KalturaAPIException` values the way the server does: the code and message
/// template come from the schema's error catalogue, the arguments fill `@NAME@` placeholders.
///
/// Schemas that predate the catalogue (or lack an entry) fall back to a small built-in table
/// with the same codes, parameters and templates the server uses, and to
/// ``CoreNotFoundErrors`` for the core services' not-found errors.
struct EmulatorErrors: Sendable {
    private let schema: Schema

    init(schema: Schema) {
        self.schema = schema
    }

    /// The error `name` with its arguments given in the template's parameter order.
    func make(_ name: String, _ arguments: String...) -> KalturaAPIError {
        make(name, arguments: arguments)
    }

    /// The error `name` with positional arguments matched to the template's parameters.
    func make(_ name: String, arguments: [String]) -> KalturaAPIError {
        let definition = definition(named: name)
        var args = OrderedDictionary<String, String>()
        for (index, parameter) in definition.parameters.enumerated() {
            args[parameter] = index < arguments.count ? arguments[index] : (arguments.last ?? "")
        }
        return KalturaAPIError(
            code: definition.code,
            message: definition.message(arguments: Dictionary(uniqueKeysWithValues: args.map { ($0.key, $0.value) })),
            args: args)
    }

    /// Whether the catalogue (or a built-in table) knows `name`.
    func knows(_ name: String) -> Bool {
        schema.error(named: name) != nil || Self.builtIn[name] != nil || CoreNotFoundErrors.definitions[name] != nil
    }

    /// Whether the schema's own catalogue lists `name`.
    func catalogueLists(_ name: String) -> Bool {
        schema.error(named: name) != nil
    }

    private func definition(named name: String) -> ErrorDefinition {
        if let definition = schema.error(named: name) { return definition }
        if let definition = Self.builtIn[name] { return definition }
        if let definition = CoreNotFoundErrors.definitions[name] { return definition }
        return ErrorDefinition(name: name, code: name, message: name)
    }

    // MARK: - Built-in fallbacks

    private static let builtIn: [String: ErrorDefinition] = {
        let table: [(String, String, [String])] = [
            ("INTERNAL_SERVERL_ERROR", "Internal server error occurred", []),
            ("MISSING_KS", "Missing KS, session not established", []),
            ("INVALID_KS", #"Invalid KS "@KSID@", Error "@ERR_CODE@,@ERR_DESC@""#, ["KSID", "ERR_CODE", "ERR_DESC"]),
            ("SERVICE_DOES_NOT_EXISTS", #"Service "@SRV_NAME@" does not exists"#, ["SRV_NAME"]),
            ("ACTION_DOES_NOT_EXISTS", #"Action "@ACTION_NAME@" does not exists for service "@SERVICE_NAME@""#,
             ["ACTION_NAME", "SERVICE_NAME"]),
            ("MISSING_MANDATORY_PARAMETER", #"Missing parameter "@PARAM_NAME@""#, ["PARAM_NAME"]),
            ("INVALID_PARAMETER_VALUE", #"invalid value for parameter "@PARAM_NAME@""#, ["PARAM_NAME"]),
            ("PROPERTY_VALIDATION_NUMERIC_VALUE", #"The property "@PROP_NAME@" must be numeric"#, ["PROP_NAME"]),
            ("INVALID_OBJECT_TYPE", #"Invalid object type "@INVALID_OBJ_TYPE@""#, ["INVALID_OBJ_TYPE"]),
            ("INVALID_ENUM_VALUE",
             #"Invalid enumeration value "@ENUM_VAL@" for parameter "@PARAM_NAME@", expecting enumeration type "@ENUM_TYPE@""#,
             ["ENUM_VAL", "PARAM_NAME", "ENUM_TYPE"]),
            ("OBJECT_TYPE_ABSTRACT", #"The object type "@OBJ_TYPE@" is abstract, use one of the object implementations"#,
             ["OBJ_TYPE"]),
            ("PROPERTY_VALIDATION_NOT_UPDATABLE", #"The property "@PROP_NAME@" cannot be updated"#, ["PROP_NAME"]),
            ("PROPERTY_VALIDATION_WRONG_FORMAT", #"The property "@PROP_NAME@" must match format @FORMAT@"#,
             ["PROP_NAME", "FORMAT"]),
            ("START_SESSION_ERROR", "Error while starting session for partner [@PID@]", ["PID"]),
            ("ENTRY_ID_NOT_FOUND", #"Entry id "@ENTRY_ID@" not found"#, ["ENTRY_ID"]),
            ("ENTRY_ALREADY_WITH_CONTENT", "Entry already associated with content", []),
            ("OBJECT_NOT_FOUND", "Object not found", []),
            ("INVALID_OBJECT_ID", "Invalid object id [@ID@]", ["ID"]),
            ("UPLOAD_TOKEN_NOT_FOUND", "Upload token not found", []),
            ("UPLOAD_ERROR", "Upload failed", []),
            ("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD", "Upload token is in an invalid status for upload", []),
            ("UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY", "Upload token is in an invalid status for adding entry", []),
            ("UPLOAD_TOKEN_RESUMING_ALREADY_FINALIZED_UPLOAD", "Upload token is already finalized", []),
            ("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE", "Failed to match expected file size", []),
            ("SERVICE_NOT_SPECIFIED", "Service name was not specified, please specify one", []),
            ("ACTION_NOT_SPECIFIED", "Action name was not specified, please specify one", []),
            ("SERVICE_FORBIDDEN", "The access to service [@SERVICE@] is forbidden", ["SERVICE"]),
            ("INVALID_PARTNER_ID", #"Invalid partner id "@PID@""#, ["PID"]),
            ("QUERY_EXCEEDED_MAX_MATCHES_ALLOWED", "Unable to generate list. max matches value was reached", []),
            ("ID_SPACE_EXHAUSTED", "The id space of @OBJECT_TYPE@ is exhausted: ids go up to @ID@", ["OBJECT_TYPE", "ID"]),
            ("ACTION_NOT_IMPLEMENTED", #"Action "@ACTION_NAME@" of service "@SERVICE_NAME@" is not implemented by the emulator"#,
             ["ACTION_NAME", "SERVICE_NAME"]),
        ]
        var index: [String: ErrorDefinition] = [:]
        for (name, message, parameters) in table {
            index[name] = ErrorDefinition(name: name, code: name, message: message, parameters: parameters)
        }
        return index
    }()
}
