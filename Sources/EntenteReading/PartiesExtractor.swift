import EntenteModel

/// Finds the parties and the collective name the text gives them.
///
/// 1. A parties line before the operative text: "Canada and Ukraine, hereinafter referred to
///    jointly as the “Participants”:" — parties before "hereinafter", the alias in quotes after it.
/// 2. Otherwise the title: "Agreement between the Kingdom of X and the Republic of Y concerning …".
/// 3. Otherwise an opening line naming governments: "The Government of X and the Government of Y,".
enum PartiesExtractor {
    struct Result {
        var parties: [String] = []
        var alias: CollectiveAlias?
        /// Index (into the classified lines) of the parties line, if the parties came from one.
        var partiesLine: Int?
    }

    private static let hereinafterWords = ["hereinafter", "hereafter", "herein referred", "referred to as"]

    static func find(_ lines: [ClassifiedLine], title: String, bodyStart: Int) -> Result {
        var result = Result()
        var scanned = 0
        var index = bodyStart
        while index < lines.count, scanned < 40 {
            let line = lines[index]
            if case .blank = line.kind { index += 1; continue }
            if case .text = line.kind {} else { break }
            scanned += 1
            let lower = line.text.lowercased()
            if let keyword = hereinafterWords.compactMap({ lower.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                let offset = lower.distance(from: lower.startIndex, to: keyword.lowerBound)
                let before = line.text.prefix(offset)
                let parties = split(stripParentheses(before))
                // A parties line names its parties first; a keyword deep inside a recital is not one.
                if parties.count >= 2, parties.count <= 6, offset <= 250 {
                    result.parties = parties
                    result.partiesLine = index
                    if let alias = quoted(after: line.text.dropFirst(offset)) {
                        result.alias = CollectiveAlias(alias: alias, members: parties)
                    }
                    return result
                }
            }
            index += 1
        }
        let titleCharacters = Array(title)
        let lowerTitle = String(titleCharacters.map { $0.lowercased().first ?? $0 })
        if let range = lowerTitle.firstRange(of: " between ") {
            let start = lowerTitle.distance(from: lowerTitle.startIndex, to: range.upperBound)
            var end = titleCharacters.count
            let tail = lowerTitle[range.upperBound...]
            for stop in [" on ", " concerning ", " regarding ", " relating ", " for ", " in ", " with ", " to ", " about ", ",", " (", ":"] {
                if let stopRange = tail.firstRange(of: stop) {
                    end = min(end, lowerTitle.distance(from: lowerTitle.startIndex, to: stopRange.lowerBound))
                }
            }
            let parties = split(Substring(String(titleCharacters[start..<max(start, end)])))
            if parties.count >= 2 { result.parties = parties; return result }
        }
        if let first = lines[bodyStart...].first(where: { if case .text = $0.kind { return true } else { return false } }),
           first.text.hasPrefix("The Government of") || first.text.hasPrefix("The Governments of") {
            var phrase = first.text.prefix(400)
            if let comma = phrase.firstIndex(of: ",") { phrase = phrase[..<comma] }
            let parties = split(stripParentheses(phrase))
            if parties.count >= 2, parties.count <= 6 { result.parties = parties }
        }
        return result
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

    /// "A, B and C" → [A, B, C], without leading articles or trailing punctuation.
    static func split(_ phrase: Substring) -> [String] {
        var protected = String(phrase)
        for name in namesWithAnd where protected.contains(name) {
            protected = protected.replacing(name, with: name.replacing(" and ", with: " \u{1}and\u{1} "))
        }
        var pieces: [String] = []
        for commaPiece in protected.split(separator: ",") {
            var rest = Substring(commaPiece)
            while let range = rest.firstRange(of: " and ") {
                pieces.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
            pieces.append(String(rest))
        }
        var parties: [String] = []
        for piece in pieces {
            var name = String(TextScanning.trimmed(Substring(piece))).replacing("\u{1}", with: "")
            // A flattened preamble heading ("Preamble The Kingdom of …") is not part of a name.
            for article in ["Preamble ", "PREAMBLE ", "and ", "the ", "The ", "THE "] where name.hasPrefix(article) {
                name = String(name.dropFirst(article.count))
            }
            name = String(name.trimmingSuffix { ":;.,".contains($0) || $0 == " " })
            guard let first = name.unicodeScalars.first, TextScanning.isUpper(first),
                  TextScanning.wordCount(Substring(name)) <= 12 else { continue }
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
