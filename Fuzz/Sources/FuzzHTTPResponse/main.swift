// Fuzzes the socket transport's response reader (and its gzip decoding), which reads whatever a
// server sends. The input is two control bytes, then the bytes of the answer:
//
//     <piece size: 0 means all at once, else 1…255 bytes at a time>
//     <limit: 0 means none, else that many KiB>
//     <answer bytes...>
//
// Invariants: nothing traps; reading the answer in pieces ends exactly as reading it at once
// (status, headers, body, completeness, or the same failure); a complete body never passes the
// limit, nor does a decoded gzip or deflate body.
import FuzzSupport
@testable import Kaltura

/// Feeds `bytes` to a reader `piece` bytes at a time, then ends the connection.
func read(_ bytes: ArraySlice<UInt8>, piece: Int, limit: Int?) -> Result<KalturaHTTPResponseReader, KalturaHTTPResponseReader.Failure> {
    var reader = KalturaHTTPResponseReader(limit: limit)
    var start = bytes.startIndex
    do throws(KalturaHTTPResponseReader.Failure) {
        while start < bytes.endIndex, !reader.isComplete {
            let end = bytes.endIndex - start <= piece ? bytes.endIndex : start + piece
            let slice = Array(bytes[start..<end])
            try slice.withUnsafeBytes { buffer in
                Result { () throws(KalturaHTTPResponseReader.Failure) in try reader.consume(buffer) }
            }.get()
            start = end
        }
        try reader.finish()
        return .success(reader)
    } catch {
        return .failure(error)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard input.bytes.count >= 2 else { return 0 }
    let piece = input.bytes[0] == 0 ? Int.max : Int(input.bytes[0])
    let limit = input.bytes[1] == 0 ? nil : Int(input.bytes[1]) * 1024
    let answer = input.bytes[2...]

    let whole = read(answer, piece: Int.max, limit: limit)
    let pieces = read(answer, piece: piece, limit: limit)
    switch (whole, pieces) {
    case (.success(let a), .success(let b)):
        // (Whether the connection stays usable is left out: bytes past the end are seen only when
        // they arrive with it, and the transport's pool discards a connection with bytes waiting.)
        fuzzRequire(a.status == b.status && a.headers == b.headers && a.body == b.body && a.isComplete == b.isComplete,
                    "reading in pieces of \(piece) differs from reading at once")
        if let limit { fuzzRequire(a.body.count <= limit, "a body of \(a.body.count) bytes passed the limit \(limit)") }
        if let encoding = a.headers["content-encoding"], KalturaContentDecoding.decodes(encoding),
           let decoded = try? KalturaContentDecoding.decode(a.body, limit: limit ?? 1 << 20) {
            fuzzRequire(decoded.count <= (limit ?? 1 << 20), "a decoded body of \(decoded.count) bytes passed its limit")
        }
    case (.failure(let a), .failure(let b)):
        fuzzRequire(a == b, "reading in pieces of \(piece) failed with \(b), at once with \(a)")
    default:
        fuzzRequire(false, "reading in pieces of \(piece) and at once disagree: \(pieces) against \(whole)")
    }
    return 0
}

FuzzDriver.run(testOneInput)
