import Foundation
import Testing

/// The REPL as a user meets it: the real `entente` binary on a real pseudo-terminal.
@Suite(.serialized)
struct ReplTests {
    static let canada = Binary.example("canada-ukraine-security-agreement-2024.txt")
    static let prompt = "entente> "
    /// Generous: a debug build loads and reads the agreement before the first prompt.
    static let startup = 30.0

    /// A scratch HOME and XDG_STATE_HOME, removed afterwards; kept across runs within one test.
    final class Home {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("entente-repl-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        var historyFile: URL { url.appendingPathComponent("state/entente/history") }
    }

    /// Starts `entente ARGUMENTS` on a pty and waits for its first prompt.
    private func start(_ home: Home, _ arguments: [String] = [canada]) throws -> (PseudoTerminal, String) {
        let terminal = try PseudoTerminal(executable: Binary.url, arguments: arguments,
                                          environment: PseudoTerminal.environment(home: home.url))
        let greeting = try terminal.expectPrompt(Self.prompt, timeout: Self.startup)
        return (terminal, greeting)
    }

    /// What a statement printed: the output after its echoed line, up to the next prompt.
    private func printed(_ output: String) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
    }

    @Test func showsABannerThenThePromptAndQuits() throws {
        let home = try Home()
        let (terminal, greeting) = try start(home)
        let lines = greeting.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2, "one banner line, then the prompt: \(greeting.debugDescription)")
        #expect(lines.first.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == true)
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func runsAQueryAndPrintsATable() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("provisions | count\r")
        let output = printed(try terminal.expectPrompt(Self.prompt))
        #expect(output.contains("count"), "a table with a count column: \(output)")
        #expect(output.contains { $0.isNumber }, "the count itself: \(output)")
        #expect(!output.contains("error"))
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func helpListsTheMetaCommands() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send(".help\r")
        let output = printed(try terminal.expectPrompt(Self.prompt))
        for command in [".quit", ".schema", ".mode"] {
            #expect(output.contains(command), "\(command) in .help: \(output)")
        }
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabCompletesASource() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("provi\t")
        try terminal.expect("provisions")
        // The completed word is real input: the statement runs.
        try terminal.send("| count\r")
        let output = printed(try terminal.expectPrompt(Self.prompt))
        #expect(output.contains("count"), "\(output)")
        #expect(!output.contains("error"), "\(output)")
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabCompletesAFieldAfterWhere() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("provisions | where headi\t")
        try terminal.expect("heading")
        try terminal.send("\u{03}")
        try terminal.expectPrompt(Self.prompt)
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func historyIsKeptAcrossRuns() throws {
        let home = try Home()
        do {
            let (first, _) = try start(home)
            try first.send("documents | count\r")
            try first.expectPrompt(Self.prompt)
            try first.send(".quit\r")
            #expect(try first.waitForExit() == 0)
        }
        let saved = try String(contentsOf: home.historyFile, encoding: .utf8)
        #expect(saved.contains("documents"), "history file: \(saved)")

        let (second, _) = try start(home)
        // Up recalls the last statement (`.quit` is not worth recalling, or is recalled first).
        try second.send("\u{1b}[A")
        var recalled = second.output(after: 0.5)
        if recalled.contains(".quit") {
            try second.send("\u{1b}[A")
            recalled = second.output(after: 0.5)
        }
        #expect(recalled.contains("documents | count"), "recalled: \(recalled.debugDescription)")
        try second.send("\r")
        try second.expect("documents | count")
        let output = try second.expectPrompt(Self.prompt)
        #expect(output.contains("count"), "\(output)")
        try second.send(".quit\r")
        #expect(try second.waitForExit() == 0)
    }

    @Test func ctrlCDiscardsTheLineAndKeepsRunning() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("provisions | nonsense_that_would_fail")
        try terminal.expect("nonsense_that_would_fail")
        try terminal.send("\u{03}")
        let afterInterrupt = try terminal.expectPrompt(Self.prompt, timeout: 5)
        #expect(!afterInterrupt.contains("error"), "the discarded line was not run: \(afterInterrupt)")
        // A fresh, empty line: what is typed next runs on its own.
        try terminal.send("documents | count\r")
        let output = printed(try terminal.expectPrompt(Self.prompt))
        #expect(output.contains("count"), "\(output)")
        #expect(!output.contains("error"), "\(output)")
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
        let saved = (try? String(contentsOf: home.historyFile, encoding: .utf8)) ?? ""
        #expect(!saved.contains("nonsense"), "a discarded line stays out of history: \(saved)")
    }

    @Test func ctrlDOnAnEmptyLineExits() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func anErrorIsLocatedAndTheReplContinues() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("provisions | where nosuchfield = 1\r")
        let output = printed(try terminal.expectPrompt(Self.prompt))
        #expect(output.contains("<input>:1:"), "a located message: \(output)")
        #expect(output.contains("error:"), "\(output)")
        #expect(output.contains("^"), "a caret under the mistake: \(output)")
        try terminal.send("documents | count\r")
        let next = printed(try terminal.expectPrompt(Self.prompt))
        #expect(next.contains("count") && !next.contains("error"), "\(next)")
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func nonASCIIInputReachesTheSession() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        try terminal.send("provisions | where країна = 1\r")
        try terminal.expect("країна = 1")          // echoed while typing
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("error"), "\(output)")
        #expect(output.contains("країна"), "the diagnostic quotes the non-ASCII input intact: \(output)")
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func aMultiLineStatementIsOneHistoryEntry() throws {
        let home = try Home()
        let (terminal, _) = try start(home)
        // A trailing `|` leaves the statement unfinished: the REPL asks for more.
        try terminal.send("provisions |\r")
        _ = terminal.output(after: 0.5)
        try terminal.send("count\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("count") && !output.contains("error"), "\(output)")
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
        let saved = try String(contentsOf: home.historyFile, encoding: .utf8)
        let entries = saved.split(separator: "\n").dropFirst().filter { !$0.hasPrefix(".quit") }
        #expect(entries.count == 1, "one entry for both lines: \(saved.debugDescription)")
    }
}
