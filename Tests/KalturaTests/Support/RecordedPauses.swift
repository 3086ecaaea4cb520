import Foundation
import Kaltura

/// Records the pauses a client takes between attempts instead of waiting them out.
final class RecordedPauses: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []

    /// The pauses asked for so far, in seconds.
    var pauses: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// A timing that records each pause, returns at once, and draws `random` as jitter.
    func timing(random: Double = 0.5) -> KalturaRetryTiming {
        KalturaRetryTiming(pause: { [self] seconds in record(seconds) }, random: { random })
    }

    private func record(_ seconds: Double) {
        lock.lock()
        stored.append(seconds)
        lock.unlock()
    }
}
