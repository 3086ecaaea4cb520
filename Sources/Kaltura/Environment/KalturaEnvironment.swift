import Foundation

/// The connection settings a script takes from its environment, so that it need not spell them
/// out on every command:
///
/// | variable | meaning |
/// |---|---|
/// | `KALTURA_SERVICE_URL` | the server, such as `https://www.kaltura.com` |
/// | `KALTURA_PARTNER_ID` | the partner id |
/// | `KALTURA_KS` | a session to send |
/// | `KALTURA_ADMIN_SECRET` | the partner's admin secret: an admin session is generated for each run |
///
/// ```swift
/// let environment = try KalturaEnvironment()
/// let client = try await KalturaClient(configuration: KalturaClient.Configuration(environment: environment))
/// client.ks = try environment.session(for: client)
/// ```
///
/// The `kaltura` tool reads the same variables when no flag says otherwise; flags win. The KS and
/// the secret are redacted wherever the environment is printed or dumped, like any other secret.
public struct KalturaEnvironment: Sendable, Hashable {
    /// `KALTURA_SERVICE_URL`.
    public static let serviceURLVariable = "KALTURA_SERVICE_URL"
    /// `KALTURA_PARTNER_ID`.
    public static let partnerIdVariable = "KALTURA_PARTNER_ID"
    /// `KALTURA_KS`.
    public static let sessionVariable = "KALTURA_KS"
    /// `KALTURA_ADMIN_SECRET`.
    public static let adminSecretVariable = "KALTURA_ADMIN_SECRET"

    /// The server's service URL, when set.
    public var serviceURL: URL?
    /// The partner id, when set.
    public var partnerId: Int?
    /// The session, when set.
    public var ks: String?
    /// The admin secret, when set.
    public var adminSecret: String?

    /// Reads the variables from `variables` (the process environment by default); empty ones
    /// count as unset.
    ///
    /// - Throws: ``KalturaEnvironmentError`` when `KALTURA_SERVICE_URL` is not an http or https
    ///   URL or `KALTURA_PARTNER_ID` is not a number; the message names the variable, and never
    ///   repeats a KS or a secret.
    public init(_ variables: [String: String] = ProcessInfo.processInfo.environment) throws(KalturaEnvironmentError) {
        func value(_ name: String) -> String? {
            guard let text = variables[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return text
        }
        if let text = value(Self.serviceURLVariable) {
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw KalturaEnvironmentError(variable: Self.serviceURLVariable,
                                              problem: "'\(text)' is not an http or https URL, such as https://www.kaltura.com")
            }
            serviceURL = url
        }
        if let text = value(Self.partnerIdVariable) {
            guard let number = Int(text) else {
                throw KalturaEnvironmentError(variable: Self.partnerIdVariable, problem: "'\(text)' is not a partner id (a number)")
            }
            partnerId = number
        }
        ks = value(Self.sessionVariable)
        adminSecret = value(Self.adminSecretVariable)
    }

    /// Settings given directly rather than read.
    public init(serviceURL: URL? = nil, partnerId: Int? = nil, ks: String? = nil, adminSecret: String? = nil) {
        self.serviceURL = serviceURL
        self.partnerId = partnerId
        self.ks = ks
        self.adminSecret = adminSecret
    }
}
