/// The kind of a Kaltura session, as carried in a KS (`type` in V1, `_t` in V2).
///
/// The server treats every type other than ``user`` as privileged (its `isAdmin()` check is `type >= 1`).
public enum KalturaSessionType: Int, Sendable, Hashable, CaseIterable {
    /// A regular end-user session (`0`).
    case user = 0
    /// A widget session (`1`), used by players embedded with a widget id.
    case widget = 1
    /// A partner administrator session (`2`).
    case admin = 2
}
