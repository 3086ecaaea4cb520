import OrderedCollections

// MARK: - Literal conformances

extension KalturaValue: ExpressibleByNilLiteral {
    /// Creates ``null`` from `nil`.
    ///
    /// Where the context is a `KalturaValue?` property or subscript (for example
    /// `object["name"] = nil`), `nil` means "absent" instead; write `.null` there to send an
    /// explicit null. An argument of a dynamic call is different: `tags: nil` is always a null.
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension KalturaValue: ExpressibleByBooleanLiteral {
    /// Creates a ``bool(_:)`` value.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension KalturaValue: ExpressibleByIntegerLiteral {
    /// Creates an ``int(_:)`` value.
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension KalturaValue: ExpressibleByFloatLiteral {
    /// Creates a ``float(_:)`` value.
    public init(floatLiteral value: Double) {
        self = .float(value)
    }
}

extension KalturaValue: ExpressibleByStringLiteral {
    /// Creates a ``string(_:)`` value.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension KalturaValue: ExpressibleByArrayLiteral {
    /// Creates an ``array(_:)`` value.
    public init(arrayLiteral elements: KalturaValue...) {
        self = .array(elements)
    }
}

extension KalturaValue: ExpressibleByDictionaryLiteral {
    /// Creates an ``object(_:)`` when the literal has an `"objectType"` key with a string
    /// value, and a ``map(_:)`` otherwise. Order is kept; a repeated key keeps its first
    /// position and its last value.
    public init(dictionaryLiteral elements: (String, KalturaValue)...) {
        var entries = OrderedDictionary<String, KalturaValue>(minimumCapacity: elements.count)
        for (key, value) in elements {
            entries[key] = value
        }
        self.init(entries: entries)
    }

    /// Creates an ``object(_:)`` when `entries` has an `"objectType"` key with a string
    /// value (which is removed from the fields), and a ``map(_:)`` otherwise.
    public init(entries: OrderedDictionary<String, KalturaValue>) {
        if case .string(let objectType)? = entries["objectType"] {
            var fields = entries
            fields.removeValue(forKey: "objectType")
            self = .object(KalturaObject(objectType: objectType, fields: fields))
        } else {
            self = .map(entries)
        }
    }
}
