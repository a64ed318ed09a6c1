import Testing
@testable import EntenteReading

/// The child process behind PDF reading: exit status, death by signal, the time limit, standard
/// error captured in a file, and the private temporary directory cleaned up.
@Suite struct ChildProcessTests {
    func shell(_ script: String, timeout: Double = 10) throws -> (ChildProcess.Outcome, String) {
        var directory = try TemporaryDirectory(prefix: "entente-test-")
        let errors = directory.file("errors.txt")
        defer { directory.remove() }
        let outcome = try ChildProcess(executable: "/bin/sh", arguments: ["-c", script], errorFile: errors, timeoutSeconds: timeout).run()
        let written = directory.contents(of: errors).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (outcome, written)
    }

    @Test func exitStatusAndStandardErrorAreReported() throws {
        let (outcome, errors) = try shell("echo broken >&2; exit 3")
        #expect(outcome == .exited(3))
        #expect(errors == "broken\n")
    }

    @Test func deathBySignalIsReported() throws {
        #expect(try shell("kill -TERM $$").0 == .signalled(15))
    }

    @Test func aChildPastTheLimitIsStopped() throws {
        let (outcome, _) = try shell("exec sleep 30", timeout: 0.2)
        #expect(outcome == .timedOut)
    }

    @Test func aMissingProgramIsALaunchFailure() {
        #expect(throws: ChildProcess.LaunchFailure.self) {
            try ChildProcess(executable: "/nonexistent/tool", arguments: [], errorFile: "/dev/null", timeoutSeconds: 1).run()
        }
    }

    @Test func theTemporaryDirectoryHoldsWhatIsSavedAndIsRemoved() throws {
        var directory = try TemporaryDirectory(prefix: "entente-test-")
        let file = directory.file("bytes.bin")
        let bytes: [UInt8] = Array(0...255) + Array(repeating: 7, count: 100_000)
        #expect(directory.save(bytes, to: file))
        #expect(directory.contents(of: file) == bytes)
        directory.remove()
        #expect(directory.contents(of: file) == nil)
        let another = try TemporaryDirectory(prefix: "entente-test-")
        another.remove()
        #expect(another.path != directory.path)
    }
}
