/// One token of running text, as the fact scanners see it.
///
/// A token is a word (letters, possibly with inner hyphens or apostrophes: "twenty-four", "year’s"),
/// a number (starts with a digit and may carry inner `.`, `,`, `-` between digits and a letter
/// suffix: "12,012,300", "3.02B", "2024-02-24", "24-hour"), or a single other character ("$", "(").
///
/// A plain value: where the token sits (UTF-8 offsets into its `ScanText`) and what the scanners
/// need to know about it, found once when the text was tokenised. Its text, range and key are
/// read through the `ScanText` it came from.
struct TextToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable, Hashable {
        case word
        case number
        case symbol
    }

    // Sixteen bytes a token: the scanners walk every token of a document several times, and the
    // walk is bound by how much memory it reads.
    private var startOffset: UInt32
    private var endOffset: UInt32
    /// What the token is to the scanners (number word, month, currency, name head…).
    var cues: ScanCue
    var kind: Kind
    private var flags: UInt8
    /// The value of a cardinal word below a hundred ("six", "twenty-four"), or -1.
    var cardinal: Int8

    private static let capitalised: UInt8 = 1
    private static let ascii: UInt8 = 2
    private static let possessive: UInt8 = 4

    init(kind: Kind, isCapitalised: Bool, isASCII: Bool, isPossessive: Bool, cardinal: Int8, start: Int, end: Int, cues: ScanCue) {
        self.kind = kind
        flags = (isCapitalised ? Self.capitalised : 0) | (isASCII ? Self.ascii : 0) | (isPossessive ? Self.possessive : 0)
        self.cardinal = cardinal
        // `ScanText` only tokenises texts whose offsets fit.
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        self.cues = cues
    }

    /// UTF-8 offsets of the token in its text.
    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    /// True for a word whose first character is an upper-case letter.
    var isCapitalised: Bool { flags & Self.capitalised != 0 }
    /// True when every byte of the token is ASCII.
    var isASCII: Bool { flags & Self.ascii != 0 }
    /// True when the key drops a trailing possessive ("year’s" → "year"), so the key differs from
    /// the lower-cased text.
    var isPossessive: Bool { flags & Self.possessive != 0 }
}

/// A text split into `TextToken`s once, read by every fact scanner: the tokens, the text's UTF-8
/// bytes (so a scanner compares bytes instead of building strings), and what the whole text
/// holds, so a scanner can tell at once that a text has nothing for it (no digit: no date).
struct ScanText: Sendable {
    let text: String
    let bytes: [UInt8]
    let tokens: [TextToken]
    /// Every cue some token carries.
    let cues: ScanCue
    /// True when an ASCII digit occurs anywhere in the text. Every date needs one.
    let hasASCIIDigit: Bool

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        hasASCIIDigit = bytes.withUnsafeBufferPointer(TextTokenizer.containsASCIIDigit)
        // Token offsets are 32-bit: a text of 4 GiB or more (no real provision) is left untokenised.
        guard bytes.count < Int(UInt32.max) else {
            tokens = []
            cues = []
            return
        }
        let (tokens, cues) = bytes.withUnsafeBufferPointer { TextTokenizer.tokens(text, bytes: $0) }
        self.tokens = tokens
        self.cues = cues
    }

    var count: Int { tokens.count }

    /// The string index at a UTF-8 offset of the text (O(1) for native strings).
    @inline(__always)
    func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Where token `i` sits in the text.
    func range(_ i: Int) -> Range<String.Index> {
        index(tokens[i].start)..<index(tokens[i].end)
    }

    /// The text of token `i` as written.
    func substring(_ i: Int) -> Substring {
        text[range(i)]
    }

    /// The text from the start of token `first` to the end of token `last`.
    func range(from first: Int, through last: Int) -> Range<String.Index> {
        index(tokens[first].start)..<index(tokens[last].end)
    }

    /// True when token `i` is the single ASCII character `byte` ("$", "(", ",").
    @inline(__always)
    func isCharacter(_ i: Int, _ byte: UInt8) -> Bool {
        let token = tokens[i]
        return token.end - token.start == 1 && bytes[token.start] == byte
    }

    /// The text of token `i` lower-cased, with a trailing possessive ("year’s", "months'") removed
    /// so that "one year’s notice" reads like "one year".
    func key(_ i: Int) -> String {
        let token = tokens[i]
        guard token.isASCII else { return TextTokenizer.slowKey(substring(i)) }
        let end = token.isPossessive ? token.end - 2 : token.end
        return String(unsafeUninitializedCapacity: end - token.start) { buffer in
            for offset in token.start..<end {
                let byte = bytes[offset]
                buffer[offset - token.start] = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            }
            return end - token.start
        }
    }

    /// True when the first character of token `i` is a lower-case letter.
    func startsLowercase(_ i: Int) -> Bool {
        let token = tokens[i]
        let first = bytes[token.start]
        if first < 0x80, token.start + 1 == token.end || bytes[token.start + 1] < 0x80 {
            return first >= 0x61 && first <= 0x7A
        }
        return substring(i).first?.isLowercase ?? false
    }
}

