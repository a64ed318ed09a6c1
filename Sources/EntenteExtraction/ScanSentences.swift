import EntenteReading

/// The sentences of a provision, exactly as `ReportSentences.split` gives them, without running
/// the splitter on a text that cannot hold two: most provisions are one sentence.
enum ScanSentences {
    static func split(_ text: String) -> [String] {
        var copy = text
        let several = copy.withUTF8 { mayHoldSeveral($0) }
        return several ? ReportSentences.split(text) : trimmed(text)
    }

    /// False when no sentence can end inside `bytes`. `ReportSentences` ends a sentence only at a
    /// terminator (`.`, `!`, `?`, `…`) followed, after more terminators and closing quotes or
    /// brackets, by whitespace and then more text. Anything not ASCII after a terminator counts as
    /// a possible end.
    private static func mayHoldSeveral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            index += 1
            let isEllipsis = byte == 0xE2 && index + 1 < count && bytes[index] == 0x80 && bytes[index + 1] == 0xA6
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || isEllipsis
            else { continue }
            if isEllipsis { index += 2 }
            var end = index
            while end < count, isTerminatorOrCloser(bytes[end]) { end += 1 }
            guard end < count else { return false }
            let after = bytes[end]
            if after >= 0x80 { return true }
            guard isSpace(after) else { continue }
            while end < count, bytes[end] < 0x80, isSpace(bytes[end]) { end += 1 }
            if end < count { return true }
        }
        return false
    }

    @inline(__always)
    private static func isTerminatorOrCloser(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ")"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The one sentence of a text without sentence ends: the text trimmed of whitespace, or none
    /// when it is blank (`ReportSentences` trims spaces, Unicode whitespace and U+FEFF).
    private static func trimmed(_ text: String) -> [String] {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
            return scalar.properties.isWhitespace || scalar == "\u{FEFF}"
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return [] }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return [text] }
        return [String(text[first..<scalars.index(after: last)])]
    }
}
