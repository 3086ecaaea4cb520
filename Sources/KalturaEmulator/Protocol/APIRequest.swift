import KalturaCore
import OrderedCollections

/// One HTTP request to `/api_v3`, decoded into the parameter tree the server works on.
///
/// `parameters` holds the body parameters with the query string (and `/key/value` path pairs)
/// merged over them, grouped on `:` into nested maps and objects, with `__null` markers as
/// ``KalturaValue/null``. Files are kept apart, by their flattened part name (`fileData`,
/// `1:fileData`).
struct APIRequest: Sendable {
    var parameters: OrderedDictionary<String, KalturaValue>
    var files: [String: UploadedFile]

    /// The `service` parameter, lowercased as the server does.
    var service: String? { parameters["service"]?.stringValue?.lowercased() }
    /// The `action` parameter as sent.
    var action: String? { parameters["action"]?.stringValue }
    /// The response format: `format`, defaulting to XML.
    var format: ResponseFormat { ResponseFormat(parameters["format"]) }
    /// Whether XML output leaves null properties out (`ignoreNull=1`).
    var ignoresNull: Bool { parameters["ignoreNull"]?.boolValue ?? false }
    /// The `callback` for JSONP output.
    var callback: String? { parameters["callback"]?.stringValue }
}