/// Splits text into `TextToken`s in one left-to-right pass.
enum TextTokenizer {
    static let whitespace: UInt8 = 1
    static let letter: UInt8 = 2
    static let number: UInt8 = 4
    private static let wordCharacter: UInt8 = 6

    /// The class of the character at byte `offset` (whitespace/letter/number flags), its connector
    /// kind (1: `-`, `'`, `’`; 2: `.`, `,`; 0: none) and the offset of the next character.
    ///
    /// An ASCII byte followed by another ASCII byte is a whole character and is classified from the
    /// byte; so is one followed by a common punctuation scalar (`’`, `“`, `•`, no-break space…),
    /// which never joins the character before it, and such a scalar is classified from a table.
    /// Anything else is read as a `Character`, so graphemes (combining marks, "\r\n") behave
    /// exactly as in a character-by-character walk.
    ///
    /// `classes` is `byteClasses`: an ASCII byte is classified by a load, not `asciiCharacter`'s
    /// switch, which, inlined three times, left the token loop too big for the optimiser to inline
    /// `asciiWordToken` (it stops inlining into a function of some 400 blocks).
    @inline(__always)
    private static func character(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String,
                                  _ classes: UnsafeBufferPointer<UInt8>) -> (flags: UInt8, connector: UInt8, next: Int) {
        let byte = bytes[offset]
        if byte < 0x80, byte != 0x0D, offset &+ 1 == bytes.count || bytes[offset &+ 1] < 0x80 {
            let entry = classes[Int(byte)]
            return (entry & 0x0F, entry >> 4, offset &+ 1)
        }
        return otherCharacter(at: offset, bytes, text)
    }

    @inline(__always)
    private static func asciiCharacter(_ byte: UInt8, _ offset: Int) -> (flags: UInt8, connector: UInt8, next: Int) {
        switch byte {
        case 0x09...0x0C, 0x20: return (whitespace, 0, offset + 1)
        case 0x30...0x39: return (number, 0, offset + 1)
        case 0x41...0x5A, 0x61...0x7A: return (letter, 0, offset + 1)
        case UInt8(ascii: "-"), UInt8(ascii: "'"): return (0, 1, offset + 1)
        case UInt8(ascii: "."), UInt8(ascii: ","): return (0, 2, offset + 1)
        default: return (0, 0, offset + 1)
        }
    }

    /// `character(at:)` for all but an ASCII byte followed by another.
    @inline(never)
    private static func otherCharacter(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String)
        -> (flags: UInt8, connector: UInt8, next: Int) {
        let byte = bytes[offset]
        if byte < 0x80 {
            if byte != 0x0D, isLoneScalar(bytes, offset + 1) { return asciiCharacter(byte, offset) }
        } else if let (entry, length) = commonScalar(bytes, offset), entry != joiner {
            let next = offset + length
            if next == bytes.count || bytes[next] < 0x80 || isLoneScalar(bytes, next) {
                return (entry & 0x0F, entry >> 4, next)
            }
        }
        return slowCharacter(at: offset, text)
    }

