import ArgumentParser
import Foundation
import Kaltura
import KalturaCompletion
import KalturaEmulator
import KalturaSchema

/// `kaltura shell`: explore a Kaltura server interactively — calls in `kaltura call`'s syntax,
/// `describe`, `search`, sessions, results kept as `$_`, and on a terminal Tab completion from the
/// schema. Without `--url` it runs the emulator in the same process on the demo schema.
struct ShellCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Explore a Kaltura server interactively (the embedded emulator without --url).",
        discussion: """
            Each line is a call in kaltura call's syntax (media.list filter:nameLike=x) or a command: \
            describe NAME, search TEXT, session [show|start|use|clear], help, exit. Results are printed \
            and kept: $_ is the last, $1, $2, … each in order, and paths into them are values \
            (media.get entryId=$_.id). Without --url the emulator runs in this process, on --schema or \
            the bundled demo schema, with a demo partner (--partner, default 100) and an admin session.

            On a terminal: line editing, history in ~/.kaltura_history (or $KALTURA_HISTORY), and Tab \
            completion of services, actions, parameters, nested properties, objectType values, enum \
            constants and file paths after =@. When stdin is not a terminal, lines are read one by one \
            without a prompt, and the exit status is 1 if any line failed.
            """)

    @Option(help: "The server's service URL, e.g. https://www.kaltura.com; without it the emulator runs in this process.")
    var url: String?

    @Option(help: "The partner id (the embedded emulator's partner: 100 unless given).")
    var partner: Int?

    @Option(help: "The session (KS) to send.")
    var ks: String?

    @Option(help: ArgumentHelp("The partner's admin secret, to start an admin session (kept in memory only).", valueName: "admin-secret"))
    var secret: String?

    @Option(help: "Read the API schema from this file instead of fetching it (with the embedded emulator: its schema).")
    var schema: String?

    @Option(help: "Seconds to wait for the server.")
    var timeout: Double = 120

    /// The embedded emulator's partner when --partner is not given.
    static let demoPartnerId = 100

    func validate() throws {
        if ks != nil, secret != nil { throw ValidationError("give --ks or --secret, not both") }
        try ServerSettings.validate(url: url)
        if url != nil, secret != nil, partner == nil {
            throw ValidationError("--secret needs --partner, the partner whose secret it is")
        }
    }

    func run() async throws {
        ServerSettings.logWarningsToStandardError()
        let isTerminal = isatty(STDIN_FILENO) == 1
        let (client, adminSecret, banner) = try await makeClient()
        let interpreter = ShellInterpreter(client: client, adminSecret: adminSecret, usesColour: isTerminal && isatty(STDOUT_FILENO) == 1)
        var failures = 0
        if isTerminal {
            print(banner + "\n" + interpreter.sessionDescription() + "\nhelp lists the commands; Tab completes; Ctrl-D or exit leaves.")
            let environment = ProcessInfo.processInfo.environment
            let historyPath = environment["KALTURA_HISTORY"] ?? (NSHomeDirectory() as NSString).appendingPathComponent(".kaltura_history")
            let editor = LineEditor(engine: CompletionEngine(schema: client.apiSchema), historyPath: historyPath.isEmpty ? nil : historyPath)
            while let line = editor.readLine(prompt: "kaltura> ") {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty, ShellInterpreter.isSafeToRemember(line) { editor.remember(line) }
                let outcome = await interpreter.run(line)
                fflush(nil)
                if outcome == .exit { break }
            }
        } else {
            while let line = readLine(strippingNewline: true) {
                let outcome = await interpreter.run(line)
                if outcome == .exit { break }
                if outcome == .failed { failures += 1 }
            }
        }
        fflush(nil)
        if failures > 0 { throw ExitCode(1) }
    }

    /// The client the shell uses, the admin secret it may start sessions with, and a line saying
    /// what it is connected to.
    private func makeClient() async throws -> (KalturaClient, String?, String) {
        let environment = try ServerSettings.environment()
        // The KALTURA_* variables stand in for absent flags, as for `kaltura call`; without a
        // server from either, the emulator runs in this process.
        guard let url = url ?? environment.serviceURL?.absoluteString else { return try embeddedClient() }
        let partner = partner ?? environment.partnerId
        let (ks, secret) = self.ks != nil || self.secret != nil ? (self.ks, self.secret) : (environment.ks, environment.adminSecret)
        let schemaSource: KalturaClient.Configuration.SchemaSource = schema.map { .file(URL(fileURLWithPath: $0)) } ?? .server()
        let configuration = KalturaClient.Configuration(
            partnerId: partner, serviceURL: URL(string: url)!, clientTag: "kaltura-shell", schemaSource: schemaSource,
            http: .init(timeout: timeout))
        let client: KalturaClient
        do {
            client = try await KalturaClient(configuration: configuration)
        } catch {
            throw CommandFailure("\(error)")
        }
        client.ks = ks
        if let secret {
            client.ks = try client.generateSession(adminSecret: secret, type: .admin)
        }
        return (client, secret, "kaltura shell on \(url) (API \(client.apiSchema.apiVersion ?? "of unknown version"))")
    }

    /// A client of an emulator running in this process, with an admin session of its partner.
    private func embeddedClient() throws -> (KalturaClient, String?, String) {
        let loaded = try SchemaSource.load(path: schema)
        let document: Data
        do {
            document = try schema.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? Schema.demoSchemaXML
        } catch {
            throw CommandFailure("\(schema ?? ""): \(error)")
        }
        var emulatorPartner = EmulatorPartner.random(id: partner ?? Self.demoPartnerId)
        if let secret { emulatorPartner.adminSecret = secret }
        let emulator: KalturaEmulator
        do {
            emulator = try KalturaEmulator(configuration: .init(schema: loaded, schemaXML: document, partners: [emulatorPartner]))
        } catch {
            throw CommandFailure("cannot start the embedded emulator: \(error)")
        }
        let client = KalturaClient(
            configuration: .init(partnerId: emulatorPartner.id, serviceURL: URL(string: "http://emulator.invalid")!,
                                 clientTag: "kaltura-shell", schemaSource: .schema(loaded), http: .init(transport: emulator.transport)),
            schema: loaded)
        client.ks = try ks ?? client.generateSession(adminSecret: emulatorPartner.adminSecret, type: .admin)
        let schemaName = schema.map { ($0 as NSString).lastPathComponent } ?? "the demo schema"
        return (client, emulatorPartner.adminSecret,
                "kaltura shell on the embedded emulator: \(schemaName) (API \(loaded.apiVersion ?? "?")), partner \(emulatorPartner.id)")
    }
}
