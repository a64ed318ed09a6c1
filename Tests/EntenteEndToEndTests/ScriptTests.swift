import Foundation
import Testing

/// Scripts, meta-commands that write files, saved sessions and transcripts, through the binary.
@Suite struct ScriptTests {
    static let canada = Binary.example("canada-ukraine-security-agreement-2024.txt")

    /// A scratch directory holding a copy of the agreement, removed afterwards.
    final class Scratch {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-script-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: url.appendingPathComponent("docs"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: ScriptTests.canada, toPath: url.appendingPathComponent("docs/canada.txt").path)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws { try text.write(toFile: path(name), atomically: true, encoding: .utf8) }
        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
        /// Names in the directory, hidden temporary files included.
        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }
    }

    @Test func dashFIsRepeatableAndRunsScriptsInOrder() throws {
        let scratch = try Scratch()
        try scratch.write("a.entente", "load \"docs/canada.txt\" as canada\n")
        try scratch.write("b.entente", "provisions in canada | where kind = \"part\"\n  | count\n")
        let result = try Binary.run(["--format", "json", "-f", scratch.path("a.entente"), "-f", scratch.path("b.entente")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("[\n  {\"count\": 8}\n]\n"), "\(result.stdout)")
    }

    @Test func dashFDashReadsTheScriptFromStandardInput() throws {
        let result = try Binary.run(["--format", "json", "-f", "-", Self.canada], stdin: "provisions\n| where kind = \"part\"\n| count\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[\n  {\"count\": 8}\n]\n")
    }

    @Test func aScriptErrorStartsWithTheScriptLineAndColumnAndStopsTheRun() throws {
        let scratch = try Scratch()
        try scratch.write("s.entente", "documents | count\n-- a comment\n  provisions | limit \"x\"\ndocuments | count\n")
        let result = try Binary.run(["-f", scratch.path("s.entente")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(scratch.path("s.entente")):3:22: error: "), "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "count").count == 2, "the last statement did not run: \(result.stdout)")
    }

    @Test(arguments: [["-v", "nameonly"], ["-v", "1x=2"], ["--check"], ["--check", "-c", "documents", "x"]])
    func badParametersAndCheckUsageExitTwo(arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
    }

    @Test func readRunsAScriptWithPathsRelativeToIt() throws {
        let scratch = try Scratch()
        try scratch.write("docs/load.entente", "load \"canada.txt\" as canada\n")
        let result = try Binary.run(["--format", "json", "-c", ".read \(scratch.path("docs/load.entente"))",
                                     "-c", "documents | select id"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("[\n  {\"id\": \"canada\"}\n]\n"), "\(result.stdout)")
        let missing = try Binary.run(["-c", ".read \(scratch.path("nope.entente"))"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"), "\(missing.stderr)")
    }

    @Test func outputSendsResultsToAFileThatAppearsWhenTheRedirectionEnds() throws {
        let scratch = try Scratch()
        let target = scratch.path("out.json")
        let result = try Binary.run(["--format", "json", Self.canada],
                                    stdin: ".output \(target)\nprovisions | count\n.output\ndocuments | count\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.read("out.json") == "[\n  {\"count\": 189}\n]\n")
        #expect(result.stdout == "[\n  {\"count\": 1}\n]\n")
        // Written through a temporary file renamed into place: nothing else is left behind.
        #expect(scratch.entries == ["docs", "out.json"])
    }

    @Test func outputStillOpenAtTheEndOfTheSessionIsCompleted() throws {
        let scratch = try Scratch()
        let result = try Binary.run(["--format", "json", "-c", ".output \(scratch.path("o.json"))", "-c", "documents | count"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try scratch.read("o.json") == "[\n  {\"count\": 0}\n]\n")
        #expect(scratch.entries == ["docs", "o.json"])
    }

    @Test func onceRedirectsOnlyTheNextStatement() throws {
        let scratch = try Scratch()
        let result = try Binary.run(["--format", "json"], stdin: ".once \(scratch.path("once.json"))\ndocuments | count\ndocuments | select id\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.read("once.json") == "[\n  {\"count\": 0}\n]\n")
        #expect(result.stdout == "[\n]\n" || result.stdout == "[]\n", "\(result.stdout)")
    }

    @Test func echoPrintsStatementsAndTimerWritesToStandardError() throws {
        let result = try Binary.run(["--format", "json"], stdin: ".echo on\n.timer on\ndocuments | count\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == ".timer on\ndocuments | count\n[\n  {\"count\": 0}\n]\n", "\(result.stdout)")
        #expect(result.stderr.hasPrefix("time: ") && result.stderr.hasSuffix(" s\n"), "\(result.stderr)")
    }

    @Test func bailOffGoesOnAfterAnError() throws {
        let result = try Binary.run(["--format", "json"], stdin: ".bail off\nnosuch\ndocuments | count\n")
        #expect(result.status == 1)
        #expect(result.stdout == "[\n  {\"count\": 0}\n]\n")
    }

    @Test func theHelpSaysScriptsCannotRunShellCommands() throws {
        let result = try Binary.run(["-c", ".help scripts"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("there is no command that runs a") && result.stdout.contains("shell command"))
    }

    /// A session run from a script beside the documents (so paths read the same in the saved
    /// script), with one failing statement, saved as a script and as a transcript.
    private func savedSession(in scratch: Scratch) throws -> Binary.Result {
        try scratch.write("input.entente", """
            load "docs/canada.txt" as canada
            nosuchsource
            provisions in canada | where kind = "part" | select path, heading
            .mode json
            provisions in canada | count by kind
            .schema terms
            .save session.entente
            .save --with-output session.transcript

            """)
        return try Binary.run(["--keep-going", "-f", scratch.path("input.entente")])
    }

    @Test func saveWritesThePinnedSuccessfulStatementsAndReplayIsIdentical() throws {
        let scratch = try Scratch()
        let original = try savedSession(in: scratch)
        #expect(original.status == 1, "the session had a failed statement")
        let script = try scratch.read("session.entente")
        let lines = script.split(separator: "\n").filter { !$0.hasPrefix("--") }
        #expect(lines.count == 4, "\(script)")
        #expect(lines.first?.hasPrefix("load \"docs/canada.txt\" as canada sha256 \"") == true, "\(script)")
        #expect(lines.dropFirst().first == "provisions in canada | where kind = \"part\" | select path, heading")
        #expect(lines.dropFirst(2).first == ".mode json")
        #expect(!script.contains("nosuchsource") && !script.contains(".schema") && !script.contains(".save"))
        let replay = try Binary.run(["-f", scratch.path("session.entente")])
        #expect(replay.status == 0, "\(replay.stderr)")
        let schema = original.stdout.range(of: "[\n  {\"source\": \"terms\"").map { String(original.stdout[..<$0.lowerBound]) }
        #expect(replay.stdout == schema, "the original's output but `.schema`'s")
        let again = try Binary.run(["-f", scratch.path("session.entente")])
        #expect(again.stdout == replay.stdout, "a replay is deterministic")
    }

    @Test func aChangedDocumentStopsTheReplayByNameUnlessAllowed() throws {
        let scratch = try Scratch()
        _ = try savedSession(in: scratch)
        let handle = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("docs/canada.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nA late addition.\n".utf8))
        try handle.close()
        let replay = try Binary.run(["-f", scratch.path("session.entente")])
        #expect(replay.status == 1)
        #expect(replay.stdout.isEmpty, "nothing ran after the changed document: \(replay.stdout)")
        #expect(replay.stderr.contains("session.entente:2:1: error: the document docs/canada.txt has changed since the script was saved"),
                "\(replay.stderr)")
        let allowed = try Binary.run(["--allow-changed", "-f", scratch.path("session.entente")])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: the document docs/canada.txt has changed"), "\(allowed.stderr)")
        #expect(allowed.stdout.contains("\"count\""))
    }

    @Test func aSavedTranscriptChecksAndADifferenceIsADiff() throws {
        let scratch = try Scratch()
        _ = try savedSession(in: scratch)
        let transcript = try scratch.read("session.transcript")
        #expect(transcript.contains("\n-- | {\"kind\": \"part\", \"count\": 8},\n") || transcript.contains("-- | [\n"), "\(transcript)")
        let check = try Binary.run(["--check", scratch.path("session.transcript")])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.isEmpty)

        try scratch.write("session.transcript", transcript.replacingOccurrences(of: "Objectives", with: "Goals"))
        let failed = try Binary.run(["--check", scratch.path("session.transcript")])
        #expect(failed.status == 1)
        #expect(failed.stdout.hasPrefix("--- session.transcript (expected)\n+++ session.transcript (actual)\n@@ -"), "\(failed.stdout)")
        #expect(failed.stdout.contains("\n--- | I    | Goals\n+-- | I    | Objectives\n"), "\(failed.stdout)")
        #expect(failed.stderr.contains("1 of 1 transcript differs"))
    }

    @Test func theGoldenTranscriptsCheckThroughTheBinary() throws {
        let directory = Binary.packageRoot.appendingPathComponent("Tests/EntenteSessionTests/Transcripts")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".transcript") }.sorted()
        #expect(names.count >= 3)
        let result = try Binary.run(["--check"] + names.map { directory.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
    }
}

extension ScriptTests {
    @Test func dashVSetsParametersUsedAsDollarNames() throws {
        let scratch = try Scratch()
        try scratch.write("p.entente", "provisions in canada | where kind = $kind | count\n")
        let result = try Binary.run(["--format", "json", "-v", "kind=part", "-c", "load \"\(scratch.path("docs/canada.txt"))\" as canada",
                                     "-c", ".read \(scratch.path("p.entente"))"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("[\n  {\"count\": 8}\n]\n"), "\(result.stdout)")
        let missing = try Binary.run(["-c", "provisions | where kind = $nosuch"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("<input>:1:27: error: "), "\(missing.stderr)")
    }
}
