/// The outcome of a Kaltura API call as the server reports it: a value, an API error,
/// or, for a multi-request, one outcome per sub-request.
///
/// The emulator writes its responses from this type; the client reads responses into its own
/// types, so this stays `package`.
package enum KalturaResult: Sendable, Hashable {
    /// The call succeeded. A void result is `.success(.null)`.
    case success(KalturaValue)

    /// The call failed with a `KalturaAPIException`.
    case failure(KalturaAPIError)

    /// The results of a multi-request, in execution order. Each item succeeds or fails on
    /// its own.
    case multiple([KalturaResult])
}

extension KalturaResult {
    /// Interprets a decoded single-call response: an API exception becomes ``failure(_:)``,
    /// anything else ``success(_:)``.
    package init(response value: KalturaValue) {
        if let error = KalturaAPIError(value) {
            self = .failure(error)
        } else {
            self = .success(value)
        }
    }

    /// Interprets a decoded multi-request response, which is a list with one entry per
    /// sub-request.
    ///
    /// A response that is not a list (for example an error that failed the whole request)
    /// is interpreted as a single response, with ``init(response:)``.
    package init(multiResponse value: KalturaValue) {
        guard case .array(let items) = value else {
            self.init(response: value)
            return
        }
        self = .multiple(items.map { KalturaResult(response: $0) })
    }

    /// The success value, or `nil` for a failure or a multi-request.
    package var value: KalturaValue? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The API error, or `nil` for a success or a multi-request.
    package var error: KalturaAPIError? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
