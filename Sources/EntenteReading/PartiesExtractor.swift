import EntenteModel

/// Finds the parties and the names the text gives them.
///
/// 1. A parties line before the operative text, read as a clause: "Canada and Ukraine, hereinafter
///    referred to jointly as the “Participants”:" — names before the keyword, aliases in quotes.
///    Individual aliases are read too: a quoted or acronym parenthesis right after a name
///    ("The United Kingdom (’the UK’)"), aliases given "individually and respectively" in the
///    parties' order, or one alias per party ("Ukraine, hereinafter referred to as “the Receiving
///    State” and the Kingdom of the Netherlands, hereinafter referred to “the Sending State”
///    collectively referred to as “the Parties”"). An unquoted alias after "referred to as" counts
///    ("as the High Contracting Parties,"). A line that does not end its clause is read on into the
///    next ones (hard-wrapped text).
/// 2. Otherwise the title: "Agreement between the Kingdom of X and the Republic of Y concerning …".
/// 3. Otherwise an opening line naming governments: "The Government of X and the Government of Y,".
///
/// A short name in the parties line that the title spells out in full ("The United Kingdom" beside
/// "… BETWEEN THE UNITED KINGDOM OF GREAT BRITAIN & NORTHERN IRELAND AND UKRAINE") takes the full
/// name, in the parties line's capitalisation.
enum PartiesExtractor {
    struct Result {
        var parties: [String] = []
        /// The collective alias ("the Participants"), if the text defines one.
        var alias: CollectiveAlias?
        /// Every alias in text order: the collective one, and one-party aliases ("the UK").
        var aliases: [CollectiveAlias] = []
        /// Index (into the classified lines) of the parties line, if the parties came from one.
        var partiesLine: Int?
        /// The parties line as `parse` read it, so that `clause(inSource:)` need not read it again.
        var parsed: ParsedLine?
    }

    /// A line `parse` read as a parties clause, with the lines it was given after it: reading the
    /// same bytes again gives the same clause, which is costly to read.
    struct ParsedLine {
        var line: Substring
        var following: [Substring]
        var clause: Clause

        /// The clause, when `line` and `following` are byte for byte the ones read.
        func clause(for line: Substring, following: [Substring]) -> Clause? {
            guard Self.sameBytes(line, self.line), following.count == self.following.count else { return nil }
            for (index, next) in following.enumerated() where !Self.sameBytes(next, self.following[index]) { return nil }
            return clause
        }

        private static func sameBytes(_ first: Substring, _ second: Substring) -> Bool {
            first.utf8.count == second.utf8.count && first.utf8.elementsEqual(second.utf8)
        }
    }

    /// What a parties clause says.
    struct Clause {
        var parties: [String] = []
        var collective: CollectiveAlias?
        /// One-party aliases, in text order.
        var individual: [CollectiveAlias] = []
        /// 1-based source line of the clause, when read from source lines.
        var line = 0

        /// The collective alias first (the one the text relies on), then the individual ones.
        var aliases: [CollectiveAlias] { (collective.map { [$0] } ?? []) + individual }
    }

    private static let hereinafterWords = ["hereinafter", "hereafter", "herein referred", "referred to as"]
    static let hereinafterPhrases = PhraseSet(hereinafterWords)

    /// A keyword further into its line than this is inside a recital, not a parties line.
    static let maximumKeywordOffset = 300

