import EntenteModel
import Testing
@testable import EntenteReading

@Suite("Formats: HTML through libxml2")
struct FormatsHTMLTests {
    func decode(_ html: String, path: String = "page.html") throws -> String {
        FormatsFixtures.text(try SourceDecoder.decode(bytes: Array(html.utf8), path: path).bytes)
    }

    @Test func pageKeepsTheArticleAndDropsChrome() throws {
        let decoded = try SourceDecoder.decode(bytes: try FormatsFixtures.bytes("treaty-page.html"), path: "treaty-page.html")
        #expect(decoded.format == .html)
        #expect(decoded.warnings.isEmpty)
        #expect(FormatsFixtures.text(decoded.bytes) == """
            Agreement on Example Cooperation between Alpha and Beta

            Alpha and Beta (hereafter “the Participants”):

            determined to cooperate closely;

            have agreed as follows:

            Article 1 – Scope

            1. The Participants will cooperate on defence and security.

            2. The Participants will:

                a. exchange information;

                b. hold annual consultations.

            Article 2 – Funding

            Alpha will provide EUR 2 billion in 2024.
            Beta will report each year.

            - training

            - equipment

            Alpha Beta

            Signed in Kyiv on 1 March 2024

            """)
    }

    @Test func withoutMainTheBodyIsReadAndChromeStillDropped() throws {
        let text = try decode("""
            <html><body><nav><ul><li>Home</li></ul></nav><header><h1>Site</h1></header>
            <h1>Title</h1><ol start="3"><li>third</li><li value="7">seventh</li><li>eighth</li></ol>
            <ol type="I" reversed start="2"><li>two</li><li>one</li></ol>
            <ul style="list-style-type: none"><li>plain</li></ul>
            <p>a&amp;b &lt;c&gt; &eacute;&#233;&#x00E9;</p><pre>  keep   spaces
            and lines</pre><footer>Contact</footer></body></html>
            """)
        #expect(text == """
            Title

            3. third

            7. seventh

            8. eighth

            II. two

            I. one

            plain

            a&b <c> ééé

              keep   spaces
            and lines

            """)
    }

    @Test func longestArticleWinsWhenThereIsNoMain() throws {
        let text = try decode("""
            <body><article><p>Teaser.</p></article><article><h1>The agreement</h1><p>Its long body text.</p></article>
            <aside><article><p>A much longer related article that is chrome, not content.</p></article></aside></body>
            """)
        #expect(text == "The agreement\n\nIts long body text.\n")
    }

    @Test func brokenMarkupIsRecovered() throws {
        let text = try decode("<p>One <b>bold <i>two</b> three</i><p>Four</div></span><li>Five<<<")
        #expect(text == "One bold two three\n\nFour\n\n- Five<<<\n")
    }

    @Test func emptyOrChromeOnlyPageIsEmptyText() throws {
        #expect(try decode("<html><head><title>T</title></head><body><script>x()</script></body></html>") == "")
        #expect(try decode("   \n", path: "blank.html") == "   \n")
    }

    /// libxml2 stops building the tree past its nesting limit (256 levels); deeper pages must still
    /// come back quickly, without a crash.
    @Test(arguments: [200, 20_000])
    func deepNestingDoesNotOverflowTheStack(depth: Int) throws {
        let html = "<html><body><p>top</p>" + String(repeating: "<div><span>", count: depth / 2) + "deep"
            + String(repeating: "</span></div>", count: depth / 2) + "</body></html>"
        let text = try decode(html)
        #expect(text.hasPrefix("top\n"))
        if depth < 256 { #expect(text.contains("deep")) }
    }

    @Test func invalidUTF8WithoutCharsetIsRepairedWithAWarning() throws {
        let bytes = Array("<html><body><p>caf".utf8) + [0xFF] + Array("é</p></body></html>".utf8)
        let decoded = try SourceDecoder.decode(bytes: bytes, path: "bad.html")
        #expect(FormatsFixtures.text(decoded.bytes) == "caf\u{FFFD}é\n")
        #expect(decoded.warnings.map(\.code) == ["read-invalid-utf8"])
    }

    @Test func declaredLatin1IsHonoured() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let decoded = try SourceDecoder.decode(bytes: bytes, path: "latin1.html")
        #expect(FormatsFixtures.text(decoded.bytes) == "café\n")
        #expect(decoded.warnings.isEmpty)
    }
}
