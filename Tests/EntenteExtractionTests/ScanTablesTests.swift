import Testing
@testable import EntenteExtraction

/// The tables the scanners have written out instead of working them out at first use: each must
/// be what working it out gives with this toolchain's Unicode data.
@Suite("Written-out scan tables")
struct ScanTablesTests {
    @Test func commonScalarsAreTheCharacterClasses() {
        let worked = [0x80, 0x2000, 0x2080].flatMap { base in
            (base..<(base + 64)).map { value -> UInt8 in
                guard let scalar = Unicode.Scalar(value) else { return TextTokenizer.joiner }
                let character = Character(scalar)
                // A scalar that joins the character before it is no character of its own.
                if ("a" + String(character)).count != 2 { return TextTokenizer.joiner }
                var flags: UInt8 = 0
                if character.isWhitespace { flags |= TextTokenizer.whitespace }
                if character.isLetter { flags |= TextTokenizer.letter }
                if character.isNumber { flags |= TextTokenizer.number }
                let connector: UInt8 = character == "’" ? 1 : 0
                return flags | connector << 4
            }
        }
        #expect(TextTokenizer.commonScalars == worked)
    }
}
