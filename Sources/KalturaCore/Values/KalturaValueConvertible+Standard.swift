import Foundation
import OrderedCollections

// MARK: - Standard library and Foundation types as Kaltura values

extension String: KalturaValueConvertible {
    /// The string as ``KalturaValue/string(_:)``.
    public var kalturaValue: KalturaValue { .string(self) }
}

extension Substring: KalturaValueConvertible {
    /// The text as ``KalturaValue/string(_:)``.
    public var kalturaValue: KalturaValue { .string(String(self)) }
}

extension Character: KalturaValueConvertible {
    /// The character as a one-character ``KalturaValue/string(_:)``.
    public var kalturaValue: KalturaValue { .string(String(self)) }
}

extension Bool: KalturaValueConvertible {
    /// The boolean as ``KalturaValue/bool(_:)``.
    public var kalturaValue: KalturaValue { .bool(self) }
}

extension Int: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(self) }
}

extension Int8: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(Int(self)) }
}

extension Int16: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(Int(self)) }
}

extension Int32: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(Int(self)) }
}

extension Int64: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(Int(self)) }
}

extension UInt16: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(Int(self)) }
}

extension UInt32: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``.
    public var kalturaValue: KalturaValue { .int(Int(self)) }
}

extension UInt: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``, or as ``KalturaValue/float(_:)`` above `Int.max`.
    public var kalturaValue: KalturaValue { Int(exactly: self).map(KalturaValue.int) ?? .float(Double(self)) }
}

extension UInt64: KalturaValueConvertible {
    /// The integer as ``KalturaValue/int(_:)``, or as ``KalturaValue/float(_:)`` above `Int.max`.
    public var kalturaValue: KalturaValue { Int(exactly: self).map(KalturaValue.int) ?? .float(Double(self)) }
}

extension Double: KalturaValueConvertible {
    /// The number as ``KalturaValue/float(_:)``.
    public var kalturaValue: KalturaValue { .float(self) }
}

extension Float: KalturaValueConvertible {
    /// The number as ``KalturaValue/float(_:)``.
    public var kalturaValue: KalturaValue { .float(Double(self)) }
}

extension Date: KalturaValueConvertible {
    /// The time as whole Unix seconds, the schema's `isTime` form.
    public var kalturaValue: KalturaValue { .int(Int(timeIntervalSince1970.rounded())) }
}

extension URL: KalturaValueConvertible {
    /// The URL's absolute string.
    public var kalturaValue: KalturaValue { .string(absoluteString) }
}

extension Optional: KalturaArgumentConvertible where Wrapped: KalturaValueConvertible {}

extension Optional: KalturaValueConvertible where Wrapped: KalturaValueConvertible {
    /// The wrapped value, or ``KalturaValue/null`` for `nil`: `nil` clears a field.
    public var kalturaValue: KalturaValue { self?.kalturaValue ?? .null }
}

extension Array: KalturaArgumentConvertible where Element: KalturaValueConvertible {}

extension Array: KalturaValueConvertible where Element: KalturaValueConvertible {
    /// The elements, in order, as ``KalturaValue/array(_:)``.
    public var kalturaValue: KalturaValue { .array(map(\.kalturaValue)) }
}

extension OrderedDictionary: KalturaArgumentConvertible where Key == String, Value: KalturaValueConvertible {}

extension OrderedDictionary: KalturaValueConvertible where Key == String, Value: KalturaValueConvertible {
    /// The entries, in order: an ``KalturaValue/object(_:)`` when there is an `"objectType"` string,
    /// a ``KalturaValue/map(_:)`` otherwise.
    public var kalturaValue: KalturaValue { KalturaValue(entries: mapValues(\.kalturaValue)) }
}

extension RawRepresentable where Self: KalturaValueConvertible, RawValue: KalturaValueConvertible {
    /// The raw value, so an enum of Kaltura constants only declares the conformance:
    /// `enum Status: String, KalturaValueConvertible { case ready = "2" }`.
    public var kalturaValue: KalturaValue { rawValue.kalturaValue }
}
