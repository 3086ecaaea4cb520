import KalturaCore

/// Actions the emulator has no behaviour for: an API error that says so, naming the action.
struct NotImplementedHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        throw environment.errors.make("ACTION_NOT_IMPLEMENTED", call.action.name, call.service.id)
    }
}
