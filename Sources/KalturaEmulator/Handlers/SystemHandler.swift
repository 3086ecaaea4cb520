import KalturaCore

/// The `system` service: `ping` and `pingDatabase` answer true, `getTime` the server time,
/// `getVersion` the schema's API version, `getHealthCheck` a plain `OK`.
struct SystemHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        switch call.action.name.lowercased() {
        case "ping", "pingdatabase": return .bool(true)
        case "gettime": return .int(call.now)
        case "getversion": return .string(environment.model.schema.apiVersion ?? "0.0.0")
        case "gethealthcheck": return .string("OK")
        default: return try await NotImplementedHandler().handle(call, in: environment)
        }
    }
}
