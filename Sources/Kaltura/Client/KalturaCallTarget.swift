import KalturaSchema

/// A call's service and action as the schema knows them, and the names to send: what
/// ``KalturaCallBinder/resolve(_:issues:)`` makes of a ``KalturaCall``.
struct KalturaCallTarget: Sendable {
    /// The service, when the schema knows it.
    var service: ServiceDefinition?
    /// The action, when the schema knows it.
    var action: ActionDefinition?
    /// The service's wire id, or the name as given when the schema does not know it.
    var wireService: String
    /// The action's wire name, or the name as given when the schema does not know it.
    var wireAction: String

    /// Whether the action serves a file: its result is then the request's URL, and nothing is sent.
    var servesFile: Bool {
        action?.servesFile == true
    }
}
