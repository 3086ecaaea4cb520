/// How a client pauses between attempts and draws its jitter: the real clock and a random number
/// generator by default, replaceable in tests to record pauses instead of waiting.
public struct KalturaRetryTiming: Sendable {
    /// Waits the given seconds; throws `CancellationError` when the task is cancelled meanwhile.
    public var pause: @Sendable (Double) async throws -> Void
    /// A number in `0..<1` choosing the jitter of a pause.
    public var random: @Sendable () -> Double

    /// Creates a timing.
    public init(pause: @escaping @Sendable (Double) async throws -> Void, random: @escaping @Sendable () -> Double) {
        self.pause = pause
        self.random = random
    }

    /// `Task.sleep` and `Double.random(in:)`.
    public static let live = KalturaRetryTiming(
        pause: { seconds in try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000)) },
        random: { Double.random(in: 0..<1) })
}
