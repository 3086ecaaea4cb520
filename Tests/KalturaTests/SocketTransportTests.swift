import Foundation
@testable import Kaltura
import KalturaSchema
import Logging
import Testing

/// ``KalturaSocketTransport`` on its own: the bytes it writes, what it refuses to write, and
/// answers framed in the ways servers frame them.
@Suite("Socket transport", .serialized, .timeLimit(.minutes(1)))
struct SocketTransportTests {
    private static let url = "http://127.0.0.1:8080/api_v3/service/media/action/get"

    @Test func theRequestIsWrittenAsHTTP11WithTheBodyLength() throws {
        let request = KalturaHTTPRequest(method: "POST", url: URL(string: "http://example.com:8080/api_v3/service/media/action/get?x=%20y")!,
                                         headers: [("Content-Type", "application/json"), ("Accept", "application/json"),
                                                   ("Host", "ignored"), ("Content-Length", "999")],
                                         body: Array(#"{"format":1}"#.utf8))
        let target = try KalturaSocketTransport.target(of: request.url, url: Self.url)
        #expect(target.key == "example.com:8080")
        let parts = try KalturaSocketTransport.encode(request, target: target, url: Self.url)
        #expect(parts == [.bytes(Array("""
            POST /api_v3/service/media/action/get?x=%20y HTTP/1.1\r
            Host: example.com:8080\r
            Accept-Encoding: gzip, deflate\r
            Content-Type: application/json\r
            Accept: application/json\r
            Content-Length: 12\r
            \r
            {"format":1}
            """.utf8))])
    }

    @Test func aBodyWithAFileRangeKeepsTheRangeAfterTheHead() throws {
        var request = KalturaHTTPRequest(method: "POST", url: URL(string: "http://[::1]/api_v3")!)
        let range = KalturaFileRange(path: "/tmp/x", offset: 0, count: 5)
        request.bodyParts = [.file(range), .bytes(Array("--".utf8))]
        let target = try KalturaSocketTransport.target(of: request.url, url: Self.url)
        #expect(target.host == "::1")
        #expect(target.port == 80)
        let parts = try KalturaSocketTransport.encode(request, target: target, url: Self.url)
        #expect(parts == [.bytes(Array("POST /api_v3 HTTP/1.1\r\nHost: [::1]\r\nAccept-Encoding: gzip, deflate\r\nContent-Length: 7\r\n\r\n".utf8)), .file(range),
                          .bytes(Array("--".utf8))])
    }

    @Test func headersThatWouldForgeAnotherLineAreRefused() {
        let request = KalturaHTTPRequest(method: "POST", url: URL(string: "http://127.0.0.1/api_v3")!,
                                         headers: [("X-Tag", "a\r\nX-Evil: 1")])
        #expect(throws: KalturaClientError.transportFailed(
            url: Self.url, reason: "the header field \"X-Tag\" contains a line break or a colon")) {
            _ = try KalturaSocketTransport.encode(request, target: KalturaSocketTransport.target(of: request.url, url: Self.url),
                                                  url: Self.url)
        }
    }

    @Test func onlyPlainHTTPIsSent() async {
        let request = KalturaHTTPRequest(method: "POST", url: URL(string: "https://www.kaltura.com/api_v3")!)
        await #expect(throws: KalturaClientError.transportFailed(
            url: "https://www.kaltura.com/api_v3", reason: "KalturaSocketTransport sends only to http:// URLs")) {
            _ = try await KalturaSocketTransport().send(request)
        }
    }

    private func client(_ server: MisbehavingServer) -> KalturaClient {
        KalturaClient(configuration: .init(
            partnerId: 1, serviceURL: server.url, schemaSource: .demo,
            http: .init(timeout: 2, transport: KalturaSocketTransport()),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })), schema: Schema.demo())
    }

    @Test func aChunkedAnswerAfterAnInterimOneIsRead() async throws {
        let server = try MisbehavingServer(.raw("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n3\r\n\"22\r\n5\r\n.15.0\r\n1\r\n\"\r\n0\r\n\r\n"))
        defer { server.stop() }
        let version = try await client(server).system.getVersion()
        #expect(version.stringValue == "22.15.0")
    }

    @Test func anAnswerEndedByTheCloseIsRead() async throws {
        let server = try MisbehavingServer(.raw("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n\"3.3.0\""))
        defer { server.stop() }
        let version = try await client(server).system.getVersion()
        #expect(version.stringValue == "3.3.0")
    }

    @Test func anAnswerThatIsNotHTTPIsAClearFailure() async throws {
        let server = try MisbehavingServer(.raw("SSH-2.0-OpenSSH_9.2\r\n\r\n"))
        defer { server.stop() }
        var message = ""
        do { _ = try await client(server).system.getVersion() } catch { message = "\(error)" }
        #expect(message == "no response from \(server.url.absoluteString)/api_v3/service/system/action/getVersion: "
            + "the server's answer is not a valid HTTP response (the answer does not start with an HTTP/1.x status line)")
    }

    @Test func aServerThatClosesWithoutAnsweringIsAClearFailure() async throws {
        let server = try MisbehavingServer(.raw(""))
        defer { server.stop() }
        var message = ""
        do { _ = try await client(server).media.add(entry: ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1]) } catch {
            message = "\(error)"
        }
        #expect(message == "no response from \(server.url.absoluteString)/api_v3/service/media/action/add: "
            + "the server closed the connection without answering")
        #expect(server.requests.count == 1)
    }

    /// Bytes from hexadecimal text.
    private static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    @Test func gzipAndDeflateBodiesAreDecoded() throws {
        // gzip of "22.15.0" in quotes, and zlib-wrapped deflate of "3.3.0" in quotes (Python's gzip
        // and zlib modules).
        let gzip = Self.bytes(hex: "1f8b0800000000000203533232d23334d533500200eebffdec09000000")
        #expect(try KalturaContentDecoding.decode(gzip, limit: nil) == Array("\"22.15.0\"".utf8))
        let deflate = Self.bytes(hex: "789c5332d633d63350020004e50137")
        #expect(try KalturaContentDecoding.decode(deflate, limit: 100) == Array("\"3.3.0\"".utf8))
        #expect(KalturaContentDecoding.decodes("GZIP") && KalturaContentDecoding.decodes("deflate"))
        #expect(!KalturaContentDecoding.decodes("br"))
    }

    @Test func aGzipAnswerArrivesDecoded() async throws {
        let gzip = Self.bytes(hex: "1f8b0800000000000203533232d23334d533500200eebffdec09000000")
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: \(gzip.count)\r\n\r\n"
        let server = try MisbehavingServer(.bytes(Array(head.utf8) + gzip))
        defer { server.stop() }
        let version = try await client(server).system.getVersion()
        #expect(version.stringValue == "22.15.0")
    }

    /// 200,002 bytes compressed into 230: decoding stops at the limit instead of holding them.
    @Test func aCompressedBodyCannotInflatePastTheLimit() {
        let bomb = Self.bytes(hex: "1f8b0800000000000203edc1210100000002a02fae74be1bec400a"
            + String(repeating: "0", count: 386) + "dc323fda2417420d0300")
        #expect(throws: KalturaContentDecoding.Failure.tooLarge) {
            _ = try KalturaContentDecoding.decode(bomb, limit: 64 << 10)
        }
        #expect((try? KalturaContentDecoding.decode(bomb, limit: nil).count) == 200_002)
        #expect(throws: KalturaContentDecoding.Failure.malformed("the compressed body ends early")) {
            _ = try KalturaContentDecoding.decode(Array(bomb.prefix(40)), limit: nil)
        }
        #expect(throws: KalturaContentDecoding.Failure.self) {
            _ = try KalturaContentDecoding.decode(Array("not compressed".utf8), limit: nil)
        }
    }
}
