import EntenteModel
import Testing
@testable import EntenteReading

@Suite("DocumentReader: bad and odd input")
struct DocumentReaderTests {
    let reader = DocumentReader()

    @Test func binaryIsRefused() {
        let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF]
        #expect(throws: Diagnostic.self) { try reader.read(bytes: bytes, path: "x.pdf", id: "x") }
        do {
            _ = try reader.read(bytes: bytes, path: "x.pdf", id: "x")
        } catch {
            #expect(error.code == "read-binary")
            #expect(error.file == "x.pdf")
        }
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let text = "Agreement\n\nArticle 1\n\nThe Parties shall cooperate.\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf8).flatMap { [$0, 0] }
        let document = try reader.read(bytes: bytes, path: "u.txt", id: "u")
        #expect(document.provisions.contains { $0.text == "The Parties shall cooperate." })
        #expect(document.source.bytes == bytes.count)
    }

    @Test func utf16WithoutAByteOrderMarkIsRefusedAsBinary() {
        let bytes: [UInt8] = Array("Article 1".utf8).flatMap { [$0, 0] }
        #expect(throws: Diagnostic.self) { try reader.read(bytes: bytes, path: "u.txt", id: "u") }
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let bytes = Array("Title\n\nArticle 1\n\nText ".utf8) + [0xC3, 0x28] + Array(" more.\n".utf8)
        let document = try reader.read(bytes: bytes, path: "bad.txt", id: "bad")
        let warning = try #require(document.warnings.first { $0.code == "read-invalid-utf8" })
        #expect(warning.severity == .warning)
        #expect(warning.range?.start.line == 5)
        #expect(document.provisions.contains { $0.text.contains("\u{FFFD}") })
    }

    @Test(arguments: ["", "\n\n   \n", "\u{FEFF}"])
    func emptyText(text: String) throws {
        let document = try reader.read(bytes: Array(text.utf8), path: "empty.txt", id: "empty")
        #expect(document.provisions.isEmpty)
        #expect(document.warnings.contains { $0.code == "read-empty" })
        #expect(document.kind == .other)
        #expect(document.source.bytes == text.utf8.count)
    }

    @Test func structurelessTextIsOneBody() throws {
        let document = try reader.read(bytes: Array("Notes\n\njust some words without structure".utf8), path: "n.txt", id: "n")
        #expect(document.title == "Notes")
        #expect(document.provisions.map(\.path) == ["body"])
        #expect(document.provisions.first?.kind == .body)
    }

    @Test func sourceInfo() throws {
        let bytes = Array("abc".utf8)
        let document = try reader.read(bytes: bytes, path: "dir/abc.txt", id: "abc")
        #expect(document.id == "abc")
        #expect(document.source == SourceInfo(
            path: "dir/abc.txt", bytes: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
    }

    @Test func crlfAndLoneCRLineEndings() throws {
        let text = "Title\r\n\r\nArticle 1\r\nText one.\rArticle 2\r\nText two.\r\n"
        let document = try reader.read(bytes: Array(text.utf8), path: "crlf.txt", id: "crlf")
        #expect(document.provision(at: "2")?.line == 5)
        #expect(document.provision(at: "1")?.text == "Text one.")
    }

    @Test(arguments: ["Coop\u{E9}ration", "Coope\u{301}ration"])
    func acronymsAreFoundWithPrecomposedOrDecomposedAccents(word: String) throws {
        // "é" as one scalar or as "e" and a combining accent: the same text, the same definition.
        let text = "Agreement\n\nArticle 1\n\nThe Parties shall inform the Organisation for Security and \(word) in Europe (OSCE).\n"
        let document = try reader.read(bytes: Array(text.utf8), path: "osce.txt", id: "osce")
        let definition = try #require(document.definitions.first { $0.term == "OSCE" })
        #expect(definition.meaning == "Organisation for Security and Coop\u{E9}ration in Europe")
        #expect(definition.line == 5)
    }

    @Test func deepAndLongInputsDoNotHang() throws {
        // One huge line, many tiny lines and a long run of nested-looking enumerators.
        let huge = String(repeating: "word (", count: 50_000)
        _ = try reader.read(bytes: Array(huge.utf8), path: "huge.txt", id: "huge")
        let many = String(repeating: "(a) x\n(i) y\n1. z\n", count: 20_000)
        let document = try reader.read(bytes: Array(many.utf8), path: "many.txt", id: "many")
        #expect(Set(document.provisions.map(\.path)).count == document.provisions.count)
    }
}
