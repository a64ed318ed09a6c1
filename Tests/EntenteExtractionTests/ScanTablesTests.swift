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

/// The eight-bytes-at-a-time scan of `TextTokenizer` against a byte-by-byte loop.
@Suite("Tokenizer byte scans")
struct TokenizerByteScanTests {
    /// Texts of every byte value at every position of a word, and some of random bytes.
    private static func samples() -> [[UInt8]] {
        var samples: [[UInt8]] = []
        for byte in 0...255 {
            for position in 0..<20 {
                var bytes = Array("abcdefghij0123456789".utf8)
                bytes[position] = UInt8(byte)
                samples.append(bytes)
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let alphabet = Array("aZ09 -.\u{00E9}\u{2019}@[`{/:".utf8)
            samples.append((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 })
        }
        return samples
    }

    @Test func digitsAreFoundWhereTheyAre() {
        for bytes in Self.samples() {
            let fast = bytes.withUnsafeBufferPointer(TextTokenizer.containsASCIIDigit)
            #expect(fast == bytes.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(bytes)")
        }
    }
}