    static func find(_ lines: [ClassifiedLine], title: String, bodyStart: Int) -> Result {
        var result = Result()
        let titleParties = partiesFromTitle(title)
        var scanned = 0
        var index = bodyStart
        while index < lines.count, scanned < 40 {
            let line = lines[index]
            if case .blank = line.kind { index += 1; continue }
            if case .text = line.kind {} else { break }
            scanned += 1
            var following: [Substring] = []
            var next = index + 1
            while next < lines.count, following.count < 3 {
                guard case .text = lines[next].kind else { break }
                following.append(lines[next].text)
                next += 1
            }
            if let clause = parse(line.text, following: following) {
                result.parsed = ParsedLine(line: line.text, following: following, clause: clause)
                result.parties = fuller(clause.parties, from: titleParties)
                result.alias = clause.collective.map { CollectiveAlias(alias: $0.alias, members: result.parties) }
                result.aliases = aliases(of: clause, parties: result.parties)
                result.partiesLine = index
                return result
            }
            index += 1
        }
        if titleParties.count >= 2 { result.parties = titleParties; return result }
        if let first = lines[bodyStart...].first(where: { if case .text = $0.kind { return true } else { return false } }),
           first.text.hasPrefix("The Government of") || first.text.hasPrefix("The Governments of") {
            var phrase = first.text.prefix(400)
            if let comma = phrase.firstIndex(of: ",") { phrase = phrase[..<comma] }
            let parties = split(stripParentheses(phrase))
            if parties.count >= 2, parties.count <= 6 { result.parties = parties }
        }
        return result
    }

    /// The parties clause in source `lines` (searched up to the first heading or list item, at
    /// most 80 non-blank lines), for passes that only have the document's lines.
    /// `known`, a line `find` read, is not read again.
    static func clause(inSource lines: [Substring], title: String, known: ParsedLine? = nil) -> Clause? {
        var nonBlank = 0
        for (index, line) in lines.enumerated() {
            let text = TextScanning.trimmed(line)
            if text.isEmpty { continue }
            nonBlank += 1
            if nonBlank > 80 { break }
            switch LineClassifier.classify(line, number: index + 1).kind {
            case .heading, .item, .signature: if nonBlank > 3 { return nil } else { continue }
            default: break
            }
            let following = lines[(index + 1)...].prefix(3).map { TextScanning.trimmed($0) }.prefix { !$0.isEmpty }
            let followingLines = Array(following)
            if var clause = known?.clause(for: text, following: followingLines) ?? parse(text, following: followingLines) {
                let parties = fuller(clause.parties, from: partiesFromTitle(title))
                clause.collective = clause.collective.map { CollectiveAlias(alias: $0.alias, members: parties) }
                clause.individual = aliases(of: clause, parties: parties).filter { $0.members.count == 1 }
                clause.parties = parties
                clause.line = index + 1
                return clause
            }
        }
        return nil
    }

    /// The aliases of `clause` with members renamed to `parties` (same order as the clause's).
    private static func aliases(of clause: Clause, parties: [String]) -> [CollectiveAlias] {
        clause.aliases.map { alias in
            let members = alias.members.map { member in
                clause.parties.firstIndex(of: member).map { $0 < parties.count ? parties[$0] : member } ?? member
            }
            return CollectiveAlias(alias: alias.alias, members: members)
        }
    }

    // MARK: The parties clause

    /// The earliest keyword phrase in `lower` (the first listed of those starting there). A loop,
    /// not an array of ranges: a new array type costs the runtime a conformance search at first use.
    private static func firstKeyword(in lower: String) -> Range<String.Index>? {
        var earliest: Range<String.Index>?
        for word in hereinafterWords {
            guard let range = TextScanning.firstRange(of: word, in: lower[...]) else { continue }
            if let known = earliest, known.lowerBound <= range.lowerBound { continue }
            earliest = range
        }
        return earliest
    }

    /// Reads a parties clause from `line` (and the lines after it while the clause runs on), or nil
    /// when the line is not one: no "hereinafter" keyword early in it, or fewer than two names.
    static func parse(_ line: Substring, following: [Substring] = []) -> Clause? {
        // Most lines have no keyword at all: found on the bytes before lower-casing the line.
        guard TextScanning.mayContainLowercased(line, hereinafterPhrases) else { return nil }
        let lower = line.prefix(maximumKeywordOffset + 40).lowercased()
        guard let keyword = firstKeyword(in: lower),
              lower.distance(from: lower.startIndex, to: keyword.lowerBound) <= maximumKeywordOffset
        else { return nil }
        var text = String(line)
        for next in following where !TextScanning.endsClause(Substring(text)) {
            text += text.hasSuffix("-") ? String(next) : " " + next
        }
        return readClause(Array(text.prefix(900)))
    }

