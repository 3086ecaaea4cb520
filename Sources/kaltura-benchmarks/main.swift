// Benchmarks for the Kaltura wire formats. Build in release mode:
//
//     swift run -c release kaltura-benchmarks json [--runs N]
//
// `json` decodes a synthesized 500-entry media.list response with KalturaJSON and with
// Foundation's JSONSerialization and prints the median time of each.
// `client [--schema FILE]` makes a whole client.media.list() call answered in memory with that
// response, typed by the schema (the bundled demo schema unless a file is given).
// `client-start [--schema FILE]` times the in-process parts of a start with a cached schema.
// `completion [--schema FILE]` times kaltura shell's Tab completion over the schema.
// `sequential URL KS ENTRY_ID` times sequential media.get calls against a live server (the emulator).
// `xml FILE` writes the same response as the server's XML, for Benchmarks/python-client-decode.py.

import Foundation
import Kaltura

struct Measurement {
    var name: String
    var samples: [Duration]

    var median: Duration {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Duration { samples.min() ?? .zero }
}

func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return String(format: "%8.3f ms", ms)
}

func measure(_ name: String, runs: Int, _ body: () throws -> Int) rethrows -> Measurement {
    let clock = ContinuousClock()
    var checksum = try body()  // warm-up
    var samples: [Duration] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = clock.now
        checksum &+= try body()
        samples.append(clock.now - start)
    }
    if checksum == 42 { print("") }  // keeps the work observable
    return Measurement(name: name, samples: samples)
}

/// Counts the nodes of a JSONSerialization result, so the whole tree is visited.
func countNodes(_ object: Any) -> Int {
    if let dictionary = object as? [String: Any] {
        return dictionary.values.reduce(1) { $0 + countNodes($1) }
    }
    if let array = object as? [Any] {
        return array.reduce(1) { $0 + countNodes($1) }
    }
    return 1
}

func countNodes(_ value: KalturaValue) -> Int {
    switch value {
    case .array(let elements): return elements.reduce(1) { $0 + countNodes($1) }
    case .map(let entries): return entries.values.reduce(1) { $0 + countNodes($1) }
    case .object(let object): return object.kalturaFields.values.reduce(2) { $0 + countNodes($1) }
    default: return 1
    }
}

func report(_ measurements: [Measurement], baseline: Measurement) {
    for measurement in measurements {
        let ratio = Double(baseline.median.components.attoseconds + baseline.median.components.seconds * 1_000_000_000_000_000_000)
            / Double(measurement.median.components.attoseconds + measurement.median.components.seconds * 1_000_000_000_000_000_000)
        print(
            "  \(measurement.name.padding(toLength: 44, withPad: " ", startingAt: 0))"
                + " median \(milliseconds(measurement.median))  min \(milliseconds(measurement.minimum))"
                + String(format: "  (%.2fx vs JSONSerialization)", ratio))
    }
}

func runJSON(runs: Int) throws {
    print("MemoryLayout<KalturaValue>: size \(MemoryLayout<KalturaValue>.size), stride \(MemoryLayout<KalturaValue>.stride)")
    for phpEscapes in [true, false] {
        let bytes = MediaListFixture(entryCount: 500, phpEscapes: phpEscapes).makeJSON()
        let data = Data(bytes)
        let style = phpEscapes ? "PHP json_encode escapes (\\/ and \\uXXXX)" : "raw UTF-8, unescaped slashes"
        print("media.list, 500 entries, \(bytes.count) bytes, \(style); \(runs) runs")

        // Sanity: both decoders see the same tree size (objectType counts once per object).
        let foundationNodes = countNodes(try JSONSerialization.jsonObject(with: data))
        let kalturaNodes = countNodes(try KalturaJSON.decode(data))
        guard foundationNodes == kalturaNodes else {
            print("  node counts differ: JSONSerialization \(foundationNodes), KalturaJSON \(kalturaNodes)")
            exit(1)
        }

        let foundation = try measure("JSONSerialization.jsonObject(with: Data)", runs: runs) {
            let object = try JSONSerialization.jsonObject(with: data)
            return (object as? [String: Any])?.count ?? 0
        }
        let fromData = try measure("KalturaJSON.decode(Data)", runs: runs) {
            let value = try KalturaJSON.decode(data)
            return value["totalCount"]?.intValue ?? 0
        }
        let fromBytes = try measure("KalturaJSON.decode([UInt8])", runs: runs) {
            let value = try KalturaJSON.decode(bytes)
            return value["totalCount"]?.intValue ?? 0
        }
        let value = try KalturaJSON.decode(bytes)
        let encode = measure("KalturaJSON.encode (for reference)", runs: runs) {
            KalturaJSON.encode(value, options: .response).count
        }
        report([foundation, fromData, fromBytes, encode], baseline: foundation)
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 20
if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let count = Int(arguments[index + 1]) {
    runs = count
    arguments.removeSubrange(index...(index + 1))
}
var schemaPath: String?
if let index = arguments.firstIndex(of: "--schema"), index + 1 < arguments.count {
    schemaPath = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
switch arguments.first ?? "json" {
case "client":
    try await runClient(runs: runs, schemaPath: schemaPath)
case "client-start":
    try await runClientStart(runs: runs, schemaPath: schemaPath)
case "completion":
    try runCompletion(runs: runs, schemaPath: schemaPath)
case "sequential":
    try await runSequential(arguments: arguments, runs: runs, schemaPath: schemaPath)
case "xml":
    try writeXML(to: arguments.count > 1 ? arguments[1] : "media-list.xml")
case "json":
    try runJSON(runs: runs)
case "json-profile":
    // Only KalturaJSON.decode, for profilers and instruction counters.
    let bytes = MediaListFixture().makeJSON()
    var total = 0
    for _ in 0..<runs {
        total &+= try KalturaJSON.decode(bytes)["totalCount"]?.intValue ?? 0
    }
    print(total)
case "json-foundation-profile":
    let data = Data(MediaListFixture().makeJSON())
    var total = 0
    for _ in 0..<runs {
        total &+= ((try JSONSerialization.jsonObject(with: data)) as? [String: Any])?.count ?? 0
    }
    print(total)
default:
    print("usage: kaltura-benchmarks json|client|client-start|completion|sequential URL KS ENTRY_ID|xml FILE|json-profile|json-foundation-profile [--runs N] [--schema FILE]")
    exit(2)
}
