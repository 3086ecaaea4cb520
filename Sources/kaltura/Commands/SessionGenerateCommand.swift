import ArgumentParser
import Kaltura

/// `kaltura ks generate`: signs a KS with a partner's secret, as the official clients' `generateSession(V2)` do.
struct SessionGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Print a KS signed with the partner's secret (v2 unless --v1).")

    enum SessionTypeName: String, ExpressibleByArgument, CaseIterable {
        case admin, user
        var sessionType: KalturaSessionType { self == .admin ? .admin : .user }
    }

    @Option(help: "The partner's admin (or user) secret.")
    var secret: String

    @Option(help: "The partner id.")
    var partner: Int

    @Option(help: "The user id the session belongs to.")
    var user: String = ""

    @Option(help: "The session type: admin or user.")
    var type: SessionTypeName = .admin

    @Option(help: "Seconds until the session expires.")
    var expiry: Int = 86_400

    @Option(help: "Comma-separated privileges, e.g. disableentitlement,sview:0_abc.")
    var privileges: String = ""

    @Flag(help: "Produce a legacy v1 KS instead of v2.")
    var v1 = false

    func validate() throws {
        guard expiry > 0 else { throw ValidationError("--expiry must be a positive number of seconds") }
        guard !secret.isEmpty else { throw ValidationError("--secret must not be empty") }
    }

    func run() throws {
        let ks = v1
            ? KalturaSessionGenerator.generateV1(adminSecret: secret, userId: user, type: type.sessionType,
                                                 partnerId: partner, expiry: expiry, privileges: privileges)
            : KalturaSessionGenerator.generateV2(adminSecret: secret, userId: user, type: type.sessionType,
                                                 partnerId: partner, expiry: expiry, privileges: privileges)
        print(ks)
    }
}
