import Kaltura
import KalturaSchema
import KalturaTestSupport
import Testing

/// A member of the client hides the service of the same name (`client.session` must stay the
/// `session` service), and a member of a proxy hides the action or plugin service of that name.
/// None may be a name the real schemas use.
@Suite struct ClientMemberCollisionTests {
    /// Every instance member of `KalturaClient` and `KalturaBlockingClient` reachable as `client.name`.
    /// Keep in sync with Sources/Kaltura/Client, Paging, Batch, Blocking, Environment.
    static let clientMembers: Set<String> = [
        "configuration", "apiSchema", "ks", "requestConfiguration", "overriding", "service", "plugin", "call", "request",
        "generateSession", "serveURL", "multirequest", "objects", "results", "wireFormat", "asyncClient",
        "customMirror", "debugDescription",
    ]

    /// Every instance member of the service proxies reachable as `client.media.name`.
    static let proxyMembers: Set<String> = ["all", "customMirror", "debugDescription"]

    @Test(arguments: ["kaltura-schema-22.15.0.xml", "kaltura-schema-3.3.0.xml", "kaltura-schema-3.1.1.xml"])
    func noServiceOrActionOfARealSchemaIsHidden(file: String) throws {
        let schema = try TestFixtures.loadedSharedSchema(file)
        let firstNames = Set(schema.services.flatMap { [$0.id, $0.name] } + schema.plugins.map(\.name))
        #expect(firstNames.intersection(Self.clientMembers) == [])
        let secondNames = Set(schema.services.flatMap { $0.actions.map(\.name) } + schema.services.map(\.name))
        #expect(secondNames.intersection(Self.proxyMembers) == [])
        // The names the client avoided are services indeed.
        #expect(firstNames.contains("session"))
        if file == "kaltura-schema-22.15.0.xml" { #expect(firstNames.contains("batch")) }
    }

    @Test func namesExist() {
        _ = (\KalturaClient.configuration, \KalturaClient.apiSchema, \KalturaClient.ks, \KalturaClient.requestConfiguration)
        _ = (\KalturaClient.wireFormat, \KalturaClient.customMirror, \KalturaClient.debugDescription)
        _ = (KalturaClient.overriding, KalturaClient.service, KalturaClient.plugin, KalturaClient.request(for:))
        _ = (KalturaClient.generateSession, KalturaClient.serveURL(for:), KalturaClient.objects(of:pageSize:progress:))
        _ = (KalturaClient.results(of:multirequestSize:maximumInFlight:))
        _ = (\KalturaServiceProxy.all, \KalturaBlockingClient.asyncClient)
    }
}
