/// What running one line of `kaltura shell` came to.
enum ShellLineOutcome: Equatable {
    /// The line did what it asked (or was empty).
    case succeeded
    /// The line failed; its error was printed and the shell goes on.
    case failed
    /// The line asked the shell to end.
    case exit
}
