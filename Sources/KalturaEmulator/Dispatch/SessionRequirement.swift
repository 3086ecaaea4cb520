import KalturaSchema

/// Whether an action needs a KS: the schema's `sessionRequired` when present, else (older
/// schemas) every action but the few the server always lets through.
enum SessionRequirement: Sendable {
    /// The KS is ignored.
    case none
    /// A KS is checked when sent.
    case optional
    /// A KS must be sent (`MISSING_KS`) and valid (`INVALID_KS`).
    case always

    /// Actions that work without a session on servers whose schema does not say.
    private static let sessionless: Set<String> = [
        "session.start", "session.startwidgetsession", "system.ping", "system.gettime", "system.getversion",
        "system.pingdatabase", "system.gethealthcheck", "user.loginbyloginid", "user.login", "adminuser.login",
        "partner.register",
    ]

    init(service: ServiceDefinition, action: ActionDefinition) {
        switch action.sessionRequired?.lowercased() {
        case "none": self = .none
        case "optional": self = .optional
        case "always": self = .always
        default:
            self = Self.sessionless.contains("\(service.id.lowercased()).\(action.name.lowercased())") ? .none : .always
        }
    }
}
