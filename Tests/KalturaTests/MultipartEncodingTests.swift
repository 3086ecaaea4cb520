import Foundation
@testable import Kaltura
import OrderedCollections
import Testing

/// Calls with files: the `multipart/form-data` body, byte for byte.
@Suite("Multipart encoding")
struct MultipartEncodingTests {
    static let hello = KalturaFile(data: Data("hello".utf8), fileName: "a.txt", mimeType: "text/plain")

    /// A body with no file ranges: one part of bytes.
    private func bytes(_ parts: [KalturaHTTPBodyPart]) -> [UInt8] {
        guard parts.count == 1, case .bytes(let bytes) = parts[0] else {
            Issue.record("expected one part of bytes, got \(parts.count) parts")
            return []
        }
        return bytes
    }

    /// The boundary a request's `Content-Type` names.
    private func boundary(of request: KalturaHTTPRequest) throws -> String {
        let contentType = try #require(request.header("Content-Type"))
        let prefix = "multipart/form-data; boundary="
        try #require(contentType.hasPrefix(prefix), "Content-Type is \(contentType)")
        return String(contentType.dropFirst(prefix.count))
    }

    @Test func theBodyIsTheJSONPartThenTheFiles() {
        let binary = KalturaFile(data: Data([0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D]), fileName: "raw.bin")
        let body = bytes(KalturaMultipart.encode(json: Array(#"{"format":1}"#.utf8), files: ["fileData": Self.hello, "extra": binary],
                                                 boundary: "XyZ"))
        var expected = Array("""
            --XyZ\r
            Content-Disposition: form-data; name="json"\r
            \r
            {"format":1}\r
            --XyZ\r
            Content-Disposition: form-data; name="fileData"; filename="a.txt"\r
            Content-Type: text/plain\r
            \r
            hello\r
            --XyZ\r
            Content-Disposition: form-data; name="extra"; filename="raw.bin"\r
            Content-Type: application/octet-stream\r
            \r

            """.utf8)
        expected += [0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D]
        expected += Array("\r\n--XyZ--\r\n".utf8)
        #expect(body == expected)
        #expect(KalturaMultipart.contentType(boundary: "XyZ") == "multipart/form-data; boundary=XyZ")
    }

    /// A file named by a range stays a range between the bytes around it, so a streaming transport
    /// reads it from disk as it sends it; the whole body read back is the same bytes as in memory.
    @Test func aFileRangeStaysARangeBetweenTheBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-range-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data("0123456789".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let range = KalturaFileRange(path: path, offset: 3, count: 4)
        let streamed = KalturaFile(range: range, fileName: "a.txt", mimeType: "text/plain")
        let parts = KalturaMultipart.encode(json: Array("{}".utf8), files: ["fileData": streamed], boundary: "B")
        #expect(parts == [
            .bytes(Array("--B\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{}\r\n--B\r\nContent-Disposition: form-data; "
                .utf8) + Array("name=\"fileData\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n".utf8)),
            .file(range),
            .bytes(Array("\r\n--B--\r\n".utf8)),
        ])
        var request = KalturaHTTPRequest(method: "POST", url: URL(string: "http://localhost/")!)
        request.bodyParts = parts
        let inMemory = KalturaFile(data: Data("3456".utf8), fileName: "a.txt", mimeType: "text/plain")
        #expect(try request.completeBody() == bytes(KalturaMultipart.encode(json: Array("{}".utf8), files: ["fileData": inMemory],
                                                                            boundary: "B")))
        #expect(try request.bodyLength == request.completeBody().count)
        #expect(streamed.description == "file \"a.txt\" (4 bytes)")
        let beyond = KalturaFileRange(path: path, offset: 8, count: 4)
        #expect(throws: KalturaFileError.unreadable(path: path, reason: "the file ends after 10 bytes, before the range to send")) {
            _ = try beyond.read()
        }
    }

    /// A transport that does not say it handles body parts (one written before they existed) gets
    /// an upload chunk read into `body`; one that does gets the file range, and reads it itself.
    @Test func onlyTransportsThatHandleBodyPartsGetFileRanges() async throws {
        struct StreamingTransport: KalturaTransport {
            let inner: FakeTransport
            var handlesBodyParts: Bool { true }
            func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse { try await inner.send(request) }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data("0123456789".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let chunk = KalturaFile(range: KalturaFileRange(path: path, offset: 2, count: 3), fileName: "c.bin")
        let reply = #"{"objectType":"KalturaUploadToken","id":"1_t","uploadedFileSize":3}"#

        let plain = FakeTransport(body: reply)
        _ = try await TestClients.make(transport: plain).uploadToken.upload(uploadTokenId: "1_t", fileData: chunk)
        let sent = try #require(plain.requests.last)
        #expect(sent.bodyParts == nil)
        #expect(String(decoding: sent.body, as: UTF8.self).contains("\r\n\r\n234\r\n--"))

        let streaming = FakeTransport(body: reply)
        _ = try await TestClients.make(transport: StreamingTransport(inner: streaming)).uploadToken.upload(uploadTokenId: "1_t",
                                                                                                        fileData: chunk)
        let parts = try #require(streaming.requests.last?.bodyParts)
        #expect(parts.count == 3)
        #expect(parts[1] == .file(KalturaFileRange(path: path, offset: 2, count: 3)))
        let read = try #require(try streaming.requests.last?.completeBody())
        #expect(String(decoding: read, as: UTF8.self).contains("\r\n\r\n234\r\n--"))
        #expect(read.count == sent.body.count)  // the same body but for its random boundary
    }

    @Test func namesAndTypesCannotForgeHeaders() {
        let hostile = KalturaFile(data: Data("x".utf8), fileName: "a\"b\r\nX-Evil: 1\\.txt", mimeType: "text/plain\r\nX-Evil: 1")
        let body = String(decoding: bytes(KalturaMultipart.encode(json: Array("{}".utf8), files: ["file\"Data": hostile], boundary: "B")),
                          as: UTF8.self)
        #expect(body.contains("""
            Content-Disposition: form-data; name="file%22Data"; filename="a%22b%0D%0AX-Evil: 1%5C.txt"\r
            Content-Type: application/octet-stream\r
            """))
        #expect(!body.contains("\r\nX-Evil"))
        #expect(KalturaMultipart.quoted("clip – été.mp4") == "\"clip – été.mp4\"")
        #expect(KalturaMultipart.headerSafeMIMEType(" video/mp4 ") == "video/mp4")
        #expect(KalturaMultipart.headerSafeMIMEType("") == "application/octet-stream")
    }

    @Test func boundariesAreRandomAndNotInTheContents() {
        let first = KalturaMultipart.makeBoundary(avoiding: [Self.hello])
        let second = KalturaMultipart.makeBoundary(avoiding: [Self.hello])
        #expect(first != second)
        #expect(first.hasPrefix("kaltura-swift-") && first.count == "kaltura-swift-".count + 32)
    }

    @Test func aCallWithAFileIsSentAsMultipartWithTheJSONBodyFirst() async throws {
        let transport = FakeTransport(body: "null")
        let client = TestClients.make(transport: transport)
        client.ks = "KS123"
        _ = try await client.uploadToken.upload(uploadTokenId: "1_tok", fileData: Self.hello, resume: false)
        let request = try #require(transport.requests.last)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://www.kaltura.com/api_v3/service/uploadtoken/action/upload")
        #expect(request.headers.map(\.name) == ["Content-Type", "Accept"])
        #expect(request.header("Accept") == "application/json")
        let boundary = try boundary(of: request)
        let json = #"{"format":1,"clientTag":"swift-test","apiVersion":"22.15.0","ks":"KS123","uploadTokenId":"1_tok","resume":false}"#
        #expect(String(decoding: request.body, as: UTF8.self) == """
            --\(boundary)\r
            Content-Disposition: form-data; name="json"\r
            \r
            \(json)\r
            --\(boundary)\r
            Content-Disposition: form-data; name="fileData"; filename="a.txt"\r
            Content-Type: text/plain\r
            \r
            hello\r
            --\(boundary)--\r

            """)

        // The json part is exactly the body the same call sends without its file.
        let plain = TestClients.make(validates: false)
        plain.ks = "KS123"
        let withoutFile = try plain.request(for: KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "1_tok", "resume": false])!)
        #expect(withoutFile.header("Content-Type") == "application/json")
        #expect(String(decoding: withoutFile.body, as: UTF8.self) == json)
    }

    @Test func callsWithoutFilesKeepTheirJSONBody() throws {
        let client = TestClients.make()
        let request = try client.request(for: KalturaCall("uploadToken.get", parameters: ["uploadTokenId": "1_tok"])!)
        #expect(request.header("Content-Type") == "application/json")
        #expect(String(decoding: request.body, as: UTF8.self)
            == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.15.0","uploadTokenId":"1_tok"}"#)
    }

    @Test func filesGivenThroughAKalturaCall() throws {
        let client = TestClients.make()
        let call = KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "1_tok"], files: ["fileData": Self.hello])!
        let request = try client.request(for: call)
        let boundary = try boundary(of: request)
        let body = String(decoding: request.body, as: UTF8.self)
        #expect(body.hasPrefix("--\(boundary)\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{\"format\":1,"))
        #expect(body.hasSuffix("filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--\(boundary)--\r\n"))
    }
}
