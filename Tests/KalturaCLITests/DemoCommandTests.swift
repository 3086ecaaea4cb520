import Foundation
import Testing

/// `kaltura demo`, the README's first command: the sample workflow against the in-process emulator.
@Suite struct DemoCommandTests {
    @Test func everyStepIsPrintedAndNoSessionIs() async throws {
        let output = try await CommandRunner.run(["demo"])
        #expect(output.status == 0)
        #expect(output.standardError == "")
        // Entry ids and the time vary from run to run; everything else is fixed.
        let stable = output.standardOutput
            .replacingOccurrences(of: #"0_[0-9a-z]{8}\b"#, with: "0_ID", options: .regularExpression)
            .replacingOccurrences(of: #"in [0-9]+ ms"#, with: "in N ms", options: .regularExpression)
        #expect(stable == """
            1. configuration: partner 101, the embedded emulator in process (no network), demo schema 22.15.0: 8 services, 39 actions
            2. session.start(userId: demo, type: ADMIN) -> a KS v2, used for every later call (never printed)
            3. media.add(entry: {name: "Demo entry", mediaType: VIDEO}) -> KalturaMediaEntry 0_ID
            4. media.get(entryId: 0_ID) -> name "Demo entry", status 7 (NO_CONTENT)
            5. plugin metadata: metadataProfile.add -> profile 1; metadataProfile.list -> 1 profile(s)
            6. multirequest [media.add, media.get(entryId: {1:result:id})] -> 2 results; the second got 0_ID "Made in a multirequest"
            7. media.get(entryId: 0_nosuchentry) -> API error ENTRY_ID_NOT_FOUND, handled: Entry id "0_nosuchentry" not found
            done: 7 steps in N ms

            """)
        // A v2 KS starts with base64("v2|"); a v1 one is long unbroken base64.
        #expect(!output.standardOutput.contains("djJ8"))
        #expect(output.standardOutput.range(of: #"[A-Za-z0-9+/=_-]{60,}"#, options: .regularExpression) == nil)
    }

    @Test func theTwoEntriesAreDistinct() async throws {
        let output = try await CommandRunner.run(["demo"])
        let ids = output.standardOutput.matches(of: /0_[0-9a-z]{8}\b/).map { String($0.output) }
        #expect(ids.count == 3)
        #expect(ids[0] == ids[1])   // media.get returns the entry media.add made
        #expect(ids[2] != ids[0])   // the multirequest made a second one
    }
}
