import EntenteModel
import Testing

@Suite struct DiagnosticFormatterTests {
    @Test func rendersLocationSourceLineAndCaretsUnderTheRange() {
        let diagnostic = Diagnostic(
            code: "unknown-field", message: "unknown field `actor`", file: "script.entente",
            range: SourceRange(start: SourcePosition(line: 2, column: 21), end: SourcePosition(line: 2, column: 26)),
            label: "not a field of provisions", notes: ["did you mean `actors`?"])
        let source = "load \"a.txt\"\ncommitments | where actor = \"Canada\""
        #expect(DiagnosticFormatter(source: source).format(diagnostic) == """
            script.entente:2:21: error: unknown field `actor`
            2 | commitments | where actor = "Canada"
              |                     ^~~~~ not a field of provisions
            note: did you mean `actors`?
            """)
    }

    @Test func countsColumnsInCharactersNotBytes() {
        // "é" and "—" are one Character but several UTF-8 bytes: the caret must stay under `x`.
        let diagnostic = Diagnostic(code: "x", message: "m", range: SourceRange(at: SourcePosition(line: 1, column: 6)))
        let rendered = DiagnosticFormatter(source: "é — a x").format(diagnostic)
        #expect(rendered.hasSuffix("1 | é — a x\n  |      ^"))
    }

    @Test func aStatementCutFromAScriptKeepsTheScriptsLineNumbers() {
        let diagnostic = Diagnostic(code: "x", message: "m", file: "s.entente",
                                    range: SourceRange(at: SourcePosition(line: 1, column: 3)))
            .relocated(file: "s.entente", lineOffset: 40)
        let rendered = DiagnosticFormatter(source: "ab cd", firstLine: 41).format(diagnostic)
        #expect(rendered == "s.entente:41:3: error: m\n41 | ab cd\n   |   ^")
    }

    @Test func withoutASourceOnlyTheHeadlineAndNotesArePrinted() {
        let diagnostic = Diagnostic(code: "load-missing", message: "cannot open x.txt: no such file", file: "x.txt",
                                    notes: ["check the path"])
        #expect(DiagnosticFormatter(source: nil).format(diagnostic) == "x.txt: error: cannot open x.txt: no such file\nnote: check the path")
    }

    @Test func aRangeRunningPastTheLineIsCutAtItsEnd() {
        let diagnostic = Diagnostic(code: "x", message: "m", range: SourceRange(
            start: SourcePosition(line: 1, column: 4), end: SourcePosition(line: 3, column: 1)))
        #expect(DiagnosticFormatter(source: "ab \"cd\nef").format(diagnostic).hasSuffix("1 | ab \"cd\n  |    ^~~"))
    }
}

@Suite struct DocumentTests {
    static let document = Document(
        id: "d", title: "T", kind: .agreement,
        source: SourceInfo(path: "d.txt", bytes: 0, sha256: ""),
        provisions: [
            Provision(path: "I", kind: .part, label: "I", heading: "One", text: "", line: 1, endLine: 1, depth: 0),
            Provision(path: "I.1", kind: .paragraph, label: "1", heading: "One", text: "a", line: 2, endLine: 2, depth: 1),
            Provision(path: "I.1.i", kind: .item, label: "i", heading: "One", text: "b", line: 3, endLine: 3, depth: 2),
            Provision(path: "I.10", kind: .paragraph, label: "10", heading: "One", text: "c", line: 4, endLine: 4, depth: 1),
            Provision(path: "II", kind: .part, label: "II", heading: "Two", text: "", line: 5, endLine: 5, depth: 0),
        ])

    @Test func subtreeStopsAtTheNextSiblingEvenWhenItsLabelSharesAPrefix() {
        #expect(Self.document.subtree(at: "I.1").map(\.path) == ["I.1", "I.1.i"])
        #expect(Self.document.subtree(at: "I").map(\.path) == ["I", "I.1", "I.1.i", "I.10"])
        #expect(Self.document.subtree(at: "III").isEmpty)
    }

    @Test(arguments: [("I.1.i", "I.1"), ("I", nil), ("preamble.2", "preamble")] as [(String, String?)])
    func parentPathDropsTheLastLabel(path: String, parent: String?) {
        let provision = Provision(path: path, kind: .item, label: "", heading: "", text: "", line: 1, endLine: 1, depth: 0)
        #expect(provision.parentPath == parent)
    }
}
