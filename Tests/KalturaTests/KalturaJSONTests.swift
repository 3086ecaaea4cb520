import Foundation
import OrderedCollections
import Testing

@testable import Kaltura

@Suite("KalturaJSON")
struct KalturaJSONTests {
    private func decode(_ text: String) throws(KalturaWireError) -> KalturaValue {
        try KalturaJSON.decode(text)
    }

    private func encoded(_ value: KalturaValue, options: KalturaJSON.EncodingOptions = .init()) -> String {
        String(decoding: KalturaJSON.encode(value, options: options), as: UTF8.self)
    }

    private func expectFailure(
        _ bytes: [UInt8], offset: Int, reason: KalturaWireError.JSONReason, maxDepth: Int = KalturaJSON.defaultMaxDepth,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(throws: KalturaWireError.invalidJSON(offset: offset, reason: reason), sourceLocation: sourceLocation) {
            try KalturaJSON.decode(bytes, maxDepth: maxDepth)
        }
    }

    private func expectFailure(
        _ text: String, offset: Int, reason: KalturaWireError.JSONReason,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectFailure(Array(text.utf8), offset: offset, reason: reason, sourceLocation: sourceLocation)
    }

    // MARK: - Scalars

    @Test func primitiveResults() throws {
        #expect(try decode("true") == .bool(true))
        #expect(try decode("false") == .bool(false))
        #expect(try decode("null") == .null)
        #expect(try decode("1700000000") == .int(1_700_000_000))
        #expect(try decode(#""22.19.0""#) == .string("22.19.0"))
        #expect(try decode(" \n\t\r 7 \n") == .int(7))
    }

    @Test func integers() throws {
        #expect(try decode("0") == .int(0))
        #expect(try decode("-0") == .int(0))
        #expect(try decode("-5") == .int(-5))
        #expect(try decode("9223372036854775807") == .int(Int.max))
        #expect(try decode("-9223372036854775808") == .int(Int.min))
        #expect(try decode("9223372036854775808.0") == .float(9_223_372_036_854_775_808))
        #expect(try decode("1.0e+30") == .float(1e30))
    }

    /// PHP never writes an integer literal beyond Int64 (it switches to floats), so one is refused
    /// instead of being rounded to a float that loses digits.
    @Test func integersOutOfRangeAreRefused() {
        expectFailure("9223372036854775808", offset: 0, reason: .integerOutOfRange)
        expectFailure("-9223372036854775809", offset: 0, reason: .integerOutOfRange)
        expectFailure(#"{"totalCount":123456789012345678901234567890}"#, offset: 14, reason: .integerOutOfRange)
        #expect(KalturaWireError.invalidJSON(offset: 14, reason: .integerOutOfRange).description
            == "invalid JSON at byte 14: integer out of range (outside -9223372036854775808...9223372036854775807)")
    }

    /// A float that overflows to infinity is refused (it used to be written back out as `null`).
    @Test func floatsOutOfRangeAreRefused() {
        expectFailure("1e400", offset: 0, reason: .numberOutOfRange)
        expectFailure(#"{"totalCount":-1.5e309}"#, offset: 14, reason: .numberOutOfRange)
        #expect(KalturaWireError.invalidJSON(offset: 14, reason: .numberOutOfRange).description
            == "invalid JSON at byte 14: number out of range (too large for a 64-bit float)")
    }

    @Test func floats() throws {
        #expect(try decode("1.5") == .float(1.5))
        #expect(try decode("1e3") == .float(1000))
        #expect(try decode("1E+3") == .float(1000))
        #expect(try decode("25e-1") == .float(2.5))
        #expect(try decode("0.000123") == .float(0.000123))
        #expect(try decode("-1.0") == .float(-1))
        let negativeZero = try decode("-0.0")
        #expect(negativeZero == .float(0))
        #expect(negativeZero.floatValue?.sign == .minus)
        #expect(try decode("1e-400") == .float(0))
    }

