/// Synthesizes a `media.list` JSON response shaped like the Kaltura server's output.
///
/// Entries carry the usual `KalturaMediaEntry` properties (about 45 members each) with
/// deterministic pseudo-random contents. With `phpEscapes` the text is written as PHP's
/// `json_encode` does by default: `/` as `\/` and every non-ASCII character as `\uXXXX`
/// (surrogate pairs beyond the BMP); otherwise non-ASCII text is raw UTF-8.
struct MediaListFixture {
    var entryCount = 500
    var phpEscapes = true

    func makeJSON() -> [UInt8] {
        var random = SplitMix64(seed: 0x4B41_4C54_5552_41)
        var out = "{\"objects\":["
        out.reserveCapacity(entryCount * 1500)
        for index in 0..<entryCount {
            if index > 0 { out += "," }
            appendEntry(index: index, random: &random, to: &out)
        }
        out += "],\"totalCount\":\(entryCount * 7 + 3),\"objectType\":\"KalturaMediaListResponse\"}"
        return Array(out.utf8)
    }

    private static let words = [
        "intro", "lecture", "keynote", "webinar", "demo", "tutorial", "café", "résumé",
        "naïve", "Straße", "東京", "видео", "🎬", "data", "cloud", "\"quoted\"", "a/b",
        "math", "history", "física", "music", "night", "ocean", "sprint",
    ]

    private func appendEntry(index: Int, random: inout SplitMix64, to out: inout String) {
        let id = "0_" + String(random.next() % 2_176_782_336, radix: 36).leftPadded(to: 8)
        let created = 1_600_000_000 + Int(random.next() % 100_000_000)
        let duration = Int(random.next() % 7200)
        let name = sentence(words: 2 + Int(random.next() % 5), random: &random)
        let description = sentence(words: 3 + Int(random.next() % 5), random: &random)
            + "\nLine two,\ttabbed — \"end\"."
        let tags = (0..<(1 + Int(random.next() % 5))).map { _ in Self.words[Int(random.next() % 24)] }
            .joined(separator: ", ")
        let partner = 1_234_567
        var members: [(String, String)] = [
            ("mediaType", "1"),
            ("conversionQuality", "\(4_000_000 + Int(random.next() % 1000))"),
            ("sourceType", "\"1\""),
            ("flavorParamsIds", quote("0,487041,487051,487061,487071,487081")),
            ("isTrimDisabled", random.next() % 2 == 0 ? "true" : "false"),
            ("plays", "\(random.next() % 100_000)"),
            ("views", "\(random.next() % 500_000)"),
            ("lastPlayedAt", "\(created + 86_400)"),
            ("width", "1920"),
            ("height", "1080"),
            ("duration", "\(duration)"),
            ("msDuration", "\(duration * 1000 + Int(random.next() % 1000))"),
            ("id", quote(id)),
            ("name", quote(name)),
            ("description", quote(description)),
            ("partnerId", "\(partner)"),
            ("userId", quote("user\(index % 17)@example.com")),
            ("creatorId", quote("user\(index % 13)@example.com")),
            ("tags", quote(tags)),
            ("adminTags", quote("")),
            ("categoriesIds", quote("\(100_000 + index % 9),\(200_000 + index % 4)")),
            ("status", "2"),
            ("moderationStatus", "6"),
            ("type", "1"),
            ("createdAt", "\(created)"),
            ("updatedAt", "\(created + Int(random.next() % 1_000_000))"),
            ("rank", "\(Double(random.next() % 500) / 100)"),
                        ("version", "0"),
            ("thumbnailUrl", quote("https://cfvod.kaltura.com/p/\(partner)/sp/\(partner)00/thumbnail/entry_id/\(id)/version/100012")),
            ("accessControlId", "\(3_000_000 + index % 3)"),
            ("conversionProfileId", "\(8_000_000 + index % 2)"),
            ("rootEntryId", quote(id)),
            ("operationAttributes", "[]"),
            ("entitledUsersEdit", quote("")),
            ("entitledUsersView", quote("")),
            ("displayInSearch", "1"),
            ("application", quote("kmc")),
            ("applicationVersion", quote("22.19.0")),
            ("blockAutoTranscript", "false"),
            ("streams", streams(random: &random)),
            ("relatedObjects", index % 10 == 0 ? relatedFlavors(entryID: id, random: &random) : "[]"),
            ("objectType", quote("KalturaMediaEntry")),
        ]
        if index % 3 == 0 {
            members.insert(("referenceId", quote("REF-\(index)")), at: 30)
            members.insert(("partnerData", quote("{\"source\":\"import\",\"batch\":\(index / 50)}")), at: 31)
        }
        if index % 5 == 0 {
            members.insert(("startDate", "\(created)"), at: 28)
            members.insert(("endDate", "\(created + 31_536_000)"), at: 29)
        }
        out += "{"
        for (offset, member) in members.enumerated() {
            if offset > 0 { out += "," }
            out += "\"" + member.0 + "\":" + member.1
        }
        out += "}"
    }

    private func streams(random: inout SplitMix64) -> String {
        let count = Int(random.next() % 2)
        let items = (0..<count).map { index in
            "{\"type\":\"audio\",\"trackIndex\":\"\(index)\",\"language\":\"eng\","
                + "\"label\":\(quote(index == 0 ? "English" : "Français")),\"objectType\":\"KalturaStreamContainer\"}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    private func relatedFlavors(entryID: String, random: inout SplitMix64) -> String {
        let flavors = (0..<2).map { index in
            "{\"flavorParamsId\":\(487_041 + index * 10),\"width\":\(640 * (index + 1)),\"height\":\(360 * (index + 1)),"
                + "\"bitrate\":\(800 + Int(random.next() % 2000)),\"frameRate\":\(index == 0 ? "25" : "29.97"),"
                + "\"isOriginal\":\(index == 0),\"isWeb\":true,\"containerFormat\":\"mp4\",\"videoCodecId\":\"avc1\","
                + "\"status\":2,\"isDefault\":false,\"language\":\"Undefined\",\"id\":\(quote(entryID.replacingFirst("0_", with: "1_"))),"
                + "\"entryId\":\(quote(entryID)),\"partnerId\":1234567,\"version\":\"1\",\"size\":\(random.next() % 900_000),"
                + "\"tags\":\"web,mbr\",\"fileExt\":\"mp4\",\"createdAt\":1700000000,\"updatedAt\":1700000100,"
                + "\"description\":\"\",\"sizeInBytes\":\"\(random.next() % 900_000_000)\",\"objectType\":\"KalturaFlavorAsset\"}"
        }
        return "{\"flavors\":{\"objects\":[" + flavors.joined(separator: ",")
            + "],\"totalCount\":2,\"objectType\":\"KalturaFlavorAssetListResponse\"}}"
    }

    private func sentence(words count: Int, random: inout SplitMix64) -> String {
        (0..<count).map { _ in Self.words[Int(random.next() % UInt64(Self.words.count))] }
            .joined(separator: " ")
    }

    /// A JSON string literal, escaped as PHP's `json_encode` does when `phpEscapes` is set.
    func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += phpEscapes ? "\\/" : "/"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + hex4(scalar.value)
                } else if scalar.value < 0x80 || !phpEscapes {
                    out.unicodeScalars.append(scalar)
                } else {
                    for unit in String(scalar).utf16 {
                        out += "\\u" + hex4(UInt32(unit))
                    }
                }
            }
        }
        return out + "\""
    }

    private func hex4(_ value: UInt32) -> String {
        String(value, radix: 16).leftPadded(to: 4)
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix64 {
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
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    fileprivate func replacingFirst(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
