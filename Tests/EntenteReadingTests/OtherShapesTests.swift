import EntenteModel
import Testing
@testable import EntenteReading

@Suite("Other shapes: articles, hard-wrapped text")
struct OtherShapesTests {
    @Test func articleStyle() throws {
        let bytes = try #require(CorpusFiles.fixture("article-style.txt"))
        let document = try DocumentReader().read(bytes: bytes, path: "article-style.txt", id: "fish")
        #expect(document.kind == .agreement)
        #expect(document.parties == ["Republic of Alpha", "Kingdom of Beta"])
        #expect(document.aliases.first?.alias == "the Contracting Parties")
        #expect(document.provisions.filter { $0.parentPath == "preamble" }.count == 2)
        let articles = document.provisions.filter { $0.kind == .article }
        #expect(articles.map(\.path) == ["1", "2", "III"])
        #expect(articles.map(\.heading) == ["Definitions", "Obligations", "Entry into force"])
        #expect(document.provision(at: "2.1")?.kind == .paragraph)
        #expect(document.provision(at: "2.1.a")?.kind == .item)
        #expect(document.provision(at: "2.1.b")?.text == "report them within thirty days.")
        #expect(document.provision(at: "2.1.b")?.heading == "Obligations")
        #expect(document.provision(at: "2.2")?.text.hasPrefix("The Joint Fisheries Commission") == true)
        #expect(document.definitions.contains { $0.term == "JFC" && $0.meaning == "Joint Fisheries Commission" })
        #expect(document.definitions.contains { $0.term == "vessel" && $0.meaning == "any ship used for fishing" })
        #expect(document.signed == "1999-03-03")
        #expect(document.place == "Lisbon")
        #expect(document.languages == ["English", "Portuguese"])
        #expect(document.provision(at: "signature")?.text.contains("For the Kingdom of Beta") == true)
    }

    @Test func hardWrappedText() throws {
        let bytes = try #require(CorpusFiles.fixture("hard-wrapped.txt"))
        let document = try DocumentReader().read(bytes: bytes, path: "hard-wrapped.txt", id: "mou")
        #expect(document.title == "MEMORANDUM OF UNDERSTANDING BETWEEN GAMMA AND DELTA")
        #expect(document.parties == ["Gamma", "Delta"])
        #expect(document.aliases.first?.alias == "the Sides")
        let recitals = document.provisions.filter { $0.parentPath == "preamble" }
        #expect(recitals.map(\.text) == [
            "recalling their long friendship and the many agreements they have concluded over the years in the field of culture;",
            "wishing to deepen that friendship;",
        ])
        let first = try #require(document.provision(at: "I.1"))
        #expect(first.text == "The Sides will cooperate in culture, education and science, and will exchange information on their programmes every year, in accordance with their laws.")
        #expect(first.line == 12 && first.endLine == 14)
        #expect(document.provision(at: "I.2.1")?.text == "hold annual consultations;")
        #expect(document.provision(at: "I.2.2")?.kind == .item)
        #expect(document.provision(at: "II.1")?.heading == "Final Provisions")
        #expect(document.signed == "2020-01-12")
        #expect(document.place == "Vienna")
    }

    @Test(arguments: [
        ("(iii) text", "iii"), ("• (A) text", "A"), ("1. (B) text", "B"), ("a) text", "a"), ("12. text", "12"),
        ("1.2. text", "1.2"), ("(12) text", "12"), ("iv. text", "iv"),
    ])
    func markers(line: String, label: String) throws {
        let (marker, _) = try #require(LineClassifier.listMarker(Substring(line)))
        #expect(marker.label == label)
    }

    @Test(arguments: ["(NATO) is an alliance", "2024. The year", "Article 51 of the Charter applies", "(2023-2027) plan"])
    func notMarkersOrHeadings(line: String) {
        let classified = LineClassifier.classify(Substring(line), number: 1)
        if case .text = classified.kind {} else { Issue.record("\(line) classified as \(classified.kind)") }
    }

    @Test func letterIAfterHIsASection() throws {
        let text = "T\n\nPart I. One\n\nH. Eight\n\n1. x.\n\nI. Nine\n\n1. y.\n\nPart II. Two\n\n1. z.\n"
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "t", id: "t")
        #expect(document.provision(at: "I.I")?.kind == .section)
        #expect(document.provision(at: "I.I.1")?.text == "y.")
        #expect(document.provision(at: "II.1") != nil)
    }
}
