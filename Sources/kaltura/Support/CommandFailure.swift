/// A failure the CLI reports as `Error: <message>` on stderr with exit status 1, without usage text
/// (usage is for mistakes in the command line itself).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
