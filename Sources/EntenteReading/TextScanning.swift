/// Small character tests shared by the reader's passes. They work on Unicode scalars, so that no
/// pass depends on Character segmentation (slow on big files, and surprising with combining marks).
enum TextScanning {
    /// True for spaces, tabs, no-break spaces and other Unicode whitespace.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup is slow and most text is ASCII.
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    /// The line without leading and trailing whitespace.
    static func trimmed(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return line[line.endIndex...] }
        // Slicing the line itself shares its storage; building a Substring from the scalar view
        // copied the text.
        return line[first..<scalars.index(after: last)]
    }

    /// Leading whitespace width, a tab counting as four columns.
    static func indent(_ line: Substring) -> Int {
        var width = 0
        for scalar in line.unicodeScalars {
            if scalar == "\t" { width += 4 } else if isSpace(scalar) { width += 1 } else { break }
        }
        return width
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }
    static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// The last scalar that is not a closing quote or bracket: what a line "really" ends with.
    static func lastSignificant(_ line: Substring) -> Unicode.Scalar? {
        line.unicodeScalars.last { !isCloser($0) && !isSpace($0) }
    }

    /// Closing quotes and brackets; a switch, because this runs for most lines of a text.
    @inline(__always)
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", ")", "]", "»", "*": return true
        default: return false
        }
    }

    /// True when the line ends a sentence or a clause (. ; : ! ?), ignoring closing quotes.
    static func endsClause(_ line: Substring) -> Bool {
        guard let last = lastSignificant(line) else { return false }
        return ".;:!?".unicodeScalars.contains(last)
    }

    /// Words of a line (split on whitespace).
    static func wordCount(_ line: Substring) -> Int {
        var count = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            if isSpace(scalar) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Lower-cased prefix of at most `length` scalars, for cheap keyword tests on huge lines.
    static func lowerPrefix(_ line: Substring, _ length: Int) -> String {
        // ASCII fast path straight from the UTF-8 bytes; anything else takes the general road.
        var ascii = true
        let fast = String(unsafeUninitializedCapacity: max(0, length)) { buffer in
            var count = 0
            for byte in line.utf8 {
                guard count < length else { break }
                guard byte < 0x80 else { ascii = false; return 0 }
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            return count
        }
        if ascii { return fast }
        return String(String.UnicodeScalarView(line.unicodeScalars.prefix(length))).lowercased()
    }
}

/// Byte-level phrase search: the stdlib's generic substring search is too slow to run dozens of
/// phrases over every line of a large file.
struct PhraseSet {
    private let phrases: [[UInt8]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
    }

    /// The first `limit` UTF-8 bytes of `text` with ASCII letters lower-cased.
    static func lowerBytes(_ text: Substring, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, text.utf8.count))
        for byte in text.utf8.prefix(limit) {
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return bytes
    }

    /// How many of the phrases occur in `haystack` (each counted once).
    func count(in haystack: [UInt8]) -> Int {
        phrases.reduce(0) { $0 + (Self.contains(haystack, $1) ? 1 : 0) }
    }

    func containsAny(_ haystack: [UInt8]) -> Bool {
        phrases.contains { Self.contains(haystack, $0) }
    }

    /// True when a phrase occurs as whole words: not preceded or followed by an ASCII letter
    /// ("sign in" is not in "design information").
    func containsAnyWord(_ haystack: [UInt8]) -> Bool {
        phrases.contains { Self.firstWordMatch(haystack, $0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }

    private static func firstWordMatch(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        let lastStart = haystack.count - needle.count
        var index = 0
        while index <= lastStart {
            if haystack[index] == first, index == 0 || !isLetter(haystack[index - 1]) {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                let end = index + needle.count
                if offset == needle.count, end == haystack.count || !isLetter(haystack[end]) || !isLetter(needle[needle.count - 1]) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        let lastStart = haystack.count - needle.count
        var index = 0
        while index <= lastStart {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
