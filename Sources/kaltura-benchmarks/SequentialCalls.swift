import Foundation
import Kaltura
import KalturaSchema

/// `sequential URL KS ENTRY [--schema FILE] [--calls N] [--runs R]`: one client making `calls`
/// `media.get` calls one after another against a live server (the emulator), over the default
/// transport; prints the median time per call over `runs` rounds. The client is created once,
/// and a round of calls warms the connection up first. `TRANSPORT=urlsession` or `TRANSPORT=socket`
/// picks that transport instead of the default one.
func runSequential(arguments: [String], runs: Int, schemaPath: String?) async throws {
    guard arguments.count >= 4, let url = URL(string: arguments[1]) else {
        print("usage: kaltura-benchmarks sequential URL KS ENTRY_ID [--schema FILE] [--calls N] [--runs R]")
        exit(2)
    }
    let ks = arguments[2], entryId = arguments[3]
    let calls = ProcessInfo.processInfo.environment["CALLS"].flatMap(Int.init) ?? 2000
    let schema = try schemaPath.map { try Schema(contentsOf: URL(fileURLWithPath: $0)) } ?? Schema.demo()
    // TRANSPORT=urlsession or socket picks that transport; otherwise the default one (sockets
    // for http://).
    var transport: (any KalturaTransport)?
    var name = "default transport"
    switch ProcessInfo.processInfo.environment["TRANSPORT"] {
    case "urlsession":
        transport = KalturaURLSessionTransport()
        name = "URLSession"
    case "socket":
        transport = KalturaSocketTransport()
        name = "KalturaSocketTransport"
    default:
        break
    }
    let client = KalturaClient(configuration: .init(partnerId: 101, serviceURL: url, schemaSource: .schema(schema),
                                                    http: .init(transport: transport)),
                               schema: schema)
    client.ks = ks
    let first = try await client.media.get(entryId: .string(entryId))
    guard first["id"] == .string(entryId) else {
        print("media.get did not return entry \(entryId): \(first)")
        exit(1)
    }
    let clock = ContinuousClock()
    var samples: [Duration] = []
    for round in 0...runs {
        let start = clock.now
        for _ in 0..<calls { _ = try await client.media.get(entryId: .string(entryId)) }
        if round > 0 { samples.append((clock.now - start) / calls) }  // round 0 warms up
    }
    let median = Measurement(name: "media.get", samples: samples).median
    print("sequential media.get (\(name)): \(calls) calls x \(runs) runs; per call median \(milliseconds(median)), "
        + "min \(milliseconds(samples.min() ?? .zero))")
}
