import OrderedCollections

// MARK: - Lenient accessors

extension KalturaValue {
    /// Whether this is the explicit ``null`` value.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as a string, converting scalars the way they are written on the wire.
    ///
    /// Integers are written in decimal, floats in their shortest round-tripping form and
    /// booleans as `"1"` or `"0"`. `nil` for `.null`, arrays, maps and objects.
    public var stringValue: String? {
        switch self {
        case .string(let string): return string
        case .int(let int): return String(int)
        case .float(let double): return double.description
        case .bool(let bool): return bool ? "1" : "0"
        case .null, .array, .map, .object: return nil
        }
    }

    /// The value as an integer.
    ///
    /// Accepts `.int`, a `.float` holding an integral value, a `.bool` (1 or 0), and a string
    /// holding a decimal integer such as `"12"` or `"-3"` (or an integral float such as `"12.0"`).
    /// `nil` when there is no exact integer.
    public var intValue: Int? {
        switch self {
        case .int(let int): return int
        case .float(let double): return Int(exactly: double)
        case .bool(let bool): return bool ? 1 : 0
        case .string(let string):
            if let int = Int(string) { return int }
            if let double = Double(string), double.isFinite { return Int(exactly: double) }
            return nil
        case .null, .array, .map, .object: return nil
        }
    }

    /// The value as a floating-point number: the accessor of ``float(_:)``, named after the schema's
    /// `float` type like the other accessors are named after their cases; a Kaltura float is a
    /// `Double`.
    ///
    /// Accepts `.float`, `.int`, `.bool` (1 or 0) and numeric strings such as `"1.5"`.
    /// Strings that spell a non-finite number (`"nan"`, `"inf"`) give `nil`.
    public var floatValue: Double? {
        switch self {
        case .float(let double): return double
        case .int(let int): return Double(int)
        case .bool(let bool): return bool ? 1 : 0
        case .string(let string):
            guard let double = Double(string), double.isFinite else { return nil }
            return double
        case .null, .array, .map, .object: return nil
        }
    }

    /// The value as a boolean, with the Kaltura server's casting rules.
    ///
    /// A string is false when it is `"false"` (any case), `""` or `"0"`, and true otherwise.
    /// Numbers are true when non-zero. `nil` for `.null`, arrays, maps and objects.
    public var boolValue: Bool? {
        switch self {
        case .bool(let bool): return bool
        case .int(let int): return int != 0
        case .float(let double): return double != 0
        case .string(let string):
            return !(string.isEmpty || string == "0" || string.lowercased() == "false")
        case .null, .array, .map, .object: return nil
        }
    }

    /// The elements of a list.
    ///
    /// Besides `.array`, accepts a map whose keys are all non-negative integers (the
    /// `{"0": …, "1": …}` form the server accepts for arrays); its values come back in
    /// ascending key order. `nil` for everything else.
    public var arrayValue: [KalturaValue]? {
        switch self {
        case .array(let array):
            return array
        case .map(let map):
            var indexed: [(index: Int, value: KalturaValue)] = []
            indexed.reserveCapacity(map.count)
            for (key, value) in map {
                guard let index = Int(key), index >= 0, String(index) == key else { return nil }
                indexed.append((index, value))
            }
            indexed.sort { $0.index < $1.index }
            return indexed.map(\.value)
        case .null, .bool, .int, .float, .string, .object:
            return nil
        }
    }

    /// The object, when this is `.object`.
    public var objectValue: KalturaObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The entries of an associative map.
    ///
    /// Also accepts an empty array, because the server encodes an empty map as `[]`.
    /// `nil` for everything else, including objects.
    public var mapValue: OrderedDictionary<String, KalturaValue>? {
        switch self {
        case .map(let map): return map
        case .array(let array) where array.isEmpty: return [:]
        case .null, .bool, .int, .float, .string, .array, .object: return nil
        }
    }

    /// The member named `key` of a map or an object.
    ///
    /// For an object, the key `"objectType"` gives the object's type as a string.
    /// `nil` for other values or when there is no such member.
    public subscript(key: String) -> KalturaValue? {
        switch self {
        case .map(let map): return map[key]
        case .object(let object): return object[key]
        case .null, .bool, .int, .float, .string, .array: return nil
        }
    }

    /// The element of a list at `index`, or `nil` when out of bounds or not a list.
    public subscript(index: Int) -> KalturaValue? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }
}
