extension Schema: CustomDebugStringConvertible, CustomReflectable {
    /// One line for `print`, the debugger and the REPL: version, generation date and what the schema
    /// holds, never the registry itself (a real schema has thousands of definitions).
    ///
    /// `Schema 22.15.0 (generated 2025-06-01): 120 services, 1400 actions, 900 classes, 600 enums, 80 plugins, 700 errors`
    public var debugDescription: String {
        var text = "Schema \(apiVersion ?? "of unknown version")"
        if let generatedDate { text += " (generated \(generatedDate))" }
        text += ": \(services.count) services, \(services.reduce(0) { $0 + $1.actions.count }) actions, "
            + "\(classes.count) classes, \(enums.count) enums, \(plugins.count) plugins, \(errors.count) errors"
        if !diagnostics.isEmpty { text += "; \(diagnostics.count) diagnostics" }
        if !unresolvedTypeNames.isEmpty { text += ", \(unresolvedTypeNames.count) unresolved type names" }
        return text
    }

    /// What `dump` shows: the version, the date and the counts, not the definitions.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "apiVersion": apiVersion as Any,
            "generatedDate": generatedDate as Any,
            "services": services.count,
            "classes": classes.count,
            "enums": enums.count,
            "plugins": plugins.count,
            "errors": errors.count,
            "diagnostics": diagnostics.count,
        ], displayStyle: .struct)
    }
}
