import ArgumentParser
import Foundation
import KalturaCore
import KalturaEmulator
import KalturaSchema

/// `kaltura serve`: runs the local Kaltura emulator until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a local Kaltura API v3 server (the emulator) driven by a schema.",
        discussion: """
            Serves /api_v3/service/{service}/action/{action}, /api_v3/index.php and multirequests for every \
            service of the schema, with sessions, CRUD and list filters on an in-memory store per partner \
            (kept in an SQLite database, DIR/state.sqlite, with --data: every answered write is committed \
            before its response and survives the process being killed). \
            It behaves like the Kaltura servers of the schema's era (its apiVersion and generatedDate; \
            today's servers when they leave doubt), or of --era: which request bodies are read, what \
            /api_v3/service/... does (404, 301 or served), JSON response and error shapes, multirequest form. \
            It prints the era on one line ('emulating Kaltura servers of ...'), then when ready exactly one \
            line 'listening on http://HOST:PORT'. Without --partner it creates a demo partner and prints \
            its id and admin secret first.
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

    @Option(help: ArgumentHelp("Keep the state in DIR/state.sqlite: loaded at start, each change committed before its response.",
                               valueName: "dir"))
    var data: String?

    @Option(name: .customLong("data-sync"),
            help: ArgumentHelp("With --data: 'normal' survives the process being killed, 'full' also a power loss (slower).",
                               valueName: "mode"))
    var dataSync = "normal"

    @Option(name: .customLong("request-timeout"),
            help: ArgumentHelp("Seconds a request may take to arrive completely, and a connection may stay idle; 0 waits forever.",
                               valueName: "seconds"))
    var requestTimeout = 30.0

    @Option(help: ArgumentHelp(
        "Behave like the servers of this era: 'current', a year (2011), a month (2013-10) or a day (2015-10-20). "
            + "Defaults to the schema's era.", valueName: "era"))
    var era: String?

    func validate() throws {
        if let era, KalturaServerEra(name: era) == nil {
            throw ValidationError(
                "--era must be 'current', a year (2011), a month (2013-10) or a day (2015-10-20), got '\(era)'")
        }
        for argument in partners where EmulatorPartner(argument: argument) == nil {
            throw ValidationError("--partner must be ID:ADMIN_SECRET[:USER_SECRET] with an integer ID, got '\(argument)'")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard StateSynchronization(rawValue: dataSync) != nil else {
            throw ValidationError("--data-sync must be 'normal' or 'full', got '\(dataSync)'")
        }
        guard requestTimeout.isFinite, requestTimeout >= 0 else {
            throw ValidationError("--request-timeout must be a number of seconds, 0 or more")
        }
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
                recordURL: record.map { URL(fileURLWithPath: $0) }, dataDirectory: data.map { URL(fileURLWithPath: $0) },
                stateSynchronization: StateSynchronization(rawValue: dataSync) ?? .normal,
                requestReadTimeout: requestTimeout > 0 ? .milliseconds(Int64(requestTimeout * 1000)) : nil,
                era: era.flatMap(KalturaServerEra.init(name:))))
        } catch let error as StatePersistenceError {
            throw CommandFailure("\(error)")
        } catch {
            throw CommandFailure("cannot open the record file \(record ?? ""): \(error)")
        }
        print(Self.eraLine(emulator.era))
        let host = self.host
        try await emulator.run { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            print("listening on http://\(shown):\(port)")
            fflush(nil)  // flush every stdio stream, so the line reaches a pipe at once
        }
    }

    /// The startup line naming the era and how it speaks the wire, e.g.
    /// `emulating Kaltura servers of 2010-09-01 (first API v3 releases): form bodies only, /api_v3/service/... 404, …`.
    static func eraLine(_ era: KalturaServerEra) -> String {
        let bodies = era.readsJSONBodies ? "JSON or form bodies" : "form bodies only (JSON ignored)"
        let servicePath = switch era.servicePath {
        case .notFound: "/api_v3/service/... 404"
        case .movedPermanently: "/api_v3/service/... 301 to index.php"
        case .rewritten: "/api_v3/service/... served"
        }
        let typing = switch era.objectTyping {
        case .none: "no objectType"
        case .topLevel: "objectType on the result only"
        case .everyObject: "objectType on every object"
        }
        let errors = switch era.errorShape {
        case .codeAndMessage: "errors {code,message}"
        case .apiException: "errors KalturaAPIException"
        }
        return "emulating Kaltura servers of \(era): \(bodies), \(servicePath), \(typing), \(errors)"
    }
}
