import EntenteReading

/// Splits a provision's text into sentences exactly as `ReportSentences.split` does, reading the
/// UTF-8 bytes in place.
///
/// `ReportSentences` copies a paragraph into arrays of scalars and of indices before it looks for
/// a sentence end; extraction splits every provision of a document, and those copies were a large
/// part of its time. The rules are the same, scalar for scalar: a sentence ends at
/// `.`, `!`, `?` or `…` (after closing quotes and brackets) when whitespace and then a capital, a
/// digit or an opening quote follow; not after an abbreviation, an initial or a dotted acronym
/// unless a sentence opener follows; not inside a quotation closed in the same paragraph.
/// Every extractor that reads sentences splits with it. `ProvisionSentencesTests` holds the two
/// to the same output.
enum ProvisionSentences {
    /// The sentences of `paragraph`, trimmed, in order. Empty for a blank paragraph.
    static func split(_ paragraph: String) -> [String] {
        var text = paragraph
        let found = text.withUTF8 { ranges(in: $0) }
        // Slicing the paragraph copies its bytes without checking them again.
        return found.map { String(text[ClauseToken.index(text, $0.start)..<ClauseToken.index(text, $0.end)]) }
    }

    // The word lists are `ReportSentences`' own, so the two cannot drift apart.
    // (`endsSentenceAfterPoint` relies on no abbreviation being longer than six letters.)
    private static let abbreviations = ReportSentences.abbreviations
    private static let numberedReferences = ReportSentences.numberedReferences
    private static let softAbbreviations = ReportSentences.softAbbreviations
    private static let sentenceOpeners = ReportSentences.sentenceOpeners

    @inline(__always)
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", ")", "]", "»": return true
        default: return false
        }
    }

    @inline(__always)
    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "‘", "(", "[", "«", "'": return true
        default: return false
        }
    }

    @inline(__always)
    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    /// Whitespace as the reader sees it: Unicode whitespace and the byte-order mark.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return ClauseUnicode.isWhitespace(scalar) || scalar == "\u{FEFF}"
    }

    @inline(__always)
    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return ClauseUnicode.isUppercase(scalar)
    }

    @inline(__always)
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A) }
        return ClauseUnicode.isAlphabetic(scalar)
    }

    /// A double-quoted passage: its opening mark's offset, its closing mark's offset, and the
    /// offset after the closing mark.
    private struct Quotation {
        var start: Int
        var close: Int
        var end: Int
    }

    /// A sentence's bytes, `start..<end`. (An array of `Range<Int>` had the runtime search for
    /// `Int`'s `Comparable` conformance at first use, which cost more than splitting a document.)
    struct Span {
        var start: Int
        var end: Int
    }

    /// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
    static func ranges(in text: UnsafeBufferPointer<UInt8>) -> [Span] {
        let count = text.count
        let quoted = quotations(text)
        var result: [Span] = []
        // Most provisions hold a sentence or two: room for a few spares growing the array twice.
        result.reserveCapacity(4)
        var start = 0
        var position = 0
        var quoteCursor = 0
        func emit(_ end: Int) {
            var low = start
            var high = end
            while low < high {
                let (scalar, length) = ClauseUTF8.decode(text, at: low)
                guard isSpace(scalar) else { break }
                low += length
            }
            while high > low {
                let (scalar, length) = ClauseUTF8.decode(text, before: high)
                guard isSpace(scalar) else { break }
                high -= length
            }
            if low < high { result.append(Span(start: low, end: high)) }
        }
        while position < count {
            // Only ".", "!", "?" and "…" (E2 80 A6) can end a sentence; a continuation byte is never one of these leads.
            position = ClauseByteSearch.firstIndex(in: text, from: position, anyOf: 0x2E, 0x21, 0x3F, 0xE2)
            guard position < count else { break }
            let (scalar, scalarLength) = ClauseUTF8.decode(text, at: position)
            guard isTerminator(scalar) else { position += scalarLength; continue }
            // Skip to the end of a run of terminators ("?!", "...") and any closing quotes after it.
            var end = position + scalarLength
            while end < count {
                let (next, length) = ClauseUTF8.decode(text, at: end)
                guard isTerminator(next) else { break }
                end += length
            }
            while end < count {
                let (next, length) = ClauseUTF8.decode(text, at: end)
                guard isCloser(next) else { break }
                end += length
            }
            defer { position = end }
            while quoteCursor < quoted.count, quoted[quoteCursor].end <= position { quoteCursor += 1 }
            if quoteCursor < quoted.count, quoted[quoteCursor].start <= position, position < quoted[quoteCursor].end,
               end <= quoted[quoteCursor].close {
                continue
            }
            guard end < count, isSpace(ClauseUTF8.decode(text, at: end).scalar) else { continue }
            var next = end
            while next < count {
                let (scalar, length) = ClauseUTF8.decode(text, at: next)
                guard isSpace(scalar) else { break }
                next += length
            }
            guard next < count, startsSentence(text, at: next) else { continue }
            if scalar == ".", end == position + scalarLength || isCloser(ClauseUTF8.decode(text, at: position + scalarLength).scalar),
               !endsSentenceAfterPoint(text, point: position, next: next) {
                continue
            }
            emit(end)
            start = next
        }
        emit(count)
        return result
    }

    /// True when the text at `index` can open a sentence: a capital, a digit, or an opening quote
    /// or bracket before one.
    private static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var probe = index
        while probe < text.count {
            let (scalar, length) = ClauseUTF8.decode(text, at: probe)
            guard isOpener(scalar) else { break }
            probe += length
        }
        guard probe < text.count else { return false }
        let scalar = ClauseUTF8.decode(text, at: probe).scalar
        return isUpper(scalar) || isDigit(scalar) || scalar == "$" || scalar == "£" || scalar == "€"
    }

    /// Decides a single `.` at `point` followed by a capitalised word at `next`: false after an
    /// abbreviation or an initial, unless the next word is a sentence opener.
    private static func endsSentenceAfterPoint(_ text: UnsafeBufferPointer<UInt8>, point: Int, next: Int) -> Bool {
        var wordStart = point
        while wordStart > 0 {
            let (scalar, length) = ClauseUTF8.decode(text, before: wordStart)
            guard !isSpace(scalar), !isOpener(scalar) else { break }
            wordStart -= length
        }
        guard wordStart < point else { return true }
        // No abbreviation is longer than six letters, so a longer word without a point in it ends
        // the sentence; the lists are asked only about short or dotted words.
        if point - wordStart > 6, !UnsafeBufferPointer(rebasing: text[wordStart..<point]).contains(0x2E) { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<point]), as: UTF8.self)
        if abbreviations.contains(word) { return false }
        let nextScalar = ClauseUTF8.decode(text, at: next).scalar
        if numberedReferences.contains(word) { return !isDigit(nextScalar) }
        // Asked only after an abbreviation, an initial or an acronym: most points follow none.
        func opensSentence() -> Bool {
            var nextEnd = next
            var nextWord = String.UnicodeScalarView()
            while nextEnd < text.count {
                let (scalar, length) = ClauseUTF8.decode(text, at: nextEnd)
                guard isLetter(scalar) || isOpener(scalar) else { break }
                if !isOpener(scalar) { nextWord.append(scalar) }
                nextEnd += length
            }
            return sentenceOpeners.contains(String(nextWord))
        }
        if softAbbreviations.contains(word) {
            // "Feb. 24" continues; "etc. The" ends.
            return opensSentence() || (word == "etc" && !isDigit(nextScalar))
        }
        let letters = word.unicodeScalars.filter { $0 != "." }
        // An initial ("J.") or a dotted acronym ("U.S", "U.N"): a name or a sentence goes on.
        if word.unicodeScalars.count == 1, let only = letters.first, isUpper(only) { return opensSentence() }
        if word.contains("."), letters.allSatisfy(isLetter), letters.count <= 4 { return opensSentence() }
        return true
    }

    /// Double-quoted passages closed within the text (open mark through close mark). An unclosed
    /// quotation does not count: it would swallow the rest of the paragraph.
    private static func quotations(_ text: UnsafeBufferPointer<UInt8>) -> [Quotation] {
        var spans: [Quotation] = []
        var open: Int?
        var straightOpen: Int?
        var index = 0
        while index < text.count {
            // Quotation marks are `"`, “ ” (E2 80 9C/9D) and « » (C2 AB/BB); continuation bytes are none of these leads.
            index = ClauseByteSearch.firstIndex(in: text, from: index, anyOf: 0x22, 0xE2, 0xC2, 0x22)
            guard index < text.count else { break }
            let (scalar, length) = ClauseUTF8.decode(text, at: index)
            switch scalar {
            case "“", "«":
                if open == nil { open = index }
            case "”", "»":
                if let start = open { spans.append(Quotation(start: start, close: index, end: index + length)); open = nil }
            case "\"":
                if let start = straightOpen {
                    spans.append(Quotation(start: start, close: index, end: index + length))
                    straightOpen = nil
                } else if index == 0 || isSpace(ClauseUTF8.decode(text, before: index).scalar) || isOpener(ClauseUTF8.decode(text, before: index).scalar) {
                    straightOpen = index
                }
            default:
                break
            }
            index += length
        }
        // Quotations close in the order they open unless a straight one runs across a curly
        // one: sorting a list that is in order already would only copy it.
        for index in spans.indices.dropFirst() where spans[index - 1].start > spans[index].start {
            return spans.sorted { $0.start < $1.start }
        }
        return spans
    }
}

