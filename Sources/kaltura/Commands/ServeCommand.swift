import ArgumentParser
import Foundation
import KalturaEmulator
import KalturaSchema

/// `kaltura serve`: runs the local Kaltura emulator until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a local Kaltura API v3 server (the emulator) driven by a schema.",
        discussion: """
            Serves /api_v3/service/{service}/action/{action}, /api_v3/index.php and multirequests for every \
            service of the schema, with sessions, CRUD and list filters on an in-memory store per partner. \
            When ready it prints exactly one line, 'listening on http://HOST:PORT'. Without --partner it \
            creates a demo partner and prints its id and admin secret first.
            """)

    @Option(help: "The schema file (api_schema.php output). Defaults to the bundled demo schema.")
    var schema: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 0

    @Option(name: .customLong("partner"),
            help: ArgumentHelp("A partner as ID:ADMIN_SECRET[:USER_SECRET]; repeat for several.", valueName: "partner"))
    var partners: [String] = []

    @Option(help: ArgumentHelp("Append one JSON line per received call to FILE.", valueName: "file"))
    var record: String?

    func validate() throws {
        for argument in partners where EmulatorPartner(argument: argument) == nil {
            throw ValidationError("--partner must be ID:ADMIN_SECRET[:USER_SECRET] with an integer ID, got '\(argument)'")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let loaded = try SchemaSource.load(path: schema)
        let document: Data
        if let schema {
            document = try Data(contentsOf: URL(fileURLWithPath: schema))
        } else {
            document = Schema.demoSchemaXML
        }
        var partnerList = partners.compactMap(EmulatorPartner.init(argument:))
        if partnerList.isEmpty {
            let demo = EmulatorPartner.random(id: 100)
            partnerList = [demo]
            print("demo partner \(demo.id) admin secret \(demo.adminSecret)")
        }
        let emulator: KalturaEmulator
        do {
            emulator = try KalturaEmulator(configuration: .init(
                host: host, port: port, schema: loaded, schemaXML: document, partners: partnerList,
                recordURL: record.map { URL(fileURLWithPath: $0) }))
        } catch {
            throw CommandFailure("cannot open the record file \(record ?? ""): \(error)")
        }
        let host = self.host
        try await emulator.run { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            print("listening on http://\(shown):\(port)")
            fflush(nil)  // flush every stdio stream, so the line reaches a pipe at once
        }
    }
}
