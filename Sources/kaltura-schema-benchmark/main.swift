// The schema-loading benchmark as a lean whole process: only KalturaSchema and FoundationEssentials, so the
// figure is the load itself plus the start-up any small Swift program pays, comparable with
// `xmllint --noout --stream FILE` (see Benchmarks/schema-load.sh and BENCHMARKS.md).
//
//     kaltura-schema-benchmark FILE [--repeat N]
//
// Prints the counts (so the work cannot be skipped); with --repeat, loads N times in process and
// prints the median and minimum load time.

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
    printToStandardError("usage: kaltura-schema-benchmark FILE [--repeat N]")
    exit(2)
}
let url = URL(fileURLWithPath: arguments[1])
let repeats = arguments.count >= 4 && arguments[2] == "--repeat" ? max(1, Int(arguments[3]) ?? 1) : 1

do {
    var samples: [Duration] = []
    var schema = try Schema(contentsOf: url)
    if repeats > 1 {
        let clock = ContinuousClock()
        for _ in 0..<repeats {
            let start = clock.now
            schema = try Schema(contentsOf: url)
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
    let statistics = schema.statistics
    print("\(statistics.services) services, \(statistics.actions) actions, \(statistics.classes) classes, "
          + "\(statistics.enums) enums, \(statistics.unresolved) unresolved")
} catch {
    printToStandardError("\(error)")
    exit(1)
}
