import Foundation
import Testing
@testable import Kaltura
@testable import KalturaCore

@Suite("Kaltura sessions (KS)")
struct SessionTests {
    // Inputs shared by the protocol notes' vectors V1, V2-a and V2-b.
    static let secret = "0123456789abcdef0123456789abcdef"
    static let partnerId = 12345
    static let userId = "user@example.com"
    static let now = 1_700_000_000
    static let privileges = "disableentitlement,privacycontext:abc"
    static let randomBytes: [UInt8] = Array(0..<16)

    static let v1KS = "ZTg3YWM1MmY3MDUxMWU1Y2JjZWFlMmMyZmY3ZmMzMzI3NjE4OGJhZHwxMjM0NTsxMjM0NTsxNzAwMDg2NDAwOzI7NDI0Mjt1c2VyQGV4YW1wbGUuY29tO2Rpc2FibGVlbnRpdGxlbWVudCxwcml2YWN5Y29udGV4dDphYmM="
    static let v2aKS = "djJ8MTIzNDV82iKfa30-Mzpv-jByAM6RjRZBOP6n1y7_Chean9sj-dRVobTADFwPTdyneqZf53QX6SfW3_L6QqltK15pFA6mCj8jHL3v2YynZ14iX6kCdECE8BsTohS0x3_8xwbs_S7nzbijx0xP4korFLUJBbrQ0e30O8UyBFoBfO0yT0t5tlw="
    static let v2bKS = "djJ8MTIzNDV8afO5JcploOC63rZT0SR4qSwe9i_KApmUowptTxmB7YxtEobxpkpntgOyPH6jQu2zkSwAAPJLLXWJesmOlb2yPeaDSENs-TNamkPIw4VIU4c="

    // MARK: - Vectors

    @Test func vectorV1() {
        let ks = KalturaSessionGenerator.generateV1(
            adminSecret: Self.secret, userId: Self.userId, type: .admin, partnerId: Self.partnerId,
            expiry: 86_400, privileges: Self.privileges, now: Self.now, random: 4242)
        #expect(ks == Self.v1KS)
        let decoded = KalturaSessionBase64.decode(ks).map { String(decoding: $0, as: UTF8.self) }
        #expect(decoded == "e87ac52f70511e5cbceae2c2ff7fc33276188bad|12345;12345;1700086400;2;4242;user@example.com;disableentitlement,privacycontext:abc")
    }

    @Test func vectorV2aIntermediateSteps() {
        let key = KalturaSessionCipher.key(forSecret: Self.secret)
        #expect(hex(key) == "b1775a785f09a6ebaf2dc33d6eaeb989")

        let fields = KalturaSessionGenerator.v2Fields(
            userId: Self.userId, type: .admin, privileges: Self.privileges, expiry: Self.now + 86_400)
        #expect(KalturaSessionFormEncoding.encode(fields)
            == "disableentitlement=&privacycontext=abc&_e=1700086400&_t=2&_u=user%40example.com")

