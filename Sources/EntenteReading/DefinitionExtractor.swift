import EntenteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the terms a text defines for itself:
/// - a quoted alias in parentheses after what it names: `Joint Declaration … (the “G7 Joint Declaration”)`,
///   `United Nations Charter (“UN Charter”)`; the meaning is the capitalised phrase before it that
///   best shares the alias's words or initials;
/// - an acronym in parentheses after its expansion: `North Atlantic Treaty Organization (NATO)`,
///   accepted when the initials of the words before it spell it, or, when they do not
///   (`Group of Seven (G7)`, `… Accountability and Resilience Project (PSTAR)`), when a capitalised
///   name stands right before the parenthesis and begins with the acronym's first letter;
/// - a definition sentence: `“forced labour” means …`.
enum DefinitionExtractor {
    /// Paragraphs longer than this are read only up to it: definitions sit in ordinary sentences, and
    /// the bound keeps memory flat on pathological inputs.
    static let maximumParagraph = 20_000

    static func definitions(in provisions: [Provision], lines: [Substring]) -> [Definition] {
        var found: [Definition] = []
        var seen = SortedStrings()
        for provision in provisions {
            // A definition needs a parenthesis or a quotation mark: most provisions have neither.
            let marked = provision.text.utf8.withContiguousStorageIfAvailable { bytes in
                guard let base = bytes.baseAddress else { return false }
                return memchr(base, 0x28, bytes.count) != nil || memchr(base, 0xE2, bytes.count) != nil
                    || memchr(base, 0x22, bytes.count) != nil
            } ?? provision.text.utf8.contains { $0 == 0x28 || $0 == 0xE2 || $0 == 0x22 }
            guard marked else { continue }
            for paragraph in paragraphs(of: provision.text) where mayDefine(paragraph) {
                for (term, meaning) in definitions(inParagraph: paragraph) {
                    guard seen.insert(term.lowercased()) else { continue }
                    let line = sourceLine(of: term, in: provision, lines: lines)
                    found.append(Definition(term: term, meaning: meaning, provision: provision.path, line: line))
                }
            }
        }
        return found
    }

