import EntenteModel
@testable import EntenteLanguage

/// Small hand-built documents: evaluation tests must not depend on the reader.
enum Fixtures {
    static let canada = Document(
        id: "canada", title: "Agreement on security cooperation between Canada and Ukraine", kind: .agreement,
        parties: ["Canada", "Ukraine"],
        definitions: [Definition(term: "Participants", meaning: "Canada and Ukraine", provision: "preamble.1", line: 3)],
        signed: "2024-02-24", place: "Kyiv", languages: ["English", "French", "Ukrainian"],
        source: SourceInfo(path: "Examples/agreements/canada.txt", bytes: 100, sha256: String(repeating: "a", count: 64)),
        provisions: [
            Provision(path: "preamble.1", kind: .preamble, label: "1", heading: "", text: "Recalling the G7 Joint Declaration;", line: 3, endLine: 3, depth: 0),
            Provision(path: "I", kind: .part, label: "I", heading: "Objectives", text: "Objectives", line: 5, endLine: 5, depth: 0),
            Provision(path: "I.1", kind: .paragraph, label: "1", heading: "Objectives", text: "The Participants acknowledge the aims of cooperation.", line: 6, endLine: 6, depth: 1),
            Provision(path: "II", kind: .part, label: "II", heading: "Consultations", text: "Consultations", line: 8, endLine: 8, depth: 0),
            Provision(path: "II.3", kind: .paragraph, label: "3", heading: "Consultations", text: "In the event of renewed aggression, the Participants will consult within 24 hours:", line: 9, endLine: 9, depth: 1),
            Provision(path: "II.3.i", kind: .item, label: "i", heading: "Consultations", text: "on cyber defence;", line: 10, endLine: 10, depth: 2),
            Provision(path: "II.3.ii", kind: .item, label: "ii", heading: "Consultations", text: "on sanctions.", line: 11, endLine: 11, depth: 2),
            Provision(path: "signature", kind: .signature, label: "signature", heading: "", text: "SIGNED in duplicate in Kyiv", line: 13, endLine: 13, depth: 0),
        ],
        facts: canadaFacts)

    static func at(_ provision: String, _ line: Int) -> Provenance { Provenance(provision: provision, line: line) }

    /// A few facts of each kind, so every source and stage has rows to work on.
    static let canadaFacts = Facts(
        commitments: [
            Commitment(provenance: at("II.3", 9), actors: ["Canada", "Ukraine"], actorText: "the Participants", modality: "will",
                       force: .obligation, action: "consult", condition: "In the event of renewed aggression", deadline: "PT24H",
                       topic: "Consultations", text: "In the event of renewed aggression, the Participants will consult within 24 hours"),
            Commitment(provenance: at("II.3.i", 10), actors: ["Canada", "Ukraine"], actorText: "the Participants", modality: "will",
                       force: .obligation, action: "consult", condition: "In the event of renewed aggression", deadline: "PT24H",
                       topic: "Consultations", text: "the Participants will consult on cyber defence"),
            Commitment(provenance: at("II.3.ii", 11), actors: ["Canada"], actorText: "Canada", modality: "may",
                       force: .permission, action: "impose", amounts: ["$3.02 billion"], topic: "Consultations",
                       text: "Canada may impose sanctions"),
            Commitment(provenance: at("I.1", 6), actors: ["Ukraine"], actorText: "Ukraine", modality: "strive",
                       force: .bestEffort, action: "reform", deadline: "2025-12-31", topic: "Objectives",
                       text: "Ukraine will strive to reform by 31 December 2025"),
        ],
        terms: [
            Term(provenance: at("signature", 13), kind: "entry-into-force", value: "on signature", text: "enters into force on signature"),
            Term(provenance: at("signature", 13), kind: "duration", value: "P10Y", text: "valid for ten years"),
            Term(provenance: at("signature", 13), kind: "termination", value: "P6M", text: "six months' written notice"),
        ],
        amounts: [
            Amount(provenance: at("II.3.ii", 11), value: 3_020_000_000, currency: "CAD", currencyInferred: true, year: 2024,
                   text: "$3.02 billion"),
            Amount(provenance: at("I.1", 6), value: 500_000_000, currency: "USD", qualifier: "up to", text: "up to USD 500 million"),
            Amount(provenance: at("II.3", 9), value: 60_000_000, currency: "CAD", currencyInferred: true, qualifier: "more than",
                   year: 2023, text: "more than $60 million"),
        ],
        dates: [
            DateMention(provenance: at("signature", 13), date: "2024-02-24", role: "signature", text: "24 February 2024"),
            DateMention(provenance: at("I.1", 6), date: "2025-12", text: "December 2025"),
        ],
        durations: [
            DurationMention(provenance: at("II.3", 9), duration: "PT24H", text: "24 hours"),
            DurationMention(provenance: at("signature", 13), duration: "P10Y", text: "ten years"),
            DurationMention(provenance: at("signature", 13), duration: "P6M", text: "six months"),
        ],
        entities: [
            Entity(provenance: at("preamble.1", 3), name: "G7", kind: "organization", mentions: 2),
            Entity(provenance: at("I.1", 6), name: "NATO", kind: "organization", mentions: 1),
        ])

