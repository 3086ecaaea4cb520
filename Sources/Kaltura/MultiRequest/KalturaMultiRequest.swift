/// The calls of a multirequest as they are recorded, before anything is sent: what the closure of
/// `client.multirequest { batch in … }` receives.
///
/// Its members work like the client's (`batch.media.get(…)`, `batch.metadata.metadataProfile.list()`,
/// ``service(_:)``, ``plugin(_:)``), but calling one records the call and returns a
/// ``KalturaResultReference`` to its future result instead of performing it:
///
/// ```swift
/// let results = try await client.multirequest { batch in
///     let entry = batch.media.get(entryId: "0_abc")
///     batch.media.update(entryId: entry.id, mediaEntry: ["objectType": "KalturaMediaEntry", "tags": entry.tags])
/// }
/// ```
///
/// Recording never throws: problems with a call are reported, with those of every other call, when
/// the multirequest is performed.
///
/// A session started inside the multirequest can sign the calls after it, as the official clients
/// allow with a `{N:result}` KS:
///
/// ```swift
/// let results = try await client.multirequest { batch in
///     let session = batch.session.start(secret: secret, userId: "me", type: 2, partnerId: 123)
///     batch.useSession(session)           // the calls below send ks={1:result}
///     batch.media.list()
/// }
/// ```
@dynamicMemberLookup
public final class KalturaMultiRequest: Sendable {
    /// One recorded call, or why a dynamic path could not become one.
    struct Item: Sendable {
        /// The call; `nil` when the path names no action.
        var call: KalturaCall?
        /// Problems converting the call's arguments.
        var issues: [KalturaValidationIssue] = []
        /// Why the path names no action.
        var pathError: KalturaClientError?
        /// The KS this call sends instead of the client's, set by ``KalturaMultiRequest/useSession(_:)-(KalturaResultReference)``.
        var session: KalturaMultiRequestSession?
    }

    private struct Recording: Sendable {
        var items: [Item] = []
        var session: KalturaMultiRequestSession?
    }

    private let state = KalturaLockedState(Recording())

    init() {}

    /// The calls recorded so far, in order.
    var items: [Item] { state.read { $0.items } }

    // MARK: - Sessions

    /// Signs the calls recorded after this one with the KS another call of this multirequest returns,
    /// such as `session.start`: they send the reference's token (`{1:result}`) as their `ks`, and the
    /// server fills it in. The reference must be to an earlier call.
    public func useSession(_ session: KalturaResultReference) {
        state.update { $0.session = .reference(session) }
    }

    /// Signs the calls recorded after this one with `ks` instead of the client's KS.
    public func useSession(_ ks: String) {
        state.update { $0.session = .ks(ks) }
    }

    // MARK: - Services

    /// A service by wire id, or a plugin namespace by plugin name, as on ``KalturaClient``.
    public subscript(dynamicMember name: String) -> KalturaMultiRequestProxy {
        KalturaMultiRequestProxy(multirequest: self, path: KalturaCallPath(owner: "multirequest", root: .automatic, names: [name]))
    }

    /// A service named explicitly: by wire id (`"metadata_metadataprofile"`) or as
    /// `"plugin.service"` (`"metadata.metadataProfile"`). Its members are actions.
    public func service(_ name: String) -> KalturaMultiRequestProxy {
        KalturaMultiRequestProxy(multirequest: self, path: .service(name, owner: "multirequest"))
    }

    /// A plugin's namespace named explicitly. Its members are the plugin's services.
    public func plugin(_ name: String) -> KalturaMultiRequestProxy {
        KalturaMultiRequestProxy(multirequest: self, path: KalturaCallPath(owner: "multirequest", root: .plugin(name), names: []))
    }

    // MARK: - Recording

    /// Records a call described by a ``KalturaCall``: the non-dynamic form of recording.
    ///
    /// - Returns: A reference to the call's future result.
    @discardableResult
    public func call(_ call: KalturaCall) -> KalturaResultReference {
        record(Item(call: call))
    }

    /// Records an item and returns the reference to its result.
    func record(_ item: Item) -> KalturaResultReference {
        let ordinal = state.update { recording in
            var item = item
            item.session = recording.session
            recording.items.append(item)
            return recording.items.count
        }
        return KalturaResultReference(call: ordinal)
    }
}
