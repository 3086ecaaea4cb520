import KalturaCore

/// What every handler works with: the schema, the state, the partners and the servers emulated.
struct EmulatorEnvironment: Sendable {
    /// The served schema with its precomputed lookups.
    let model: EmulatorSchema
    /// The objects and ended sessions.
    let store: ObjectStore
    /// The partners and their secrets.
    let partners: PartnerRegistry
    /// The current time in Unix seconds.
    let clock: @Sendable () -> Int
    /// The period of Kaltura servers the emulator behaves like.
    var era: KalturaServerEra = .current
    /// How many matches of an entry list are reachable (the search index's cap).
    var maximumListMatches = 10_000
    /// Where the bytes of uploads are kept (a temporary folder unless set).
    var uploads = UploadStorage()

    var errors: EmulatorErrors { model.errors }
}
