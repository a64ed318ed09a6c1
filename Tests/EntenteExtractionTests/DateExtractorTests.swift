import EntenteModel
import Testing
@testable import EntenteExtraction

/// Dates against the seed's gold and hand-checked corpus texts.
@Suite("Date extractor")
struct DateExtractorTests {
    @Test(arguments: [
        (ExtractionCorpus.seed, "preamble.1", "2023-07-12"),
        (ExtractionCorpus.seed, "preamble.7", "2023-07-11"),
        (ExtractionCorpus.seed, "IV.A.1", "2017-04-03"),
        (ExtractionCorpus.seed, "IV.H.2.iii", "2023-09-22"),
        (ExtractionCorpus.seed, "IV.M.2.i", "2024-02-02"),
        (ExtractionCorpus.seed, "signature", "2024-02-24"),
        ("nl-uganda-soroti-development-programme-1996.txt", "I.3", "1996-01-01"),
        ("nl-uganda-soroti-development-programme-1996.txt", "I.3", "1998-12-31"),
        ("nl-uganda-soroti-development-programme-1996.txt", "signature", "1996-03-18"),
        ("north-atlantic-treaty-1949.txt", "signature", "1949-04-04"),
        ("nl-us-mou-looted-securities-1951.txt", "signature", "1951-01-19"),
        ("nl-us-mou-looted-securities-1951.txt", "preamble.1", "1943-01-05"),
    ])
    func finds(document name: String, provision: String, iso: String) throws {
        let document = try #require(ExtractionCorpus.document(name))
        let dates = DateExtractor().extract(from: document).filter { $0.date == iso }
        #expect(dates.contains { $0.provenance.provision == provision }, "at \(dates.map(\.provenance.provision))")
    }

    @Test func signatureDateHasTheSignatureRole() throws {
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        let signature = DateExtractor().extract(from: document).first { $0.provenance.provision == "signature" }
        #expect(signature?.role == "signature")
    }

    @Test func yearsAloneAreNotDates() throws {
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        #expect(DateExtractor().extract(from: document).allSatisfy { $0.date.count >= 7 })
    }

    @Test(arguments: [
        ("This Agreement shall enter into force on ", "entry-into-force"),
        ("the Arrangement signed on ", "signature"),
        ("from 1 January 1996 till ", "period-end"),
        ("the Treaty, which was considered on ", nil),
    ] as [(String, String?)])
    func roles(before: String, role: String?) {
        #expect(DateExtractor.role(before: before.lowercased()) == role)
    }
}
