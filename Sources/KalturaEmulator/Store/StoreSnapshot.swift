import Foundation
import KalturaCore

/// The emulator's state as a value: every partner's objects and uploads, the id counters and
/// the ended sessions, as ``StateDatabase`` reads it at start. Earlier versions kept it in
/// `state.json`, which is still read once to import it:
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
    /// The last integer id handed out, by storage root.
    var counters: [String: Int] = [:]

    /// Reads a `state.json` written by an earlier version.
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
                    guard let id = object.kalturaFields["id"]?.stringValue else { throw .unreadableState("an object without id in \(root)") }
                    space.restore(object, id: id, in: root)
                }
            }
            for (id, encoded) in value["uploads"]?.mapValue ?? [:] {
                guard let text = encoded.stringValue, let data = Data(base64Encoded: text) else {
                    throw .unreadableState("upload \(id)")
                }
                space.restoreUpload(Array(data), for: id)
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