    /// For the scalars U+0080–U+00BF, U+2000–U+203F and U+2080–U+20BF (Latin-1 punctuation, general
    /// punctuation, currency signs): class flags, with the connector kind in the high four bits, as
    /// `slowCharacter` finds them for the scalar alone; `joiner` for U+200C and U+200D, which join
    /// the character before them.
    ///
    /// Written out rather than worked out through `Character` at first use, which cost every loaded
    /// document as much as tokenising it; a test works the table out and compares.
    static let commonScalars: [UInt8] = [
        // U+0080–U+00BF: U+0085 (next line) and U+00A0 are whitespace; ª, µ and º letters; ², ³, ¹, ¼, ½, ¾ numbers.
        0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x04, 0x04, 0x00, 0x02, 0x00, 0x00, 0x00, 0x04, 0x02, 0x00, 0x04, 0x04, 0x04, 0x00,
        // U+2000–U+203F: the spaces U+2000–U+200A, the joiners U+200C and U+200D, U+2019 (’) a
        // connector, U+2028, U+2029 and U+202F whitespace.
        0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x00, 0xFF, 0xFF, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        // U+2080–U+20BF: the subscript digits are numbers, the subscript letters U+2090–U+209C letters.
        0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ]
    static let joiner: UInt8 = 0xFF

    /// The `commonScalars` entry of the scalar at `offset` and its length in bytes, if it is one of them.
    @inline(__always)
    private static func commonScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (UInt8, Int)? {
        let byte = bytes[offset]
        if byte == 0xC2, offset + 1 < bytes.count {
            return (commonScalars[Int(bytes[offset + 1] & 0x3F)], 2)
        }
        if byte == 0xE2, offset + 2 < bytes.count {
            switch bytes[offset + 1] {
            case 0x80: return (commonScalars[64 + Int(bytes[offset + 2] & 0x3F)], 3)
            case 0x82: return (commonScalars[128 + Int(bytes[offset + 2] & 0x3F)], 3)
            default: return nil
            }
        }
        return nil
    }

