import Foundation
import KalturaTestSupport
import Testing
@testable import KalturaSchema

/// Every element and attribute of the format, read from the project's own `Fixtures/schemas/complete.xml`.
@Suite struct FixtureSchemaTests {
    let schema: Schema

    init() throws {
        schema = try Schema(contentsOf: TestFixtures.fixture("complete.xml"))
    }

    @Test func rootAttributesAndCounts() {
        #expect(schema.apiVersion == "9.8.7")
        #expect(schema.generatedDate == "1700000000")
        #expect(schema.statistics == SchemaStatistics(
            enums: 4, consts: 7, classes: 9, properties: 22, services: 3, actions: 7, params: 10,
            plugins: 2, errors: 2, throwsEntries: 3, unresolved: 5))
    }

    @Test func enums() throws {
        let color = try #require(schema.enumeration(named: "KalturaColor"))
        #expect(color.base == .int)
        #expect(color.plugin == nil)
        // Duplicate values: lookup by value returns the first constant.
        #expect(color.constant(withValue: "1")?.name == "RED")
        #expect(color.constant(named: "CRIMSON")?.value == "1")
        let status = try #require(schema.enumeration(named: "KalturaShapeStatus"))
        #expect(status.base == .string)
        #expect(status.plugin == "shapes")
        #expect(status.isDeprecated)
        #expect(status.constant(named: "INFECTED")?.value == "virusScan.Infected")
        #expect(schema.enumeration(named: "KalturaEmpty")?.constants == [])
    }

    @Test func classAttributesAndEntityDecodedDescription() throws {
        let shape = try #require(schema.classDefinition(named: "KalturaShape"))
        #expect(shape.isAbstract)
        #expect(shape.description == "A shape.\n\tSecond line & \"quoted\" <tag>")
        let square = try #require(schema.classDefinition(named: "KalturaSquare"))
        #expect(square.baseName == "KalturaPolygon")
        #expect(square.plugin == "shapes")
        #expect(square.isDeprecated)
        #expect(square.requiredPermissions == "SQUARES")
    }

    @Test func propertyAttributes() throws {
        let name = try #require(schema.property("name", of: "KalturaShape"))
        #expect(name.isMultiLingual)
        #expect(name.requiredPermissions == "insert,update")
        #expect(name.limits == ValueLimits(minimumLength: 1, maximumLength: 60))
        let color = try #require(schema.property("color", of: "KalturaShape"))
        #expect(color.type == .enumeration(name: "KalturaColor", base: .int))
        #expect(color.isInsertOnly && !color.isReadOnly)
        #expect(schema.property("secret", of: "KalturaShape")?.isWriteOnly == true)
        #expect(schema.property("createdAt", of: "KalturaShape")?.isTime == true)
        #expect(schema.property("status", of: "KalturaShape")?.type == .enumeration(name: "KalturaShapeStatus", base: .string))
        #expect(schema.property("tags", of: "KalturaShape")?.type == .array(of: .object("KalturaString")))
        #expect(schema.property("labels", of: "KalturaShape")?.type == .map(of: .object("KalturaString")))
        #expect(schema.property("capabilities", of: "KalturaShape")?.valuesEnumType == "KalturaShapeCapability")
        let weight = try #require(schema.property("weight", of: "KalturaShape"))
        #expect(weight.type == .primitive(.float))
        #expect(weight.isDeprecated)
        #expect(weight.limits == ValueLimits(minimumValue: 0, maximumValue: 1000.5))
        #expect(schema.property("size", of: "KalturaShape")?.type == .primitive(.bigint))
        #expect(schema.property("visible", of: "KalturaShape")?.type == .primitive(.bool))
        #expect(schema.property("extra", of: "KalturaShape")?.type == .object("KalturaObjectBase"))
    }

    @Test func inheritanceFlattensInOrderWithOverrides() {
        let names = schema.properties(of: "KalturaSquare").map(\.name)
        #expect(names == ["id", "name", "color", "secret", "createdAt", "status", "tags", "labels", "capabilities",
                          "weight", "size", "visible", "extra", "sides", "side", "texture"])
        #expect(schema.property("name", of: "KalturaSquare")?.description == "Overridden")
        #expect(schema.property("name", of: "KalturaSquare")?.declaringClass == "KalturaSquare")
        #expect(schema.property("sides", of: "KalturaSquare")?.declaringClass == "KalturaPolygon")
        #expect(schema.ancestors(of: "KalturaSquare") == ["KalturaPolygon", "KalturaShape"])
        #expect(schema.directSubclasses(of: "KalturaShape") == ["KalturaPolygon", "KalturaCircle"])
        #expect(schema.descendants(of: "KalturaShape") == ["KalturaPolygon", "KalturaCircle", "KalturaSquare"])
        #expect(schema.isClass("KalturaSquare", kindOf: "KalturaShape"))
        #expect(!schema.isClass("KalturaCircle", kindOf: "KalturaPolygon"))
        // A base that does not exist: kept as a root class, with a diagnostic.
        #expect(schema.properties(of: "KalturaOrphan").isEmpty)
        #expect(schema.diagnostics.contains(.init(.unresolvedBaseClass(className: "KalturaOrphan", baseName: "KalturaMissingBase"))))
    }

    @Test func servicesActionsAndParameters() throws {
        let service = try #require(schema.service(id: "SHAPE"))
        #expect(service.description == "Core shapes")
        #expect(service.actions.map(\.name) == ["add", "list", "delete", "serve", "related"])
        let list = try #require(service.action(named: "list"))
        #expect(list.parameters.map(\.name) == ["filter", "color", "since", "ids"])
        #expect(list.parameters[1].type == .enumeration(name: "KalturaColor", base: .int))
        #expect(list.parameters[1].defaultValue == "1")
        #expect(list.parameters[2].isTime)
        #expect(list.parameters[3].type == .array(of: .object("KalturaString")))
        #expect(list.parameters.allSatisfy { $0.isOptional })
        let delete = try #require(service.action(named: "DELETE"))
        #expect(!delete.isEnabledInMultiRequest)
        #expect(delete.sessionRequired == "none")
        #expect(delete.alias == "remove")
        #expect(delete.isDeprecated)
        #expect(delete.result == nil)
        #expect(delete.errorNames == ["SHAPE_NOT_FOUND", "NOT_IN_CATALOGUE"])
        #expect(service.action(named: "serve")?.servesFile == true)
        #expect(service.action(named: "related")?.result == .array(of: .unresolved("KalturaFutureShape")))
    }

    @Test func pluginsAndPluginServices() throws {
        let square = try #require(schema.service(plugin: "shapes", name: "square"))
        #expect(square.id == "shapes_square")
        #expect(square.isDeprecated)
        // The plugin attribute is missing: the <plugins> section still ties the service to its plugin.
        #expect(schema.service(plugin: "legacy", name: "circle")?.id == "legacy_circle")
        let shapes = try #require(schema.plugin(named: "SHAPES"))
        #expect(shapes.dependencies == ["geometry"])
        #expect(shapes.serviceNames == ["square"])
        #expect(schema.services(inPlugin: "shapes").map(\.id) == ["shapes_square"])
    }

    @Test func errorsAndConfigurations() throws {
        let error = try #require(schema.error(named: "SHAPE_NOT_FOUND"))
        #expect(error.parameters == ["ID", "WHERE"])
        #expect(error.message(arguments: ["ID": "7", "WHERE": "the box"]) == "Shape id \"7\" not found in the box")
        #expect(schema.configurations.map(\.name) == ["client", "request"])
        let request = try #require(schema.configurations.last)
        #expect(request.settings.map(\.name) == ["partnerId", "ks", "responseProfile"])
        #expect(request.settings[1].alias == "sessionId")
        #expect(request.settings[2].isVolatile)
        #expect(!request.settings[1].isVolatile)
    }

    @Test func danglingReferencesAreKeptAndListed() {
        #expect(schema.unresolvedTypeNames == [
            "KalturaFutureJobData", "KalturaFutureShape", "KalturaFutureStatus", "KalturaShapeCapability",
            "KalturaTexture",
        ])
        let texture = schema.property("texture", of: "KalturaSquare")
        #expect(texture?.type == .unresolved("KalturaTexture"))
        let related = schema.action("related", ofService: "shape")
        #expect(related?.parameters[0].type == .unresolved("KalturaFutureJobData"))
        #expect(related?.parameters[1].type == .enumeration(name: "KalturaFutureStatus", base: .string))
        #expect(schema.diagnostics.contains(.init(.undeclaredError(name: "NOT_IN_CATALOGUE", action: "shape.delete"))))
        #expect(schema.diagnostics.contains { if case .unknownElement(name: "futureSection", parent: "xml", _) = $0.kind { true } else { false } })
    }

    @Test func demoSchemaIsSelfConsistent() {
        let demo = Schema.demo()
        #expect(demo.diagnostics.isEmpty, "\(demo.diagnostics)")
        #expect(demo.service(id: "media")?.action(named: "list") != nil)
        #expect(demo.service(plugin: "metadata", name: "metadataProfile")?.id == "metadata_metadataprofile")
        #expect(demo.error(named: "ENTRY_ID_NOT_FOUND") != nil)
    }
}

