import Foundation
import Testing

/// Stages, expressions and output formats through the built binary over real agreements: what the
/// reference promises holds on the corpus, not only on hand-built fixtures.
@Suite struct LanguageCorpusTests {
    static let canada = Binary.example("canada-ukraine-security-agreement-2024.txt")
    static let agreements = ["uk", "germany", "france", "netherlands", "eu"].map {
        Binary.example($0 == "eu" ? "ua-eu-joint-security-commitments-2024.txt" : "ua-\($0)-security-cooperation-2024.txt")
    }

    static func run(_ query: String, format: String = "json", _ documents: [String] = [canada],
                    parameters: [String] = []) throws -> Binary.Result {
        try Binary.run(parameters + ["--format", format, "-c", query] + documents)
    }

    @Test(arguments: [
        ("amounts | sort value desc | select provision, value, currency",
         #"[{"provision": "I.3", "value": 3020000000, "currency": "CAD"}, {"provision": "IV.A.2", "value": 2400000000, "currency": "CAD"}]"#),
        ("commitments | distinct force | sort force",
         #"[{"force": "best-effort"}, {"force": "obligation"}, {"force": "permission"}]"#),
        (#"commitments | where action matches "^(consult|coordinate)$" | select provision"#,
         #"[{"provision": "II.3"}, {"provision": "II.4"}, {"provision": "II.5"}, {"provision": "IV.K.5.i"}]"#),
        (#"terms | where kind in ["termination", "review"] | select kind, value"#,
         #"[{"kind": "review", "value": "P3Y"}, {"kind": "termination", "value": "P6M"}]"#),
        ("durations | where duration <= 24h | select provision, duration",
         #"[{"provision": "II.3", "duration": "PT24H"}]"#),
        (#"provisions | where path = "VIII.D" | show | select provision"#,
         #"[{"provision": "VIII.D"}, {"provision": "VIII.D.1"}]"#),
        ("commitments | where provision = \"I.3\" | select upper(actor_text) as who, action",
         #"[{"who": "CANADA", "action": "provide"}]"#),
    ])
    func aPipelineAnswersOnTheSeed(query: String, expected: String) throws {
        let result = try Self.run(query)
        #expect(result.status == 0, "\(result.stderr)")
        // Compact the renderer's one-row-per-line layout so the expectation reads as one line.
        let compact = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ").replacingOccurrences(of: "[ ", with: "[").replacingOccurrences(of: " ]", with: "]")
        #expect(compact == expected)
    }

    @Test func aggregatesGroupCommitmentsOfEveryAgreementByForce() throws {
        let result = try Self.run("commitments | aggregate count() as n by force | sort force", Self.agreements)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try BatchTests.json(result.stdout)
        #expect(rows.compactMap { $0["force"] as? String } == ["best-effort", "obligation", "permission"])
        #expect(rows.allSatisfy { ($0["n"] as? Int ?? 0) > 0 })
    }

    @Test func parametersComeFromTheCommandLine() throws {
        let result = try Self.run("terms | where kind = $kind | select value", parameters: ["-v", "kind=termination"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[\n  {\"value\": \"P6M\"}\n]\n")
    }

    @Test(arguments: ["table", "json", "jsonl", "csv", "tsv", "markdown", "text"])
    func everyFormatRendersTheSameRows(format: String) throws {
        let result = try Self.run("terms | where kind = \"termination\" or kind = \"review\" | select provision, value", format: format)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("VIII.B.1") && result.stdout.contains("P3Y"))
        #expect(result.stdout.contains("VIII.D.1") && result.stdout.contains("P6M"))
        switch format {
        case "csv": #expect(result.stdout.hasPrefix("provision,value\n"))
        case "tsv": #expect(result.stdout.hasPrefix("provision\tvalue\n"))
        case "markdown": #expect(result.stdout.hasPrefix("| provision | value |"))
        case "jsonl": #expect(result.stdout.split(separator: "\n").count == 2)
        default: break
        }
    }

    @Test func aTypeMistakeIsCaughtBeforeEvaluation() throws {
        let result = try Self.run("durations | where duration = \"ten years\" and duration > 2024-01-01")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<input>:1:"), "\(result.stderr)")
        #expect(result.stderr.contains("duration"))
    }
}
