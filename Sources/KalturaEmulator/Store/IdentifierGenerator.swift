/// Hands out ids for new objects: counting integers per storage root, or entry-style strings
/// such as `0_k3x9q2ab`.
struct IdentifierGenerator: Sendable {
    private var counters: [String: Int] = [:]
    private var generator = SystemRandomNumberGenerator()
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// The next integer id for objects stored under `root` (1, 2, 3, …).
    mutating func nextInteger(for root: String) -> Int {
        let next = (counters[root] ?? 0) + 1
        counters[root] = next
        return next
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
