/// How currencies are written: symbols, ISO 4217 codes and names, each mapped to its code.
///
/// A bare dollar sign or the word "dollars" maps to `nil` code with `isDollar` set: which dollar it is
/// depends on the document (see `AmountScanner.scan(_:defaultDollarCurrency:)`).
enum CurrencyTable {
    /// What a currency marker tells.
    struct Marker: Sendable, Hashable {
        /// ISO 4217 code, nil for a dollar of unknown country.
        var code: String?
        /// True for "$" and "dollars" without a country.
        var isDollar: Bool
    }

    /// Single-character symbols.
    static let symbols: [String: String] = [
        "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS",
        "ƒ": "NLG",
    ]

    /// Letters written right before "$": "US$", "C$", "A$".
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "U.S.": "USD", "C": "CAD", "CA": "CAD", "CAN": "CAD", "CDN": "CAD", "A": "AUD", "AU": "AUD",
        "NZ": "NZD", "HK": "HKD", "S": "SGD",
    ]

    /// ISO 4217 codes (current and historic) that appear before or after figures, plus customary
    /// abbreviations ("Dfl" for guilders).
    static let codes: [String: String] = {
        var table: [String: String] = [:]
        for code in VocabularyWords.split("""
            USD EUR GBP CAD AUD NZD JPY CHF CNY RUB UAH SEK NOK DKK PLN CZK HUF RON BGN TRY INR BRL ZAR MXN SGD HKD \
            KRW ILS NLG DEM FRF BEF ITL ESP ATS FIM IEP PTE LUF GRD XDR XEU ECU UGX RWF KES TZS XOF XAF GHS NGN ETB \
            EGP MAD DZD TND SAR AED QAR KWD IQD IRR PKR BDT LKR IDR MYR THB VND PHP ARS CLP COP PEN GEL MDL BYN KZT \
            AZN AMD RSD ISK
            """) {
            table[code] = code
        }
        table["Dfl"] = "NLG"
        table["DFL"] = "NLG"
        table["Hfl"] = "NLG"
        table["HFL"] = "NLG"
        return table
    }()

    /// Currency names, lower-case, as word sequences; the longest match wins ("Canadian dollars" over
    /// "dollars"). A nil code marks the country-less dollar.
    static let names: [([String], Marker)] = {
        let specific: [(String, String)] = [
            ("canadian dollar", "CAD"), ("australian dollar", "AUD"), ("new zealand dollar", "NZD"),
            ("hong kong dollar", "HKD"), ("singapore dollar", "SGD"), ("us dollar", "USD"), ("u.s. dollar", "USD"),
            ("united states dollar", "USD"), ("american dollar", "USD"), ("euro", "EUR"), ("pound sterling", "GBP"),
            ("pounds sterling", "GBP"), ("sterling", "GBP"), ("british pound", "GBP"), ("pound", "GBP"),
            ("dutch guilder", "NLG"), ("netherlands guilder", "NLG"), ("guilder", "NLG"), ("deutsche mark", "DEM"),
            ("deutschmark", "DEM"), ("german mark", "DEM"), ("swiss franc", "CHF"), ("french franc", "FRF"),
            ("belgian franc", "BEF"), ("rwandan franc", "RWF"), ("rwanda franc", "RWF"), ("yen", "JPY"),
            ("japanese yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("rouble", "RUB"), ("ruble", "RUB"),
            ("hryvnia", "UAH"), ("hryvnya", "UAH"), ("swedish krona", "SEK"), ("swedish kronor", "SEK"),
            ("norwegian krone", "NOK"), ("norwegian kroner", "NOK"), ("danish krone", "DKK"), ("danish kroner", "DKK"),
            ("zloty", "PLN"), ("zlotys", "PLN"), ("rupee", "INR"), ("uganda shilling", "UGX"),
            ("ugandan shilling", "UGX"), ("kenyan shilling", "KES"), ("kenya shilling", "KES"),
            ("tanzanian shilling", "TZS"), ("special drawing right", "XDR"), ("ecu", "XEU"),
        ]
        var table: [([String], Marker)] = []
        for (name, code) in specific {
            let words = VocabularyWords.split(name)
            table.append((words, Marker(code: code, isDollar: false)))
            // Plural: the last word takes an "s" ("euros", "Dutch guilders", "pounds sterling" is listed).
            if let last = words.last, !last.hasSuffix("s"), !["yen", "yuan", "renminbi", "sterling", "ecu"].contains(last) {
                table.append((words.dropLast() + [last + "s"], Marker(code: code, isDollar: false)))
            }
        }
        table.append((["dollar"], Marker(code: nil, isDollar: true)))
        table.append((["dollars"], Marker(code: nil, isDollar: true)))
        return VocabularyWords.longestFirst(table) { $0.0.count }
    }()

    /// The currency name starting at token `start` of `text`, if any, and the index just past it.
    static func name(_ text: ScanText, at start: Int) -> (Marker, Int)? {
        let tokens = text.tokens
        // A name starts with one of the names' first words; "U.S. dollars" with a "U".
        let startsName = tokens[start].cues.contains(.currencyName)
        guard startsName || text.isCharacter(start, UInt8(ascii: "U")) else { return nil }
        if startsName {
            var keys: [String] = []
            for (words, marker) in names where start + words.count <= tokens.count {
                var matched = true
                for (offset, word) in words.enumerated() {
                    while keys.count <= offset { keys.append(text.key(start + keys.count)) }
                    if keys[offset] != word {
                        matched = false
                        break
                    }
                }
                if matched { return (marker, start + words.count) }
            }
        }
        // "U.S. dollars": the tokenizer splits "U.S." into letters and stops.
        if start + 4 < tokens.count, text.isCharacter(start, UInt8(ascii: "U")), text.isCharacter(start + 1, UInt8(ascii: ".")),
           text.isCharacter(start + 2, UInt8(ascii: "S")), text.isCharacter(start + 3, UInt8(ascii: ".")),
           text.key(start + 4).hasPrefix("dollar") {
            return (Marker(code: "USD", isDollar: false), start + 5)
        }
        return nil
    }

    /// The dollar a party's country uses, from its name: "Canada" → CAD. Nil when none does.
    static func dollar(ofParty party: String) -> String? {
        let lowered = party.lowercased()
        let countries: [(String, String)] = [
            ("canad", "CAD"), ("australia", "AUD"), ("new zealand", "NZD"), ("hong kong", "HKD"),
            ("singapore", "SGD"), ("united states", "USD"), ("america", "USD"),
        ]
        // An ASCII name is searched on its bytes, where a byte is a character: the standard
        // library's `contains` set up a searcher whose first use cost more than reading every
        // amount of a document. Other names keep the character search.
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            return countries.first { PhraseSearch.contains(lowered, $0.0) }?.1
        }
        return countries.first { lowered.contains($0.0) }?.1
    }
}
