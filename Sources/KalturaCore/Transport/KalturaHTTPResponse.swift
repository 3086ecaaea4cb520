/// An HTTP response as a ``KalturaTransport`` returns it.
public struct KalturaHTTPResponse: Sendable, Hashable {
    /// The status code, such as 200 or 502.
    public var status: Int
    /// Header fields by name. Look them up with ``header(_:)``, which ignores case.
    public var headers: [String: String]
    /// The body, already decompressed.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the header called `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        if let value = headers[name] { return value }
        let lowered = name.lowercased()
        // The socket transport keeps names in lower case: found without a scan.
        if let value = headers[lowered] { return value }
        return headers.first { $0.key.lowercased() == lowered }?.value
    }
}
