/// Which wire a client speaks to its server: chosen from the schema (``automatic``), named by a
/// server era, or forced.
///
/// Servers of different periods read different requests (see ``KalturaServerEra``): only servers
/// from Jupiter-10.21.0 (October 2015) on read JSON bodies, and only those from Kajam-11.0.0
/// (November 2015) on answer `/api_v3/service/X/action/Y` themselves. A form body posted to
/// `/api_v3/index.php?service=X&action=Y` is read by every version. The client turns the setting
/// into a ``KalturaWireFormat`` once, when it is created (``KalturaClient/wireFormat``).
///
/// ```swift
/// var configuration = KalturaClient.Configuration(serviceURL: url)
/// configuration.wire = .era(KalturaServerEra(name: "2013")!)   // a server of 2013
/// configuration.wire = .form                                    // whatever the schema says
/// ```
public enum KalturaWire: Sendable, Hashable {
    /// The wire of the era the schema's `apiVersion` and `generatedDate` point to
    /// (``KalturaServerEra/inferred(apiVersion:generatedDate:)``); the form wire, which every server
    /// reads, when they leave doubt.
    case automatic
    /// The wire the servers of an era read.
    case era(KalturaServerEra)
    /// Today's wire: JSON bodies posted to `/api_v3/service/X/action/Y`.
    case json
    /// The wire of the official clients of 2011–2014, read by every server version: colon-flattened
    /// form bodies (multipart with form fields for files) posted to `/api_v3/index.php?service=X&action=Y`.
    case form

    /// The setting named by `name`, as `kaltura call --wire` takes it: `auto` (or `automatic`),
    /// `json`, `form`, or an era's name for ``KalturaServerEra/init(name:)`` (`2011`, `2013-10`,
    /// `current`); `nil` for anything else.
    public init?(name: String) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "auto", "automatic": self = .automatic
        case "json": self = .json
        case "form": self = .form
        default:
            guard let era = KalturaServerEra(name: name) else { return nil }
            self = .era(era)
        }
    }
}

extension KalturaWire: CustomStringConvertible {
    /// `automatic`, `json`, `form`, or `era 2013-10-01 (IX-9.6.0)`.
    public var description: String {
        switch self {
        case .automatic: "automatic"
        case .era(let era): "era \(era)"
        case .json: "json"
        case .form: "form"
        }
    }
}
