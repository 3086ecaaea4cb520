extension KalturaSessionError {
    /// The structural problem found in a malformed KS.
    ///
    /// Field names in these values are the fixed names of KS fields, never text taken from the KS.
    public enum Malformation: Sendable, Hashable, CustomStringConvertible {
        /// The string is empty.
        case empty
        /// The string is not valid base64 (standard or URL-safe alphabet).
        case notBase64
        /// A `|` separator that the format requires is missing.
        case missingSeparator
        /// A V1 signature is not 40 lowercase hexadecimal characters.
        case malformedSignature
        /// A V1 token does not have between 3 and 9 `;`-separated fields.
        case wrongFieldCount
        /// The partner id is not an integer.
        case invalidPartnerId
        /// A V2 ciphertext is empty or not a whole number of AES blocks.
        case invalidCiphertextLength
        /// A verified V2 payload is too short to hold its random prefix.
        case truncatedPayload
        /// A required field is absent, for example `_e` in a V2 token.
        case missingField(String)
        /// A field that must be an integer is not, for example `valid_until`.
        case invalidField(String)

        /// A short explanation of the problem.
        public var description: String {
            switch self {
            case .empty: "empty string"
            case .notBase64: "not valid base64"
            case .missingSeparator: "missing '|' separator"
            case .malformedSignature: "signature is not 40 lowercase hex digits"
            case .wrongFieldCount: "expected 3 to 9 ';'-separated fields"
            case .invalidPartnerId: "partner id is not an integer"
            case .invalidCiphertextLength: "ciphertext is not a whole number of AES blocks"
            case .truncatedPayload: "decrypted payload is too short"
            case .missingField(let name): "missing field \(name)"
            case .invalidField(let name): "field \(name) is not an integer"
            }
        }
    }
}
