import Foundation

// MARK: - Reading results by member name

extension KalturaValue {
    /// The member called `name` of an object or map, so results read like the objects they are:
    ///
    /// ```swift
    /// let entry = try await client.media.get(entryId: "0_abc")
    /// entry.name?.stringValue      // "Intro"
    /// entry.createdAt?.dateValue   // a Date
    /// ```
    ///
    /// `nil` when there is no such member or the value is not an object or map. `KalturaValue`'s
    /// own members use names no Kaltura class gives a property, so `entry.description` is the
    /// field; the one exception is `hash` (Swift's `Hashable` requirement): write `object["hash"]`.
    public subscript(dynamicMember name: String) -> KalturaValue? {
        self[name]
    }

    /// A Unix time in seconds (the schema's `isTime` fields) as a `Date`.
    ///
    /// Accepts what ``intValue`` and ``floatValue`` accept; `nil` otherwise.
    public var dateValue: Date? {
        floatValue.map { Date(timeIntervalSince1970: $0) }
    }
}
