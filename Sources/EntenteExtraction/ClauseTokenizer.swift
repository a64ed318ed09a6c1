/// Splits a sentence into `ClauseToken`s, and pulls apart words that conversion glued together.
///
/// Quotation marks are dropped (`the “Participants”` reads as `the Participants`). A word that ends
/// in a modal or "to" right after an actor's head word ("Participantswill", "Participantsto") is
/// split in two when the head word is one the document uses for its parties: the glue comes from
/// PDF and HTML conversion, and left alone it would hide the commitment.
///
/// Reads the UTF-8 bytes: an ASCII word is lower-cased, hashed and looked up in
/// `ClauseVocabulary` in one pass, and no string is built for it (a listed word takes the
/// vocabulary's spelling). Words with other letters take the general `String` road, which gives
/// the same tokens.
struct ClauseTokenizer: Sendable {
    /// Lower-cased words that end an actor's name in this document ("participants", "canada").
    let actorHeads: Set<String>
    private let vocabulary: ClauseVocabulary

    /// Suffixes that conversion glues onto an actor's name, longest first.
    static let glueSuffixes = ["intends", "commits", "intend", "commit", "shall", "will", "must", "may", "can", "to"]
    private static let glueSuffixBytes: [[UInt8]] = glueSuffixes.map { Array($0.utf8) }

