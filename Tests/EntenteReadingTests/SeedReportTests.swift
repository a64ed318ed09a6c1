import EntenteModel
import Testing
@testable import EntenteReading

@Suite("Seed report: Euromaidan Press")
struct SeedReportTests {
    static let fileName = "euromaidan-italy-canada-security-deals-2024.txt"

    static func document() throws -> Document {
        let bytes = try #require(CorpusFiles.seed(fileName), "seed text not found")
        return try DocumentReader().read(bytes: bytes, path: fileName, id: "report")
    }

    @Test func kindAndTitle() throws {
        let document = try Self.document()
        #expect(document.kind == .report)
        #expect(document.title == "Ukraine signs security deals with Italy, Canada to boost defenses against Russia")
        #expect(document.signed == nil)
    }

    @Test(arguments: [
        "The work of Euromaidan Press is supported by the International Renaissance Foundation",
        "When referencing our materials, please include an active hyperlink",
        "Become a Patron!",
        "To suggest a correction or clarification, write to us here",
        "You could close this page",
        "Copyright ©",
        "ad blocker",
    ])
    func chromeIsNotBody(chrome: String) throws {
        let document = try Self.document()
        #expect(!document.provisions.contains { $0.text.contains(chrome) })
    }

    @Test func bodyParagraphs() throws {
        let document = try Self.document()
        let paragraphs = document.provisions.filter { $0.kind == .paragraph }
        #expect(paragraphs.allSatisfy { $0.depth == 0 })
        #expect(paragraphs.map(\.path) == (1...paragraphs.count).map(String.init))
        // Everything else is a sentence of the paragraph before it: `N.M`, one level down.
        for sentence in document.provisions where sentence.kind != .paragraph {
            #expect(sentence.kind == .sentence && sentence.depth == 1)
            #expect(paragraphs.contains { sentence.path.hasPrefix($0.path + ".") })
        }
        #expect(document.provisions.contains { $0.text.contains("valid for 10 years") })
        #expect(document.provisions.contains { $0.text.contains("over $3 billion Canadian dollars") })
        #expect(!document.provisions.contains { $0.text == document.title })
    }
}
