import Testing
import KalturaSchema

/// The one resolver of written service and action names that the client, its proxies and the CLI share.
@Suite struct NameResolutionTests {
    let schema = Schema.demo()

    @Test func serviceNamesParseAsWireIdOrPluginService() {
        #expect(ServiceName("media") == .id("media"))
        #expect(ServiceName("metadata_metadataprofile") == .id("metadata_metadataprofile"))
        #expect(ServiceName("metadata.metadataProfile") == .pluginService(plugin: "metadata", service: "metadataProfile"))
        #expect(ServiceName("metadata.metadataProfile")?.description == "metadata.metadataProfile")
        #expect(ServiceName("metadata.metadataProfile")?.impliedIdentifier == "metadata_metadataprofile")
        #expect(ServiceName("Media")?.impliedIdentifier == "media")
    }

    @Test func invalidServiceNamesAreRefused() {
        for text in ["", ".", "a.", ".b", "a..b", "a.b.c"] {
            #expect(ServiceName(text) == nil, "\(text)")
            #expect(schema.service(named: text) == nil, "\(text)")
        }
    }

    @Test func servicesResolveByCaseInsensitiveIdOrPluginService() {
        #expect(schema.service(named: "media")?.id == "media")
        #expect(schema.service(named: "MEDIA")?.id == "media")
        #expect(schema.service(named: "BaseEntry")?.id == "baseentry")
        #expect(schema.service(named: "metadata_MetadataProfile")?.id == "metadata_metadataprofile")
        #expect(schema.service(named: "metadata.metadataProfile")?.id == "metadata_metadataprofile")
        #expect(schema.service(named: "Metadata.METADATAPROFILE")?.id == "metadata_metadataprofile")
        #expect(schema.service(named: ServiceName.pluginService(plugin: "metadata", service: "metadata"))?.id == "metadata_metadata")
        #expect(schema.service(named: "nosuch") == nil)
        #expect(schema.service(named: "media.list") == nil)
        #expect(schema.service(named: "nosuch.metadataProfile") == nil)
    }

    @Test func actionNamesParseWithTwoOrThreeParts() {
        #expect(ActionName("media.list") == ActionName(service: .id("media"), action: "list"))
        #expect(ActionName("metadata.metadataProfile.add")
            == ActionName(service: .pluginService(plugin: "metadata", service: "metadataProfile"), action: "add"))
        #expect(ActionName("metadata.metadataProfile.add")?.description == "metadata.metadataProfile.add")
        for text in ["", "media", "media.", ".list", "a..list", "a.b.c.d", "a.b..c"] {
            #expect(ActionName(text) == nil, "\(text)")
            #expect(schema.action(named: text) == nil, "\(text)")
        }
    }

    @Test func actionsResolveWithTheirService() throws {
        let list = try #require(schema.action(named: "media.list"))
        #expect(list.service.id == "media")
        #expect(list.action.name == "list")
        #expect(schema.action(named: "Media.list")?.service.id == "media")
        #expect(schema.action(named: "metadata_metadataprofile.add")?.action.name == "add")
        let add = try #require(schema.action(named: "metadata.metadataProfile.add"))
        #expect(add.service.id == "metadata_metadataprofile")
        #expect(add.action.name == "add")
        #expect(schema.action(named: "media.nosuch") == nil)
        #expect(schema.action(named: "nosuch.list") == nil)
    }
}
