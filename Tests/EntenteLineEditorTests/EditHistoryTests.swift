import Foundation
import Testing
@testable import EntenteLineEditor

@Suite struct EditHistoryTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func keepsEntriesOldestFirstWithoutBlanksOrRepeats() throws {
        let history = try #require(EditHistory())
        for entry in ["documents", "provisions | count  ", "provisions | count", "   ", "", ".quit"] {
            history.add(entry)
        }
        #expect(history.entries == ["documents", "provisions | count", ".quit"])
    }

    @Test func savesAndLoadsMultiLineAndUnicodeEntriesAsOneEach() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("history")
        let entries = [
            "provisions\n| where text contains \"cyber\"\n| count",
            "load \"Examples/agreements/a b.txt\" as canada",
            "find \"Україна\"\tand\\back\\slash",
            "show canada IV.K.5",
        ]
        let saved = try #require(EditHistory())
        entries.forEach(saved.add)
        try saved.save(to: file.path)

        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("_HiStOrY_V2_\n"))
        #expect(text.split(separator: "\n").count == entries.count + 1, "one line per entry")

        let loaded = try #require(EditHistory())
        #expect(loaded.load(from: file.path))
        #expect(loaded.entries == entries)
    }

    @Test func saveReplacesTheFileAndLeavesNoTemporaryFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("history")
        try "old contents that are not a history\n".write(to: file, atomically: false, encoding: .utf8)
        let history = try #require(EditHistory())
        history.add("documents")
        try history.save(to: file.path)
        history.add("provisions")
        try history.save(to: file.path)

        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["history"])
        let loaded = try #require(EditHistory())
        #expect(loaded.load(from: file.path))
        #expect(loaded.entries == ["documents", "provisions"])
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func missingFileIsAnEmptyHistory() throws {
        let history = try #require(EditHistory())
        #expect(history.load(from: "/nonexistent/entente/history"))
        #expect(history.entries.isEmpty)
    }

    @Test func saveIntoAMissingDirectoryThrows() throws {
        let history = try #require(EditHistory())
        history.add("documents")
        #expect(throws: HistoryError.self) {
            try history.save(to: "/nonexistent/entente/history")
        }
    }

    @Test(arguments: [
        ("/state/entente/history", "/state/entente/.history.XXXXXX"),
        ("/history", "/.history.XXXXXX"),
        ("history", ".history.XXXXXX"),
        ("dir/hïstory", "dir/.hïstory.XXXXXX"),
    ])
    func temporaryFileIsHiddenBesideTheHistory(path: String, temporary: String) {
        #expect(EditHistory.temporaryName(beside: path) == temporary)
    }

    @Test func keepsAtMostTheCapacity() throws {
        let history = try #require(EditHistory(capacity: 3))
        (1...5).forEach { history.add("statement \($0)") }
        #expect(history.entries == ["statement 3", "statement 4", "statement 5"])
    }
}
