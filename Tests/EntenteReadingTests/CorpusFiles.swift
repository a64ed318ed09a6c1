import Foundation

/// Where test texts live: the repository's Examples, the shared corpus beside the repository, and
/// this target's fixtures — all found from this file's path, so tests run from any directory.
enum CorpusFiles {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Examples/agreements")
    static let sharedCorpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let sharedBulk = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus-bulk")
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")

    /// The bytes of a seed text, from Examples (in the repository) or else the shared corpus.
    static func seed(_ name: String) -> [UInt8]? {
        for directory in [examples, sharedCorpus] {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) {
                return [UInt8](data)
            }
        }
        return nil
    }

    static func fixture(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: fixtures.appendingPathComponent(name).path).map { [UInt8]($0) }
    }

    /// Every `.txt` file of a directory, sorted; empty when the directory is absent.
    static func texts(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
