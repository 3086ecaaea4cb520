import Foundation
import KalturaCompletion
import KalturaSchema

/// `completion [--schema FILE]`: one Tab completion of `kaltura shell` per line below, over the schema
/// (the bundled demo schema unless a file is given): an action, an inherited filter property, the
/// objectType values of a filter, enum constants, and a first word matching many services.
func runCompletion(runs: Int, schemaPath: String?) throws {
    let schema = try schemaPath.map { try Schema(contentsOf: URL(fileURLWithPath: $0)) } ?? Schema.demo()
    let engine = CompletionEngine(schema: schema)
    print("kaltura shell completion over \(schemaPath ?? "demo") (\(schema.apiVersion ?? "?"), \(schema.services.count) services, "
        + "\(schema.classes.count) classes); \(runs) runs")
    let lines = ["media.li", "media.list filter:nameL", "media.list filter:objectType=", "media.list filter:mediaTypeEqual=",
                 "c", "describe KalturaMedia"]
    var measurements: [Measurement] = []
    for line in lines {
        let count = engine.complete(line).candidates.count
        measurements.append(measure("\"\(line)\" (\(count) candidates)", runs: runs) { engine.complete(line).candidates.count })
    }
    for measurement in measurements {
        print("  \(measurement.name.padding(toLength: 50, withPad: " ", startingAt: 0))"
            + " median \(milliseconds(measurement.median))  min \(milliseconds(measurement.minimum))")
    }
}
