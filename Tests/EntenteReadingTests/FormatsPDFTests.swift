import EntenteModel
import Testing
@testable import EntenteReading

@Suite("Formats: PDF through pdftotext")
struct FormatsPDFTests {
    /// Needs poppler-utils, which Scripts/test.sh installs.
    @Test func agreementFixture() throws {
        let decoded = try SourceDecoder.decode(bytes: try FormatsFixtures.bytes("agreement.pdf"), path: "agreement.pdf")
        #expect(decoded.format == .pdf)
        #expect(decoded.warnings.isEmpty)
        #expect(FormatsFixtures.text(decoded.bytes) == """
            AGREEMENT ON EXAMPLE COOPERATION

            Article 1
            1. The Participants will cooperate on
              defence and security.
            2. Each Participant may request
              consultations.

            Article 2
            This Agreement enters into force on signature.

            Done at Kyiv on 1 March 2024.

            """)
    }

    @Test func missingPdftotextSaysWhatToInstall() throws {
        let withoutTool = PDFDecoder(searchPath: "/nonexistent/bin:/also/missing")
        let bytes = try FormatsFixtures.bytes("agreement.pdf")
        do {
            _ = try SourceDecoder.decode(bytes: bytes, path: "scan.pdf", pdf: withoutTool)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "read-pdf-no-pdftotext")
            #expect(error.file == "scan.pdf")
            #expect(error.message == "cannot read PDF scan.pdf: pdftotext is not installed (apt-get install poppler-utils)")
        }
    }

    @Test func damagedPDFIsAClearError() {
        do {
            _ = try SourceDecoder.decode(bytes: Array("%PDF-1.4\nthis is not really a PDF\n".utf8), path: "bad.pdf")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "read-pdf-malformed")
            #expect(error.message.hasPrefix("cannot read PDF bad.pdf: it is damaged or not a PDF"))
        }
    }

    @Test func cleaningFollowsTheCorpusRules() {
        let raw = "Title   \n\n12\n\u{0C}  Text on page two\n- 3 -\nPage 4 of 16\n1. not a page number\n\n\n\n\nEnd\n\n"
        #expect(PDFDecoder.clean(raw) == "Title\n\n  Text on page two\n1. not a page number\n\nEnd\n")
    }
}
