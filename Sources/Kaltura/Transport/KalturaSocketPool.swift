import Foundation

/// The kept-alive connections of a ``KalturaSocketTransport``, by `host:port`.
///
/// A connection is handed out only while it is usable: one the server has closed, or idle longer
/// than ``idleLimit`` (Apache closes idle connections after 5 seconds by default, and a request
/// sent just as the server closes is lost), is closed instead.
final class KalturaSocketPool: @unchecked Sendable {
    /// How long a connection may stay idle and still be used.
    static let idleLimit = Duration.seconds(4)
    /// The most idle connections kept per `host:port`.
    static let maximumIdlePerHost = 8

    private let lock = NSLock()
    private var idle: [String: [KalturaSocketConnection]] = [:]

    deinit {
        for connection in idle.values.joined() { connection.close() }
    }

    /// A usable kept-alive connection to `key`, if there is one.
    func take(_ key: String) -> KalturaSocketConnection? {
        while true {
            lock.lock()
            let connection = idle[key]?.popLast()
            lock.unlock()
            guard let connection else { return nil }
            if connection.idleSince.duration(to: .now) < Self.idleLimit, connection.isUsable { return connection }
            connection.close()
        }
    }

    /// Keeps `connection` for the next exchange to its host, or closes it when enough are kept.
    func put(_ connection: KalturaSocketConnection) {
        connection.idleSince = .now
        connection.isReused = true
        lock.lock()
        if idle[connection.key, default: []].count < Self.maximumIdlePerHost {
            idle[connection.key, default: []].append(connection)
            lock.unlock()
        } else {
            lock.unlock()
            connection.close()
        }
    }
}
