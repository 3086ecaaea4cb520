import KalturaTestSupport
import Testing

/// A missing real schema fails the test that needs it, with the path, instead of stopping the run.
@Suite struct TestFixturesTests {
    @Test func aMissingSharedSchemaIsAnErrorNamingItsPath() {
        let expected = TestFixtures.projectRoot.deletingLastPathComponent().path + "/shared/fixtures/schema/no-such-schema.xml"
        #expect(throws: MissingFixture(path: expected)) { try TestFixtures.sharedSchema("no-such-schema.xml") }
        let message = "\(MissingFixture(path: expected))"
        #expect(message == "\(expected) is missing: the tests that read the real schemas need ../shared beside the project (see the README)")
    }
}