    /// True when the scalar at `offset` is a common one that never joins the character before it.
    @inline(__always)
    static func isLoneScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard let (entry, _) = commonScalar(bytes, offset) else { return false }
        return entry != joiner
    }

    @inline(never)
    private static func slowCharacter(at offset: Int, _ text: String) -> (flags: UInt8, connector: UInt8, next: Int) {
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

    /// `asciiCharacter`'s class flags and connector kind (in the high four bits) of each byte that is
    /// a character by itself when the next byte is ASCII; 0 for the rest ("\r", which may start
    /// "\r\n", and bytes of other characters), which `character(at:)` reads.
    private static let byteClasses: [UInt8] = (0..<256).map { byte in
        guard byte < 0x80, byte != 0x0D else { return 0 }
        let (flags, connector, _) = asciiCharacter(UInt8(byte), 0)
        return flags | connector << 4
    }

    /// True when the non-ASCII scalar at `offset` may join the character before it. Out of line:
    /// such a scalar right after a run of spaces or letters is rare, and the check inlined twice
    /// grew the token loop past what the optimiser inlines into.
    @inline(never)
    private static func mayJoinPrevious(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        !isLoneScalar(bytes, offset)
    }

    /// The tokens of `text` (whose UTF-8 is `bytes`), in order, and the union of their cues.
    /// Whitespace separates tokens and is dropped.
    static func tokens(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> ([TextToken], ScanCue) {
        byteClasses.withUnsafeBufferPointer { tokens(text, bytes, classes: $0) }
    }

    private static func tokens(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>)
        -> ([TextToken], ScanCue) {
        var result: [TextToken] = []
        result.reserveCapacity(bytes.count / 5)
        var union: ScanCue = []
        let count = bytes.count
        let words = ScanVocabulary.table
        var offset = 0
        while offset < count {
            // A run of ASCII spaces is skipped in one go: each is a whole character when what follows
            // it is ASCII or a lone scalar (only the run's last can be followed by anything else).
            if classes[Int(bytes[offset])] == whitespace {
                var run = offset + 1
                while run < count, classes[Int(bytes[run])] == whitespace { run &+= 1 }
                let end = run < count && bytes[run] >= 0x80 && mayJoinPrevious(bytes, run) ? run - 1 : run
                if end > offset {
                    offset = end
                    continue
                }
            }
            let current = character(at: offset, bytes, text, classes)
            if current.flags & whitespace != 0 {
                offset = current.next
                continue
            }
            guard current.flags & wordCharacter != 0 else {
                let token = symbolToken(offset, current.next, bytes, text)
                union.formUnion(token.cues)
                result.append(token)
                offset = current.next
                continue
            }
            let start = offset
            let startsWithDigit = current.flags & number != 0
            var previousIsNumber = startsWithDigit
            var ascii = true
            var hyphen = -1
            var here = current
            while true {
                if here.next != offset + 1 || bytes[offset] >= 0x80 { ascii = false }
                offset = here.next
                // A run of ASCII letters and digits is read in one go, as with spaces.
                var run = offset
                while run < count, classes[Int(bytes[run])] & wordCharacter != 0 { run &+= 1 }
                if run > offset {
                    let end = run < count && bytes[run] >= 0x80 && mayJoinPrevious(bytes, run) ? run - 1 : run
                    if end > offset {
                        previousIsNumber = classes[Int(bytes[end - 1])] & number != 0
                        offset = end
                    }
                }
                guard offset < count else { break }
                here = character(at: offset, bytes, text, classes)
                if here.flags & wordCharacter != 0 {
                    previousIsNumber = here.flags & number != 0
                    continue
                }
                // A connector stays inside the token only between two word characters; `.` and `,`
                // only between digits, so "2.4B" and "12,012" hold together but "end." does not.
                let next = here.next
                guard next < count, here.connector != 0 else { break }
                let following = character(at: next, bytes, text, classes).flags
                let joins = here.connector == 1
                    ? following & wordCharacter != 0
                    : startsWithDigit && previousIsNumber && following & number != 0
                guard joins else { break }
                if bytes[offset] == UInt8(ascii: "-") { hyphen = offset }
            }
            let token: TextToken
            if startsWithDigit {
                token = numberToken(start, offset, bytes, text)
            } else if ascii {
                token = asciiWordToken(start, offset, hyphen: hyphen, bytes, words)
            } else {
                token = wordToken(start, offset, bytes, text, words)
            }
            union.formUnion(token.cues)
            result.append(token)
        }
        return (result, union)
    }

    // Eight bytes at a time (SWAR): for a word of bytes below 0x80, adding `0x80 - low` to each byte
    // sets its high bit exactly when the byte is at least `low`, with no carry into the next byte.
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` (whose bytes are below 0x80) that lies in `low...high`.
    @inline(__always)
    private static func bytesInRange(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let atLeastLow = word &+ ones &* UInt64(0x80 - low)
        let aboveHigh = word &+ ones &* UInt64(0x7F - high)
        return atLeastLow & ~aboveHigh & highBits
    }

    /// True when an ASCII digit occurs in `bytes`.
    static func containsASCIIDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        let count = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while offset + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                if bytesInRange(word & 0x7F7F_7F7F_7F7F_7F7F, 0x30, 0x39) & ~word != 0 { return true }
                offset += 8
            }
        }
        while offset < count {
            if bytes[offset] &- 0x30 < 10 { return true }
            offset += 1
        }
        return false
    }

    /// An ASCII word token with its key's cues. (The fields are worked out in locals and the token
    /// built once: filling a token in place field by field and reading it back stalled the loop.)
    /// Kept small so that it is inlined into the loop: the rare cues (hyphenated words, "dollar…")
    /// are worked out apart, in `rareWordCues`.
    @inline(__always)
    private static func asciiWordToken(_ start: Int, _ end: Int, hyphen: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                       _ words: ScanWordTable) -> TextToken {
        let possessive = end &- start >= 2 && bytes[end &- 2] == UInt8(ascii: "'") && bytes[end &- 1] | 0x20 == UInt8(ascii: "s")
        let keyEnd = possessive ? end &- 2 : end
        let first = bytes[start]
        let capitalised = first &- 0x41 < 26
        var cues: ScanCue = []
        var cardinal: Int8 = -1
        if let entry = words.entry(bytes, start, keyEnd) {
            cues = entry.cues
            cardinal = entry.cardinal
            // Currency codes are written with a capital ("USD", "Dfl"); "try" and "pen" are words.
            if !capitalised { cues.remove(.currencyCode) }
        }
        if hyphen >= 0 || (keyEnd &- start >= 6 && first | 0x20 == UInt8(ascii: "d")) {
            rareWordCues(start, end, keyEnd: keyEnd, hyphen: hyphen, bytes, words, &cues, &cardinal)
        }
        return TextToken(kind: .word, isCapitalised: capitalised, isASCII: true, isPossessive: possessive, cardinal: cardinal,
                         start: start, end: end, cues: cues)
    }

    /// The cues of an ASCII word that has a hyphen or may start with "dollar".
    @inline(never)
    private static func rareWordCues(_ start: Int, _ end: Int, keyEnd: Int, hyphen: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                     _ words: ScanWordTable, _ cues: inout ScanCue, _ cardinal: inout Int8) {
        if keyEnd - start >= 6, lowerHasPrefix(bytes, start, keyEnd, "dollar") { cues.insert(.dollarWord) }
        if hyphen >= 0 {
            if let value = compound(bytes, start, keyEnd, words, &cues) { cardinal = value }
            if hyphenUnit(bytes, hyphen, end, words) { cues.insert(.hyphenUnit) }
        }
    }

    /// A word token with non-ASCII bytes.
    private static func wordToken(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String,
                                  _ words: ScanWordTable) -> TextToken {
        // "Ukraine’s": ASCII but for a typographic possessive, which the key drops.
        guard end - start >= 5, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99,
              bytes[end - 1] | 0x20 == UInt8(ascii: "s"), !bytes[start..<(end - 4)].contains(where: { $0 >= 0x80 })
        else { return slowWordToken(start, end, text) }
        let keyEnd = end - 4
        let first = bytes[start]
        var token = TextToken(kind: .word, isCapitalised: first >= 0x41 && first <= 0x5A, isASCII: false,
                              isPossessive: true, cardinal: -1, start: start, end: end, cues: [])
        if let entry = words.entry(bytes, start, keyEnd) {
            token.cues = entry.cues
            token.cardinal = entry.cardinal
        }
        token.cues.insert(.typographicPossessive)
        if keyEnd - start >= 6, lowerHasPrefix(bytes, start, keyEnd, "dollar") { token.cues.insert(.dollarWord) }
        // The part after a hyphen ends in "’s", so it is no unit; a number word may still be hyphenated.
        if bytes[start..<keyEnd].contains(UInt8(ascii: "-")), let value = compound(bytes, start, keyEnd, words, &token.cues) {
            token.cardinal = value
        }
        return token
    }

    /// A word with non-ASCII characters: its key and cues found the way the scanners once found
    /// them, through `String`.
    @inline(never)
    private static func slowWordToken(_ start: Int, _ end: Int, _ text: String) -> TextToken {
        let range = text.utf8.index(text.utf8.startIndex, offsetBy: start)..<text.utf8.index(text.utf8.startIndex, offsetBy: end)
        let word = text[range]
        let key = slowKey(word)
        var token = TextToken(kind: .word, isCapitalised: isCapitalised(word), isASCII: false, isPossessive: key != word.lowercased(),
                              cardinal: -1, start: start, end: end, cues: [])
        if let entry = ScanVocabulary.entry(forKey: key) {
            token.cues = entry.cues
            token.cardinal = entry.cardinal
        }
        if let value = NumberWords.cardinal(key) {
            token.cues.insert(.cardinal)
            token.cardinal = Int8(value)
        }
        if NumberWords.ordinal(key) != nil { token.cues.insert(.ordinal) }
        if key.hasPrefix("dollar") { token.cues.insert(.dollarWord) }
        if DurationScanner.hyphenatedUnit(word) != nil { token.cues.insert(.hyphenUnit) }
        return token
    }

    /// A number token: only a hyphenated unit ("24-hour") makes it more than a figure. (Numbers are
    /// few, and their `String` path kept inline would bloat the loop.)
    @inline(never)
    private static func numberToken(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> TextToken {
        var ascii = true
        var hyphen = -1
        for offset in start..<end {
            let byte = bytes[offset]
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "-") { hyphen = offset }
        }
        var possessive = false
        var cues: ScanCue = []
        if !ascii {
            let range = text.utf8.index(text.utf8.startIndex, offsetBy: start)..<text.utf8.index(text.utf8.startIndex, offsetBy: end)
            let number = text[range]
            possessive = slowKey(number) != number.lowercased()
            if DurationScanner.hyphenatedUnit(number) != nil { cues = .hyphenUnit }
        } else {
            possessive = end - start >= 2 && bytes[end - 2] == UInt8(ascii: "'") && bytes[end - 1] | 0x20 == UInt8(ascii: "s")
            if hyphen >= 0, hyphenUnit(bytes, hyphen, end, ScanVocabulary.table) { cues = .hyphenUnit }
        }
        return TextToken(kind: .number, isCapitalised: false, isASCII: ascii, isPossessive: possessive, cardinal: -1,
                         start: start, end: end, cues: cues)
    }

    /// A one-character token; "$" and the currency signs are cues.
    @inline(__always)
    private static func symbolToken(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> TextToken {
        let first = bytes[start]
        var cues: ScanCue = []
        if first == UInt8(ascii: "$") {
            if end - start == 1 { cues = [.dollarSign, .currencySymbol] }
        } else if first == 0xC2 || first == 0xC6 || (first == 0xE2 && end - start > 1 && bytes[start + 1] == 0x82) {
            // Only the lead bytes of the currency signs (£ ¥ ƒ, and € ₴ ₽ … in U+20A0–U+20CF) are worth a lookup.
            if isCurrencySymbol(start, end, text) { cues = .currencySymbol }
        }
        return TextToken(kind: .symbol, isCapitalised: false, isASCII: first < 0x80 && end - start == 1, isPossessive: false,
                         cardinal: -1, start: start, end: end, cues: cues)
    }

    /// True when `text`'s bytes `start..<end` are a currency sign. Kept out of line: the `String`
    /// lookup inlined into the token loop made it too big for the optimiser to inline
    /// `asciiWordToken` (it stops inlining into a function of some 400 blocks).
    @inline(never)
    private static func isCurrencySymbol(_ start: Int, _ end: Int, _ text: String) -> Bool {
        let range = text.utf8.index(text.utf8.startIndex, offsetBy: start)..<text.utf8.index(text.utf8.startIndex, offsetBy: end)
        return CurrencyTable.symbols[String(text[range])] != nil
    }

    /// The cues of a hyphenated number word: "twenty-four" is a cardinal (its value is returned),
    /// "twenty-first" an ordinal.
    private static func compound(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ keyEnd: Int, _ words: ScanWordTable,
                                 _ cues: inout ScanCue) -> Int8? {
        var hyphen = -1
        for offset in start..<keyEnd where bytes[offset] == UInt8(ascii: "-") {
            // Two hyphens make three parts: no number word.
            guard hyphen < 0 else { return nil }
            hyphen = offset
        }
        guard hyphen > start, hyphen + 1 < keyEnd,
              let tens = words.entry(bytes, start, hyphen), tens.cues.contains(.tens),
              let unit = words.entry(bytes, hyphen + 1, keyEnd) else { return nil }
        if unit.ordinal > 0, unit.ordinal < 10, unit.cues.contains(.ordinal) { cues.insert(.ordinal) }
        guard unit.cues.contains(.cardinal), unit.cardinal >= 0, unit.cardinal < 10, !unit.cues.contains(.tens) else { return nil }
        cues.insert(.cardinal)
        return tens.cardinal + unit.cardinal
    }

    /// True for "24-hour", "ten-year": the part after the last hyphen is a unit, not in the plural.
    /// (`DurationScanner.hyphenatedUnit` is the rule; this is its ASCII form.)
    private static func hyphenUnit(_ bytes: UnsafeBufferPointer<UInt8>, _ hyphen: Int, _ end: Int, _ words: ScanWordTable) -> Bool {
        guard hyphen + 1 < end, bytes[end - 1] | 0x20 != UInt8(ascii: "s"),
              let unit = words.entry(bytes, hyphen + 1, end) else { return false }
        return unit.cues.contains(.durationUnit)
    }

    /// True when the bytes `start..<end`, lower-cased, begin with `prefix` (lower-case ASCII).
    private static func lowerHasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let pin = prefix.utf8Start
        for offset in 0..<count {
            let byte = bytes[start + offset]
            let lowered = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            guard lowered == pin[offset] else { return false }
        }
        return true
    }

    /// The key of a word with non-ASCII characters: lower-cased, a trailing "'s"/"’s" removed.
    static func slowKey(_ text: Substring) -> String {
        var lowered = text.lowercased()
        for suffix in ["'s", "’s"] where lowered.hasSuffix(suffix) {
            lowered.removeLast(suffix.count)
        }
        return lowered
    }

    /// True when the first character is an upper-case letter.
    static func isCapitalised(_ text: Substring) -> Bool {
        // An ASCII first character not followed by a combining mark is the whole first character.
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80 {
            let second = bytes.next()
            if second.map({ $0 < 0x80 }) ?? true { return first >= 0x41 && first <= 0x5A }
        }
        return text.first?.isUppercase ?? false
    }
}
