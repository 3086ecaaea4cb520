/// When and how often a call is sent again after a failure that another attempt may cure: the
/// server could not be reached or the connection broke (``KalturaClientError/transportFailed(url:reason:)``),
/// or it answered HTTP 429 or 5xx.
///
/// A policy applies by default only to calls that are safe to repeat (``Scope/repeatableCalls``):
/// read-only actions, upload chunks at a given offset, and multirequests made only of those (see
/// ``KalturaRepeatableCalls``). A writing call (`add`, `update`, `delete`, …) is sent once unless
/// the caller opts in for it with a policy of scope ``Scope/everyCall``:
///
/// ```swift
/// let persistent = client.overriding { $0.retryPolicy = .always(maximumAttempts: 5) }
/// try await persistent.media.update(entryId: id, mediaEntry: changes)
/// ```
///
/// The pause before retry *n* (1-based) is `baseDelay × 2ⁿ⁻¹`, at most ``maximumDelay``, of which
/// a random half is dropped (jitter, so clients that failed together do not return together). A
/// `Retry-After` header (seconds or an HTTP date) replaces it; one longer than ``maximumDelay``
/// ends the retries and the call fails with the server's answer. A deadline that passed
/// (``KalturaClientError/timedOut(url:seconds:)``) is not retried: the timeout bounds the exchange
/// the caller asked for. Each retry is logged at `warning` level with its attempt, reason and pause.
public struct KalturaRetryPolicy: Sendable, Hashable {
    /// Which calls a policy applies to.
    public enum Scope: Sendable, Hashable {
        /// Only calls that are safe to send twice (see ``KalturaRepeatableCalls``).
        case repeatableCalls
        /// Every call, writing ones included: for a call the caller knows to be safe to repeat.
        case everyCall
    }

    /// The default: up to 3 attempts of a repeatable call, pausing about 0.5 s then 1 s.
    public static let `default` = KalturaRetryPolicy()
    /// One attempt: nothing is retried.
    public static let never = KalturaRetryPolicy(maximumAttempts: 1)

    /// How many times a call may be sent in all, the first time included; 1 disables retries.
    public var maximumAttempts: Int
    /// Seconds before the first retry (before jitter); doubled for each further one.
    public var baseDelay: Double
    /// The longest pause, in seconds, whether from backoff or from `Retry-After`.
    public var maximumDelay: Double
    /// Which calls the policy applies to.
    public var scope: Scope

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - maximumAttempts: Sends in all, the first included; defaults to 3.
    ///   - baseDelay: Seconds before the first retry; defaults to 0.5.
    ///   - maximumDelay: The longest pause in seconds; defaults to 30.
    ///   - scope: Defaults to repeatable calls only.
    public init(maximumAttempts: Int = 3, baseDelay: Double = 0.5, maximumDelay: Double = 30,
                scope: Scope = .repeatableCalls) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maximumDelay = max(0, maximumDelay)
        self.scope = scope
    }

    /// A policy that applies to every call, writing ones included: opt in with it for a call you
    /// know to be safe to repeat, through ``KalturaClient/overriding(_:)``.
    public static func always(maximumAttempts: Int = 3, baseDelay: Double = 0.5, maximumDelay: Double = 30) -> Self {
        KalturaRetryPolicy(maximumAttempts: maximumAttempts, baseDelay: baseDelay, maximumDelay: maximumDelay,
                           scope: .everyCall)
    }

    /// The policy as it applies to one call: itself when the call is repeatable or the scope is
    /// every call, else ``never``.
    func applying(toRepeatable repeatable: Bool) -> Self {
        repeatable || scope == .everyCall ? self : .never
    }

    /// The pause in seconds before retry number `retry` (1 for the first), or `nil` when the
    /// server asked for a longer pause than ``maximumDelay``.
    ///
    /// - Parameters:
    ///   - retryAfter: The seconds the server's `Retry-After` asked for, if any.
    ///   - random: A number in `0..<1` choosing the jitter.
    func delay(beforeRetry retry: Int, retryAfter: Double?, random: Double) -> Double? {
        if let retryAfter {
            return retryAfter <= maximumDelay ? max(0, retryAfter) : nil
        }
        let exponential = min(maximumDelay, baseDelay * Double(1 << min(max(0, retry - 1), 30)))
        return exponential / 2 + exponential / 2 * min(max(0, random), 1)
    }
}
