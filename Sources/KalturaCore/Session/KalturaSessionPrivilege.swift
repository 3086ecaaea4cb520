/// One privilege of a Kaltura session, such as `sview:0_abc` or `disableentitlement`.
///
/// A privilege without a value (`disableentitlement`) has an empty ``value``. List values keep
/// Kaltura's `/` delimiter; use ``listValues`` to split them.
public struct KalturaSessionPrivilege: Sendable, Hashable {
    /// The privilege name, for example `privacycontext`.
    public var name: String
    /// The privilege value, or an empty string when the privilege has none.
    public var value: String

    /// Creates a privilege.
    /// - Parameters:
    ///   - name: The privilege name.
    ///   - value: The privilege value; empty when the privilege has none.
    public init(name: String, value: String = "") {
        self.name = name
        self.value = value
    }

    /// The value split on Kaltura's list delimiter `/`, for privileges such as `sview:0_a/0_b`.
    ///
    /// An empty value gives an empty array.
    public var listValues: [String] {
        value.isEmpty ? [] : value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    /// The privilege as it appears in a privileges string: `name:value`, or `name` when the value is empty.
    public var formatted: String {
        value.isEmpty ? name : "\(name):\(value)"
    }

    /// Parses a comma-separated privileges string the way the official clients do before they
    /// build a V2 KS.
    ///
    /// Each item is trimmed and empty items are skipped. `*` stands for `all:*`. An item is split
    /// on its first `:`; an item without `:` gets an empty value. A repeated name keeps the
    /// position of its first occurrence and the value of its last one.
    ///
    /// - Parameter privileges: A string such as `disableentitlement,privacycontext:abc`.
    /// - Returns: The privileges in order.
    public static func parseList(_ privileges: String) -> [KalturaSessionPrivilege] {
        var fields = KalturaSessionFields()
        // Split on Unicode scalars, as the server splits on bytes: a "," followed by a combining
        // mark is one Swift Character, and must still separate two privileges.
        for var item in privileges.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false) {
            while item.first?.properties.isWhitespace == true { item.removeFirst() }
            while item.last?.properties.isWhitespace == true { item.removeLast() }
            if item.isEmpty { continue }
            let privilege = String(item) == "*" ? "all:*"[...].unicodeScalars : item
            if let colon = privilege.firstIndex(of: ":") {
                fields[String(privilege[..<colon])] = String(privilege[privilege.index(after: colon)...])
            } else {
                fields[String(privilege)] = ""
            }
        }
        return fields.pairs.map { KalturaSessionPrivilege(name: $0.name, value: $0.value) }
    }
}
