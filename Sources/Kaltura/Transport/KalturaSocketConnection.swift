import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One non-blocking TCP connection of a ``KalturaSocketTransport``: it connects, sends and
/// receives without ever blocking past a given instant, and can be shut down from another thread
/// to cancel whatever is waiting on it.
///
/// The descriptor is closed exactly once, under the lock, so a cancellation racing the end of an
/// exchange never touches a descriptor number the system has given to someone else.
final class KalturaSocketConnection: @unchecked Sendable {
    /// What a step of I/O found.
    enum Progress {
        /// Bytes moved.
        case moved(Int)
        /// Nothing can move now; wait for the socket.
        case wouldBlock
        /// The peer closed its side (reading only).
        case closed
    }

    /// Why an exchange on the connection stopped.
    enum Failure: Error {
        /// The connection failed; the text is a reason a person can act on.
        case failed(String)
        /// The call was cancelled.
        case cancelled
        /// The deadline passed.
        case timedOut
        /// The response passed its size limit.
        case tooLarge
    }

    /// `host:port`, the key under which the connection is kept alive.
    let key: String
    /// When the connection last finished an exchange.
    var idleSince = ContinuousClock.now
    /// Whether the connection has carried an exchange before the current one.
    var isReused = false

    private let lock = NSLock()
    private var descriptor: Int32
    private var cancelled = false

    private init(descriptor: Int32, key: String) {
        self.descriptor = descriptor
        self.key = key
    }

    deinit {
        if descriptor >= 0 { _ = System.close(descriptor) }
    }

    /// Resolves `host` and connects to the first address that answers before `deadline`.
    ///
    /// - Throws: ``Failure``: connection refused, unknown host, cancelled, or timed out.
    static func open(host: String, port: Int, deadline: ContinuousClock.Instant,
                     isCancelled: () -> Bool) throws(Failure) -> KalturaSocketConnection {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw Failure.failed("cannot find the server's host")
        }
        defer { freeaddrinfo(list) }
        var lastFailure = Failure.failed("cannot connect to the server")
        var address: UnsafeMutablePointer<addrinfo>? = first
        while let current = address {
            address = current.pointee.ai_next
            do throws(Failure) {
                let descriptor = try connect(current.pointee, deadline: deadline, isCancelled: isCancelled)
                return KalturaSocketConnection(descriptor: descriptor, key: "\(host):\(port)")
            } catch {
                guard case .failed = error else { throw error }
                lastFailure = error
            }
        }
        throw lastFailure
    }

    private static func connect(_ address: addrinfo, deadline: ContinuousClock.Instant,
                                isCancelled: () -> Bool) throws(Failure) -> Int32 {
        let descriptor = socket(address.ai_family, address.ai_socktype, address.ai_protocol)
        guard descriptor >= 0 else { throw Failure.failed("cannot open a socket (\(Self.errorText(errno)))") }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        if System.connect(descriptor, address.ai_addr, address.ai_addrlen) != 0 {
            guard errno == EINPROGRESS else {
                let code = errno
                _ = System.close(descriptor)
                throw Failure.failed(connectReason(code))
            }
            while true {
                if isCancelled() {
                    _ = System.close(descriptor)
                    throw .cancelled
                }
                let remaining = milliseconds(until: deadline)
                guard remaining > 0 else {
                    _ = System.close(descriptor)
                    throw .timedOut
                }
                var entry = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                // Short slices, so a cancellation is seen while connecting.
                let ready = poll(&entry, 1, Int32(min(remaining, 50)))
                if ready > 0 { break }
                if ready < 0, errno != EINTR {
                    let code = errno
                    _ = System.close(descriptor)
                    throw Failure.failed(connectReason(code))
                }
            }
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length)
            if error != 0 {
                _ = System.close(descriptor)
                throw Failure.failed(connectReason(error))
            }
        }
        return descriptor
    }

    private static func connectReason(_ code: Int32) -> String {
        switch code {
        case ECONNREFUSED: "cannot connect to the server (connection refused)"
        case ENETUNREACH, EHOSTUNREACH: "the network is not reachable"
        default: "cannot connect to the server (\(errorText(code)))"
        }
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Whole milliseconds from now to `instant`, rounded up; 0 once it has passed.
    static func milliseconds(until instant: ContinuousClock.Instant) -> Int {
        let remaining = ContinuousClock.now.duration(to: instant)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Whether the connection can carry another exchange: nothing to read on it (a kept-alive
    /// connection the server has closed reads as end of file) and no error pending.
    var isUsable: Bool {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0, !cancelled else { return false }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 0
    }

    /// Sends what it can of `bytes` without waiting.
    func send(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> Progress {
        guard !bytes.isEmpty else { return .moved(0) }
        while true {
            let descriptor = try current()
            #if canImport(Glibc)
            let result = Glibc.send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            #else
            let result = Darwin.send(descriptor, bytes.baseAddress, bytes.count, MSG_DONTWAIT)
            #endif
            if result >= 0 { return .moved(result) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: throw try failure(errno)
            }
        }
    }

    /// Receives what has arrived into `buffer` without waiting.
    func receive(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Progress {
        while true {
            let descriptor = try current()
            let result = recv(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_DONTWAIT))
            if result > 0 { return .moved(result) }
            if result == 0 {
                try current()  // a shutdown for cancellation also reads as end of file
                return .closed
            }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: throw try failure(errno)
            }
        }
    }

    /// Waits until the socket is readable (or writable, when `writing`), the connection is shut
    /// down, or `limit` passes; returns false when the limit passed.
    func wait(writing: Bool, until limit: ContinuousClock.Instant) throws(Failure) -> Bool {
        while true {
            let descriptor = try current()
            let remaining = Self.milliseconds(until: limit)
            guard remaining > 0 else { return false }
            var entry = pollfd(fd: descriptor, events: Int16(writing ? (POLLIN | POLLOUT) : POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(min(remaining, 60_000)))
            if ready > 0 { return true }
            if ready < 0, errno != EINTR { throw Failure.failed("waiting on the connection failed (\(Self.errorText(errno)))") }
        }
    }

    /// Shuts the connection down to wake whatever waits on it; later steps throw a cancellation.
    func cancel() {
        lock.lock()
        defer { lock.unlock() }
        cancelled = true
        if descriptor >= 0 { shutdown(descriptor, Int32(SHUT_RDWR)) }
    }

    /// Closes the connection now.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        if descriptor >= 0 {
            _ = System.close(descriptor)
            descriptor = -1
        }
    }

    @discardableResult
    private func current() throws(Failure) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if cancelled { throw .cancelled }
        guard descriptor >= 0 else { throw Failure.failed("the connection is closed") }
        return descriptor
    }

    private func failure(_ code: Int32) throws(Failure) -> Failure {
        try current()
        switch code {
        case ECONNRESET, EPIPE, ECONNABORTED: return .failed("the connection was lost before the response was complete")
        case ETIMEDOUT: return .failed("the connection timed out at the network level")
        default: return .failed("the connection failed (\(Self.errorText(code)))")
        }
    }
}

/// The system calls whose names the connection's own methods shadow.
private enum System {
    static func close(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.close(descriptor)
        #else
        Darwin.close(descriptor)
        #endif
    }

    static func connect(_ descriptor: Int32, _ address: UnsafeMutablePointer<sockaddr>!, _ length: socklen_t) -> Int32 {
        #if canImport(Glibc)
        Glibc.connect(descriptor, address, length)
        #else
        Darwin.connect(descriptor, address, length)
        #endif
    }
}
