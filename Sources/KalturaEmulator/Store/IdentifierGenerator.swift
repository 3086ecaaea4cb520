/// Hands out ids for new objects: counting integers per storage root, or entry-style strings
/// such as `0_k3x9q2ab`.
///
/// Integer ids only go up, like a database's auto-increment column: a deleted object's id is
/// never handed out again, a client-chosen id moves the counter past it, and the counters are
/// saved with the objects (``changedRoots``) so restarts keep them.
struct IdentifierGenerator: Sendable {
    private(set) var counters: [String: Int] = [:]
    /// The roots whose counter moved since the last save.
    private(set) var changedRoots: Set<String> = []
    private var generator = SystemRandomNumberGenerator()
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// The next integer id for objects stored under `root` (1, 2, 3, …) that is not taken, or
    /// `nil` when the ids up to `Int.max` are used up.
    mutating func nextInteger(for root: String, isTaken: (String) -> Bool) -> Int? {
        var candidate = counters[root] ?? 0
        repeat {
            let (next, overflow) = candidate.addingReportingOverflow(1)
            if overflow { return nil }
            candidate = next
        } while isTaken(String(candidate))
        counters[root] = candidate
        changedRoots.insert(root)
        return candidate
    }

    /// Records that `id` is taken under `root`, so later integers are larger.
    mutating func noteInteger(_ id: Int, for root: String) {
        guard id > counters[root] ?? 0 else { return }
        counters[root] = id
        changedRoots.insert(root)
    }

    /// Sets the counters read from a save, without marking them as changed.
    mutating func restore(_ saved: [String: Int]) {
        for (root, last) in saved where last > counters[root] ?? 0 { counters[root] = last }
    }

    /// Forgets which counters moved, once they are saved.
    mutating func clearChangedRoots() {
        changedRoots.removeAll(keepingCapacity: true)
    }

    /// A fresh string id: `0_` and eight random lowercase letters and digits.
    mutating func nextString(isTaken: (String) -> Bool) -> String {
        while true {
            var bytes = Array("0_".utf8)
            for _ in 0..<8 {
                bytes.append(Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)])
            }
            let id = String(decoding: bytes, as: UTF8.self)
            if !isTaken(id) { return id }
        }
    }
}
