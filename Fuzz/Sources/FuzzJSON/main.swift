// Fuzzes the JSON reader (`KalturaJSON.decode`) and checks the writer against it:
// decoding never traps; the byte, `Data` and text entry points agree; and a decoded value
// written back and read again is the same value (infinities, which JSON cannot spell, read
// back as null), and writing that again gives the same bytes.
import FuzzSupport
import Foundation
import KalturaCore

/// The value with every non-finite float replaced by null, as the writer spells them.
func finiteOnly(_ value: KalturaValue) -> KalturaValue {
    switch value {
    case .float(let double) where !double.isFinite:
        return .null
    case .array(let elements):
        return .array(elements.map(finiteOnly))
    case .map(let entries):
        return .map(entries.mapValues(finiteOnly))
    case .object(var object):
        object.kalturaFields = object.kalturaFields.mapValues(finiteOnly)
        return .object(object)
    case .null, .bool, .int, .float, .string:
        return value
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let fromBytes = Result { () throws(KalturaWireError) in try KalturaJSON.decode(input.bytes) }
    let fromData = Result { () throws(KalturaWireError) in try KalturaJSON.decode(Data(input.bytes)) }
    fuzzRequire(fromBytes == fromData, "decoding [UInt8] and Data disagree")
    if let text = String(validating: input.bytes, as: UTF8.self) {
        let fromText = Result { () throws(KalturaWireError) in try KalturaJSON.decode(text) }
        fuzzRequire(fromBytes == fromText, "decoding [UInt8] and String disagree")
    }
    guard case .success(let value) = fromBytes else { return 0 }

    let written = KalturaJSON.encode(value)
    let reread: KalturaValue
    do {
        reread = try KalturaJSON.decode(written)
    } catch {
        fatalError("invariant broken: the writer's output does not read back: \(error)")
    }
    fuzzRequire(reread == finiteOnly(value), "decode(encode(v)) != v")
    fuzzRequire(KalturaJSON.encode(reread) == written, "encode is not stable after one round trip")

    // The other presets must write something readable too.
    for options in [KalturaJSON.EncodingOptions.request, .response] {
        let other = KalturaJSON.encode(value, options: options)
        fuzzRequire((try? KalturaJSON.decode(other)) != nil, "the \(options) preset writes unreadable JSON")
    }
    return 0
}

FuzzDriver.run(testOneInput)