        let plaintext = KalturaSessionGenerator.v2Plaintext(fields: fields, randomBytes: Self.randomBytes)
        #expect(plaintext.count == 128)
        #expect(hex(plaintext) ==
            "051ee12cb869316a56ea2976654fb091758312d4"
            + "000102030405060708090a0b0c0d0e0f"
            + "64697361626c65656e7469746c656d656e743d2670726976616379636f6e746578743d616263265f653d31373030303836343030265f743d32265f753d757365722534306578616d706c652e636f6d"
            + String(repeating: "00", count: 13))

        let ciphertext = KalturaSessionCipher.encrypt(plaintext, key: key)
        #expect(ciphertext.count == 128)
        #expect(hex(ciphertext.prefix(32)) == "da229f6b7d3e333a6ffa307200ce918d164138fea7d72eff0a179a9fdb23f9d4")
        #expect(hex(ciphertext.suffix(16)) == "edf43bc532045a017ced324f4b79b65c")
        #expect(KalturaSessionCipher.decrypt(ciphertext, key: key) == plaintext)

        #expect(KalturaSessionGenerator.v2Token(partnerId: Self.partnerId, ciphertext: ciphertext) == Self.v2aKS)
    }

    @Test func vectorV2a() {
        let ks = KalturaSessionGenerator.generateV2(
            adminSecret: Self.secret, userId: Self.userId, type: .admin, partnerId: Self.partnerId,
            expiry: 86_400, privileges: Self.privileges, now: Self.now, randomBytes: Self.randomBytes)
        #expect(ks == Self.v2aKS)
    }

    @Test func vectorV2b() {
        let fields = KalturaSessionGenerator.v2Fields(userId: "", type: .user, privileges: "*", expiry: Self.now + 3600)
        #expect(KalturaSessionFormEncoding.encode(fields) == "all=%2A&_e=1700003600&_t=0&_u=")
        let ks = KalturaSessionGenerator.generateV2(
            adminSecret: Self.secret, userId: "", type: .user, partnerId: Self.partnerId,
            expiry: 3600, privileges: "*", now: Self.now, randomBytes: Self.randomBytes)
        #expect(ks == Self.v2bKS)
    }

    // MARK: - Opening

    @Test func opensVectorV1() throws {
        let token = try KalturaSessionToken.decode(Self.v1KS)
        #expect(token.version == .v1)
        #expect(token.partnerId == Self.partnerId)
        let session = try token.open(withSecret: Self.secret)
        #expect(token.unverifiedSession == session)
        #expect(session.version == .v1)
        #expect(session.partnerId == Self.partnerId)
        #expect(session.partnerPattern == "12345")
        #expect(session.userId == Self.userId)
        #expect(session.type == .admin)
        #expect(session.rawType == 2)
        #expect(session.expiry == 1_700_086_400)
        #expect(session.random == "4242")
        #expect(session.randomBytes == nil)
        #expect(session.rawPrivileges == Self.privileges)
        #expect(session.orderedPrivileges == [
            KalturaSessionPrivilege(name: "disableentitlement"),
            KalturaSessionPrivilege(name: "privacycontext", value: "abc"),
        ])
        #expect(session.privileges == ["disableentitlement": "", "privacycontext": "abc"])
        #expect(session.masterPartnerId == nil)
        #expect(session.additionalData == nil)
    }

    @Test func opensVectorV2a() throws {
        let token = try KalturaSessionToken.decode(Self.v2aKS)
        #expect(token.version == .v2)
        #expect(token.partnerId == Self.partnerId)
        #expect(token.unverifiedSession == nil)
        let session = try token.open(withSecret: Self.secret)
        #expect(session == KalturaSession(
            version: .v2, partnerId: Self.partnerId, userId: Self.userId, rawType: 2, expiry: 1_700_086_400,
            orderedPrivileges: [
                KalturaSessionPrivilege(name: "disableentitlement"),
                KalturaSessionPrivilege(name: "privacycontext", value: "abc"),
            ],
            randomBytes: Self.randomBytes))
        #expect(session.rawPrivileges == Self.privileges)
    }

    @Test func opensVectorV2bWithAllPrivilege() throws {
        let session = try KalturaSession.open(Self.v2bKS, secrets: [Self.secret])
        #expect(session.userId == "")
        #expect(session.type == .user)
        #expect(session.expiry == 1_700_003_600)
        #expect(session.orderedPrivileges == [KalturaSessionPrivilege(name: "all", value: "*")])
        #expect(session.rawPrivileges == "all:*")
    }

    @Test(arguments: KalturaSessionVersion.allCases)
    func roundTrip(version: KalturaSessionVersion) throws {
        let privileges = "sview:0_a/0_b, privacycontext:a b&c=d%e ,,enableentitlement,setrole:12"
        let ks = generate(version, userId: "Zoë Müller+1@example.com", type: .widget, privileges: privileges)
        let session = try KalturaSession.open(ks, secrets: [Self.secret])
        #expect(session.version == version)
        #expect(session.partnerId == Self.partnerId)
        #expect(session.userId == "Zoë Müller+1@example.com")
        #expect(session.type == .widget)
        #expect(session.expiry == Self.now + 600)
        #expect(session.orderedPrivileges == [
            KalturaSessionPrivilege(name: "sview", value: "0_a/0_b"),
            KalturaSessionPrivilege(name: "privacycontext", value: "a b&c=d%e"),
            KalturaSessionPrivilege(name: "enableentitlement"),
            KalturaSessionPrivilege(name: "setrole", value: "12"),
        ])
        #expect(session.orderedPrivileges.first?.listValues == ["0_a", "0_b"])
        #expect(session.rawPrivileges == (version == .v1
            ? privileges
            : "sview:0_a/0_b,privacycontext:a b&c=d%e,enableentitlement,setrole:12"))
    }

    @Test func roundTripWithAllPrivilege() throws {
        for version in KalturaSessionVersion.allCases {
            let ks = generate(version, userId: "", type: .admin, privileges: " * ")
            let session = try KalturaSession.open(ks, secrets: [Self.secret])
            #expect(session.userId == "")
            #expect(session.type == .admin)
            #expect(session.privileges == ["all": "*"])
        }
    }

    @Test func generatesFreshRandomness() throws {
        let first = KalturaSessionGenerator.generateV2(adminSecret: Self.secret, userId: "u", type: .user, partnerId: 1)
        let second = KalturaSessionGenerator.generateV2(adminSecret: Self.secret, userId: "u", type: .user, partnerId: 1)
        #expect(first != second)
        let session = try KalturaSession.open(first, secrets: [Self.secret])
        #expect(session.expiry > KalturaSessionGenerator.currentTime())
        #expect(session.randomBytes?.count == 16)
        try session.validate()
    }

    @Test func acceptsAnyRotatedSecret() throws {
        for ks in [Self.v1KS, Self.v2aKS] {
            let session = try KalturaSession.open(ks, secrets: ["old-secret", Self.secret])
            #expect(session.userId == Self.userId)
        }
    }

    @Test func acceptsStandardAlphabetAndMissingPadding() throws {
        let standard = Self.v2aKS.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        #expect(standard != Self.v2aKS)
        #expect(try KalturaSession.open(standard, secrets: [Self.secret]).userId == Self.userId)
        let unpadded = String(Self.v1KS.dropLast())
        #expect(try KalturaSession.open(unpadded, secrets: [Self.secret]).userId == Self.userId)
    }

    @Test func opensServerStyleV1WithAllFields() throws {
        let info = "12345;12345;1700086400;0;1700000000.1234;bob;sview:0_x;99;extra"
        let signature = KalturaSessionCipher.sha1Hex(Array((Self.secret + info).utf8))
        let ks = KalturaSessionBase64.encode(signature + Array("|\(info)".utf8), urlSafe: false)
        let session = try KalturaSession.open(ks, secrets: [Self.secret])
        #expect(session.random == "1700000000.1234")
        #expect(session.masterPartnerId == 99)
        #expect(session.additionalData == "extra")
        #expect(session.privileges == ["sview": "0_x"])
    }

    // MARK: - Failures

    @Test func wrongSecretFails() {
        for ks in [Self.v1KS, Self.v2aKS, Self.v2bKS] {
            expectError(.invalidSignature(partnerId: Self.partnerId), ks: ks) {
                try KalturaSession.open(ks, secrets: ["fedcba9876543210fedcba9876543210"])
            }
        }
        // The API throws the typed error, so no cast is needed.
        do {
            _ = try KalturaSessionToken.decode(Self.v2aKS).open(withSecret: "wrong")
        } catch {
            let typed: KalturaSessionError = error
            #expect(typed == .invalidSignature(partnerId: Self.partnerId))
        }
        let error = KalturaSessionError.invalidSignature(partnerId: Self.partnerId)
        #expect(error.serverCode == -1)
        #expect(error.serverDescription == "INVALID_STR")
    }

    @Test func noSecretsIsInvalidPartner() {
        expectError(.invalidPartner(partnerId: Self.partnerId), ks: Self.v2aKS) {
            try KalturaSession.open(Self.v2aKS, secrets: [])
        }
        #expect(KalturaSessionError.invalidPartner(partnerId: 1).serverCode == -2)
        #expect(KalturaSessionError.invalidPartner(partnerId: 1).serverDescription == "INVALID_PARTNER")
    }

    @Test func detectsExpiry() throws {
        let session = try KalturaSession.open(Self.v2aKS, secrets: [Self.secret])
        #expect(!session.isExpired(at: 1_700_086_399))
        #expect(session.isExpired(at: 1_700_086_400))
        #expect(session.isExpired(at: 1_800_000_000))
        try session.validate(at: Self.now)
        let expected = KalturaSessionError.expired(partnerId: Self.partnerId, expiry: 1_700_086_400)
        #expect(throws: expected) { try session.validate(at: 1_700_086_400) }
        #expect(throws: expected) { try session.validate() }
        #expect(expected.serverCode == -5)
        #expect(expected.serverDescription == "EXPIRED")
        #expect(expected.description == "KS of partner 12345 expired at 1700086400 (-5,EXPIRED)")
    }

    @Test func tamperedV1Fails() throws {
        let decoded = String(decoding: try #require(KalturaSessionBase64.decode(Self.v1KS)), as: UTF8.self)
        for (original, replacement) in [("user@example.com", "root@example.com"), ("1700086400", "1900086400"), (";2;", ";3;")] {
            let tampered = b64(decoded.replacingOccurrences(of: original, with: replacement))
            #expect(try KalturaSessionToken.decode(tampered).unverifiedSession != nil)
            expectError(.invalidSignature(partnerId: Self.partnerId), ks: tampered) {
                try KalturaSession.open(tampered, secrets: [Self.secret])
            }
        }
    }

    @Test func tamperedV2Fails() throws {
        var decoded = try #require(KalturaSessionBase64.decode(Self.v2aKS))
        for position in [decoded.count - 1, decoded.count - 17, 9, 40] {
            decoded[position] ^= 0x01
            let tampered = KalturaSessionBase64.encode(decoded, urlSafe: true)
            expectError(.invalidSignature(partnerId: Self.partnerId), ks: tampered) {
                try KalturaSession.open(tampered, secrets: [Self.secret])
            }
            decoded[position] ^= 0x01
        }
        // Changing the clear-text partner id points at another partner, whose secret does not open it.
        let otherPartner = KalturaSessionBase64.encode(Array("v2|54321|".utf8) + decoded.dropFirst(9), urlSafe: true)
        #expect(try KalturaSessionToken.decode(otherPartner).partnerId == 54321)
        expectError(.invalidSignature(partnerId: 54321), ks: otherPartner) {
            try KalturaSession.open(otherPartner, secrets: ["another secret"])
        }
    }

    @Test(arguments: [
        ("", KalturaSessionError.Malformation.empty),
        ("not base64!", .notBase64),
        ("abcde", .notBase64),
        ("ab=c", .notBase64),
        ("abc===", .notBase64),
        (" \(SessionTests.v1KS)", .notBase64),
        ("aGVsbG8gd29ybGQ=", .missingSeparator),                                   // "hello world"
        (b64("xyz|1;2;3"), .malformedSignature),
        (b64("E87AC52F70511E5CBCEAE2C2FF7FC33276188BAD|1;1;3"), .malformedSignature),
        (b64("e87ac52f70511e5cbceae2c2ff7fc33276188bad|1;1"), .wrongFieldCount),
        (b64("e87ac52f70511e5cbceae2c2ff7fc33276188bad|1;2;3;4;5;6;7;8;9;10"), .wrongFieldCount),
        (b64("e87ac52f70511e5cbceae2c2ff7fc33276188bad|x;1;3"), .invalidPartnerId),
        (b64("e87ac52f70511e5cbceae2c2ff7fc33276188bad|1;1;soon"), .invalidField("valid_until")),
        (b64("e87ac52f70511e5cbceae2c2ff7fc33276188bad|1;1;5;admin"), .invalidField("type")),
        ("djJ8MTIzNDV8", .invalidCiphertextLength),                                // "v2|12345|"
        (b64("v2|12345|0123456789abcde"), .invalidCiphertextLength),
        (b64("v2|12345"), .missingSeparator),
        (b64("v2|+1|0123456789abcdef"), .invalidPartnerId),
    ])
    func garbageIsInvalidString(ks: String, malformation: KalturaSessionError.Malformation) {
        expectError(.invalidString(malformation), ks: ks) {
            try KalturaSession.open(ks, secrets: [Self.secret])
        }
        #expect(KalturaSessionError.invalidString(malformation).serverCode == -1)
        #expect(KalturaSessionError.invalidString(malformation).serverDescription == "INVALID_STR")
    }

    @Test func verifiedV2PayloadWithoutExpiryIsInvalidString() {
        var fields = KalturaSessionFields()
        fields["_t"] = "2"
        fields["_u"] = "x"
        let plaintext = KalturaSessionGenerator.v2Plaintext(fields: fields, randomBytes: Self.randomBytes)
        let ciphertext = KalturaSessionCipher.encrypt(plaintext, key: KalturaSessionCipher.key(forSecret: Self.secret))
        let ks = KalturaSessionGenerator.v2Token(partnerId: Self.partnerId, ciphertext: ciphertext)
        expectError(.invalidString(.missingField("_e")), ks: ks) {
            try KalturaSession.open(ks, secrets: [Self.secret])
        }
    }

    // MARK: - Pieces

    @Test func parsesPrivilegeLists() {
        #expect(KalturaSessionPrivilege.parseList(" a , b:c:d ,*, ,e:,a:again") == [
            KalturaSessionPrivilege(name: "a", value: "again"),
            KalturaSessionPrivilege(name: "b", value: "c:d"),
            KalturaSessionPrivilege(name: "all", value: "*"),
            KalturaSessionPrivilege(name: "e"),
        ])
        // A "," followed by a combining mark is one Swift Character but still separates, as the
        // server splits bytes.
        #expect(KalturaSessionPrivilege.parseList("a:1,\u{301}b:2") == [
            KalturaSessionPrivilege(name: "a", value: "1"), KalturaSessionPrivilege(name: "\u{301}b", value: "2"),
        ])
        #expect(KalturaSessionPrivilege.parseList("").isEmpty)
        #expect(KalturaSessionPrivilege.parseList(" , ,").isEmpty)
        #expect(KalturaSessionPrivilege(name: "sview", value: "0_a/0_b").formatted == "sview:0_a/0_b")
    }

    @Test func privilegesCannotOverrideReservedV2Fields() throws {
        let ks = KalturaSessionGenerator.generateV2(
            adminSecret: Self.secret, userId: "real", type: .user, partnerId: 1, expiry: 10,
            privileges: "_u:fake,_e:99999999999,x:1", now: Self.now, randomBytes: Self.randomBytes)
        let session = try KalturaSession.open(ks, secrets: [Self.secret])
        #expect(session.userId == "real")
        #expect(session.expiry == Self.now + 10)
        #expect(session.orderedPrivileges == [KalturaSessionPrivilege(name: "x", value: "1")])
    }

    @Test func formEncodingMatchesPythonQuotePlus() {
        #expect(KalturaSessionFormEncoding.quotePlus("a b~c-d_e.f*g@h/i:j,k&l=m+n%o") == "a+b~c-d_e.f%2Ag%40h%2Fi%3Aj%2Ck%26l%3Dm%2Bn%25o")
        #expect(KalturaSessionFormEncoding.quotePlus("é") == "%C3%A9")
        #expect(KalturaSessionFormEncoding.unquotePlus(Array("a+b%2a%zz%4".utf8)) == "a b*%zz%4")
    }

    @Test func base64RoundTrips() {
        for length in 0..<10 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 77 + 250) }
            for urlSafe in [false, true] {
                let encoded = KalturaSessionBase64.encode(bytes, urlSafe: urlSafe)
                #expect(encoded.count % 4 == 0)
                #expect(KalturaSessionBase64.decode(encoded) == bytes)
                #expect(KalturaSessionBase64.decode(encoded.replacingOccurrences(of: "=", with: "")) == bytes)
            }
        }
    }

    // MARK: - Helpers

    private func generate(_ version: KalturaSessionVersion, userId: String, type: KalturaSessionType, privileges: String) -> String {
        switch version {
        case .v1:
            KalturaSessionGenerator.generateV1(
                adminSecret: Self.secret, userId: userId, type: type, partnerId: Self.partnerId,
                expiry: 600, privileges: privileges, now: Self.now, random: 7)
        case .v2:
            KalturaSessionGenerator.generateV2(
                adminSecret: Self.secret, userId: userId, type: type, partnerId: Self.partnerId,
                expiry: 600, privileges: privileges, now: Self.now)
        }
    }

    /// Expects `expected`, and checks that its description leaks neither the KS nor a secret.
    private func expectError(
        _ expected: KalturaSessionError, ks: String,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () throws -> KalturaSession
    ) {
        do {
            let session = try body()
            Issue.record("expected \(expected), opened \(session)", sourceLocation: sourceLocation)
        } catch let error as KalturaSessionError {
            #expect(error == expected, sourceLocation: sourceLocation)
            let description = error.description
            #expect(!description.isEmpty, sourceLocation: sourceLocation)
            if ks.count > 4 {
                #expect(!description.contains(ks), sourceLocation: sourceLocation)
            }
            for secret in [Self.secret, "fedcba9876543210fedcba9876543210", "another secret", "old-secret"] {
                #expect(!description.contains(secret), sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record("unexpected error type: \(error)", sourceLocation: sourceLocation)
        }
    }
}

private func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

private func b64(_ text: String) -> String {
    KalturaSessionBase64.encode(Array(text.utf8), urlSafe: false)
}
