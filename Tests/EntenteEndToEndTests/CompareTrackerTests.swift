import Foundation
import Testing

/// The tracker script's output, pinned: `entente -f Examples/scripts/tracker.entente` must print
/// exactly Fixtures/tracker.out. Re-record with ENTENTE_RECORD=1 after an intended change.
@Suite struct CompareTrackerTests {
    @Test func trackerTranscript() throws {
        let result = try Binary.run(["-f", "Examples/scripts/tracker.entente"], environment: ["NO_COLOR": "1", "COLUMNS": "400"])
        #expect(result.status == 0, "\(result.stderr)")
        let expectedURL = Binary.packageRoot.appendingPathComponent("Tests/EntenteEndToEndTests/Fixtures/tracker.out")
        if ProcessInfo.processInfo.environment["ENTENTE_RECORD"] == "1" {
            try Data(result.stdout.utf8).write(to: expectedURL, options: .atomic)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(result.stdout == expected, "tracker output changed; re-record with ENTENTE_RECORD=1 if intended")
    }
}
