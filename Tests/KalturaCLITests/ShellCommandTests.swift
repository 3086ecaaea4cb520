import Foundation
import Testing

/// `kaltura shell` driven through stdin (not a terminal) on the embedded emulator: no prompt, no
/// escape codes, one result per line, and exit status 1 when any line failed.
@Suite("kaltura shell")
struct ShellCommandTests {
    /// `text` with the emulator's generated ids and timestamps replaced, so whole outputs can be compared.
    private static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"0_[a-z0-9]{8}"#, with: "ID", options: .regularExpression)
            .replacingOccurrences(of: #"\b1[0-9]{9}\b"#, with: "TIME", options: .regularExpression)
    }

    @Test("describe, search, calls, references to earlier results and failing lines, on the embedded emulator")
    func session() async throws {
        let output = try await ShellRunner.run(input: """
            describe KalturaMediaType
            search metadata profile list
            system.ping
            media.add entry:name="From the shell" entry:mediaType=VIDEO
            media.get entryId=$_.id
            media.list filter:statusIn=2,7
            media.get entryId=$_.objects.0.id
            $4.objects.0.name
            media.get entryId=0_missing
            medai.list
            media.list filter:nameLik=x
            describ media
            media.get entryId=$_.nme
            media.get entryId=$_
            media.get entryId=$9
            describe KalturaMediaTyp
            session

            """)
        #expect(output.status == 1)
        #expect(!output.standardOutput.contains("\u{1B}"))
        #expect(!output.standardOutput.contains("kaltura>"))
        let entry = """
            {
              "objectType": "KalturaMediaEntry",
              "mediaType": 1,
              "id": "ID",
              "name": "From the shell",
              "partnerId": 100,
              "status": "7",
              "createdAt": TIME,
              "updatedAt": TIME
            }
            """
        let stableOutput = Self.normalized(output.standardOutput)
            .replacingOccurrences(of: #"expires .*\)\)"#, with: "EXPIRY))", options: .regularExpression)
        let expected = """
            enum KalturaMediaType (int)
              VIDEO = 1
              IMAGE = 2
              AUDIO = 5
              LIVE_STREAM_FLASH = 201
            action  metadata.metadataProfile.list: List metadata profile objects by filter and pager
            class   KalturaMetadataProfileListResponse
            true
            \(entry)
            \(entry)
            id          name            mediaType  status
            ID  From the shell  VIDEO      NO_CONTENT
            1 object (totalCount 1); $_.objects.N for one, $_ for all as JSON
            \(entry)
            "From the shell"
            session: KS [redacted] (v2, partner 100, ADMIN, no user, EXPIRY))

            """
        #expect(stableOutput == expected)
        #expect(output.standardError == """
            Error: ENTRY_ID_NOT_FOUND: Entry id "0_missing" not found
            Error: invalid call to medai.list (1 problem):
              - unknown service "medai"; did you mean "media"?
            Error: invalid call to media.list (1 problem):
              - filter.nameLik: unknown property of KalturaMediaEntryFilter; did you mean "nameLike"?
            Error: 'describ' is not SERVICE.ACTION or PLUGIN.SERVICE.ACTION; did you mean describe?
            Error: $_.nme: KalturaMediaEntry has no field "nme"; did you mean "name"?
            Error: $_ is an object (KalturaMediaEntry); name one of its fields, such as $_.id
            Error: $9: there are only 5 results so far
            Error: "KalturaMediaTyp" is not a service, action, class, enum, plugin or error of this schema; did you mean KalturaMediaType, KalturaMediaEntry, KalturaMetadata?

            """)
    }

    @Test("a script whose lines all succeed exits 0, and exit ends it")
    func exitStatus() async throws {
        let output = try await ShellRunner.run(input: "system.ping\n\n# a comment\nexit\nmedia.get entryId=0_never\n")
        #expect(output.status == 0)
        #expect(output.standardOutput == "true\n")
        #expect(output.standardError == "")
    }

    @Test("sessions: started from a secret, taken from a result, shown without the KS or the secret")
    func sessions() async throws {
        let secret = "shell-test-secret-\(UUID().uuidString.prefix(8))"
        let output = try await ShellRunner.run(["--partner", "4242", "--secret", secret], input: """
            session clear
            media.list
            session.start secret=\(secret) type=ADMIN partnerId=4242 userId=alice
            session use $_
            session
            media.list
            session start type=USER userId=bob
            session start userId=bob expiry=soon
            session use not-a-ks

            """)
        #expect(output.status == 1)
        let lines = output.standardOutput.split(separator: "\n").map { String($0).replacingOccurrences(
            of: #"expires .*\)\)"#, with: "EXPIRY))", options: .regularExpression) }
        #expect(lines == [
            "no session: calls are sent without a KS",
            "\"[redacted]\"",
            "(a KS, v2, partner 4242: 'session use $_' makes it the shell's session)",
            "session: KS [redacted] (v2, partner 4242, ADMIN, user \"alice\", EXPIRY))",
            "session: KS [redacted] (v2, partner 4242, ADMIN, user \"alice\", EXPIRY))",
            "no objects (totalCount 0)",
            "session: KS [redacted] (v2, partner 4242, USER, user \"bob\", EXPIRY))",
        ])
        #expect(output.standardError.hasPrefix("Error: "))
        #expect(output.standardError.contains("session start: expiry must be a number of seconds\n"))
        #expect(output.standardError.hasSuffix("Error: session use: the text is not a KS\n"))
        for text in [output.standardOutput, output.standardError] {
            #expect(!text.contains(secret))
            #expect(!text.contains("djJ8"))  // base64 of "v2|", how every v2 KS starts
        }
    }

    @Test("with --url it talks to that server, starting an admin session from --secret")
    func againstAServer() async throws {
        let server = try ServeCommandTests.Server(["--partner", "4242:shell-url-secret", "--port", "0"])
        defer { _ = server.stop() }
        let url = try await server.listeningURL()
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-shell-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let output = try await ShellRunner.run(["--url", url, "--partner", "4242", "--secret", "shell-url-secret"],
                                               input: "media.add entry:name=Remote entry:mediaType=IMAGE\n$_.name\nmetadata.metadataProfile.list\nsession\n",
                                               environment: ["XDG_CACHE_HOME": cache.path])
        #expect(output.standardError == "")
        #expect(output.status == 0)
        let lines = output.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("  \"name\": \"Remote\","))
        #expect(lines.suffix(3).first == "\"Remote\"")
        #expect(lines.suffix(2).first == "no objects (totalCount 0)")
        #expect(lines.last?.hasPrefix("session: KS [redacted] (v2, partner 4242, ADMIN, no user, expires ") == true)
        #expect(!output.standardOutput.contains("shell-url-secret"))

        let refused = try await ShellRunner.run(["--url", url, "--secret", "x"], input: "")
        #expect(refused.status == 64)
        #expect(refused.standardError.hasPrefix("Error: --secret needs --partner, the partner whose secret it is\n"))
    }
}
