// Fuzzes the form reader and the colon-name grouping (`KalturaForm.decode`), and checks the
// writer against them: decoding never traps; the byte and text entry points agree; a decoded
// tree flattened, encoded and read again is the same tree (when no name uses PHP brackets, whose
// keys may hold `:`; top-level order aside, since plain names are placed before `:` names), and
// in every case the second round trip changes nothing, order included.
import FuzzSupport
import OrderedCollections
@testable import KalturaCore

/// The top-level parameters without their order.
func unordered(_ tree: OrderedDictionary<String, KalturaValue>) -> [String: KalturaValue] {
    Dictionary(uniqueKeysWithValues: tree.map { ($0.key, $0.value) })
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let tree = KalturaForm.decode(input.bytes)
    if let text = String(validating: input.bytes, as: UTF8.self) {
        fuzzRequire(KalturaForm.decode(text) == tree, "decoding bytes and String disagree")
    }

    let once = KalturaForm.decode(KalturaForm.encode(tree))
    let usesBrackets = KalturaForm.fields(in: input.bytes).contains { $0.name.contains("[") }
    if !usesBrackets {
        fuzzRequire(unordered(once) == unordered(tree), "decode(encode(tree)) != tree")
    }
    let twice = KalturaForm.decode(KalturaForm.encode(once))
    fuzzRequire(twice == once, "the form round trip is not stable")

    // The structured-parameter grouping (JSON bodies) must take any tree.
    _ = KalturaForm.group(tree)
    return 0
}

FuzzDriver.run(testOneInput)
