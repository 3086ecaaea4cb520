import Foundation
import KalturaEmulator
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Request read timeout")
struct RequestTimeoutTests {
    /// A blocking TCP connection to the emulator on loopback, read with a timeout.
    final class RawConnection: @unchecked Sendable {
        let descriptor: Int32

        init(port: Int) throws {
            #if canImport(Glibc)
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            descriptor = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            try #require(status == 0)
            var timeout = timeval(tv_sec: 10, tv_usec: 0)  // far above the bounds tested
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        deinit { close(descriptor) }

        func write(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Reads until the server closes the connection; `true` if it did, `false` if the read timed out.
        func waitForClose() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count == 0 { return true }
                if count < 0 { return errno == ECONNRESET }
            }
        }
    }

    static let head = "POST /api_v3/service/system/action/ping HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"

    /// Runs `body` against an emulator with the given bound, listening on a free port, then stops it.
    private func serving(timeout: Duration, _ body: (Int) async throws -> Void) async throws {
        let emulator = try KalturaEmulator(configuration: .init(partners: [EmulatorHarness.partner], requestReadTimeout: timeout))
        let running = try await emulator.start()
        do {
            try await body(running.port)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    @Test("a request whose body stops after 2 of 1,000 bytes is closed within the bound")
    func halfSentBody() async throws {
        try await serving(timeout: .milliseconds(500)) { port in
            let connection = try RawConnection(port: port)
            let start = ContinuousClock.now
            connection.write(Self.head + "{\"")
            #expect(connection.waitForClose())
            #expect(ContinuousClock.now - start < .seconds(3))
        }
    }

    @Test("a body that keeps trickling in is still closed: the bound is for the whole request, not between bytes")
    func tricklingBody() async throws {
        try await serving(timeout: .milliseconds(800)) { port in
            let connection = try RawConnection(port: port)
            let start = ContinuousClock.now
            connection.write(Self.head)
            let trickle = Task.detached {
                for _ in 0..<40 {
                    try await Task.sleep(for: .milliseconds(100))
                    connection.write("x")
                }
            }
            #expect(connection.waitForClose())
            #expect(ContinuousClock.now - start < .seconds(3))
            trickle.cancel()
        }
    }

    @Test("a whole request within the bound is answered")
    func completeRequest() async throws {
        try await serving(timeout: .milliseconds(500)) { port in
            let (data, _) = try await LiveClient(port: port).get("/api_v3/service/system/action/ping?format=1")
            #expect(String(decoding: data, as: UTF8.self) == "true")
        }
    }
}
