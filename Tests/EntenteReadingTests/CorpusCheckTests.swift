import EntenteModel
import Foundation
import Testing
@testable import EntenteReading

/// The invariants `Scripts/corpus-check` reports, asserted in-process: every text loads, comes out
/// structured, with unique paths in pre-order and division headings that are headings, not body
/// text. The 15-file corpus always runs; the ~1,400-file bulk corpus only with ENTENTE_BULK=1 (it
/// takes minutes in a debug build).
@Suite("Corpus check")
struct CorpusCheckTests {
    /// What is wrong with one loaded document's tree, as short messages (empty when all is well).
    static func problems(_ document: Document, bytes: Int) -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for provision in document.provisions {
            if !seen.insert(provision.path).inserted { problems.append("duplicate path \(provision.path)") }
            if let parent = provision.parentPath, !seen.contains(parent) {
                problems.append("\(provision.path) comes before its parent")
            }
            if [.part, .section, .article].contains(provision.kind), let why = Self.bodyTextHeading(provision.heading) {
                problems.append("heading of \(provision.path) \(why)")
            }
        }
        let flat = document.provisions.count == 1 && document.provisions.first?.kind == .body
        if bytes > 2048, document.provisions.isEmpty || flat { problems.append("no structure") }
        return problems
    }

    /// Why a division heading reads like body text, or nil.
    static func bodyTextHeading(_ heading: String) -> String? {
        let words = heading.split(whereSeparator: \.isWhitespace).count
        if heading.count > 200 || words > 30 { return "is too long" }
        if let first = heading.unicodeScalars.first, first.properties.isLowercase { return "starts in lower case" }
        return nil
    }

    static func check(_ url: URL) throws {
        let data = try #require(FileManager.default.contents(atPath: url.path))
        let document = try DocumentReader().read(bytes: [UInt8](data), path: url.path, id: url.lastPathComponent)
        let problems = problems(document, bytes: data.count)
        #expect(problems.isEmpty, "\(url.lastPathComponent): \(problems.prefix(5).joined(separator: "; "))")
    }

    @Test(arguments: CorpusFiles.texts(in: CorpusFiles.sharedCorpus))
    func corpus(url: URL) throws {
        try Self.check(url)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ENTENTE_BULK"] == "1"))
    func bulk() throws {
        for url in CorpusFiles.texts(in: CorpusFiles.sharedBulk) { try Self.check(url) }
    }
}
