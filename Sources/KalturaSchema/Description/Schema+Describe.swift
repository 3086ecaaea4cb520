extension Schema {
    /// A readable description of whatever `name` names (service, action, class, enum, plugin or
    /// error; see ``SchemaDescriber``), or `nil` when it names nothing in this schema.
    ///
    /// `schema.describe("media.list")` gives what `kaltura schema describe media.list` prints.
    public func describe(_ name: String) -> String? {
        SchemaDescriber(schema: self).describe(name)
    }
}
