extension KalturaJSON {
    /// How a map or object member whose value is ``KalturaValue/null`` is written.
    ///
    /// A null that is not a member (the whole value, or an array element) is always
    /// written as JSON `null`.
    public enum NullStyle: Sendable, Hashable {
        /// `"name__null":""`: the marker the Kaltura server reads as "clear this property".
        case kalturaNullMarker
        /// The member is left out, as the server does in responses.
        case omit
        /// `"name":null`. Do not send this to the server: it reads `null` as `""` or `0`.
        case jsonNull
    }

    /// How an empty ``KalturaValue/map(_:)`` is written.
    public enum EmptyMapStyle: Sendable, Hashable {
        /// `{}`.
        case object
        /// `[]`, as PHP's `json_encode` writes an empty associative array.
        case array
    }

    /// Where an object's `"objectType"` member goes.
    public enum ObjectTypePlacement: Sendable, Hashable {
        /// Before the fields, as the official clients send it.
        case first
        /// After the fields, as the server writes it.
        case last
    }

    /// Choices for ``KalturaJSON/encode(_:options:)-(KalturaValue,_)``.
    public struct EncodingOptions: Sendable, Hashable {
        /// How map and object members that are ``KalturaValue/null`` are written.
        public var nullStyle: NullStyle
        /// How empty maps are written.
        public var emptyMapStyle: EmptyMapStyle
        /// Where `"objectType"` goes in an object.
        public var objectTypePlacement: ObjectTypePlacement

        /// Creates options. The defaults give output that decodes back to an equal value.
        ///
        /// - Parameters:
        ///   - nullStyle: Defaults to ``NullStyle/jsonNull``.
        ///   - emptyMapStyle: Defaults to ``EmptyMapStyle/object``.
        ///   - objectTypePlacement: Defaults to ``ObjectTypePlacement/last``.
        public init(
            nullStyle: NullStyle = .jsonNull,
            emptyMapStyle: EmptyMapStyle = .object,
            objectTypePlacement: ObjectTypePlacement = .last
        ) {
            self.nullStyle = nullStyle
            self.emptyMapStyle = emptyMapStyle
            self.objectTypePlacement = objectTypePlacement
        }

        /// For request bodies: nulls as `name__null`, `objectType` first, empty maps `{}`.
        public static let request = EncodingOptions(
            nullStyle: .kalturaNullMarker, emptyMapStyle: .object, objectTypePlacement: .first)

        /// As the server writes responses: nulls omitted, `objectType` last, empty maps `[]`.
        public static let response = EncodingOptions(
            nullStyle: .omit, emptyMapStyle: .array, objectTypePlacement: .last)
    }
}
