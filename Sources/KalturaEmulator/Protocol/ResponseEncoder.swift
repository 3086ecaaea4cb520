import KalturaCore

/// Writes a call outcome in the requested format, as the server's serializers do; JSON in the
/// shape of the emulated servers' era.
struct ResponseEncoder: Sendable {
    /// The era's JSON shape.
    var shaper = EraJSONShaper(era: .current)

    /// An encoded response body and its content type.
    struct Encoded: Sendable {
        var contentType: String
        var body: [UInt8]
    }

    /// Encodes `result`.
    ///
    /// - JSON: the bare value, `objectType` last in every object, nulls left out.
    /// - XML: `<?xml …?><xml><result>…</result><executionTime>…</executionTime></xml>`.
    /// - JSONP: `callback(json);`.
    func encode(_ result: KalturaResult, format: ResponseFormat, executionTime: Double,
                ignoreNull: Bool, callback: String?) -> Encoded {
        switch format {
        case .json:
            return Encoded(contentType: "application/json", body: json(result))
        case .jsonp:
            let json = json(result)
            let name = Self.sanitizedCallback(callback)
            return Encoded(contentType: "application/javascript", body: Array(name.utf8) + [UInt8(ascii: "(")] + json + Array(");".utf8))
        case .xml:
            let document = KalturaXMLResponse.document(for: result, executionTime: executionTime, ignoreNull: ignoreNull)
            return Encoded(contentType: "text/xml", body: Array(document.utf8))
        }
    }

    private func json(_ result: KalturaResult) -> [UInt8] {
        guard shaper.needsShaping else { return KalturaJSON.encode(result, options: .response) }
        return KalturaJSON.encode(shaper.shape(result), options: .response)
    }

    /// The callback name restricted to characters safe in a script (`[A-Za-z0-9_.$]`).
    private static func sanitizedCallback(_ callback: String?) -> String {
        let allowed = (callback ?? "").unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." || $0 == "$")
        }
        let name = String(String.UnicodeScalarView(allowed))
        return name.isEmpty ? "callback" : name
    }
}
