import ServiceLifecycle

/// An emulator serving in the background, from ``KalturaEmulator/start()``.
public struct RunningEmulator: Sendable {
    /// The port the server listens on.
    public let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// Shuts the server down gracefully and waits until it has stopped.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}
