/// Every problem found with a call's arguments before sending it, in one error.
///
/// ```text
/// invalid call to media.update (2 problems):
///   - mediaEntry.id: read-only property of KalturaMediaEntry; media.update cannot set it
///   - mediaEntry.mediaType: insert-only property of KalturaMediaEntry; it can be set on add, not by media.update
/// ```
///
/// Turn validation off with ``KalturaClient/Configuration/validatesRequests``; problems that make a
/// call impossible to encode (``KalturaValidationIssue/preventsSending``) are reported even then.
public struct KalturaValidationError: Error, Sendable, Hashable {
    /// The call as written, e.g. `media.update` or `metadata.metadataProfile.add`.
    public var call: String
    /// The problems, in argument order.
    public var issues: [KalturaValidationIssue]

    /// Creates an error.
    public init(call: String, issues: [KalturaValidationIssue]) {
        self.call = call
        self.issues = issues
    }
}

extension KalturaValidationError: CustomStringConvertible {
    /// A header line, then one indented line per problem.
    public var description: String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return "invalid call to \(call) (\(count)):" + issues.map { "\n  - \($0)" }.joined()
    }
}
