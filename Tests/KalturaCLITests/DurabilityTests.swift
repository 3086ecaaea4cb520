import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("kaltura serve --data under SIGKILL")
struct DurabilityTests {
    static let partnerId = 4242
    static let secret = "durability-secret-4242"

    /// A call's JSON result, decoded with Foundation (this target links only the `kaltura` binary).
    private func call(_ url: String, _ service: String, _ action: String, _ parameters: [(String, String)]) async throws -> Any {
        var request = URLRequest(url: URL(string: "\(url)/api_v3/service/\(service)/action/\(action)")!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let form = ([("format", "1")] + parameters).map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }
        request.httpBody = Data(form.joined(separator: "&").utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    private func adminKS(_ url: String) async throws -> String {
        let result = try await call(url, "session", "start",
                                    [("secret", Self.secret), ("partnerId", String(Self.partnerId)), ("type", "2")])
        return try #require(result as? String)
    }

    /// Adds a category; its id when the server answered with the stored object.
    private func addCategory(_ url: String, ks: String, name: String) async throws -> Int? {
        let result = try await call(url, "category", "add", [("ks", ks), ("category:objectType", "KalturaCategory"),
                                                             ("category:name", name)])
        guard let object = result as? [String: Any], let id = object["id"] as? Int else {
            Issue.record("category.add answered without an id: \(result)")
            return nil
        }
        return id
    }

    /// Every category the server lists, id to name, page by page.
    private func allCategories(_ url: String, ks: String) async throws -> [Int: String] {
        var found: [Int: String] = [:]
        for page in 1... {
            let result = try await call(url, "category", "list", [
                ("ks", ks), ("pager:objectType", "KalturaFilterPager"), ("pager:pageSize", "500"), ("pager:pageIndex", String(page)),
            ])
            let objects = try #require((result as? [String: Any])?["objects"] as? [[String: Any]])
            for object in objects {
                if let id = object["id"] as? Int { found[id] = object["name"] as? String }
            }
            if objects.count < 500 { break }
        }
        return found
    }

    @Test("writers keep adding while the server is killed with SIGKILL and restarted 5 times: every answered add is kept, no id is handed out twice")
    func killedWhileWriting() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("durability-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["--schema", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml"),
                         "--partner", "\(Self.partnerId):\(Self.secret)", "--port", "0", "--data", folder.path]
        var acknowledged: [Int: String] = [:]
        var handedOutTwice: [Int] = []
        let started = ContinuousClock.now

        for cycle in 1...5 {
            let server = try ServeCommandTests.Server(arguments)
            let url = try await server.listeningURL()
            let ks = try await adminKS(url)
            let answered = AnsweredCount()
            let writers = (0..<4).map { writer in
                Task { () -> [(Int, String)] in
                    var added: [(Int, String)] = []
                    for index in 0... {
                        let name = "c\(cycle)-w\(writer)-\(index)"
                        // Once the server is killed the calls fail: the writer stops at its first failure.
                        guard let id = try? await addCategory(url, ks: ks, name: name) else { break }
                        added.append((id, name))
                        answered.increment()
                    }
                    return added
                }
            }
            // Kill mid-write: once some adds were answered (a loaded machine may take a while to answer
            // the first ones), after a further 300 ms of writing.
            let waitedSince = ContinuousClock.now
            while answered.value < 20, ContinuousClock.now - waitedSince < .seconds(10) {
                try await Task.sleep(for: .milliseconds(20))
            }
            try await Task.sleep(for: .milliseconds(300))
            kill(server.process.processIdentifier, SIGKILL)
            server.process.waitUntilExit()
            #expect(server.process.terminationReason == .uncaughtSignal)
            var addedThisCycle = 0
            for writer in writers {
                for (id, name) in await writer.value {
                    if acknowledged[id] != nil { handedOutTwice.append(id) }
                    acknowledged[id] = name
                    addedThisCycle += 1
                }
            }
            #expect(addedThisCycle > 0, "cycle \(cycle) added nothing")
        }

        let server = try ServeCommandTests.Server(arguments)
        let url = try await server.listeningURL()
        let stored = try await allCategories(url, ks: try await adminKS(url))
        #expect(server.stop() == 0)
        #expect(handedOutTwice.isEmpty, "\(handedOutTwice.count) ids were handed out twice, e.g. \(handedOutTwice.prefix(5))")
        let lost = acknowledged.filter { stored[$0.key] != $0.value }.keys.sorted()
        #expect(lost.isEmpty, "\(lost.count) of \(acknowledged.count) answered adds are missing or changed, e.g. \(lost.prefix(5))")
        #expect(ContinuousClock.now - started < .seconds(90))
    }
}

/// How many adds the writers have had answered so far, read while they write.
private final class AnsweredCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
}
