#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One fuzz input, as libFuzzer passes it, with the checks every target shares.
public struct FuzzInput: Sendable {
    /// The input's bytes (copied: libFuzzer frees its buffer when the call returns).
    public let bytes: [UInt8]

    /// The marker that makes a target crash on purpose when `KALTURA_FUZZ_PLANTED_CRASH=1` is set,
    /// so `run.sh --self-test` can prove that a crash fails the run and reports its input.
    public static let plantedCrashMarker: [UInt8] = Array("KALTURA-FUZZ-PLANTED-CRASH".utf8)

    private static let plantedCrashEnabled: Bool = {
        guard let value = getenv("KALTURA_FUZZ_PLANTED_CRASH") else { return false }
        return String(cString: value) == "1"
    }()

    /// Copies the bytes libFuzzer passed, and crashes on the planted marker when the self-test asks.
    public init(_ start: UnsafePointer<UInt8>?, _ count: Int) {
        if let start, count > 0 {
            bytes = Array(UnsafeBufferPointer(start: start, count: count))
        } else {
            bytes = []
        }
        if Self.plantedCrashEnabled, bytes.starts(with: Self.plantedCrashMarker) {
            fatalError("planted crash (KALTURA_FUZZ_PLANTED_CRASH=1): the harness must report this input")
        }
    }

    /// Wraps bytes that are already copied (part of another input).
    public init(_ bytes: some Sequence<UInt8>) {
        self.bytes = Array(bytes)
    }

    /// The input split at the first `count - 1` newlines into `count` pieces (the last keeps the
    /// rest, newlines included); missing pieces are empty.
    public func lines(_ count: Int) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var rest = bytes[...]
        while pieces.count < count - 1, let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
            pieces.append(rest[..<newline])
            rest = rest[(newline + 1)...]
        }
        pieces.append(rest)
        while pieces.count < count { pieces.append([]) }
        return pieces
    }
}

/// Checks an invariant of a fuzz target: when it does not hold, the target traps with `message`,
/// and libFuzzer saves the input as a crash.
public func fuzzRequire(_ condition: Bool, _ message: @autoclosure () -> String,
                        file: StaticString = #fileID, line: UInt = #line) {
    if !condition {
        fatalError("invariant broken: \(message())", file: file, line: line)
    }
}
