// Fuzzes the snapshot reader (`Schema(snapshot:)`), which promises an error, never a crash,
// for damaged or foreign bytes: reading never traps, and whatever reads is written back into a
// snapshot that reads again and is then stable (same statistics, same bytes).
import FuzzSupport
import Foundation
import KalturaSchema

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard let schema = try? Schema(snapshot: Data(input.bytes)) else { return 0 }

    let snapshot = schema.encodedSnapshot()
    let reread: Schema
    do {
        reread = try Schema(snapshot: snapshot)
    } catch {
        fatalError("invariant broken: a read snapshot does not write back readably: \(error)")
    }
    fuzzRequire(reread.statistics == schema.statistics, "the rewritten snapshot changes the statistics")
    fuzzRequire(reread.diagnostics == schema.diagnostics, "the rewritten snapshot changes the diagnostics")
    fuzzRequire(reread.encodedSnapshot() == snapshot, "the snapshot of a snapshot differs")
    for definition in schema.classes.prefix(32) {
        _ = schema.properties(of: definition.name)
        _ = schema.ancestors(of: definition.name)
    }
    return 0
}

FuzzDriver.run(testOneInput)
