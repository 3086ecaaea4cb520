import ArgumentParser
import Foundation
import Kaltura
import KalturaSchema

/// `kaltura call SERVICE.ACTION [key=value]...`: calls any action the server's schema declares and
/// prints the result as one line of JSON; uploads files given as `key=@path`; prints a serve
/// action's URL.
struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Call any API action and print its result as JSON.",
        discussion: """
            Parameters are key=value pairs in kalcli style: nested keys are joined with ':' \
            (filter:objectType=KalturaMediaEntryFilter, filter:nameLike=x, pager:pageSize=5), \
            'key__null=' clears a field and 'key:-=' sends an empty array. Values are converted to the \
            types the schema declares; enum constants may be given by name (filter:mediaTypeEqual=VIDEO).

            For a parameter the schema types as file, 'key=@path' sends that file \
            (uploadToken.upload uploadTokenId=1_tok fileData=@movie.mp4); for any other parameter a \
            leading '@' is just part of the text. A file that cannot be read is an error (exit status 1). \
            A serve action (one whose result is a file, such as thumbAsset.serve) is not called: its \
            signed URL is printed on one line, to fetch with any HTTP client (it holds the KS).

            The schema is fetched from the server and cached (see the client's schema cache); \
            --schema reads it from a file instead. API errors go to stderr with exit status 1.

            With --all, a list action (media.list, metadata.metadataProfile.list, ...) prints every \
            object it matches, one JSON object per line (JSON Lines), fetching 500 a page; past the \
            server's 10,000-match cap it orders by createdAt and moves a createdAtGreaterThanOrEqual \
            bound when the filter allows it, and fails saying why when it does not. A progress line \
            goes to stderr when stderr is a terminal.

            The wire follows the server's era, dated by the schema: JSON to \
            /api_v3/service/X/action/Y for servers from November 2015 on, colon-flattened forms to \
            /api_v3/index.php?service=X&action=Y for older ones or when the schema does not say. \
            --wire json or --wire form forces one; --wire 2013 (or 2013-10, current) speaks to a \
            server of that date.
            """)

    @Argument(help: "The action: SERVICE.ACTION (media.list, metadata_metadataprofile.list) or PLUGIN.SERVICE.ACTION (metadata.metadataProfile.list).")
    var action: String?

    @Argument(help: "Parameters as key=value.")
    var parameters: [String] = []

    @Option(help: "The server's service URL, e.g. https://www.kaltura.com (default: $KALTURA_SERVICE_URL).")
    var url: String?

    @Option(help: "The partner id, sent with the call (default: $KALTURA_PARTNER_ID).")
    var partner: Int?

    @Option(help: "The session (KS) to send (default: $KALTURA_KS, or an admin KS made from $KALTURA_ADMIN_SECRET).")
    var ks: String?

    @Option(help: "Read the API schema from this file instead of fetching it.")
    var schema: String?

    @Flag(help: "Send the call without checking it against the schema first.")
    var noValidation = false

    @Option(help: "Seconds to wait for the server.")
    var timeout: Double = 120

    @Option(help: "Times to resend a read (get, list, count, …) after a connection failure, HTTP 429 or 5xx; 0 disables. Writes are never resent.")
    var retries: Int = KalturaRetryPolicy.default.maximumAttempts - 1

    @Flag(help: "For a list action: print every object it matches as JSON Lines, fetching page after page.")
    var all = false

    @Option(help: ArgumentHelp("Run the calls of a JSON Lines file ('-': standard input), one result line each.", valueName: "file"))
    var batch: String?

    @Option(help: "Calls per multirequest with --batch.")
    var multirequestSize = 50

    @Option(help: "Multirequests in flight at once with --batch.")
    var parallel = 4

    @Option(help: "The wire to speak: auto, json, form, or a server era such as 2011, 2013-10 or current.")
    var wire: String = "auto"

    func validate() throws {
        if batch != nil {
            guard action == nil, parameters.isEmpty, !all else {
                throw ValidationError("--batch reads its calls from the file; give no action, parameters or --all with it")
            }
            guard multirequestSize >= 1, parallel >= 1 else {
                throw ValidationError("--multirequest-size and --parallel must be at least 1")
            }
        } else {
            guard let action else { throw ValidationError("Missing expected argument '<action>' (or --batch FILE)") }
            guard KalturaCall(action) != nil else {
                throw ValidationError("'\(action)' is not SERVICE.ACTION or PLUGIN.SERVICE.ACTION")
            }
        }
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("'\(parameter)' is not key=value")
        }
        try ServerSettings.validate(url: url)
        guard retries >= 0 else {
            throw ValidationError("--retries must be 0 or more")
        }
        guard KalturaWire(name: wire) != nil else {
            throw ValidationError("--wire '\(wire)' is not auto, json, form or a server era such as 2011, 2013-10 or current")
        }
    }

    func run() async throws {
        ServerSettings.logWarningsToStandardError()
        let environment = try ServerSettings.environment()
        let serviceURL = try ServerSettings.serviceURL(flag: url, environment: environment)
        let schemaSource: KalturaClient.Configuration.SchemaSource = schema.map { .file(URL(fileURLWithPath: $0)) } ?? .server()
        let configuration = KalturaClient.Configuration(
            partnerId: partner ?? environment.partnerId, serviceURL: serviceURL, clientTag: "kaltura-cli", schemaSource: schemaSource,
            validatesRequests: !noValidation, wire: KalturaWire(name: wire) ?? .automatic,
            http: .init(timeout: timeout, retryPolicy: KalturaRetryPolicy(maximumAttempts: retries + 1)))
        do {
            let client = try await KalturaClient(configuration: configuration)
            client.ks = try ks ?? environment.session(for: client)
            if let batch {
                let input = try batch == "-" ? FileHandle.standardInput.readDataToEndOfFile() : Data(contentsOf: URL(fileURLWithPath: batch))
                let failures = await BatchRunner(options: Self.outputOptions, multirequestSize: multirequestSize,
                                                 maximumInFlight: parallel).run(input, client: client)
                if failures > 0 { throw ExitCode(1) }
                return
            }
            let call = try CallParameters.call(action ?? "", parameters: parameters, schema: client.apiSchema)
            if CallParameters.action(of: call, in: client.apiSchema)?.servesFile == true {
                print(try client.serveURL(for: call).absoluteString)
                return
            }
            if all {
                _ = try await AllObjectsPrinter(options: Self.outputOptions).printAll(call, client: client)
                return
            }
            let result = try await client.call(call)
            print(String(decoding: KalturaJSON.encode(result, options: Self.outputOptions), as: UTF8.self))
        } catch let failure as CommandFailure {
            throw failure
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// Compact JSON: `objectType` first, explicit nulls left out, empty maps as `{}`.
    static let outputOptions = KalturaJSON.EncodingOptions(nullStyle: .omit, emptyMapStyle: .object, objectTypePlacement: .first)
}
