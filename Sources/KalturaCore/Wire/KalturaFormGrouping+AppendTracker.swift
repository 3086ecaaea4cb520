extension KalturaFormGrouping {
    /// Remembers where the previous insertion appended with PHP's `[]`, so that a run of
    /// `name[]=…` fields resolves each index in constant time.
    ///
    /// `[]` takes the next integer index of its container (one more than its largest integer
    /// key). Finding that by scanning the keys made a body of n such fields cost n²/2 key parses
    /// (a 240 KB body took minutes). When the previous insertion went through the same container
    /// and appended there, it added exactly one key, that index, and nothing has touched the
    /// container since, so the next index is one more; any other insertion in between clears
    /// the memory and the next `[]` scans again.
    struct AppendTracker {
        /// The keys the previous insertion went through, and for each whether `[]` chose it.
        private var previousKeys: [String] = []
        private var previousAppended: [Bool] = []
        /// The same for the insertion under way; recorded only when its path has a `[]`.
        private var keys: [String] = []
        private var appended: [Bool] = []
        private var isRecording = false

        /// Starts an insertion along `path`: what the last one recorded becomes the previous one.
        mutating func startInsertion(of path: some Collection<Segment>) {
            swap(&previousKeys, &keys)
            swap(&previousAppended, &appended)
            keys.removeAll(keepingCapacity: true)
            appended.removeAll(keepingCapacity: true)
            isRecording = path.contains(.append)
        }

        /// Records that the insertion under way went down into `key`.
        mutating func descend(into key: String, appended wasAppended: Bool) {
            guard isRecording else { return }
            keys.append(key)
            appended.append(wasAppended)
        }

        /// The index `[]` takes at the current depth when the previous insertion appended into
        /// the same container; `nil` when the container's keys must be scanned.
        func nextIndexAfterPreviousAppend() -> Int? {
            let depth = keys.count
            guard isRecording, depth < previousKeys.count, previousAppended[depth],
                  previousKeys[..<depth].elementsEqual(keys), let index = Int(previousKeys[depth])
            else { return nil }
            return index + 1
        }
    }
}
