#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small direct-mapped cache of member names for ``KalturaJSONReader``.
///
/// List responses repeat the same member names in every item. Reusing the string made
/// for the first occurrence saves validating and, for names longer than 15 bytes,
/// allocating it again. Each slot keeps a copy of the name's bytes in a flat arena, so a
/// lookup is one hash, one length check and one `memcmp`.
struct KalturaJSONNameCache {
    private static let slotCount = 512
    /// Names longer than this are not cached.
    private static let slotWidth = 32

    /// `slotCount * slotWidth` bytes, allocated on first insert.
    private var arena: [UInt8] = []
    /// The length of the name in each slot; 0 for an empty slot.
    private var lengths: [UInt8] = []
    private var strings: [String] = []

    @inline(__always)
    private static func slotIndex(for bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // FNV-1a; names are short.
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int((hash ^ hash >> 16) & UInt32(slotCount - 1))
    }

    /// The cached string spelled by `bytes`, if any.
    @inline(__always)
    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        guard count > 0, count <= Self.slotWidth, !lengths.isEmpty else { return nil }
        let index = Self.slotIndex(for: bytes)
        guard Int(lengths[index]) == count else { return nil }
        let equal = arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + index * Self.slotWidth, bytes.baseAddress!, count) == 0
        }
        return equal ? strings[index] : nil
    }

    /// Remembers `string` as the name spelled by `bytes`, replacing the slot's occupant.
    mutating func insert(_ string: String, for bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0, count <= Self.slotWidth else { return }
        if lengths.isEmpty {
            arena = Array(repeating: 0, count: Self.slotCount * Self.slotWidth)
            lengths = Array(repeating: 0, count: Self.slotCount)
            strings = Array(repeating: "", count: Self.slotCount)
        }
        let index = Self.slotIndex(for: bytes)
        arena.withUnsafeMutableBufferPointer { arena in
            _ = memcpy(arena.baseAddress! + index * Self.slotWidth, bytes.baseAddress!, count)
        }
        lengths[index] = UInt8(count)
        strings[index] = string
    }
}
