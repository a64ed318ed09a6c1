import EntenteModel
import Testing
@testable import EntenteReading

@Suite("Formats: DOCX through our ZIP reader and zlib")
struct FormatsDOCXTests {
    @Test func agreementFixture() throws {
        let decoded = try SourceDecoder.decode(bytes: try FormatsFixtures.bytes("agreement.docx"), path: "agreement.docx")
        #expect(decoded.format == .docx)
        #expect(FormatsFixtures.text(decoded.bytes) == """
            Agreement on Cooperation between Alpha and Beta

            Alpha and Beta (hereafter “the Participants”):

            Part I. Introduction

            1. The Participants will cooperate.

            2. The Participants will:

                (a) exchange information;

                (b) hold consultations;

            III. A listed paragraph by style.

            - training

            - equipment[1].

            Signed in Kyiv
            on 1 March 2024 in two originals.

            For Alpha

            For Beta

            Box text

            [1] Equipment as listed in the annex.

            """)
    }

    func error(_ bytes: [UInt8], path: String = "bad.docx") -> Diagnostic? {
        do {
            _ = try SourceDecoder.decode(bytes: bytes, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func truncatedArchiveIsAClearError() throws {
        let bytes = try FormatsFixtures.bytes("agreement.docx")
        let diagnostic = try #require(error(Array(bytes.prefix(bytes.count / 2))))
        #expect(diagnostic.code == "read-docx-damaged")
        #expect(diagnostic.message.hasPrefix("cannot read bad.docx: it is not a valid ZIP archive ("))
    }

    @Test func corruptedEntryIsAClearError() throws {
        var bytes = try FormatsFixtures.bytes("agreement.docx")
        let archive = try ZipArchive(bytes: bytes, path: "x")
        let entry = try #require(archive.entry(named: "word/document.xml"))
        // Damage the middle of the compressed document: bad deflate data or a failed CRC check.
        let middle = entry.localHeaderOffset + 30 + entry.name.utf8.count + entry.compressedSize / 2
        for index in middle ..< middle + 16 { bytes[index] ^= 0x5A }
        #expect(error(bytes)?.code == "read-docx-damaged")
    }

    @Test func zipWithoutDocumentXML() {
        let diagnostic = error(TestZip.build([("word/other.xml", Array("<x/>".utf8))]))
        #expect(diagnostic?.code == "read-docx-malformed")
        #expect(diagnostic?.message == "cannot read bad.docx: it is a ZIP archive without word/document.xml, so not a Word document")
    }

    @Test func malformedDocumentXML() {
        let diagnostic = error(TestZip.build([("word/document.xml", Array("<w:document><w:body><w:p>".utf8))]))
        #expect(diagnostic?.code == "read-docx-malformed")
        #expect(diagnostic?.message.hasPrefix("cannot read bad.docx: word/document.xml is not well-formed XML") == true)
    }

    @Test func sizesThatLieAreCaught() {
        let zip = TestZip.build([("word/document.xml", Array(repeating: 0x20, count: 100))], declaredSize: 10)
        #expect(error(zip)?.code == "read-docx-damaged")
    }

    @Test func unsupportedMethodAndEncryption() {
        #expect(error(TestZip.build([("word/document.xml", [0x20])], method: 12))?.code == "read-docx-unsupported")
        #expect(error(TestZip.build([("word/document.xml", [0x20])], flags: 1))?.code == "read-docx-encrypted")
    }

    @Test func inflatingStopsAtTheLimit() throws {
        let bytes = try FormatsFixtures.bytes("agreement.docx")
        do {
            _ = try DOCXDecoder.decode(bytes: bytes, path: "big.docx", limit: 1000)
            Issue.record("expected a too-large error")
        } catch {
            #expect(error.code == "read-docx-too-large")
            #expect(error.message == "cannot read big.docx: word/document.xml would inflate past 0 MB (a damaged file or a zip bomb)")
        }
    }

    @Test func emptyDocumentIsEmptyText() throws {
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"
        let decoded = try SourceDecoder.decode(bytes: TestZip.build([("word/document.xml", Array(xml.utf8))]), path: "e.docx")
        #expect(decoded.bytes.isEmpty)
    }
}

/// Builds a ZIP archive of stored entries, optionally lying about sizes or flags.
enum TestZip {
    static func build(_ entries: [(String, [UInt8])], declaredSize: Int? = nil, method: UInt16 = 0, flags: UInt16 = 0) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func le16(_ value: Int, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: UInt32, _ into: inout [UInt8]) { for shift in [0, 8, 16, 24] { into.append(UInt8(value >> UInt32(shift) & 0xFF)) } }
        for (name, data) in entries {
            let offset = out.count
            let crc = crc32(data)
            let size = UInt32(declaredSize ?? data.count)
            le32(0x0403_4B50, &out); le16(20, &out); le16(Int(flags), &out); le16(Int(method), &out); le16(0, &out); le16(0, &out)
            le32(crc, &out); le32(UInt32(data.count), &out); le32(size, &out); le16(name.utf8.count, &out); le16(0, &out)
            out += Array(name.utf8) + data
            le32(0x0201_4B50, &central); le16(20, &central); le16(20, &central); le16(Int(flags), &central); le16(Int(method), &central)
            le16(0, &central); le16(0, &central); le32(crc, &central); le32(UInt32(data.count), &central); le32(size, &central)
            le16(name.utf8.count, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0, &central)
            le32(0, &central); le32(UInt32(offset), &central)
            central += Array(name.utf8)
        }
        let centralOffset = out.count
        out += central
        le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(entries.count, &out); le16(entries.count, &out)
        le32(UInt32(central.count), &out); le32(UInt32(centralOffset), &out); le16(0, &out)
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0 ..< 8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
