/// An emulator serving in the background, from ``KalturaEmulator/start()``.
public struct RunningEmulator: Sendable {
    /// The port the server listens on.
    public let port: Int
    let task: Task<Void, any Error>

    /// Stops the server and waits until it has shut down.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}