    /// The non-empty paragraphs (lines) of a provision's text, as `split(separator: "\n")` gives
    /// them: a line feed is always a Character of its own, so splitting on its byte is the same,
    /// without segmenting the whole text into Characters.
    static func paragraphs(of text: String) -> [Substring] {
        var paragraphs: [Substring] = []
        let utf8 = text.utf8
        let origin = utf8.startIndex
        let found: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if offset > start {
                    paragraphs.append(text[utf8.index(origin, offsetBy: start)..<utf8.index(origin, offsetBy: offset)])
                }
                start = offset + 1
            }
            if start < bytes.count { paragraphs.append(text[utf8.index(origin, offsetBy: start)...]) }
        }
        if found == nil { return text.split(separator: "\n") }
        return paragraphs
    }

    /// The terms one paragraph defines: read on its Unicode scalars when each of them is a
    /// Character of its own (nearly always), otherwise on its Characters; both give the same terms.
    static func definitions(inParagraph paragraph: Substring) -> [(String, String)] {
        let readsMeans = mayDefineByVerb(paragraph)
        if let scalars = ownCharacterScalars(of: paragraph, limit: maximumParagraph) {
            return definitions(in: scalars, readsMeans: readsMeans)
        }
        return definitions(in: Array(paragraph.prefix(maximumParagraph)), readsMeans: readsMeans)
    }

    /// The first `limit` scalars of `paragraph` when every scalar of it is a Character of its own
    /// (`isOwnCharacter`), else nil. Decoded from the UTF-8 bytes in one pass.
    static func ownCharacterScalars(of paragraph: Substring, limit: Int) -> [Unicode.Scalar]? {
        let decoded: [Unicode.Scalar]?? = paragraph.utf8.withContiguousStorageIfAvailable { bytes in
            // Written straight into the array (a scalar takes a byte at least, so `kept` bounds
            // their number), ASCII without decoding: no per-scalar append and capacity check.
            let kept = min(bytes.count, limit)
            var own = true
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: kept) { buffer, initialized in
                var count = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let scalar: Unicode.Scalar
                    if byte < 0x80 {
                        // `isOwnCharacter` on ASCII: all but CR.
                        guard byte != 0x0D else { own = false; break }
                        scalar = Unicode.Scalar(byte)
                        index += 1
                    } else {
                        let (decoded, length) = StructureScanning.decode(bytes, at: index)
                        guard isOwnCharacter(decoded) else { own = false; break }
                        scalar = decoded
                        index += length
                    }
                    if count < kept {
                        buffer[count] = scalar
                        count += 1
                    }
                }
                initialized = count
            }
            return own ? scalars : nil
        }
        if let decoded { return decoded }
        guard paragraph.unicodeScalars.allSatisfy(isOwnCharacter) else { return nil }
        return Array(paragraph.unicodeScalars.prefix(limit))
    }

    /// True for scalars that always form a Character alone, whatever surrounds them: their
    /// grapheme break property is Other, Control or LF (Unicode UAX #29), so no rule joins them
    /// to a neighbour. A conservative list of blocks: Latin, Greek, Cyrillic, punctuation,
    /// currency and letter-like symbols, without CR (which pairs with LF), combining marks,
    /// joiners, Hangul or regional indicators.
    @inline(__always)
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value != 0x0D }
        switch value {
        case 0x0370...0x0482, 0x048A...0x052F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF,
             0x2100...0x214F, 0xFEFF, 0xFFFD:
            return true
        default:
            return false
        }
    }

    /// A byte-level sieve run before the Character-level reading (which is slow): true when the
    /// paragraph has a parenthesis holding a quote or a capital and no space ("(NATO)", "(“UN
    /// Charter”)"), or a quote with a defining verb ("“vessel” means"). "(24)", "(i)" and
    /// "(2023-2027)" do not pass; most paragraphs of a large text hold neither.
    static func mayDefine(_ paragraph: Substring) -> Bool {
        if let answer = paragraph.utf8.withContiguousStorageIfAvailable({ mayDefine(bytes: $0) }) { return answer }
        return Array(paragraph.utf8).withUnsafeBufferPointer { mayDefine(bytes: $0) }
    }

    /// Verbs of definition sentences, as `meansDefinitions` looks for them (lower-cased).
    private static let definitionVerbStarts = PhraseSet([" mean", " refer"])

    /// False when `paragraph` cannot hold a definition sentence (`“term” means …`): it has no
    /// opening double quote (", “, „ or «, whose UTF-8 starts with 22, E2 or C2) or no " mean" or
    /// " refer" in any case. Checked on bytes, so that most paragraphs skip the Character-level scan.
    static func mayDefineByVerb(_ paragraph: Substring) -> Bool {
        let quoted = paragraph.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x22, bytes.count) != nil || memchr(base, 0xE2, bytes.count) != nil
                || memchr(base, 0xC2, bytes.count) != nil
        } ?? paragraph.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 })
        return quoted && definitionVerbStarts.containsAny(in: paragraph, limit: Int.max)
    }

    /// True when one of `definingVerbs` occurs in `bytes`. They all start with " mea" or " ref":
    /// one pass compares the four bytes at each position with those two words.
    private static func hasDefiningVerb(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return false }
        let raw = UnsafeRawPointer(base)
        let mean = UInt32(littleEndian: 0x6165_6D20)  // " mea"
        let refer = UInt32(littleEndian: 0x6665_7220)  // " ref"
        var found = false
        // Only a space can start one: the four bytes are compared where there is one.
        StructureScanning.forEachPosition(of: 0x20, in: bytes) { start in
            guard start + 4 <= bytes.count else { return false }
            let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self))
            guard word == mean || word == refer else { return true }
            for verb in definingVerbs where start + verb.count <= bytes.count {
                var offset = 0
                while offset < verb.count, bytes[start + offset] == verb[offset] { offset += 1 }
                if offset == verb.count { found = true; return false }
            }
            return true
        }
        return found
    }

    private static let definingVerbs: [[UInt8]] = [" means ", " mean ", " refers to ", " refer to "].map { Array($0.utf8) }

    private static func mayDefine(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = min(bytes.count, maximumParagraph * 4)
        // Each parenthesis, found with memchr: its content (up to 120 bytes or the closing one).
        var start = 0
        while start < count, let found = memchr(base + start, 0x28, count - start) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var probe = index + 1
            var capital = false
            var space = false
            var quote = false
            while probe < count, probe - index <= 120, bytes[probe] != 0x29 {
                let inner = bytes[probe]
                if inner >= 0x41 && inner <= 0x5A { capital = true }
                if inner == 0x20 { space = true }
                if inner == 0x22 || inner == 0xE2 || inner == 0xC2 { quote = true }
                probe += 1
            }
            if quote || (capital && !space) { return true }
            start = index + 1
        }
        // Otherwise a quotation mark and a defining verb, anywhere in the first `count` bytes.
        let hasQuote = memchr(base, 0x22, count) != nil || memchr(base, 0xE2, count) != nil || memchr(base, 0xC2, count) != nil
        guard hasQuote else { return false }
        return hasDefiningVerb(UnsafeBufferPointer(start: base, count: count))
    }

    /// The first line of the provision that mentions `term`, else the provision's first line.
    private static func sourceLine(of term: String, in provision: Provision, lines: [Substring]) -> Int {
        let last = min(provision.endLine, lines.count)
        guard provision.line >= 1, provision.line <= last else { return provision.line }
        for number in provision.line...last where mentions(lines[number - 1], term) { return number }
        return provision.line
    }

    /// `line.contains(term)` with Character equality (canonical equivalence), false for an empty
    /// term (as Foundation answered it), mostly decided on the bytes (`TextScanning.firstRange`).
    private static func mentions(_ line: Substring, _ term: String) -> Bool {
        TextScanning.contains(term, in: line)
    }

    /// The terms `characters` define (Characters, or scalars that are each a Character: see
    /// `TextUnit`). `readsMeans: false` skips the definition sentences, for a paragraph the byte
    /// sieve `mayDefineByVerb` rules out.
    static func definitions<Unit: TextUnit>(in characters: [Unit], readsMeans: Bool = true) -> [(String, String)] {
        var result: [(String, String)] = []
        for index in characters.indices where characters[index].equalsASCII(0x28) {
            guard let close = characters[index...].prefix(120).firstIndex(where: { $0.equalsASCII(0x29) }) else { continue }
            let content = Unit.string(characters[(index + 1)..<close])
            // The words before the parenthesis are read only when its content names a term.
            if let quoted = firstQuoted(in: Substring(content)) {
                let term = cleanTerm(quoted.phrase)
                if !term.isEmpty, let meaning = bestPhrase(words(before: index, in: characters), for: term) {
                    result.append((term, meaning))
                }
            } else if isAcronym(content) {
                // `expansion` reads the last 16 words, `capitalisedName` the last 12.
                let before = words(before: index, in: characters, limit: 16)
                if let meaning = expansion(of: content, words: before) ?? capitalisedName(before: before, for: content) {
                    result.append((content, meaning))
                }
            }
        }
        if readsMeans { result += meansDefinitions(characters) }
        return result
    }

    // MARK: Quoted terms

    struct Quoted {
        var phrase: String
        var openIndex: Substring.Index
    }

    /// The one or two marks that close a quotation.
    struct QuoteClosers {
        var first: Character
        var second: Character?

        @inline(__always)
        func contains(_ character: Character) -> Bool { character == first || character == second }
    }

    /// The closing marks of a quote that `character` opens: “…” or “…", ‘…’, "…" or "…”, «…»,
    /// ’…’, '…', and with `lowOpening` „…“ or „…”. A switch rather than a table built at
    /// start-up; most characters are rejected on their first UTF-8 byte (every opening mark starts
    /// with 22, 27, C2 or E2).
    @inline(__always)
    static func closers(for character: Character, lowOpening: Bool = true) -> QuoteClosers? {
        guard let lead = character.utf8.first, lead == 0x22 || lead == 0x27 || lead == 0xC2 || lead == 0xE2 else { return nil }
        switch character {
        case "“": return QuoteClosers(first: "”", second: "\"")
        case "‘": return QuoteClosers(first: "’")
        case "\"": return QuoteClosers(first: "\"", second: "”")
        case "«": return QuoteClosers(first: "»")
        case "’": return QuoteClosers(first: "’")
        case "„": return lowOpening ? QuoteClosers(first: "“", second: "”") : nil
        case "'": return QuoteClosers(first: "'")
        default: return nil
        }
    }

    /// The first quoted phrase (at most 80 characters) in `text`. A `’` or `'` opens a quote only
    /// after a space or a parenthesis, so that apostrophes do not.
    static func firstQuoted(in text: Substring) -> Quoted? {
        // Every opening mark's UTF-8 starts with 22, 27, C2 or E2: without one there is no quote.
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0xC2 || $0 == 0xE2 }) else { return nil }
        var index = text.startIndex
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            if let closers = closers(for: character), (character != "’" && character != "'") || previous == " " || previous == "(" {
                let start = text.index(after: index)
                var end = start
                var length = 0
                while end < text.endIndex, !closers.contains(text[end]), length < 80 {
                    end = text.index(after: end)
                    length += 1
                }
                if end < text.endIndex, closers.contains(text[end]), end > start {
                    return Quoted(phrase: String(text[start..<end]), openIndex: index)
                }
            }
            previous = character
            index = text.index(after: index)
        }
        return nil
    }

    private static func cleanTerm(_ phrase: String) -> String {
        var term = phrase.trimmingSuffix { ",;:. ".contains($0) }
        for article in ["the ", "The ", "a ", "an "] where term.hasPrefix(article) { term = term.dropFirst(article.count) }
        return String(term)
    }

    /// `“term” means …`, `“term” shall mean …`.
    private static func meansDefinitions<Unit: TextUnit>(_ characters: [Unit]) -> [(String, String)] {
        var result: [(String, String)] = []
        var index = 0
        while index < characters.count {
            guard characters[index].mayOpenQuote, let closers = closers(for: characters[index].character),
                  characters[index].character != "’", characters[index].character != "'"
            else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, !closers.contains(characters[end].character), end - index < 80 { end += 1 }
            guard end < characters.count, closers.contains(characters[end].character) else { index += 1; continue }
            let after = Unit.string(characters[(end + 1)..<min(characters.count, end + 16)]).lowercased()
            for verb in [" means ", " shall mean ", " refers to ", " shall refer to "] where after.hasPrefix(verb) {
                let start = end + 1 + verb.count
                var stop = start
                while stop < characters.count, !characters[stop].equalsASCII(0x3B), stop - start < 240 {
                    if characters[stop].equalsASCII(0x2E), stop + 1 >= characters.count || characters[stop + 1].equalsASCII(0x20) { break }
                    stop += 1
                }
                let term = cleanTerm(Unit.string(characters[(index + 1)..<end]))
                let meaning = Unit.string(characters[min(start, stop)..<stop])
                if !term.isEmpty, !meaning.isEmpty { result.append((term, meaning)) }
            }
            index = end + 1
        }
        return result
    }

    // MARK: Phrases before a parenthesis

    /// Small words that may join the words of a name. A switch: a set would be built and hashed
    /// at start-up for a handful of comparisons per text.
    private static func isConnector(_ word: String) -> Bool {
        switch word {
        case "of", "for", "the", "and", "on", "in", "de", "du", "des", "to": return true
        default: return false
        }
    }

    /// Up to `limit` words before `index`, within the same sentence.
    static func words<Unit: TextUnit>(before index: Int, in characters: [Unit], limit: Int = 60) -> [String] {
        var start = index
        var count = 0
        while start > 0, count < 400 {
            let previous = characters[start - 1]
            if previous.equalsASCII(0x3B) { break }
            if previous.equalsASCII(0x2E), start < characters.count, characters[start].equalsASCII(0x20), start >= 2,
               characters[start - 2].isLowercase { break }
            start -= 1
            count += 1
        }
        // The last `limit` words of `String(characters[start..<index]).split(separator: " ")`, read
        // backwards from the array: the text between two Character boundaries segments into the
        // same Characters, so splitting the array gives the same words without building the String.
        var words: [String] = []
        // Sized for the text's words at once: grown word by word, the array was copied over and over.
        words.reserveCapacity(min(limit, count / 2 + 1))
        var end = index
        var position = index
        while position > start, words.count < limit {
            position -= 1
            guard characters[position].equalsASCII(0x20) else { continue }
            if end > position + 1 { words.append(Unit.string(characters[(position + 1)..<end])) }
            end = position
        }
        if words.count < limit, end > start { words.append(Unit.string(characters[start..<end])) }
        words.reverse()
        return words
    }

    /// `words.joined(separator: " ")`, appended word by word: the generic `joined` on a slice is
    /// instantiated at its first use, which costs more than all of a short text's definitions.
    static func spaced(_ words: ArraySlice<String>) -> String {
        var text = ""
        var first = true
        for word in words {
            if !first { text += " " }
            text += word
            first = false
        }
        return text
    }

    /// `,`, `;` or `:` after a word. Compared one by one: `",;:".contains` segments the string
    /// into Characters for every test.
    private static func isListPunctuation(_ character: Character) -> Bool {
        character == "," || character == ";" || character == ":"
    }

    /// `body` on the word's UTF-8 when the word is ASCII without CR, so that each byte is a
    /// Character of its own and the Character tests below answer as the byte tests; else nil.
    private static func withASCII<Result>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        word.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 >= 0x80 || $0 == 0x0D } ? nil : body(bytes)
        } ?? nil
    }

    /// `character == "-" || character == "–"` without the general Character comparison: neither
    /// has a canonical equivalent, so a Character equals one only when it is that scalar alone.
    @inline(__always)
    private static func isHyphenOrDash(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return first == "-" || first == "–"
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// The word's letters, digits and hyphens, lower-cased when `lowercased`. An ASCII word is
    /// done in one pass on its bytes, into one String (lower-casing ASCII maps A–Z and leaves
    /// every other byte).
    private static func bare(_ word: String, lowercased: Bool = false) -> String {
        let ascii = withASCII(word) { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes where isASCIIAlphanumeric(byte) || byte == 0x2D {
                    buffer[count] = lowercased && byte &- 0x41 < 26 ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
        if let ascii { return ascii }
        let kept = String(word.filter { isLetter($0) || isNumber($0) || $0 == "-" })
        return lowercased ? kept.lowercased() : kept
    }

    private static func isCapitalised(_ word: String) -> Bool {
        if let ascii = withASCII(word, { bytes in
            bytes.first(where: isASCIIAlphanumeric).map { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 } ?? false
        }) {
            return ascii
        }
        guard let first = word.first(where: { isLetter($0) || isNumber($0) }) else { return false }
        return isUppercase(first) || isNumber(first)
    }

    /// The capitalised phrase (or a tail of one) in `words` that best matches `term`.
    static func bestPhrase(_ words: [String], for term: String) -> String? {
        let termWords = term.split(separator: " ").map { bare(String($0)) }.filter { !$0.isEmpty }
        // A term has a few words: searched in turn, they cost less than a set's hashing.
        let significant = termWords.map { $0.lowercased() }.filter { !isConnector($0) }
        // The acronyms' letters, lower-cased.
        let acronyms = termWords.filter { $0.count >= 2 && $0.allSatisfy(isUppercase) }.map { Array($0.lowercased()) }
        // Per word, computed once rather than per candidate phrase: whether it is capitalised,
        // whether its bare form (lower-cased) is significant, and its initial.
        let capitalised = words.map(isCapitalised)
        let lowerBare = words.map { bare($0, lowercased: true) }
        let isSignificant = lowerBare.map { significant.contains($0) }
        let initials = lowerBare.map { $0.first }
        // The best candidate's words; its phrase is built once, at the end.
        var best: (score: Int, start: Int, end: Int)?
        var index = 0
        while index < words.count {
            guard capitalised[index] else { index += 1; continue }
            // Grow a phrase: capitalised words, and connectors between capitalised words.
            var end = index
            var probe = index + 1
            while probe < words.count {
                if words[probe - 1].last == "," || words[probe - 1].last == ";" { break }
                if capitalised[probe] { end = probe; probe += 1; continue }
                if isConnector(words[probe].lowercased()) { probe += 1; continue }
                break
            }
            for start in index...end where capitalised[start] {
                var matches = 0
                for word in start...end where isSignificant[word] { matches += 1 }
                var covered = matches
                var acronymBonus = 0
                for letters in acronyms where acronymBonus == 0 {
                    if let span = initialsSpan(letters, in: initials[start...end]) { acronymBonus = 5; covered += span }
                }
                guard matches + acronymBonus > 0 else { continue }
                let score = matches * 10 + acronymBonus - (end - start + 1 - covered)
                guard best == nil || score >= (best?.score ?? 0) else { continue }
                best = (score, start, end)
            }
            index = end + 1
        }
        guard let best, best.score > 0 else { return nil }
        return spaced(words[best.start...best.end].map { String($0.trimmingSuffix(while: isListPunctuation)) }[...])
    }

    /// How many consecutive words have an acronym's `letters` (lower-cased) as initials, if any
    /// do; `initials` are the words' lower-cased first characters (nil for a word that is empty
    /// once bare, which spells nothing).
    private static func initialsSpan(_ letters: [Character], in initials: ArraySlice<Character?>) -> Int? {
        guard letters.count <= initials.count else { return nil }
        for start in initials.startIndex...(initials.endIndex - letters.count)
        where initials[start..<(start + letters.count)].elementsEqual(letters, by: { $0 == $1 }) {
            return letters.count
        }
        return nil
    }

    // MARK: Character tests

    // `Character.isLetter` and its kin read Unicode property tables even for ASCII, which most
    // characters are; these answer ASCII at once and ask the property otherwise. The other
    // passes that test Characters (signatures, parties clauses) use them too. For an ASCII
    // Character (`asciiValue`, which is also set for CR LF, as LF) the properties hold exactly for
    // A–Z, a–z and 0–9.

    static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return (ascii | 0x20) &- 0x61 < 26 }
        return character.isLetter
    }

    static func isNumber(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii &- 0x30 < 10 }
        return character.isNumber
    }

    static func isUppercase(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii &- 0x41 < 26 }
        return character.isUppercase
    }

    // MARK: Acronyms

    /// `NATO`, `R&D`, `SAG-U`, `GSOIA`, `G7`: two to ten characters, no spaces, at least two
    /// capitals or a capital and a digit.
    static func isAcronym(_ content: String) -> Bool {
        // On an ASCII content's bytes (each a Character, `withASCII`), in one pass: the same tests.
        if let ascii = withASCII(content, { bytes -> Bool in
            guard bytes.count >= 2, bytes.count <= 10 else { return false }
            var capitals = 0
            var digit = false
            for byte in bytes {
                if byte &- 0x41 < 26 {
                    capitals += 1
                } else if byte &- 0x30 < 10 {
                    digit = true
                } else if byte &- 0x61 >= 26, byte != 0x26, byte != 0x2D, byte != 0x2E, byte != 0x2F {
                    // Neither a letter, a digit nor one of "&-./" (a space included).
                    return false
                }
            }
            return capitals >= 2 || (capitals == 1 && bytes[0] &- 0x41 < 26 && digit)
        }) {
            return ascii
        }
        guard content.count >= 2, content.count <= 10, !content.contains(" " as Character) else { return false }
        guard content.allSatisfy({ isLetter($0) || isNumber($0) || "&-./".contains($0) }) else { return false }
        let capitals = content.filter(isUppercase).count
        return capitals >= 2 || (capitals == 1 && content.first.map(isUppercase) == true && content.contains(where: isNumber))
    }

    /// The capitalised name that ends right before the parenthesis, from its longest tail that
    /// starts with the acronym's first letter: "the Leaders of the Group of Seven (G7)" → "Group of
    /// Seven". At least two words, so that one capitalised word is not taken for a name.
    static func capitalisedName(before words: [String], for acronym: String) -> String? {
        guard let initial = acronym.first?.lowercased(), let last = words.last, isCapitalised(last),
              !last.contains(where: { ",;:.".contains($0) })
        else { return nil }
        var start = words.count - 1
        var probe = words.count - 2
        // Grow left over capitalised words and connectors; a comma or semicolon ends the name.
        while probe >= 0, words.count - probe <= 12 {
            let word = words[probe]
            if word.last == "," || word.last == ";" || word.last == ":" { break }
            if isCapitalised(word) { start = probe } else if !isConnector(word.lowercased()) { break }
            probe -= 1
        }
        for candidate in start..<(words.count - 1) where isCapitalised(words[candidate]) {
            guard words[candidate].first(where: isLetter)?.lowercased() == initial else { continue }
            return spaced(words[candidate...])
        }
        return nil
    }

    /// Words an acronym's spelling may skip: the connectors, and "la", "le", "&".
    private static func isSkippable(_ word: String) -> Bool {
        switch word {
        case "la", "le", "&": return true
        default: return isConnector(word)
        }
    }

    /// The words before the parenthesis whose initials spell `acronym` (connectors may be skipped).
    static func expansion(of acronym: String, words: [String]) -> String? {
        // ASCII words (nearly all) are tested on their bytes, where `isUppercase` and `isLetter`
        // answer as on the Characters (`withASCII`); others go through Characters.
        let letters = withASCII(acronym) { bytes in
            bytes.compactMap { $0 &- 0x41 < 26 ? Character(Unicode.Scalar($0 | 0x20)) : nil }
        } ?? Array(acronym.filter(isUppercase).lowercased())
        let tokens = words.suffix(16).filter { word in
            withASCII(word) { bytes in bytes.contains { ($0 | 0x20) &- 0x61 < 26 } } ?? word.contains(where: isLetter)
        }
        guard letters.count >= 2, !tokens.isEmpty else { return nil }
        // States known to fail, by letters matched and tokens left (a flat table, not a set).
        var failed = [Bool](repeating: false, count: (letters.count + 1) * (tokens.count + 1))
        // The initials of a token's hyphenated parts, worked out the first time the search reaches
        // the token (it reaches few of them) and kept for the next times.
        var initialsOf = [[Character]?](repeating: nil, count: tokens.count)
        func initials(_ token: Int) -> [Character] {
            if let known = initialsOf[token] { return known }
            // The first letter of each part between hyphens or dashes, lower-cased, in one pass:
            // on the bytes of an ASCII token, where a dash can only be "-".
            if let ascii = withASCII(tokens[token], { bytes -> [Character] in
                var found: [Character] = []
                var seeking = true
                for byte in bytes {
                    if byte == 0x2D {
                        seeking = true
                    } else if seeking, (byte | 0x20) &- 0x61 < 26 {
                        found.append(Character(Unicode.Scalar(byte | 0x20)))
                        seeking = false
                    }
                }
                return found
            }) {
                initialsOf[token] = ascii
                return ascii
            }
            var found: [Character] = []
            var seeking = true
            for character in tokens[token] {
                if isHyphenOrDash(character) {
                    seeking = true
                } else if seeking, isLetter(character) {
                    found.append(character.lowercased().first ?? character)
                    seeking = false
                }
            }
            initialsOf[token] = found
            return found
        }
        // Whether a token is a connector the spelling may skip, likewise worked out once.
        var skippableOf = [Bool?](repeating: nil, count: tokens.count)
        func skippableToken(_ token: Int) -> Bool {
            if let known = skippableOf[token] { return known }
            let found = isSkippable(bare(tokens[token], lowercased: true))
            skippableOf[token] = found
            return found
        }
        // match(l, w): letters[0..<l] spelled by tokens[s..<w] for some s; returns s.
        func match(_ l: Int, _ w: Int) -> Int? {
            if l == 0 { return w }
            if w == 0 || failed[l * (tokens.count + 1) + w] { return nil }
            let initials = initials(w - 1)
            if !initials.isEmpty, initials.count <= l, letters[(l - initials.count)..<l].elementsEqual(initials),
               let start = match(l - initials.count, w - 1) { return start }
            if initials.count > 1, let first = initials.first, letters[l - 1] == first, let start = match(l - 1, w - 1) {
                return start
            }
            if l < letters.count, skippableToken(w - 1), let start = match(l, w - 1) {
                return start
            }
            failed[l * (tokens.count + 1) + w] = true
            return nil
        }
        guard letters.count < 64, let start = match(letters.count, tokens.count) else { return nil }
        let phrase = tokens[start...].map { String($0.trimmingSuffix(while: isListPunctuation)) }
        guard let first = phrase.first, !isSkippable(first.lowercased()) else { return nil }
        return spaced(phrase[...])
    }
}

