extension KalturaClient.Configuration {
    /// A configuration for the server and partner of `environment`.
    ///
    /// - Throws: ``KalturaEnvironmentError`` when `KALTURA_SERVICE_URL` is not set.
    public init(environment: KalturaEnvironment, clientTag: String = "swift-kaltura") throws(KalturaEnvironmentError) {
        guard let serviceURL = environment.serviceURL else {
            throw KalturaEnvironmentError(variable: KalturaEnvironment.serviceURLVariable,
                                          problem: "not set; it names the server, such as https://www.kaltura.com")
        }
        self.init(partnerId: environment.partnerId, serviceURL: serviceURL, clientTag: clientTag)
    }
}

extension KalturaEnvironment {
    /// The session this environment provides for `client`: `KALTURA_KS` when set, else an admin
    /// session generated with `KALTURA_ADMIN_SECRET` (for a day) and the client's partner, else `nil`.
    ///
    /// (A method of the environment, not of the client: a client member named `session` would
    /// hide the `session` service.)
    ///
    /// - Throws: ``KalturaClientError/missingPartnerId`` when a session must be generated and the
    ///   client's configuration has no partner id.
    public func session(for client: KalturaClient) throws -> String? {
        if let ks { return ks }
        guard let adminSecret else { return nil }
        return try client.generateSession(adminSecret: adminSecret, type: .admin)
    }
}
