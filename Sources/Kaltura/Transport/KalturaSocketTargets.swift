import Foundation
import Synchronization

/// The ``KalturaSocketTransport/Target`` of each URL a transport has sent to, kept so that a
/// client calling the same actions again does not parse the same URLs again (`URLComponents` and
/// its international host names were 7% of a small call). At most ``capacity`` are kept; past
/// that the cache starts over.
final class KalturaSocketTargets: Sendable {
    /// The most URLs kept.
    static let capacity = 512

    private let known = Mutex<[String: KalturaSocketTransport.Target]>([:])

    /// The target of `requestURL`, parsed once.
    ///
    /// - Throws: ``KalturaClientError/transportFailed(url:reason:)`` for a URL the transport
    ///   cannot send to.
    func target(of requestURL: URL, url: String) throws(KalturaClientError) -> KalturaSocketTransport.Target {
        let key = requestURL.absoluteString
        if let target = known.withLock({ $0[key] }) { return target }
        let target = try KalturaSocketTransport.target(of: requestURL, url: url)
        known.withLock { targets in
            if targets.count >= Self.capacity { targets.removeAll(keepingCapacity: true) }
            targets[key] = target
        }
        return target
    }
}