    /// The words of the keyword phrases, which are no party's name. A switch, not a set built at
    /// start-up.
    private static func isKeywordWord(_ word: String) -> Bool {
        switch word {
        case "hereinafter", "hereafter", "herein", "referred", "to", "as", "jointly", "collectively", "together",
             "individually", "respectively", "each", "severally", "called", "known":
            return true
        default:
            return false
        }
    }

    /// Walks the clause: text between quotations holds names (before a keyword) and the context of
    /// the next alias (after it).
    private static func readClause(_ characters: [Character]) -> Clause? {
        var clause = Clause()
        var segment = ""
        var depth = 0
        var individuallyMode = false
        var partiesAtLastAlias = 0
        var respectiveIndex = 0
        var index = 0
        var previous: Character = " "
        var finished = false

        // Names in the segment's text before its keyword; the rest is the alias's context.
        func takeNames(_ text: String) -> (context: String, sawKeyword: Bool) {
            let lower = text.lowercased()
            let keyword = firstKeyword(in: lower)
            let cut = keyword.map { lower.distance(from: lower.startIndex, to: $0.lowerBound) } ?? text.count
            let names = split(stripParentheses(Substring(String(text.prefix(cut)))))
            clause.parties += names
            return (String(text.dropFirst(cut)), keyword != nil)
        }

        while index < characters.count, !finished {
            let character = characters[index]
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            // The clause ends at a colon or semicolon outside brackets.
            if depth == 0, character == ":" || character == ";" {
                break
            }
            // A parties clause opens no quotation with „.
            let closers = DefinitionExtractor.closers(for: character, lowOpening: false)
            let opensQuote = closers != nil
                && ((character != "’" && character != "'") || previous == " " || previous == "(")
            guard opensQuote, let closers else {
                segment.append(character)
                previous = character
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, !closers.contains(characters[end]), end - index < 80 { end += 1 }
            guard end < characters.count, end > index + 1 else {
                segment.append(character)
                previous = character
                index += 1
                continue
            }
            let phrase = Character.string(characters[(index + 1)..<end])
            let rawSegment = segment
            let (context, sawKeyword) = takeNames(segment)
            let inParenthesis = segment.last(where: { $0 != " " && $0 != "\u{A0}" }) == "(" || context.contains("(" as Character)
            // Compared word by word, as a set would: a set of substrings costs the runtime a
            // conformance search at first use.
            let words = segment.lowercased().split { !DefinitionExtractor.isLetter($0) }
            let collectiveWords = words.contains { $0 == "jointly" || $0 == "collectively" || $0 == "together" }
            segment = ""
            index = end + 1
            previous = characters[end]
            if collectiveWords {
                individuallyMode = false
            } else if words.contains(where: { $0 == "individually" || $0 == "respectively" || $0 == "each" || $0 == "severally" }) {
                individuallyMode = true
            }
            let alias = aliasText(phrase, context: rawSegment)
            let lowerPhrase = phrase.lowercased()
            // "a Party", "‘Ukraine and the Netherlands’": generic singulars and restatements name no alias.
            if lowerPhrase.hasPrefix("a ") || lowerPhrase.hasPrefix("an ") || TextScanning.firstRange(of: " and ", in: lowerPhrase[...]) != nil || alias.isEmpty {
                continue
            }
            let newParties = clause.parties.count - partiesAtLastAlias
            if individuallyMode {
                if respectiveIndex < clause.parties.count {
                    clause.individual.append(CollectiveAlias(alias: alias, members: [clause.parties[respectiveIndex]]))
                    respectiveIndex += 1
                }
            } else if collectiveWords || (sawKeyword && clause.parties.count >= 2 && (newParties >= 2 || isPlural(phrase))) {
                clause.collective = CollectiveAlias(alias: alias, members: clause.parties)
                finished = true
            } else if newParties >= 1 || (inParenthesis && !clause.parties.isEmpty), let last = clause.parties.last {
                clause.individual.append(CollectiveAlias(alias: alias, members: [last]))
            }
            partiesAtLastAlias = clause.parties.count
        }
        if !finished {
            let (context, sawKeyword) = takeNames(segment)
            // An unquoted alias: "referred to as the High Contracting Parties,".
            if sawKeyword, clause.parties.count >= 2, let range = TextScanning.firstRange(of: "referred to as ", in: context.lowercased()[...]) {
                let offset = context.lowercased().distance(from: context.lowercased().startIndex, to: range.upperBound)
                let tail = context.dropFirst(offset)
                let words = tail.prefix { !",;:.()".contains($0) }.split(separator: " ")
                if words.count >= 2, words.count <= 5, words.first?.lowercased() == "the" {
                    clause.collective = CollectiveAlias(alias: words.joined(separator: " "), members: clause.parties)
                }
            }
        }
        guard clause.parties.count >= 2, clause.parties.count <= 8 else { return nil }
        return clause
    }

    /// The alias as the text uses it: with "the" when the text puts it before the quotes.
    private static func aliasText(_ phrase: String, context: String) -> String {
        let trimmed = String(String(TextScanning.trimmed(Substring(phrase))).trimmingSuffix { ",;:.".contains($0) })
        if trimmed.lowercased().hasPrefix("the ") { return "the" + trimmed.dropFirst(3) }
        let before = context.lowercased().trimmingSuffix { $0 == " " || $0 == "\u{A0}" }
        return before.hasSuffix(" the") || before == "the" ? "the " + trimmed : trimmed
    }

    /// "Participants", "High Contracting Parties": a plural noun names several parties.
    private static func isPlural(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last?.lowercased() else { return false }
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    // MARK: Names

    /// The parties a title names after " between ", up to the subject ("on", "concerning", …).
    static func partiesFromTitle(_ title: String) -> [String] {
        // An ASCII title without CR (which pairs with LF) has a Character per byte: offsets are
        // byte offsets, and no Character array is needed.
        let ascii = !title.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
        let titleCharacters = ascii ? [] : Array(title)
        let lowerTitle = ascii ? title.lowercased() : String(titleCharacters.map { $0.lowercased().first ?? $0 })
        guard let range = TextScanning.firstRange(of: " between ", in: lowerTitle[...]) else { return [] }
        let start = lowerTitle.distance(from: lowerTitle.startIndex, to: range.upperBound)
        var end = ascii ? title.utf8.count : titleCharacters.count
        let tail = lowerTitle[range.upperBound...]
        for stop in [" on ", " concerning ", " regarding ", " relating ", " for ", " in ", " with ", " to ", " about ", ",", " (", ":"] {
            if let stopRange = TextScanning.firstRange(of: stop, in: tail) {
                end = min(end, lowerTitle.distance(from: lowerTitle.startIndex, to: stopRange.lowerBound))
            }
        }
        let names: Substring
        if ascii {
            let utf8 = title.utf8
            names = title[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: max(start, end))]
        } else {
            names = Substring(String(titleCharacters[start..<max(start, end)]))
        }
        let parties = split(names)
        return parties.count >= 2 ? parties : []
    }

    /// Each name, or the title's fuller spelling of it: "United Kingdom" → "United Kingdom of Great
    /// Britain and Northern Ireland" when the title has "UNITED KINGDOM OF GREAT BRITAIN & NORTHERN
    /// IRELAND". The name keeps its own capitals; the rest is put in title case if the title shouts.
    static func fuller(_ names: [String], from titleNames: [String]) -> [String] {
        names.map { name in
            let key = comparable(name)
            for candidate in titleNames {
                let long = comparable(candidate)
                guard long.count > key.count, long.hasPrefix(key + " ") else { continue }
                let words = candidate.replacingCharacter("&", with: "and").split(separator: " ")
                let ownCount = name.split(separator: " ").count
                guard words.count > ownCount else { continue }
                let rest = words.dropFirst(ownCount).map { word -> String in
                    guard word.allSatisfy({ !$0.isLowercase }) else { return String(word) }
                    let lower = word.lowercased()
                    if ["of", "and", "the", "for", "on", "in", "to"].contains(lower) { return lower }
                    return lower.prefix(1).uppercased() + lower.dropFirst()
                }
                return ([name] + rest).joined(separator: " ")
            }
            return name
        }
    }

    private static func comparable(_ name: String) -> String {
        name.lowercased().replacingCharacter("&", with: "and").split(separator: " ").joined(separator: " ")
    }

    /// Removes "(…)" groups, and an unclosed "(" with what follows it.
    static func stripParentheses(_ text: Substring) -> Substring {
        var out = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(character) }
        }
        return Substring(out)
    }

    /// Country names that contain "and", which must not split a list of parties.
    static let namesWithAnd = [
        "Great Britain and Northern Ireland", "Antigua and Barbuda", "Trinidad and Tobago", "Bosnia and Herzegovina",
        "Saint Kitts and Nevis", "St. Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe",
        "São Tomé and Príncipe", "Turks and Caicos", "Wallis and Futuna", "Heard Island and McDonald Islands",
    ]

    /// Words that open a parties clause without being a party ("We, the Republic of …").
    private static func isNotName(_ name: String) -> Bool {
        switch name {
        case "We", "WE", "They", "Both", "Each", "Whereas", "WHEREAS": return true
        default: return false
        }
    }

    /// "A, B and C" → [A, B, C], without leading articles or trailing punctuation.
    static func split(_ phrase: Substring) -> [String] {
        var protected = String(phrase)
        for name in namesWithAnd where TextScanning.contains(name, in: protected[...]) {
            protected = protected.replacing(name, with: name.replacing(" and ", with: " \u{1}and\u{1} "))
        }
        var pieces: [String] = []
        for commaPiece in protected.split(separator: ",") {
            var rest = Substring(commaPiece)
            // A title in capitals joins its parties with " AND ".
            while let range = TextScanning.firstRange(of: " and ", in: rest) ?? TextScanning.firstRange(of: " AND ", in: rest) {
                pieces.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
            pieces.append(String(rest))
        }
        var parties: [String] = []
        for piece in pieces {
            var name = String(TextScanning.trimmed(Substring(piece))).replacingCharacter("\u{1}", with: "")
            // A flattened preamble heading ("Preamble The Kingdom of …") is not part of a name.
            for article in ["Preamble ", "PREAMBLE ", "and ", "the ", "The ", "THE "] where name.hasPrefix(article) {
                name = String(name.dropFirst(article.count))
            }
            name = String(name.trimmingSuffix { ":;.,".contains($0) || $0 == " " || $0 == "\u{A0}" })
            guard let first = name.unicodeScalars.first, TextScanning.isUpper(first), !isNotName(name),
                  TextScanning.wordCount(Substring(name)) <= 12,
                  !isKeywordWord(name.lowercased())
            else { continue }
            parties.append(name)
        }
        return parties
    }

    /// The first quoted phrase in `text` ("“Participants”", "‘the Participants’"), with "the" added
    /// before a bare noun when the text puts it outside the quotes.
    static func quoted(after text: Substring) -> String? {
        guard let term = DefinitionExtractor.firstQuoted(in: text) else { return nil }
        if term.phrase.lowercased().hasPrefix("the ") { return term.phrase }
        let before = text[..<term.openIndex].lowercased()
        return before.hasSuffix("the ") ? "the " + term.phrase : term.phrase
    }
}

extension String {
    /// `replacing(String(target), with: replacement)` for a `target` that no other Character is
    /// canonically equivalent to (`&`, a control character): a text without its first byte is
    /// returned as it is, and the rest is walked by Characters, without the generic search.
    func replacingCharacter(_ target: Character, with replacement: String) -> String {
        guard let lead = target.utf8.first, utf8.contains(lead) else { return self }
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }

    /// The string without trailing characters that match `predicate`.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard predicate(self[previous]) else { break }
            end = previous
        }
        return self[..<end]
    }
}
