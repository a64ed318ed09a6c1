import EntenteModel
import Testing
@testable import EntenteReading

/// Bad and extreme input: every file gets a document or a clear error, never a crash or a hang.
/// (Speed is measured by Scripts/bench-load, not here: these only prove termination and shape.)
@Suite("Bad input")
struct BadInputTests {
    let reader = DocumentReader()

    /// Deterministic pseudo-random bytes (a linear congruential generator): the same every run.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    func refusal(_ bytes: [UInt8], path: String = "file.bin") -> Diagnostic? {
        do {
            _ = try reader.read(bytes: bytes, path: path, id: "x")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [1, 2, 3])
    func randomBytesAreRefused(seed: UInt64) throws {
        let error = try #require(refusal(Self.randomBytes(100_000, seed: seed)))
        #expect(error.code == "read-binary")
        #expect(error.message.contains("file.bin is a binary file"))
    }

    @Test func randomBytesWithoutNULOrControlsAreRefused() throws {
        // High bytes only: no NUL, no control byte, but not UTF-8 either.
        let bytes = Self.randomBytes(10_000, seed: 7).map { $0 | 0x80 }
        let error = try #require(refusal(bytes))
        #expect(error.code == "read-binary")
        #expect(error.message.contains("invalid UTF-8"))
    }

    @Test func nulInTheMiddleOfATextIsRefused() throws {
        let bytes = Array(String(repeating: "Article 1\nThe Parties shall agree.\n", count: 1000).utf8) + [0]
            + Array("more text\n".utf8)
        let error = try #require(refusal(bytes, path: "notes.txt"))
        #expect(error.code == "read-binary")
        #expect(error.message == "notes.txt is a binary file (it contains NUL bytes), not a text")
        #expect(error.file == "notes.txt")
    }

    @Test(arguments: [
        ([0x80] as [UInt8], 1), ([0xC3] as [UInt8], 1), ([0xE2, 0x82] as [UInt8], 1), ([0xC0, 0xAF] as [UInt8], 2),
        ([0xED, 0xA0, 0x80] as [UInt8], 3), ([0xF4, 0x90, 0x80, 0x80] as [UInt8], 4),
    ])
    func invalidSequencesAreReplacedWithAWarning(bad: [UInt8], replacements: Int) throws {
        // Lone continuation, truncated lead, truncated 3-byte, overlong, surrogate, beyond U+10FFFF.
        let bytes = Array("Notes\n\nline one\nline ".utf8) + bad + Array(" two\n".utf8)
        let document = try reader.read(bytes: bytes, path: "bad.txt", id: "bad")
        let warning = try #require(document.warnings.first { $0.code == "read-invalid-utf8" })
        #expect(warning.severity == .warning)
        #expect(warning.range?.start.line == 4)
        let text = document.provisions.map(\.text).joined()
        #expect(text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == replacements)
    }

    @Test func latin1TextLoadsWithAWarning() throws {
        let bytes = Array("Accord entre la R".utf8) + [0xE9] + Array("publique et le Royaume\n\nArticle 1\n\nLes Parties coop".utf8)
            + [0xE8] + Array("rent.\n".utf8)
        let document = try reader.read(bytes: bytes, path: "fr.txt", id: "fr")
        #expect(document.warnings.contains { $0.code == "read-invalid-utf8" && $0.message.contains("2 invalid byte sequences") })
        #expect(document.provision(at: "1") != nil)
    }

    @Test func invalidUTF8AtTheEndOfTheFile() throws {
        let document = try reader.read(bytes: Array("Title\n\nSome text ".utf8) + [0xF0, 0x9F], path: "t.txt", id: "t")
        #expect(document.warnings.contains { $0.code == "read-invalid-utf8" })
    }

    @Test func hugeSingleLineWithoutNewline() throws {
        // 10 MB, one line, no newline: one body, the title a few words of it.
        let sentence = "The Parties shall cooperate in good faith on all matters of common interest. "
        let text = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let document = try reader.read(bytes: Array(text.utf8), path: "huge.txt", id: "huge")
        #expect(document.source.bytes == text.utf8.count)
        #expect(document.provisions.count == 1)
        #expect(document.provisions.first?.line == 1)
        #expect(document.title.hasPrefix("The Parties shall cooperate"))
        #expect(document.title.count < 200)
    }

    @Test func hundredThousandBlankLines() throws {
        let document = try reader.read(bytes: Array(String(repeating: "\n", count: 100_000).utf8), path: "blank.txt", id: "blank")
        #expect(document.provisions.isEmpty)
        #expect(document.warnings.map(\.code) == ["read-empty"])
        let spaces = try reader.read(bytes: Array(String(repeating: " \t \r\n", count: 100_000).utf8), path: "s.txt", id: "s")
        #expect(spaces.provisions.isEmpty)
    }

    @Test func blankLinesAroundOneSentence() throws {
        let text = String(repeating: "\n", count: 50_000) + "Just one sentence." + String(repeating: "\n", count: 50_000)
        let document = try reader.read(bytes: Array(text.utf8), path: "one.txt", id: "one")
        #expect(document.warnings.allSatisfy { $0.severity == .warning })
        // A lone sentence is the document's title (a title carries no final point).
        #expect(document.title == "Just one sentence")
        #expect(document.provisions.allSatisfy { $0.line == 50_001 })
    }

    @Test func onlyChromeLines() throws {
        let text = String(repeating: "Skip to content\nRelated Posts\nCopyright © 2024\nPrivacy Policy\n\n", count: 1000)
        let document = try reader.read(bytes: Array(text.utf8), path: "chrome.txt", id: "chrome")
        #expect(document.provisions.isEmpty)
        #expect(document.warnings.contains { $0.code == "read-empty" })
    }

    @Test func structurelessProseIsOneBodyOrParagraphs() throws {
        let text = String(repeating: "lorem ipsum dolor sit amet consectetur ", count: 50_000)
        let document = try reader.read(bytes: Array(text.utf8), path: "p.txt", id: "p")
        #expect(document.provisions.map(\.path) == ["body"])
        #expect(document.kind == .other)
    }

    @Test func pathologicalCharactersDoNotHang() throws {
        // Deep brackets, quote storms, endless points and a megabyte of one letter.
        for text in [String(repeating: "(", count: 1_000_000), String(repeating: "“‘\"'", count: 200_000),
                     String(repeating: ". ", count: 500_000), String(repeating: "A", count: 1_000_000),
                     String(repeating: "hereinafter “", count: 50_000), String(repeating: "Done at X on 1 May ", count: 50_000)] {
            let document = try reader.read(bytes: Array(text.utf8), path: "p.txt", id: "p")
            #expect(document.source.bytes == text.utf8.count)
            _ = MetadataRefiner.refine(document, lines: SourceText.splitLines(text))
            _ = ReportSentences.split(String(text.prefix(200_000)))
        }
    }

    @Test func byteOrderMarkAndMixedLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nArticle 1\rText one.\nArticle 2\r\nText two.".utf8)
        let document = try reader.read(bytes: bytes, path: "bom.txt", id: "bom")
        #expect(document.title == "Title")
        #expect(document.provision(at: "1")?.text == "Text one.")
        #expect(document.provision(at: "2")?.line == 5)
        #expect(document.warnings.isEmpty)
    }
}
