/// The wire a client speaks: where each call goes and how its parameters are encoded, for single
/// calls and multirequests alike (``KalturaClient/wireFormat``).
///
/// Responses need no choice: the client reads every era's JSON (objects with or without
/// `objectType`, errors with or without it) whatever it sent.
public struct KalturaWireFormat: Sendable, Hashable {
    /// How request parameters are encoded.
    public enum Body: String, Sendable, Hashable {
        /// A JSON object with `Content-Type: application/json`; a multirequest's calls are members
        /// `"1"`…`"n"`; files go in `multipart/form-data` beside a `json` part.
        case json
        /// `application/x-www-form-urlencoded` with colon-flattened names (`entry:name=x`,
        /// `entry:tags__null=`, `entry:categories:-=`); a multirequest's calls are flat 1-based names
        /// (`1:service`, `1:entry:name`); files go in `multipart/form-data` beside one part per field.
        case form
    }

    /// Where a call is sent.
    public enum Endpoint: String, Sendable, Hashable {
        /// `/api_v3/service/X/action/Y`, and `/api_v3/service/multirequest`.
        case servicePath
        /// `/api_v3/index.php?service=X&action=Y`, and `/api_v3/index.php?service=multirequest`.
        case indexScript
    }

    /// How request parameters are encoded.
    public var body: Body
    /// Where calls are sent.
    public var endpoint: Endpoint

    /// Creates a wire format.
    public init(body: Body, endpoint: Endpoint) {
        self.body = body
        self.endpoint = endpoint
    }

    /// Today's wire: JSON to `/api_v3/service/X/action/Y`.
    public static let json = KalturaWireFormat(body: .json, endpoint: .servicePath)
    /// The wire every server reads: forms to `/api_v3/index.php?service=X&action=Y`.
    public static let form = KalturaWireFormat(body: .form, endpoint: .indexScript)

    /// The wire the servers of `era` read: JSON only when they read JSON bodies, and the
    /// `service/X/action/Y` path only when they answer it themselves (a redirect would turn the
    /// `POST` into a `GET` and lose the body).
    public init(era: KalturaServerEra) {
        self.init(body: era.readsJSONBodies ? .json : .form,
                  endpoint: era.servicePath == .rewritten ? .servicePath : .indexScript)
    }

    /// The format a setting stands for with a schema of `apiVersion` and `generatedDate`, and why.
    ///
    /// - Returns: The format, and a sentence saying how it was chosen, for logs.
    static func resolving(_ wire: KalturaWire, apiVersion: String?,
                          generatedDate: String?) -> (format: KalturaWireFormat, reason: String) {
        switch wire {
        case .json:
            return (.json, "set to json")
        case .form:
            return (.form, "set to form")
        case .era(let era):
            return (KalturaWireFormat(era: era), "set to the era of \(era)")
        case .automatic:
            let schema = "the schema's apiVersion \(apiVersion ?? "(none)") and generatedDate \(generatedDate ?? "(none)")"
            guard let era = KalturaServerEra.inferred(apiVersion: apiVersion, generatedDate: generatedDate) else {
                return (.form, "\(schema) do not date the server; the form wire is read by every version")
            }
            return (KalturaWireFormat(era: era), "\(schema) point to the era of \(era)")
        }
    }
}

extension KalturaWireFormat: CustomStringConvertible {
    /// `json to /api_v3/service/X/action/Y` or `form to /api_v3/index.php?service=X&action=Y`.
    public var description: String {
        let path = switch endpoint {
        case .servicePath: "/api_v3/service/X/action/Y"
        case .indexScript: "/api_v3/index.php?service=X&action=Y"
        }
        return "\(body.rawValue) to \(path)"
    }
}
