import KalturaSchema

extension KalturaClient {
    /// Performs many calls, packed into multirequests with a few of them in flight at once, and
    /// delivers one result per call in the order of `calls`, each with its own error.
    ///
    /// ```swift
    /// let updates = ids.map { KalturaCall("media.update", parameters: ["entryId": .string($0), "mediaEntry": ["tags": "sorted"]])! }
    /// for await outcome in client.results(of: updates) {
    ///     if case .failure(let error) = outcome.result { print(outcome.index, error) }
    /// }
    /// ```
    ///
    /// Each call is checked against the schema first; one that fails the check gets its
    /// ``KalturaValidationError`` and is not sent, and the others go on. Calls the schema does
    /// not allow in a multirequest are sent alone. When a whole multirequest fails (no
    /// response, an invalid KS), each of its calls gets that failure. Nothing is retried here: a
    /// batch usually writes. (Not named `batch`: a client member would hide the `batch` service.)
    ///
    /// - Parameters:
    ///   - calls: The calls, in order.
    ///   - multirequestSize: Calls per multirequest (at least 1).
    ///   - maximumInFlight: Multirequests sent at once (at least 1).
    /// - Returns: The results in the order of `calls`, each delivered once every earlier one is.
    public func results(of calls: [KalturaCall], multirequestSize: Int = 50, maximumInFlight: Int = 4)
        -> AsyncStream<KalturaBatchResult>
    {
        let groups = batchGroups(calls, multirequestSize: max(1, multirequestSize))
        let (stream, continuation) = AsyncStream.makeStream(of: KalturaBatchResult.self, bufferingPolicy: .unbounded)
        let task = Task {
            await withTaskGroup(of: (Int, [KalturaBatchResult]).self) { group in
                var waiting: [Int: [KalturaBatchResult]] = [:]
                var delivered = 0
                for (position, batchGroup) in groups.enumerated() {
                    if position >= max(1, maximumInFlight), let (done, results) = await group.next() {
                        waiting[done] = results
                    }
                    group.addTask { (position, await self.perform(batchGroup)) }
                    while let ready = waiting.removeValue(forKey: delivered) {
                        ready.forEach { continuation.yield($0) }
                        delivered += 1
                    }
                }
                for await (done, results) in group {
                    waiting[done] = results
                    while let ready = waiting.removeValue(forKey: delivered) {
                        ready.forEach { continuation.yield($0) }
                        delivered += 1
                    }
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// One unit of a batch: calls checked and ready for one multirequest, a call sent alone, or
    /// calls that failed their check.
    struct BatchGroup: Sendable {
        var calls: [(index: Int, call: KalturaCall)] = []
        var alone = false
        var refused: [KalturaBatchResult] = []
    }

    private func batchGroups(_ calls: [KalturaCall], multirequestSize: Int) -> [BatchGroup] {
        var groups: [BatchGroup] = []
        var current = BatchGroup()
        func close() {
            if !current.calls.isEmpty || !current.refused.isEmpty { groups.append(current) }
            current = BatchGroup()
        }
        for (index, call) in calls.enumerated() {
            do {
                _ = try request(for: call)
            } catch {
                current.refused.append(KalturaBatchResult(index: index, call: call.displayName, result: .failure(error)))
                continue
            }
            let action = apiSchema.service(named: call.service)?.action(named: call.action)
            if action?.isEnabledInMultiRequest == false {
                close()
                groups.append(BatchGroup(calls: [(index, call)], alone: true))
                continue
            }
            current.calls.append((index, call))
            if current.calls.count == multirequestSize { close() }
        }
        close()
        return groups
    }

    private func perform(_ group: BatchGroup) async -> [KalturaBatchResult] {
        var results = group.refused
        if group.alone || group.calls.count == 1, let (index, call) = group.calls.first {
            do {
                results.append(KalturaBatchResult(index: index, call: call.displayName, result: .success(try await self.call(call))))
            } catch {
                results.append(KalturaBatchResult(index: index, call: call.displayName, result: .failure(error)))
            }
        } else if !group.calls.isEmpty {
            do {
                let outcomes = try await multirequest(group.calls.map(\.call))
                for ((index, call), outcome) in zip(group.calls, outcomes) {
                    results.append(KalturaBatchResult(index: index, call: call.displayName,
                                                      result: outcome.result.mapError { $0 as any Error }))
                }
            } catch {
                for (index, call) in group.calls {
                    results.append(KalturaBatchResult(index: index, call: call.displayName, result: .failure(error)))
                }
            }
        }
        return results.sorted { $0.index < $1.index }
    }
}
