/// Small character tests shared by the reader's passes. They work on Unicode scalars, so that no
/// pass depends on Character segmentation (slow on big files, and surprising with combining marks).
enum TextScanning {
    /// True for spaces, tabs, no-break spaces and other Unicode whitespace.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: most text is ASCII.
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        // The White_Space property's other scalars (unchanged since Unicode 6.3), and the BOM: a
        // switch, because the property lookup costs hundreds of instructions a scalar.
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
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

    /// False when `text`, lower-cased, surely contains none of `words` (lower-case ASCII): its
    /// bytes hold none of them ignoring ASCII case, and none of the two characters that lower-case
    /// into ASCII letters (U+0130 İ, U+212A Kelvin sign). A cheap test before a Unicode
    /// `lowercased()` and a search, which most lines fail.
    static func mayContainLowercased(_ text: Substring, _ words: PhraseSet) -> Bool {
        StructureScanning.withBytes(text) { bytes in
            if words.containsAny(bytes) { return true }
            return PhraseSet.containsExactly(bytes, [0xC4, 0xB0]) || PhraseSet.containsExactly(bytes, [0xE2, 0x84, 0xAA])
        }
    }

    /// `text.firstRange(of: needle)` (a Character-wise search, with canonical equivalence) found
    /// on the bytes where that gives the same answer: the generic search costs tens of thousands
    /// of instructions a call.
    /// - A needle of ASCII characters other than CR and LF matches Characters only where it
    ///   matches bytes, unless it holds `;`, `` ` `` or `K` (U+037E, U+1FEF and U+212A are
    ///   canonically equivalent to them) and the text is not ASCII; and a byte match is a
    ///   Character match when it is not joined to its neighbours: an `isInert` scalar (or the
    ///   text's end) on either side guarantees it.
    /// - When the needle and the text hold only `isInert` scalars (and no CR or LF), every scalar
    ///   is a Character equal only to itself: the first byte match is the first Character match.
    /// Anything else goes to the generic search.
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let offset: Int?? = text.utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needleBytes -> Int?? in
                guard !needleBytes.isEmpty, !needleBytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
                if needleBytes.contains(where: { $0 >= 0x80 }) {
                    guard allInert(needleBytes), allInert(haystack), !haystack.contains(where: { $0 == 0x0A || $0 == 0x0D })
                    else { return nil }
                    return .some(PhraseSet.firstOffset(of: needleBytes, in: haystack))
                }
                if needleBytes.contains(where: { $0 == 0x3B || $0 == 0x60 || $0 == 0x4B }), haystack.contains(where: { $0 >= 0x80 }) {
                    return nil
                }
                guard let start = PhraseSet.firstOffset(of: needleBytes, in: haystack) else { return .some(nil) }
                let end = start + needleBytes.count
                guard start == 0 || isInert(before: start, in: haystack), end == haystack.count || isInert(at: end, in: haystack)
                else { return nil }
                return .some(start)
            } ?? nil
        } ?? nil
        guard let offset else { return text.firstRange(of: needle) }
        guard let start = offset else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// `text.contains(needle)` (Character-wise, with canonical equivalence) by `firstRange`; false
    /// for an empty needle.
    static func contains(_ needle: String, in text: Substring) -> Bool {
        !needle.isEmpty && firstRange(of: needle, in: text) != nil
    }

    /// True when the scalar that starts at byte `offset` is `isInert`.
    private static func isInert(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[offset] < 0x80 || isInert(StructureScanning.decode(bytes, at: offset).scalar)
    }

    /// True when the scalar that ends right before byte `offset` is `isInert`.
    private static func isInert(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lead = offset - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return isInert(at: lead, in: bytes)
    }

    /// True when every scalar of `bytes` is `isInert`.
    static func allInert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var inert = true
        StructureScanning.forEachScalar(bytes) { scalar in
            inert = isInert(scalar)
            return inert
        }
        return inert
    }

    /// Scalars that are canonically equivalent to no other sequence when no combining mark is
    /// around (none of these is one), and that join no neighbour into a Character except CR with
    /// LF: Latin below U+0300 (precomposed letters differ from their decompositions only by
    /// combining marks), general punctuation, currency signs and U+FFFD. Not the letter-like
    /// symbols or Greek, which hold singletons (U+212A ≡ K, U+037E ≡ ;), nor U+2000…U+200F
    /// (spaces with singletons, joiners).
    @inline(__always)
    static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0xFFFD: return true
        default: return false
        }
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
        return String(Substring(line.unicodeScalars.prefix(length))).lowercased()
    }
}