    @Test(arguments: [
        "0.1", "0.2", "0.30000000000000004", "1e-7", "123456.789", "5e-324", "1.7976931348623157e308",
        "2.2250738585072014e-308", "3.141592653589793238462643383279", "9007199254740993", "0.1e-22",
        "123456789012345678e-5", "4.35679e22", "1.00000000000000011102230246251565404236316680908203125",
        "2.5e+22", "8.98846567431158e307", "0.000000000000000000000000000001",
    ])
    func floatsRoundCorrectly(text: String) throws {
        let expected = try #require(Double(text))
        let value = try decode(text.contains(where: { ".eE".contains($0) }) ? text : text + ".0")
        #expect(value == .float(expected))
    }

    @Test func floatsSurviveEncodeAndDecode() throws {
        var random = ValueGenerator(seed: 3)
        for _ in 0..<5000 {
            let double = Double(bitPattern: random.next())
            guard double.isFinite else { continue }
            #expect(try KalturaJSON.decode(KalturaJSON.encode(.float(double))) == .float(double))
        }
    }

    // MARK: - Strings

    @Test func stringEscapes() throws {
        #expect(try decode(#""a\"b\\c\/d\be\ff\ng\rh\ti""#) == .string("a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti"))
        #expect(try decode(#""caf\u00e9 \u20AC \u0000""#) == .string("café € \u{0}"))
        #expect(try decode(#""\ud83c\udfac""#) == .string("🎬"))
        #expect(try decode(#""x\uD83D\uDE00y""#) == .string("x😀y"))
        #expect(try decode(#""""#) == .string(""))
    }

    @Test func rawUTF8() throws {
        #expect(try decode("\"Straße 東京 🎬\"") == .string("Straße 東京 🎬"))
        #expect(try decode("\"é\\n\"") == .string("é\n"))
        // A long string, past the small-string size, with and without escapes.
        let long = String(repeating: "abcdefghij", count: 50)
        #expect(try decode("\"\(long)\"") == .string(long))
        #expect(try decode("\"\(long)\\t\"") == .string(long + "\t"))
    }

    @Test func memberNamesRepeatAcrossObjects() throws {
        // Exercises the name cache: same names, long names, names needing escapes.
        let item = #"{"aVeryLongMemberNameThatIsNotSmall":1,"id":"x","na\u006de":2,"énorme":3}"#
        let value = try decode("[" + Array(repeating: item, count: 3).joined(separator: ",") + "]")
        let expected: KalturaValue = .map(["aVeryLongMemberNameThatIsNotSmall": 1, "id": "x", "name": 2, "énorme": 3])
        #expect(value == .array([expected, expected, expected]))
    }

    // MARK: - Structure

