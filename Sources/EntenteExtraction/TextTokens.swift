/// One token of running text, as the fact scanners see it.
///
/// A token is a word (letters, possibly with inner hyphens or apostrophes: "twenty-four", "year’s"),
/// a number (starts with a digit and may carry inner `.`, `,`, `-` between digits and a letter
/// suffix: "12,012,300", "3.02B", "2024-02-24", "24-hour"), or a single other character ("$", "(").
struct TextToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case number
        case symbol
    }

    var kind: Kind
    var text: Substring
    var range: Range<String.Index>

    /// The text lower-cased, with a trailing possessive ("year’s", "months'") removed so that
    /// "one year’s notice" reads like "one year".
    var key: String {
        // ASCII words (nearly all of them) are lower-cased byte by byte.
        let utf8 = text.utf8
        if let ascii = utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            var end = bytes.count
            for byte in bytes where byte >= 0x80 { return nil }
            if end >= 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 2 }
            return String(unsafeUninitializedCapacity: end) { buffer in
                for offset in 0..<end {
                    let byte = bytes[offset]
                    buffer[offset] = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
                }
                return end
            }
        }), let ascii {
            return ascii
        }
        var lowered = text.lowercased()
        for suffix in ["'s", "’s"] where lowered.hasSuffix(suffix) {
            lowered.removeLast(suffix.count)
        }
        return lowered
    }

    /// True when the first character is an upper-case letter.
    var isCapitalised: Bool {
        // An ASCII first character not followed by a combining mark is the whole first character.
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80 {
            let second = bytes.next()
            if second == nil || second! < 0x80 { return first >= 0x41 && first <= 0x5A }
        }
        return text.first?.isUppercase ?? false
    }
}

/// Splits text into `TextToken`s in one left-to-right pass.
enum TextTokenizer {
    /// The tokens of `text`, in order. Whitespace separates tokens and is dropped.
    ///
    /// Walks the UTF-8 bytes: an ASCII byte followed by another ASCII byte is a whole character and
    /// is classified from the byte; anything else is read as a `Character`, so graphemes (combining
    /// marks, "\r\n", "’") behave exactly as in a character-by-character walk.
    static func tokens(_ text: String) -> [TextToken] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ tokens(text, bytes: $0) }) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { tokens(copy, bytes: $0) } ?? []
    }

    private static let whitespace: UInt8 = 1
    private static let letter: UInt8 = 2
    private static let number: UInt8 = 4
    private static let wordCharacter: UInt8 = 6

    /// The class of the character at byte `offset` (whitespace/letter/number flags), its connector
    /// kind (1: `-`, `'`, `’`; 2: `.`, `,`; 0: none) and the offset of the next character.
    @inline(__always)
    private static func character(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String)
        -> (flags: UInt8, connector: UInt8, next: Int) {
        let byte = bytes[offset]
        if byte < 0x80, byte != 0x0D, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
            switch byte {
            case 0x09...0x0C, 0x20: return (whitespace, 0, offset + 1)
            case 0x30...0x39: return (number, 0, offset + 1)
            case 0x41...0x5A, 0x61...0x7A: return (letter, 0, offset + 1)
            case UInt8(ascii: "-"), UInt8(ascii: "'"): return (0, 1, offset + 1)
            case UInt8(ascii: "."), UInt8(ascii: ","): return (0, 2, offset + 1)
            default: return (0, 0, offset + 1)
            }
        }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let character = text[index]
        let next = text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: index))
        var flags: UInt8 = 0
        if character.isWhitespace { flags |= whitespace }
        if character.isLetter { flags |= letter }
        if character.isNumber { flags |= number }
        let connector: UInt8
        switch character {
        case "-", "'", "’": connector = 1
        case ".", ",": connector = 2
        default: connector = 0
        }
        return (flags, connector, next)
    }

    private static func tokens(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var result: [TextToken] = []
        result.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var offset = 0
        while offset < count {
            let current = character(at: offset, bytes, text)
            if current.flags & whitespace != 0 {
                offset = current.next
                continue
            }
            if current.flags & wordCharacter != 0 {
                let start = offset
                let startsWithDigit = current.flags & number != 0
                var previousIsNumber = startsWithDigit
                offset = current.next
                while offset < count {
                    let here = character(at: offset, bytes, text)
                    if here.flags & wordCharacter != 0 {
                        previousIsNumber = here.flags & number != 0
                        offset = here.next
                        continue
                    }
                    // A connector stays inside the token only between two word characters; `.` and `,`
                    // only between digits, so "2.4B" and "12,012" hold together but "end." does not.
                    let next = here.next
                    guard next < count, here.connector != 0 else { break }
                    let following = character(at: next, bytes, text).flags
                    let joins = here.connector == 1
                        ? following & wordCharacter != 0
                        : startsWithDigit && previousIsNumber && following & number != 0
                    guard joins else { break }
                    offset = next
                }
                let range = index(start)..<index(offset)
                result.append(TextToken(kind: startsWithDigit ? .number : .word, text: text[range], range: range))
                continue
            }
            let range = index(offset)..<index(current.next)
            result.append(TextToken(kind: .symbol, text: text[range], range: range))
            offset = current.next
        }
        return result
    }
}
