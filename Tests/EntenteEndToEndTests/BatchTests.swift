import Foundation
import Testing

/// The built binary driven the way scripts and pipelines drive it: -c, -f, standard input,
/// formats and exit statuses.
@Suite struct BatchTests {
    static let canada = Binary.example("canada-ukraine-security-agreement-2024.txt")
    static let report = Binary.example("euromaidan-italy-canada-security-deals-2024.txt")

    static func json(_ text: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [[String: Any]], "not an array of objects: \(text.prefix(200))")
    }

    @Test func oneShotQueryPrintsATableAndExitsZero() throws {
        let result = try Binary.run(["-c", "provisions | where kind = \"part\" | count", Self.canada])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("count"))
        #expect(result.stdout.contains("8"))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonOutputOfProvisionsIsTheGoldOutline() throws {
        let result = try Binary.run(["--format", "json", "-c", "provisions", Self.canada])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.json(result.stdout)
        let paths = rows.compactMap { $0["path"] as? String }
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Binary.packageRoot
            .appendingPathComponent("Tests/EntenteEndToEndTests/Fixtures/canada-ukraine-security-agreement-2024.json")))
        let outline = try #require((gold as? [String: Any])?["outline_complete"] as? [String: Any])
        let parts = try #require(outline["parts"] as? [String])
        #expect(rows.filter { $0["kind"] as? String == "part" }.compactMap { $0["path"] as? String } == parts)
        let sections = try #require(outline["sections_of_IV"] as? [String])
        #expect(paths.filter { $0.hasPrefix("IV.") && $0.split(separator: ".").count == 2 && $0.last?.isLetter == true }
            == sections.map { "IV.\($0)" })
        let counts = try #require(outline["paragraph_counts"] as? [String: Int])
        for (parent, count) in counts {
            let children = paths.filter { $0.hasPrefix(parent + ".") && Int($0.dropFirst(parent.count + 1)) != nil }
            #expect(children.count == count, "paragraphs of \(parent)")
        }
        let items = try #require(outline["items_of_IV.A.7"] as? [String])
        #expect(paths.filter { $0.hasPrefix("IV.A.7.") && $0.split(separator: ".").count == 4 } == items.map { "IV.A.7.\($0)" })
        let subitems = try #require(outline["subitems_of_IV.A.7.iii"] as? [String])
        #expect(paths.filter { $0.hasPrefix("IV.A.7.iii.") } == subitems.map { "IV.A.7.iii.\($0)" })
        #expect(paths.filter { $0.hasPrefix("preamble.") }.count == outline["preamble_recitals"] as? Int)
        let headings = try #require((gold as? [String: Any])?["headings"] as? [String: String])
        for (path, heading) in headings {
            let row = rows.first { $0["path"] as? String == path }
            #expect(row?["heading"] as? String == heading, "heading of \(path)")
        }
        // Every row carries its provenance.
        #expect(rows.allSatisfy { $0["document"] as? String == "canada-ukraine-security-agreement-2024" && $0["line"] is Int })
    }

    @Test func documentsSourceInJSONHasTheContractKeys() throws {
        let result = try Binary.run(["--format", "json", "-c", "documents", Self.canada, Self.report])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.json(result.stdout)
        #expect(rows.count == 2)
        let canada = try #require(rows.first)
        #expect(Array(canada.keys).sorted() == ["id", "kind", "languages", "parties", "place", "sha256", "signed", "source", "title"])
        #expect(canada["kind"] as? String == "agreement")
        #expect(canada["signed"] as? String == "2024-02-24")
        #expect(canada["parties"] as? [String] == ["Canada", "Ukraine"])
        #expect(rows.last?["kind"] as? String == "report")
    }

    @Test func repeatedDashCRunsEachQueryInOrder() throws {
        let result = try Binary.run(["--format", "json", "-c", "provisions | where path = \"II.3\" | select path",
                                     "-c", "provisions | where path = \"VIII.D\" | select heading", Self.canada])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[\n  {\"path\": \"II.3\"}\n]\n[\n  {\"heading\": \"Termination\"}\n]\n")
    }

    @Test func aScriptRunsWithLoadPathsRelativeToItself() throws {
        let result = try Binary.run(["-f", "Examples/scripts/structure.entente"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Termination"))
    }

    @Test func statementsPipedIntoStandardInputRunWithoutPromptOrBanner() throws {
        let result = try Binary.run([Self.canada], stdin: "provisions\n| where path = \"I\"\n| select heading\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("entente>"))
        #expect(!result.stdout.contains("Entente"))
        #expect(result.stdout.contains("Objectives"))
    }

    @Test func aFailedStatementStopsTheRunWithALocatedErrorAndStatusOne() throws {
        let result = try Binary.run([Self.canada], stdin: "provisions | count\nprovisions | where hedaing = \"x\"\nprovisions | count\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:2:20: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean `heading`?"))
        // The statement after the error did not run: only one count table was printed.
        #expect(result.stdout.components(separatedBy: "count").count == 2)
    }

    @Test func keepGoingRunsTheRestAndStillExitsOne() throws {
        let result = try Binary.run(["--keep-going", Self.canada], stdin: "provisions | where x = 1\nprovisions | count\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("count"))
    }

    /// Documents named together are read side by side but added in the order given, so ids,
    /// row order and the first error are those of a one-by-one load.
    @Test func documentsLoadInTheOrderGivenWhateverTheirSizes() throws {
        let corpus = Binary.packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(names.count >= 10)
        // Reversed, so that the order given is neither the files' sizes nor their names' order.
        let paths = names.reversed().map { corpus.appendingPathComponent($0).path }
        let result = try Binary.run(["--format", "csv", "-c", "documents | select id"] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        let ids = result.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(ids == names.reversed().map { String($0.dropLast(4)) })
    }

    @Test func aMissingDocumentAmongOthersStopsBatchModeAtItsTurn() throws {
        let missing = "/nonexistent/entente-missing.txt"
        let stopped = try Binary.run(["-c", "documents | count", Self.canada, missing, Self.report])
        #expect(stopped.status == 1)
        #expect(stopped.stdout.isEmpty)
        #expect(stopped.stderr.contains(missing), "\(stopped.stderr)")
        #expect(stopped.stderr.split(separator: "\n").filter { $0.contains("error:") }.count == 1, "\(stopped.stderr)")

        let kept = try Binary.run(["--keep-going", "--format", "csv", "-c", "documents | select id", Self.canada, missing, Self.report])
        #expect(kept.status == 1)
        #expect(kept.stdout == "id\ncanada-ukraine-security-agreement-2024\neuromaidan-italy-canada-security-deals-2024\n", "\(kept.stdout)")
    }

    @Test func aScriptErrorNamesTheScriptLineAndColumn() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("entente-\(UUID().uuidString).entente")
        try "\n\nprovisions | limit \"x\"\n".write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let result = try Binary.run(["-f", script.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(script.path):3:20: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("3 | provisions | limit \"x\""))
    }

    @Test func aMissingDocumentIsNamedAndExitsOne() throws {
        let result = try Binary.run(["-c", "documents", "no/such/file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such/file.txt"))
        #expect(result.stderr.contains("no such file"))
    }

    @Test func aDashReadsTheDocumentFromStandardInput() throws {
        let text = try String(contentsOfFile: Self.canada, encoding: .utf8)
        let result = try Binary.run(["--format", "json", "-c", "documents | select id, kind, signed", "-"], stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[\n  {\"id\": \"stdin\", \"kind\": \"agreement\", \"signed\": \"2024-02-24\"}\n]\n")
    }

    @Test func aFIFOIsRefusedInsteadOfWaitingForAWriter() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("entente-fifo-\(UUID().uuidString)")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(at: fifo) }
        let result = try Binary.run(["-c", "documents", fifo.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(fifo.path): error: cannot load \(fifo.path): it is not a regular file"), "\(result.stderr)")
    }

    @Test func aFileThatCannotBeReadIsNamedWithTheReason() throws {
        // Reading /proc/self/mem from offset 0 fails with EIO even for root, who may read any file.
        let result = try Binary.run(["-c", "load \"/proc/self/mem\""])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<input>:1:1: error: cannot read /proc/self/mem: input/output error"), "\(result.stderr)")
    }

    @Test func loadingADirectoryIsRefused() throws {
        let result = try Binary.run(["-c", "load \"Examples\""])
        #expect(result.status == 1)
        #expect(result.stderr.contains("directory"))
    }

    @Test(arguments: [["--format", "xml", "-c", "documents"], ["--no-such-flag"], ["-c"]])
    func badUsageExitsTwo(arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("usage"))
    }

    /// Options take their value in the next argument or attached to them, in any order around the documents.
    @Test(arguments: [
        ["--format", "json", "-c", "documents | count"], ["--format=json", "-c", "documents | count"],
        ["-cdocuments | count", "--format", "json"], ["-c", "documents | count", "--format=json"],
    ])
    func optionsAreWrittenTheUsualWays(arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"count\": 0") || result.stdout.contains("\"count\":0"), "\(result.stdout)")
    }

    @Test func doubleDashEndsTheOptions() throws {
        let result = try Binary.run(["-c", "documents | count", "--", "--no-such-document"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--no-such-document"), "\(result.stderr)")
    }

    @Test func usageErrorsNameTheOptionAndShowTheUsage() throws {
        let missing = try Binary.run(["--format"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Error: Missing value for '--format <FORMAT>'"), "\(missing.stderr)")
        let flagValue = try Binary.run(["--check=yes"])
        #expect(flagValue.status == 2)
        #expect(flagValue.stderr.contains("'--check' takes no value"), "\(flagValue.stderr)")
        #expect(flagValue.stderr.contains("Usage: entente [-c <QUERY> ...]"))
    }

    @Test func versionAndHelpExitZero() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("entente "))
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("-c <QUERY>"))
    }

    @Test func showPrintsAProvisionWithItsItems() throws {
        let result = try Binary.run(["--format", "json", "-c", "load \"\(Self.canada)\" as canada; show canada IV.K.5"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("IV.K.5.ii"))
        #expect(result.stdout.contains("In the event of future Russian aggression"))
    }

    @Test func aClosedOutputPipeEndsQuietly() throws {
        // Ten copies of the outline are far more than a pipe buffers, so the writer meets EPIPE.
        let queries = Array(repeating: "provisions", count: 10).joined(separator: "; ")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "\"$0\" -c \"$1\" \"$2\" | head -c 10 >/dev/null; echo \"${PIPESTATUS[0]}\"",
                           Binary.url.path, queries, Self.canada]
        let outPipe = Pipe(), errPipe = Pipe()
        shell.standardOutput = outPipe
        shell.standardError = errPipe
        shell.standardInput = FileHandle.nullDevice
        try shell.run()
        let errors = PipeDrain(errPipe.fileHandleForReading)
        let status = String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.finish(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(status == "0\n")
        #expect(stderr.isEmpty)
    }
}