/// Finding the next byte of interest eight bytes at a time: sentence ends and quotation marks are
/// rare, and testing every byte of a document for them one by one was a large part of splitting.
enum ClauseByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first byte at or after `start` that is `a`, `b`, `c` or `d`, or
    /// `bytes.count` when there is none.
    @inline(__always)
    static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, anyOf a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let patterns = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c), ones &* UInt64(d))
            while index + 8 <= bytes.count {
                // Byte `i` of the text is byte `i` of the word, counting from the low end.
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // A byte of `word ^ pattern` is zero where the word holds the pattern's byte; the
                // lowest flagged byte is always a true match.
                let found = hasZeroByte(word ^ patterns.0) | hasZeroByte(word ^ patterns.1)
                    | hasZeroByte(word ^ patterns.2) | hasZeroByte(word ^ patterns.3)
                if found != 0 { return index + (found.trailingZeroBitCount >> 3) }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c || byte == d { return index }
            index += 1
        }
        return bytes.count
    }

    /// The offset of the first byte at or after `start` that is an ASCII digit, "$" or not ASCII,
    /// or `bytes.count` when there is none. Most clauses have none of these, and every clause is
    /// asked whether it may hold a sum of money.
    @inline(__always)
    static func firstDigitDollarOrNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // Below 0x80 adding 0x50 or 0x46 to a byte carries into no other: a byte is a digit
                // when adding 0x50 sets its top bit and adding 0x46 does not. A byte from 0x80 on
                // stops the word whatever the sums say.
                let digits = (word &+ ones &* 0x50) & ~(word &+ ones &* 0x46)
                if (word | digits | hasZeroByte(word ^ (ones &* 0x24))) & highs != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 || byte &- 0x30 < 10 || byte == 0x24 { return index }
            index += 1
        }
        return bytes.count
    }

    @inline(__always)
    private static func hasZeroByte(_ value: UInt64) -> UInt64 {
        (value &- ones) & ~value & highs
    }
}
