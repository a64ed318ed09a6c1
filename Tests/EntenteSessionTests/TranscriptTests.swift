import EntenteSession
import Foundation
import Testing

/// Golden transcripts: each file under Transcripts/ is a REPL session as a user sees it. Lines that
/// start with the prompt (`entente> `) or the continuation prompt are input; every other line is the
/// output expected at that point, results and diagnostics interleaved. `ENTENTE_RECORD=1 swift test`
/// rewrites the files from what the session prints now.
@Suite struct TranscriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".transcript") }.sorted()
    }

    @Test func thereAreTranscriptsToCheck() {
        #expect(Self.names.count >= 3)
    }

    @Test(arguments: names)
    func transcriptReplaysExactly(name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let expected = try String(contentsOf: url, encoding: .utf8)
        let inputs = expected.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            for prompt in [TranscriptSession.prompt, TranscriptSession.continuationPrompt] where line.hasPrefix(prompt) {
                return String(line.dropFirst(prompt.count))
            }
            return nil
        }
        let actual = TranscriptSession(directory: Self.packageRoot).replay(inputs)
        if ProcessInfo.processInfo.environment["ENTENTE_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(actual == expected)
    }
}

/// A session fed from an array of lines, writing prompts, input echo and output into one text.
struct TranscriptSession {
    static let prompt = "entente> "
    static let continuationPrompt = "    ...> "
    let directory: URL

    func replay(_ inputs: [String]) -> String {
        let sink = InterleavingSink()
        let session = Session(settings: SessionSettings(format: .table, width: 100), sink: sink)
        var lineNumber = 0
        for input in inputs {
            sink.transcript += (session.isContinuing ? Self.continuationPrompt : Self.prompt) + input + "\n"
            lineNumber += 1
            let result = session.feed(line: input, file: "<input>", lineNumber: session.isContinuing ? lineNumber : 1,
                                      directory: directory)
            if result != .needsMore { lineNumber = 0 }
            if result == .quit { break }
        }
        return sink.transcript
    }
}

/// Keeps results and diagnostics in the order they were written, as a terminal shows them.
final class InterleavingSink: OutputSink {
    var transcript = ""
    func write(_ text: String) { transcript += text }
    func writeError(_ text: String) { transcript += text }
}
