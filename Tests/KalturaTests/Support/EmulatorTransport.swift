import KalturaEmulator

/// Answers the client's calls with an emulator in the same process, without a socket.
typealias EmulatorTransport = KalturaEmulator.InProcessTransport

extension KalturaEmulator.InProcessTransport {
    /// The in-process transport of `emulator`.
    init(emulator: KalturaEmulator) { self = emulator.transport }
}
