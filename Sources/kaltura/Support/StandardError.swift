import Foundation

/// Writes a line to standard error (diagnostics that must not mix with a command's output).
func printToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
