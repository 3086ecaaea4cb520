/// Every object a list action matches, fetched a page at a time as the sequence is iterated.
///
/// Made by ``KalturaClient/objects(of:pageSize:progress:)`` or, dynamically, by
/// `client.media.list.all(filter: …)`:
///
/// ```swift
/// for try await entry in try client.media.list.all(filter: ["objectType": "KalturaMediaEntryFilter", "statusIn": "2,7"]) {
///     print(entry.id ?? "")
/// }
/// ```
///
/// Servers stop entry lists at 10,000 matches (a page past them fails with
/// `QUERY_EXCEEDED_MAX_MATCHES_ALLOWED`). When the filter allows it (a `createdAtGreaterThanOrEqual`
/// property and an `orderBy` that can be `+createdAt`) and the caller asked for no other order,
/// the sequence orders by `+createdAt` and moves that bound to the last object seen, dropping
/// the objects already returned, so it goes past the cap and returns each object once. Otherwise
/// it pages by `pageIndex` in the caller's order and, should the server cap the list, stops with
/// ``KalturaClientError/pagingStopped(call:reason:)`` saying why.
///
/// Each page is an ordinary call through ``KalturaClient/call(_:)``: validated, logged, redacted.
/// While the objects of one page are iterated, the next page is already on its way (its query
/// depends only on the page before), so the server's time and the caller's overlap; a sequence
/// dropped early cancels that call. Iteration stops at the first error; task cancellation stops
/// it between pages.
public struct KalturaObjectSequence: AsyncSequence, Sendable {
    public typealias Element = KalturaObject

    /// How far a walk has got, reported after each page.
    public struct Progress: Sendable, Hashable {
        /// Objects fetched so far (each returned once, duplicates dropped).
        public var objectsFetched: Int
        /// The server's `totalCount` on the first page: the number of matches when the walk began.
        public var totalCount: Int?
        /// Pages fetched so far.
        public var pagesFetched: Int
    }

    let client: KalturaClient
    let call: KalturaCall
    let plan: KalturaListPlan
    let progress: (@Sendable (Progress) -> Void)?

    /// Whether this walk can go past the server's 10,000-match cap (it orders by `+createdAt`).
    public var passesMatchCap: Bool { plan.mode == .createdAtCursor }

    /// Objects per page (at most 500).
    public var pageSize: Int { plan.pageSize }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sequence: self)
    }

    /// Fetches pages as objects are asked for.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let sequence: KalturaObjectSequence
        var buffer: [KalturaObject] = []
        var position = 0
        var finished = false
        var pageIndex = 1
        var bound: KalturaValue?
        var idsAtBound: Set<String> = []
        var progress = Progress(objectsFetched: 0, totalCount: nil, pagesFetched: 0)
        /// The next page, requested as soon as the one before arrived.
        var nextPage: KalturaPrefetchedCall?

        init(sequence: KalturaObjectSequence) {
            self.sequence = sequence
        }

        public mutating func next() async throws -> KalturaObject? {
            while position == buffer.count {
                if finished { return nil }
                try Task.checkCancellation()
                try await fetchPage()
            }
            defer { position += 1 }
            return buffer[position]
        }

        private mutating func fetchPage() async throws {
            let plan = sequence.plan
            let response: KalturaValue
            do {
                if let nextPage {
                    self.nextPage = nil
                    response = try await nextPage.value
                } else {
                    response = try await sequence.client.call(plan.pageCall(of: sequence.call, pageIndex: pageIndex,
                                                                            createdAtBound: bound))
                }
            } catch let error as KalturaAPIError where error.code == "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED" {
                let reason = plan.mode == .createdAtCursor
                    ? "more objects share createdAt \(bound?.intValue ?? 0) than the server returns for one query (\(error.code))"
                    : capReason(after: error)
                throw KalturaClientError.pagingStopped(call: plan.displayName, reason: reason)
            }
            let objects = (response["objects"]?.arrayValue ?? []).compactMap(\.objectValue)
            progress.pagesFetched += 1
            if progress.totalCount == nil { progress.totalCount = response["totalCount"]?.intValue }
            let full = objects.count >= plan.pageSize
            buffer = []
            position = 0
            switch plan.mode {
            case .pageIndex:
                buffer = objects
                pageIndex += 1
            case .createdAtCursor:
                try advanceCursor(over: objects, full: full)
            }
            finished = !full
            progress.objectsFetched += buffer.count
            sequence.progress?(progress)
            if !finished {
                nextPage = KalturaPrefetchedCall(
                    client: sequence.client, call: plan.pageCall(of: sequence.call, pageIndex: pageIndex, createdAtBound: bound))
            }
        }

        /// Keeps the objects not returned yet and moves the bound to the last `createdAt` seen.
        private mutating func advanceCursor(over objects: [KalturaObject], full: Bool) throws {
            var newest = bound
            for object in objects {
                guard let createdAt = object["createdAt"], createdAt.intValue != nil, let id = Self.identity(of: object) else {
                    throw KalturaClientError.pagingStopped(
                        call: sequence.plan.displayName,
                        reason: "an object without createdAt or id came back, so the walk cannot tell where it is")
                }
                if let newestValue = newest?.intValue, createdAt.intValue! < newestValue {
                    throw KalturaClientError.pagingStopped(
                        call: sequence.plan.displayName,
                        reason: "the server did not order the page by +createdAt, so the walk cannot tell where it is")
                }
                if createdAt.intValue! == newest?.intValue {
                    if idsAtBound.contains(id) { continue }
                } else {
                    newest = createdAt
                    idsAtBound = []
                }
                idsAtBound.insert(id)
                buffer.append(object)
            }
            if newest?.intValue != bound?.intValue {
                bound = newest
                pageIndex = 1
            } else if full {
                // A whole page shares one createdAt: the next page of the same bound (which the
                // server's cap on matches limits; past it the walk stops and says so).
                pageIndex += 1
            }
        }

        private func capReason(after error: KalturaAPIError) -> String {
            let plan = sequence.plan
            let why = plan.cursorUnavailableReason.map { " and \($0)" } ?? ""
            return "the server returns no match past its cap (\(error.code))\(why); "
                + "narrow the filter, or leave orderBy unset on a filter with createdAtGreaterThanOrEqual"
        }

        private static func identity(of object: KalturaObject) -> String? {
            switch object["id"] {
            case .string(let text)?: return text
            case .int(let number)?: return String(number)
            default: return nil
            }
        }
    }
}
