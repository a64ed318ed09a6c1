import EntenteModel
import Testing
@testable import EntenteReading

@Suite("Formats: detection by content, then extension")
struct FormatsDetectionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var bytes: [UInt8]
        var path: String
        var format: SourceFormat
        var testDescription: String { "\(path) → \(format)" }
    }

    static let cases: [Case] = [
        Case(bytes: Array("Article 1\nText.\n".utf8), path: "a.txt", format: .text),
        Case(bytes: Array("Article 1\nText.\n".utf8), path: "-", format: .text),
        Case(bytes: Array("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8), path: "page.txt", format: .html),
        Case(bytes: Array("\u{FEFF}  <!-- saved --><html lang=en><p>x".utf8), path: "saved.md", format: .html),
        Case(bytes: Array("<p>Article 1</p>".utf8), path: "fragment.txt", format: .html),
        Case(bytes: Array("<div align=\"center\">logo</div>\n\n# Title\n".utf8), path: "README.md", format: .markdown),
        Case(bytes: Array("<p>Article 1</p>".utf8), path: "x.htm", format: .html),
        Case(bytes: Array("Plain words, no tags.".utf8), path: "x.html", format: .text),
        Case(bytes: Array("# Agreement\n\nText\n".utf8), path: "notes.txt", format: .markdown),
        Case(bytes: Array("---\ntitle: X\n---\nText\n".utf8), path: "notes", format: .markdown),
        Case(bytes: Array("Text\n".utf8), path: "treaty.MD", format: .markdown),
        Case(bytes: Array("%PDF-1.7\n%\u{E2}\n".utf8), path: "report.txt", format: .pdf),
        Case(bytes: Array("%PDF-1.7\n".utf8), path: "report", format: .pdf),
        Case(bytes: Array("Article 1: not a PDF at all".utf8), path: "fake.pdf", format: .text),
        Case(bytes: [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18), path: "empty.docx", format: .docx),
        Case(bytes: [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18), path: "empty.zip", format: .text),
        Case(bytes: [0x00, 0x01, 0x02, 0x03], path: "blob.md", format: .text),
        Case(bytes: [0xFF, 0xFE] + Array("<html><p>x</p></html>".utf8).flatMap { [$0, 0] }, path: "u16.txt", format: .html),
    ]

    @Test(arguments: cases)
    func detects(_ example: Case) {
        #expect(SourceFormat.detect(bytes: example.bytes, path: example.path) == example.format)
    }

    @Test func docxFixtureIsDOCXWhateverItsName() throws {
        let bytes = try FormatsFixtures.bytes("agreement.docx")
        #expect(SourceFormat.detect(bytes: bytes, path: "agreement.txt") == .docx)
        #expect(SourceFormat.detect(bytes: bytes, path: "-") == .docx)
    }

    @Test func pdfFixtureIsPDFWhateverItsName() throws {
        #expect(SourceFormat.detect(bytes: try FormatsFixtures.bytes("agreement.pdf"), path: "agreement.html") == .pdf)
    }

    @Test func plainTextPassesThroughUnchanged() throws {
        let bytes = Array("Title\n\nArticle 1\n".utf8) + [0xC3, 0x28]
        let decoded = try SourceDecoder.decode(bytes: bytes, path: "t.txt")
        #expect(decoded.format == .text)
        #expect(decoded.bytes == bytes)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + Array("Article 1 – Scope".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = try SourceDecoder.decode(bytes: bytes, path: "u.txt")
        #expect(decoded.format == .text)
        #expect(FormatsFixtures.text(decoded.bytes) == "Article 1 – Scope")
    }

    @Test func binaryNamedPDFOrDOCXIsRefusedClearly() {
        #expect {
            try SourceDecoder.decode(bytes: [0x00, 0x01, 0x02], path: "x.pdf")
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.code == "read-binary"
                && diagnostic?.message == "x.pdf is a binary file but not a PDF (it does not start with %PDF-)"
        }
    }
}
