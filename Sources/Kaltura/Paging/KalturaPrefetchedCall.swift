/// A call started ahead of need: the next page of a ``KalturaObjectSequence``. Its result is
/// awaited once; when the last reference goes (the sequence was dropped early), the call is
/// cancelled.
final class KalturaPrefetchedCall: Sendable {
    private let task: Task<KalturaValue, any Error>

    /// Starts `call` on `client` now.
    init(client: KalturaClient, call: KalturaCall) {
        task = Task { try await client.call(call) }
    }

    deinit {
        task.cancel()
    }

    /// The call's result; cancelling the awaiting task cancels the call.
    var value: KalturaValue {
        get async throws {
            try await withTaskCancellationHandler {
                try await task.value
            } onCancel: { [task] in
                task.cancel()
            }
        }
    }
}
