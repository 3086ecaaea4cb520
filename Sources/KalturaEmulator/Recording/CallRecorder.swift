import Foundation
import KalturaCore
import OrderedCollections

/// Appends one JSON line per received call to a file (`kaltura serve --record`), so that what
/// two clients sent can be compared call by call.
///
/// Each line holds `service`, `action` and `params`: the action's parameters as the server
/// understood them (cast to their schema types, with `objectType`s and `name__null` markers),
/// or, for a call that failed before its parameters were read, the decoded parameters as sent
/// without the global ones. Failed calls add `error` (the code). Files appear as
/// `{"fileName": …, "size": …}`. The KS is never written: members that hold credentials
/// (`secret`, `adminSecret`, `password`, `session`, `ks`, … at any depth, such as `user:password`
/// or `partner:adminSecret`) and any KS-shaped text are replaced with `[redacted]`, by the
/// client's own redaction rules (``KalturaRedaction``).
actor CallRecorder {
    private let handle: FileHandle

    /// Opens (creating if needed) `url` for appending.
    init(appendingTo url: URL) throws {
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
    }

    deinit {
        try? handle.close()
    }

    /// Parameters every call may carry that are not the action's own.
    static let globalParameters: Set<String> = [
        "service", "action", "ks", "kalsig", "format", "clientTag", "apiVersion", "partnerId", "p", "ignoreNull",
        "language", "responseProfile", "callback", "content-type",
    ]

    /// Writes the line for one call.
    func record(parameters: OrderedDictionary<String, KalturaValue>, understood: OrderedDictionary<String, KalturaValue>?,
                files: [String: UploadedFile], result: KalturaResult) {
        var params = KalturaRedaction.redacting(understood ?? parameters.filter { !Self.globalParameters.contains($0.key) })
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            params[name] = .map(["fileName": .string(file.fileName), "size": .int(file.bytes.count)])
        }
        var line: OrderedDictionary<String, KalturaValue> = [
            "service": .string(parameters["service"]?.stringValue ?? ""),
            "action": .string(parameters["action"]?.stringValue ?? ""),
            "params": .map(params),
        ]
        if let error = result.error { line["error"] = .string(error.code) }
        let options = KalturaJSON.EncodingOptions(nullStyle: .kalturaNullMarker, emptyMapStyle: .object, objectTypePlacement: .first)
        var bytes = KalturaJSON.encode(.map(line), options: options)
        bytes.append(UInt8(ascii: "\n"))
        handle.write(Data(bytes))
    }
}