/// A set of strings kept sorted in an array and searched by halves. It answers as a `Set<String>`
/// would (String ordering agrees with String equality: both go by canonical equivalence), without
/// a set's first use in a process, where the runtime instantiates the set's storage type and looks
/// up String's Hashable conformance, which costs more than all of a short text's lookups.
struct SortedStrings {
    private var elements: [String]

    init(_ strings: [String] = []) {
        elements = strings.sorted()
    }

    /// The index of the first element not below `string`.
    private func lowerBound(_ string: String) -> Int {
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if elements[middle] < string { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func contains(_ string: String) -> Bool {
        let index = lowerBound(string)
        return index < elements.count && elements[index] == string
    }

    /// Adds `string`; false when an equal one was there already.
    @discardableResult
    mutating func insert(_ string: String) -> Bool {
        let index = lowerBound(string)
        guard index == elements.count || elements[index] != string else { return false }
        elements.insert(string, at: index)
        return true
    }
}

/// Byte-level phrase search: the stdlib's generic substring search is too slow to run dozens of
/// phrases over every line of a large file.
///
/// One pass over the text finds every phrase: at each position the next four bytes, lower-cased
/// together, are hashed into a bitmap of the phrases' first four bytes, which rejects nearly every
/// position with one test; only at the rare positions that pass are phrases compared. Phrases
/// are lower-case ASCII; the text's ASCII letters are lower-cased on the fly, so callers need not
/// copy it. Phrases shorter than four bytes are compared at every position.
struct PhraseSet {
    private let phrases: [[UInt8]]
    /// Bit `slot(key)` is set for the first four bytes of every phrase of four bytes or more.
    private let quads: [UInt64]
    /// The phrases of four bytes or more, with their first four bytes as a little-endian key.
    private let longPhrases: [(key: UInt32, index: Int)]
    /// The non-empty phrases of fewer than four bytes.
    private let shortPhrases: [Int]
    /// Bit `b` is set when a phrase of four bytes or more starts with byte `b` in either ASCII
    /// case: one test rejects most positions before the four-byte hash.
    private let firstBytes: [UInt64]
    /// True when some phrase is empty: it occurs in every text.
    private let hasEmpty: Bool
    /// How many bytes the scan looks ahead: the shortest long phrase's length (at most 256).
    private let window: Int
    /// Per `bigramSlot` of the two bytes that end the look-ahead window (as they are, not
    /// lower-cased: both cases of a phrase's letters are entered, which spares the scan the
    /// folding): how far the scan may move on, because no long phrase can start before (Wu and
    /// Manber's multiple pattern search). Zero where a phrase may start at the window's beginning;
    /// slots shared by several byte pairs take the smallest shift, which only makes the scan look
    /// more often.
    private let shifts: [UInt8]

    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        self.phrases = bytes
        // 4096 bits: a filter (a hit is compared in full), small since every set clears it at start-up.
        var quads = [UInt64](repeating: 0, count: 64)
        var longPhrases: [(key: UInt32, index: Int)] = []
        longPhrases.reserveCapacity(bytes.count)
        var shortPhrases: [Int] = []
        var firstBytes = [UInt64](repeating: 0, count: 4)
        for (index, phrase) in bytes.enumerated() where !phrase.isEmpty {
            guard phrase.count >= 4 else { shortPhrases.append(index); continue }
            // Setting a bit twice is harmless: no set of the three cases is needed (nor an array
            // of them, allocated per phrase).
            let first = phrase[0], lower = Self.lower(first), upper = Self.upper(first)
            firstBytes[Int(first >> 6)] |= 1 << UInt64(first & 63)
            firstBytes[Int(lower >> 6)] |= 1 << UInt64(lower & 63)
            firstBytes[Int(upper >> 6)] |= 1 << UInt64(upper & 63)
            let key = UInt32(phrase[0]) | UInt32(phrase[1]) << 8 | UInt32(phrase[2]) << 16 | UInt32(phrase[3]) << 24
            let slot = Self.slot(key)
            quads[slot >> 6] |= 1 << UInt64(slot & 63)
            longPhrases.append((key, index))
        }
        let window = min(256, longPhrases.reduce(Int.max) { min($0, bytes[$1.index].count) })
        var shifts: [UInt8] = []
        if !longPhrases.isEmpty {
            // A phrase whose byte pair at `offset - 1, offset` (within the window) ends the window
            // may start `window - 1 - offset` bytes further on.
            shifts = [UInt8](repeating: UInt8(window - 1), count: 4096)
            for phrase in longPhrases {
                let phraseBytes = bytes[phrase.index]
                for offset in 1..<window {
                    let shift = UInt8(window - 1 - offset)
                    let first = phraseBytes[offset - 1], second = phraseBytes[offset]
                    // A text byte matches a phrase byte when it lower-cases to it: the phrase
                    // byte's lower-case and upper-case forms (one and the same for a non-letter).
                    let lowerFirst = Self.lower(first), upperFirst = Self.upper(first)
                    let lowerSecond = Self.lower(second), upperSecond = Self.upper(second)
                    Self.lowerShift(&shifts, at: Self.bigramSlot(lowerFirst, lowerSecond), to: shift)
                    Self.lowerShift(&shifts, at: Self.bigramSlot(lowerFirst, upperSecond), to: shift)
                    Self.lowerShift(&shifts, at: Self.bigramSlot(upperFirst, lowerSecond), to: shift)
                    Self.lowerShift(&shifts, at: Self.bigramSlot(upperFirst, upperSecond), to: shift)
                }
            }
        }
        self.quads = quads
        self.firstBytes = firstBytes
        self.longPhrases = longPhrases
        self.shortPhrases = shortPhrases
        self.hasEmpty = bytes.contains { $0.isEmpty }
        self.window = window
        self.shifts = shifts
    }

    @inline(__always)
    private static func lowerShift(_ shifts: inout [UInt8], at slot: Int, to shift: UInt8) {
        shifts[slot] = min(shifts[slot], shift)
    }

    /// The slot of a byte pair in `shifts`: the low six bits of each.
    @inline(__always)
    private static func bigramSlot(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 0x3F) << 6 | Int(second & 0x3F) }

