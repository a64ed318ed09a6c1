import Foundation
import Testing

/// The five input formats loaded through the built binary, each into a structured agreement.
@Suite struct FormatTests {
    static let fixtures = Binary.packageRoot.appendingPathComponent("Tests/EntenteReadingTests/Fixtures/formats")

    @Test(arguments: [
        ("treaty-page.html", "Agreement on Example Cooperation between Alpha and Beta"),
        ("treaty.md", "Agreement between Alpha and Beta"),
        ("agreement.docx", "Agreement on Cooperation between Alpha and Beta"),
        ("agreement.pdf", "AGREEMENT ON EXAMPLE COOPERATION"),
    ])
    func eachFormatLoadsAsAStructuredAgreement(file: String, title: String) throws {
        let path = Self.fixtures.appendingPathComponent(file).path
        let result = try Binary.run(["--format", "json", "-c", "documents | select title, kind, signed",
                                     "-c", "provisions | where kind = \"signature\" | count", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            [
              {"title": "\(title)", "kind": "agreement", "signed": "2024-03-01"}
            ]
            [
              {"count": 1}
            ]

            """)
    }

    @Test func plainTextIsTheFifthFormat() throws {
        let result = try Binary.run(["--format", "json", "-c", "documents | select kind",
                                     Binary.example("canada-ukraine-security-agreement-2024.txt")])
        #expect(result.stdout == "[\n  {\"kind\": \"agreement\"}\n]\n")
    }

    @Test func htmlChromeOutsideTheArticleIsNotBodyText() throws {
        let path = Self.fixtures.appendingPathComponent("treaty-page.html").path
        let result = try Binary.run(["--format", "json", "-c", "provisions | select text", path])
        #expect(result.status == 0, "\(result.stderr)")
        for chrome in ["analytics", "Treaties", "Enable JavaScript", "tracking"] {
            #expect(!result.stdout.contains(chrome), "\(chrome) leaked into the body")
        }
        #expect(result.stdout.contains("The Participants will cooperate on defence and security."))
    }

    @Test func aPDFWithoutPdftotextGivesAClearMessage() throws {
        let path = Self.fixtures.appendingPathComponent("agreement.pdf").path
        let result = try Binary.run(["-c", "documents", path], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("pdftotext"))
        #expect(result.stderr.contains("poppler-utils"))
    }
}
