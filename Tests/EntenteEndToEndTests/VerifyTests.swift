import Foundation
import Testing

/// `verify` through the binary, exactly as ../shared/tools/score-gold.py runs it, and the
/// hand-written report/agreement pairs of Fixtures/reports.
@Suite struct VerifyTests {
    static let canada = Binary.example("canada-ukraine-security-agreement-2024.txt")
    static let report = Binary.example("euromaidan-italy-canada-security-deals-2024.txt")

    static func norm(_ text: String) -> String {
        let replaced = text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        return replaced.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    static func rows(_ query: String, _ documents: [String]) throws -> [[String: Any]] {
        let result = try Binary.run(["--format", "json", "-c", query] + documents)
        #expect(result.status == 0, "\(result.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [[String: Any]], "not an array of objects: \(result.stdout.prefix(200))")
    }

    /// The scorer's command and matching rule: rows whose `claim` contains the gold fragment, any of
    /// them with the gold verdict and provision.
    @Test func seedReportMatchesTheGold() throws {
        let rows = try Self.rows(
            #"verify "euromaidan-italy-canada-security-deals-2024" against "canada-ukraine-security-agreement-2024""#,
            [Self.report, Self.canada])
        let goldURL = Binary.packageRoot.appendingPathComponent("Tests/EntenteEndToEndTests/Fixtures/euromaidan-italy-canada-security-deals-2024.json")
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as? [String: Any])
        let claims = try #require(gold["claims_vs_canada_agreement"] as? [[String: Any]])
        #expect(claims.count == 6)
        for claim in claims {
            let fragment = Self.norm(try #require(claim["claim_contains"] as? String))
            let candidates = rows.filter { Self.norm($0["claim"] as? String ?? "").contains(fragment) }
            #expect(!candidates.isEmpty, "\(fragment): not listed")
            let verdict = try #require(claim["verdict"] as? String)
            #expect(candidates.contains { $0["verdict"] as? String == verdict },
                    "\(fragment): \(candidates.map { $0["verdict"] as? String ?? "" })")
            if let provision = claim["provision"] as? String {
                #expect(candidates.contains { $0["provision"] as? String == provision },
                        "\(fragment): \(candidates.map { $0["provision"] as? String ?? "null" })")
            }
        }
        // Every row carries the five contracted fields.
        for row in rows {
            for key in ["claim", "verdict", "document", "provision", "why"] { #expect(row.keys.contains(key)) }
        }
    }

    /// Hand-written news reports about the UK and German agreements, verdicts decided by hand.
    @Test(arguments: [
        ("uk-security-pact-report", "ua-uk-security-cooperation-2024", [
            ("valid for ten years", "supported", nil),
            ("£2.5 billion in military support", "supported", nil),
            ("£2.2 billion in military aid in 2022", "partly supported", nil),
            ("within 48 hours", "contradicted", nil),
            ("three months' notice", "contradicted", nil),
            ("France will also provide 3 billion euros", "not found", nil),
        ]),
        ("germany-security-deal-report", "ua-germany-security-cooperation-2024", [
            ("signed the agreement in Berlin on 16 February 2024", "supported", "signature"),
            ("7.1 billion euros", "supported", nil),
            ("1.5 billion euros", "partly supported", nil),
            ("runs for five years", "contradicted", nil),
            ("within 24 hours", "supported", nil),
            ("Italy has promised", "not found", nil),
        ]),
    ] as [(String, String, [(String, String, String?)])])
    func ownReports(report: String, agreement: String, expected: [(String, String, String?)]) throws {
        let reportPath = Binary.packageRoot.appendingPathComponent("Tests/EntenteEndToEndTests/Fixtures/reports/\(report).txt").path
        let agreementPath = Binary.example("\(agreement).txt")
        let rows = try Self.rows(#"verify "\#(report)" against "\#(agreement)""#, [reportPath, agreementPath])
        for (fragment, verdict, provisionSuffix) in expected {
            let candidates = rows.filter { ($0["claim"] as? String ?? "").contains(fragment) }
            #expect(candidates.contains { $0["verdict"] as? String == verdict },
                    "\(fragment): \(candidates.map { "\($0["kind"] ?? "") \($0["verdict"] ?? "")" })")
            // A verdict other than "not found" always names its provision.
            for row in candidates where row["verdict"] as? String != "not found" {
                #expect(row["provision"] as? String != nil, "\(fragment): no provision")
            }
            if let provisionSuffix {
                #expect(candidates.contains { ($0["provision"] as? String ?? "").hasSuffix(provisionSuffix) && $0["verdict"] as? String == verdict },
                        "\(fragment): \(candidates.map { $0["provision"] as? String ?? "null" })")
            }
        }
    }
}
