import KalturaSchema

/// Readable descriptions of schema definitions for `kaltura schema describe` and the shell.
///
/// The text comes from ``SchemaDescriber`` in KalturaSchema, which the client's proxies share; this
/// keeps the CLI's call sites unchanged.
enum SchemaDescription {
    /// The description of whatever `name` names in `schema`, or `nil`.
    static func describe(_ name: String, in schema: Schema) -> String? {
        SchemaDescriber(schema: schema).describe(name)
    }

    /// Every name ``describe(_:in:)`` knows, for suggestions.
    static func allNames(in schema: Schema) -> [String] {
        SchemaDescriber(schema: schema).allNames
    }
}
