import Foundation
import Kaltura
import OrderedCollections

/// The emulator's state as a value: every partner's objects and uploads, and the ended
/// sessions. It is written to and read from `state.json` (`kaltura serve --data DIR`):
///
/// ```json
/// {"version":1,"partners":{"101":{"collections":{"KalturaBaseEntry":[{…,"objectType":"KalturaMediaEntry"}]},
///  "uploads":{"0_k3x9q2ab":"aGVsbG8="}}},"endedSessions":["djJ8…"]}
/// ```
struct StoreSnapshot: Sendable {
    /// The format version written to and expected in the file.
    static let formatVersion = 1

    var spaces: [Int: PartnerSpace]
    var endedSessions: Set<String>

    /// The snapshot as JSON.
    func encoded() -> [UInt8] {
        var partners = OrderedDictionary<String, KalturaValue>()
        for partnerId in spaces.keys.sorted() {
            guard let space = spaces[partnerId] else { continue }
            var collections = OrderedDictionary<String, KalturaValue>()
            for root in space.collections.keys.sorted() {
                collections[root] = .array(space.collections[root]?.objects.values.map(KalturaValue.object) ?? [])
            }
            var uploads = OrderedDictionary<String, KalturaValue>()
            for id in space.uploads.keys.sorted() {
                uploads[id] = .string(Data(space.uploads[id] ?? []).base64EncodedString())
            }
            partners[String(partnerId)] = .map(["collections": .map(collections), "uploads": .map(uploads)])
        }
        let state: KalturaValue = .map([
            "version": .int(Self.formatVersion),
            "partners": .map(partners),
            "endedSessions": .array(endedSessions.sorted().map(KalturaValue.string)),
        ])
        return KalturaJSON.encode(state)
    }

    /// Reads a snapshot written by ``encoded()``.
    ///
    /// - Throws: ``StatePersistenceError/unreadableState(_:)`` when the bytes are not such a snapshot.
    init(decoding bytes: [UInt8]) throws(StatePersistenceError) {
        let state: KalturaValue
        do {
            state = try KalturaJSON.decode(bytes)
        } catch {
            throw .unreadableState("\(error)")
        }
        guard state["version"]?.intValue == Self.formatVersion else {
            throw .unreadableState("not a version \(Self.formatVersion) emulator state")
        }
        var spaces: [Int: PartnerSpace] = [:]
        for (key, value) in state["partners"]?.mapValue ?? [:] {
            guard let partnerId = Int(key) else { throw .unreadableState("partner id \(key)") }
            var space = PartnerSpace(partnerId: partnerId)
            for (root, objects) in value["collections"]?.mapValue ?? [:] {
                for case .object(let object) in objects.arrayValue ?? [] {
                    guard let id = object.fields["id"]?.stringValue else { throw .unreadableState("an object without id in \(root)") }
                    space.store(object, id: id, in: root)
                }
            }
            for (id, encoded) in value["uploads"]?.mapValue ?? [:] {
                guard let text = encoded.stringValue, let data = Data(base64Encoded: text) else {
                    throw .unreadableState("upload \(id)")
                }
                space.uploads[id] = Array(data)
            }
            spaces[partnerId] = space
        }
        self.spaces = spaces
        endedSessions = Set((state["endedSessions"]?.arrayValue ?? []).compactMap(\.stringValue))
    }

    init(spaces: [Int: PartnerSpace], endedSessions: Set<String>) {
        self.spaces = spaces
        self.endedSessions = endedSessions
    }
}
