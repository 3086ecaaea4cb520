import KalturaCore

/// Checks a KS the way the server does: strict base64, V1 signature or V2 decryption with the
/// partner's admin secret, then the expiry and `session.end`. Every failure is `INVALID_KS`
/// with the server's code and description (`-1,INVALID_STR`, `-2,INVALID_PARTNER`,
/// `-5,EXPIRED`, `-6,LOGOUT`).
struct SessionAuthenticator: Sendable {
    let partners: PartnerRegistry
    let errors: EmulatorErrors

    /// The verified session for `ks` at time `now`.
    func authenticate(_ ks: String, now: Int, isEnded: Bool) throws(KalturaAPIError) -> KalturaSession {
        let session: KalturaSession
        do throws(KalturaSessionError) {
            let token = try KalturaSessionToken.decode(ks)
            guard let partner = partners[token.partnerId] else {
                throw KalturaSessionError.invalidPartner(partnerId: token.partnerId)
            }
            session = try token.open(withSecrets: [partner.adminSecret])
            try session.validate(at: now)
        } catch {
            throw invalid(ks, code: error.serverCode, description: error.serverDescription)
        }
        if isEnded {
            throw invalid(ks, code: -6, description: "LOGOUT")
        }
        return session
    }

    private func invalid(_ ks: String, code: Int, description: String) -> KalturaAPIError {
        errors.make("INVALID_KS", ks, String(code), description)
    }
}
