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
        extract(from: document, scanned: ScanDocument(document))
    }

    /// The amounts of `document`, whose provisions `scanned` has tokenised.
    func extract(from document: Document, scanned: ScanDocument) -> [Amount] {
        let dollar = Self.dollarCurrency(of: document)
        var amounts: [Amount] = []
        // Items are read in place (`scanned.items[index]`): copying each one only to test it was slow.
        for index in scanned.items.indices {
            // A provision is read sentence by sentence only when it holds an amount read whole: a
            // sentence's amount is found in the whole text too (nothing an amount is read from
            // reaches past the mark that ends its sentence), unless an amount found earlier in the
            // text came first, which is an amount as well.
            guard !scanned.items[index].text.cues.isDisjoint(with: .anyCurrency),
                  !AmountScanner.scan(scanned.items[index].text, defaultDollarCurrency: dollar).isEmpty else { continue }
            let provision = scanned.items[index].provision
            for sentence in ProvisionSentences.split(provision.text) {
                let text = ScanText(sentence)
                let matches = AmountScanner.scan(text, defaultDollarCurrency: dollar)
                guard !matches.isEmpty else { continue }
                let years = Self.years(in: text)
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
    static func years(in sentence: ScanText) -> [(year: Int, position: String.Index)] {
        let tokens = sentence.tokens
        let dates = DateScanner.scan(sentence)
        var years: [(Int, String.Index)] = []
        for (index, token) in tokens.enumerated() where token.kind == .number && token.end - token.start == 4 && index > 0 {
            let written = sentence.substring(index)
            guard written.count == 4, let year = Int(written), (1900...2100).contains(year) else { continue }
            let position = sentence.index(token.start)
            if dates.contains(where: { $0.range.contains(position) }) { continue }
            let previous = sentence.key(index - 1)
            let bracketed = previous == "(" && index + 1 < tokens.count && sentence.isCharacter(index + 1, UInt8(ascii: ")"))
            guard bracketed || ["in", "for", "during", "throughout"].contains(previous) else { continue }
            years.append((year, position))
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
