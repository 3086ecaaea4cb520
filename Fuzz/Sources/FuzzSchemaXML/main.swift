// Fuzzes the schema loader (`Schema(xml:)`, libxml2 SAX2 plus the registry's resolution):
// loading never traps, and a loaded schema's snapshot reads back into the same registry
// (same statistics, diagnostics and unresolved names) whose snapshot is the same bytes.
// A few registry queries run over the result (inheritance walks must survive cycles).
//
// With KALTURA_FUZZ_SNAPSHOT_OUT=FILE, running one input writes its snapshot to FILE
// (how the snapshot seeds were made).
import FuzzSupport
import Foundation
import KalturaSchema

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard let schema = try? Schema(xml: Data(input.bytes)) else { return 0 }

    let snapshot = schema.encodedSnapshot()
    if let output = ProcessInfo.processInfo.environment["KALTURA_FUZZ_SNAPSHOT_OUT"] {
        try? snapshot.write(to: URL(fileURLWithPath: output))
    }
    let reread: Schema
    do {
        reread = try Schema(snapshot: snapshot)
    } catch {
        fatalError("invariant broken: a loaded schema's snapshot does not read back: \(error)")
    }
    fuzzRequire(reread.statistics == schema.statistics, "the snapshot changes the statistics")
    fuzzRequire(reread.diagnostics == schema.diagnostics, "the snapshot changes the diagnostics")
    fuzzRequire(reread.unresolvedTypeNames == schema.unresolvedTypeNames, "the snapshot changes the unresolved names")
    fuzzRequire(reread.encodedSnapshot() == snapshot, "the snapshot of a snapshot differs")

    for definition in schema.classes.prefix(32) {
        _ = schema.properties(of: definition.name)
        _ = schema.ancestors(of: definition.name)
        _ = schema.descendants(of: definition.name)
    }
    fuzzRequire(SchemaDifference(from: schema, to: reread).changes.isEmpty, "a schema differs from its snapshot")
    return 0
}

FuzzDriver.run(testOneInput)
