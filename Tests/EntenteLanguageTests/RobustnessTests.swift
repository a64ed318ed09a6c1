import EntenteModel
import Testing
@testable import EntenteLanguage

/// Inputs from PRODUCT.md's "bad input" list: each gets an answer or an error, never a crash or a hang.
@Suite struct RobustnessTests {
    @Test func longUnbrokenCellWraps() {
        let word = String(repeating: "x", count: 100_000)
        let rendered = TableRenderer(width: 80).render(Table(columns: ["text"], rows: [[.string(word)]]))
        #expect(rendered.split(separator: "\n").count == 2 + 1250 + 1)
    }

    @Test func tenThousandStatements() {
        let script = Array(repeating: "provisions | count", count: 10_000).joined(separator: "\n")
        guard case .complete(let statements) = Parser.parse(script) else {
            Issue.record("did not parse")
            return
        }
        #expect(statements.count == 10_000)
        #expect(statements.last?.range.start.line == 10_000)
    }

    @Test func unterminatedStringAtEndIsIncompleteInTheREPLAndAnErrorInAScript() {
        #expect(Parser.parse("provisions | where text = \"abc\n") == .incomplete)
        guard case .failure(let diagnostic) = Parser.parseScript("provisions | where text = \"abc\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.code == "E0101")
    }

    @Test func aThousandDocuments() throws {
        let documents = (0..<1000).map { index in
            var document = Fixtures.canada
            document.id = "doc\(index)"
            return document
        }
        let environment = Environment(documents: documents)
        let table = try Fixtures.run(#"provisions | where text contains "cyber" | count"#, in: environment)
        #expect(table.rows == [[.number(1000)]])
    }

    @Test(arguments: ["\u{0}", "\u{7}", "é", "\u{FEFF}provisions"])
    func oddCharacters(text: String) {
        // Any outcome is fine as long as it is one of the three, without a crash.
        switch Parser.parse(text) {
        case .complete, .incomplete, .failure: break
        }
    }
}