    /// A second agreement, for `compare` and multi-document queries.
    static let uk = Document(
        id: "uk", title: "Agreement on Security Co-operation between the United Kingdom and Ukraine", kind: .agreement,
        parties: ["United Kingdom", "Ukraine"], signed: "2024-01-12", place: "Kyiv", languages: ["English", "Ukrainian"],
        source: SourceInfo(path: "Examples/agreements/uk.txt", bytes: 80, sha256: String(repeating: "c", count: 64)),
        provisions: [
            Provision(path: "1", kind: .paragraph, label: "1", heading: "Support", text: "The United Kingdom will provide £2.5 billion in 2024.", line: 2, endLine: 2, depth: 0),
            Provision(path: "2", kind: .paragraph, label: "2", heading: "Final provisions", text: "This Agreement shall remain in force for ten years.", line: 4, endLine: 4, depth: 0),
        ],
        facts: Facts(
            commitments: [
                Commitment(provenance: at("1", 2), actors: ["United Kingdom"], actorText: "The United Kingdom", modality: "will",
                           force: .obligation, action: "provide", amounts: ["£2.5 billion"], topic: "Support",
                           text: "The United Kingdom will provide £2.5 billion in 2024."),
            ],
            terms: [Term(provenance: at("2", 4), kind: "duration", value: "P10Y", text: "remain in force for ten years")],
            amounts: [Amount(provenance: at("1", 2), value: 2_500_000_000, currency: "GBP", year: 2024, text: "£2.5 billion")],
            durations: [DurationMention(provenance: at("2", 4), duration: "P10Y", text: "ten years")]))

    /// The report with a claim, for `verify`.
    static let reportWithClaims: Document = {
        var document = report
        document.id = "report"
        document.facts = Facts(claims: [
            Claim(provenance: at("1", 1), claim: "signing", fact: "Canada, Ukraine", sentence: "Canada signed a deal."),
        ])
        return document
    }()

    /// What the reference's examples run over: two agreements and a report, with parameters.
    static let library = Environment(
        documents: [canada, uk, reportWithClaims],
        parameters: ["min": .number(1_000_000), "since": .date("2024-01-01"), "who": .string("Canada")])

    static let report = Document(
        id: "euromaidan-report", title: "Italy and Canada sign security deals", kind: .report,
        source: SourceInfo(path: "Examples/agreements/report.txt", bytes: 50, sha256: String(repeating: "b", count: 64)),
        provisions: [
            Provision(path: "1", kind: .body, label: "1", heading: "", text: "Canada signed a deal.", line: 1, endLine: 1, depth: 0),
        ])

    static let environment = Environment(documents: [canada, report])

    /// Parses one statement or fails the test with the diagnostic.
    static func statement(_ text: String) throws -> Statement {
        switch Parser.parse(text) {
        case .complete(let statements) where statements.count == 1: return statements[0]
        case let outcome: throw FixtureError.unexpected("\(outcome)")
        }
    }

    static func query(_ text: String) throws -> Query {
        let parsed = try statement(text)
        guard case .query(let query) = parsed.kind else { throw FixtureError.unexpected("not a query") }
        return query
    }

    /// Runs a query over `environment` and returns its table, or throws its diagnostic.
    static func run(_ text: String, in environment: Environment = environment) throws -> Table {
        try Evaluator(environment: environment).evaluate(try statement(text))
    }

    /// The diagnostic of whatever step fails first: parsing (as a script), checking or evaluation.
    static func diagnostic(_ text: String, in environment: Environment = environment) -> Diagnostic? {
        switch Parser.parseScript(text) {
        case .failure(let failure): return failure
        case .success(let statements):
            do throws(Diagnostic) {
                for statement in statements { _ = try Evaluator(environment: environment).evaluate(statement) }
                return nil
            } catch {
                return error
            }
        }
    }

    /// That diagnostic rendered against the text.
    static func error(_ text: String, in environment: Environment = environment) -> String? {
        diagnostic(text, in: environment).map { DiagnosticFormatter(source: text).format($0) }
    }
}

enum FixtureError: Error {
    case unexpected(String)
}
