import Foundation
import OrderedCollections

/// Removes sessions and secrets from what the client logs or puts into error messages.
///
/// Three nets, because a KS can turn up anywhere (the server echoes it in `INVALID_KS` messages):
/// - by name: members called `ks` or `session`, or whose name contains `secret` or `password`;
/// - by value: any value the client knows to be secret (its KS, an admin secret it was given);
/// - by shape: any run of base64 that decodes to a V1 (`<40 hex>|…`) or V2 (`v2|…`) KS.
///
/// The emulator's call record (`kaltura serve --record`) uses the same nets, hence `package` access.
package enum KalturaRedaction {
    /// What replaces a redacted value.
    package static let placeholder = "[redacted]"

    /// Whether a member with this name holds a secret: `ks`, `session`, `kalsig`, and any name
    /// containing `secret`, `password` or `token` of a session (`privateKey`, `adminSecret`,
    /// `newPassword`, `sessionSecret`, …), compared case-insensitively.
    package static func isSensitive(name: String) -> Bool {
        let lowered = Array(name.lowercased().utf8)
        return lowered == Array("ks".utf8) || lowered == Array("session".utf8) || lowered == Array("kalsig".utf8)
            || contains(lowered, "secret") || contains(lowered, "password") || contains(lowered, "privatekey")
    }

    /// Whether `bytes` hold `word` (ASCII): a byte search, since this runs for every parameter of
    /// every call and Foundation's `contains` costs more than the rest of the check.
    private static func contains(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = word.utf8Start
        for offset in 0...(bytes.count - count) {
            var index = 0
            while index < count, bytes[offset + index] == start[index] { index += 1 }
            if index == count { return true }
        }
        return false
    }

    /// `value` with sensitive members replaced, and KS-shaped text inside strings, at any depth.
    package static func redacting(_ value: KalturaValue) -> KalturaValue {
        switch value {
        case .map(let entries):
            return .map(redacting(entries))
        case .object(let object):
            return .object(KalturaObject(objectType: object.objectType, fields: redacting(object.kalturaFields)))
        case .array(let elements):
            return .array(elements.map(redacting))
        case .string(let text):
            let redacted = redactingSessionTokens(in: text)
            return redacted == text ? value : .string(redacted)
        case .null, .bool, .int, .float:
            return value
        }
    }

    /// `entries` with sensitive members replaced, at any depth (see ``redacting(_:)-KalturaValue``).
    package static func redacting(_ entries: OrderedDictionary<String, KalturaValue>) -> OrderedDictionary<String, KalturaValue> {
        var result = entries
        for (index, element) in entries.enumerated() {
            if isSensitive(name: element.key), !element.value.isNull {
                result.values[index] = .string(placeholder)
            } else {
                result.values[index] = redacting(element.value)
            }
        }
        return result
    }

    /// `text` with every known secret and every KS-shaped token replaced. Secrets are also found
    /// percent-encoded, as they appear in a URL's query (a serve action's URL carries the KS).
    package static func redacting(_ text: String, secrets: [String]) -> String {
        var result = text
        for secret in secrets where secret.count >= 4 {
            result = result.replacingOccurrences(of: secret, with: placeholder)
            var encoded = ""
            KalturaFormPercentCoding.encode(secret, into: &encoded)
            if encoded != secret {
                result = result.replacingOccurrences(of: encoded, with: placeholder)
            }
        }
        return redactingSessionTokens(in: result)
    }

    /// Up to `limit` characters from the start of a body, on one line, redacted.
    package static func excerpt(of body: [UInt8], secrets: [String], limit: Int = 200) -> String {
        let head = String(decoding: body.prefix(4096), as: UTF8.self)
        let redacted = redacting(head, secrets: secrets)
        var line = ""
        var count = 0
        var lastWasSpace = false
        for character in redacted where count < limit {
            if character.isWhitespace {
                if !lastWasSpace, count > 0 {
                    line.append(" ")
                    count += 1
                }
                lastWasSpace = true
            } else {
                line.append(character)
                count += 1
                lastWasSpace = false
            }
        }
        if count >= limit || body.count > 4096 { line += "…" }
        return line
    }

    // MARK: - KS-shaped tokens

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// `text` with every run of base64 that decodes to a KS replaced.
    package static func redactingSessionTokens(in text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < bytes.count {
            guard isTokenCharacter(bytes[index]) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isTokenCharacter(bytes[end]) { end += 1 }
            // Base64 padding ends a token.
            var padding = 0
            while end < bytes.count, padding < 2, bytes[end] == UInt8(ascii: "=") {
                end += 1
                padding += 1
            }
            let token = bytes[index..<end]
            if token.count >= 40, looksLikeSession(token) {
                output.append(contentsOf: placeholder.utf8)
                changed = true
            } else {
                output.append(contentsOf: token)
            }
            index = end
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    private static func looksLikeSession(_ token: ArraySlice<UInt8>) -> Bool {
        var text = String(decoding: token, as: UTF8.self)
            .replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        while text.hasSuffix("=") { text.removeLast() }
        // Only the first few bytes matter; decode a prefix of whole quanta.
        let prefixLength = min(text.count - text.count % 4, 64)
        guard prefixLength >= 8, let decoded = Data(base64Encoded: String(text.prefix(prefixLength))) else { return false }
        let head = Array(decoded)
        if head.starts(with: Array("v2|".utf8)) { return true }
        guard head.count >= 41, head[40] == UInt8(ascii: "|") else { return false }
        return head[0..<40].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }
}
