// The schema-loading benchmark as a lean whole process: only KalturaSchema and FoundationEssentials, so the
// figure is the load itself plus the start-up any small Swift program pays, comparable with
// `xmllint --noout --stream FILE` (see Benchmarks/schema-load.sh and BENCHMARKS.md).
//
//     kaltura-schema-benchmark FILE [--repeat N] [--write-snapshot OUT]
//
// FILE is a schema document, or a snapshot written by --write-snapshot (recognised by its
// signature). Prints the counts (so the work cannot be skipped); with --repeat, loads N times in
// process and prints the median and minimum load time.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KalturaSchema

func printToStandardError(_ text: String) {
    let line = text + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    printToStandardError("usage: kaltura-schema-benchmark FILE [--repeat N] [--write-snapshot OUT]")
    exit(2)
}
let url = URL(fileURLWithPath: arguments[1])
var repeats = 1
var snapshotOutput: URL?
var position = 2
while position + 1 < arguments.count {
    switch arguments[position] {
    case "--repeat": repeats = max(1, Int(arguments[position + 1]) ?? 1)
    case "--write-snapshot": snapshotOutput = URL(fileURLWithPath: arguments[position + 1])
    default: break
    }
    position += 2
}

/// Loads FILE the way its first bytes say: a snapshot or an XML document.
func load() throws -> Schema {
    let data = try Data(contentsOf: url)
    if data.starts(with: Array("KSCHSNAP".utf8)) { return try Schema(snapshot: data) }
    return try Schema(xml: data)
}

do {
    var samples: [Duration] = []
    var schema = try load()
    if repeats > 1 {
        let clock = ContinuousClock()
        for _ in 0..<repeats {
            let start = clock.now
            schema = try load()
            samples.append(clock.now - start)
        }
        samples.sort()
        func milliseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            let hundredths = (Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 100
            let rounded = Int(hundredths.rounded())
            return "\(rounded / 100).\(rounded % 100 < 10 ? "0" : "")\(rounded % 100) ms"
        }
        print("in-process load, \(repeats) runs: median \(milliseconds(samples[samples.count / 2])), min \(milliseconds(samples[0]))")
    }
    if let snapshotOutput {
        let snapshot = schema.encodedSnapshot()
        try snapshot.write(to: snapshotOutput)
        print("wrote a \(snapshot.count)-byte snapshot to \(snapshotOutput.path)")
    }
    let statistics = schema.statistics
    print("\(statistics.services) services, \(statistics.actions) actions, \(statistics.classes) classes, "
          + "\(statistics.enums) enums, \(statistics.unresolved) unresolved")
} catch {
    printToStandardError("\(error)")
    exit(1)
}
