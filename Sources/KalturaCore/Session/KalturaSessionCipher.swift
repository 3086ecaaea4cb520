import Crypto
import _CryptoExtras
import Foundation

/// The hashing and encryption primitives behind KS signatures, built on swift-crypto.
enum KalturaSessionCipher {
    /// The AES block size in bytes.
    static let blockSize = 16

    /// The raw SHA-1 digest (20 bytes) of `bytes`.
    static func sha1<Bytes: DataProtocol>(_ bytes: Bytes) -> [UInt8] {
        Array(Insecure.SHA1.hash(data: bytes))
    }

    /// The SHA-1 digest of `bytes` as 40 lowercase hex characters (PHP `sha1()`, Python `hexdigest()`).
    static func sha1Hex<Bytes: DataProtocol>(_ bytes: Bytes) -> [UInt8] {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(40)
        for byte in sha1(bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }

    /// The AES-128 key for a V2 KS: the first 16 bytes of the raw SHA-1 of the UTF-8 secret.
    static func key(forSecret secret: String) -> [UInt8] {
        Array(sha1(Array(secret.utf8)).prefix(16))
    }

    /// Appends zero bytes until the length is a multiple of the block size (no block is added
    /// when it already is).
    static func zeroPadded(_ bytes: [UInt8]) -> [UInt8] {
        let remainder = bytes.count % blockSize
        return remainder == 0 ? bytes : bytes + [UInt8](repeating: 0, count: blockSize - remainder)
    }

    /// AES-128-CBC with a zero IV and no padding.
    /// - Precondition: `key` has 16 bytes and `plaintext.count` is a multiple of 16.
    static func encrypt(_ plaintext: [UInt8], key: [UInt8]) -> [UInt8] {
        precondition(key.count == 16 && plaintext.count % blockSize == 0, "KS plaintext must be block aligned")
        do {
            return Array(try AES._CBC.encrypt(plaintext, using: SymmetricKey(data: key), iv: zeroIV(), noPadding: true))
        } catch {
            preconditionFailure("AES-CBC rejected a block-aligned plaintext: \(error)")
        }
    }

    /// Reverses ``encrypt(_:key:)``.
    /// - Returns: The plaintext, or `nil` when `ciphertext` is empty or not block aligned.
    static func decrypt(_ ciphertext: [UInt8], key: [UInt8]) -> [UInt8]? {
        guard key.count == 16, !ciphertext.isEmpty, ciphertext.count % blockSize == 0 else { return nil }
        return try? Array(AES._CBC.decrypt(ciphertext, using: SymmetricKey(data: key), iv: zeroIV(), noPadding: true))
    }

    /// Compares two byte strings in time that depends only on their lengths.
    static func constantTimeEquals<A: Collection<UInt8>, B: Collection<UInt8>>(_ lhs: A, _ rhs: B) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }

    private static func zeroIV() throws -> AES._CBC.IV {
        try AES._CBC.IV(ivBytes: [UInt8](repeating: 0, count: 16))
    }
}
