import Testing
@testable import EntenteLanguage

@Suite struct CatalogTests {
    /// PRODUCT.md's sources and fields, spelled and ordered as there.
    static let product: [(String, [String])] = [
        ("documents", ["id", "title", "kind", "parties", "signed", "place", "languages", "source", "sha256"]),
        ("provisions", ["document", "path", "kind", "label", "heading", "text", "line"]),
        ("commitments", ["document", "provision", "actors", "actor_text", "modality", "force", "action", "condition", "deadline", "amounts", "topic", "text"]),
        ("terms", ["document", "provision", "kind", "value", "text"]),
        ("amounts", ["document", "provision", "value", "currency", "qualifier", "year", "text"]),
        ("dates", ["document", "provision", "date", "text"]),
        ("durations", ["document", "provision", "duration", "text"]),
        ("entities", ["document", "provision", "name", "kind", "mentions"]),
        ("definitions", ["document", "provision", "term", "meaning"]),
        ("claims", ["document", "provision", "claim", "fact", "sentence"]),
    ]

    /// Fields beyond the brief's: every fact carries the line of its provision, and a few facts say
    /// more than the brief asks (a negation, an inferred currency, a date's role).
    static let extras: Set<String> = ["line", "negated", "currency_inferred", "role"]

    @Test func sourcesFollowTheProductBrief() {
        #expect(Catalog.sources.map(\.name) == Self.product.map(\.0))
        for (name, fields) in Self.product {
            let catalog = Catalog.source(name)?.fields.map(\.name) ?? []
            // The brief's fields in the brief's order; the only others are the documented extras.
            #expect(catalog.filter { fields.contains($0) } == fields, "\(name)")
            #expect(Set(catalog).subtracting(fields).isSubset(of: Self.extras), "\(name)")
        }
        #expect(Catalog.sources.allSatisfy { $0.available })
        #expect(Catalog.sources.allSatisfy { $0.fields.allSatisfy { !$0.summary.isEmpty } })
    }

    @Test func stagesAndKeywords() {
        #expect(Catalog.stages.map(\.name) == ["where", "select", "sort", "limit", "count", "distinct", "aggregate", "show"])
        #expect(Catalog.statements.map(\.name) == ["load", "let", "outline", "show", "compare", "verify"])
        for entry in Catalog.stages + Catalog.statements {
            #expect(Catalog.keywords.contains(entry.name))
        }
    }

    /// Every stage's and statement's example parses.
    @Test func examplesParse() {
        for entry in Catalog.stages + Catalog.statements + Catalog.aggregates
            + Catalog.functions.map({ Catalog.Entry(name: $0.name, syntax: $0.signature, summary: $0.summary, example: $0.example) }) {
            guard case .complete(let statements) = Parser.parse(entry.example), statements.count == 1 else {
                Issue.record("example of \(entry.name) does not parse: \(entry.example)")
                continue
            }
        }
    }

    static let suggestionCases: [(String, [String], String?)] = [
        ("actor", ["actors", "actor_text"], "actors"),
        ("wher", ["where", "select"], "where"),
        ("provisons", ["documents", "provisions"], "provisions"),
        ("TEXT", ["path", "text"], "text"),
        ("zzzzzz", ["path", "text"], nil),
        ("x", ["path", "text"], nil),
        ("canda", ["canada", "uk"], "canada"),
    ]

    @Test(arguments: suggestionCases)
    func didYouMean(name: String, candidates: [String], expected: String?) {
        #expect(Suggestion.nearest(to: name, among: candidates) == expected)
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "ABC", 0), ("flaw", "lawn", 2)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
    }
}
