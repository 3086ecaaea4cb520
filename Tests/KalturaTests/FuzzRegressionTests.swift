import KalturaTestSupport
import OrderedCollections
import Testing
@testable import Kaltura
@testable import KalturaCore
@testable import KalturaEmulator


/// Inputs the fuzz targets (`Fuzz/`, `bash Fuzz/run.sh`) found, kept as ordinary tests.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    // MARK: - Form grouping: `name[]` appends

    /// Groups fields one at a time with a fresh tracker, so every `[]` scans its container:
    /// the reference the remembered index must agree with.
    private static func referenceGroup(_ fields: [KalturaForm.Field]) -> OrderedDictionary<String, KalturaValue> {
        var tree = OrderedDictionary<String, KalturaValue>()
        let paths = fields.map { (KalturaFormGrouping.segments(of: $0.name), KalturaValue.string($0.value)) }
        for ((path, hasColon), value) in paths where !hasColon {
            KalturaFormGrouping.insert(value, at: path[...], into: &tree)
        }
        for ((path, hasColon), value) in paths where hasColon {
            KalturaFormGrouping.insert(value, at: path[...], into: &tree)
        }
        return KalturaFormGrouping.typed(tree)
    }

    @Test("100,000 `a[]` fields group in linear time (each index was found by scanning the keys)",
          .timeLimit(.minutes(1)))
    func manyAppends() {
        let count = 100_000
        let body = Array(repeating: "a[]=x", count: count).joined(separator: "&")
        let tree = KalturaForm.decode(body)
        guard case .map(let entries)? = tree["a"] else {
            Issue.record("a is not a map: \(String(describing: tree["a"]))")
            return
        }
        #expect(entries.count == count)
        #expect(entries.keys.first == "0")
        #expect(entries.keys.last == String(count - 1))
    }

    @Test("a remembered `[]` index never differs from a scan of the container",
          arguments: [
              "a[]=1&a[]=2&a[5]=3&a[]=4&a[]=5",
              "a[]=1&b=2&a[]=3",
              "a[]=1&a=s&a[]=2&a[]=3",
              "a[]=1&a__null=&a[]=2",
              "a[][]=1&a[][]=2&a[0][]=3&a[0][]=4",
              "a[x][]=1&a[y][]=2&a[x][]=3&a[x][]=4",
              "a[]=1&a:9=2&a[]=3&a:x:-=&a[]=4",
              "a[-1]=1&a[]=2&a[+7]=3&a[]=4&a[07]=5&a[]=6",
          ])
    func appendsMatchScanning(body: String) {
        #expect(KalturaForm.decode(body) == Self.referenceGroup(KalturaForm.fields(in: body)))
    }

    @Test("pseudo-random bracket and colon names group as a scan of every container would")
    func appendsMatchScanningOnRandomNames() {
        let pieces = ["a", "b", "[]", "[]", "[]", "[0]", "[3]", "[x]", ":0", ":x", ":-", "__null"]
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<200 {
            var fields: [KalturaForm.Field] = []
            for index in 0..<40 {
                var name = Bool.random(using: &generator) ? "a" : "b"
                for _ in 0..<Int.random(in: 0...3, using: &generator) {
                    name += pieces.randomElement(using: &generator)!
                }
                fields.append(KalturaForm.Field(name: name, value: String(index)))
            }
            let grouped = KalturaForm.group(fields)
            let reference = Self.referenceGroup(fields)
            #expect(grouped == reference, "fields: \(fields.map(\.name))")
            if grouped != reference { return }
        }
    }

    // MARK: - Multipart: non-ASCII header names

    @Test("a byte of 0x80 or more in a part's header name is a malformed body, not a trap in MultipartKit")
    func nonASCIIHeaderName() throws {
        let body = Array("--zz\r\nConten-i".utf8) + [0xC5] + Array("tsposition: form-data; name=\"a\"\r\n\r\nx\r\n--zz--\r\n".utf8)
        #expect(throws: RequestDecodingError.malformedMultipart) {
            try MultipartBody(contentType: "multipart/form-data; boundary=zz", body: body)
        }
        // The fuzz input as the emulator's request decoder gets it.
        #expect(throws: RequestDecodingError.malformedMultipart) {
            try RequestDecoder().decode(path: "/api_v3/service/media/action/add", query: nil,
                                        contentType: "multipart/form-data; boundary=zz",
                                        body: Array("--zz\r\nConten-i".utf8) + [0xC5] + Array("tsposition: form-data; na".utf8))
        }
    }

    @Test("non-ASCII bytes in header values and part bodies are still read")
    func nonASCIIHeaderValue() throws {
        let body = Array("--zz\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"caf\u{E9}.txt\"\r\n\r\n".utf8)
            + [0xFF, 0x80, 0x0D, 0x0A] + Array("--zz\r\n\u{E9}-is-not-a-header\r\n--zz--\r\n".utf8)
        // The second delimiter sits inside the file's bytes only as far as the scan can tell; the
        // first part's header name is ASCII, so the body reaches MultipartKit and parses.
        let bodyWithoutStray = Array("--zz\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"caf\u{E9}.txt\"\r\n\r\n".utf8)
            + [0xFF, 0x80] + Array("\r\n--zz--\r\n".utf8)
        let multipart = try MultipartBody(contentType: "multipart/form-data; boundary=zz", body: bodyWithoutStray)
        #expect(multipart.parts.count == 1)
        #expect(multipart.parts.first?.name == "fileData")
        #expect(multipart.parts.first?.fileName == "caf\u{E9}.txt")
        #expect(multipart.parts.first?.bytes == [0xFF, 0x80])
        // A line after a delimiter starting with a non-ASCII byte is a header name to MultipartKit too.
        #expect(throws: RequestDecodingError.malformedMultipart) {
            try MultipartBody(contentType: "multipart/form-data; boundary=zz", body: body)
        }
    }
}


/// A session's expiry is `now + lifetime`; a lifetime near `Int.max` must not trap.
@Suite("Session expiry at the ends of Int")
struct SessionExpiryOverflowTests {
    @Test func hugeLifetimesAreHeldAtTheEnds() throws {
        #expect(KalturaSessionGenerator.expiryTime(now: 1_700_000_000, lifetime: .max) == .max)
        #expect(KalturaSessionGenerator.expiryTime(now: -5, lifetime: .min) == .min)
        #expect(KalturaSessionGenerator.expiryTime(now: 10, lifetime: 20) == 30)
        let v1 = KalturaSessionGenerator.generateV1(adminSecret: "s", userId: "u", type: .admin, partnerId: 1, expiry: .max, now: 100)
        let session = try KalturaSessionToken.decode(v1).open(withSecret: "s")
        #expect(session.expiry == .max)
        let v2 = KalturaSessionGenerator.generateV2(adminSecret: "s", userId: "u", type: .admin, partnerId: 1, expiry: .max, now: 100)
        #expect(try KalturaSessionToken.decode(v2).open(withSecret: "s").expiry == .max)
    }
}
