// Fuzzes the KS parser (`KalturaSessionToken.decode`, then `open(withSecrets:)`) and checks it
// against the generator. The first byte picks the mode:
//
// - even: the rest is a KS string; decoding and opening may fail but never trap, and a decoded
//   token's version is what its base64 says;
// - odd: the rest is `user \n privileges \n partner id`; a V2 KS (and a V1 KS when no field
//   holds the V1 separator `;`) generated from them opens with the same secret to the same
//   partner, user, type, expiry and privileges.
import FuzzSupport
import KalturaCore

let secret = "fuzz-admin-secret"
let now = 1_700_000_000
let lifetime = 3_600
let reservedNames: Set<String> = ["_e", "_t", "_u", "_m", "_d"]

func parseKS(_ text: String) {
    guard let token = try? KalturaSessionToken.decode(text) else { return }
    if let session = try? token.open(withSecrets: [secret, "another"]) {
        fuzzRequire(session.version == token.version, "the opened session's version differs from the token's")
        fuzzRequire(session.partnerId == token.partnerId, "the opened session's partner differs from the token's")
    }
    if let unverified = token.unverifiedSession {
        fuzzRequire(token.version == .v1, "only a V1 token has clear-text fields")
        fuzzRequire(unverified.partnerId == token.partnerId, "a V1 token's partner differs from its fields'")
    }
}

func roundTrip(user: String, privileges: String, partnerId: Int) {
    let v2 = KalturaSessionGenerator.generateV2(
        adminSecret: secret, userId: user, type: .admin, partnerId: partnerId,
        expiry: lifetime, privileges: privileges, now: now, randomBytes: Array(repeating: 7, count: 16))
    let expected = KalturaSessionPrivilege.parseList(privileges)
    let session: KalturaSession
    do {
        session = try KalturaSession.open(v2, secrets: [secret])
    } catch {
        // A privilege named like a reserved field (`_m` with a non-number) may make the KS unreadable,
        // as it does on the server.
        if expected.contains(where: { reservedNames.contains($0.name) }) { return }
        fatalError("invariant broken: a generated V2 KS does not open: \(error)")
    }
    fuzzRequire(session.version == .v2, "V2 version")
    fuzzRequire(session.partnerId == partnerId, "V2 partner")
    fuzzRequire(session.type == .admin, "V2 type")
    fuzzRequire(session.expiry == now + lifetime, "V2 expiry")
    if !expected.contains(where: { reservedNames.contains($0.name) || $0.name.isEmpty }) {
        fuzzRequire(session.userId == user, "V2 user")
        fuzzRequire(session.orderedPrivileges == expected, "V2 privileges")
    }

    // Bytes, not characters: `;` followed by a combining mark is one Character but still splits V1 fields.
    let separator = UInt8(ascii: ";")
    guard !user.utf8.contains(separator), !privileges.utf8.contains(separator) else { return }
    let v1 = KalturaSessionGenerator.generateV1(
        adminSecret: secret, userId: user, type: .user, partnerId: partnerId,
        expiry: lifetime, privileges: privileges, now: now, random: 1234)
    do {
        let session = try KalturaSession.open(v1, secrets: [secret])
        fuzzRequire(session.version == .v1, "V1 version")
        fuzzRequire(session.partnerId == partnerId, "V1 partner")
        fuzzRequire(session.userId == user, "V1 user")
        fuzzRequire(session.type == .user, "V1 type")
        fuzzRequire(session.expiry == now + lifetime, "V1 expiry")
        fuzzRequire(session.rawPrivileges == privileges, "V1 privileges")
    } catch {
        fatalError("invariant broken: a generated V1 KS does not open: \(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard let mode = input.bytes.first else { return 0 }
    let rest = FuzzInput(input.bytes.dropFirst())
    if mode & 1 == 0 {
        parseKS(String(decoding: rest.bytes, as: UTF8.self))
    } else {
        let pieces = rest.lines(3)
        let partnerId = Int(String(decoding: pieces[2].prefix(9), as: UTF8.self)) ?? 0
        roundTrip(user: String(decoding: pieces[0], as: UTF8.self),
                  privileges: String(decoding: pieces[1], as: UTF8.self),
                  partnerId: partnerId)
    }
    return 0
}

FuzzDriver.run(testOneInput)
