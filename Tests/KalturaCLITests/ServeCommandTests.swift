import Foundation
import KalturaTestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("kaltura serve")
struct ServeCommandTests {
    /// A running `kaltura serve` whose standard output is collected as it arrives.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var output = Data()

        init(_ arguments: [String]) throws {
            process.executableURL = TestFixtures.executable
            process.arguments = ["serve"] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.lock()
                self.output.append(data)
                self.lock.unlock()
            }
            try process.run()
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: output, as: UTF8.self)
        }

        /// Waits (at most 30 s) for the `listening on` line and returns its URL.
        func listeningURL() async throws -> String {
            for _ in 0..<600 {
                if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }) {
                    return String(line.dropFirst("listening on ".count))
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            Issue.record("no 'listening on' line; output so far: \(text)")
            throw CancellationError()
        }

        /// Sends SIGTERM and waits for the exit status.
        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    static let currentEraLine = "emulating Kaltura servers of 2015-11-01 (Kajam-11.0.0): JSON or form bodies, "
        + "/api_v3/service/... served, objectType on every object, errors KalturaAPIException"

    @Test("prints its era, then exactly one 'listening on' line with the real port, answers, and stops cleanly on SIGTERM")
    func listensAndStops() async throws {
        let server = try Server(["--schema", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml"),
                                 "--partner", "4242:secret-4242", "--port", "0"])
        let url = try await server.listeningURL()
        #expect(url.wholeMatch(of: /http:\/\/127\.0\.0\.1:[1-9][0-9]*/) != nil)
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(url)/api_v3/service/system/action/ping?format=1")!)
        #expect(String(decoding: data, as: UTF8.self) == "true")
        #expect(server.stop() == 0)
        #expect(server.text == Self.currentEraLine + "\nlistening on \(url)\n")
    }

    @Test("without --partner it makes a demo partner and prints its id and admin secret")
    func demoPartner() async throws {
        let server = try Server(["--port", "0"])
        let url = try await server.listeningURL()
        let lines = server.text.split(separator: "\n").map(String.init)
        let demo = try #require(lines.first?.wholeMatch(of: /demo partner (\d+) admin secret ([0-9a-f]{32})/))
        #expect(lines.count == 3)
        #expect(lines[1] == Self.currentEraLine)
        #expect(lines.last == "listening on \(url)")
        // The printed secret opens a session on the printed partner.
        let start = URL(string: "\(url)/api_v3/service/session/action/start?format=1&secret=\(demo.2)&partnerId=\(demo.1)")!
        let (data, _) = try await URLSession.shared.data(from: start)
        #expect(server.stop() == 0)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("\"djJ8"))
    }

    @Test("--era 2011 on the 22.15.0 schema: prints the era, answers 404 on /api_v3/service/… and serves index.php")
    func era2011() async throws {
        let server = try Server(["--schema", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml"),
                                 "--partner", "4242:secret-4242", "--port", "0", "--era", "2011"])
        let url = try await server.listeningURL()
        let (_, servicePath) = try await URLSession.shared.data(from: URL(string: "\(url)/api_v3/service/system/action/ping?format=1")!)
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(url)/api_v3/index.php?service=system&action=ping&format=1")!)
        #expect(server.stop() == 0)
        #expect((servicePath as? HTTPURLResponse)?.statusCode == 404)
        #expect(String(decoding: data, as: UTF8.self) == "true")
        #expect(server.text.hasPrefix("emulating Kaltura servers of 2010-09-01 (first API v3 releases): form bodies only (JSON ignored), "
                                      + "/api_v3/service/... 404, no objectType, errors {code,message}\nlistening on "))
    }

    @Test("an --era that names no era is a usage error listing the accepted forms")
    func badEra() async throws {
        let output = try await CommandRunner.run(["serve", "--era", "jupiter"])
        #expect(output.status == 64)
        #expect(output.standardError.contains(
            "--era must be 'current', a year (2011), a month (2013-10) or a day (2015-10-20), got 'jupiter'"))
    }

    @Test("a malformed --partner is a usage error")
    func badPartner() async throws {
        let output = try await CommandRunner.run(["serve", "--partner", "abc:secret"])
        #expect(output.status == 64)
        #expect(output.standardError.contains("--partner must be ID:ADMIN_SECRET[:USER_SECRET] with an integer ID, got 'abc:secret'"))
    }
}
