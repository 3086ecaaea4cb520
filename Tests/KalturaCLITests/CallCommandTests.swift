import Foundation
import Testing

/// `kaltura call` end to end: the contract later tooling relies on, against `kaltura serve`.
@Suite("kaltura call")
struct CallCommandTests {
    static let demoSchema = CommandRunner.projectRoot.appendingPathComponent("Sources/KalturaSchema/Resources/demo-schema.xml").path

    /// Runs `kaltura call` with a private schema cache.
    private func call(_ arguments: [String], cache: URL) async throws -> CommandRunner.Output {
        try await CommandRunner.run(["call"] + arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    /// `kaltura serve` with partner 4242, a private schema cache, and an admin KS from `session.start`.
    struct LiveServer {
        let server: ServeCommandTests.Server
        let url: String
        let cache: URL
        let ks: String

        static func started() async throws -> LiveServer {
            let server = try ServeCommandTests.Server(["--partner", "4242:cli-secret", "--port", "0"])
            let url = try await server.listeningURL()
            let cache = CallCommandTests.temporaryCache()
            let session = try await CommandRunner.run(
                ["call", "session.start", "secret=cli-secret", "type=ADMIN", "--partner", "4242", "--url", url],
                environment: ["XDG_CACHE_HOME": cache.path])
            let ks = String(session.standardOutput.trimmingCharacters(in: .newlines).dropFirst().dropLast())
            return LiveServer(server: server, url: url, cache: cache, ks: ks)
        }

        func stop() {
            _ = server.stop()
            try? FileManager.default.removeItem(at: cache)
        }
    }

    fileprivate static func temporaryCache() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-cli-cache-\(UUID().uuidString)")
    }

    @Test("--batch runs JSON Lines packed in multirequests and answers each line in input order")
    func batchAnswersEveryLineInOrder() async throws {
        let live = try await LiveServer.started()
        defer { live.stop() }
        let (url, cache, ks) = (live.url, live.cache, live.ks)
        let entry = try await call(["media.add", "entry:name=batched", "entry:mediaType=VIDEO", "--url", url, "--ks", ks], cache: cache)
        let id = try #require(entry.standardOutput.firstMatch(of: /"id":"([^"]+)"/)?.output.1)

        var lines: [String] = []
        for number in 1...7 {
            lines.append(#"{"action": "media.update", "params": {"entryId": "\#(id)", "mediaEntry": {"objectType": "KalturaMediaEntry", "name": "v\#(number)"}}}"#)
        }
        lines.insert(#"{"action": "media.get", "params": {"entryId": "0_missing"}}"#, at: 2)
        lines.insert("not json", at: 4)
        lines.insert(#"{"action": "media.gett", "params": {"entryId": "x"}}"#, at: 6)
        lines.insert("", at: 8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let output = try await call(["--batch", file.path, "--multirequest-size", "3", "--parallel", "2", "--url", url, "--ks", ks],
                                    cache: cache)
        #expect(output.status == 1)
        let results = output.standardOutput.split(separator: "\n").map(String.init)
        #expect(results.count == 10)
        #expect(results.map { $0.firstMatch(of: /^\{"line":([0-9]+)/).map { Int($0.output.1)! } } == [1, 2, 3, 4, 5, 6, 7, 8, 10, 11])
        #expect(results[2] == #"{"line":3,"error":{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_missing\" not found"}}"#)
        #expect(results[4].hasPrefix(#"{"line":5,"error":{"code":"BAD_LINE","message":"not JSON: "#))
        #expect(results[6].hasPrefix(#"{"line":7,"error":{"code":"INVALID_CALL","message":"#))
        #expect(results[6].contains("media.gett"))
        let names = results.compactMap { $0.firstMatch(of: /"name":"(v[0-9])"/).map { String($0.output.1) } }
        #expect(names == ["v1", "v2", "v3", "v4", "v5", "v6", "v7"])
        let final = try await call(["media.get", "entryId=\(id)", "--url", url, "--ks", ks], cache: cache)
        #expect(final.standardOutput.contains(#""name":"v7""#))
    }

    @Test("KALTURA_* variables stand in for --url, --partner and --ks; flags win")
    func environmentVariables() async throws {
        let server = try ServeCommandTests.Server(["--partner", "4242:cli-env-secret", "--port", "0"])
        defer { _ = server.stop() }
        let url = try await server.listeningURL()
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["XDG_CACHE_HOME": cache.path, "KALTURA_SERVICE_URL": url, "KALTURA_PARTNER_ID": "4242",
                           "KALTURA_ADMIN_SECRET": "cli-env-secret"]
        let added = try await CommandRunner.run(["call", "media.add", "entry:name=from the environment", "entry:mediaType=VIDEO"],
                                                environment: environment)
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains(#""name":"from the environment""#))

        let wrongKS = try await CommandRunner.run(["call", "media.list", "--ks", "not-a-ks"], environment: environment)
        #expect(wrongKS.status == 1)  // the flag won over the secret
        #expect(wrongKS.standardError.contains("INVALID_KS"))
        #expect(!wrongKS.standardError.contains("cli-env-secret"))

        // kaltura upload and kaltura shell read the same variables.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("env-upload-\(UUID().uuidString).bin")
        try Data(repeating: 7, count: 1_000).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let upload = try await CommandRunner.run(["upload", file.path], environment: environment)
        #expect(upload.status == 0, "\(upload.standardError)")
        #expect(upload.standardOutput.contains(#""uploadedFileSize":1000"#))
        let shell = try await ShellRunner.run(input: "media.list filter:nameLike=environment filter:statusIn=2,7\n$_.totalCount\n", environment: environment)
        #expect(shell.status == 0, "\(shell.standardError)")
        #expect(shell.standardOutput.hasSuffix("1\n"))  // the server's entry, not the embedded emulator's empty store

        let badPartner = try await CommandRunner.run(["call", "system.ping"], environment: ["KALTURA_SERVICE_URL": url, "KALTURA_PARTNER_ID": "abc"])
        #expect(badPartner.status == 1)
        #expect(badPartner.standardError == "Error: KALTURA_PARTNER_ID: 'abc' is not a partner id (a number)\n")

        let noServer = try await CommandRunner.run(["call", "system.ping"], environment: ["KALTURA_SERVICE_URL": ""])
        #expect(noServer.standardError == "Error: no server: give --url URL or set KALTURA_SERVICE_URL\n")
    }

    @Test("--all prints every object of a list as JSON Lines, page after page")
    func allPrintsEveryObjectOnce() async throws {
        let live = try await LiveServer.started()
        defer { live.stop() }
        let (url, cache, ks) = (live.url, live.cache, live.ks)
        var added: [String] = []
        for number in 1...5 {
            let entry = try await call(["media.add", "entry:name=all \(number)", "entry:mediaType=VIDEO", "--url", url, "--ks", ks], cache: cache)
            let id = try #require(entry.standardOutput.firstMatch(of: /"id":"([^"]+)"/)?.output.1)
            added.append(String(id))
        }
        let all = try await call(["media.list", "filter:statusIn=2,7", "pager:pageSize=2", "--all", "--url", url, "--ks", ks], cache: cache)
        #expect(all.status == 0)
        #expect(all.standardError == "")  // no progress line: stderr is not a terminal
        let lines = all.standardOutput.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"objectType\":\"KalturaMediaEntry\"") })
        #expect(lines.compactMap { $0.firstMatch(of: /"id":"([^"]+)"/).map { String($0.output.1) } } == added)

        let notAList = try await call(["media.get", "entryId=\(added[0])", "--all", "--url", url, "--ks", ks], cache: cache)
        #expect(notAList.status == 1)
        #expect(notAList.standardError == """
            Error: media.get is not supported: it does not return a list response (a class with an objects array), so it has no pages to walk

            """)
    }

    @Test("session, add, list, get and errors through kaltura call against kaltura serve")
    func contractAgainstTheEmulator() async throws {
        let server = try ServeCommandTests.Server(["--partner", "4242:cli-secret", "--port", "0"])
        defer { _ = server.stop() }
        let url = try await server.listeningURL()
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }

        // The schema is fetched from the server once, then cached.
        let session = try await call(["session.start", "secret=cli-secret", "type=ADMIN", "--partner", "4242", "--url", url], cache: cache)
        #expect(session.status == 0)
        #expect(session.standardError == "")
        let quoted = session.standardOutput.trimmingCharacters(in: .newlines)
        #expect(quoted.hasPrefix("\"djJ8") && quoted.hasSuffix("\""))
        let ks = String(quoted.dropFirst().dropLast())
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("kaltura-swift/schemas").path)
        #expect(cached.count == 1)

        let added = try await call(["media.add", "entry:name=From the CLI", "entry:mediaType=VIDEO", "entry:tags=cli", "--url", url, "--ks", ks],
                             cache: cache)
        #expect(added.status == 0)
        #expect(added.standardOutput.hasPrefix(#"{"objectType":"KalturaMediaEntry","#))
        #expect(added.standardOutput.hasSuffix("}\n"))
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(added.standardOutput.utf8)) as? [String: Any])
        #expect(entry["name"] as? String == "From the CLI")
        #expect(entry["mediaType"] as? Int == 1)
        let id = try #require(entry["id"] as? String)

        let listed = try await call(["media.list", "filter:objectType=KalturaMediaEntryFilter", "filter:nameLike=CLI",
                               "filter:statusIn=2,7", "pager:pageSize=5", "--url", url, "--ks", ks], cache: cache)
        #expect(listed.status == 0)
        let page = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any])
        #expect(page["objectType"] as? String == "KalturaMediaListResponse")
        #expect(page["totalCount"] as? Int == 1)
        #expect(((page["objects"] as? [[String: Any]])?.first?["id"] as? String) == id)

        let cleared = try await call(["media.update", "entryId=\(id)", "mediaEntry:tags__null=", "--url", url, "--ks", ks], cache: cache)
        #expect(cleared.status == 0)
        #expect(!cleared.standardOutput.contains("\"tags\""))

        let missing = try await call(["media.get", "entryId=0_missing", "--url", url, "--ks", ks], cache: cache)
        #expect(missing.status == 1)
        #expect(missing.standardOutput == "")
        #expect(missing.standardError == "Error: ENTRY_ID_NOT_FOUND: Entry id \"0_missing\" not found\n")

        let plugin = try await call(["metadata.metadataProfile.list", "--url", url, "--ks", ks], cache: cache)
        #expect(plugin.status == 0)
        #expect(plugin.standardOutput == #"{"objectType":"KalturaMetadataProfileListResponse","objects":[],"totalCount":0}"# + "\n")

        let ping = try await call(["system.ping", "--url", url, "--schema", Self.demoSchema], cache: cache)
        #expect(ping.standardOutput == "true\n")
    }

    @Test("key=@path uploads a file to a file parameter; elsewhere @ is literal; an unreadable file fails")
    func uploadsAgainstTheEmulator() async throws {
        let live = try await LiveServer.started()
        defer { live.stop() }
        let (url, cache, ks) = (live.url, live.cache, live.ks)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-cli-upload-\(UUID().uuidString).txt")
        try Data("hello".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let added = try await call(["uploadToken.add", "uploadToken:fileSize=5", "--url", url, "--ks", ks], cache: cache)
        #expect(added.status == 0)
        let token = try #require(try JSONSerialization.jsonObject(with: Data(added.standardOutput.utf8)) as? [String: Any])
        let id = try #require(token["id"] as? String)

        let uploaded = try await call(["uploadToken.upload", "uploadTokenId=\(id)", "fileData=@\(file.path)", "--url", url, "--ks", ks],
                                cache: cache)
        #expect(uploaded.status == 0)
        #expect(uploaded.standardError == "")
        let fetched = try await call(["uploadToken.get", "uploadTokenId=\(id)", "--url", url, "--ks", ks], cache: cache)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(fetched.standardOutput.utf8)) as? [String: Any])
        #expect(result["status"] as? Int == 2)
        #expect(result["uploadedFileSize"] as? Double == 5)
        #expect(result["fileName"] as? String == file.lastPathComponent)

        let missing = try await call(["uploadToken.upload", "uploadTokenId=\(id)", "fileData=@/nonexistent/clip.mp4", "--url", url, "--ks", ks],
                               cache: cache)
        #expect(missing.status == 1)
        #expect(missing.standardOutput == "")
        #expect(missing.standardError == "Error: fileData: cannot read /nonexistent/clip.mp4: no such file\n")

        let literal = try await call(["media.add", "entry:name=@\(file.path)", "entry:mediaType=VIDEO", "--url", url, "--ks", ks], cache: cache)
        #expect(literal.status == 0)
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(literal.standardOutput.utf8)) as? [String: Any])
        #expect(entry["name"] as? String == "@\(file.path)")
    }

    @Test("a serve action prints its signed URL without calling the server")
    func serveActionsPrintTheirURL() async throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let output = try await call(["thumbAsset.serve", "thumbAssetId=0_thumb", "thumbParams:width=100", "--url", "http://127.0.0.1:9",
                               "--partner", "7", "--ks", "KS1", "--schema", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml")],
                              cache: cache)
        #expect(output.standardError == "")
        #expect(output.status == 0)
        #expect(output.standardOutput == "http://127.0.0.1:9/api_v3/service/thumbasset/action/serve?format=1&clientTag=kaltura-cli"
            + "&apiVersion=22.15.0&partnerId=7&ks=KS1&thumbAssetId=0_thumb&thumbParams%3AobjectType=KalturaThumbParams"
            + "&thumbParams%3Awidth=100\n")
    }

    @Test("invalid calls fail before any network, with every problem listed")
    func validationBeforeTheNetwork() async throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let output = try await call(["media.list", "pager:pageSize=ten", "filter:mediaTypeEqual=VIDO", "--url", "http://127.0.0.1:9",
                               "--schema", Self.demoSchema], cache: cache)
        #expect(output.status == 1)
        #expect(output.standardOutput == "")
        #expect(output.standardError == """
            Error: invalid call to media.list (2 problems):
              - filter.mediaTypeEqual: "VIDO" is not a value of KalturaMediaType; did you mean "VIDEO"?
              - pager.pageSize: expected int, got string "ten"

            """)
    }

    @Test("an unreachable server without a cached schema is an error")
    func unreachableServer() async throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let output = try await call(["system.ping", "--url", "http://127.0.0.1:9"], cache: cache)
        #expect(output.status == 1)
        #expect(output.standardError.hasPrefix("Error: cannot load the API schema from http://127.0.0.1:9/api_v3/api_schema.php: "))
    }

    @Test("command-line mistakes are usage errors")
    func usageErrors() async throws {
        let action = try await CommandRunner.run(["call", "media", "--url", "http://127.0.0.1:9"])
        #expect(action.status == 64)
        #expect(action.standardError.hasPrefix("Error: 'media' is not SERVICE.ACTION or PLUGIN.SERVICE.ACTION\n"))
        let pair = try await CommandRunner.run(["call", "media.list", "filter", "--url", "http://127.0.0.1:9"])
        #expect(pair.status == 64)
        #expect(pair.standardError.hasPrefix("Error: 'filter' is not key=value\n"))
        let url = try await CommandRunner.run(["call", "media.list", "--url", "ftp://x"])
        #expect(url.status == 64)
        #expect(url.standardError.hasPrefix("Error: --url must be an http or https URL, such as https://www.kaltura.com\n"))
    }
}
