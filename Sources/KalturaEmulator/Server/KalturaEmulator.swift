import Foundation
import Hummingbird
import Kaltura
import KalturaSchema
import Logging
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
    let responder: EmulatorResponder

    /// Prepares an emulator; nothing listens until ``run(onListening:)`` or ``start()``.
    ///
    /// - Throws: When the record file cannot be opened.
    public init(configuration: Configuration) throws {
        self.configuration = configuration
        let model = EmulatorSchema(configuration.schema)
        let environment = EmulatorEnvironment(
            model: model, store: ObjectStore(), partners: PartnerRegistry(configuration.partners), clock: configuration.clock)
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
        try await application(onListening: onListening).runService()
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
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kaltura-emulator"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
