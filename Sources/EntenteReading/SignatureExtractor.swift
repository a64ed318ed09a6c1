/// Reads date, place and languages from a signature block:
/// "SIGNED in duplicate in Kyiv on 24 February 2024, in the English, French and Ukrainian languages"
/// → 2024-02-24, Kyiv, [English, French, Ukrainian]. Also "Done at The Hague, this 3rd day of
/// March, 1985, in the English and Dutch languages", "on February 24, 2024", and dates in words:
/// "the fourth day of April, 1949", "this nineteenth day of January, 1951", "the twenty-first day
/// of May in the year one thousand nine hundred and ninety".
///
/// The place follows "at" when the block has one ("IN WITNESS WHEREOF … DONE at Kigali"), else
/// "in". Languages are read only from sentences about the texts (language, text, authentic,
/// original, version, copies), so that "For the Ukrainian side" names no language.
enum SignatureExtractor {
    struct Result: Equatable {
        var date: String?
        var place: String?
        var languages: [String] = []
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Language names that signature clauses list; a generic table, like a list of months. In
    /// alphabetical order, which sorting then confirms in one pass.
    static let languageNames = SortedStrings([
        "Afrikaans", "Albanian", "Amharic", "Arabic", "Armenian", "Azerbaijani", "Basque", "Belarusian", "Bengali",
        "Bosnian", "Bulgarian", "Burmese", "Byelorussian", "Catalan", "Chinese", "Croatian", "Czech", "Danish", "Dari",
        "Dutch", "English", "Estonian", "Faroese", "Filipino", "Finnish", "French", "Frisian", "Georgian", "German",
        "Greek", "Greenlandic", "Hausa", "Hebrew", "Hindi", "Hungarian", "Icelandic", "Indonesian",
        "Irish", "Italian", "Japanese", "Kazakh", "Khmer", "Kinyarwanda", "Korean", "Kyrgyz", "Lao", "Latvian",
        "Lithuanian", "Luxembourgish", "Macedonian", "Malay", "Maltese", "Moldovan", "Mongolian", "Nepali",
        "Norwegian", "Papiamento", "Pashto", "Persian", "Polish", "Portuguese", "Romanian", "Russian", "Serbian",
        "Sinhala", "Slovak", "Slovenian", "Somali", "Spanish", "Swahili", "Swedish", "Tagalog", "Tajik", "Tamil",
        "Thai", "Tigrinya", "Turkish", "Turkmen", "Ukrainian", "Urdu", "Uzbek", "Vietnamese", "Yoruba", "Zulu",
    ])

    static func extract(_ text: String) -> Result {
        let words = words(of: text)
        return Result(date: date(in: words), place: place(in: words), languages: languages(inTextsClauses: text))
    }

    /// The first 400 words of `text`, split on whitespace.
    static func words(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" }).prefix(400).map(String.init)
    }

    /// Words that mark a sentence about the texts of the agreement and their languages.
    private static let textsWords = SortedStrings([
        "language", "languages", "text", "texts", "authentic", "original", "originals", "version", "versions",
        "copies", "copy", "duplicate", "triplicate",
    ])

    /// Languages named in the sentences of `text` that speak of its texts, in order, once each.
    static func languages(inTextsClauses text: String) -> [String] {
        var found: [String] = []
        for sentence in text.prefix(20_000).split(whereSeparator: { $0 == "." || $0 == "\n" || $0 == ";" }) {
            let words = sentence.split(whereSeparator: { !DefinitionExtractor.isLetter($0) }).map(String.init)
            guard words.contains(where: { textsWords.contains($0.lowercased()) }) else { continue }
            for word in words where languageNames.contains(word) && !found.contains(word) { found.append(word) }
        }
        return found
    }

    private static func bare(_ word: String) -> String {
        String(word.filter { DefinitionExtractor.isLetter($0) || DefinitionExtractor.isNumber($0) })
    }

    /// The first day-month-year or month-day-year in `words`.
    static func date(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            guard let month = months.firstIndex(of: bare(word).lowercased()) else { continue }
            var day: Int?
            var year: Int?
            // "24 February 2024", "24th day of February, 2024", "24th of February 2024".
            for back in 1...3 where index - back >= 0 {
                if let value = dayNumber(words[index - back]) {
                    day = value
                    // "twenty first day of": the tens come one word earlier.
                    if value < 10, index - back - 1 >= 0, let tens = tensWords[bare(words[index - back - 1]).lowercased()] {
                        day = tens + value
                    }
                    break
                }
            }
            var forward = index + 1
            if day == nil, forward < words.count, let value = dayNumber(words[forward]) { day = value; forward += 1 }
            // "April, 1949", "May in this year 2009", "May in the year one thousand nine hundred …".
            while forward < words.count, forward <= index + 5 {
                if let value = Int(bare(words[forward])), value >= 1000, value <= 2999 { year = value; break }
                if let value = yearInWords(words[forward...].prefix(10)) { year = value; break }
                forward += 1
            }
            if let day, let year {
                let monthText = month + 1 < 10 ? "0\(month + 1)" : "\(month + 1)"
                let dayText = day < 10 ? "0\(day)" : "\(day)"
                return "\(year)-\(monthText)-\(dayText)"
            }
        }
        return nil
    }

