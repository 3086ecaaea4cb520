import KalturaCore
import KalturaSchema
import OrderedCollections

/// One call that passed routing, session and parameter checks, ready for its handler.
struct ActionCall: Sendable {
    /// The service as the schema defines it.
    let service: ServiceDefinition
    /// The action as the schema defines it.
    let action: ActionDefinition
    /// The action's parameters cast to their schema types, in schema order; absent optional
    /// parameters without a default are left out.
    let parameters: OrderedDictionary<String, KalturaValue>
    /// Uploaded files by parameter name.
    let files: [String: UploadedFile]
    /// The verified session, when the call carried a KS.
    let session: KalturaSession?
    /// The KS as sent, when there was one.
    let ks: String?
    /// The partner acting: the session's, else the `partnerId` request parameter.
    let partnerId: Int?
    /// The time of the call, in Unix seconds.
    let now: Int

    /// The partner acting, or `MISSING_KS` when the call has none.
    func requirePartner(_ errors: EmulatorErrors) throws(KalturaAPIError) -> Int {
        guard let partnerId else { throw errors.make("MISSING_KS") }
        return partnerId
    }

    /// The user of the session, empty without one.
    var userId: String { session?.userId ?? "" }
}
