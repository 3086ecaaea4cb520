import KalturaCore

/// What one store call changed, to be written in one transaction: objects stored or removed
/// (`nil`), uploads written or removed, counters moved, sessions ended.
struct StateChanges: Sendable {
    /// An object stored (`object` set) or removed (`object` nil).
    struct ObjectChange: Sendable {
        let partnerId: Int
        let key: ObjectKey
        let object: KalturaObject?
    }

    /// An upload written (`bytes` set) or removed (`bytes` nil).
    struct UploadChange: Sendable {
        let partnerId: Int
        let id: String
        let bytes: [UInt8]?
    }

    var objects: [ObjectChange] = []
    var uploads: [UploadChange] = []
    /// The last integer id handed out, by storage root.
    var counters: [(root: String, last: Int)] = []
    var endedSessions: [String] = []

    var isEmpty: Bool { objects.isEmpty && uploads.isEmpty && counters.isEmpty && endedSessions.isEmpty }
}
