/// One sum of money found in running text.
struct AmountMatch: Sendable, Hashable {
    /// The full number: "3.02B" → 3020000000.
    var value: Double
    /// ISO 4217 code, or nil when nothing tells.
    var currency: String?
    /// True when the currency comes from context (a bare "$"), not the text.
    var currencyInferred: Bool
    /// "more than", "up to", "about", … or nil.
    var qualifier: String?
    /// The amount as written.
    var text: String
    /// Where the amount sits in the scanned text.
    var range: Range<String.Index>
}

/// Finds sums of money in a text. Only a figure tied to a currency is money, so counts ("700 armed
/// personnel"), article numbers and percentages are never amounts.
///
/// amount := currency number scale? name?          "$3.02B", "EUR 2 billion", "$3 billion Canadian dollars"
///         | number scale? currency                "1.68 billion euro", "1.7 billion€", "NLG" after the figure
///         | words currency                        "twenty-five thousand dollars"
///         followed by an optional restatement in brackets that is the same sum:
///           "NLG 12,012,300 (twelve million, … Dutch guilders)", "twenty-five thousand dollars ($ 25,000)"
/// scale := "billion" | "bn" | "B" | "million" | "mn" | "m" | "M" | "thousand" | "k" | "trillion" | "tn"
enum AmountScanner {
    private static let scaleWords: [String: Double] = [
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
        "mln": 1e6, "thousand": 1e3, "k": 1e3, "trillion": 1e12, "tn": 1e12,
    ]
    /// Qualifiers as word sequences, the longest first so "no more than" beats "more than".
    private static let qualifiers: [[String]] = VocabularyWords.longestFirst([
        "up to a maximum of", "in excess of", "no more than", "not more than", "no less than", "not less than",
        "not exceeding", "not to exceed", "a maximum of", "a minimum of", "more than", "less than", "at least",
        "at most", "up to", "approximately", "about", "around", "nearly", "almost", "roughly", "some", "over",
        "under", "exceeding", "an estimated", "estimated at", "approx",
    ].map(VocabularyWords.split)) { $0.count }

    /// The amounts in `text`. A bare "$" or "dollars" takes `defaultDollarCurrency` (USD when nil)
    /// and is marked inferred.
    static func scan(_ text: String, defaultDollarCurrency: String?) -> [AmountMatch] {
        scan(ScanText(text), defaultDollarCurrency: defaultDollarCurrency)
    }

    /// The amounts of an already tokenised text.
    static func scan(_ text: ScanText, defaultDollarCurrency: String?) -> [AmountMatch] {
        // Only a figure tied to a currency is money: no currency, no amount.
        guard !text.cues.isDisjoint(with: .anyCurrency) else { return [] }
        let tokens = text.tokens
        var matches: [AmountMatch] = []
        var index = 0
        while index < tokens.count {
            guard mayStart(text, at: index), let found = amount(text, at: index) else {
                index += 1
                continue
            }
            var end = found.end
            var marker = found.marker
            // A bracketed restatement of the same sum is part of it, and may name the currency better.
            if end < tokens.count, text.isCharacter(end, UInt8(ascii: "(")), end + 1 < tokens.count,
               let inner = amount(text, at: end + 1, allowBare: true),
               inner.end < tokens.count, text.isCharacter(inner.end, UInt8(ascii: ")")),
               abs(inner.value - found.value) <= max(0.5, found.value * 0.001) {
                if marker == nil || (marker?.isDollar == true && inner.marker?.code != nil) { marker = inner.marker }
                end = inner.end + 1
            }
            guard let marker else {
                index = end
                continue
            }
            let currency = marker.code ?? defaultDollarCurrency ?? "USD"
            let range = text.range(from: index, through: end - 1)
            matches.append(AmountMatch(value: found.value, currency: currency, currencyInferred: marker.code == nil,
                                       qualifier: qualifier(text, before: index), text: String(text.text[range]), range: range))
            index = end
        }
        return matches
    }

    /// False when no amount can start at token `start`: the cheap part of `amount`, read from cues.
    /// A sum starts with a currency written before it ("$", "£", "EUR", "US$") or with its figure,
    /// which must then have a currency right after it (a figure has at most a scale word between).
    @inline(__always)
    private static func mayStart(_ text: ScanText, at start: Int) -> Bool {
        let tokens = text.tokens
        let token = tokens[start]
        switch token.kind {
        case .symbol:
            return token.cues.contains(.currencySymbol)
        case .word:
            if token.cues.contains(.currencyCode) || token.cues.contains(.cardinal) { return true }
            return start + 1 < tokens.count && tokens[start + 1].cues.contains(.dollarSign)
        case .number:
            for next in (start + 1)..<min(start + 3, tokens.count) where mayFollowFigure(text, next) { return true }
            return false
        }
    }

    /// True when token `index` may be a currency written after a figure: a sign, a code or a name.
    @inline(__always)
    private static func mayFollowFigure(_ text: ScanText, _ index: Int) -> Bool {
        let cues = text.tokens[index].cues
        return cues.contains(.currencySymbol) || cues.contains(.currencyCode) || cues.contains(.currencyName)
            || text.isCharacter(index, UInt8(ascii: "U"))
    }

