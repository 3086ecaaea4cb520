/// The client never follows a redirect: a `POST` redirected loses its body, and another host
/// would receive the KS. Every transport of this module ends a redirect the same way.
enum KalturaRedirect {
    /// Throws ``KalturaClientError/redirected(url:status:location:)`` for a 3xx status other
    /// than 304; `location` loses its query, which may hold a KS.
    static func refuse(status: Int, location: String?, url: String) throws(KalturaClientError) {
        guard (300..<400).contains(status), status != 304 else { return }
        let shown = location.map { location in
            location.firstIndex(of: "?").map { String(location[..<$0]) } ?? location
        }
        throw .redirected(url: url, status: status, location: shown)
    }
}
