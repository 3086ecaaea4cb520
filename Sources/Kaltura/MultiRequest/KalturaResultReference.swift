/// The future result of a call recorded in a multirequest, or a value inside it, to pass as an
/// argument of a later call of the same multirequest.
///
/// Recording a call returns its reference. Members and integer subscripts build a path into the
/// result; the server fills the value in when it runs the multirequest:
///
/// ```swift
/// let results = try await client.multirequest { batch in
///     let page = batch.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "x"])
///     batch.media.get(entryId: page.objects[0].id)    // sent as "{1:result:objects:0:id}"
///     batch.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "idIn": KalturaValue(page.objects[0].id)])
/// }
/// ```
///
/// As an argument, a reference is sent as the token `{N:result}` or `{N:result:path:segments}`,
/// where N is the 1-based position of the referenced call in its multirequest. Use a reference
/// only in the multirequest that made it, and only in calls recorded after the one it refers to.
/// The path must end at a scalar: the server refuses a dependent call whose value is missing, empty
/// or zero (`MISSING_MANDATORY_PARAMETER`), and reports that error in that call's slot.
///
/// The reference has no members of its own besides ``kalturaValue`` and ``kalturaArgument``, so
/// every field name (`description` included) extends the path. Pass it as an argument directly
/// (`entryId: entry.id`); inside a literal, write `KalturaValue(entry.id)`.
@dynamicMemberLookup
public struct KalturaResultReference: Sendable, Hashable {
    /// The 1-based position of the referenced call in its multirequest.
    let ordinal: Int
    /// The names and indices leading into the result.
    let path: [String]

    init(ordinal: Int, path: [String]) {
        self.ordinal = ordinal
        self.path = path
    }

    /// A reference to the whole result of the call at `position` (1-based), for multirequests
    /// built from ``KalturaCall``s; the closure form hands references out as calls are recorded.
    public init(call position: Int) {
        self.init(ordinal: position, path: [])
    }

    /// The member called `name` of the result: `entry.id`, `page.totalCount`.
    public subscript(dynamicMember name: String) -> KalturaResultReference {
        KalturaResultReference(ordinal: ordinal, path: path + [name])
    }

    /// The member called `name` of the result, for names that are not identifiers.
    public subscript(name: String) -> KalturaResultReference {
        KalturaResultReference(ordinal: ordinal, path: path + [name])
    }

    /// The element at `index` of an array in the result: `page.objects[0]`.
    public subscript(index: Int) -> KalturaResultReference {
        KalturaResultReference(ordinal: ordinal, path: path + [String(index)])
    }
}

extension KalturaResultReference: KalturaValueConvertible {
    /// The token the server replaces: `{1:result}`, `{1:result:objects:0:id}`.
    public var kalturaValue: KalturaValue {
        .string("{" + ([String(ordinal), "result"] + path).joined(separator: ":") + "}")
    }
}

extension KalturaResultReference {
    /// A result token found in an argument string, as the server finds it: `{`, digits, `:result`,
    /// then `}` or a `:`-separated path up to the string's last `}`.
    struct Token: Hashable {
        /// The token as written.
        var text: String
        /// The 1-based position of the call it refers to.
        var ordinal: Int
        /// Whether the token is the whole string, so the server replaces the whole value.
        var isWholeValue: Bool
    }

    /// The first result token in `text`, or `nil` when there is none.
    static func token(in text: String) -> Token? {
        guard let last = text.lastIndex(of: "}") else { return nil }
        var start = text.startIndex
        while let open = text[start..<last].firstIndex(of: "{") {
            let digits = text[text.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
            let marker = text[digits.endIndex...]
            if let ordinal = Int(digits), marker.hasPrefix(":result:") || marker.hasPrefix(":result}") {
                return Token(text: String(text[open...last]), ordinal: ordinal,
                             isWholeValue: open == text.startIndex && last == text.index(before: text.endIndex))
            }
            start = text.index(after: open)
        }
        return nil
    }

    /// Which results one call of a multirequest may refer to: those of the calls before it.
    struct Scope: Sendable, Hashable {
        /// The 1-based position of the call.
        var position: Int
        /// How many calls the multirequest has.
        var count: Int

        /// Why `token` cannot be used in the call, or `nil` when it can.
        func problem(with token: Token) -> KalturaValidationIssue.Kind? {
            guard token.ordinal < 1 || token.ordinal >= position else { return nil }
            return .unavailableReference(token: token.text, ordinal: token.ordinal, position: position, count: count)
        }
    }
}
