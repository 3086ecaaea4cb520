/// What Tab completes at a cursor: the word being typed and the words that may replace it.
public struct Completion: Sendable, Hashable {
    /// The text from the start of the word being completed to the cursor.
    public var word: String
    /// Whole replacements for ``word``, sorted. A candidate ending in `.`, `:`, `=` or `/` expects
    /// more text after it; any other is a finished word.
    public var candidates: [String]

    /// A completion of `word` by `candidates`.
    public init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    /// The longest text every candidate starts with (the word itself when there is none).
    public var commonPrefix: String {
        guard let first = candidates.first else { return word }
        var prefix = Substring(first)
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix = prefix.dropLast() }
        }
        return prefix.count >= word.count ? String(prefix) : word
    }

    /// Whether a sole candidate is a finished word, so a space should follow it.
    public var endsWord: Bool {
        guard candidates.count == 1, let last = candidates[0].last else { return false }
        return !".:=/".contains(last)
    }
}
