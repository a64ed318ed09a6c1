import Testing
@testable import EntenteReading

/// `SourceText.decode` builds its String run by run; it must give exactly what
/// `String(decoding:as:)` gives for the whole buffer, invalid UTF-8 included.
@Suite("Source text decoding")
struct SourceTextDecodeTests {
    static func assertSame(_ bytes: [UInt8], _ comment: Comment? = nil) {
        let expected = String(decoding: bytes, as: UTF8.self)
        let decoded = SourceText.decode(bytes[...])
        #expect(Array(decoded.utf8) == Array(expected.utf8), comment)
        #expect(decoded == expected, comment)
        #expect(decoded.unicodeScalars.count == expected.unicodeScalars.count, comment)
        #expect(decoded.count == expected.count, comment)
    }

    @Test func asciiMixedAndEmptyTexts() {
        Self.assertSame([])
        Self.assertSame(Array("plain ASCII text of some length, longer than eight bytes".utf8))
        Self.assertSame(Array("“Quoted” — dashes, café, Україна, 日本, 🇺🇦 flags and e\u{301} marks".utf8))
        Self.assertSame(Array("é".utf8))
        Self.assertSame(Array("ends in é".utf8))
        Self.assertSame(Array("é starts".utf8))
    }

    /// Truncated sequences, stray continuation bytes, overlong forms and surrogates, at the start,
    /// the end and between ASCII runs: each is repaired as in the whole buffer.
    @Test func invalidSequencesAreRepairedTheSameWay() {
        let pieces: [[UInt8]] = [
            [0xE2, 0x80], [0x80], [0xBF, 0xBF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x9F, 0x98], [0xFF], [0xC3], [0xE2, 0x80, 0x9C, 0x80], [0xC3, 0xA9, 0xA9],
        ]
        for piece in pieces {
            Self.assertSame(piece)
            Self.assertSame(Array("before ".utf8) + piece)
            Self.assertSame(piece + Array(" after".utf8))
            Self.assertSame(Array("a".utf8) + piece + Array("b".utf8) + piece + Array("0123456789".utf8))
        }
    }

    /// Pseudo-random bytes, mostly ASCII with non-ASCII runs of every kind.
    @Test func randomBuffers() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in [1, 7, 8, 9, 63, 64, 65, 1000, 4099] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let value = UInt8(truncatingIfNeeded: state >> 56)
                bytes.append(value < 0xC0 ? value & 0x7F : value)
            }
            Self.assertSame(bytes, "length \(length)")
        }
    }
}
