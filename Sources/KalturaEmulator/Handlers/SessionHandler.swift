import KalturaCore

/// The `session` service: `start` checks the secret and signs a KS v2 with the partner's
/// admin secret; `get` describes a KS; `end` makes a KS invalid.
struct SessionHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        switch call.action.name.lowercased() {
        case "start": return try start(call, environment)
        case "get": return try await get(call, environment)
        case "end":
            if let ks = call.ks { try await environment.store.endSession(ks) }
            return .null
        default:
            return try await NotImplementedHandler().handle(call, in: environment)
        }
    }

    private func start(_ call: ActionCall, _ environment: EmulatorEnvironment) throws(KalturaAPIError) -> KalturaValue {
        let parameters = call.parameters
        let partnerId = parameters["partnerId"]?.intValue ?? call.partnerId
        let secret = parameters["secret"]?.stringValue ?? ""
        let rawType = parameters["type"]?.intValue ?? KalturaSessionType.user.rawValue
        guard let partnerId, let partner = environment.partners[partnerId] else {
            throw environment.errors.make("START_SESSION_ERROR", partnerId.map(String.init) ?? "")
        }
        let type = KalturaSessionType(rawValue: rawType) ?? .user
        let secretMatches = secret == partner.adminSecret || (type == .user && secret == partner.userSecret)
        guard secretMatches else {
            throw environment.errors.make("START_SESSION_ERROR", String(partnerId))
        }
        let ks = KalturaSessionGenerator.generateV2(
            adminSecret: partner.adminSecret,
            userId: parameters["userId"]?.stringValue ?? "",
            type: type,
            partnerId: partnerId,
            expiry: parameters["expiry"]?.intValue ?? 86_400,
            privileges: parameters["privileges"]?.stringValue ?? "",
            now: call.now)
        return .string(ks)
    }

    private func get(_ call: ActionCall, _ environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        var session = call.session
        var ks = call.ks ?? ""
        if let other = call.parameters["session"]?.stringValue, !other.isEmpty {
            let authenticator = SessionAuthenticator(partners: environment.partners, errors: environment.errors)
            session = try authenticator.authenticate(other, now: call.now, isEnded: await environment.store.isEnded(other))
            ks = other
        }
        guard let session else { throw environment.errors.make("MISSING_KS") }
        let info = KalturaObject(objectType: "KalturaSessionInfo", fields: [
            "ks": .string(ks),
            "sessionType": .int(session.rawType),
            "partnerId": .int(session.partnerId),
            "userId": .string(session.userId),
            "expiry": .int(session.expiry),
            "privileges": .string(session.rawPrivileges),
        ])
        return .object(ObjectBuilder(model: environment.model, now: call.now, partnerId: session.partnerId, userId: "").ordered(info))
    }
}
