import Foundation
import OrderedCollections

/// An error reported by the Kaltura API (`KalturaAPIException` on the wire).
///
/// The server sends these with HTTP status 200, as the whole result of a call or as one
/// item of a multi-request result:
///
/// ```json
/// {"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_bad\" not found",
///  "objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_bad"}}
/// ```
public struct KalturaAPIError: Error, Sendable, Hashable {
    /// The error code, such as `ENTRY_ID_NOT_FOUND` or `INVALID_KS`.
    public var code: String

    /// The human-readable message, with the arguments already filled in.
    public var message: String

    /// The named arguments of the message template, in order (`ENTRY_ID` → `0_bad`).
    public var args: OrderedDictionary<String, String>

    /// Creates an API error.
    ///
    /// - Parameters:
    ///   - code: The error code, such as `ENTRY_ID_NOT_FOUND`.
    ///   - message: The message with its arguments filled in.
    ///   - args: The template arguments by name, in order.
    public init(code: String, message: String, args: OrderedDictionary<String, String> = [:]) {
        self.code = code
        self.message = message
        self.args = args
    }
}

extension KalturaAPIError: CustomStringConvertible {
    /// The code and the message, such as `ENTRY_ID_NOT_FOUND: Entry id "0_bad" not found`, with any
    /// KS in the message redacted (servers echo it in `INVALID_KS`); ``message`` keeps the server's text.
    public var description: String {
        "\(code): \(KalturaRedaction.redactingSessionTokens(in: message))"
    }
}

extension KalturaAPIError: LocalizedError {
    /// The same text as ``description``, so `localizedDescription` is useful on Linux too.
    public var errorDescription: String? {
        description
    }
}
