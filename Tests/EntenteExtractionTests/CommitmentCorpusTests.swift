import Foundation
import Testing
import EntenteReading
@testable import EntenteExtraction
import EntenteModel

/// A commitment checked by hand against a corpus text other than the seed.
struct CorpusCommitment: Sendable, CustomTestStringConvertible {
    var document: String
    var provision: String
    var actors: [String]
    var modality: String
    var force: Force
    var action: String
    var conditionStarts: String? = nil
    var deadline: String? = nil

    var testDescription: String { "\(document) \(provision)" }
}

@Suite("Commitments: other corpus texts")
struct CommitmentCorpusTests {
    static let france = "ua-france-security-cooperation-2024.txt"
    static let eu = "ua-eu-joint-security-commitments-2024.txt"
    static let nato = "north-atlantic-treaty-1949.txt"
    static let mh17 = "nl-ukraine-mh17-mission-agreement-2014.txt"
    static let uk = "ua-uk-security-cooperation-2024.txt"
    static let rwanda = "nl-rwanda-status-of-defence-personnel-2009.txt"
    static let ukName = "United Kingdom of Great Britain and Northern Ireland"
    static let netherlands = "Kingdom of the Netherlands"

    static let cases: [CorpusCommitment] = [
        // A memorandum with "the French Participant" / "the Ukrainian Participant" and unnumbered paragraphs.
        CorpusCommitment(document: france, provision: "II.1.1", actors: ["France"], modality: "will", force: .obligation, action: "provide"),
        CorpusCommitment(document: france, provision: "III.2", actors: ["France", "Ukraine"], modality: "will", force: .obligation, action: "consult",
                         conditionStarts: "In the event of future Russian armed attack", deadline: "PT24H"),
        CorpusCommitment(document: france, provision: "V.10.2", actors: ["Ukraine"], modality: "will", force: .bestEffort, action: "continue"),
        CorpusCommitment(document: france, provision: "VII.4", actors: ["France", "Ukraine"], modality: "may", force: .permission, action: "terminate"),
        // A declaration: "Ukraine commits to:" with "-" bullets, and "the European Union will".
        CorpusCommitment(document: eu, provision: "preamble.9.2", actors: ["Ukraine"], modality: "commit", force: .obligation, action: "strengthen"),
        CorpusCommitment(document: eu, provision: "I.6", actors: ["European Union"], modality: "will", force: .obligation, action: "support"),
        CorpusCommitment(document: eu, provision: "I.4.2", actors: ["Ukraine", "European Union"], modality: "will", force: .bestEffort, action: "intensify"),
        // A treaty without party names: "The Parties undertake", "each of them … will assist".
        CorpusCommitment(document: nato, provision: "1", actors: ["The Parties"], modality: "undertake", force: .obligation, action: "settle"),
        CorpusCommitment(document: nato, provision: "5.1", actors: ["each of them"], modality: "will", force: .obligation, action: "assist",
                         conditionStarts: "if such an armed attack occurs"),
        CorpusCommitment(document: nato, provision: "13", actors: ["any Party"], modality: "may", force: .permission, action: "cease"),
        // "Article … shall" treaties with defined roles ("the Sending State").
        CorpusCommitment(document: mh17, provision: "2.3", actors: [netherlands], modality: "shall", force: .obligation, action: "provide"),
        CorpusCommitment(document: mh17, provision: "5.1", actors: ["Ukraine", netherlands], modality: "will", force: .obligation, action: "waive"),
        CorpusCommitment(document: mh17, provision: "10.2", actors: ["Ukraine", netherlands], modality: "may", force: .permission, action: "terminate"),
        CorpusCommitment(document: rwanda, provision: "11.3", actors: [netherlands, "Republic of Rwanda"], modality: "may", force: .permission, action: "terminate"),
        // "the UK" for the United Kingdom of Great Britain and Northern Ireland.
        CorpusCommitment(document: uk, provision: "II.s1.6", actors: [ukName], modality: "will", force: .obligation, action: "provide"),
        CorpusCommitment(document: uk, provision: "V.s2.6", actors: [ukName], modality: "undertake", force: .obligation, action: "work"),
    ]

