import EntenteModel
@testable import EntenteLanguage

/// Small hand-built documents: evaluation tests must not depend on the reader.
enum Fixtures {
    static let canada = Document(
        id: "canada", title: "Agreement on security cooperation between Canada and Ukraine", kind: .agreement,
        parties: ["Canada", "Ukraine"], signed: "2024-02-24", place: "Kyiv", languages: ["English", "French", "Ukrainian"],
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
        ])

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
