import Testing
@testable import EntenteReading

@Suite("Formats: Markdown line for line")
struct FormatsMarkdownTests {
    @Test func treatyFixture() throws {
        let source = try FormatsFixtures.bytes("treaty.md")
        let decoded = try SourceDecoder.decode(bytes: source, path: "treaty.md")
        #expect(decoded.format == .markdown)
        let text = FormatsFixtures.text(decoded.bytes)
        #expect(text == """




            Agreement between Alpha and Beta

            The Parties to this Agreement,

            Desiring to cooperate1 in the field of security;

            Have agreed as follows:

            Article 1

            1. The Parties shall consult each other regularly.

            2. Each Party may:

            - request a meeting;
            - propose an agenda, as in 5 * 3 and snake_case names.

            Article 2

            Party Contribution

            Alpha EUR 10 million
            Beta EUR 5 million

            Done at Kyiv on 1 March 2024, in two originals.



            For the Government of Alpha & for Beta




            code is kept *verbatim*


            [1] A footnote with a link.



            """)
        // Line N of the text is line N of the Markdown.
        #expect(SourceText.splitLines(text).count == SourceText.splitLines(FormatsFixtures.text(source)).count)
    }

    @Test(arguments: [
        ("## Title ##", "Title"),
        ("#hashtag", "#hashtag"),
        ("  * item with **bold** and _em_", "  - item with bold and em"),
        ("+ plus", "- plus"),
        ("3) third", "3) third"),
        ("(a) an item", "(a) an item"),
        ("\\# not a heading, \\*not em\\*", "# not a heading, *not em*"),
        ("a <span class=\"x\">tagged</span> word<br>next", "a tagged word next"),
        ("x < y and y > z", "x < y and y > z"),
        ("see <https://example.org>", "see https://example.org"),
        ("![logo](logo.png) Text", " Text"),
        ("[outer [inner]](u) end", "outer [inner] end"),
        ("unclosed [bracket and `tick", "unclosed [bracket and `tick"),
        ("~~gone~~ kept", "gone kept"),
        ("***", ""),
        ("| a | b \\| c |", "a b | c"),
        ("AT&T &copy; &#8212; &bogus;", "AT&T © — &bogus;"),
    ])
    func line(_ input: String, _ expected: String) {
        #expect(MarkdownDecoder.decode(input) == expected)
    }

    @Test func commentsAndScriptsSpanLines() {
        let input = "one <!-- a\nhidden\nb --> two\n<script>\nvar x = 1;\n</script>\nthree\n"
        #expect(MarkdownDecoder.decode(input) == "one\n\n two\n\n\n\nthree\n")
    }

    @Test func setextUnderlinesBecomeBlank() {
        #expect(MarkdownDecoder.decode("Title\n=====\n\nPart\n---\ntext") == "Title\n\n\nPart\n\ntext")
    }

    @Test func invalidUTF8IsReplacedWithAWarningOnItsLine() throws {
        let bytes = Array("# T\n\nok\nbad ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let decoded = try SourceDecoder.decode(bytes: bytes, path: "bad.md")
        #expect(FormatsFixtures.text(decoded.bytes) == "T\n\nok\nbad \u{FFFD}(\n")
        #expect(decoded.warnings.first?.code == "read-invalid-utf8")
        #expect(decoded.warnings.first?.range?.start.line == 4)
    }

    @Test func longPathologicalLineIsLinear() {
        let line = String(repeating: "[`*_<&", count: 50_000)
        #expect(MarkdownDecoder.decode(line).count > 0)
    }
}
