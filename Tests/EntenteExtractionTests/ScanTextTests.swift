import EntenteModel
import EntenteReading
import Testing
@testable import EntenteExtraction

/// The shared reading of provisions (`ScanText`, `ProvisionSentences`, the term phrases): what a reader
/// of the facts sees should not depend on typography — curly apostrophes, no-break spaces, line
/// breaks inside a phrase — nor on how a provision is split into sentences.
@Suite("Shared scanning")
struct ScanTextTests {
    /// A one-provision agreement whose provision reads `text`.
    static func agreement(_ text: String, heading: String = "Cooperation") -> Document {
        let provision = Provision(path: "1", kind: .paragraph, label: "1", heading: heading, text: text, line: 1, endLine: 1, depth: 0)
        return Document(id: "test", title: "Test Agreement", kind: .agreement, parties: ["Canada", "Ukraine"],
                        source: SourceInfo(path: "test.txt", bytes: text.utf8.count, sha256: ""), provisions: [provision])
    }

    @Test(arguments: [
        "One sentence only.", "  Padded with spaces.  ", "", "   ", "Mr. Smith met Dr. Jones. They agreed.",
        "Aid from the U.S. The deal holds.", "“It works. It lasts,” he said. Then he left.", "Feb. 24, 2024 is a date. So is 2025.",
        "Ends without a stop", "Wait… More follows. Yes!", "Costs $3.02B. That is all.", "No\u{00A0}break. Here.",
        "First line.\nSecond line.", "(Bracketed.) Next one.",
    ])
    func sentencesAreTheReportSentences(text: String) {
        #expect(ProvisionSentences.split(text) == ReportSentences.split(text))
    }

    @Test func typographicPossessivesNameTheirStates() {
        let found = EntityNameScanner.scan(ScanText("with Ukraine’s partners and Canada's allies"))
        #expect(found.contains(EntityName(name: "Ukraine", kind: "state")))
        #expect(found.contains(EntityName(name: "Canada", kind: "state")))
    }

    @Test(arguments: [
        "This Agreement shall enter into force on signature.",
        "This Agreement shall enter\ninto   force on signature.",
        "This\u{00A0}Agreement shall enter into\u{00A0}force on signature.",
        "THIS AGREEMENT SHALL ENTER INTO FORCE ON SIGNATURE.",
    ])
    func entryIntoForceWhateverTheSpacing(text: String) {
        let terms = TermExtractor().extract(from: Self.agreement(text))
        #expect(terms.contains { $0.kind == "entry-into-force" && $0.value == "on signature" }, "got \(terms)")
    }

    @Test func noTermWithoutTheInstrument() {
        // Entry into force of something else, in a sentence that does not name this instrument.
        let terms = TermExtractor().extract(from: Self.agreement("The sanctions shall enter into force on 1 March 2024."))
        #expect(terms.isEmpty, "got \(terms)")
    }

    @Test func dateRoleAfterCurlyQuotes() {
        let dates = DateExtractor().extract(from: Self.agreement("The “Memorandum on Cooperation” was signed on 3 April 2017 in Kyiv."))
        #expect(dates.map(\.date) == ["2017-04-03"])
        #expect(dates.first?.role == "signature")
    }

    @Test func amountsOfSeveralSentencesKeepTheirYears() {
        let text = "In 2024, Canada will provide $3.02B in military aid. In 2025, it will provide over $500 million."
        let amounts = AmountExtractor().extract(from: Self.agreement(text))
        #expect(amounts.map(\.value) == [3_020_000_000, 500_000_000])
        #expect(amounts.map(\.year) == [2024, 2025])
        #expect(amounts.map(\.currency) == ["CAD", "CAD"])
        #expect(amounts.last?.qualifier == "over")
    }

    @Test func numberWordsAcrossHyphensAndPossessives() {
        let durations = DurationExtractor().extract(from: Self.agreement("upon twenty-four hours’ notice or a ten-year term"))
        #expect(durations.map(\.duration) == ["PT24H", "P10Y"])
    }
}