    @Test func objectsWithObjectTypeBecomeObjects() throws {
        let value = try decode(#"{"id":"0_abc","name":"n","objectType":"KalturaMediaEntry","tags":"t"}"#)
        let object = try #require(value.objectValue)
        #expect(object.objectType == "KalturaMediaEntry")
        #expect(Array(object.kalturaFields.keys) == ["id", "name", "tags"])
    }

    @Test func otherObjectsBecomeMaps() throws {
        #expect(try decode("{}") == .map([:]))
        #expect(try decode(#"{"b":1,"a":[]}"#) == .map(["b": 1, "a": []]))
        #expect(try decode(#"{"objectType":1}"#) == .map(["objectType": 1]))
        #expect(try decode(#"{"objectType":null,"a":1}"#) == .map(["objectType": .null, "a": 1]))
    }

    @Test func repeatedMembersKeepFirstPositionAndLastValue() throws {
        #expect(try decode(#"{"a":1,"b":2,"a":3}"#) == .map(["a": 3, "b": 2]))
        let object = try #require(try decode(#"{"objectType":1,"x":1,"objectType":"T"}"#).objectValue)
        #expect(object == KalturaObject("T", ["x": 1]))
    }

    @Test func listResponse() throws {
        let value = try decode(
            #"{"objects":[{"id":"0_abc","relatedObjects":{"flavors":{"objects":[],"totalCount":0,"objectType":"KalturaFlavorAssetListResponse"}},"objectType":"KalturaMediaEntry"}],"totalCount":1,"objectType":"KalturaMediaListResponse"}"#)
        let expected: KalturaValue = [
            "objects": [
                [
                    "id": "0_abc",
                    "relatedObjects": [
                        "flavors": ["objects": [], "totalCount": 0, "objectType": "KalturaFlavorAssetListResponse"]
                    ],
                    "objectType": "KalturaMediaEntry",
                ]
            ],
            "totalCount": 1,
            "objectType": "KalturaMediaListResponse",
        ]
        #expect(value == expected)
    }

    @Test func whitespaceEverywhere() throws {
        let value = try decode(" { \"a\" : [ 1 , 2 ] , \"b\" : { } } ")
        #expect(value == .map(["a": [1, 2], "b": .map([:])]))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try KalturaJSON.decode([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test func nestingUpToTheLimit() throws {
        let depth = KalturaJSON.defaultMaxDepth
        var value = try decode(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            value = elements.first ?? .null
        }
        #expect(levels == depth)
        #expect(try KalturaJSON.decode(Array("[[1]]".utf8), maxDepth: 2) == [[1]])
    }

    @Test func inputKinds() throws {
        let text = #"{"a":[1,"x"]}"#
        let expected: KalturaValue = .map(["a": [1, "x"]])
        #expect(try KalturaJSON.decode(Array(text.utf8)) == expected)
        #expect(try KalturaJSON.decode(Data(text.utf8)) == expected)
        #expect(try KalturaJSON.decode(text) == expected)
        #expect(try KalturaJSON.decode(Array(("  " + text).utf8)[2...]) == expected)
        #expect(try KalturaJSON.decode(AnyCollection(Array(text.utf8))) == expected)
        #expect(try KalturaJSON.decode(text.utf8) == expected)
    }

    // MARK: - Errors

    @Test func emptyInput() {
        expectFailure("", offset: 0, reason: .emptyInput)
        expectFailure(" \n ", offset: 3, reason: .emptyInput)
        expectFailure([0xEF, 0xBB, 0xBF], offset: 3, reason: .emptyInput)
        #expect(throws: KalturaWireError.invalidJSON(offset: 0, reason: .emptyInput)) {
            try KalturaJSON.decode(Data())
        }
    }

    @Test(arguments: [
        ("{", 1), ("[", 1), ("[1,", 3), ("[1", 2), (#"{"a""#, 4), (#"{"a":"#, 5), (#"{"a":1"#, 6), (#"{"a":1,"#, 7),
        (#""abc"#, 4), ("tru", 3), ("fals", 4), ("n", 1), ("-", 1), ("1.", 2), ("1e", 2), ("1e+", 3),
        (#""\"#, 2), (#""\u12"#, 5), (#""\ud83c"#, 7), (#""\ud83c\"#, 8), (#""\ud83c\u"#, 9), (#""\ud83c\udf"#, 11),
    ])
    func truncatedInput(text: String, offset: Int) {
        expectFailure(text, offset: offset, reason: .unexpectedEndOfInput)
    }

    @Test func trailingGarbage() {
        expectFailure("{} x", offset: 3, reason: .trailingCharacters)
        expectFailure("1 2", offset: 2, reason: .trailingCharacters)
        expectFailure("truex", offset: 4, reason: .trailingCharacters)
        expectFailure("[1]]", offset: 3, reason: .trailingCharacters)
        expectFailure(#""a""b""#, offset: 3, reason: .trailingCharacters)
        expectFailure("null\u{0}", offset: 4, reason: .trailingCharacters)
    }

    @Test func unexpectedCharacters() {
        expectFailure("[1,]", offset: 3, reason: .unexpectedCharacter(UInt8(ascii: "]")))
        expectFailure("[1 2]", offset: 3, reason: .unexpectedCharacter(UInt8(ascii: "2")))
        expectFailure("{,}", offset: 1, reason: .unexpectedCharacter(UInt8(ascii: ",")))
        expectFailure(#"{"a" 1}"#, offset: 5, reason: .unexpectedCharacter(UInt8(ascii: "1")))
        expectFailure("{1:2}", offset: 1, reason: .unexpectedCharacter(UInt8(ascii: "1")))
        expectFailure(#"{"a":1,}"#, offset: 7, reason: .unexpectedCharacter(UInt8(ascii: "}")))
        expectFailure(#"{"a":1]"#, offset: 6, reason: .unexpectedCharacter(UInt8(ascii: "]")))
        expectFailure("+1", offset: 0, reason: .unexpectedCharacter(UInt8(ascii: "+")))
        expectFailure("NaN", offset: 0, reason: .unexpectedCharacter(UInt8(ascii: "N")))
        expectFailure("'a'", offset: 0, reason: .unexpectedCharacter(UInt8(ascii: "'")))
        expectFailure("trUe", offset: 2, reason: .unexpectedCharacter(UInt8(ascii: "U")))
        expectFailure([0x5B, 0x01, 0x5D], offset: 1, reason: .unexpectedCharacter(0x01))
    }

    @Test func invalidNumbers() {
        expectFailure("01", offset: 1, reason: .invalidNumber)
        expectFailure("-01", offset: 2, reason: .invalidNumber)
        expectFailure("-a", offset: 1, reason: .invalidNumber)
        expectFailure("1.e5", offset: 2, reason: .invalidNumber)
        expectFailure("1ex", offset: 2, reason: .invalidNumber)
        expectFailure("[1.]", offset: 3, reason: .invalidNumber)
        expectFailure("[-]", offset: 2, reason: .invalidNumber)
    }

    @Test func badEscapes() {
        expectFailure(#""\x""#, offset: 1, reason: .invalidEscape)
        expectFailure(#""ab\'""#, offset: 3, reason: .invalidEscape)
        expectFailure(#""\u12G4""#, offset: 1, reason: .invalidUnicodeEscape)
        expectFailure(#""\u""#, offset: 1, reason: .invalidUnicodeEscape)
        expectFailure(#""\ud83c\u12x4""#, offset: 7, reason: .invalidUnicodeEscape)
    }

    @Test func loneSurrogates() {
        expectFailure(#""\ud83c""#, offset: 1, reason: .loneSurrogate)
        expectFailure(#""\udfac""#, offset: 1, reason: .loneSurrogate)
        expectFailure(#""ab\ud83c\u0041""#, offset: 3, reason: .loneSurrogate)
        expectFailure(#""\ud83cx""#, offset: 1, reason: .loneSurrogate)
        expectFailure(#""\ud83c\ud83c""#, offset: 1, reason: .loneSurrogate)
        expectFailure(#""\ud83c\n""#, offset: 1, reason: .loneSurrogate)
    }

    @Test func controlCharactersInStrings() {
        expectFailure("\"a\nb\"", offset: 2, reason: .controlCharacterInString)
        expectFailure("\"a\\n\tb\"", offset: 4, reason: .controlCharacterInString)
        expectFailure([0x22, 0x00, 0x22], offset: 1, reason: .controlCharacterInString)
    }

    @Test func invalidUTF8() {
        expectFailure([0x22, 0xFF, 0x22], offset: 1, reason: .invalidUTF8)
        expectFailure([0x22, 0x61, 0xC3, 0x22], offset: 2, reason: .invalidUTF8)
        expectFailure([0x22, 0xC0, 0xAF, 0x22], offset: 1, reason: .invalidUTF8)  // overlong '/'
        expectFailure([0x22, 0xED, 0xA0, 0x80, 0x22], offset: 1, reason: .invalidUTF8)  // encoded surrogate
        expectFailure([0x22, 0x5C, 0x6E, 0x61, 0xFE, 0x22], offset: 4, reason: .invalidUTF8)  // after an escape
        expectFailure([0x7B, 0x22, 0x61, 0xFF, 0x22, 0x3A, 0x31, 0x7D], offset: 3, reason: .invalidUTF8)  // in a name
    }

    @Test func deepNesting() {
        let limit = KalturaJSON.defaultMaxDepth
        expectFailure(String(repeating: "[", count: limit + 1), offset: limit, reason: .nestingTooDeep(limit: limit))
        expectFailure(String(repeating: #"{"a":"#, count: 100_000), offset: 5 * limit, reason: .nestingTooDeep(limit: limit))
        expectFailure(Array("[[[1]]]".utf8), offset: 2, reason: .nestingTooDeep(limit: 2), maxDepth: 2)
    }

    @Test func htmlPage() {
        let page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>" + String(repeating: "x", count: 5000) + "</body></html>"
        let error = #expect(throws: KalturaWireError.self) { try KalturaJSON.decode(page) }
        #expect(error == .invalidJSON(offset: 0, reason: .unexpectedCharacter(UInt8(ascii: "<"))))
        #expect(error?.description == "invalid JSON at byte 0: unexpected character '<' (the input looks like HTML or XML)")
        #expect(error?.offset == 0)
    }

    @Test func errorTextNeverQuotesTheInput() {
        let secret = String(repeating: "secret-", count: 2000)
        let error = #expect(throws: KalturaWireError.self) {
            try KalturaJSON.decode(#"{"ks":""# + secret + "\n" + #""}"#)
        }
        let description = error?.description ?? ""
        #expect(description == "invalid JSON at byte \(7 + secret.utf8.count): unescaped control character in string")
        #expect(!description.contains("secret"))
    }

    @Test func reasonDescriptions() {
        #expect(KalturaWireError.JSONReason.unexpectedCharacter(0x0A).description == "unexpected character 0x0A")
        #expect(KalturaWireError.JSONReason.unexpectedCharacter(0xFF).description == "unexpected character 0xFF")
        #expect(KalturaWireError.JSONReason.nestingTooDeep(limit: 512).description == "arrays and objects nested deeper than 512 levels")
        #expect(KalturaWireError.invalidJSON(offset: 3, reason: .emptyInput).description == "invalid JSON at byte 3: empty input")
    }

    // MARK: - Encoding

    @Test func compactEncoding() {
        let value: KalturaValue = .map(["a": [1, 2.5, "x", true, false, nil], "b": .map([:]), "c": []])
        #expect(encoded(value) == #"{"a":[1,2.5,"x",true,false,null],"b":{},"c":[]}"#)
    }

    @Test func objectTypeGoesLastByDefault() {
        let value: KalturaValue = ["objectType": "KalturaMediaEntry", "id": "0_abc", "name": "n"]
        #expect(encoded(value) == #"{"id":"0_abc","name":"n","objectType":"KalturaMediaEntry"}"#)
        #expect(encoded(.object(KalturaObject("T"))) == #"{"objectType":"T"}"#)
    }

    @Test func protocolTestVectorB() {
        let body: KalturaValue = .map([
            "format": 1, "clientTag": "swift-test", "apiVersion": "22.19.0", "ks": "KS123",
            "filter": [
                "objectType": "KalturaMediaEntryFilter", "nameLike": "hello", "mediaTypeEqual": 1,
                "orderBy": "-createdAt", "tagsMultiLikeOr": .null,
            ],
            "pager": ["objectType": "KalturaFilterPager", "pageSize": 10, "pageIndex": 2],
        ])
        let expected = """
            {"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","ks":"KS123",\
            "filter":{"objectType":"KalturaMediaEntryFilter","nameLike":"hello","mediaTypeEqual":1,"orderBy":"-createdAt","tagsMultiLikeOr__null":""},\
            "pager":{"objectType":"KalturaFilterPager","pageSize":10,"pageIndex":2}}
            """
        #expect(encoded(body, options: .request) == expected)
    }

    @Test func nullStyles() {
        let value: KalturaValue = .map(["a": .null, "b": 1, "c": .null])
        #expect(encoded(value, options: .init(nullStyle: .jsonNull)) == #"{"a":null,"b":1,"c":null}"#)
        #expect(encoded(value, options: .init(nullStyle: .omit)) == #"{"b":1}"#)
        #expect(encoded(value, options: .init(nullStyle: .kalturaNullMarker)) == #"{"a__null":"","b":1,"c__null":""}"#)
        #expect(String(decoding: KalturaJSON.encode(value, nullStyle: .omit), as: UTF8.self) == #"{"b":1}"#)
        // Nulls that are not members are always JSON null.
        #expect(encoded([nil, 1], options: .request) == "[null,1]")
        #expect(encoded(.null, options: .request) == "null")
        let object: KalturaValue = ["objectType": "T", "tags": .null]
        #expect(encoded(object, options: .response) == #"{"objectType":"T"}"#)
        #expect(encoded(object, options: .request) == #"{"objectType":"T","tags__null":""}"#)
    }

    @Test func emptyMapStyles() {
        let value: KalturaValue = .map(["m": .map([:]), "a": []])
        #expect(encoded(value) == #"{"m":{},"a":[]}"#)
        #expect(encoded(value, options: .response) == #"{"m":[],"a":[]}"#)
        #expect(encoded(.map([:]), options: .response) == "[]")
    }

    @Test func stringEscaping() {
        #expect(encoded("a\"b\\c/d\n\r\t\u{8}\u{C}\u{1}\u{1F}") == #""a\"b\\c/d\n\r\t\b\f\u0001\u001f""#)
        #expect(encoded("café 🎬 \u{2028}") == "\"café 🎬 \u{2028}\"")
        #expect(encoded(.map(["k\"ey": 1])) == #"{"k\"ey":1}"#)
    }

    @Test func numbers() {
        #expect(encoded(.int(Int.min)) == "-9223372036854775808")
        #expect(encoded(.int(Int.max)) == "9223372036854775807")
        #expect(encoded(.int(0)) == "0")
        #expect(encoded(.float(1)) == "1.0")
        #expect(encoded(.float(0.1)) == "0.1")
        #expect(encoded(.float(-2.5e-7)) == "-2.5e-07")
        #expect(encoded(.float(1e300)) == "1e+300")
        #expect(encoded([.float(.nan), .float(.infinity), .float(-.infinity)]) == "[null,null,null]")
    }

    @Test func encodedResults() {
        let notFound = KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_bad" not found"#, args: ["ENTRY_ID": "0_bad"])
        #expect(
            String(decoding: KalturaJSON.encode(.failure(notFound)), as: UTF8.self)
                == #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_bad\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_bad"}}"#)
        let serverError = KalturaAPIError(code: "INTERNAL_SERVERL_ERROR", message: "Internal server error occurred")
        #expect(
            String(decoding: KalturaJSON.encode(.failure(serverError)), as: UTF8.self)
                == #"{"code":"INTERNAL_SERVERL_ERROR","message":"Internal server error occurred","objectType":"KalturaAPIException","args":[]}"#)
        #expect(String(decoding: KalturaJSON.encode(.success(.null)), as: UTF8.self) == "null")
        let multi = KalturaResult.multiple([.success(["objectType": "KalturaMediaEntry", "id": "0_a", "tags": .null]), .failure(serverError)])
        #expect(
            String(decoding: KalturaJSON.encode(multi), as: UTF8.self)
                == #"[{"id":"0_a","objectType":"KalturaMediaEntry"},{"code":"INTERNAL_SERVERL_ERROR","message":"Internal server error occurred","objectType":"KalturaAPIException","args":[]}]"#)
    }

    // MARK: - Round trips

    @Test func serverResponseRoundTripsByteForByte() throws {
        let response = #"{"objects":[{"id":"0_abc","name":"caf\u00e9 \"x\"","rank":1.5,"plays":0,"isTrimDisabled":false,"operationAttributes":[],"relatedObjects":[],"objectType":"KalturaMediaEntry"}],"totalCount":1,"objectType":"KalturaMediaListResponse"}"#
        let value = try decode(response)
        let rewritten = String(decoding: KalturaJSON.encode(value, options: .response), as: UTF8.self)
        #expect(rewritten == response.replacingOccurrences(of: #"\u00e9"#, with: "é"))
    }

    @Test func mutatedInputNeverCrashes() throws {
        var generator = ValueGenerator(seed: 11)
        var random = ValueGenerator(seed: 12)
        let interesting = Array(#"{}[]",:"\u0d8cDC0e+-.1 tfn"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xED, 0xF0, 0xFF]
        for _ in 0..<2000 {
            var bytes = KalturaJSON.encode(generator.value(depth: 4))
            switch random.next() % 3 {
            case 0:
                bytes.removeLast(Int(random.next() % UInt64(bytes.count)))
            case 1:
                for _ in 0...(random.next() % 3) {
                    bytes[Int(random.next() % UInt64(bytes.count))] = interesting[Int(random.next() % UInt64(interesting.count))]
                }
            default:
                bytes.insert(interesting[Int(random.next() % UInt64(interesting.count))], at: Int(random.next() % UInt64(bytes.count + 1)))
            }
            do {
                // Compared as bytes: a mutated exponent can overflow to infinity, which
                // encodes as null.
                let encoded = KalturaJSON.encode(try KalturaJSON.decode(bytes))
                #expect(KalturaJSON.encode(try KalturaJSON.decode(encoded)) == encoded)
            } catch {
                #expect(error.offset >= 0 && error.offset <= bytes.count)
            }
        }
    }

    @Test func randomValuesRoundTrip() throws {
        var generator = ValueGenerator(seed: 7)
        for _ in 0..<300 {
            let value = generator.value(depth: 4)
            let bytes = KalturaJSON.encode(value)
            #expect(try KalturaJSON.decode(bytes) == value)
        }
    }
}

/// Deterministic random `KalturaValue` trees for round-trip tests.
struct ValueGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    private static let alphabet: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "é", "€", "🎬", "東", ":", "-", "_null", "\u{0}",
    ]

    mutating func string() -> String {
        (0..<below(20)).map { _ in Self.alphabet[below(Self.alphabet.count)] }.joined()
    }

    mutating func name() -> String {
        var name = string()
        if name == "objectType" { name += "x" }
        return name
    }

    mutating func value(depth: Int) -> KalturaValue {
        let kind = below(depth > 0 ? 9 : 5)
        switch kind {
        case 0: return .null
        case 1: return .bool(below(2) == 0)
        case 2: return .int(Int(bitPattern: UInt(next())) >> below(64))
        case 3:
            let double = Double(bitPattern: next())
            return .float(double.isFinite ? double : 0.5)
        case 4: return .string(string())
        case 5, 6:
            return .array((0..<below(5)).map { _ in value(depth: depth - 1) })
        case 7:
            var entries = OrderedDictionary<String, KalturaValue>()
            for _ in 0..<below(5) { entries[name()] = value(depth: depth - 1) }
            return .map(entries)
        default:
            var fields = OrderedDictionary<String, KalturaValue>()
            for _ in 0..<below(6) { fields[name()] = value(depth: depth - 1) }
            return .object(KalturaObject(objectType: "Kaltura" + string(), fields: fields))
        }
    }
}
