import Foundation
import Hummingbird
import KalturaCore
import KalturaSchema
import Logging
import NIOCore
import ServiceLifecycle

/// A local Kaltura API v3 server driven by a schema: every service the schema declares is
/// routed, sessions are checked like the real server's, and objects live in memory per partner.
///
/// ```swift
/// let emulator = try KalturaEmulator(configuration: .init(partners: [EmulatorPartner(id: 101, adminSecret: "s3cret")]))
/// let running = try await emulator.start()          // port 0: a free port
/// // … talk to http://127.0.0.1:\(running.port)/api_v3 …
/// await running.stop()
/// ```
public struct KalturaEmulator: Sendable {
    /// The configuration the emulator was created with.
    public let configuration: Configuration
    /// The period of Kaltura servers the emulator behaves like (``Configuration/servedEra``).
    public var era: KalturaServerEra { responder.era }
    let responder: EmulatorResponder
    private let store: ObjectStore
    let uploads: UploadStorage

    /// Prepares an emulator; nothing listens until ``run(onListening:)`` or ``start()``.
    ///
    /// - Throws: When the record file cannot be opened, or ``StatePersistenceError`` when the
    ///   saved state in ``Configuration/dataDirectory`` cannot be read.
    public init(configuration: Configuration) throws {
        self.configuration = configuration
        let model = EmulatorSchema(configuration.schema)
        if let directory = configuration.dataDirectory {
            store = try ObjectStore(directory: directory, synchronization: configuration.stateSynchronization, errors: model.errors)
        } else {
            store = ObjectStore(errors: model.errors)
        }
        var environment = EmulatorEnvironment(
            model: model, store: store, partners: PartnerRegistry(configuration.partners), clock: configuration.clock,
            era: configuration.servedEra)
        environment.maximumListMatches = configuration.maximumListMatches
        if let directory = configuration.dataDirectory {
            environment.uploads = UploadStorage(directory: directory.appendingPathComponent("uploads", isDirectory: true))
        }
        uploads = environment.uploads
        let recorder = try configuration.recordURL.map { try CallRecorder(appendingTo: $0) }
        responder = EmulatorResponder(
            dispatcher: Dispatcher(environment: environment, recorder: recorder),
            schemaDocument: ByteBuffer(bytes: configuration.schemaXML),
            maximumBodySize: configuration.maximumBodySize)
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully.
    ///
    /// - Parameter onListening: Called once with the bound port, when the server accepts connections.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = application(onListening: onListening)
        try await ServiceGroup(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger).run()
    }

    /// Starts serving in the background and returns once the server listens.
    ///
    /// ``RunningEmulator/stop()`` shuts the server down gracefully (no signal handlers are installed).
    public func start() async throws -> RunningEmulator {
        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = application { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(services: [app], logger: app.logger)
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        var iterator = portStream.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw CancellationError()
        }
        return RunningEmulator(port: port, group: group, task: task)
    }

    /// Answers one request in process, without a socket.
    ///
    /// - Returns: The content type and the body of the response.
    public func respond(path: String, query: String? = nil, contentType: String? = nil, body: [UInt8] = [])
        async -> (contentType: String, body: [UInt8])
    {
        let response = await responder.respond(method: .post, path: path, query: query, contentType: contentType, body: body)
        return (response.contentType, response.body)
    }

    private func application(onListening: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let router = Router()
        let responder = self.responder
        router.on("/**", method: .get) { request, context in try await responder.respond(to: request, context: context) }
        router.on("/**", method: .post) { request, context in try await responder.respond(to: request, context: context) }
        router.on("/**", method: .head) { request, context in try await responder.respond(to: request, context: context) }
        router.on("/**", method: .options) { request, context in try await responder.respond(to: request, context: context) }
        var logger = Logger(label: "kaltura-emulator")
        logger.logLevel = .warning
        let timeout = configuration.requestReadTimeout.map { duration in
            let (seconds, attoseconds) = duration.components
            return TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        }
        return Application(
            router: router,
            server: .http1(configuration: .init(
                additionalChannelHandlers: timeout.map { [RequestReadDeadlineHandler(deadline: $0)] } ?? [],
                idleTimeout: timeout)),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kaltura-emulator"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
