/// Every object a list call matches, for synchronous code: ``KalturaObjectSequence`` iterated
/// with `for … in` instead of `for try await`, each page fetched when the objects before it are used.
///
/// ```swift
/// for entry in try client.media.list.all(filter: ["objectType": "KalturaMediaEntryFilter"]) {
///     print(try entry.get().id ?? "")
/// }
/// ```
///
/// A plain `Sequence` cannot throw, so each element is a `Result`: a failure is the last element.
/// Like every blocking call, never iterate it from async code.
public struct KalturaBlockingObjects: Sequence, Sendable {
    let objects: KalturaObjectSequence

    @available(*, noasync)
    public func makeIterator() -> Iterator {
        Iterator(box: IteratorBox(objects.makeAsyncIterator()))
    }

    /// Fetches pages as objects are asked for; after a failure, it ends.
    public struct Iterator: IteratorProtocol {
        let box: IteratorBox
        var failed = false

        @available(*, noasync)
        public mutating func next() -> Result<KalturaObject, any Error>? {
            guard !failed else { return nil }
            let box = self.box
            do {
                return try KalturaBlockingWait.run { try await box.next() }.map { .success($0) }
            } catch {
                failed = true
                return .failure(error)
            }
        }
    }

    /// Holds the asynchronous iterator between blocking steps; only one step runs at a time.
    final class IteratorBox: @unchecked Sendable {
        private var iterator: KalturaObjectSequence.AsyncIterator

        init(_ iterator: KalturaObjectSequence.AsyncIterator) {
            self.iterator = iterator
        }

        func next() async throws -> KalturaObject? {
            try await iterator.next()
        }
    }
}
