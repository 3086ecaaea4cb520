import CLibEdit
import Foundation
import KalturaCompletion

/// Reads `kaltura shell`'s lines on a terminal with libedit: line editing, a history kept in a file,
/// and Tab completion by a ``CompletionEngine``.
///
/// libedit calls its completion hook without a context pointer, so the engine lives in a global the
/// hook reads; one editor exists per process.
final class LineEditor {
    private let historyPath: String?

    /// An editor completing with `engine`, keeping history in the file at `historyPath` (none when `nil`).
    init(engine: CompletionEngine, historyPath: String?) {
        self.historyPath = historyPath
        lineEditorCompletionEngine = engine
        // Words break only at blanks: ':', '=', '.', '@' and '$' are part of what Tab completes.
        kaltura_editline_configure(lineEditorComplete)
        using_history()
        stifle_history(2000)
        if let historyPath { _ = read_history(historyPath) }
    }

    /// The next line typed after `prompt`, or `nil` at end of input (Ctrl-D).
    func readLine(prompt: String) -> String? {
        guard let line = readline(prompt) else { return nil }
        defer { free(line) }
        return String(cString: line)
    }

    /// Adds `line` to the history and writes the history file.
    func remember(_ line: String) {
        _ = add_history(line)
        if let historyPath { _ = write_history(historyPath) }
    }
}

/// The engine ``lineEditorComplete`` uses; set once, before the first line is read.
nonisolated(unsafe) private var lineEditorCompletionEngine: CompletionEngine?

/// libedit's attempted-completion hook: the engine's candidates for the text before the cursor, as
/// the NULL-terminated list libedit frees (the common prefix first, then every candidate).
private func lineEditorComplete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    kaltura_editline_completion_done(0)
    guard let engine = lineEditorCompletionEngine, let buffer = kaltura_editline_line() else { return nil }
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: Int(max(end, 0)))
    let completion = engine.complete(String(decoding: bytes, as: UTF8.self))
    guard !completion.candidates.isEmpty else { return nil }
    kaltura_editline_completion_done(completion.endsWord ? 32 : 0)
    let entries = [completion.commonPrefix] + completion.candidates
    guard let list = calloc(entries.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)?
        .assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self) else { return nil }
    for (position, entry) in entries.enumerated() { list[position] = strdup(entry) }
    return list
}
