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
        #expect(document.provisions.allSatisfy { $0.kind == .paragraph && $0.depth == 0 })
        #expect(document.provisions.map(\.path) == (1...document.provisions.count).map(String.init))
        #expect(document.provisions.contains { $0.text.contains("valid for 10 years") })
        #expect(document.provisions.contains { $0.text.contains("over $3 billion Canadian dollars") })
        #expect(!document.provisions.contains { $0.text == document.title })
    }
}
