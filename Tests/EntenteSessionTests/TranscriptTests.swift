import EntenteSession
import Foundation
import Testing

/// Golden transcripts: each file under Transcripts/ is a script whose statements are followed by
/// their expected output in comment lines (`-- | ` results, `-- ! ` diagnostics), the format of
/// `.save --with-output` and `entente --check`. Here they are replayed in-process; the end-to-end
/// tests check the same files through the binary. `ENTENTE_RECORD=1 swift test` rewrites them from
/// what the session prints now.
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
        let actual = Transcript.replay(expected, file: name, directory: Self.directory.path)
        if ProcessInfo.processInfo.environment["ENTENTE_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let diff = Transcript.check(expected, file: name, directory: Self.directory.path)
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test func outputRoundTripsExactlyTrailingSpacesIncluded() {
        // `.help` output holds empty lines; a hand-made expectation with trailing blanks must not match.
        let script = ".mode json\ndocuments | count\n"
        let replayed = Transcript.replay(script, file: "t", directory: Self.directory.path)
        #expect(replayed == ".mode json\ndocuments | count\n-- | [\n-- |   {\"count\": 0}\n-- | ]\n")
        #expect(Transcript.check(replayed, file: "t", directory: Self.directory.path) == nil)
        let altered = replayed.replacingOccurrences(of: "-- | ]", with: "-- | ] ")
        let diff = Transcript.check(altered, file: "t", directory: Self.directory.path)
        #expect(diff?.hasPrefix("--- t (expected)\n+++ t (actual)\n@@ -2,4 +2,4 @@\n") == true, "\(diff ?? "")")
        #expect(diff?.contains("\n--- | ] \n+-- | ]\n") == true, "\(diff ?? "")")
    }

    @Test func diagnosticsAreExpectedOutputToo() {
        let replayed = Transcript.replay("nosuchsource\n", file: "e.transcript", directory: Self.directory.path)
        #expect(replayed.hasPrefix("nosuchsource\n-- ! e.transcript:1:1: error: unknown source `nosuchsource`\n"), "\(replayed)")
        #expect(Transcript.check(replayed, file: "e.transcript", directory: Self.directory.path) == nil)
    }

    @Test func aQueryContinuedOnALineStartingWithABarKeepsItsOutputAfterIt() {
        let replayed = Transcript.replay(".mode json\ndocuments\n  | count\n\n", file: "t", directory: Self.directory.path)
        #expect(replayed == ".mode json\ndocuments\n  | count\n-- | [\n-- |   {\"count\": 0}\n-- | ]\n\n")
    }
}
