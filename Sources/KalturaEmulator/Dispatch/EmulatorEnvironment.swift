/// What every handler works with: the schema, the state and the partners.
struct EmulatorEnvironment: Sendable {
    /// The served schema with its precomputed lookups.
    let model: EmulatorSchema
    /// The objects and ended sessions.
    let store: ObjectStore
    /// The partners and their secrets.
    let partners: PartnerRegistry
    /// The current time in Unix seconds.
    let clock: @Sendable () -> Int
    /// How many matches of an entry list are reachable (the search index's cap).
    var maximumListMatches = 10_000

    var errors: EmulatorErrors { model.errors }
}
