/// Byte-level helpers for the structure passes (`LineClassifier`, `OutlineBuilder`). They look at
/// the UTF-8 bytes of a line: ASCII is decided on the spot, and anything else falls back to the
/// scalar tests of `TextScanning`, so that the answers are the same as theirs, only cheaper.
/// None of them allocates.
enum StructureScanning {
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always)
    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always)
    static func isASCIILower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIIUpper(byte) || isASCIILower(byte) }
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { isASCIIUpper(byte) ? byte + 0x20 : byte }

    /// The line without leading and trailing whitespace (same as `TextScanning.trimmed`), decided
    /// on the bytes: ASCII at once, and only a non-ASCII scalar at either end is decoded.
    static func trimmed(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        guard let first = utf8.first, let last = utf8.last else { return line }
        // Most lines start and end with a visible ASCII character: nothing to trim.
        if first < 0x80, last < 0x80, !isASCIISpace(first), !isASCIISpace(last) { return line }
        let bounds: (Int, Int)? = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while start < bytes.count {
                let byte = bytes[start]
                if byte < 0x80 {
                    guard isASCIISpace(byte) else { break }
                    start += 1
                } else {
                    let (scalar, length) = decode(bytes, at: start)
                    guard TextScanning.isSpace(scalar) else { break }
                    start += length
                }
            }
            var end = bytes.count
            while end > start {
                let byte = bytes[end - 1]
                if byte < 0x80 {
                    guard isASCIISpace(byte) else { break }
                    end -= 1
                } else {
                    // Back to the lead byte of the last scalar.
                    var lead = end - 1
                    while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                    guard TextScanning.isSpace(decode(bytes, at: lead).scalar) else { break }
                    end = lead
                }
            }
            return (start, end)
        } ?? nil
        guard let (start, end) = bounds else { return TextScanning.trimmed(line) }
        // A line that starts or ends with a visible non-ASCII character ("• …") often has nothing
        // to trim: the line itself, without computing indices to slice it again.
        if start == 0, end == utf8.count { return line }
        return line[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// The scalar whose UTF-8 starts at `index` (a String's bytes, so well-formed) and its length.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        var value = lead
        var length = 1
        if lead >= 0xF0 {
            length = 4
            value = lead & 0x07
        } else if lead >= 0xE0 {
            length = 3
            value = lead & 0x0F
        } else if lead >= 0xC0 {
            length = 2
            value = lead & 0x1F
        }
        length = min(length, bytes.count - index)
        for offset in 1..<max(1, length) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Calls `body` with the scalars of `bytes` in order (ASCII without decoding) while it
    /// returns true.
    @inline(__always)
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Bool) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let (scalar, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : decode(bytes, at: index)
            guard body(scalar) else { return }
            index += length
        }
    }

    /// Calls `body` with each offset in `bytes` that holds `target`, in order, while it returns
    /// true. Eight bytes are tested at once, so that text with few of them is skimmed.
    @inline(__always)
    static func forEachPosition(of target: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let pattern = UInt64(target) &* 0x0101_0101_0101_0101
        var chunk = 0
        while chunk + 8 <= bytes.count {
            // A byte equal to `target` is a zero byte of `word`, and always flagged; a byte right
            // after one may be flagged too, so each flagged byte is checked.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: chunk, as: UInt64.self)) ^ pattern
            var flagged = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            while flagged != 0 {
                let position = chunk + flagged.trailingZeroBitCount >> 3
                flagged &= flagged - 1
                if base[position] == target, !body(position) { return }
            }
            chunk += 8
        }
        while chunk < bytes.count {
            if base[chunk] == target, !body(chunk) { return }
            chunk += 1
        }
    }

    /// Leading whitespace width, a tab counting as four columns (same as `TextScanning.indent`).
    static func indent(_ line: Substring) -> Int {
        guard let first = line.utf8.first else { return 0 }
        if first < 0x80, !isASCIISpace(first) { return 0 }
        // Measured on the bytes: ASCII at once, other scalars decoded.
        let width: Int? = line.utf8.withContiguousStorageIfAvailable { bytes in
            var width = 0
            forEachScalar(bytes) { scalar in
                guard TextScanning.isSpace(scalar) else { return false }
                width += scalar == "\t" ? 4 : 1
                return true
            }
            return width
        }
        return width ?? TextScanning.indent(line)
    }

    /// Calls `body` with the line's UTF-8 bytes (contiguous for native strings; copied otherwise).
    @inline(__always)
    static func withBytes<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The suffix of `text` from byte `offset` (which must start a scalar).
    @inline(__always)
    static func suffix(_ text: Substring, fromByte offset: Int) -> Substring {
        text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...]
    }

    /// `trimmed(suffix(text, fromByte: offset))`, where `bytes` are the text's: when ASCII spaces
    /// lead to a visible ASCII character and the text ends with one (a list item's body after its
    /// marker), the suffix from that character is the answer, sliced once.
    static func trimmedSuffix(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>, fromByte offset: Int) -> Substring {
        var start = offset
        while start < bytes.count, isASCIISpace(bytes[start]) { start += 1 }
        if start < bytes.count, bytes[start] < 0x80, let last = bytes.last, last < 0x80, !isASCIISpace(last) {
            return suffix(text, fromByte: start)
        }
        return trimmed(suffix(text, fromByte: offset))
    }

    /// True when the line's first scalar is an upper-case letter.
    static func startsUpper(_ text: Substring) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return isASCIIUpper(first) }
        return text.unicodeScalars.first.map(TextScanning.isUpper) ?? false
    }

    /// True when the line's first scalar is a lower-case letter.
    static func startsLower(_ text: Substring) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return isASCIILower(first) }
        return text.unicodeScalars.first.map(TextScanning.isLower) ?? false
    }

    /// The last byte that is not whitespace or a closing quote or bracket, when it is ASCII; nil
    /// when there is none or it is not ASCII (then `TextScanning.lastSignificant` decides).
    private static func lastSignificantASCII(_ text: Substring) -> UInt8?? {
        let utf8 = text.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            utf8.formIndex(before: &index)
            let byte = utf8[index]
            if byte >= 0x80 { return .some(nil) }
            switch byte {
            case 0x22, 0x27, 0x29, 0x5D, 0x2A: continue  // " ' ) ] *
            default:
                if isASCIISpace(byte) { continue }
                return .some(byte)
            }
        }
        return nil
    }

    /// True when the line ends with one of `. ; : ,` (ignoring closing quotes and brackets).
    static func endsWithPunctuation(_ text: Substring) -> Bool {
        switch lastSignificantASCII(text) {
        case .some(.some(let byte)): return byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x2C
        case .some(.none):
            guard let last = TextScanning.lastSignificant(text) else { return false }
            return ".;:,".unicodeScalars.contains(last)
        case .none: return false
        }
    }

    /// True when the line has a last significant character at all.
    static func hasSignificant(_ text: Substring) -> Bool {
        switch lastSignificantASCII(text) {
        case .some(.some): return true
        case .some(.none): return TextScanning.lastSignificant(text) != nil
        case .none: return false
        }
    }

    /// Like `TextScanning.wordCount(text) <= limit`, stopping as soon as the limit is passed.
    static func wordCount(_ text: Substring, atMost limit: Int) -> Bool {
        let answer: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            // On the bytes: ASCII is tested at once, other scalars are decoded.
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let space: Bool
                if byte < 0x80 {
                    space = isASCIISpace(byte)
                    index += 1
                } else {
                    let (scalar, length) = decode(bytes, at: index)
                    space = TextScanning.isSpace(scalar)
                    index += length
                }
                if space {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { return false }
                }
            }
            return true
        }
        if let answer { return answer }
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if TextScanning.isSpace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return false }
            }
        }
        return true
    }

    /// Like `text.count <= limit` (Characters), without segmenting a long line to its end: a line
    /// of at most `limit` UTF-8 bytes has at most `limit` characters; a longer one is counted only
    /// up to `limit + 1` characters.
    static func characterCount(_ text: Substring, atMost limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return true }
        // `limit + 1` ASCII bytes other than CR are as many Characters, whatever follows them.
        let asciiPrefix = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.prefix(limit + 1).contains { $0 >= 0x80 || $0 == 0x0D }
        }
        if asciiPrefix == true { return false }
        // Scalars that are Characters of their own whatever follows them (`isOwnCharacter`, and no
        // CR) are counted on the bytes, as far as the first other one.
        let counted: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            var answer: Bool? = true
            forEachScalar(bytes) { scalar in
                guard DefinitionExtractor.isOwnCharacter(scalar) else { answer = nil; return false }
                count += 1
                if count > limit { answer = false; return false }
                return true
            }
            return answer
        } ?? nil
        if let counted { return counted }
        var count = 0
        for _ in text {
            count += 1
            if count > limit { return false }
        }
        return true
    }

    /// `min(text.unicodeScalars.count, limit + 1)`-ish: the exact scalar count when it is at most
    /// `limit`, otherwise some number above `limit`. Counts UTF-8 lead bytes, stopping early.
    static func scalarCount(_ text: Substring, atMost limit: Int) -> Int {
        withBytes(text) { bytes in
            // Four bytes at most per scalar: a long enough line is over the limit without counting.
            if bytes.count > 4 * limit { return limit + 1 }
            // Bytes minus continuation bytes (10xxxxxx), eight at a time.
            guard let base = bytes.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var continuations = 0
            var index = 0
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // One bit per continuation byte, at the top of its byte; the multiplication sums
                // the eight (0 or 1 each) into the top byte, cheaper than a population count where
                // the baseline x86-64 has no instruction for it.
                let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                continuations += Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
                index += 8
                // Past the limit already: the rest of a long line need not be counted.
                if index - continuations > limit { return index - continuations }
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return bytes.count - continuations
        }
    }

    /// Case-insensitive ASCII prefix test on bytes: `pattern` must be lower-case ASCII.
    @inline(__always)
    static func hasLowerPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = pattern.utf8Start
        for offset in 0..<count where lower(bytes[offset]) != start[offset] {
            return false
        }
        return true
    }
}
