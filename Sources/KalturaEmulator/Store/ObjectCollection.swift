import KalturaCore
import OrderedCollections

/// The objects that share a storage root, keyed by their id as text, in insertion order.
struct ObjectCollection: Sendable {
    var objects: OrderedDictionary<String, KalturaObject> = [:]
}