    /// A sum starting at token `start`. With `allowBare`, a figure without a currency is accepted
    /// (inside a restatement, where the currency was already given).
    private static func amount(_ text: ScanText, at start: Int, allowBare: Bool = false)
        -> (value: Double, marker: CurrencyTable.Marker?, end: Int)? {
        let tokens = text.tokens
        var index = start
        var marker = prefix(text, at: &index)
        guard let (value, afterNumber) = number(text, at: index) else { return nil }
        // Nothing glued to the currency-less figure: "5%" and "51st" are not money.
        index = afterNumber
        if index < tokens.count, ["%", "‰"].contains(text.substring(index)) { return nil }
        if index < tokens.count, ["percent", "per", "pct"].contains(text.key(index)) { return nil }
        if let (suffix, end) = suffixCurrency(text, at: index) {
            // "$3 billion Canadian dollars": the name is more specific than the sign.
            if marker == nil || marker?.isDollar == true || suffix.code == marker?.code {
                marker = suffix
                index = end
            }
        }
        guard marker != nil || allowBare else { return nil }
        return (value, marker, index)
    }

    /// A currency written before the figure: "$", "US$", "C$", "£", "EUR", "Dfl.". Advances `index`.
    private static func prefix(_ text: ScanText, at index: inout Int) -> CurrencyTable.Marker? {
        let tokens = text.tokens
        let token = tokens[index]
        if token.cues.contains(.dollarSign) {
            index += 1
            return CurrencyTable.Marker(code: nil, isDollar: true)
        }
        if token.kind == .symbol, token.cues.contains(.currencySymbol), let code = CurrencyTable.symbols[String(text.substring(index))] {
            index += 1
            return CurrencyTable.Marker(code: code, isDollar: false)
        }
        guard token.kind == .word, index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        if next.cues.contains(.dollarSign), token.end == next.start,
           let code = CurrencyTable.dollarPrefixes[String(text.substring(index))] {
            index += 2
            return CurrencyTable.Marker(code: code, isDollar: false)
        }
        if token.cues.contains(.currencyCode), let code = CurrencyTable.codes[String(text.substring(index))] {
            var after = index + 1
            if after < tokens.count, text.isCharacter(after, UInt8(ascii: ".")) { after += 1 }
            guard after < tokens.count, tokens[after].kind == .number else { return nil }
            index = after
            return CurrencyTable.Marker(code: code, isDollar: false)
        }
        return nil
    }

    /// A currency written after the figure: a code, a symbol or a name.
    private static func suffixCurrency(_ text: ScanText, at index: Int) -> (CurrencyTable.Marker, Int)? {
        guard index < text.count else { return nil }
        let token = text.tokens[index]
        if token.kind == .symbol, token.cues.contains(.currencySymbol), let code = CurrencyTable.symbols[String(text.substring(index))] {
            return (CurrencyTable.Marker(code: code, isDollar: false), index + 1)
        }
        if token.kind == .word, token.cues.contains(.currencyCode), let code = CurrencyTable.codes[String(text.substring(index))] {
            return (CurrencyTable.Marker(code: code, isDollar: false), index + 1)
        }
        return CurrencyTable.name(text, at: index)
    }

    /// A figure with its scale ("3.02B", "2 billion", "£2.3bn") or number words ("twenty-five thousand").
    private static func number(_ text: ScanText, at index: Int) -> (Double, Int)? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .word {
            guard let (value, end) = NumberWords.parse(text, from: index), value > 0 else { return nil }
            return (value, end)
        }
        guard token.kind == .number else { return nil }
        // Split "3.02B" into the figure and a glued scale.
        let written = text.substring(index)
        let digits = written.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let glued = written.dropFirst(digits.count).lowercased()
        guard var value = figure(digits) else { return nil }
        var end = index + 1
        if !glued.isEmpty {
            guard let scale = scaleWords[glued] else { return nil }
            value *= scale
        } else if end < tokens.count, tokens[end].kind == .word, let scale = scaleWords[text.key(end)],
                  text.key(end).count > 1 || tokens[end].start == token.end {
            // A lone "m"/"b" counts only when glued; "billion" may stand apart.
            value *= scale
            end += 1
        }
        return (value, end)
    }

    /// "12,012,300" → 12012300; "3.02" → 3.02; "1.000.000" (dots grouping thousands) → 1000000.
    static func figure(_ digits: Substring) -> Double? {
        guard !digits.isEmpty else { return nil }
        let dots = digits.filter { $0 == "." }.count
        if dots > 1 {
            let groups = digits.split(separator: ".")
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return Double(groups.joined())
        }
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            // Commas group thousands; a European decimal comma ("2,5") is read as a decimal.
            if groups.count == 2, groups[1].count != 3 {
                return Double(groups[0] + "." + groups[1])
            }
            return Double(groups.joined())
        }
        return Double(digits)
    }

    /// The qualifier written just before the amount, lower-cased: "more than", "up to".
    private static func qualifier(_ text: ScanText, before start: Int) -> String? {
        // Keys of the few words before the amount, built once for all the qualifiers.
        let longest = qualifiers.first?.count ?? 0
        let keys = (max(0, start - longest)..<start).map { text.key($0) }
        for words in qualifiers where words.count <= start {
            var matched = true
            for (offset, word) in words.enumerated() where keys[keys.count - words.count + offset] != word {
                matched = false
                break
            }
            if matched { return words.joined(separator: " ") }
        }
        return nil
    }
}
