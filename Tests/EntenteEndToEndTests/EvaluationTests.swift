import Foundation
import Testing

/// Scores the built binary against the hand-checked gold answers with the shared scorer, and
/// requires a perfect score: our own gold (Tests/Gold) and the shared Canada–Ukraine gold.
@Suite struct EvaluationTests {
    /// The shared checkout beside the repository (scorer, corpus, shared gold), if present.
    static var shared: URL { Binary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }

    static var sharedAvailable: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("tools/score-gold.py").path)
            && FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path)
    }

    /// Runs `python3 ../shared/tools/score-gold.py <binary> <gold> ../shared/corpus --min 1.0 <extra>` from the package root.
    private func score(gold: String, extra: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "../shared/tools/score-gold.py", Binary.url.path, gold, "../shared/corpus", "--min", "1.0"] + extra
        process.currentDirectoryURL = Binary.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func ownGoldScoresPerfectly() throws {
        guard Self.sharedAvailable else {
            Issue.record("../shared (scorer and corpus) is absent: gold evaluation skipped")
            return
        }
        let result = try score(gold: "Tests/Gold")
        #expect(result.status == 0, "score below 1.0:\n\(result.output)")
    }

    @Test func sharedCanadaUkraineGoldScoresPerfectly() throws {
        guard Self.sharedAvailable else {
            Issue.record("../shared (scorer and corpus) is absent: gold evaluation skipped")
            return
        }
        // Only the Canada–Ukraine document: the shared Euromaidan gold crashes the scorer.
        let result = try score(gold: "../shared/gold", extra: ["--doc", "canada-ukraine"])
        #expect(result.status == 0, "score below 1.0:\n\(result.output)")
    }
}