/// `SchemaDifference` between the fixture and an edited copy of it.
@Suite struct SchemaDifferenceTests {
    @Test func reportsAddedRemovedAndChangedDefinitions() throws {
        let text = try String(contentsOf: TestFixtures.fixture("complete.xml"), encoding: .utf8)
        let old = try Schema(xml: text)
        var edited = text.replacingOccurrences(
            of: #"<param name="since" type="int" isTime="1""#, with: #"<param name="since" type="string" isTime="1""#)
        edited = edited.replacingOccurrences(of: #"<const name="GREEN" value="2"/>"#, with: #"<const name="BLUE" value="3"/>"#)
        edited = edited.replacingOccurrences(
            of: #"<property name="sides" type="int" readOnly="0""#, with: #"<property name="sides" type="int" readOnly="1""#)
        let new = try Schema(xml: edited)
        let difference = SchemaDifference(from: old, to: new)
        #expect(difference.changes.map(\.description) == [
            "~ shape.list(since): type int → string",
            "~ KalturaPolygon.sides: now read-only",
            "+ KalturaColor.BLUE",
            "- KalturaColor.GREEN",
        ])
        #expect(SchemaDifference(from: old, to: old).isEmpty)
    }

    @Test func realUpgradeFrom2016To2026HasChanges() throws {
        let old = try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-3.3.0.xml"))
        let new = try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-22.15.0.xml"))
        let difference = SchemaDifference(from: old, to: new)
        #expect(difference.changes.contains { $0.kind == .added && $0.path == "analytics" })
        #expect(difference.changes.contains { $0.description == "~ accesscontrolprofile.get(id): type int → bigint" })
        #expect(!difference.changes.contains { $0.path == "media.list" })
    }
}
