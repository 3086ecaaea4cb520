/// A call recorded for a multirequest, with the problems found converting its arguments and the
/// KS it sends instead of the client's, if any.
struct KalturaMultiRequestCall: Sendable {
    /// The call.
    var call: KalturaCall
    /// The problems found converting its arguments when it was recorded.
    var issues: [KalturaValidationIssue] = []
    /// The KS it sends instead of the client's.
    var session: KalturaMultiRequestSession?
}
