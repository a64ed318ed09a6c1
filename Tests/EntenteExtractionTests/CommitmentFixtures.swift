import Foundation
@testable import EntenteExtraction
import EntenteModel
import EntenteReading

/// Texts for commitment tests, read once per process, and the scorer's way of matching rows.
enum CommitmentFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Examples/agreements")
    static let sharedCorpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let sharedBulk = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus-bulk")

    /// Thrown when a text is not on this machine.
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "no text named \(name) in Examples or ../shared/corpus" }
    }

    /// The document read from a text of Examples or the shared corpus.
    static func document(_ name: String) throws -> Document {
        for directory in [examples, sharedCorpus] {
            let url = directory.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path) {
                return try DocumentReader().read(bytes: [UInt8](data), path: url.path, id: String(name.split(separator: ".")[0]))
            }
        }
        throw Missing(name: name)
    }

    /// The commitments of a text.
    static func commitments(of name: String) throws -> [Commitment] {
        CommitmentExtractor().extract(from: try document(name))
    }

    /// A document with the given parties and provisions `(path, text)`, each a paragraph whose
    /// heading is "Heading"; items are the provisions whose path has a parent among them.
    static func document(parties: [String], aliases: [CollectiveAlias] = [], definitions: [Definition] = [],
                         provisions: [(String, String)]) -> Document {
        let built = provisions.enumerated().map { index, provision in
            let depth = provision.0.split(separator: ".").count - 1
            return Provision(path: provision.0, kind: depth == 0 ? .paragraph : .item,
                             label: String(provision.0.split(separator: ".").last ?? ""), heading: "Heading",
                             text: provision.1, line: index + 1, endLine: index + 1, depth: depth)
        }
        return Document(id: "test", title: "Test", kind: .agreement, parties: parties, aliases: aliases, definitions: definitions,
                        source: SourceInfo(path: "test.txt", bytes: 0, sha256: ""), provisions: built)
    }

    /// The commitments of a one-paragraph text between Canada and Ukraine, "the Participants".
    static func read(_ text: String, parties: [String] = ["Canada", "Ukraine"]) -> [Commitment] {
        let document = document(parties: parties, aliases: [CollectiveAlias(alias: "the Participants", members: parties)],
                                provisions: [("1", text)])
        return CommitmentExtractor().extract(from: document)
    }

    /// The row the scorer picks among a provision's rows: the first that best matches actors and modality.
    static func best(_ rows: [Commitment], actors: [String], modality: String) -> Commitment? {
        var best: Commitment?
        var bestScore = -1
        for row in rows {
            let score = (sameParties(row.actors, actors) ? 1 : 0) + (row.modality == modality ? 1 : 0)
            if score > bestScore { best = row; bestScore = score }
        }
        return best
    }

    static func sameParties(_ got: [String], _ want: [String]) -> Bool {
        Set(got.map(key)) == Set(want.map(key))
    }

    private static func key(_ name: String) -> String {
        let lower = normalized(name)
        return lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
    }

    /// Lower-cased, curly quotes straightened, whitespace collapsed: how the scorer compares text.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}