    @Test("hand-checked commitments", arguments: cases)
    func corpusCommitment(_ want: CorpusCommitment) throws {
        let rows = try CommitmentFixtures.commitments(of: want.document).filter { $0.provenance.provision == want.provision }
        let row = try #require(CommitmentFixtures.best(rows, actors: want.actors, modality: want.modality))
        #expect(row.actors == want.actors)
        #expect(row.modality == want.modality)
        #expect(row.force == want.force)
        #expect(row.action == want.action)
        if let start = want.conditionStarts { #expect(row.condition?.hasPrefix(start) == true, "condition \(row.condition ?? "nil")") }
        if let deadline = want.deadline { #expect(row.deadline == deadline) }
    }

    static let statements: [(String, String)] = [
        (eu, "preamble.4"),      // "The European Union reiterates that …"
        (nato, "5.2"),           // "Any such armed attack … shall immediately be reported": no actor.
        (france, "preamble.1"),  // a recital
    ]

    @Test("statements and actorless sentences are not commitments", arguments: statements.indices)
    func notACommitment(_ index: Int) throws {
        let (document, provision) = Self.statements[index]
        let rows = try CommitmentFixtures.commitments(of: document).filter { $0.provenance.provision == provision }
        #expect(rows.isEmpty, "\(rows.map(\.text))")
    }

    @Test("every corpus text extracts, with sane rows")
    func wholeCorpus() throws {
        let texts = (try? FileManager.default.contentsOfDirectory(atPath: CommitmentFixtures.sharedCorpus.path)) ?? []
        for name in texts.sorted() where name.hasSuffix(".txt") {
            let document = try CommitmentFixtures.document(name)
            let rows = CommitmentExtractor().extract(from: document)
            if document.kind == .report {
                #expect(rows.isEmpty, "\(name)")
            } else {
                #expect(!rows.isEmpty, "\(name)")
            }
            #expect(rows.allSatisfy { !$0.actors.isEmpty && !$0.action.isEmpty && !$0.modality.isEmpty }, "\(name)")
        }
    }

    /// FactExtractor runs commitments on their own thread for larger texts, without the shared
    /// scan (they start before it is made), and with it on the calling thread for smaller ones.
    @Test("commitments are the same with and without the shared scan")
    func sameWithAndWithoutTheSharedScan() throws {
        let texts = (try? FileManager.default.contentsOfDirectory(atPath: CommitmentFixtures.sharedCorpus.path)) ?? []
        #expect(!texts.isEmpty)
        for name in texts.sorted() where name.hasSuffix(".txt") {
            let document = try CommitmentFixtures.document(name)
            let alone = CommitmentExtractor().extract(from: document, scanned: nil)
            let withScan = CommitmentExtractor().extract(from: document, scanned: ScanDocument(document))
            #expect(alone == withScan, "\(name)")
        }
    }

    /// Set ENTENTE_COMMITMENT_TIMING=1 to print how long the seed's extraction takes beside its reading.
    @Test("seed timing", .enabled(if: ProcessInfo.processInfo.environment["ENTENTE_COMMITMENT_TIMING"] != nil))
    func seedTiming() throws {
        guard let data = FileManager.default.contents(atPath: CommitmentFixtures.examples.appendingPathComponent("canada-ukraine-security-agreement-2024.txt").path) else { return }
        let clock = ContinuousClock()
        var seed: Document?
        let reading = clock.measure { for _ in 0..<20 { seed = try? EntenteReading.DocumentReader().read(bytes: [UInt8](data), path: "seed", id: "seed") } }
        guard let seed else { return }
        let extraction = clock.measure { for _ in 0..<20 { _ = CommitmentExtractor().extract(from: seed) } }
        print("commitments seed: reading \(reading / 20), commitment extraction \(extraction / 20) per run")
    }

    /// Set ENTENTE_COMMITMENT_COUNTS=1 to print rows per text over the corpus and the bulk corpus.
    @Test("counts over the bulk corpus", .enabled(if: ProcessInfo.processInfo.environment["ENTENTE_COMMITMENT_COUNTS"] != nil))
    func bulkCounts() throws {
        try seedTiming()
        var total = 0
        var texts = 0
        var empty = 0
        var histogram: [String: Int] = [:]
        for directory in [CommitmentFixtures.sharedCorpus, CommitmentFixtures.sharedBulk] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                      let document = try? EntenteReading.DocumentReader().read(bytes: [UInt8](data), path: name, id: name) else { continue }
                let rows = CommitmentExtractor().extract(from: document)
                texts += 1
                total += rows.count
                if rows.isEmpty { empty += 1 }
                for row in rows { histogram[row.modality, default: 0] += 1 }
                if directory == CommitmentFixtures.sharedCorpus { print("commitments \(name): \(rows.count)") }
            }
        }
        print("commitments bulk: \(texts) texts, \(total) rows, \(empty) with none; by modality \(histogram.sorted { $0.value > $1.value })")
    }
}
