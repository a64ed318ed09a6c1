import EntenteModel
import Foundation
import Testing
@testable import EntenteReading

/// Every shared corpus text loads, with a plausible tree. The 1,400-file bulk corpus runs only when
/// ENTENTE_BULK=1 (it takes seconds, not milliseconds).
@Suite("Corpus loads")
struct CorpusLoadTests {
    static func check(_ url: URL) throws {
        let data = try #require(FileManager.default.contents(atPath: url.path))
        let document = try DocumentReader().read(bytes: [UInt8](data), path: url.path, id: url.lastPathComponent)
        #expect(!document.provisions.isEmpty, "\(url.lastPathComponent): no provisions")
        #expect(!document.title.isEmpty)
        let paths = document.provisions.map(\.path)
        #expect(Set(paths).count == paths.count, "\(url.lastPathComponent): duplicate paths")
        #expect(document.provisions.allSatisfy { $0.line >= 1 && $0.endLine >= $0.line })
    }

    @Test(arguments: CorpusFiles.texts(in: CorpusFiles.sharedCorpus))
    func sharedCorpus(url: URL) throws {
        try Self.check(url)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ENTENTE_BULK"] == "1"))
    func bulkCorpus() throws {
        for url in CorpusFiles.texts(in: CorpusFiles.sharedBulk) { try Self.check(url) }
    }

    @Test(arguments: [
        ("ua-uk-security-cooperation-2024.txt", DocumentKind.agreement, ["United Kingdom of Great Britain and Northern Ireland", "Ukraine"]),
        ("ua-netherlands-security-cooperation-2024.txt", .agreement, ["Ukraine", "Government of the Netherlands"]),
        ("nl-rwanda-status-of-defence-personnel-2009.txt", .agreement, ["Kingdom of the Netherlands", "Republic of Rwanda"]),
    ])
    func partiesOfOtherAgreements(name: String, kind: DocumentKind, parties: [String]) throws {
        let url = CorpusFiles.sharedCorpus.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let document = try DocumentReader().read(bytes: [UInt8](data), path: name, id: name)
        #expect(document.kind == kind)
        #expect(document.parties == parties)
    }
}