/// What the definition reader walks a paragraph by: Characters, or Unicode scalars when each
/// scalar of the paragraph is a Character of its own (`DefinitionExtractor.isOwnCharacter`), which
/// are much cheaper to make and compare and give the same answers.
protocol TextUnit: Equatable {
    /// `self == Character(ascii)`, with Character equality (canonical equivalence).
    func equalsASCII(_ ascii: UInt8) -> Bool
    /// `Character.isLowercase`.
    var isLowercase: Bool { get }
    /// False when the unit surely opens no quotation (a cheap test before `character`).
    var mayOpenQuote: Bool { get }
    var character: Character { get }
    /// The text of consecutive units.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: TextUnit {
    @inline(__always)
    func equalsASCII(_ ascii: UInt8) -> Bool { self == Character(Unicode.Scalar(ascii)) }

    var mayOpenQuote: Bool {
        // Every opening mark's UTF-8 starts with 22 ("), 27 ('), C2 («) or E2 (“ ‘ ’ „).
        guard let lead = utf8.first else { return false }
        return lead == 0x22 || lead == 0x27 || lead == 0xC2 || lead == 0xE2
    }

    var character: Character { self }

    /// Appended one by one: `String(units)` goes through the generic sequence initialiser, whose
    /// first use alone costs more than a short text's definitions.
    static func string(_ units: ArraySlice<Character>) -> String {
        var text = ""
        for character in units { text.append(character) }
        return text
    }
}

extension Unicode.Scalar: TextUnit {
    /// A lone scalar equals an ASCII Character when it is that character, or one of the three
    /// scalars canonically equivalent to an ASCII one (U+037E ;, U+1FEF `, U+212A K).
    @inline(__always)
    func equalsASCII(_ ascii: UInt8) -> Bool {
        let value = self.value
        if value < 0x80 { return value == UInt32(ascii) }
        switch value {
        case 0x037E: return ascii == 0x3B
        case 0x1FEF: return ascii == 0x60
        case 0x212A: return ascii == 0x4B
        default: return false
        }
    }

    var isLowercase: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return Character(self).isLowercase
    }

    var mayOpenQuote: Bool {
        switch value {
        case 0x22, 0x27, 0xAB, 0x2018, 0x2019, 0x201C, 0x201E: return true
        default: return false
        }
    }

    var character: Character { Character(self) }

    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        // Encoded straight into the String's storage: appending scalars one by one is far slower.
        let length = units.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for scalar in units {
                UTF8.encode(scalar) { byte in
                    buffer[offset] = byte
                    offset += 1
                }
            }
            return offset
        }
    }
}
