import Testing
@testable import Kaltura

/// ``KalturaHTTPResponseReader`` fed bytes as a connection would deliver them: whole, a byte at a
/// time, and wrong.
@Suite("HTTP response reader")
struct HTTPResponseReaderTests {
    /// Feeds `text` in pieces of `piece` bytes; returns the reader.
    private func read(_ text: String, piece: Int = .max, limit: Int? = nil, close: Bool = false)
        throws(KalturaHTTPResponseReader.Failure) -> KalturaHTTPResponseReader {
        var reader = KalturaHTTPResponseReader(limit: limit)
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count, !reader.isComplete {
            let end = min(bytes.count, start + max(1, min(piece, bytes.count)))
            let slice = Array(bytes[start..<end])
            try slice.withUnsafeBytes { buffer in Result { () throws(KalturaHTTPResponseReader.Failure) in try reader.consume(buffer) } }.get()
            start = end
        }
        if close { try reader.finish() }
        return reader
    }

    private func failure(_ text: String, piece: Int = .max, limit: Int? = nil, close: Bool = false)
        -> KalturaHTTPResponseReader.Failure? {
        do {
            _ = try read(text, piece: piece, limit: limit, close: close)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [1, 3, 7, 1000])
    func aContentLengthBodyInAnyPieces(piece: Int) throws {
        let reader = try read("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Me: a\r\nx-me: b\r\nContent-Length: 11\r\n\r\n{\"id\":\"0\"}\n",
                              piece: piece)
        #expect(reader.isComplete)
        #expect(reader.status == 200)
        #expect(String(decoding: reader.body, as: UTF8.self) == "{\"id\":\"0\"}\n")
        #expect(reader.headers["content-type"] == "application/json")
        #expect(reader.headers["x-me"] == "a, b")
        #expect(reader.keepsConnection)
    }

    @Test(arguments: [1, 2, 5, 1000])
    func aChunkedBodyWithExtensionsAndTrailers(piece: Int) throws {
        let text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\nA\r\n, world!!!\r\n0\r\nX-Trailer: 1\r\n\r\n"
        let reader = try read(text, piece: piece)
        #expect(reader.isComplete)
        #expect(String(decoding: reader.body, as: UTF8.self) == "hello, world!!!")
        #expect(reader.keepsConnection)
    }

    @Test func aBodyUntilCloseEndsOnlyAtTheClose() throws {
        let open = try read("HTTP/1.0 200 OK\r\n\r\nabc")
        #expect(!open.isComplete)
        let closed = try read("HTTP/1.0 200 OK\r\n\r\nabc", close: true)
        #expect(closed.isComplete)
        #expect(closed.body == Array("abc".utf8))
        #expect(!closed.keepsConnection)
    }

    @Test func interimResponsesAreSkipped() throws {
        let reader = try read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok", piece: 4)
        #expect(reader.status == 201)
        #expect(reader.body == Array("ok".utf8))
    }

    @Test func connectionCloseAndHTTP10DoNotKeepTheConnection() throws {
        #expect(try read("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").keepsConnection == false)
        #expect(try read("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keepsConnection == false)
        #expect(try read("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n").keepsConnection)
        #expect(try read("HTTP/1.1 204 No Content\r\n\r\n").isComplete)
    }

    @Test func bytesPastTheResponseLeaveTheConnectionUnusable() throws {
        let reader = try read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokGARBAGE")
        #expect(reader.isComplete)
        #expect(reader.body == Array("ok".utf8))
        #expect(!reader.keepsConnection)
    }

    @Test func limits() {
        #expect(failure("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n", limit: 10) == .tooLarge)
        #expect(failure("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nB\r\nhello world\r\n0\r\n\r\n", limit: 10) == .tooLarge)
        #expect(failure("HTTP/1.0 200 OK\r\n\r\nhello world", piece: 3, limit: 10) == .tooLarge)
        #expect(failure("HTTP/1.1 200 OK\r\nX: " + String(repeating: "a", count: 70_000)) == .malformed("the response headers are larger than 64 KiB"))
        // The same limits when the whole oversized line arrives at once: an answer read in pieces
        // must end as one read at once (the invariant fuzz-http-response checks).
        #expect(failure("HTTP/1.1 200 OK\r\nX: " + String(repeating: "a", count: 70_000) + "\r\n\r\n")
            == .malformed("the response headers are larger than 64 KiB"))
        #expect(failure("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;" + String(repeating: "x", count: 2000) + "\r\nhello")
            == .malformed("a chunk size line is longer than 1 KiB"))
        #expect(failure("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;" + String(repeating: "x", count: 2000) + "\r\nhello",
                        piece: 100) == .malformed("a chunk size line is longer than 1 KiB"))
    }

    @Test func malformedAnswers() {
        #expect(failure("<html>bad gateway</html>\r\n\r\n") == .malformed("the answer does not start with an HTTP/1.x status line"))
        #expect(failure("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") == .malformed("a response header line has no colon"))
        #expect(failure("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n") == .malformed("the Content-Length header is not a number"))
        #expect(failure("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == .malformed("a chunk size is not a hexadecimal number"))
        #expect(failure("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") == .malformed("a chunk is longer than its announced size"))
    }

    @Test func closedEarly() {
        #expect(failure("", close: true) == .closedEarly("the server closed the connection without answering"))
        #expect(failure("HTTP/1.1 200", close: true) == .closedEarly("the connection closed before the response headers were complete"))
        #expect(failure("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", close: true)
            == .closedEarly("the connection closed after 3 of the 10 body bytes announced"))
        #expect(failure("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", close: true)
            == .closedEarly("the connection closed in the middle of a chunked body, after 2 bytes"))
    }
}
