import KalturaCore

/// Carries out one kind of action. Handlers are chosen per call from the schema by
/// ``HandlerResolver``; each returns the action's result, or throws the API error the server
/// would report.
protocol ActionHandler: Sendable {
    /// Runs `call` against the emulator's state.
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue
}
