import Foundation
import Kaltura
import KalturaCompletion
import KalturaSchema

/// Runs the lines of `kaltura shell` against one client: calls in `kaltura call`'s syntax, with
/// references to earlier results, and the shell's own commands (`describe`, `search`, `session`,
/// `help`, `exit`). Results go to stdout, errors to stderr as `Error: …`, and no line ends the shell
/// but `exit`.
final class ShellInterpreter {
    /// The client every call goes through; its `ks` is the shell's session.
    let client: KalturaClient
    /// How results are printed.
    let formatter: ShellValueFormatter
    /// The results kept so far.
    private(set) var results = ShellResults()
    /// The admin secret the shell was given or made (for `session start` and to read a v2 KS); never printed.
    private var adminSecret: String?

    /// An interpreter over `client`, which may start sessions with `adminSecret`.
    init(client: KalturaClient, adminSecret: String?, usesColour: Bool) {
        self.client = client
        self.adminSecret = adminSecret
        self.formatter = ShellValueFormatter(usesColour: usesColour, schema: client.apiSchema)
    }

    private var schema: Schema { client.apiSchema }

    /// Runs one line and prints what it gives.
    func run(_ line: String) async -> ShellLineOutcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .succeeded }
        do {
            guard let words = CommandLineWords.split(trimmed) else { throw CommandFailure("a quote is not closed") }
            let arguments = Array(words.dropFirst())
            switch words[0] {
            case "exit", "quit":
                return .exit
            case "help":
                print(ShellHelp.text)
            case "describe":
                try describe(arguments)
            case "search":
                try search(arguments)
            case "session":
                try session(arguments)
            case let reference where ShellResults.isReference(reference):
                guard arguments.isEmpty else { throw CommandFailure("a reference stands alone on a line, such as $_.objects.0") }
                let value = try results.value(of: reference)
                print(formatter.format(KalturaRedaction.redacting(value), allowsTable: false))
            default:
                try await call(words[0], parameters: arguments)
            }
            return .succeeded
        } catch let failure as CommandFailure {
            report(failure.description)
        } catch {
            report("\(error)")
        }
        return .failed
    }

    /// Whether a line may be written to the history file: not when it names a secret, a password or a KS.
    static func isSafeToRemember(_ line: String) -> Bool {
        let words = CommandLineWords.split(line) ?? line.split(separator: " ").map(String.init)
        if words.first == "session", words.dropFirst().first != "show" && words.dropFirst().first != "clear" && words.count > 1 {
            return false
        }
        return !words.dropFirst().contains { word in
            let key = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            return key.split(separator: ":").contains { KalturaRedaction.isSensitive(name: String($0)) }
        }
    }

    private func report(_ message: String) {
        printToStandardError("Error: " + KalturaRedaction.redacting(message, secrets: [client.ks, adminSecret].compactMap { $0 }))
    }

    // MARK: - Calls

    private func call(_ action: String, parameters: [String]) async throws {
        do {
            try CallParameters.validate(action, parameters: parameters)
        } catch {
            var message = error.description
            if !action.contains(".") {
                let suggestions = NameSuggestions.closest(to: action, among: CompletionEngine.shellCommands)
                if !suggestions.isEmpty { message += "; did you mean \(suggestions.joined(separator: ", "))?" }
                else if schema.service(named: action) != nil { message += "; try \(action).list, or describe \(action)" }
                else { message += " (help lists the shell's commands)" }
            }
            throw error.description == message ? error : CommandFailure(message)
        }
        let resolved = try parameters.map { parameter throws(CommandFailure) in try results.substitute(parameter) }
        let call = try CallParameters.call(action, parameters: resolved, schema: schema)
        if CallParameters.action(of: call, in: schema)?.servesFile == true {
            print(KalturaRedaction.redacting(try client.serveURL(for: call).absoluteString, secrets: [client.ks].compactMap { $0 }))
            return
        }
        let result = try await client.call(call)
        results.keep(result)
        print(formatter.format(KalturaRedaction.redacting(result)))
        if let text = result.stringValue, let token = try? KalturaSessionToken.decode(text) {
            print("(a KS, v\(token.version.rawValue), partner \(token.partnerId): 'session use $_' makes it the shell's session)")
        }
    }

    // MARK: - describe and search

    private func describe(_ arguments: [String]) throws(CommandFailure) {
        guard arguments.count == 1, let name = arguments.first else {
            throw CommandFailure("describe takes one name, such as describe media.list or describe KalturaMediaEntry")
        }
        guard let text = SchemaDescription.describe(name, in: schema) else {
            let suggestions = NameSuggestions.closest(to: name, among: SchemaDescription.allNames(in: schema))
            var message = "\"\(name)\" is not a service, action, class, enum, plugin or error of this schema"
            if !suggestions.isEmpty { message += "; did you mean \(suggestions.joined(separator: ", "))?" }
            throw CommandFailure(message)
        }
        print(text)
    }

    private func search(_ arguments: [String]) throws(CommandFailure) {
        let text = arguments.joined(separator: " ")
        guard !text.isEmpty else { throw CommandFailure("search needs text, such as search metadata profile") }
        let lines = ShellSearch.lines(matching: text, in: schema)
        print(lines.isEmpty ? "nothing matches \"\(text)\"" : lines.joined(separator: "\n"))
    }

    // MARK: - Sessions

    private func session(_ arguments: [String]) throws(CommandFailure) {
        switch arguments.first ?? "show" {
        case "show":
            print(sessionDescription())
        case "clear":
            client.ks = nil
            print(sessionDescription())
        case "use":
            guard arguments.count == 2 else { throw CommandFailure("session use takes one KS or reference, such as session use $_") }
            let text = ShellResults.isReference(arguments[1]) ? try results.value(of: arguments[1]).stringValue : arguments[1]
            guard let text, (try? KalturaSessionToken.decode(text)) != nil else {
                throw CommandFailure("session use: \(ShellResults.isReference(arguments[1]) ? arguments[1] : "the text") is not a KS")
            }
            client.ks = text
            print(sessionDescription())
        case "start":
            try startSession(Array(arguments.dropFirst()))
            print(sessionDescription())
        default:
            throw CommandFailure("session takes show, start, use or clear, not '\(arguments[0])'")
        }
    }

    private func startSession(_ arguments: [String]) throws(CommandFailure) {
        var secret = adminSecret
        var type = KalturaSessionType.admin
        var userId = ""
        var expiry = 86_400
        var privileges = ""
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                secret = argument
                continue
            }
            let key = String(argument[..<equals])
            let value = String(argument[argument.index(after: equals)...])
            switch key {
            case "secret": secret = value
            case "type":
                guard let parsed = KalturaSessionType.allCases.first(where: { "\($0)".uppercased() == value.uppercased() || String($0.rawValue) == value })
                else { throw CommandFailure("session start: type must be USER or ADMIN, not '\(value)'") }
                type = parsed
            case "userId": userId = value
            case "expiry":
                guard let seconds = Int(value), seconds > 0 else { throw CommandFailure("session start: expiry must be a number of seconds") }
                expiry = seconds
            case "privileges": privileges = value
            default: throw CommandFailure("session start: unknown setting '\(key)'; it takes SECRET, type=, userId=, expiry= and privileges=")
            }
        }
        guard let secret else {
            throw CommandFailure("session start needs the partner's admin secret: session start SECRET (or start the shell with --secret)")
        }
        do {
            client.ks = try client.generateSession(adminSecret: secret, userId: userId, type: type, expiry: expiry, privileges: privileges)
        } catch {
            throw CommandFailure("session start: \(error) (start the shell with --partner)")
        }
        adminSecret = secret
    }

    /// The current session in words: its version, partner, type, user and expiry, never the KS.
    func sessionDescription() -> String {
        guard let ks = client.ks else { return "no session: calls are sent without a KS" }
        guard let token = try? KalturaSessionToken.decode(ks) else { return "session: \(KalturaRedaction.placeholder) (not a readable KS)" }
        var facts = ["v\(token.version.rawValue)", "partner \(token.partnerId)"]
        if let session = token.unverifiedSession ?? adminSecret.flatMap({ try? token.open(withSecret: $0) }) {
            facts.append(session.type.map { "\($0)".uppercased() } ?? "type \(session.rawType)")
            facts.append(session.userId.isEmpty ? "no user" : "user \"\(session.userId)\"")
            let expiry = Date(timeIntervalSince1970: TimeInterval(session.expiry))
            let remaining = session.expiry - Int(Date().timeIntervalSince1970)
            facts.append(remaining > 0 ? "expires \(expiry.formatted(.iso8601)) (in \(Self.duration(remaining)))" : "expired \(expiry.formatted(.iso8601))")
        }
        return "session: KS \(KalturaRedaction.placeholder) (\(facts.joined(separator: ", ")))"
    }

    private static func duration(_ seconds: Int) -> String {
        seconds >= 3600 ? "\(seconds / 3600) h \(seconds % 3600 / 60) min" : "\(seconds / 60) min"
    }
}
