/// Names one stored object: its collection and its id.
struct ObjectKey: Sendable, Hashable {
    /// The storage root class.
    let root: String
    /// The object's id as text.
    let id: String
}
