// Fuzzes the emulator's request decoding: content-type parameters, multipart bodies (through
// MultipartKit), JSON and form bodies, the query string and `/key/value` path pairs, merged as
// the server merges them. The input is three lines and a body:
//
//     <Content-Type, or empty for none>
//     <query string, or empty for none>
//     <URL path>
//     <body bytes...>
//
// Decoding may reject a body (`RequestDecodingError`) but must never trap.
import FuzzSupport
@testable import KalturaEmulator

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let pieces = input.lines(4)
    let contentType = String(decoding: pieces[0], as: UTF8.self)
    let query = String(decoding: pieces[1], as: UTF8.self)
    let path = String(decoding: pieces[2], as: UTF8.self)
    let body = Array(pieces[3])

    _ = HeaderParameters(contentType)["boundary"]
    do {
        let request = try RequestDecoder().decode(
            path: path, query: query.isEmpty ? nil : query,
            contentType: contentType.isEmpty ? nil : contentType, body: body)
        // What the dispatcher reads first.
        _ = (request.service, request.action, request.format, request.ignoresNull, request.callback)
    } catch {
        // A malformed multipart body is an answer, not a failure.
    }
    return 0
}

FuzzDriver.run(testOneInput)
