import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP server on 127.0.0.1 (a port the system picks) that answers every request with one
/// scripted misbehaviour: a reset, a slow drip, a body cut short, a redirect, an oversized body.
///
/// It reads each request (headers and `Content-Length` body), counts it, then runs the behaviour
/// on the raw socket. Plain POSIX sockets on a thread of its own, so no test depends on the server
/// stack under test, and nothing leaves the loopback interface.
final class MisbehavingServer: @unchecked Sendable {
    /// What the server does once it has read a request.
    enum Behavior: Sendable {
        /// Closes with a TCP reset (`SO_LINGER` 0) without answering.
        case reset
        /// Sends these bytes, then closes.
        case raw(String)
        /// Sends these bytes as they are (a binary body), then closes.
        case bytes([UInt8])
        /// Sends a 200 header announcing `announced` bytes, then one byte every `interval`
        /// seconds until the client goes away (or `announced` bytes were sent).
        case drip(announced: Int, interval: Double)
        /// Sends a 200 header announcing `announced` bytes, sends `sent` of them, then closes.
        case truncated(announced: Int, sent: Int)
        /// Sends a 200 header, `Content-Length: announced` when given (else none and the body
        /// ends at close), then streams up to `bytes` bytes of JSON string until the client goes away.
        case stream(bytes: Int, announced: Int?)
        /// Answers the first request on each connection with `body` and keeps the connection
        /// open; resets it when the next request on it has been read (a server dying mid-call on
        /// a reused connection).
        case answerThenReset(body: String)
        /// Answers the first request with the first text, the second with the second, and so on
        /// (the last one again after the end), each on its own connection, then closes.
        case script([String])
    }

    /// The port the server listens on.
    let port: Int
    /// `http://127.0.0.1:PORT`.
    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private let listener: Int32
    private let behavior: Behavior
    private let lock = NSLock()
    private var paths: [String] = []
    private var stopped = false

    /// The request paths received so far, in order.
    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// Starts listening and accepting on a background thread.
    init(_ behavior: Behavior) throws {
        self.behavior = behavior
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { close(listener); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Stops accepting; connections in progress end on their own.
    func stop() {
        // Once only: a second close could close a descriptor another test has been given since.
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    deinit { stop() }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }

            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let path = readRequest(connection) else { close(connection); return }
        lock.lock()
        paths.append(path)
        let position = paths.count - 1
        lock.unlock()
        switch behavior {
        case .script(let answers):
            if let answer = answers.isEmpty ? nil : answers[min(position, answers.count - 1)] {
                _ = sendAll(connection, Array(answer.utf8))
            }
        case .answerThenReset(let body):
            let response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            guard sendAll(connection, Array(response.utf8)), let next = readRequest(connection) else { break }
            lock.lock()
            paths.append(next)
            lock.unlock()
            var option = linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        case .reset:
            var option = linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        case .raw(let text):
            _ = sendAll(connection, Array(text.utf8))
        case .bytes(let bytes):
            _ = sendAll(connection, bytes)
        case .drip(let announced, let interval):
            guard sendAll(connection, Array(Self.header(length: announced).utf8)) else { break }
            for _ in 0..<announced {
                Thread.sleep(forTimeInterval: interval)
                guard sendAll(connection, [UInt8(ascii: " ")]) else { break }
            }
        case .truncated(let announced, let sent):
            _ = sendAll(connection, Array(Self.header(length: announced).utf8) + Array(repeating: UInt8(ascii: " "), count: sent))
        case .stream(let bytes, let announced):
            guard sendAll(connection, Array(Self.header(length: announced).utf8) + [UInt8(ascii: "\"")]) else { break }
            let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 16 * 1024)
            var sent = 0
            while sent < bytes, sendAll(connection, chunk) { sent += chunk.count }
            _ = sendAll(connection, [UInt8(ascii: "\"")])
        }
        close(connection)
    }

    private static func header(length: Int?) -> String {
        var text = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
        if let length { text += "Content-Length: \(length)\r\n" }
        return text + "\r\n"
    }

    /// Reads the request line, the headers and a `Content-Length` body; returns the path.
    private func readRequest(_ connection: Int32) -> String? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let separator: [UInt8] = [13, 10, 13, 10]
        var headerEnd: Int?
        while headerEnd == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
            headerEnd = buffer.firstRange(of: separator)?.upperBound
        }
        let head = String(decoding: buffer[..<headerEnd!], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let length = lines.dropFirst().compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first ?? 0
        while buffer.count - headerEnd! < length {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
        }
        let requestLine = lines.first?.split(separator: " ") ?? []
        return requestLine.count > 1 ? String(requestLine[1]) : ""
    }

    /// Writes all bytes; `false` once the client has gone away.
    private func sendAll(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
