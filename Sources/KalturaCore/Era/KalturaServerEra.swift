import Foundation

/// How Kaltura servers of one period speak the API v3 wire: what request bodies they read,
/// what `/api_v3/service/X/action/Y` does, how JSON responses and errors look, and how a
/// multirequest is sent.
///
/// The periods come from kaltura/server's history (see the README's compatibility section and
/// `kaltura-wire-protocol.md`, "The wire by server era"). An era is found from a date with
/// ``init(date:)``, from a schema's root attributes with ``inferred(apiVersion:generatedDate:)``,
/// or from a name such as `2011`, `2013-10` or `current` with ``init(name:)``.
///
/// The client uses an era to choose its wire; the emulator uses one to behave like the
/// servers of that period. (Jupiter-10.10 to 10.12 also left null fields out of responses; no era
/// models that, because a reader that tolerates missing fields handles it.)
public struct KalturaServerEra: Sendable, Hashable, CustomStringConvertible {
    /// What a server does with a request to `/api_v3/service/X/action/Y`.
    public enum ServicePath: String, Sendable, Hashable {
        /// No such URL: 404 (before the Apache rule of 2012-09-11).
        case notFound
        /// A permanent redirect (301) to the `index.php` form: a POST becomes a GET and loses its body.
        case movedPermanently
        /// Rewritten inside the server and answered like `index.php?service=X&action=Y` (Kajam-11.0.0 on).
        case rewritten
    }

    /// Which objects of a JSON response carry an `objectType` field.
    public enum ObjectTyping: String, Sendable, Hashable {
        /// None: objects are plain maps, typed only by the action's declared result.
        case none
        /// The top-level result only.
        case topLevel
        /// Every object, nested ones too.
        case everyObject
    }

    /// The shape of a JSON error response (always with HTTP status 200).
    public enum ErrorShape: String, Sendable, Hashable {
        /// `{"code": …, "message": …}`.
        case codeAndMessage
        /// `{"code": …, "message": …, "objectType": "KalturaAPIException", "args": {…}}`.
        case apiException
    }

    /// The first day of the era, `yyyy-MM-dd` (UTC).
    public let start: String
    /// A short name of the era's first release, e.g. `IX-9.6.0`, or its start month.
    public let release: String
    /// Whether a JSON request body (`Content-Type: application/json`) is read; older servers
    /// ignore it silently. Form bodies are read in every era.
    public let readsJSONBodies: Bool
    /// What `/api_v3/service/X/action/Y` does.
    public let servicePath: ServicePath
    /// Which response objects carry `objectType`.
    public let objectTyping: ObjectTyping
    /// The shape of an error.
    public let errorShape: ErrorShape

    /// Whether a multirequest may be sent as one JSON body; before that only as flat, 1-based
    /// form keys (`1:service`, `1:action`, `1:entry:name`, …).
    public var readsJSONMultiRequests: Bool { readsJSONBodies }

    /// The era's start as a `Date` (midnight UTC).
    public var startDate: Date { Self.date(start)! }

    /// `KalturaServerEra(2013-10-01, IX-9.6.0)`.
    public var description: String { "\(start) (\(release))" }

    /// The eras in order, the oldest first. Each lasts until the next one starts.
    public static let all: [KalturaServerEra] = [
        KalturaServerEra(start: "2010-09-01", release: "first API v3 releases", readsJSONBodies: false,
                         servicePath: .notFound, objectTyping: .none, errorShape: .codeAndMessage),
        KalturaServerEra(start: "2011-10-01", release: "objectType on results", readsJSONBodies: false,
                         servicePath: .notFound, objectTyping: .topLevel, errorShape: .codeAndMessage),
        KalturaServerEra(start: "2012-09-11", release: "service URL rule", readsJSONBodies: false,
                         servicePath: .movedPermanently, objectTyping: .topLevel, errorShape: .codeAndMessage),
        KalturaServerEra(start: "2013-08-01", release: "IX-9.3", readsJSONBodies: false,
                         servicePath: .movedPermanently, objectTyping: .none, errorShape: .codeAndMessage),
        KalturaServerEra(start: "2013-10-01", release: "IX-9.6.0", readsJSONBodies: false,
                         servicePath: .movedPermanently, objectTyping: .none, errorShape: .apiException),
        KalturaServerEra(start: "2015-09-01", release: "Jupiter-10.20.0", readsJSONBodies: false,
                         servicePath: .movedPermanently, objectTyping: .everyObject, errorShape: .apiException),
        KalturaServerEra(start: "2015-10-01", release: "Jupiter-10.21.0", readsJSONBodies: true,
                         servicePath: .movedPermanently, objectTyping: .everyObject, errorShape: .apiException),
        KalturaServerEra(start: "2015-11-01", release: "Kajam-11.0.0", readsJSONBodies: true,
                         servicePath: .rewritten, objectTyping: .everyObject, errorShape: .apiException),
    ]

    /// Today's servers (the last era).
    public static var current: KalturaServerEra { all[all.count - 1] }

    /// The era in force on `date`; the oldest era for any earlier date.
    public init(date: Date) {
        self = Self.all.last { $0.startDate <= date } ?? Self.all[0]
    }

    /// The era named by `name`: `current`, a year (`2011`, its first day), a month (`2013-10`) or
    /// a day (`2015-10-20`); `nil` when the name is none of these.
    public init?(name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "current" || trimmed == "latest" {
            self = Self.current
            return
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let date = Self.date(([String(parts[0])] + parts.dropFirst().map(String.init)
                                    + Array(repeating: "01", count: 3 - parts.count)).joined(separator: "-"))
        else { return nil }
        self.init(date: date)
    }

    /// The era a schema's root attributes point to, or `nil` when they leave doubt.
    ///
    /// `generatedDate` (Unix seconds) dates the server that produced the schema. Without it,
    /// an `apiVersion` below `3.3` is a server from before 2015-09; `3.3.0` alone proves nothing
    /// (10.20.0, which did not read JSON bodies, already reported it), and a server reporting its
    /// own release number (such as `22.15.0`) is a current one.
    public static func inferred(apiVersion: String?, generatedDate: String?) -> KalturaServerEra? {
        if let seconds = generatedDate.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), seconds > 0 {
            return KalturaServerEra(date: Date(timeIntervalSince1970: seconds))
        }
        guard let apiVersion else { return nil }
        let numbers = apiVersion.split(separator: ".").map { Int($0) }
        guard let major = numbers.first ?? nil else { return nil }
        if major >= 4 { return .current }
        let minor = numbers.count > 1 ? numbers[1] ?? 0 : 0
        if major < 3 || minor < 3 { return Self.all[0] }
        return nil
    }

    private init(start: String, release: String, readsJSONBodies: Bool, servicePath: ServicePath,
                 objectTyping: ObjectTyping, errorShape: ErrorShape) {
        self.start = start
        self.release = release
        self.readsJSONBodies = readsJSONBodies
        self.servicePath = servicePath
        self.objectTyping = objectTyping
        self.errorShape = errorShape
    }

    private static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        return components.date
    }
}
