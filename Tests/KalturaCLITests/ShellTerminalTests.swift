import Foundation
import KalturaTestSupport
import Testing

/// `kaltura shell` on a pseudo-terminal (tmux): the prompt, Tab completion through libedit, and the
/// history file. Fails, never skips, when tmux is missing.
@Suite("kaltura shell on a terminal")
struct ShellTerminalTests {
    @Test("Tab completes an action and an inherited filter property; history keeps calls but not session lines")
    func tabCompletionAndHistory() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Self.scenario() })
            }
        }
    }

    private static func scenario() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-shell-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let history = home.appendingPathComponent("history")
        let terminal = try ShellTerminal(command: ["HOME=\(home.path)", "KALTURA_HISTORY=\(history.path)", "TERM=xterm",
                                                   TestFixtures.executable.path, "shell"])
        defer { terminal.stop() }
        let promptLine = { (screen: String) in screen.split(separator: "\n").last.map(String.init) ?? "" }

        let start = try terminal.waitFor("the first prompt") { promptLine($0) == "kaltura>" }
        #expect(start.contains("kaltura shell on the embedded emulator: the demo schema"))
        #expect(start.contains("session: KS [redacted] (v2, partner 100, ADMIN, no user, expires "))

        try terminal.send("media.li", "Tab")
        try terminal.waitFor("media.li to complete to media.list") { promptLine($0) == "kaltura> media.list" }
        try terminal.send("filter:nameL", "Tab")
        try terminal.waitFor("filter:nameL to complete to filter:nameLike=") { promptLine($0) == "kaltura> media.list filter:nameLike=" }
        try terminal.send("Shell", "Enter")
        try terminal.waitFor("the list's result") { screen in
            screen.contains("kaltura> media.list filter:nameLike=Shell\nno objects (totalCount 0)\nkaltura>")
        }

        // Two Tabs on an ambiguous word list the candidates.
        try terminal.send("media.", "Tab", "Tab")
        try terminal.waitFor("the list of media's actions") { screen in
            ["media.add", "media.addContent", "media.count", "media.delete", "media.get", "media.list", "media.update"]
                .allSatisfy { screen.contains($0) }
        }
        try terminal.send("C-u", "session start", "Enter")
        try terminal.waitFor("the new session") { promptLine($0) == "kaltura>" && $0.contains("kaltura> session start\nsession: KS [redacted]") }
        try terminal.send("exit", "Enter")
        let deadline = Date().addingTimeInterval(30)
        while terminal.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!terminal.isRunning)

        // libedit's history file encodes blanks as \040.
        let kept = try String(contentsOf: history, encoding: .utf8)
        #expect(kept.contains("media.list\\040filter:nameLike=Shell"))
        #expect(kept.contains("exit"))
        #expect(!kept.contains("session"))
    }
}
