import Foundation
import Testing
@testable import EntenteLineEditor

@Suite struct EditLineReaderTests {
    @Test func historyFileFollowsXDGStateHome() {
        let url = EditLineReader.defaultHistoryFile(
            environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"], createDirectory: false)
        #expect(url == "/state/entente/history")
    }

    @Test func historyFileFallsBackToHome() {
        #expect(EditLineReader.defaultHistoryFile(environment: ["HOME": "/home/u"], createDirectory: false)
                == "/home/u/.local/state/entente/history")
        // A relative XDG_STATE_HOME is ignored, as the XDG spec says.
        #expect(EditLineReader.defaultHistoryFile(
            environment: ["XDG_STATE_HOME": "state", "HOME": "/home/u"], createDirectory: false)
                == "/home/u/.local/state/entente/history")
        #expect(EditLineReader.defaultHistoryFile(environment: [:], createDirectory: false) == nil)
    }

    @Test func historyDirectoryIsCreated() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("entente-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try #require(EditLineReader.defaultHistoryFile(
            environment: ["XDG_STATE_HOME": root.path], createDirectory: true))
        #expect(path == root.path + "/entente/history")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root.path + "/entente", isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
        let permissions = try FileManager.default.attributesOfItem(atPath: root.path + "/entente")[.posixPermissions] as? Int
        #expect(permissions == 0o700)
    }

    @Test func refusesToStartWithoutATerminal() {
        // Under `swift test` in CI standard input is not a terminal; at a developer's terminal it may be.
        guard !Terminal.isInteractive() else { return }
        #expect(EditLineReader(historyFile: nil, completer: nil) == nil)
    }
}
