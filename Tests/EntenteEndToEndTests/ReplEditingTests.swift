import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The REPL's line editing, completion, continuation, Ctrl-C, Ctrl-Z, resize and sessions, typed
/// into a real pseudo-terminal.
@Suite(.serialized)
struct ReplEditingTests {
    static let canada = ReplTests.canada
    static let prompt = ReplTests.prompt
    static let continuation = "    ...> "

    /// Starts `entente ARGUMENTS` from the package root on a pty and waits for its first prompt.
    private func start(_ home: ReplTests.Home, _ arguments: [String] = [canada], extra: [String: String] = [:],
                       columns: UInt16 = 120) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(executable: Binary.url, arguments: arguments,
                                          environment: PseudoTerminal.environment(home: home.url, extra: extra),
                                          currentDirectory: Binary.packageRoot, columns: columns)
        try terminal.expectPrompt(Self.prompt, timeout: ReplTests.startup)
        return terminal
    }

    private func quit(_ terminal: PseudoTerminal) throws {
        try terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    /// The output lines of a statement: after its echoed line, before the next prompt.
    private func printed(_ output: String) -> [Substring] {
        Array(output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast())
    }

    @Test func emacsKeysMoveAndKillWithinTheLine() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home)
        // Ctrl-A to the start, Ctrl-K kills to the end, Ctrl-E to the end again.
        try terminal.send("bogus words")
        try terminal.expect("bogus words")
        try terminal.send("\u{01}\u{0b}| count")
        try terminal.expect("| count")
        try terminal.send("\u{01}provisions \u{05} by kind\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("part") && output.contains("paragraph"), "\(output)")
        #expect(!output.contains("error") && !output.contains("bogus"), "\(output)")
        try quit(terminal)
    }

    @Test func editingNonASCIITextDeletesWholeCharacters() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home)
        try terminal.send("provisions | where heading = \"Жовтень\"")
        try terminal.expect("Жовтень\"")
        // Left over the closing quote, seven backspaces over the Cyrillic word, then new text.
        try terminal.send("\u{1b}[D" + String(repeating: "\u{7f}", count: 7) + "Objectives\u{05} | count\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("   16\n"), "the 16 provisions under Objectives: \(output)")
        #expect(!output.contains("error"), "\(output)")
        try quit(terminal)
    }

    @Test func tabCompletesAPathInsideLoad() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home, [])
        try terminal.send("load \"Examples/agr\t")
        try terminal.expect("Examples/agreements/")
        try terminal.send("canada-u\t")
        try terminal.expect("canada-ukraine-security-agreement-2024.txt\" ")
        try terminal.send("as canada\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("canada ") && output.contains("(1 row)"), "\(output)")
        #expect(!output.contains("error"), "\(output)")
        try quit(terminal)
    }

    @Test func tabCompletesADocumentName() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home)
        try terminal.send("outline canada-\t")
        try terminal.expect("canada-ukraine-security-agreement-2024 ")
        try terminal.send("\u{03}")
        try terminal.expectPrompt(Self.prompt)
        try quit(terminal)
    }

    /// An open string (its newline is part of the string), an open bracket, a trailing `|`.
    @Test(arguments: [(["provisions | where heading != \"x", "\" |", "count"], "  189\n"),
                      (["provisions | where (heading = \"Objectives\"", ") |", "count"], "   16\n")])
    func anUnfinishedStatementShowsTheContinuationPrompt(lines: [String], count: String) throws {
        let home = try ReplTests.Home()
        let terminal = try start(home)
        for line in lines.dropLast() {
            try terminal.send(line + "\r")
            try terminal.expectPrompt(Self.continuation)
        }
        try terminal.send((lines.last ?? "") + "\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains(count), "\(output)")
        #expect(!output.contains("error"), "\(output)")
        try quit(terminal)
        let history = try String(contentsOf: home.historyFile, encoding: .utf8)
        #expect(history.split(separator: "\n").filter { $0.contains("provisions") }.count == 1, "one entry: \(history)")
    }

    @Test func ctrlCAtAContinuationPromptDiscardsTheWholeStatement() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home)
        try terminal.send("provisions |\r")
        try terminal.expectPrompt(Self.continuation)
        try terminal.send("\u{03}")
        try terminal.expectPrompt(Self.prompt)
        try terminal.send("documents | count\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("    1\n") && !output.contains("error"), "\(output)")
        try quit(terminal)
    }

    @Test func ctrlCCancelsARunningQueryAndTheSessionGoesOn() throws {
        let home = try ReplTests.Home()
        // The test hook makes each cancellation poll wait 30 s (ending early on Ctrl-C).
        let terminal = try start(home, extra: ["ENTENTE_TEST_SLOW_QUERY_MS": "30000"])
        try terminal.send("provisions | where kind = \"part\" | count\r")
        try terminal.waitForStatementToRun()
        usleep(200_000)
        let started = Date()
        try terminal.send("\u{03}")
        let output = try terminal.expectPrompt(Self.prompt, timeout: 10)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(output.contains("query cancelled"), "\(output)")
        #expect(!output.contains("count\n-----"), "no result: \(output)")
        // Documents loaded before are still there: the session survived.
        try terminal.send("documents | count\r")
        let next = try terminal.expectPrompt(Self.prompt)
        #expect(next.contains("    1\n"), "\(next)")
        try quit(terminal)
    }

    @Test func ctrlZSuspendsAndForegroundResumesWithTheLineIntact() throws {
        let home = try ReplTests.Home()
        // A job-control shell, as at a real terminal: Ctrl-Z stops the job and the shell takes the
        // terminal; the shell waits for Enter, then `fg` continues the job.
        let script = "set -m; \"$0\" \"$@\"; echo \"[stopped]\"; read -r _; fg >/dev/null; echo \"[exit $?]\""
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/bash"),
                                          arguments: ["--norc", "--noprofile", "-c", script, Binary.url.path, Self.canada],
                                          environment: PseudoTerminal.environment(home: home.url),
                                          currentDirectory: Binary.packageRoot)
        try terminal.expectPrompt(Self.prompt, timeout: ReplTests.startup)
        let entente = try #require(PseudoTerminal.firstChild(of: terminal.pid))
        try terminal.send("documents | co")
        try terminal.expect("documents | co")
        try terminal.send("\u{1a}")
        try terminal.expect("[stopped]")
        #expect(PseudoTerminal.processState(entente) == "T", "entente is stopped")
        try terminal.send("\r")
        // Resumed: libedit redraws the prompt and the line typed so far.
        try terminal.expectPrompt(Self.prompt)
        #expect(PseudoTerminal.processState(entente) != "T")
        try terminal.send("unt\r")
        let output = try terminal.expect("(1 row)")
        #expect(output.contains("count") && !output.contains("error"), "\(output)")
        try terminal.expectPrompt(Self.prompt)
        try terminal.send(".quit\r")
        try terminal.expect("[exit 0]")
        _ = try terminal.waitForExit()
    }

    @Test func tablesReflowWhenTheWindowIsResized() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home, ["Examples/agreements/canada-ukraine-security-agreement-2024.txt"], columns: 120)
        func widest(_ output: String) -> Int { printed(output).map(\.count).max() ?? 0 }
        try terminal.send("provisions | where path = \"II.3\" | select path, text\r")
        let wide = widest(try terminal.expectPrompt(Self.prompt))
        #expect(wide > 80 && wide <= 120, "fits 120 columns: \(wide)")
        terminal.resize(columns: 60, rows: 40)
        try terminal.send("provisions | where path = \"II.3\" | select path, text\r")
        let narrow = widest(try terminal.expectPrompt(Self.prompt))
        #expect(narrow > 30 && narrow <= 60, "fits 60 columns: \(narrow)")
        try quit(terminal)
    }

    @Test func editrcBindingsAreHonoured() throws {
        let home = try ReplTests.Home()
        try "bind -s ^T \"documents | count\"\n".write(to: home.url.appendingPathComponent(".editrc"), atomically: true, encoding: .utf8)
        let terminal = try start(home)
        try terminal.send("\u{14}")
        try terminal.expect("documents | count")
        try terminal.send("\r")
        let output = try terminal.expectPrompt(Self.prompt)
        #expect(output.contains("    1\n"), "\(output)")
        try quit(terminal)
    }

    @Test(arguments: [false, true])
    func errorsAreRedAndHeadersBoldOnATerminalUnlessNoColorIsSet(noColor: Bool) throws {
        let home = try ReplTests.Home()
        let terminal = try start(home, extra: noColor ? ["NO_COLOR": "1"] : [:])
        try terminal.send("nosuchsource\r")
        try terminal.expectPrompt(Self.prompt)
        try terminal.send("documents | count\r")
        try terminal.expectPrompt(Self.prompt)
        try quit(terminal)
        let raw = String(decoding: terminal.raw, as: UTF8.self)
        #expect(raw.contains("\u{1b}[1;31merror:\u{1b}[0m") == !noColor, "\(raw.debugDescription)")
        #expect(raw.contains("\u{1b}[1mcount\u{1b}[0m") == !noColor, "a bold header: \(raw.debugDescription)")
    }

    @Test func aSessionTypedAtThePromptIsSavedReplayedAndChecked() throws {
        let home = try ReplTests.Home()
        let terminal = try start(home, [])
        let script = home.url.appendingPathComponent("session.entente").path
        let transcript = home.url.appendingPathComponent("session.transcript").path
        for line in ["load \"Examples/agreements/canada-ukraine-security-agreement-2024.txt\" as canada",
                     "provisions in canada | where kind = \"part\" |", "select path, heading", "nosuchsource",
                     ".mode json", "terms | count", ".save \(script)", ".save --with-output \(transcript)"] {
            try terminal.send(line + "\r")
            try terminal.expectPrompt(line.hasSuffix("|") ? Self.continuation : Self.prompt)
        }
        try quit(terminal)
        let saved = try String(contentsOfFile: script, encoding: .utf8)
        #expect(saved.contains("as canada sha256 \""), "\(saved)")
        #expect(saved.contains("provisions in canada | where kind = \"part\" |\nselect path, heading\n.mode json\nterms | count\n"), "\(saved)")
        #expect(!saved.contains("nosuchsource"))
        let replay = try Binary.run(["-f", script])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("VIII | Final Dispositions"), "\(replay.stdout)")
        let check = try Binary.run(["--check", transcript])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
