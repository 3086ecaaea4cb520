extension KalturaValue: CustomReflectable {
    /// What `dump`, the debugger and the REPL show: scalars as one line, containers by their
    /// elements, with members that hold credentials (`ks`, `password`, `adminSecret`, …) and any
    /// KS-shaped text redacted. The value itself is unchanged: ``stringValue`` reads a KS a call returned.
    public var customMirror: Mirror {
        switch self {
        case .object(let object):
            return object.customMirror
        case .map(let entries):
            return Mirror(self, children: KalturaObject.shownChildren(of: entries), displayStyle: .dictionary)
        case .array(let elements):
            return Mirror(self, unlabeledChildren: elements, displayStyle: .collection)
        case .null, .bool, .int, .float, .string:
            return Mirror(self, children: [])
        }
    }
}

extension KalturaObject: CustomReflectable {
    /// What `dump`, the debugger and the REPL show: `objectType` first, then each field by name,
    /// with credentials redacted as for ``KalturaValue``.
    public var customMirror: Mirror {
        let typeChild: (label: String?, value: Any) = ("objectType", objectType)
        return Mirror(self, children: [typeChild] + Self.shownChildren(of: kalturaFields), displayStyle: .struct)
    }

    /// Fields as mirror children, a sensitive member's value replaced with the placeholder.
    static func shownChildren(of fields: some Sequence<(key: String, value: KalturaValue)>) -> [(label: String?, value: Any)] {
        fields.map { field in
            let sensitive = KalturaRedaction.isSensitive(name: field.key) && !field.value.isNull
            return (field.key, sensitive ? KalturaValue.string(KalturaRedaction.placeholder) : field.value)
        }
    }
}
