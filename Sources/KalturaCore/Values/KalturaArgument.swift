/// One argument of a dynamic call, as the proxies receive it: a value, or a file for a `file`
/// parameter.
///
/// You rarely write one: pass a ``KalturaValueConvertible`` value or a ``KalturaFile``, and the
/// call converts it through ``KalturaArgumentConvertible/kalturaArgument``.
public enum KalturaArgument: Sendable, Hashable {
    /// A value, sent in the request's parameters.
    case value(KalturaValue)

    /// A file, sent as its own `multipart/form-data` part under the parameter's name.
    case file(KalturaFile)
}
