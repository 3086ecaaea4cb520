/// Splits a `kaltura shell` line into words the way a POSIX shell does for the simple cases:
/// blanks separate words, single quotes keep text as written, double quotes keep blanks, and a
/// backslash outside single quotes takes the next character literally.
///
/// ```swift
/// CommandLineWords.split(#"media.add entry:name="Big Buck Bunny" entry:mediaType=VIDEO"#)
/// // ["media.add", "entry:name=Big Buck Bunny", "entry:mediaType=VIDEO"]
/// ```
public enum CommandLineWords {
    /// The words of `line`, or `nil` when a quote is left open.
    public static func split(_ line: String) -> [String]? {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case ("'", _):
                current.append(character)
            case (_, "\\"):
                escaped = true
                inWord = true
            case ("\"", _):
                current.append(character)
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (nil, _) where character.isWhitespace:
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(current) }
        return words
    }
}
