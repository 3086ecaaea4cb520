import Foundation

extension KalturaClient {
    /// The signed URL of a serve action (one whose result is a file, such as `thumbAsset.serve`),
    /// built the way the official clients build it, without any network.
    ///
    /// The URL is `{serviceURL}/api_v3/service/{service}/action/{action}?…` with every parameter a
    /// call would send (`format`, `clientTag`, `apiVersion`, the request configuration including
    /// the KS, then the action's parameters) flattened with colons (`filter:objectType=…`) and
    /// percent-encoded. Fetch it with any HTTP client: the server answers with the file's bytes or
    /// a redirect. The call is validated like any other first.
    ///
    /// Calling a serve action through the dynamic surface gives the same URL, as a string or, when
    /// annotated, as a `URL`:
    ///
    /// ```swift
    /// let url: URL = try await client.thumbAsset.serve(thumbAssetId: "0_thumb")
    /// let same = try client.serveURL(for: KalturaCall("thumbAsset.serve", parameters: ["thumbAssetId": "0_thumb"])!)
    /// ```
    ///
    /// The URL holds the KS: treat it as a secret. The client logs it only redacted.
    ///
    /// - Parameter call: A call of a serve action.
    /// - Returns: The URL to `GET`.
    /// - Throws: ``KalturaValidationError``, ``KalturaClientError/callOutsideSubset(call:reason:)``, or
    ///   ``KalturaClientError/unsupportedAction(call:reason:)`` when the action does not serve a file.
    public func serveURL(for call: KalturaCall) throws -> URL {
        let prepared = try engine.prepare(call, requestConfiguration: requestConfiguration)
        guard prepared.servesFile else {
            throw KalturaClientError.unsupportedAction(
                call: prepared.displayName, reason: "serveURL(for:) is for serve actions, whose result is a file; perform it with call(_:)")
        }
        return prepared.request.url
    }
}
