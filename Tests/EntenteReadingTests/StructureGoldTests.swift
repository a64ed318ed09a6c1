import EntenteModel
import Foundation
import Testing
@testable import EntenteReading

/// Hand-checked outlines of corpus texts of different shapes (Fixtures/gold/*.json): the exact
/// top-level paths, how many children some provisions have, and the kind, heading and text start
/// of chosen provisions. Each gold file says how it was checked against the source text.
@Suite("Structure gold outlines")
struct StructureGoldTests {
    struct Gold: Decodable {
        struct Expected: Decodable {
            var kind: String?
            var heading: String?
            var text: String?
        }

        var file: String
        var top: [String]
        var children: [String: Int]
        var provisions: [String: Expected]
    }

    static let goldDirectory = CorpusFiles.fixtures.appendingPathComponent("gold")

    static var goldFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreGoldOutlines() {
        #expect(Self.goldFiles.count >= 3)
    }

    @Test(arguments: goldFiles)
    func outline(goldName: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.goldDirectory.appendingPathComponent(goldName).path))
        let gold = try JSONDecoder().decode(Gold.self, from: data)
        let url = CorpusFiles.sharedCorpus.appendingPathComponent(gold.file)
        guard let text = FileManager.default.contents(atPath: url.path) else { return }  // corpus not beside the repo
        let document = try DocumentReader().read(bytes: [UInt8](text), path: url.path, id: gold.file)

        #expect(document.provisions.filter { $0.depth == 0 }.map(\.path) == gold.top, "\(gold.file): top level")
        var childCounts: [String: Int] = [:]
        for provision in document.provisions {
            if let parent = provision.parentPath { childCounts[parent, default: 0] += 1 }
        }
        for (path, count) in gold.children.sorted(by: { $0.key < $1.key }) {
            #expect(childCounts[path, default: 0] == count, "\(gold.file): children of \(path)")
        }
        for (path, expected) in gold.provisions.sorted(by: { $0.key < $1.key }) {
            guard let provision = document.provision(at: path) else {
                Issue.record("\(gold.file): no provision \(path)")
                continue
            }
            if let kind = expected.kind { #expect(provision.kind.rawValue == kind, "\(gold.file): kind of \(path)") }
            if let heading = expected.heading {
                #expect(provision.heading.hasPrefix(heading), "\(gold.file): heading of \(path) is \(provision.heading)")
            }
            if let start = expected.text {
                #expect(provision.text.hasPrefix(start), "\(gold.file): text of \(path) is \(provision.text.prefix(80))")
            }
        }
    }
}
