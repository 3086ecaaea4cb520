import Logging
import ServiceLifecycle

/// Writes the store to disk about once a second while it changes, and once more at shutdown
/// (`kaltura serve --data DIR`). It runs beside the HTTP server in the same service group and
/// is shut down after it, so the last answered call is in the final save.
struct StateSaver: Service {
    let store: ObjectStore
    let persistence: StatePersistence
    let logger: Logger

    func run() async throws {
        var saved = await store.revision
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
            saved = await saveIfChanged(since: saved)
        }
        _ = await saveIfChanged(since: saved)
    }

    private func saveIfChanged(since saved: Int) async -> Int {
        let revision = await store.revision
        guard revision != saved else { return saved }
        let snapshot = await store.snapshot()
        do {
            try persistence.save(snapshot)
        } catch {
            logger.error("\(error)")
            return saved
        }
        return revision
    }
}
