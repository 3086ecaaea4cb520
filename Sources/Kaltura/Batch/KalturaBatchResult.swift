/// The outcome of one call of a batch (``KalturaClient/results(of:multirequestSize:maximumInFlight:)``).
public struct KalturaBatchResult: Sendable {
    /// The call's position in the batch, from 0.
    public var index: Int
    /// The call as written, such as `media.update`.
    public var call: String
    /// The call's result, or why it failed: a ``KalturaAPIError`` the server reported for this
    /// call, a ``KalturaValidationError`` found before sending, or the failure of the whole
    /// multirequest that carried it (a ``KalturaClientError`` or an API error such as an invalid KS).
    public var result: Result<KalturaValue, any Error>

    /// Creates a result.
    public init(index: Int, call: String, result: Result<KalturaValue, any Error>) {
        self.index = index
        self.call = call
        self.result = result
    }
}
