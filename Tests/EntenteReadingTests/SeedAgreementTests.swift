import EntenteModel
import Testing
@testable import EntenteReading

/// The Canada–Ukraine agreement against ../shared/gold/canada-ukraine-security-agreement-2024.json.
@Suite("Seed agreement: Canada–Ukraine 2024")
struct SeedAgreementTests {
    static let fileName = "canada-ukraine-security-agreement-2024.txt"

    static func document() throws -> Document {
        let bytes = try #require(CorpusFiles.seed(fileName), "seed text not found")
        return try DocumentReader().read(bytes: bytes, path: fileName, id: "canada")
    }

    @Test func metadata() throws {
        let document = try Self.document()
        #expect(document.title == "Agreement on security cooperation between Canada and Ukraine")
        #expect(document.kind == .agreement)
        #expect(document.parties == ["Canada", "Ukraine"])
        #expect(document.aliases == [CollectiveAlias(alias: "the Participants", members: ["Canada", "Ukraine"])])
        #expect(document.signed == "2024-02-24")
        #expect(document.place == "Kyiv")
        #expect(document.languages == ["English", "French", "Ukrainian"])
        #expect(document.warnings.isEmpty)
        #expect(document.source.bytes > 0 && document.source.sha256.count == 64)
    }

    @Test(arguments: [
        ("Participants", "Canada and Ukraine"),
        ("G7 Joint Declaration", "Joint Declaration of Support for Ukraine"),
        ("UN Charter", "United Nations Charter"),
        ("CUSSP", "Canada-Ukraine Strategic Security Partnership"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("EU", "European Union"),
    ])
    func definedTerms(term: String, meaning: String) throws {
        let document = try Self.document()
        let definition = try #require(document.definitions.first { $0.term == term })
        #expect(definition.meaning == meaning)
        #expect(document.provision(at: definition.provision) != nil)
    }

    @Test func partsAndSections() throws {
        let paths = Set(try Self.document().provisions.map(\.path))
        for part in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] { #expect(paths.contains(part), "\(part)") }
        for section in "ABCDEFGHIJKLMN" { #expect(paths.contains("IV.\(section)"), "IV.\(section)") }
        for section in "ABCD" { #expect(paths.contains("VIII.\(section)"), "VIII.\(section)") }
        #expect(!paths.contains("IX") && !paths.contains("IV.O") && !paths.contains("VIII.E"))
    }

    @Test(arguments: [
        ("I", 4), ("II", 6), ("III", 3), ("IV", 2), ("IV.A", 9), ("IV.K", 5), ("V", 5), ("VI", 2), ("VII", 2),
    ])
    func paragraphCounts(parent: String, count: Int) throws {
        let document = try Self.document()
        let children = document.provisions.filter {
            $0.parentPath == parent && $0.label.allSatisfy(\.isNumber) && $0.kind == .paragraph
        }
        #expect(children.count == count)
        #expect(children.map(\.label) == (1...count).map(String.init))
    }

    @Test func itemsAndSubitems() throws {
        let document = try Self.document()
        let items = document.provisions.filter { $0.parentPath == "IV.A.7" }
        #expect(items.map(\.label) == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"])
        #expect(items.allSatisfy { $0.kind == .item })
        let subitems = document.provisions.filter { $0.parentPath == "IV.A.7.iii" }
        #expect(subitems.map(\.label) == ["A", "B", "C"])
        #expect(subitems.allSatisfy { $0.kind == .subitem && $0.depth == 4 })
        let first = try #require(document.provision(at: "IV.A.7.iii.A"))
        #expect(first.text.hasPrefix("providing training and capacity building"))
        #expect(first.line == 79)
        let underV = try #require(document.provision(at: "IV.A.7.v.A"))
        #expect(underV.text.hasPrefix("To advance this effort, Canada commits"))
    }

    @Test func preamble() throws {
        let document = try Self.document()
        let recitals = document.provisions.filter { $0.parentPath == "preamble" }
        #expect(recitals.count == 8)
        #expect(recitals.allSatisfy { $0.kind == .preamble })
        #expect(recitals.first?.text.hasPrefix("Recalling the Joint Declaration") == true)
        #expect(recitals.last?.text.hasPrefix("Have jointly determined") == true)
        #expect(document.provision(at: "preamble")?.text.hasPrefix("Canada and Ukraine, hereinafter") == true)
    }

    @Test(arguments: [
        ("I", "Objectives"),
        ("II", "Consultation Processes, Including in the Event of Future Aggression"),
        ("IV.D", "Cyber Security and Resilience"),
        ("IV.K", "Sanctions"),
        ("VIII.D", "Termination"),
        ("II.3", "Consultation Processes, Including in the Event of Future Aggression"),
        ("IV.A.7.iii.A", "Defence Cooperation and Support"),
    ])
    func headings(path: String, heading: String) throws {
        let provision = try #require(try Self.document().provision(at: path))
        #expect(provision.heading == heading)
    }

    @Test func paragraphFields() throws {
        let document = try Self.document()
        let paragraph = try #require(document.provision(at: "II.3"))
        #expect(paragraph.kind == .paragraph)
        #expect(paragraph.label == "3")
        #expect(paragraph.depth == 1)
        #expect(paragraph.line == 51 && paragraph.endLine == 51)
        #expect(paragraph.text.hasPrefix("In the event of renewed Russian aggression"))
        let part = try #require(document.provision(at: "I"))
        #expect(part.kind == .part && part.label == "I" && part.line == 27)
    }

    @Test func signatureAndNoChrome() throws {
        let document = try Self.document()
        let signature = try #require(document.provision(at: "signature"))
        #expect(signature.kind == .signature)
        #expect(signature.text.hasPrefix("SIGNED in duplicate in Kyiv"))
        #expect(document.provisions.last?.path == "signature")
        let allText = document.provisions.map(\.text).joined(separator: "\n")
        for chrome in ["Language selection", "Table of contents", "Report a problem", "Date Modified", "Please select all"] {
            #expect(!allText.contains(chrome), "\(chrome)")
        }
    }

    @Test func pathsAreUniqueAndInPreOrder() throws {
        let document = try Self.document()
        let paths = document.provisions.map(\.path)
        #expect(Set(paths).count == paths.count)
        var seen = Set<String>()
        for provision in document.provisions {
            if let parent = provision.parentPath { #expect(seen.contains(parent), "\(provision.path) before its parent") }
            seen.insert(provision.path)
        }
        #expect(zip(document.provisions, document.provisions.dropFirst()).allSatisfy { $0.line <= $1.line })
    }
}
