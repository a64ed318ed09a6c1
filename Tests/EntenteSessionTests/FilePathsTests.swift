import Foundation
import Testing
@testable import EntenteSession

/// The session resolves paths without Foundation; these cases pin that it agrees with what
/// Foundation's URL did before (and with the shell).
@Suite struct FilePathsTests {
    /// How the session made a path's URL before: absolute as it is, else under the directory.
    static func foundationURL(_ path: String, in directory: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(path)
    }

    @Test(arguments: [
        ("docs/c.txt", "/w", "/w/docs/c.txt"),
        ("docs/c.txt", "/w/", "/w/docs/c.txt"),
        ("/abs/c.txt", "/w", "/abs/c.txt"),
        ("../c.txt", "/w/s", "/w/s/../c.txt"),
        ("sub/", "/w", "/w/sub"),
        ("c.txt", "/", "/c.txt"),
    ])
    func joinsRelativePathsToTheDirectory(path: String, directory: String, expected: String) {
        #expect(FilePaths.joined(path, to: directory) == expected)
        #expect(Self.foundationURL(path, in: directory).path == expected, "as Foundation's URL")
    }

    @Test(arguments: [
        ("../c.txt", "/w/s", "/w/c.txt"),
        ("./a/./b/../c.txt", "/w", "/w/a/c.txt"),
        ("../../../c.txt", "/w", "/c.txt"),
        ("/x//y/./z", "/w", "/x/y/z"),
        (".", "/w/s", "/w/s"),
        ("..", "/", "/"),
    ])
    func standardizesDotsLexically(path: String, directory: String, expected: String) {
        #expect(FilePaths.standardized(path, in: directory) == expected)
        #expect(Self.foundationURL(path, in: directory).standardizedFileURL.path == expected, "as Foundation's URL")
    }

    @Test(arguments: [
        ("/w/docs/c.txt", "c.txt", "/w/docs"),
        ("/w/docs/", "docs", "/w"),
        ("/c.txt", "c.txt", "/"),
        ("/", "/", "/"),
        ("c.txt", "c.txt", "."),
        ("docs/c.txt", "c.txt", "docs"),
    ])
    func takesPathsApart(path: String, last: String, directory: String) {
        #expect(FilePaths.lastComponent(path) == last)
        #expect(FilePaths.directory(of: path) == directory)
    }

    @Test func theWorkingDirectoryIsAbsolute() {
        let here = FilePaths.currentDirectory()
        #expect(here.hasPrefix("/"))
        #expect(here == FileManager.default.currentDirectoryPath)
    }

    @Test func readsAFileWholeAndListsADirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("entente-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let text = String(repeating: "line of text\n", count: 10_000)
        try text.write(to: root.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)

        #expect(FilePaths.contents(of: root.appendingPathComponent("a.txt").path) == Array(text.utf8))
        #expect(FilePaths.contents(of: root.appendingPathComponent("missing.txt").path) == nil)
        #expect(try #require(FilePaths.names(in: root.path)).sorted() == ["a.txt", "sub"])
        #expect(!FilePaths.isDirectory(root.appendingPathComponent("a.txt").path))
        #expect(FilePaths.isDirectory(root.appendingPathComponent("sub").path))
        #expect(!FilePaths.isDirectory(root.appendingPathComponent("missing").path))
        #expect(FilePaths.names(in: root.appendingPathComponent("missing").path) == nil)
    }
}
