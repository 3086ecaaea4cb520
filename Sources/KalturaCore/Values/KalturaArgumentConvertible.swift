/// A Swift type that can be an argument of a dynamic call, such as `client.media.get(entryId: id)`.
///
/// Every ``KalturaValueConvertible`` type is one, and so is ``KalturaFile``. The compiler checks
/// the arguments: a value of any other type is a compile error, not a failure at run time. Conform
/// a value type through ``KalturaValueConvertible``, not this protocol.
public protocol KalturaArgumentConvertible {
    /// The argument to send.
    var kalturaArgument: KalturaArgument { get }
}

extension KalturaValueConvertible {
    /// The value, as ``KalturaArgument/value(_:)``.
    public var kalturaArgument: KalturaArgument { .value(kalturaValue) }
}

extension KalturaFile: KalturaArgumentConvertible {
    /// The file, as ``KalturaArgument/file(_:)``; pass it by the parameter's name.
    public var kalturaArgument: KalturaArgument { .file(self) }
}
