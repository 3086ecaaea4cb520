import ArgumentParser
import Foundation
import Kaltura
import KalturaSchema
import Logging

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
            """)

    @Argument(help: "The action: SERVICE.ACTION (media.list, metadata_metadataprofile.list) or PLUGIN.SERVICE.ACTION (metadata.metadataProfile.list).")
    var action: String

    @Argument(help: "Parameters as key=value.")
    var parameters: [String] = []

    @Option(help: "The server's service URL, e.g. https://www.kaltura.com.")
    var url: String

    @Option(help: "The partner id, sent with the call.")
    var partner: Int?

    @Option(help: "The session (KS) to send.")
    var ks: String?

    @Option(help: "Read the API schema from this file instead of fetching it.")
    var schema: String?

    @Flag(help: "Send the call without checking it against the schema first.")
    var noValidation = false

    @Option(help: "Seconds to wait for the server.")
    var timeout: Double = 120

    func validate() throws {
        guard KalturaCall(action) != nil else {
            throw ValidationError("'\(action)' is not SERVICE.ACTION or PLUGIN.SERVICE.ACTION")
        }
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("'\(parameter)' is not key=value")
        }
        guard let serviceURL = URL(string: url), serviceURL.scheme == "http" || serviceURL.scheme == "https" else {
            throw ValidationError("--url must be an http or https URL, such as https://www.kaltura.com")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        let schemaSource: KalturaClient.Configuration.SchemaSource = schema.map { .file(URL(fileURLWithPath: $0)) } ?? .server()
        let configuration = KalturaClient.Configuration(
            partnerId: partner, serviceURL: URL(string: url)!, clientTag: "kaltura-cli", schemaSource: schemaSource,
            validatesRequests: !noValidation, http: .init(timeout: timeout))
        do {
            let client = try await KalturaClient(configuration: configuration)
            client.ks = ks
            let call = try CallParameters.call(action, parameters: parameters, schema: client.apiSchema)
            if CallParameters.action(of: call, in: client.apiSchema)?.servesFile == true {
                print(try client.serveURL(for: call).absoluteString)
                return
            }
            let result = try await client.call(call)
            print(String(decoding: KalturaJSON.encode(result, options: Self.outputOptions), as: UTF8.self))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// Compact JSON: `objectType` first, explicit nulls left out, empty maps as `{}`.
    static let outputOptions = KalturaJSON.EncodingOptions(nullStyle: .omit, emptyMapStyle: .object, objectTypePlacement: .first)
}