    /// Punctuation tokens' text for each ASCII byte, made once.
    private static let asciiMarks: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Each byte lower-cased when it is an ASCII letter or digit, 0 for any other: one load tells
    /// whether a word goes on, where two range tests took half the loop's instructions.
    static let wordBytes: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        if byte >= 0x30 && byte <= 0x39 || byte >= 0x61 && byte <= 0x7A { return byte }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : 0
    }

    /// Words longer than this are in no lexicon; they are lower-cased without a look-up.
    private static let longestListed = 24

    init(actorHeads: Set<String>) {
        self.actorHeads = actorHeads
        vocabulary = ClauseVocabulary.shared
    }

    /// The tokens of `text`, in order. Linear in the text's length.
    func tokens(_ text: String) -> [ClauseToken] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokens(text, $0) }) { return tokens }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { tokens(copy, $0) } ?? []
    }

    private func tokens(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [ClauseToken] {
        Self.wordBytes.withUnsafeBufferPointer { tokens(text, bytes, wordBytes: $0) }
    }

    private func tokens(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, wordBytes: UnsafeBufferPointer<UInt8>) -> [ClauseToken] {
        var result: [ClauseToken] = []
        result.reserveCapacity(bytes.count / 5 + 4)
        // Room for any word of the text lower-cased: no word is longer than the text.
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        defer { scratch.deallocate() }
        let count = bytes.count
        // Read once: a static's every use checks that it has been made.
        let marks = Self.asciiMarks
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if Self.isASCIISpace(byte) || byte == 0x22 {
                    index += 1
                    continue
                }
                if wordBytes[Int(byte)] != 0 {
                    index = appendWord(text, bytes, from: index, wordBytes: wordBytes, scratch: scratch, to: &result)
                    continue
                }
                result.append(ClauseToken(lower: marks[Int(byte)], kind: .punctuation, start: index, end: index + 1, traits: []))
                index += 1
                continue
            }
            let (scalar, length) = ClauseUTF8.decode(bytes, at: index)
            if ClauseUnicode.isWhitespace(scalar) || Self.isQuote(scalar) {
                index += length
                continue
            }
            if Self.isWordScalar(scalar) {
                index = appendWord(text, bytes, from: index, wordBytes: wordBytes, scratch: scratch, to: &result)
                continue
            }
            result.append(ClauseToken(lower: String(scalar), kind: .punctuation, start: index, end: index + length, traits: []))
            index += length
        }
        return result
    }

    /// True for the typographic apostrophe ’ (E2 80 99) at `index`.
    @inline(__always)
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    /// True when a word scalar starts at `index`.
    @inline(__always)
    private static func startsWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return byte < 0x80 ? isASCIIAlphanumeric(byte) : isWordScalar(ClauseUTF8.decode(bytes, at: index).scalar)
    }

    /// Reads the word starting at `start`, appends its token (or two, for a glued word), and
    /// returns where the word ends.
    ///
    /// A word of ASCII letters and digits (with inner "'", "-" or ’) is lower-cased into
    /// `scratch` and hashed in the same pass; any other word takes the general road.
    private func appendWord(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                            wordBytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>, to result: inout [ClauseToken]) -> Int {
        let count = bytes.count
        var end = start
        var length = 0
        var hash = ClauseVocabulary.seed
        var digits = true
        var plain = true
        var curly = false
        while end < count {
            // A run of ASCII letters and digits, lower-cased and hashed in a loop of few enough
            // locals to stay in registers: most words are nothing else.
            var run = end
            var runHash = hash
            var seen: UInt8 = 0
            let offset = length &- end
            while run < count {
                let lowered = wordBytes[Int(bytes[run])]
                guard lowered != 0 else { break }
                scratch[offset &+ run] = lowered
                runHash = ClauseVocabulary.hash(runHash, lowered)
                seen |= lowered
                run &+= 1
            }
            if run > end {
                length &+= run &- end
                hash = runHash
                // Lower-case letters have bit 6 set, digits do not.
                if seen & 0x40 != 0 { digits = false }
                end = run
                guard end < count else { break }
            }
            let byte = bytes[end]
            if byte < 0x80 {
                // An apostrophe or hyphen inside a word ("Canada's", "long-term") belongs to it.
                guard byte == 0x27 || byte == 0x2D, Self.startsWordScalar(bytes, at: end &+ 1) else { break }
                scratch[length] = byte
                length &+= 1
                hash = ClauseVocabulary.hash(hash, byte)
                digits = false
                end &+= 1
                continue
            }
            if Self.isCurlyApostrophe(bytes, at: end) {
                guard Self.startsWordScalar(bytes, at: end &+ 3) else { break }
                // ’ reads as a straight apostrophe.
                scratch[length] = 0x27
                length &+= 1
                hash = ClauseVocabulary.hash(hash, 0x27)
                digits = false
                curly = true
                end &+= 3
                continue
            }
            let (scalar, scalarLength) = ClauseUTF8.decode(bytes, at: end)
            if Self.isWordScalar(scalar) || (scalar == "‑" && Self.startsWordScalar(bytes, at: end &+ scalarLength)) {
                plain = false
                end &+= scalarLength
                continue
            }
            break
        }
        guard plain else {
            appendWord(text, start..<end, to: &result)
            return end
        }
        let lower = UnsafeBufferPointer(rebasing: scratch[0..<length])
        // A word glued to a modal after an actor's name comes apart ("Participantswill"). The
        // suffix is ASCII letters, so it takes as many bytes in the text as in `lower`.
        if let suffixLength = Self.glueSuffixLength(of: lower) {
            let headLength = length - suffixLength
            let head = String(decoding: UnsafeBufferPointer(rebasing: lower[0..<headLength]), as: UTF8.self)
            if actorHeads.contains(head) {
                let split = end - suffixLength
                result.append(plainToken(UnsafeBufferPointer(rebasing: lower[0..<headLength]), start..<split, firstByte: bytes[start], curly: curly))
                result.append(plainToken(UnsafeBufferPointer(rebasing: lower[headLength...]), split..<end, firstByte: bytes[split], curly: false))
                return end
            }
        }
        var traits: ClauseTraits = curly ? [] : [.ascii]
        var spelling = ""
        if length <= Self.longestListed {
            let entry = vocabulary.entryNumber(lower, hash: hash)
            if entry >= 0 {
                traits.formUnion(vocabulary.traits(ofEntry: entry))
                spelling = vocabulary.word(ofEntry: entry)
            }
        }
        traits.formUnion(Self.shapeTraits(lower, listed: traits, firstByte: bytes[start], digits: digits))
        result.append(ClauseToken(lower: spelling, kind: .word, start: start, end: end, traits: traits))
        return end
    }

    /// The token of the word at `range`, lower-cased as `lower` (ASCII), whose first byte as
    /// written is `firstByte`: its spelling and traits from the vocabulary, and its shape. A word
    /// written with ’ (`curly`) is read from the text by the general road when its spelling is asked.
    @inline(__always)
    private func plainToken(_ lower: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstByte: UInt8, curly: Bool) -> ClauseToken {
        var hash = ClauseVocabulary.seed
        var digits = true
        for byte in lower {
            hash = ClauseVocabulary.hash(hash, byte)
            digits = digits && byte >= 0x30 && byte <= 0x39
        }
        var traits: ClauseTraits = curly ? [] : [.ascii]
        var spelling = ""
        if lower.count <= Self.longestListed, let listed = vocabulary.lookUp(lower, hash: hash) {
            traits.formUnion(listed.traits)
            spelling = listed.word
        }
        traits.formUnion(Self.shapeTraits(lower, listed: traits, firstByte: firstByte, digits: digits))
        return ClauseToken(lower: spelling, kind: .word, start: range.lowerBound, end: range.upperBound, traits: traits)
    }

    /// Suffix, capital and digit traits of the lower-cased ASCII word `lower`, and whether it is
    /// an adverb (`listed` holds its lexicon traits).
    @inline(__always)
    private static func shapeTraits(_ lower: UnsafeBufferPointer<UInt8>, listed: ClauseTraits, firstByte: UInt8, digits: Bool) -> ClauseTraits {
        var traits: ClauseTraits = []
        let count = lower.count
        if listed.contains(ClauseVocabulary.listedAdverb) { traits.insert(.adverb) }
        if count > 0 {
            let z = lower[count - 1]
            let y: UInt8 = count >= 2 ? lower[count - 2] : 0
            // The suffixes end in different letters: the last one picks the only test to make.
            switch z {
            case 0x73: traits.insert(.endsS)
            case 0x64: if y == 0x65 { traits.insert(.endsEd) }
            case 0x67: if y == 0x6E && count >= 3 && lower[count - 3] == 0x69 { traits.insert(.endsIng) }
            case 0x79: if count > 4 && y == 0x6C && !listed.contains(ClauseVocabulary.lyVerb) { traits.insert(.adverb) }
            default: break
            }
            if digits { traits.insert(.number) }
        }
        if firstByte >= 0x41 && firstByte <= 0x5A { traits.insert(.capitalized) }
        return traits
    }

    /// Appends the word at `range` (UTF-8 offsets), split in two when it is an actor's name glued
    /// to a modal: the general road, for words with letters outside ASCII.
    @inline(never)
    private func appendWord(_ text: String, _ offsets: Range<Int>, to result: inout [ClauseToken]) {
        let range = ClauseToken.index(text, offsets.lowerBound)..<ClauseToken.index(text, offsets.upperBound)
        let word = String(text[range])
        let lower = Self.normalize(word)
        let lowerCount = lower.count
        for suffix in Self.glueSuffixes where lowerCount > suffix.count + 2 && lower.hasSuffix(suffix) {
            let head = String(lower.dropLast(suffix.count))
            guard actorHeads.contains(head) else { continue }
            let split = text.index(range.upperBound, offsetBy: -suffix.count)
            let splitOffset = text.utf8.distance(from: text.utf8.startIndex, to: split)
            result.append(generalToken(String(text[range.lowerBound..<split]), lower: head, offsets.lowerBound..<splitOffset))
            result.append(generalToken(String(text[split..<range.upperBound]), lower: suffix, splitOffset..<offsets.upperBound))
            return
        }
        result.append(generalToken(word, lower: lower, offsets))
    }

    /// The token of a word as written (`word`) and lower-cased (`lower`) at `offsets`, from
    /// `String` tests.
    private func generalToken(_ word: String, lower: String, _ offsets: Range<Int>) -> ClauseToken {
        var traits: ClauseTraits = []
        var spelling = ""
        if let listed = vocabulary.lookUp(lower) {
            traits = listed.traits
            spelling = listed.word
        }
        if lower.hasSuffix("s") { traits.insert(.endsS) }
        if lower.hasSuffix("ed") { traits.insert(.endsEd) }
        if lower.hasSuffix("ing") { traits.insert(.endsIng) }
        if traits.contains(ClauseVocabulary.listedAdverb)
            || (lower.count > 4 && lower.hasSuffix("ly") && !traits.contains(ClauseVocabulary.lyVerb)) {
            traits.insert(.adverb)
        }
        if word.first?.isUppercase ?? false { traits.insert(.capitalized) }
        if !word.isEmpty && word.allSatisfy(\.isNumber) { traits.insert(.number) }
        return ClauseToken(lower: spelling, kind: .word, start: offsets.lowerBound, end: offsets.upperBound, traits: traits)
    }

    /// The length of the glue suffix `lower` ends with, when it is long enough to hold an actor's
    /// name before it. No word ends with two of the suffixes, so the last byte picks the ones to try.
    @inline(__always)
    private static func glueSuffixLength(of lower: UnsafeBufferPointer<UInt8>) -> Int? {
        guard lower.count > 4, let last = lower.last else { return nil }
        let first: Int
        let second: Int
        switch last {
        case 0x73: (first, second) = (0, 1)  // intends, commits
        case 0x64: (first, second) = (2, 2)  // intend
        case 0x74: (first, second) = (3, 6)  // commit, must
        case 0x6C: (first, second) = (4, 5)  // shall, will
        case 0x79: (first, second) = (7, 7)  // may
        case 0x6E: (first, second) = (8, 8)  // can
        case 0x6F: (first, second) = (9, 9)  // to
        default: return nil
        }
        let suffixes = glueSuffixBytes
        if lower.count > suffixes[first].count + 2 && hasSuffix(lower, suffixes[first]) { return suffixes[first].count }
        if lower.count > suffixes[second].count + 2 && hasSuffix(lower, suffixes[second]) { return suffixes[second].count }
        return nil
    }

    @inline(__always)
    private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        let offset = bytes.count - suffix.count
        for position in 0..<suffix.count where bytes[offset + position] != suffix[position] { return false }
        return true
    }


    /// Lower-cases a word and straightens its apostrophes.
    static func normalize(_ word: String) -> String {
        // Most words are lower-case ASCII already: no need to build a new string.
        if word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D || $0 == 0x27 }) { return word }
        let lower = word.lowercased()
        guard lower.utf8.contains(0xE2) else { return lower }
        return String(lower.map { $0 == "’" ? "'" : $0 })
    }

    /// Spaces, tabs and line breaks: the ASCII scalars with the Unicode whitespace property.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Letters, digits and the marks that combine with them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return ClauseUnicode.isWordScalar(scalar)
    }

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "“" || scalar == "”" || scalar == "‘" || scalar == "«" || scalar == "»"
    }

    static func isQuote(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(isQuote) == true
    }
}

/// Unicode properties of scalars outside ASCII, each behind a call of its own: the property
/// types are resilient, and a function that touches them pays for looking up their metadata on
/// every call, which made the tokenizer's loops several times slower when they were inlined there.
enum ClauseUnicode {
    @inline(never)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    @inline(never)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    @inline(never)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    /// Letters, digits and the marks that combine with them.
    @inline(never)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// A number (any numeric type) or a currency sign: what may start money.
    @inline(never)
    static func isNumberOrCurrency(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil || scalar.properties.generalCategory == .currencySymbol
    }
}

/// Decoding Unicode scalars from a string's UTF-8 bytes, which are valid by construction.
enum ClauseUTF8 {
    /// The scalar starting at `index` and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        length = min(length, bytes.count - index)
        for offset in 1..<max(1, length) {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar ending right before `index` and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(bytes, at: start).scalar, index - start)
    }
}
