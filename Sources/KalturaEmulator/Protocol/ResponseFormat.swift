import KalturaCore

/// The `format` request parameter: how the result is written.
enum ResponseFormat: Sendable, Hashable {
    /// `format=1`: the bare JSON value.
    case json
    /// `format=2` (and the default): the XML document.
    case xml
    /// `format=9`: JSON wrapped in the `callback` function.
    case jsonp

    /// Reads the parameter; anything but 1 and 9 is XML, the server's default.
    init(_ value: KalturaValue?) {
        switch value?.intValue {
        case 1: self = .json
        case 9: self = .jsonp
        default: self = .xml
        }
    }
}
