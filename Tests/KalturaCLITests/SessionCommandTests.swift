import Foundation
import Testing

/// `kaltura ks generate` and `kaltura ks inspect` end to end.
@Suite struct SessionCommandTests {
    /// Vector V1 of the protocol notes (signed with `0123456789abcdef0123456789abcdef`, expired in 2023).
    static let vectorV1 = "ZTg3YWM1MmY3MDUxMWU1Y2JjZWFlMmMyZmY3ZmMzMzI3NjE4OGJhZHwxMjM0NTsxMjM0NTsxNzAwMDg2NDAwOzI7NDI0Mjt1c2VyQGV4YW1wbGUuY29tO2Rpc2FibGVlbnRpdGxlbWVudCxwcml2YWN5Y29udGV4dDphYmM="
    static let secret = "0123456789abcdef0123456789abcdef"

    @Test func inspectReadsAV1WithoutTheSecret() async throws {
        let output = try await CommandRunner.run(["ks", "inspect", Self.vectorV1])
        #expect(output.status == 0)
        #expect(output.standardOutput == """
            {"version":1,"partnerId":12345,"userId":"user@example.com","type":2,"expiry":1700086400,\
            "privileges":{"disableentitlement":"","privacycontext":"abc"}}

            """)
    }

    @Test func inspectWithTheSecretSaysAnExpiredKSIsNotValid() async throws {
        let output = try await CommandRunner.run(["ks", "inspect", Self.vectorV1, "--secret", Self.secret])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasSuffix(",\"valid\":false}\n"))
        #expect(output.standardError == "KS is not valid: KS of partner 12345 expired at 1700086400 (-5,EXPIRED)\n")
        #expect(!output.standardError.contains(Self.secret))
    }

    @Test func generateThenInspectRoundTripsV2() async throws {
        let generated = try await CommandRunner.run(["ks", "generate", "--secret", Self.secret, "--partner", "987",
                                               "--user", "alice@example.com", "--type", "user", "--expiry", "600",
                                               "--privileges", "sview:0_abc,disableentitlement"])
        #expect(generated.status == 0)
        let ks = generated.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ks.hasPrefix("djJ8OTg3f"))  // base64 of "v2|987|"

        let sealed = try await CommandRunner.run(["ks", "inspect", ks])
        #expect(sealed.standardOutput == "{\"version\":2,\"partnerId\":987,\"userId\":null,\"type\":null,\"expiry\":null,\"privileges\":null}\n")

        let opened = try await CommandRunner.run(["ks", "inspect", ks, "--secret", Self.secret])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(opened.standardOutput.utf8)) as? [String: Any])
        #expect(object["userId"] as? String == "alice@example.com")
        #expect(object["type"] as? Int == 0)
        #expect(object["valid"] as? Bool == true)
        #expect(object["privileges"] as? [String: String] == ["sview": "0_abc", "disableentitlement": ""])
        let expiry = try #require(object["expiry"] as? Int)
        #expect(abs(expiry - Int(Date().timeIntervalSince1970) - 600) < 60)

        let wrong = try await CommandRunner.run(["ks", "inspect", ks, "--secret", "not-the-secret"])
        #expect(wrong.standardOutput.hasSuffix("\"valid\":false}\n"))
        #expect(wrong.standardError == "KS is not valid: KS signature matches no secret of partner 987 (-1,INVALID_STR)\n")
    }

    @Test func generateV1IsReadableWithoutTheSecret() async throws {
        let generated = try await CommandRunner.run(["ks", "generate", "--v1", "--secret", "s3cret", "--partner", "5"])
        let ks = generated.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let inspected = try await CommandRunner.run(["ks", "inspect", ks, "--secret", "s3cret"])
        #expect(inspected.standardOutput.hasPrefix("{\"version\":1,\"partnerId\":5,\"userId\":\"\",\"type\":2,"))
        #expect(inspected.standardOutput.hasSuffix("\"valid\":true}\n"))
    }

    @Test func garbageIsRefusedWithoutEchoingIt() async throws {
        let output = try await CommandRunner.run(["ks", "inspect", "not-a-real-ks-value"])
        #expect(output.status == 1)
        #expect(!output.standardError.contains("not-a-real-ks-value"))
        #expect(output.standardError.hasPrefix("Error: not a KS: "))
    }
}
