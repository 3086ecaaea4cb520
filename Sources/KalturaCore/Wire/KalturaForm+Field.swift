extension KalturaForm {
    /// One `name=value` pair of a form body or query string, after percent-decoding.
    package struct Field: Sendable, Hashable {
        /// The flattened name, such as `filter:nameLike` or `pager:pageSize`.
        package var name: String
        /// The value text.
        package var value: String

        /// Creates a field.
        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }
}

extension KalturaForm.Field: CustomStringConvertible {
    /// `name=value`, without percent-encoding.
    package var description: String {
        "\(name)=\(value)"
    }
}
