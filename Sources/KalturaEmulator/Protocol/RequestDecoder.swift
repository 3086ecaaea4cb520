import Foundation
import KalturaCore
import OrderedCollections

/// Turns the parts of an HTTP request into an ``APIRequest`` with the server's rules:
///
/// - a body is read as JSON only when `Content-Type` is exactly `application/json` (any case,
///   no parameters such as `charset`), and only when it is a JSON object;
/// - a `multipart/form-data` body with a `json` part is read from that part; otherwise its
///   fields are read like a form. Parts with a file name are files;
/// - an `application/x-www-form-urlencoded` body is read as colon-flattened fields;
/// - any other body is ignored;
/// - the query string and `/key/value` pairs in the path (after `/api_v3`, and after an
///   optional `index.php`) are merged over the body, recursively;
/// - names nested deeper than 64 segments (`a:b:c:…`, `a[b][c]…`) are dropped by the shared
///   grouping (`KalturaForm.group`): no real parameter comes close.
///
/// Servers from before JSON bodies (``readsJSONBodies`` false) ignore an `application/json` body
/// and a multipart `json` part, as if the call carried no parameters there.
struct RequestDecoder: Sendable {
    /// Whether JSON bodies and multipart `json` parts are read (servers since Jupiter-10.21.0).
    var readsJSONBodies = true

    /// Decodes one request.
    ///
    /// - Parameters:
    ///   - path: The URL path, e.g. `/api_v3/service/media/action/list`.
    ///   - query: The query string without `?`, if any.
    ///   - contentType: The `Content-Type` header, if any.
    ///   - body: The body bytes.
    /// - Throws: ``RequestDecodingError`` for a multipart body that cannot be read.
    func decode(path: String, query: String?, contentType: String?, body: [UInt8]) throws(RequestDecodingError) -> APIRequest {
        var files: [String: UploadedFile] = [:]
        var parameters = try bodyParameters(contentType: contentType, body: body, files: &files)
        var overrides = query.map { Self.form(KalturaForm.fields(in: $0)) } ?? [:]
        for (key, value) in Self.pathPairs(path) {
            overrides[key] = .string(value)
        }
        Self.replaceRecursively(&parameters, with: overrides)
        return APIRequest(parameters: parameters, files: files)
    }

    private func bodyParameters(contentType: String?, body: [UInt8], files: inout [String: UploadedFile])
        throws(RequestDecodingError) -> OrderedDictionary<String, KalturaValue>
    {
        guard let contentType, !body.isEmpty else { return [:] }
        let lowered = contentType.lowercased()
        if lowered == "application/json" {
            return readsJSONBodies ? Self.jsonObject(body) ?? [:] : [:]
        }
        if lowered.hasPrefix("multipart/form-data") {
            let multipart = try MultipartBody(contentType: contentType, body: body)
            var fields: [KalturaForm.Field] = []
            var json: OrderedDictionary<String, KalturaValue>?
            for part in multipart.parts {
                if let fileName = part.fileName {
                    files[part.name] = UploadedFile(fileName: fileName, contentType: part.contentType, bytes: part.bytes)
                } else if part.name == "json", readsJSONBodies {
                    json = Self.jsonObject(part.bytes)
                } else {
                    fields.append(KalturaForm.Field(name: part.name, value: String(decoding: part.bytes, as: UTF8.self)))
                }
            }
            if let json, !json.isEmpty { return json }
            return Self.form(fields)
        }
        if lowered.hasPrefix("application/x-www-form-urlencoded") {
            return Self.form(KalturaForm.fields(in: body))
        }
        return [:]
    }

    /// The members of a JSON object body, grouped like the server groups them; `nil` when the
    /// text is not a JSON object.
    static func jsonObject(_ bytes: [UInt8]) -> OrderedDictionary<String, KalturaValue>? {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x00, 0x0B]
        guard let first = bytes.firstIndex(where: { !whitespace.contains($0) }),
              let last = bytes.lastIndex(where: { !whitespace.contains($0) }),
              bytes[first] == UInt8(ascii: "{"), bytes[last] == UInt8(ascii: "}"),
              let value = try? KalturaJSON.decode(bytes[first...last])
        else { return nil }
        switch value {
        case .map(let entries):
            return KalturaForm.group(entries)
        case .object(let object):
            var entries = object.kalturaFields
            entries["objectType"] = .string(object.objectType)
            return KalturaForm.group(entries)
        case .null, .bool, .int, .float, .string, .array:
            return nil
        }
    }

    /// Form fields grouped into the parameter tree (the grouping drops names nested too deeply).
    static func form(_ fields: [KalturaForm.Field]) -> OrderedDictionary<String, KalturaValue> {
        KalturaForm.group(fields)
    }

    /// The `/key/value` pairs of a path below `/api_v3` (skipping `index.php`).
    static func pathPairs(_ path: String) -> [(String, String)] {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true).map { String($0).removingPercentEncoding ?? String($0) }
        if segments.first == "api_v3" { segments.removeFirst() }
        if segments.first == "index.php" { segments.removeFirst() }
        var pairs: [(String, String)] = []
        var index = 0
        while index + 1 < segments.count {
            pairs.append((segments[index], segments[index + 1]))
            index += 2
        }
        if index < segments.count, !segments[index].isEmpty {
            pairs.append((segments[index], ""))
        }
        return pairs
    }

    /// PHP's `array_replace_recursive`: maps merge key by key, anything else is replaced.
    static func replaceRecursively(_ base: inout OrderedDictionary<String, KalturaValue>,
                                   with overrides: OrderedDictionary<String, KalturaValue>) {
        for (key, value) in overrides {
            switch (base[key], value) {
            case (.map(var inner)?, .map(let replacement)):
                replaceRecursively(&inner, with: replacement)
                base[key] = .map(inner)
            case (.object(var inner)?, .map(let replacement)):
                replaceRecursively(&inner.kalturaFields, with: replacement)
                base[key] = .object(inner)
            case (.object(var inner)?, .object(let replacement)):
                inner.objectType = replacement.objectType
                replaceRecursively(&inner.kalturaFields, with: replacement.kalturaFields)
                base[key] = .object(inner)
            case (.map(let inner)?, .object(var replacement)):
                var merged = inner
                replaceRecursively(&merged, with: replacement.kalturaFields)
                replacement.kalturaFields = merged
                base[key] = .object(replacement)
            default:
                base[key] = value
            }
        }
    }
}
