import Testing
import EntenteLineEditor

@Suite struct CompletionWordTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var word: String
        var quoted: Bool
        var testDescription: String { line.debugDescription }
    }

    @Test(arguments: [
        Case(line: "", word: "", quoted: false),
        Case(line: "provi", word: "provi", quoted: false),
        Case(line: "provisions | wh", word: "wh", quoted: false),
        Case(line: "provisions | ", word: "", quoted: false),
        Case(line: "provisions | where te", word: "te", quoted: false),
        Case(line: "count by topic,ki", word: "ki", quoted: false),
        Case(line: "where (kin", word: "kin", quoted: false),
        Case(line: ".sch", word: ".sch", quoted: false),
        Case(line: "show canada IV.K", word: "IV.K", quoted: false),
        Case(line: "outline canada-ukraine-20", word: "canada-ukraine-20", quoted: false),
        Case(line: "where text contains $NA", word: "$NA", quoted: false),
        Case(line: "where heading = \"Україна\" and ще", word: "ще", quoted: false),
        Case(line: "load \"", word: "", quoted: true),
        Case(line: "load \"Examples/agr", word: "Examples/agr", quoted: true),
        Case(line: "load \"My Documents/a b", word: "My Documents/a b", quoted: true),
        Case(line: "load \"a.txt\" as ca", word: "ca", quoted: false),
        Case(line: "find \"say \\\"hi", word: "say \\\"hi", quoted: true),
        Case(line: "show \"canada", word: "canada", quoted: true),
    ])
    func findsTheWordBeforeTheCursor(_ example: Case) {
        let word = CompletionWord(lineBeforeCursor: example.line)
        #expect(word.text == example.word)
        #expect(word.isQuoted == example.quoted)
        #expect(word.precedingText + word.text == example.line)
    }
}
