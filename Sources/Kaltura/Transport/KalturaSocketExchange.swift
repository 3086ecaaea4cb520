import Foundation

/// One request and its response on a ``KalturaSocketConnection``: connects when it has no
/// kept-alive connection, writes the request, and reads the response with a
/// ``KalturaHTTPResponseReader``, in steps that never wait past a given instant — so the
/// transport can run the first few milliseconds on the caller's thread and hand the rest to a
/// thread of its own.
///
/// One thread at a time advances it; ``cancel()`` may come from any thread.
final class KalturaSocketExchange: @unchecked Sendable {
    /// The URL without its query, for errors.
    let url: String
    /// The request's timeout in seconds, for the timeout error.
    let timeout: Double
    /// When the whole exchange must be over.
    let deadline: ContinuousClock.Instant

    private let host: String
    private let port: Int
    private var writer: KalturaSocketBodyWriter
    private var reader: KalturaHTTPResponseReader
    private let lock = NSLock()
    private var attached: KalturaSocketConnection?
    private var cancelled = false

    /// An exchange sending `outgoing` (the whole request: head and body, file ranges read as they
    /// are sent) to `host:port`, on `connection` when one is kept alive.
    init(host: String, port: Int, connection: KalturaSocketConnection?, outgoing: [KalturaHTTPBodyPart], limit: Int?,
         url: String, timeout: Double, deadline: ContinuousClock.Instant) {
        self.host = host
        self.port = port
        self.attached = connection
        self.writer = KalturaSocketBodyWriter(parts: outgoing)
        self.reader = KalturaHTTPResponseReader(limit: limit)
        self.url = url
        self.timeout = timeout
        self.deadline = deadline
    }

    /// The connection, once there is one.
    var connection: KalturaSocketConnection? {
        lock.lock()
        defer { lock.unlock() }
        return attached
    }

    /// Whether the connection may carry another exchange now that this one is complete.
    var leavesConnectionReusable: Bool {
        reader.isComplete && reader.keepsConnection && writer.isFinished
    }

    /// The response, once ``advance(until:)`` has returned true.
    var response: KalturaHTTPResponse {
        KalturaHTTPResponse(status: reader.status, headers: reader.headers, body: reader.body)
    }

    /// Moves the exchange on until the response is complete (true) or `limit` passes (false).
    ///
    /// - Throws: ``KalturaClientError``: a transport failure, a cancellation, a response too
    ///   large, or a timeout when the connection cannot be made before the deadline.
    func advance(until limit: ContinuousClock.Instant) throws(KalturaClientError) -> Bool {
        do throws(KalturaSocketConnection.Failure) {
            let connection = try connect()
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
            defer { scratch.deallocate() }
            while true {
                var moved = false
                if !writer.isFinished, try writer.send(on: connection) { moved = true }
                let progress = try connection.receive(into: scratch)
                switch progress {
                case .moved(let count):
                    try read { reader throws(KalturaHTTPResponseReader.Failure) in
                        try reader.consume(UnsafeRawBufferPointer(rebasing: scratch[0..<count]))
                    }
                    if reader.isComplete { return true }
                    moved = true
                case .closed:
                    try read { reader throws(KalturaHTTPResponseReader.Failure) in try reader.finish() }
                    return true
                case .wouldBlock:
                    break
                }
                if !moved, !(try connection.wait(writing: !writer.isFinished, until: limit)) {
                    return false
                }
            }
        } catch {
            switch error {
            case .failed(let reason): throw .transportFailed(url: url, reason: reason)
            case .cancelled: throw .transportFailed(url: url, reason: "the call was cancelled")
            case .timedOut: throw .timedOut(url: url, seconds: timeout)
            case .tooLarge: throw .responseTooLarge(url: url, limit: reader.limit ?? 0)
            }
        }
    }

    /// Ends the exchange from any thread: whatever waits on the connection wakes and throws.
    func cancel() {
        lock.lock()
        cancelled = true
        let connection = attached
        lock.unlock()
        connection?.cancel()
    }

    private func connect() throws(KalturaSocketConnection.Failure) -> KalturaSocketConnection {
        if let connection { return connection }
        let connection = try KalturaSocketConnection.open(host: host, port: port, deadline: deadline) { [self] in
            lock.lock()
            defer { lock.unlock() }
            return cancelled
        }
        lock.lock()
        attached = connection
        let cancelledMeanwhile = cancelled
        lock.unlock()
        if cancelledMeanwhile { connection.cancel() }
        return connection
    }

    /// Runs a step of the reader, turning its failures into the connection's.
    private func read(_ step: (inout KalturaHTTPResponseReader) throws(KalturaHTTPResponseReader.Failure) -> Void)
        throws(KalturaSocketConnection.Failure) {
        do throws(KalturaHTTPResponseReader.Failure) {
            try step(&reader)
        } catch {
            switch error {
            case .malformed(let reason):
                throw .failed("the server's answer is not a valid HTTP response (\(reason))")
            case .tooLarge:
                throw .tooLarge
            case .closedEarly(let reason):
                let reused = connection?.isReused == true && !reader.hasStarted
                throw .failed(reused ? "the server closed the kept-alive connection without answering" : reason)
            }
        }
    }
}
