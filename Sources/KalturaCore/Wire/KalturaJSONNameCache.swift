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

    /// The hash of an empty name; extend it byte by byte with ``combine(_:_:)``.
    static let initialHash: UInt32 = 2_166_136_261

    /// FNV-1a, computed by the reader while it scans a name.
    @inline(__always)
    static func combine(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte)) &* 16_777_619
    }

    @inline(__always)
    private static func slotIndex(for hash: UInt32) -> Int {
        Int((hash ^ hash >> 16) & UInt32(slotCount - 1))
    }

    /// The cached string spelled by `bytes`, whose hash is `hash`, if any.
    @inline(__always)
    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> String? {
        let count = bytes.count
        guard count > 0, count <= Self.slotWidth, !lengths.isEmpty else { return nil }
        let index = Self.slotIndex(for: hash)
        guard Int(lengths[index]) == count else { return nil }
        let equal = arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + index * Self.slotWidth, bytes.baseAddress!, count) == 0
        }
        return equal ? strings[index] : nil
    }

    /// Remembers `string` as the name spelled by `bytes` (hashed to `hash`), replacing the
    /// slot's occupant.
    mutating func insert(_ string: String, for bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) {
        let count = bytes.count
        guard count > 0, count <= Self.slotWidth else { return }
        if lengths.isEmpty {
            arena = Array(repeating: 0, count: Self.slotCount * Self.slotWidth)
            lengths = Array(repeating: 0, count: Self.slotCount)
            strings = Array(repeating: "", count: Self.slotCount)
        }
        let index = Self.slotIndex(for: hash)
        arena.withUnsafeMutableBufferPointer { arena in
            _ = memcpy(arena.baseAddress! + index * Self.slotWidth, bytes.baseAddress!, count)
        }
        lengths[index] = UInt8(count)
        strings[index] = string
    }
}
