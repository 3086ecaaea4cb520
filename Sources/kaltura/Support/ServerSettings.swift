import ArgumentParser
import Foundation
import Kaltura
import Logging

/// What `call`, `upload` and `shell` share about reaching a server: the `--url` check, warnings
/// logged to stderr, and the `KALTURA_*` variables that stand in for absent flags.
enum ServerSettings {
    /// Refuses a `--url` that is not an http or https URL.
    static func validate(url: String?) throws {
        guard let url else { return }
        guard let serviceURL = URL(string: url), serviceURL.scheme == "http" || serviceURL.scheme == "https" else {
            throw ValidationError("--url must be an http or https URL, such as https://www.kaltura.com")
        }
    }

    /// Sends the client's log messages of warning level and above to stderr.
    static func logWarningsToStandardError() {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
    }

    /// The `KALTURA_*` variables; a malformed one is a ``CommandFailure`` naming it.
    static func environment() throws -> KalturaEnvironment {
        do {
            return try KalturaEnvironment()
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// The server from `--url`, else `KALTURA_SERVICE_URL`; a ``CommandFailure`` when neither is given.
    static func serviceURL(flag url: String?, environment: KalturaEnvironment) throws -> URL {
        guard let serviceURL = url.flatMap(URL.init(string:)) ?? environment.serviceURL else {
            throw CommandFailure("no server: give --url URL or set KALTURA_SERVICE_URL")
        }
        return serviceURL
    }
}
