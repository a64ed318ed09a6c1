import EntenteModel
import EntenteReading

/// Sums of money named in a document's provisions.
///
/// A bare "$" takes the dollar of the document's parties (a Canadian party → CAD, an Australian one
/// → AUD; USD when a party is the United States or none uses a dollar) and is marked inferred.
/// Reports have no parties of their own, so their "$" is read as USD. The year an amount is tied to
/// is a year written "in/for/during YEAR" (or "(YEAR)") in the same sentence with no other amount in
/// between: "in 2024, Canada will provide $3.02B" → 2024.
struct AmountExtractor {
    func extract(from document: Document) -> [Amount] {
        let dollar = Self.dollarCurrency(of: document)
        var amounts: [Amount] = []
        for provision in ExtractionProvisions.scanned(document) {
            for sentence in ReportSentences.split(provision.text) {
                let matches = AmountScanner.scan(sentence, defaultDollarCurrency: dollar)
                guard !matches.isEmpty else { continue }
                let years = Self.years(in: sentence)
                for (index, match) in matches.enumerated() {
                    let year = Self.year(for: index, of: matches, years: years, in: sentence)
                    amounts.append(Amount(provenance: ExtractionProvisions.provenance(provision), value: match.value,
                                          currency: match.currency, currencyInferred: match.currencyInferred,
                                          qualifier: match.qualifier, year: year, text: match.text))
                }
            }
        }
        return amounts
    }

    /// The currency a bare "$" stands for in `document`, or nil for the USD default.
    static func dollarCurrency(of document: Document) -> String? {
        guard document.kind != .report else { return nil }
        let dollars = document.parties.compactMap(CurrencyTable.dollar(ofParty:))
        if dollars.contains("USD") { return "USD" }
        return dollars.first
    }

    /// Years written as "in 2024", "for 2024", "during 2024", "throughout 2024" or "(2024)", not inside a full date.
    static func years(in sentence: String) -> [(year: Int, position: String.Index)] {
        let tokens = TextTokenizer.tokens(sentence)
        let dates = DateScanner.scan(tokens: tokens, in: sentence)
        var years: [(Int, String.Index)] = []
        for (index, token) in tokens.enumerated() where token.kind == .number && token.text.count == 4 && index > 0 {
            guard let year = Int(token.text), (1900...2100).contains(year) else { continue }
            if dates.contains(where: { $0.range.contains(token.range.lowerBound) }) { continue }
            let previous = tokens[index - 1].key
            let bracketed = previous == "(" && index + 1 < tokens.count && tokens[index + 1].text == ")"
            guard bracketed || ["in", "for", "during", "throughout"].contains(previous) else { continue }
            years.append((year, token.range.lowerBound))
        }
        return years
    }

    /// The year nearest to amount `index` that no other amount separates from it.
    static func year(for index: Int, of matches: [AmountMatch], years: [(year: Int, position: String.Index)],
                     in sentence: String) -> Int? {
        let match = matches[index]
        let lower = index > 0 ? matches[index - 1].range.upperBound : nil
        let upper = index + 1 < matches.count ? matches[index + 1].range.lowerBound : nil
        var best: (year: Int, distance: Int)?
        for candidate in years {
            if let lower, candidate.position < lower { continue }
            if let upper, candidate.position >= upper { continue }
            let distance = candidate.position < match.range.lowerBound
                ? sentence.distance(from: candidate.position, to: match.range.lowerBound)
                : sentence.distance(from: match.range.upperBound, to: candidate.position)
            if best == nil || distance < (best?.distance ?? Int.max) { best = (candidate.year, distance) }
        }
        return best?.year
    }
}
