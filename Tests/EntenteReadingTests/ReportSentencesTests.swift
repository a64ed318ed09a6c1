import EntenteModel
import Testing
@testable import EntenteReading

/// Sentence splitting for report claims: abbreviations, decimals, initials, quotes, ellipses.
@Suite("Report sentences")
struct ReportSentencesTests {
    @Test(arguments: [
        ("Mr. Smith went to Washington. He arrived on Feb. 24 at noon.",
         ["Mr. Smith went to Washington.", "He arrived on Feb. 24 at noon."]),
        ("Aid came from the U.S. The deal was signed.", ["Aid came from the U.S.", "The deal was signed."]),
        ("The U.S. Congress approved it. The U.K. agreed.", ["The U.S. Congress approved it.", "The U.K. agreed."]),
        ("Canada pledged $3.02B in 2024. That is 2.5 times more.", ["Canada pledged $3.02B in 2024.", "That is 2.5 times more."]),
        ("See Resolution No. 2166 of the Security Council. It passed.",
         ["See Resolution No. 2166 of the Security Council.", "It passed."]),
        ("Officials, e.g. Mr. J. R. Smith, agreed. Others did not.", ["Officials, e.g. Mr. J. R. Smith, agreed.", "Others did not."]),
        ("John F. Kennedy visited. It was 1963.", ["John F. Kennedy visited.", "It was 1963."]),
        ("“We will respond. We will not wait,” he said. Talks resume Monday.",
         ["“We will respond. We will not wait,” he said.", "Talks resume Monday."]),
        ("\"We agree. Fully,\" she said. Done.", ["\"We agree. Fully,\" she said.", "Done."]),
        ("He said “it is done.” Then he left.", ["He said “it is done.”", "Then he left."]),
        ("He paused... Then he spoke… Silence.", ["He paused...", "Then he spoke…", "Silence."]),
        ("Is it valid? Yes! It is.", ["Is it valid?", "Yes!", "It is."]),
        ("The war ended in 1945. (It was long.) Peace followed.", ["The war ended in 1945.", "(It was long.)", "Peace followed."]),
        ("Prices rose in Jan. and fell in Feb. The index recovered.",
         ["Prices rose in Jan. and fell in Feb.", "The index recovered."]),
        ("Art. 5 applies. Sanctions, etc. The rest follows.", ["Art. 5 applies.", "Sanctions, etc.", "The rest follows."]),
        ("It costs £2.5 billion. 24 states joined.", ["It costs £2.5 billion.", "24 states joined."]),
        ("A heading without a point", ["A heading without a point"]),
        ("  ", []),
        ("An unclosed “quote. Still splits.", ["An unclosed “quote.", "Still splits."]),
    ])
    func split(paragraph: String, expected: [String]) {
        #expect(ReportSentences.split(paragraph) == expected)
    }

    @Test func seedReportSentences() throws {
        let document = try SeedReportTests.document()
        let paragraphs = document.provisions.filter { $0.kind == .paragraph }
        let lines = SourceText.splitLines(String(decoding: try #require(CorpusFiles.seed(SeedReportTests.fileName)), as: UTF8.self))
        let all = ReportSentences.withSentences(paragraphs, lines: lines)
        let sentences = all.filter { $0.kind == .sentence }
        #expect(sentences.count > paragraphs.count)
        // The claims of the gold file each sit in one sentence.
        for claim in ["valid for 10 years", "24-hour emergency response", "over $3 billion Canadian dollars",
                      "Vilnius on 12 July 2023", "Ukraine will also respond in case of a threat to Canada",
                      "Italy has pledged to continue providing military aid through 2024"] {
            #expect(sentences.filter { $0.text.contains(claim) }.count == 1, "\(claim)")
        }
        let pledge = try #require(sentences.first { $0.text.hasPrefix("Italy has pledged") })
        #expect(pledge.text == "Italy has pledged to continue providing military aid through 2024.")
        #expect(lines[pledge.line - 1].contains("Italy has pledged"))
        let quote = try #require(sentences.first { $0.text.contains("valuable to us") })
        #expect(quote.text.hasPrefix("“You have been with Ukraine") && quote.text.hasSuffix("he told Trudeau."))
    }

    @Test func interleavedPathsKindsAndLines() {
        let text = """
        First sentence here. Second one
        wraps onto this line. Third.

        Another paragraph.
        """
        let lines = SourceText.splitLines(text)
        let paragraphs = [
            Provision(path: "1", kind: .paragraph, label: "1", heading: "Title",
                      text: "First sentence here. Second one wraps onto this line. Third.", line: 1, endLine: 2, depth: 0),
            Provision(path: "2", kind: .paragraph, label: "2", heading: "Title", text: "Another paragraph.", line: 4, endLine: 4, depth: 0),
        ]
        let all = ReportSentences.withSentences(paragraphs, lines: lines)
        #expect(all.map(\.path) == ["1", "1.1", "1.2", "1.3", "2", "2.1"])
        #expect(all.map(\.kind) == [.paragraph, .sentence, .sentence, .sentence, .paragraph, .sentence])
        #expect(all.map(\.depth) == [0, 1, 1, 1, 0, 1])
        #expect(all.map(\.line) == [1, 1, 1, 2, 4, 4])
        #expect(all.map(\.endLine) == [2, 1, 2, 2, 4, 4])
        #expect(all[2].text == "Second one wraps onto this line.")
        #expect(all.allSatisfy { $0.heading == "Title" })
        #expect(all.filter { $0.kind == .sentence }.map(\.parentPath) == ["1", "1", "1", "2"])
        // Idempotent on provisions that are not paragraphs.
        #expect(ReportSentences.withSentences([], lines: lines).isEmpty)
    }

    @Test func hugeParagraphIsLinear() {
        let paragraph = String(repeating: "The U.S. gave $2.5 billion. Mr. Smith said “yes. no.” ", count: 20_000)
        let sentences = ReportSentences.split(paragraph)
        #expect(sentences.count == 40_000)
    }
}
