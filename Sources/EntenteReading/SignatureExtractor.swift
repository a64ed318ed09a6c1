/// Reads date, place and languages from a signature block:
/// "SIGNED in duplicate in Kyiv on 24 February 2024, in the English, French and Ukrainian languages"
/// → 2024-02-24, Kyiv, [English, French, Ukrainian]. Also "Done at The Hague, this 3rd day of
/// March, 1985, in the English and Dutch languages" and "on February 24, 2024".
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

    /// Language names that signature clauses list; a generic table, like a list of months.
    static let languageNames: Set<String> = [
        "Albanian", "Arabic", "Armenian", "Azerbaijani", "Bulgarian", "Chinese", "Croatian", "Czech", "Danish",
        "Dutch", "English", "Estonian", "Finnish", "French", "Georgian", "German", "Greek", "Hebrew", "Hindi",
        "Hungarian", "Icelandic", "Indonesian", "Italian", "Japanese", "Kazakh", "Korean", "Latvian", "Lithuanian",
        "Macedonian", "Moldovan", "Mongolian", "Norwegian", "Persian", "Polish", "Portuguese", "Romanian", "Russian",
        "Serbian", "Slovak", "Slovenian", "Spanish", "Swedish", "Thai", "Turkish", "Ukrainian", "Uzbek", "Vietnamese",
        "Frisian", "Papiamento", "Swahili", "Kinyarwanda", "Malay", "Bengali", "Urdu", "Khmer", "Lao", "Burmese",
        "Tagalog", "Amharic", "Belarusian", "Bosnian", "Maltese", "Irish", "Luxembourgish", "Catalan", "Basque",
    ]

    static func extract(_ text: String) -> Result {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).prefix(400).map(String.init)
        return Result(date: date(in: words), place: place(in: words), languages: languages(in: words))
    }

    private static func bare(_ word: String) -> String {
        String(word.filter { $0.isLetter || $0.isNumber })
    }

    /// The first day-month-year or month-day-year in `words`.
    static func date(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            guard let month = months.firstIndex(of: bare(word).lowercased()) else { continue }
            var day: Int?
            var year: Int?
            // "24 February 2024", "24th day of February, 2024", "24th of February 2024".
            for back in 1...3 where index - back >= 0 {
                if let value = dayNumber(words[index - back]) { day = value; break }
            }
            var forward = index + 1
            if day == nil, forward < words.count, let value = dayNumber(words[forward]) { day = value; forward += 1 }
            while forward < words.count, forward <= index + 3 {
                if let value = Int(bare(words[forward])), value >= 1000, value <= 2999 { year = value; break }
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

    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        let rest = word.dropFirst(digits.count).lowercased().filter { $0.isLetter }
        return ["", "st", "nd", "rd", "th"].contains(rest) ? value : nil
    }

    /// The capitalised words after "at" or "in" that are not a number of copies or a language.
    static func place(in words: [String]) -> String? {
        for (index, word) in words.enumerated() where ["at", "in"].contains(word.lowercased()) {
            var name: [String] = []
            var probe = index + 1
            while probe < words.count, name.count < 4 {
                let candidate = words[probe]
                let cleaned = bare(candidate)
                guard let first = cleaned.first, first.isUppercase, months.firstIndex(of: cleaned.lowercased()) == nil,
                      !languageNames.contains(cleaned)
                else { break }
                name.append(String(candidate.trimmingSuffix { ",;:.".contains($0) }))
                if candidate.last == "," || candidate.last == ";" || candidate.last == "." { break }
                probe += 1
            }
            // "The Hague": a leading "The" belongs to the name only when a capitalised word follows.
            if name.first == "The", name.count == 1 { continue }
            if let first = name.first, !["Duplicate", "Two", "Three", "Witness", "Faith"].contains(first) {
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