    /// The ordinal words of days 1 to 9 and 10 to 19.
    private static let ordinalUnits = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    private static let ordinalTeens = [
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ]

    /// The day an ordinal word names: "first" … "thirty-first", also hyphenated ("twenty-first")
    /// or run together ("twentyfirst"). Looked up in short lists: a dictionary of every spelling
    /// would be built at first use for a lookup or two per text.
    static func ordinal(_ word: String) -> Int? {
        if let unit = ordinalUnits.firstIndex(of: word) { return unit + 1 }
        if let teen = ordinalTeens.firstIndex(of: word) { return teen + 10 }
        switch word {
        case "twentieth": return 20
        case "thirtieth": return 30
        case "thirty-first", "thirtyfirst": return 31
        default: break
        }
        for tens in ["twenty-", "twenty"] where word.hasPrefix(tens) {
            if let unit = ordinalUnits.firstIndex(of: String(word.dropFirst(tens.count))) { return 21 + unit }
        }
        return nil
    }

    private static let tensWords = ["twenty": 20, "thirty": 30]

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// A year written in words at the start of `words`: "one thousand nine hundred and
    /// forty-nine", "nineteen hundred and fifty-one", "two thousand and nine".
    static func yearInWords(_ words: ArraySlice<String>) -> Int? {
        var total = 0
        var current = 0
        var used = 0
        for raw in words {
            let word = raw.lowercased().filter { DefinitionExtractor.isLetter($0) || $0 == "-" }
            if word == "and", used > 0 { used += 1; continue }
            let parts = word.split(separator: "-").map(String.init)
            guard !parts.isEmpty, parts.allSatisfy({ numberWords[$0] != nil || $0 == "hundred" || $0 == "thousand" }) else { break }
            for part in parts {
                if part == "thousand" { total += max(current, 1) * 1000; current = 0 }
                else if part == "hundred" { current = max(current, 1) * 100 }
                else if let value = numberWords[part] { current += value }
            }
            used += 1
            if raw.last == "," || raw.last == "." { break }
        }
        let year = total + current
        return used >= 2 && year >= 1000 && year <= 2999 ? year : nil
    }

    private static func dayNumber(_ word: String) -> Int? {
        if let ordinal = ordinal(bare(word).lowercased()) ?? ordinal(word.lowercased().filter { DefinitionExtractor.isLetter($0) || $0 == "-" }) {
            return ordinal
        }
        let digits = word.prefix { DefinitionExtractor.isNumber($0) }
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        let rest = word.dropFirst(digits.count).lowercased().filter { DefinitionExtractor.isLetter($0) }
        return ["", "st", "nd", "rd", "th"].contains(rest) ? value : nil
    }

    /// Capitalised words that follow "in"/"at" in signature clauses without being a place.
    private static let notPlaces = SortedStrings(["duplicate", "triplicate", "two", "three", "four", "witness", "faith"])

    /// The capitalised words after "at" (or else "in") that are not a number of copies or a language.
    static func place(in words: [String]) -> String? {
        placeAfter("at", in: words) ?? placeAfter("in", in: words)
    }

    private static func placeAfter(_ preposition: String, in words: [String]) -> String? {
        for (index, word) in words.enumerated() where word.lowercased() == preposition {
            var name: [String] = []
            var probe = index + 1
            while probe < words.count, name.count < 4 {
                let candidate = words[probe]
                let cleaned = bare(candidate)
                guard let first = cleaned.first, DefinitionExtractor.isUppercase(first), months.firstIndex(of: cleaned.lowercased()) == nil,
                      !languageNames.contains(cleaned)
                else { break }
                name.append(String(candidate.trimmingSuffix { ",;:.".contains($0) }))
                if candidate.last == "," || candidate.last == ";" || candidate.last == "." { break }
                probe += 1
            }
            // "The Hague": a leading "The" belongs to the name only when a capitalised word follows.
            if name.first == "The", name.count == 1 { continue }
            if let first = name.first, !notPlaces.contains(first.lowercased()) {
                return name.joined(separator: " ")
            }
        }
        return nil
    }

    /// Language names listed in the clause, in order, once each.
    static func languages(in words: [String]) -> [String] {
        var found: [String] = []
        for word in words {
            let cleaned = bare(word)
            if languageNames.contains(cleaned), !found.contains(cleaned) { found.append(cleaned) }
        }
        return found
    }
}
