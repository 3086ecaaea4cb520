extension KalturaForm {
    /// One `name=value` pair of a form body or query string, after percent-decoding.
    public struct Field: Sendable, Hashable {
        /// The flattened name, such as `filter:nameLike` or `pager:pageSize`.
        public var name: String
        /// The value text.
        public var value: String

        /// Creates a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }
}

extension KalturaForm.Field: CustomStringConvertible {
    /// `name=value`, without percent-encoding.
    public var description: String {
        "\(name)=\(value)"
    }
}
