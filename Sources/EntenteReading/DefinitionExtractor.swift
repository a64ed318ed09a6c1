import EntenteModel

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
        var seen = Set<String>()
        for provision in provisions {
            guard provision.text.utf8.contains(where: { $0 == 0x28 || $0 == 0xE2 || $0 == 0x22 }) else { continue }
            for paragraph in provision.text.split(separator: "\n") where mayDefine(paragraph) {
                let characters = Array(paragraph.prefix(maximumParagraph))
                for (term, meaning) in definitions(in: characters) where !seen.contains(term.lowercased()) {
                    seen.insert(term.lowercased())
                    let line = sourceLine(of: term, in: provision, lines: lines)
                    found.append(Definition(term: term, meaning: meaning, provision: provision.path, line: line))
                }
            }
        }
        return found
    }

    /// A byte-level sieve run before the Character-level reading (which is slow): true when the
    /// paragraph has a parenthesis holding a quote or a capital and no space ("(NATO)", "(“UN
    /// Charter”)"), or a quote with a defining verb ("“vessel” means"). "(24)", "(i)" and
    /// "(2023-2027)" do not pass; most paragraphs of a large text hold neither.
    static func mayDefine(_ paragraph: Substring) -> Bool {
        if let answer = paragraph.utf8.withContiguousStorageIfAvailable({ mayDefine(bytes: $0) }) { return answer }
        return Array(paragraph.utf8).withUnsafeBufferPointer { mayDefine(bytes: $0) }
    }

    private static let definingVerbs: [[UInt8]] = [" means ", " mean ", " refers to ", " refer to "].map { Array($0.utf8) }

    private static func mayDefine(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = min(bytes.count, maximumParagraph * 4)
        var hasQuote = false
        var hasVerb = false
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0xE2 || byte == 0xC2 { hasQuote = true }
            if byte == 0x20, !hasVerb, index + 1 < count, bytes[index + 1] == 0x6D || bytes[index + 1] == 0x72 {
                hasVerb = definingVerbs.contains { verb in
                    index + verb.count <= count && (0..<verb.count).allSatisfy { bytes[index + $0] == verb[$0] }
                }
            }
            if byte == 0x28 {
                // Look inside the parenthesis, up to 120 bytes.
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
            }
            index += 1
        }
        return hasQuote && hasVerb
    }

    /// The first line of the provision that mentions `term`, else the provision's first line.
    private static func sourceLine(of term: String, in provision: Provision, lines: [Substring]) -> Int {
        let last = min(provision.endLine, lines.count)
        guard provision.line >= 1, provision.line <= last else { return provision.line }
        for number in provision.line...last where lines[number - 1].contains(term) { return number }
        return provision.line
    }

    static func definitions(in characters: [Character]) -> [(String, String)] {
        var result: [(String, String)] = []
        for index in characters.indices where characters[index] == "(" {
            guard let close = characters[index...].prefix(120).firstIndex(of: ")") else { continue }
            let content = String(characters[(index + 1)..<close])
            let before = words(before: index, in: characters)
            if let quoted = firstQuoted(in: Substring(content)) {
                let term = cleanTerm(quoted.phrase)
                if !term.isEmpty, let meaning = bestPhrase(before, for: term) { result.append((term, meaning)) }
            } else if isAcronym(content),
                      let meaning = expansion(of: content, words: before) ?? capitalisedName(before: before, for: content) {
                result.append((content, meaning))
            }
        }
        result += meansDefinitions(characters)
        return result
    }

    // MARK: Quoted terms

    struct Quoted {
        var phrase: String
        var openIndex: Substring.Index
    }

    private static let closingFor: [Character: Set<Character>] = [
        "“": ["”", "\""], "‘": ["’"], "\"": ["\"", "”"], "«": ["»"], "’": ["’"], "„": ["“", "”"], "'": ["'"],
    ]

    /// The first quoted phrase (at most 80 characters) in `text`. A `’` or `'` opens a quote only
    /// after a space or a parenthesis, so that apostrophes do not.
    static func firstQuoted(in text: Substring) -> Quoted? {
        var index = text.startIndex
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            if let closers = closingFor[character], (character != "’" && character != "'") || previous == " " || previous == "(" {
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
    private static func meansDefinitions(_ characters: [Character]) -> [(String, String)] {
        var result: [(String, String)] = []
        var index = 0
        while index < characters.count {
            guard let closers = closingFor[characters[index]], characters[index] != "’", characters[index] != "'" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, !closers.contains(characters[end]), end - index < 80 { end += 1 }
            guard end < characters.count, closers.contains(characters[end]) else { index += 1; continue }
            let after = String(characters[(end + 1)..<min(characters.count, end + 16)]).lowercased()
            for verb in [" means ", " shall mean ", " refers to ", " shall refer to "] where after.hasPrefix(verb) {
                let start = end + 1 + verb.count
                var stop = start
                while stop < characters.count, characters[stop] != ";", stop - start < 240 {
                    if characters[stop] == ".", stop + 1 >= characters.count || characters[stop + 1] == " " { break }
                    stop += 1
                }
                let term = cleanTerm(String(characters[(index + 1)..<end]))
                let meaning = String(characters[min(start, stop)..<stop])
                if !term.isEmpty, !meaning.isEmpty { result.append((term, meaning)) }
            }
            index = end + 1
        }
        return result
    }

    // MARK: Phrases before a parenthesis

    private static let connectors: Set<String> = ["of", "for", "the", "and", "on", "in", "de", "du", "des", "to"]

    /// Up to 60 words before `index`, within the same sentence.
    static func words(before index: Int, in characters: [Character]) -> [String] {
        var start = index
        var count = 0
        while start > 0, count < 400 {
            let previous = characters[start - 1]
            if previous == ";" { break }
            if previous == ".", start < characters.count, characters[start] == " ", start >= 2,
               characters[start - 2].isLowercase { break }
            start -= 1
            count += 1
        }
        let words = String(characters[start..<index]).split(separator: " ").map(String.init)
        return Array(words.suffix(60))
    }

    private static func bare(_ word: String) -> String {
        String(word.filter { $0.isLetter || $0.isNumber || $0 == "-" })
    }

    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isUppercase || first.isNumber
    }

    /// The capitalised phrase (or a tail of one) in `words` that best matches `term`.
    static func bestPhrase(_ words: [String], for term: String) -> String? {
        let termWords = term.split(separator: " ").map { bare(String($0)) }.filter { !$0.isEmpty }
        let significant = Set(termWords.map { $0.lowercased() }.filter { !connectors.contains($0) })
        let acronyms = termWords.filter { $0.count >= 2 && $0.allSatisfy { $0.isUppercase } }
        var best: (score: Int, phrase: String)?
        var index = 0
        while index < words.count {
            guard isCapitalised(words[index]) else { index += 1; continue }
            // Grow a phrase: capitalised words, and connectors between capitalised words.
            var end = index
            var probe = index + 1
            while probe < words.count {
                if words[probe - 1].last == "," || words[probe - 1].last == ";" { break }
                if isCapitalised(words[probe]) { end = probe; probe += 1; continue }
                if connectors.contains(words[probe].lowercased()) { probe += 1; continue }
                break
            }
            for start in index...end where isCapitalised(words[start]) {
                let candidate = words[start...end].map(bare)
                let lower = candidate.map { $0.lowercased() }
                let matches = lower.filter { significant.contains($0) }.count
                var covered = matches
                var acronymBonus = 0
                for acronym in acronyms where acronymBonus == 0 {
                    if let span = initialsSpan(acronym, in: candidate) { acronymBonus = 5; covered += span }
                }
                guard matches + acronymBonus > 0 else { continue }
                let score = matches * 10 + acronymBonus - (candidate.count - covered)
                let phrase = words[start...end].map { String($0.trimmingSuffix { ",;:".contains($0) }) }.joined(separator: " ")
                if best == nil || score >= (best?.score ?? 0) { best = (score, phrase) }
            }
            index = end + 1
        }
        guard let best, best.score > 0 else { return nil }
        return best.phrase
    }

    /// How many consecutive words of `words` have `acronym` as initials, if any do.
    private static func initialsSpan(_ acronym: String, in words: [String]) -> Int? {
        let letters = Array(acronym.lowercased())
        guard letters.count <= words.count else { return nil }
        for start in 0...(words.count - letters.count) {
            let initials = words[start..<(start + letters.count)].compactMap { $0.lowercased().first }
            if initials == letters { return letters.count }
        }
        return nil
    }

    // MARK: Acronyms

    /// `NATO`, `R&D`, `SAG-U`, `GSOIA`, `G7`: two to ten characters, no spaces, at least two
    /// capitals or a capital and a digit.
    static func isAcronym(_ content: String) -> Bool {
        guard content.count >= 2, content.count <= 10, !content.contains(" ") else { return false }
        guard content.allSatisfy({ $0.isLetter || $0.isNumber || "&-./".contains($0) }) else { return false }
        let capitals = content.filter({ $0.isUppercase }).count
        return capitals >= 2 || (capitals == 1 && content.first?.isUppercase == true && content.contains(where: \.isNumber))
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
            if isCapitalised(word) { start = probe } else if !connectors.contains(word.lowercased()) { break }
            probe -= 1
        }
        for candidate in start..<(words.count - 1) where isCapitalised(words[candidate]) {
            guard words[candidate].first(where: \.isLetter)?.lowercased() == initial else { continue }
            return words[candidate...].joined(separator: " ")
        }
        return nil
    }

    private static let skippable: Set<String> = ["of", "for", "the", "and", "on", "in", "to", "de", "du", "des", "la", "le", "&"]

    /// The words before the parenthesis whose initials spell `acronym` (connectors may be skipped).
    static func expansion(of acronym: String, words: [String]) -> String? {
        let letters = Array(acronym.filter { $0.isUppercase }.lowercased())
        let tokens = words.suffix(16).filter { word in word.contains { $0.isLetter } }
        guard letters.count >= 2, !tokens.isEmpty else { return nil }
        var failed = Set<Int>()
        // match(l, w): letters[0..<l] spelled by tokens[s..<w] for some s; returns s.
        func match(_ l: Int, _ w: Int) -> Int? {
            if l == 0 { return w }
            if w == 0 || failed.contains(l * 64 + w) { return nil }
            let token = tokens[w - 1]
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap { $0.first(where: \.isLetter) }
            let initials = parts.map { $0.lowercased().first ?? $0 }
            if !initials.isEmpty, initials.count <= l, Array(letters[(l - initials.count)..<l]) == initials,
               let start = match(l - initials.count, w - 1) { return start }
            if initials.count > 1, let first = initials.first, letters[l - 1] == first, let start = match(l - 1, w - 1) {
                return start
            }
            if l < letters.count, skippable.contains(bare(token).lowercased()), let start = match(l, w - 1) {
                return start
            }
            failed.insert(l * 64 + w)
            return nil
        }
        guard letters.count < 64, let start = match(letters.count, tokens.count) else { return nil }
        let phrase = tokens[start...].map { String($0.trimmingSuffix { ",;:".contains($0) }) }
        guard let first = phrase.first, !skippable.contains(first.lowercased()) else { return nil }
        return phrase.joined(separator: " ")
    }
}