    /// The bitmap slot of a four-byte key (multiplicative hashing to 12 bits).
    @inline(__always)
    private static func slot(_ key: UInt32) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 20) }

    /// Four bytes with their ASCII capitals lower-cased at once: a byte gets 0x20 added when its
    /// low seven bits are in A…Z and its high bit is clear.
    @inline(__always)
    private static func lowerFour(_ word: UInt32) -> UInt32 {
        let low = word & 0x7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F  // high bit set when the byte is 0x41 or more
        let atLeastAfterZ = low &+ 0x2525_2525  // high bit set when the byte is 0x5B or more
        let capitals = atLeastA & ~atLeastAfterZ & ~word & 0x8080_8080
        return word | (capitals >> 2)
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
        haystack.withUnsafeBufferPointer { count(in: $0) }
    }

    /// How many of the phrases occur in the first `limit` bytes of `text`, ignoring ASCII case.
    func count(in text: Substring, limit: Int) -> Int {
        StructureScanning.withBytes(text) { count(in: UnsafeBufferPointer(rebasing: $0.prefix(limit))) }
    }

    func count(in haystack: UnsafeBufferPointer<UInt8>) -> Int {
        if phrases.count > 64 { return phrases.reduce(0) { $0 + (Self.contains(haystack, $1[...]) ? 1 : 0) } }
        return scan(haystack, wholeWords: false, stopAtFirst: false).nonzeroBitCount + (hasEmpty ? emptyCount : 0)
    }

    /// The phrases found in the first `limit` bytes of `text`, ignoring ASCII case: bit `i` is set
    /// when phrase `i` occurs (for the first 64 phrases).
    func found(in text: Substring, limit: Int) -> UInt64 {
        StructureScanning.withBytes(text) { bytes in
            let haystack = UnsafeBufferPointer(rebasing: bytes.prefix(limit))
            guard phrases.count <= 64, !hasEmpty else {
                var mask: UInt64 = 0
                for (index, phrase) in phrases.prefix(64).enumerated() where Self.contains(haystack, phrase[...]) {
                    mask |= 1 << UInt64(index)
                }
                return mask
            }
            return scan(haystack, wholeWords: false, stopAtFirst: false)
        }
    }

    private var emptyCount: Int { phrases.reduce(0) { $0 + ($1.isEmpty ? 1 : 0) } }

    func containsAny(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { containsAny($0) }
    }

    /// True when a phrase occurs in the first `limit` bytes of `text`, ignoring ASCII case.
    func containsAny(in text: Substring, limit: Int) -> Bool {
        StructureScanning.withBytes(text) { containsAny(UnsafeBufferPointer(rebasing: $0.prefix(limit))) }
    }

    func containsAny(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        if phrases.count > 64 { return phrases.contains { Self.contains(haystack, $0[...]) } }
        return scan(haystack, wholeWords: false, stopAtFirst: true) != 0
    }

    /// True when a phrase occurs as whole words: not preceded or followed by an ASCII letter
    /// ("sign in" is not in "design information").
    func containsAnyWord(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { containsAnyWord($0) }
    }

    func containsAnyWord(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        if phrases.count > 64 { return phrases.contains { Self.firstWordMatch(haystack, $0[...]) } }
        return scan(haystack, wholeWords: true, stopAtFirst: true) != 0
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    private static func upper(_ byte: UInt8) -> UInt8 { byte &- 0x61 < 26 ? byte & ~0x20 : byte }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// The phrases (bit per phrase index) that occur in `haystack`; with `stopAtFirst`, at most one.
    /// A plain loop without closures: it runs on tiny windows as often as on long lines, so its
    /// setup must cost next to nothing.
    private func scan(_ haystack: UnsafeBufferPointer<UInt8>, wholeWords: Bool, stopAtFirst: Bool) -> UInt64 {
        var found: UInt64 = 0
        guard let base = haystack.baseAddress else { return 0 }
        let count = haystack.count
        if !longPhrases.isEmpty, count >= window {
            let raw = UnsafeRawPointer(base)
            // Indices in range by construction (a slot has 12 bits, a byte's word 2, a key's 6),
            // so the tables are read unchecked, with wrapping arithmetic: the step that skips
            // ahead is most of the scan's cost.
            let stopped = shifts.withUnsafeBufferPointer { shifts in
                firstBytes.withUnsafeBufferPointer { firstBytes in
                    quads.withUnsafeBufferPointer { quads in
                        var start = 0
                        let lastStart = count &- window
                        // The window's last two bytes: `window` is at least 4.
                        let pairOffset = window &- 2
                        while start <= lastStart {
                            // The byte pair that ends the window says how far no phrase can start.
                            let pair = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start &+ pairOffset, as: UInt16.self))
                            let shift = Int(shifts[Self.bigramSlot(UInt8(truncatingIfNeeded: pair), UInt8(truncatingIfNeeded: pair >> 8))])
                            guard shift == 0 else { start &+= shift; continue }
                            let first = haystack[start]
                            guard firstBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { start &+= 1; continue }
                            let key = Self.lowerFour(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
                            let slot = Self.slot(key)
                            if quads[slot >> 6] & (1 << UInt64(slot & 63)) != 0 {
                                for phrase in longPhrases where phrase.key == key && found & (1 << UInt64(phrase.index)) == 0 {
                                    guard isMatch(phrase.index, at: start, in: haystack, wholeWords: wholeWords) else { continue }
                                    found |= 1 << UInt64(phrase.index)
                                    if stopAtFirst { return true }
                                }
                            }
                            start &+= 1
                        }
                        return false
                    }
                }
            }
            if stopped { return found }
        }
        for phrase in shortPhrases {
            for start in 0..<count where found & (1 << UInt64(phrase)) == 0 && isMatch(phrase, at: start, in: haystack, wholeWords: wholeWords) {
                found |= 1 << UInt64(phrase)
                if stopAtFirst { return found }
            }
        }
        return found
    }

    /// True when phrase `phrase` occurs at `start`, as whole words when `wholeWords`.
    @inline(__always)
    private func isMatch(_ phrase: Int, at start: Int, in haystack: UnsafeBufferPointer<UInt8>, wholeWords: Bool) -> Bool {
        if wholeWords, start > 0, Self.isLetter(haystack[start - 1]) { return false }
        return matches(phrases[phrase], at: start, in: haystack, wholeWords: wholeWords)
    }

    @inline(__always)
    private func matches(_ needle: [UInt8], at start: Int, in haystack: UnsafeBufferPointer<UInt8>, wholeWords: Bool) -> Bool {
        let end = start + needle.count
        guard end <= haystack.count else { return false }
        var offset = 0
        while offset < needle.count, Self.lower(haystack[start + offset]) == needle[offset] { offset += 1 }
        guard offset == needle.count else { return false }
        guard wholeWords, end < haystack.count, let last = needle.last else { return true }
        return !Self.isLetter(haystack[end]) || !Self.isLetter(last)
    }

    /// True when `needle` occurs in `haystack`, byte for byte (no case folding). A needle of four
    /// bytes or more is looked for by its first four bytes, compared as one 32-bit word.
    static func containsExactly(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { firstOffset(of: $0, in: haystack) } != nil
    }

    /// The byte offset of the first occurrence of `needle` in `haystack`, byte for byte (0 for an
    /// empty needle).
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return nil }
        let lastStart = haystack.count - needle.count
        if needle.count >= 4 {
            let raw = UnsafeRawPointer(base)
            let key = UInt32(needle[0]) | UInt32(needle[1]) << 8 | UInt32(needle[2]) << 16 | UInt32(needle[3]) << 24
            for start in 0...lastStart where UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)) == key {
                var offset = 4
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return start }
            }
            return nil
        }
        for start in 0...lastStart where haystack[start] == first {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return start }
        }
        return nil
    }

    /// The plain search, for sets too large for the one-pass scan's 64-bit mask.
    private static func firstWordMatch(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        let lastStart = haystack.count - needle.count
        var index = 0
        while index <= lastStart {
            if lower(haystack[index]) == first, index == 0 || !isLetter(haystack[index - 1]) {
                var offset = 1
                while offset < needle.count, lower(haystack[index + offset]) == needle[needle.startIndex + offset] { offset += 1 }
                let end = index + needle.count
                if offset == needle.count, end == haystack.count || !isLetter(haystack[end]) || !isLetter(needle[needle.endIndex - 1]) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        let lastStart = haystack.count - needle.count
        var index = 0
        while index <= lastStart {
            if lower(haystack[index]) == first {
                var offset = 1
                while offset < needle.count, lower(haystack[index + offset]) == needle[needle.startIndex + offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
