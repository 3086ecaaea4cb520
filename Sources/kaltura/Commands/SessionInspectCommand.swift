import ArgumentParser
import Kaltura
import OrderedCollections

/// `kaltura ks inspect KS [--secret S]`: prints what a KS says, and whether it is valid.
struct SessionInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print a KS's fields as JSON: version, partnerId, userId, type, expiry, privileges, and valid with --secret.",
        discussion: """
            A v1 KS can be read without the secret; a v2 KS is encrypted, so its user, type, expiry and \
            privileges are null unless --secret opens it. With --secret, "valid" is true when the signature \
            matches and the KS has not expired; the reason for false is printed on stderr.
            """)

    @Argument(help: "The KS to read.")
    var ks: String

    @Option(help: "The partner's secret, to verify (and for v2, decrypt) the KS.")
    var secret: String?

    func run() throws {
        let token: KalturaSessionToken
        do {
            token = try KalturaSessionToken.decode(ks)
        } catch {
            throw CommandFailure("not a KS: \(error)")
        }
        var session = token.unverifiedSession
        var validity: Bool?
        if let secret {
            do {
                let opened = try token.open(withSecret: secret)
                session = opened
                try opened.validate()
                validity = true
            } catch {
                validity = false
                printToStandardError("KS is not valid: \(error)")
            }
        } else if token.version == .v2 {
            printToStandardError("a v2 KS is encrypted; pass --secret to read its user, type, expiry and privileges")
        }
        print(Self.json(version: token.version.rawValue, partnerId: token.partnerId, session: session, valid: validity))
    }

    static func json(version: Int, partnerId: Int, session: KalturaSession?, valid: Bool?) -> String {
        var fields: OrderedDictionary<String, KalturaValue> = ["version": .int(version), "partnerId": .int(partnerId)]
        if let session {
            var privileges = OrderedDictionary<String, KalturaValue>()
            for privilege in session.orderedPrivileges { privileges[privilege.name] = .string(privilege.value) }
            fields["userId"] = .string(session.userId)
            fields["type"] = .int(session.rawType)
            fields["expiry"] = .int(session.expiry)
            fields["privileges"] = .map(privileges)
        } else {
            for name in ["userId", "type", "expiry", "privileges"] { fields[name] = .null }
        }
        if let valid { fields["valid"] = .bool(valid) }
        return String(decoding: KalturaJSON.encode(.map(fields)), as: UTF8.self)
    }
}
