/// How strongly the opening of a text says "web page". Looks only at what comes first (after a BOM,
/// whitespace, `<?xml …?>` and comments), never at tags further in.
enum HTMLSniff {
    enum Evidence { case none, weak, strong }

    static let strongOpenings = ["<!doctype html", "<html", "<head", "<body"]
    static let elements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "article", "main", "section", "table", "ul", "ol",
        "meta", "title", "link", "span", "a", "br", "b", "i", "em", "strong", "center", "font", "nav",
        "header", "footer", "style", "script", "blockquote", "pre", "dl", "form", "img",
    ]

    static func evidence(_ prefix: String) -> Evidence {
        var rest = Substring(prefix)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if rest.hasPrefix("<!--") {
                guard let end = rest.firstRange(of: "-->") else { return .none }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<?") {
                guard let end = rest.firstRange(of: "?>") else { return .none }
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        let opening = rest.prefix(20).lowercased()
        for candidate in strongOpenings where opening.hasPrefix(candidate) {
            let after = opening.dropFirst(candidate.count).first
            if after == nil || after == ">" || after == " " || after == "\n" || after == "\t" || after == "\r" { return .strong }
        }
        guard opening.hasPrefix("<") else { return .none }
        let name = opening.dropFirst().prefix { $0.isLetter || $0.isNumber }
        return elements.contains(String(name)) ? .weak : .none
    }

    /// Whether the text has anything that looks like a tag: `<` followed by a letter, `/` or `!`.
    static func hasTag(_ prefix: String) -> Bool {
        var previousWasOpen = false
        for scalar in prefix.unicodeScalars {
            if previousWasOpen, scalar.properties.isAlphabetic || scalar == "/" || scalar == "!" { return true }
            previousWasOpen = scalar == "<"
        }
        return false
    }
}
