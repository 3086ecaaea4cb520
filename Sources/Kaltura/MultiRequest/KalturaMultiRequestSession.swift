/// The KS a call of a multirequest sends instead of the client's (see ``KalturaMultiRequest/useSession(_:)-(KalturaResultReference)``).
enum KalturaMultiRequestSession: Sendable, Hashable {
    /// The result of an earlier call of the multirequest, sent as its `{N:result…}` token.
    case reference(KalturaResultReference)
    /// A KS given as text.
    case ks(String)

    /// What the call sends as its `ks`.
    var value: KalturaValue {
        switch self {
        case .reference(let reference): reference.kalturaValue
        case .ks(let ks): .string(ks)
        }
    }
}
