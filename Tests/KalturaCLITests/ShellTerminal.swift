import Foundation

/// A program running in a pseudo-terminal of a private tmux server (its own socket), driven with
/// `send-keys` and read with `capture-pane`, for tests of what only happens on a terminal.
final class ShellTerminal {
    /// tmux is missing or failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let socket = "kaltura-shell-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (words passed to `env`, so it may begin with NAME=value settings) in a
    /// 200×50 terminal.
    ///
    /// - Throws: ``Failure`` when tmux is not installed or cannot start the session.
    init(command: [String]) throws {
        do {
            _ = try Self.tmux(["-V"])
        } catch {
            throw Failure(description: "tmux is needed for the terminal tests and is not usable (apt-get install tmux): \(error)")
        }
        _ = try tmux(["new-session", "-d", "-x", "200", "-y", "50", "-s", "shell", "env"] + command)
    }

    /// Sends keys, such as `"media.li"`, `"Tab"` or `"Enter"` (tmux's key names).
    func send(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", "shell"] + keys)
    }

    /// The screen's text, trailing blanks of each line removed.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "shell"])
    }

    /// Polls the screen every 50 ms until `condition` holds for it, for at most `seconds`.
    ///
    /// - Throws: ``Failure`` with `what` and the last screen when the time runs out.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = (try? screen()) ?? ""
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw Failure(description: "waited \(seconds) s for \(what); the screen was:\n\(last)")
    }

    /// Whether the program (and so the tmux session) is still running.
    var isRunning: Bool { (try? tmux(["has-session", "-t", "shell"])) != nil }

    /// Stops this test's tmux server and whatever still runs in it.
    func stop() {
        _ = try? tmux(["kill-server"])
    }

    private func tmux(_ arguments: [String]) throws -> String {
        try Self.tmux(["-L", socket] + arguments)
    }

    /// Runs tmux with posix_spawn, closing every descriptor above stderr in the child: the tmux
    /// server that the first call forks would otherwise keep this process's pipes and sockets open
    /// (Foundation's `Process` waits for such a socket to close, so it would wait forever).
    private static func tmux(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let inherited = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for descriptor in inherited where descriptor > 2 { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }
}
