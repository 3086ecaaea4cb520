import Kaltura

/// One partner's objects: a collection per storage root class, plus the bytes of uploads.
struct PartnerSpace: Sendable {
    /// The partner the objects belong to.
    let partnerId: Int
    /// Collections by storage root class (e.g. `KalturaBaseEntry`).
    var collections: [String: ObjectCollection] = [:]
    /// Uploaded bytes by upload token id.
    var uploads: [String: [UInt8]] = [:]

    init(partnerId: Int) {
        self.partnerId = partnerId
    }

    /// The object with `id` in the collection `root`.
    func object(_ id: String, in root: String) -> KalturaObject? {
        collections[root]?.objects[id]
    }

    /// Stores (or replaces) `object` under `id` in the collection `root`.
    mutating func store(_ object: KalturaObject, id: String, in root: String) {
        collections[root, default: ObjectCollection()].objects[id] = object
    }

    /// Removes the object with `id` from `root`; returns it, or `nil` when there was none.
    @discardableResult
    mutating func remove(_ id: String, from root: String) -> KalturaObject? {
        collections[root]?.objects.removeValue(forKey: id)
    }

    /// All objects of the collection `root`, in insertion order.
    func objects(in root: String) -> some Collection<KalturaObject> {
        (collections[root]?.objects ?? [:]).values
    }
}
