import EntenteExtraction
import EntenteModel
import EntenteReading
import Foundation
import Testing
@testable import EntenteLanguage

/// Corpus documents read and extracted the way the session loads them.
enum CrossCorpus {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func load(_ path: URL, id: String? = nil) -> Document? {
        guard let data = FileManager.default.contents(atPath: path.path) else { return nil }
        guard var document = try? DocumentReader().read(bytes: [UInt8](data), path: path.path,
                                                         id: id ?? path.deletingPathExtension().lastPathComponent) else { return nil }
        document.facts = FactExtractor().extract(from: document)
        return document
    }

    static func corpus(_ name: String, id: String? = nil) -> Document? {
        load(corpus.appendingPathComponent(name + ".txt"), id: id)
    }

    static func fixture(_ name: String) -> Document? {
        load(repository.appendingPathComponent("Tests/EntenteEndToEndTests/Fixtures/reports/\(name).txt"))
    }

    static let canada = corpus("canada-ukraine-security-agreement-2024")
    static let seedReport = corpus("euromaidan-italy-canada-security-deals-2024")
}

/// The rows of a verify table as dictionaries of display text.
func verifyRows(_ table: Table) -> [[String: String]] {
    table.rows.map { row in
        Dictionary(uniqueKeysWithValues: zip(table.columns, row.map(\.displayText)))
    }
}

@Suite("Verify")
struct VerifyTests {
    private func verdicts(_ report: Document, _ agreements: [Document]) -> [[String: String]] {
        verifyRows(Evaluator(environment: Environment(documents: [report] + agreements))
            .verify(report: report, against: agreements))
    }

    /// The gold of ../shared/gold for the seed report: verdict and deciding provision per claim.
    @Test func seedReportGetsTheGoldVerdicts() throws {
        let report = try #require(CrossCorpus.seedReport)
        let canada = try #require(CrossCorpus.canada)
        let rows = verdicts(report, [canada])
        let gold: [(String, String, String?)] = [
            ("valid for 10 years", "supported", "VIII.A.1"),
            ("24-hour emergency response", "supported", "II.3"),
            ("over $3 billion Canadian dollars", "supported", "I.3"),
            ("Vilnius on 12 July 2023", "supported", "preamble.1"),
            ("Ukraine will also respond in case of a threat to Canada", "partly supported", "IV.A.5"),
            ("Italy has pledged to continue providing military aid through 2024", "not found", nil),
        ]
        for (fragment, verdict, provision) in gold {
            let candidates = rows.filter { $0["claim"]?.contains(fragment) == true }
            #expect(!candidates.isEmpty, "\(fragment): not listed")
            #expect(candidates.contains { $0["verdict"] == verdict }, "\(fragment): \(candidates.map { $0["verdict"] ?? "" })")
            if let provision {
                #expect(candidates.contains { $0["provision"] == provision && $0["verdict"] == verdict },
                        "\(fragment): \(candidates.map { $0["provision"] ?? "" })")
            }
        }
    }

    @Test func columnsAndOneRowPerClaim() throws {
        let report = try #require(CrossCorpus.seedReport)
        let canada = try #require(CrossCorpus.canada)
        let table = Evaluator(environment: Environment(documents: [report, canada])).verify(report: report, against: [canada])
        #expect(table.columns == ["claim", "at", "kind", "fact", "verdict", "document", "provision", "why"])
        #expect(table.rows.count == report.facts.claims.count)
        #expect(table.rows.allSatisfy { row in Verdict.allCases.map(\.rawValue).contains(row[4].displayText) })
    }

    @Test func claimsAboutAnotherAgreementAreNotFound() throws {
        let report = try #require(CrossCorpus.seedReport)
        let canada = try #require(CrossCorpus.canada)
        let rows = verdicts(report, [canada])
        let uk = try #require(rows.first { $0["kind"] == "amount" && $0["fact"]?.contains("GBP") == true })
        #expect(uk["verdict"] == "not found")
        let italySigning = rows.filter { $0["claim"]?.contains("between Ukraine and Italy") == true }
        #expect(!italySigning.isEmpty && italySigning.allSatisfy { $0["verdict"] == "not found" })
    }

    @Test func noAgreementsMeansNotFound() throws {
        let report = try #require(CrossCorpus.seedReport)
        let rows = verdicts(report, [])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["verdict"] == "not found" })
    }

    @Test func amountQualifiers() throws {
        func judge(_ fact: String, _ actual: Double) throws -> Verdict {
            VerifyContext.judge(try #require(VerifyContext.ClaimedAmount(fact)), against: actual)
        }
        #expect(try judge("over 3000000000 CAD", 3.02e9) == .supported)
        #expect(try judge("over 3000000000 CAD", 2.5e9) == .contradicted)
        #expect(try judge("up to 3000000000 EUR", 2e9) == .supported)
        #expect(try judge("about 2000000000 EUR", 2.1e9) == .supported)
        #expect(try judge("2200000000 GBP in 2022", 2.3e9) == .partlySupported)
        #expect(try judge("5000000000 EUR", 7.1e9) == .contradicted)
        #expect(VerifyContext.ClaimedAmount("over 3000000000 CAD in 2024")?.year == 2024)
    }

    /// Hand-written reports about the UK and German agreements, with hand-decided verdicts.
    @Test(arguments: [
        ("uk-security-pact-report", "ua-uk-security-cooperation-2024", [
            ("valid for ten years", "duration", "supported"),
            ("signed in Kyiv on 12 January 2024", "date", "supported"),
            ("signed in Kyiv on 12 January 2024", "place", "supported"),
            ("£2.5 billion in military support", "amount", "supported"),
            ("£2.5 billion in military support", "commitment", "supported"),
            ("£2.2 billion in military aid in 2022", "amount", "partly supported"),
            ("within 48 hours", "deadline", "contradicted"),
            ("three months' notice", "duration", "contradicted"),
            ("France will also provide 3 billion euros", "amount", "not found"),
            ("France will also provide 3 billion euros", "commitment", "not found"),
        ]),
        ("germany-security-deal-report", "ua-germany-security-cooperation-2024", [
            ("signed the agreement in Berlin", "signing", "supported"),
            ("signed the agreement in Berlin", "place", "supported"),
            ("signed the agreement in Berlin", "date", "supported"),
            ("7.1 billion euros", "amount", "supported"),
            ("1.5 billion euros", "amount", "partly supported"),
            ("runs for five years", "duration", "contradicted"),
            ("within 24 hours", "deadline", "supported"),
            ("Italy has promised", "commitment", "not found"),
        ]),
    ])
    func ownReports(report name: String, agreement: String, expected: [(String, String, String)]) throws {
        let report = try #require(CrossCorpus.fixture(name))
        let document = try #require(CrossCorpus.corpus(agreement))
        let rows = verdicts(report, [document])
        for (fragment, kind, verdict) in expected {
            let row = rows.first { $0["claim"]?.contains(fragment) == true && $0["kind"] == kind }
            #expect(row?["verdict"] == verdict, "\(fragment) [\(kind)]: \(row ?? [:])")
        }
    }
}
