import EntenteModel
import Testing
@testable import EntenteExtraction

/// Terms against the seed's gold (../shared/gold) and hand-checked corpus texts (MANIFEST.md notes).
@Suite("Term extractor")
struct TermExtractorTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var document: String
        var kind: String
        var provision: String?
        var value: String
        var testDescription: String { "\(document) \(kind)=\(value)" }
    }

    static let cases: [Expected] = [
        // The seed's gold, complete.
        Expected(document: ExtractionCorpus.seed, kind: "entry-into-force", provision: "VIII.A.1", value: "on signature"),
        Expected(document: ExtractionCorpus.seed, kind: "duration", provision: "VIII.A.1", value: "P10Y"),
        Expected(document: ExtractionCorpus.seed, kind: "review", provision: "VIII.B.1", value: "P3Y"),
        Expected(document: ExtractionCorpus.seed, kind: "amendment", provision: "VIII.C.1", value: "mutual written consent"),
        Expected(document: ExtractionCorpus.seed, kind: "termination", provision: "VIII.D.1", value: "P6M"),
        Expected(document: ExtractionCorpus.seed, kind: "dispute-resolution", provision: "VI.1", value: "negotiations or consultations"),
        Expected(document: ExtractionCorpus.seed, kind: "signature", provision: "signature", value: "2024-02-24, Kyiv"),
        // Hand-checked from the corpus.
        Expected(document: "ua-uk-security-cooperation-2024.txt", kind: "duration", value: "P10Y"),
        Expected(document: "ua-uk-security-cooperation-2024.txt", kind: "termination", value: "P6M"),
        Expected(document: "ua-uk-security-cooperation-2024.txt", kind: "amendment", value: "mutual written agreement"),
        Expected(document: "ua-uk-security-cooperation-2024.txt", kind: "entry-into-force", value: "on signature"),
        Expected(document: "ua-germany-security-cooperation-2024.txt", kind: "duration", value: "P10Y"),
        Expected(document: "ua-germany-security-cooperation-2024.txt", kind: "termination", value: "P6M"),
        Expected(document: "ua-germany-security-cooperation-2024.txt", kind: "extension", value: "by notice P6M before expiry"),
        Expected(document: "ua-france-security-cooperation-2024.txt", kind: "duration", value: "P10Y"),
        Expected(document: "ua-france-security-cooperation-2024.txt", kind: "termination", value: "P6M"),
        Expected(document: "ua-netherlands-security-cooperation-2024.txt", kind: "termination", value: "P3M"),
        Expected(document: "ua-netherlands-security-cooperation-2024.txt", kind: "duration", value: "P10Y"),
        Expected(document: "ua-eu-joint-security-commitments-2024.txt", kind: "duration", value: "as ukraine pursues its european path"),
        Expected(document: "north-atlantic-treaty-1949.txt", kind: "review", provision: "12", value: "P10Y"),
        Expected(document: "north-atlantic-treaty-1949.txt", kind: "termination", provision: "13", value: "P1Y"),
        Expected(document: "north-atlantic-treaty-1949.txt", kind: "entry-into-force", provision: "11", value: "on ratification"),
        Expected(document: "nl-ukraine-mh17-mission-agreement-2014.txt", kind: "duration", provision: "10.1", value: "P1Y"),
        Expected(document: "nl-ukraine-mh17-mission-agreement-2014.txt", kind: "termination", provision: "10.2", value: "P30D"),
        Expected(document: "nl-ukraine-mh17-mission-agreement-2014.txt", kind: "amendment", provision: "10.3", value: "by protocol"),
        Expected(document: "nl-uganda-soroti-development-programme-1996.txt", kind: "duration", provision: "VII.1", value: "P1Y"),
        Expected(document: "nl-uganda-soroti-development-programme-1996.txt", kind: "extension", provision: "VII.2",
                 value: "tacit renewal indefinite P30D before expiry"),
        Expected(document: "nl-uganda-soroti-development-programme-1996.txt", kind: "termination", provision: "VII.2", value: "P30D"),
        Expected(document: "nl-rwanda-status-of-defence-personnel-2009.txt", kind: "duration", value: "indefinite"),
        Expected(document: "nl-rwanda-status-of-defence-personnel-2009.txt", kind: "termination", value: "P6M"),
        Expected(document: "nl-rwanda-status-of-defence-personnel-2009.txt", kind: "entry-into-force",
                 value: "on the first day of the second month after last notification"),
        Expected(document: "us-nl-mutual-support-agreement-1983.txt", kind: "entry-into-force", value: "on last signature"),
        Expected(document: "us-nl-mutual-support-agreement-1983.txt", kind: "termination", value: "P6M"),
        Expected(document: "nl-sweden-classified-military-information.txt", kind: "termination", value: "P6M"),
        Expected(document: "nl-us-mou-looted-securities-1951.txt", kind: "entry-into-force", value: "on signature"),
    ]

    @Test(arguments: cases)
    func finds(_ expected: Expected) throws {
        let document = try #require(ExtractionCorpus.document(expected.document))
        let terms = TermExtractor().extract(from: document).filter { $0.kind == expected.kind }
        let hits = terms.filter { $0.value == expected.value }
        #expect(!hits.isEmpty, "got \(terms.map { "\($0.provenance.provision): \($0.value)" })")
        if let provision = expected.provision {
            #expect(hits.contains { $0.provenance.provision == provision }, "at \(hits.map(\.provenance.provision))")
        }
    }

    @Test func reportsHaveNoTerms() throws {
        let report = try #require(ExtractionCorpus.document("euromaidan-italy-canada-security-deals-2024.txt"))
        #expect(TermExtractor().extract(from: report).isEmpty)
    }

    @Test(arguments: [
        ("This Agreement shall enter into force on the date of the last notification.", "on last notification"),
        ("This Agreement will enter into effect on the date of signature.", "on signature"),
        ("This Agreement shall enter into force thirty days after the date of the last notification.", "P30D after last notification"),
        ("The Treaty shall enter into force on 1 May 2025.", "on 2025-05-01"),
    ])
    func entryIntoForceValues(sentence: String, value: String) {
        #expect(TermRules.entryIntoForce(TermSentence(sentence)) == value)
    }

    @Test(arguments: [
        ("This Agreement may be denounced by either Party on six months' notice.", "P6M"),
        ("Either Party may withdraw from this Agreement by giving one year's written notice.", "P1Y"),
        ("Either Party may discontinue this Arrangement at any time on three months' notice.", "P3M"),
        ("This Agreement may be terminated by either Party by written notice.", "written notice"),
    ])
    func terminationValues(sentence: String, value: String) {
        #expect(TermRules.termination([TermSentence(sentence)]) == value)
    }

    @Test(arguments: [
        ("This Agreement shall be automatically extended for successive periods of one year unless either Party notifies its intention to terminate it.", "tacit renewal P1Y"),
        ("The Agreement shall thereafter be tacitly renewed from year to year.", "tacit renewal P1Y"),
    ])
    func renewalValues(sentence: String, value: String) {
        #expect(TermRules.renewal(TermSentence(sentence)) == value)
    }

    @Test func anotherInstrumentsEntryIntoForceIsNotATerm() throws {
        // A recital citing another agreement's entry into force says nothing about this one.
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        let terms = TermExtractor().extract(from: document)
        #expect(!terms.contains { $0.provenance.provision.hasPrefix("preamble") })
    }
}
