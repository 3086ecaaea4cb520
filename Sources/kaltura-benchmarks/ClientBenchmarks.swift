import Foundation
import Kaltura
import KalturaSchema

/// A transport that answers every call with the same bytes, so a benchmark measures the client
/// and not a network.
struct FixedResponseTransport: KalturaTransport {
    let body: [UInt8]

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
    }
}

/// `client`: a whole `client.media.list()` call answered in memory by the 500-entry fixture —
/// request encoding, response reading and typing every object by the schema — against
/// `JSONSerialization` of the same bytes.
func runClient(runs: Int, schemaPath: String?) async throws {
    let schema = try schemaPath.map { try Schema(contentsOf: URL(fileURLWithPath: $0)) } ?? Schema.demo()
    let bytes = MediaListFixture(entryCount: 500, phpEscapes: true).makeJSON()
    let data = Data(bytes)
    let client = KalturaClient(
        configuration: .init(partnerId: 1, serviceURL: URL(string: "http://127.0.0.1")!, schemaSource: .schema(schema),
                             http: .init(transport: FixedResponseTransport(body: bytes))),
        schema: schema)
    let typedProperties = schema.properties(of: "KalturaMediaEntry").count
    print("media.list, 500 entries, \(bytes.count) bytes; schema \(schemaPath ?? "demo") (\(schema.apiVersion ?? "?"), "
        + "KalturaMediaEntry has \(typedProperties) properties); \(runs) runs")

    // Sanity: the typed result has every entry, typed as the schema says.
    let sample = try await client.media.list()
    guard sample.objects?.arrayValue?.count == 500, case .int? = sample.objects?[0]?.partnerId else {
        print("  unexpected result: \(String(describing: sample.objects?[0]))")
        exit(1)
    }

    let foundation = try measure("JSONSerialization.jsonObject(with: Data)", runs: runs) {
        ((try JSONSerialization.jsonObject(with: data)) as? [String: Any])?.count ?? 0
    }
    let decode = try measure("KalturaJSON.decode (untyped)", runs: runs) {
        try KalturaJSON.decode(data)["totalCount"]?.intValue ?? 0
    }
    let call = try await measureAsync("client.media.list() typed by the schema", runs: runs) {
        try await client.media.list().totalCount?.intValue ?? 0
    }
    report([foundation, decode, call], baseline: foundation)
}

/// `xml PATH`: writes the fixture as the server's `format=2` XML response, for the Python client benchmark.
func writeXML(to path: String) throws {
    let value = try KalturaJSON.decode(MediaListFixture(entryCount: 500, phpEscapes: true).makeJSON())
    let document = KalturaXMLResponse.document(for: .success(value), executionTime: 0.0123)
    try Data(document.utf8).write(to: URL(fileURLWithPath: path))
    print("wrote \(document.utf8.count) bytes to \(path)")
}

func measureAsync(_ name: String, runs: Int, _ body: () async throws -> Int) async rethrows -> Measurement {
    let clock = ContinuousClock()
    var checksum = try await body()  // warm-up
    var samples: [Duration] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = clock.now
        checksum &+= try await body()
        samples.append(clock.now - start)
    }
    if checksum == 42 { print("") }
    return Measurement(name: name, samples: samples)
}

/// `client-start --schema FILE`: the in-process parts of a start with a cached schema — reading the
/// cache entry, parsing the cached document, creating the client, the first call (answered in memory).
func runClientStart(runs: Int, schemaPath: String?) async throws {
    let document = try schemaPath.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? Schema.demoSchemaXML
    let serviceURL = URL(string: "http://127.0.0.1:1")!
    let cache = SchemaCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-bench-\(UUID().uuidString)"))
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    try cache.store(document, schema: try Schema(xml: document), for: serviceURL)
    print("start with a cached schema of \(document.count) bytes (\(schemaPath ?? "demo")); \(runs) runs")

    let read = measure("SchemaCache.latest(for:)", runs: runs) {
        cache.latest(for: serviceURL)?.document.count ?? 0
    }
    let parse = try measure("Schema(xml:) of the cached document", runs: runs) {
        try Schema(xml: document).services.count
    }
    let transport = FixedResponseTransport(body: Array("true".utf8))
    let configuration = KalturaClient.Configuration(serviceURL: serviceURL, schemaSource: .server(cache: cache),
                                                    http: .init(transport: transport))
    let start = try await measureAsync("KalturaClient(configuration:) from the cache", runs: runs) {
        try await KalturaClient(configuration: configuration).apiSchema.services.count
    }
    let client = try await KalturaClient(configuration: configuration)
    let call = try await measureAsync("client.system.ping() answered in memory", runs: runs) {
        try await client.system.ping() == true ? 1 : 0
    }
    for measurement in [read, parse, start, call] {
        print("  \(measurement.name.padding(toLength: 44, withPad: " ", startingAt: 0))"
            + " median \(milliseconds(measurement.median))  min \(milliseconds(measurement.minimum))")
    }
}
