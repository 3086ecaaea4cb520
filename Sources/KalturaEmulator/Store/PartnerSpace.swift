import KalturaCore

/// One partner's objects: a collection per storage root class, plus the bytes of uploads.
///
/// It remembers which objects and uploads changed since the last save, so the store writes
/// exactly those (``pendingObjects``, ``pendingUploads``), never the whole state.
struct PartnerSpace: Sendable {
    /// The partner the objects belong to.
    let partnerId: Int
    /// Collections by storage root class (e.g. `KalturaBaseEntry`).
    private(set) var collections: [String: ObjectCollection] = [:]
    /// Uploaded bytes by upload token id.
    private(set) var uploads: [String: [UInt8]] = [:]
    /// The objects stored or removed since the last save.
    private(set) var pendingObjects: Set<ObjectKey> = []
    /// The uploads written or removed since the last save.
    private(set) var pendingUploads: Set<String> = []

    init(partnerId: Int) {
        self.partnerId = partnerId
    }

    /// Whether something changed since the last save.
    var hasPendingChanges: Bool { !pendingObjects.isEmpty || !pendingUploads.isEmpty }

    /// The object with `id` in the collection `root`.
    func object(_ id: String, in root: String) -> KalturaObject? {
        collections[root]?.objects[id]
    }

    /// Stores (or replaces) `object` under `id` in the collection `root`.
    mutating func store(_ object: KalturaObject, id: String, in root: String) {
        collections[root, default: ObjectCollection()].objects[id] = object
        pendingObjects.insert(ObjectKey(root: root, id: id))
    }

    /// Removes the object with `id` from `root`; returns it, or `nil` when there was none.
    @discardableResult
    mutating func remove(_ id: String, from root: String) -> KalturaObject? {
        let removed = collections[root]?.objects.removeValue(forKey: id)
        if removed != nil { pendingObjects.insert(ObjectKey(root: root, id: id)) }
        return removed
    }

    /// All objects of the collection `root`, in insertion order.
    func objects(in root: String) -> some Collection<KalturaObject> {
        (collections[root]?.objects ?? [:]).values
    }

    /// The bytes uploaded for the token `id`, if any.
    func upload(_ id: String) -> [UInt8]? {
        uploads[id]
    }

    /// Replaces the bytes of the token `id`; `nil` removes them.
    mutating func setUpload(_ bytes: [UInt8]?, for id: String) {
        guard bytes != nil || uploads[id] != nil else { return }
        uploads[id] = bytes
        pendingUploads.insert(id)
    }

    /// Forgets what changed, once it is saved.
    mutating func clearPendingChanges() {
        pendingObjects.removeAll(keepingCapacity: true)
        pendingUploads.removeAll(keepingCapacity: true)
    }

    /// Puts a saved object back at start, without marking it as changed.
    mutating func restore(_ object: KalturaObject, id: String, in root: String) {
        collections[root, default: ObjectCollection()].objects[id] = object
    }

    /// Puts saved upload bytes back at start, without marking them as changed.
    mutating func restoreUpload(_ bytes: [UInt8], for id: String) {
        uploads[id] = bytes
    }
}
