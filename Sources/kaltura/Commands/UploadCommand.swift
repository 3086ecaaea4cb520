import ArgumentParser
import Foundation
import Kaltura

/// `kaltura upload FILE`: uploads a file of any size in chunks to an upload token (or resumes
/// one), naming the token on stderr as soon as it exists and printing the finished token as JSON.
struct UploadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Upload a file in chunks to an upload token and print the token as JSON.",
        discussion: """
            The file is read chunk by chunk (never whole) and sent with uploadToken.upload, several \
            chunks at once (--parallel); a chunk that fails in transport is tried again. \
            'upload token: ID' goes to stderr as soon as the token exists: if the upload is \
            interrupted, run the same command with --resume ID to send only what is missing. A \
            progress bar goes to stderr when it is a terminal. The finished token (status 2, \
            FULL_UPLOAD) is printed on stdout as one line of JSON, ready for media.addContent. \
            Errors go to stderr with exit status 1.
            """)

    @Argument(help: "The file to upload.")
    var file: String

    @Option(name: .customLong("chunk-size"), help: ArgumentHelp("Bytes per chunk (at least 100000).", valueName: "bytes"))
    var chunkSize: Int = KalturaUploadOptions.defaultChunkSize

    @Option(help: ArgumentHelp("Chunks sent at once.", valueName: "n"))
    var parallel: Int = 4

    @Option(help: ArgumentHelp("Go on with the upload token a former run named instead of adding one.", valueName: "token-id"))
    var resume: String?

    @Option(help: "The server's service URL, e.g. https://www.kaltura.com (default: $KALTURA_SERVICE_URL).")
    var url: String?

    @Option(help: "The partner id, sent with each call (default: $KALTURA_PARTNER_ID).")
    var partner: Int?

    @Option(help: "The session (KS) to send (default: $KALTURA_KS, or an admin KS made from $KALTURA_ADMIN_SECRET).")
    var ks: String?

    @Option(help: "Read the API schema from this file instead of fetching it.")
    var schema: String?

    @Option(help: "Seconds to wait for the server, per call.")
    var timeout: Double = 120

    func validate() throws {
        try ServerSettings.validate(url: url)
        guard chunkSize > 0 else { throw ValidationError("--chunk-size must be a positive number of bytes") }
        guard parallel > 0 else { throw ValidationError("--parallel must be at least 1") }
    }

    func run() async throws {
        ServerSettings.logWarningsToStandardError()
        let environment = try ServerSettings.environment()
        let serviceURL = try ServerSettings.serviceURL(flag: url, environment: environment)
        let schemaSource: KalturaClient.Configuration.SchemaSource = schema.map { .file(URL(fileURLWithPath: $0)) } ?? .server()
        let configuration = KalturaClient.Configuration(
            partnerId: partner ?? environment.partnerId, serviceURL: serviceURL, clientTag: "kaltura-cli", schemaSource: schemaSource,
            http: .init(timeout: timeout))
        let showsProgress = isatty(STDERR_FILENO) == 1
        do {
            let client = try await KalturaClient(configuration: configuration)
            client.ks = try ks ?? environment.session(for: client)
            let token = try await client.upload(
                file: URL(fileURLWithPath: file),
                options: KalturaUploadOptions(chunkSize: chunkSize, parallelChunks: parallel),
                resumingToken: resume,
                onTokenCreated: { id in printToStandardError("upload token: \(id)") },
                progress: { progress in
                    guard showsProgress else { return }
                    FileHandle.standardError.write(Data(Self.progressBar(progress).utf8))
                })
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            print(String(decoding: KalturaJSON.encode(.object(token), options: CallCommand.outputOptions), as: UTF8.self))
        } catch {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            throw CommandFailure("\(error)")
        }
    }

    /// One redrawn line: `[#####.....]  52% 520000000/1000000000 bytes`.
    static func progressBar(_ progress: KalturaUploadProgress, width: Int = 30) -> String {
        let fraction = min(max(progress.fractionCompleted, 0), 1)
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let percent = String(Int(fraction * 100)).leftPadded(to: 3)
        return "\u{1B}[2K\r[\(bar)] \(percent)% \(progress.bytesSent)/\(progress.totalBytes) bytes"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
