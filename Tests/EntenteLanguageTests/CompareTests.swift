import EntenteModel
import Testing
@testable import EntenteLanguage

@Suite("Compare")
struct CompareTests {
    private func table(_ names: [String], on aspect: ComparisonAspect) throws -> Table {
        var documents: [Document] = []
        for name in names { documents.append(try #require(CrossCorpus.corpus(name))) }
        return Evaluator(environment: Environment(documents: documents)).compare(documents, on: aspect)
    }

    private func cell(_ table: Table, row key: String, column: String) -> Value? {
        guard let position = table.columnIndex(column),
              let row = table.rows.first(where: { $0.first?.displayText == key }) else { return nil }
        return row[position]
    }

    @Test func termsSideBySideWithProvisions() throws {
        let compared = try table(["canada-ukraine-security-agreement-2024", "ua-uk-security-cooperation-2024"], on: .terms)
        #expect(compared.columns == ["kind", "canada-ukraine-security-agreement-2024", "canada-ukraine-security-agreement-2024.provision",
                                     "ua-uk-security-cooperation-2024", "ua-uk-security-cooperation-2024.provision"])
        #expect(cell(compared, row: "duration", column: "canada-ukraine-security-agreement-2024")?.displayText == "P10Y")
        #expect(cell(compared, row: "duration", column: "canada-ukraine-security-agreement-2024.provision")?.displayText == "VIII.A.1")
        #expect(cell(compared, row: "termination", column: "canada-ukraine-security-agreement-2024")?.displayText == "P6M")
        if case .duration(let duration)? = cell(compared, row: "duration", column: "canada-ukraine-security-agreement-2024") {
            #expect(duration.iso == "P10Y")
        } else {
            Issue.record("duration is not a duration value")
        }
        // Kinds follow the agreement's life: entry into force before duration before termination.
        let kinds = compared.rows.map { $0[0].displayText }
        let entry = try #require(kinds.firstIndex(of: "entry-into-force"))
        let termination = try #require(kinds.firstIndex(of: "termination"))
        #expect(entry < termination)
    }

    @Test func missingTermIsNull() {
        let a = Document(id: "a", title: "A", kind: .agreement, source: SourceInfo(path: "a", bytes: 0, sha256: ""),
                         facts: Facts(terms: [Term(provenance: Provenance(provision: "9", line: 1), kind: "review", value: "P3Y", text: "")]))
        let b = Document(id: "b", title: "B", kind: .agreement, source: SourceInfo(path: "b", bytes: 0, sha256: ""))
        let compared = Comparison(documents: [a, b]).table(on: .terms)
        #expect(compared.rows == [[.string("review"), .duration(ISODuration(parsing: "P3Y") ?? ISODuration(iso: "", seconds: 0)),
                                   .string("9"), .null, .null]])
    }

    @Test func amountsPerYearAndCurrency() throws {
        let compared = try table(["canada-ukraine-security-agreement-2024", "ua-germany-security-cooperation-2024"], on: .amounts)
        #expect(compared.columns.prefix(2) == ["year", "currency"])
        let cad2024 = try #require(compared.rows.first { $0[0] == .number(2024) && $0[1] == .string("CAD") })
        #expect(cad2024[2] == .number(3_020_000_000))
        #expect(cad2024[3] == .string("I.3"))
        #expect(cad2024[4] == .null)
        let eur2024 = try #require(compared.rows.first { $0[0] == .number(2024) && $0[1] == .string("EUR") })
        #expect(eur2024[4] == .number(7_100_000_000))
    }

    @Test func commitmentsByTopicAndActors() throws {
        let names = ["canada-ukraine-security-agreement-2024", "ua-uk-security-cooperation-2024"]
        let topics = try table(names, on: .commitmentsByTopic)
        #expect(topics.columns.first == "topic")
        #expect(!topics.rows.isEmpty)
        let actors = try table(names, on: .actors)
        #expect(Array(actors.columns.prefix(2)) == ["actor", "force"])
        let canadaObligations = try #require(actors.rows.first { $0[0] == .string("Canada") && $0[1] == .string("obligation") })
        if case .number(let count) = canadaObligations[2] { #expect(count > 10) } else { Issue.record("no count") }
        #expect(canadaObligations[4] == .number(0))
    }

    @Test func deterministic() throws {
        let names = ["canada-ukraine-security-agreement-2024", "ua-uk-security-cooperation-2024", "ua-germany-security-cooperation-2024"]
        for aspect in [ComparisonAspect.terms, .amounts, .commitmentsByTopic, .actors] {
            #expect(try table(names, on: aspect) == table(names, on: aspect))
        }
    }
}
