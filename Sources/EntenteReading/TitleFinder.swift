/// Finds a document's title among its first lines, and so where its body begins.
///
/// A web page prints its headline twice (page title and heading): a short line repeated near the
/// top is the title, and what comes before it is the page's lead-in. Otherwise the title is the first
/// block of short lines (a PDF's centred title spans several: "AGREEMENT … / BETWEEN / … / AND / …").
enum TitleFinder {
    struct Result {
        var title: String
        /// Indices (into the classified lines) of the title's lines.
        var titleLines: [Int]
        /// Index of the first line after the title: where the body starts.
        var bodyStart: Int
    }

    private static let hereinafter = PhraseSet(["hereinafter"])

    static func find(_ lines: [ClassifiedLine]) -> Result {
        if let repeated = repeatedHeadline(lines) { return repeated }
        guard let first = lines.firstIndex(where: { !isBlank($0) }) else {
            return Result(title: "", titleLines: [], bodyStart: lines.count)
        }
        // A first line that is already structure or prose leaves the document untitled here.
        if case .heading(let heading) = lines[first].kind, heading.level == .article || heading.keyword == nil {
            return Result(title: "", titleLines: [], bodyStart: first)
        }
        if case .item = lines[first].kind { return Result(title: "", titleLines: [], bodyStart: first) }
        if case .signature = lines[first].kind { return Result(title: "", titleLines: [], bodyStart: first) }
        if !StructureScanning.characterCount(lines[first].text, atMost: 300) {
            return Result(title: shortened(lines[first].text), titleLines: [], bodyStart: first)
        }
        var block = [first]
        var index = first + 1
        while index < lines.count, block.count < 6, !isBlank(lines[index]), StructureScanning.characterCount(lines[index].text, atMost: 200) {
            if case .text = lines[index].kind {} else { break }
            if TextScanning.mayContainLowercased(lines[index].text, hereinafter), TextScanning.contains("hereinafter", in: lines[index].text.lowercased()[...]) {
                break
            }
            block.append(index)
            index += 1
        }
        let title = block.map { String(lines[$0].text) }.joined(separator: " ")
        return Result(title: withoutFinalPoint(title), titleLines: block, bodyStart: index)
    }

    /// A short line that occurs twice within the first forty non-blank lines.
    private static func repeatedHeadline(_ lines: [ClassifiedLine]) -> Result? {
        // At most forty candidates, compared with `==` as a dictionary would: a linear search is
        // cheaper than hashing them, and creates no dictionary type at first use.
        var seen: [(text: Substring, index: Int)] = []
        var nonBlank = 0
        for (index, line) in lines.enumerated() where !isBlank(line) {
            nonBlank += 1
            if nonBlank > 40 { break }
            // Counted only as far as the bounds need: a long line is not segmented to its end.
            guard case .text = line.kind, !StructureScanning.characterCount(line.text, atMost: 19),
                  StructureScanning.characterCount(line.text, atMost: 200),
                  !StructureScanning.wordCount(line.text, atMost: 3), !TextScanning.endsClause(line.text)
            else { continue }
            if let first = seen.first(where: { $0.text == line.text })?.index {
                return Result(title: String(lines[first].text), titleLines: [first], bodyStart: first + 1)
            }
            seen.append((line.text, index))
        }
        return nil
    }

    private static func isBlank(_ line: ClassifiedLine) -> Bool {
        if case .blank = line.kind { return true }
        return false
    }

    /// A title is a name, not a sentence: "Agreement … between France and Ukraine." loses its point
    /// (an abbreviation's point, as in "… Co.", stays: the word before it is short).
    static func withoutFinalPoint(_ title: String) -> String {
        guard title.hasSuffix("."), !title.hasSuffix(".."), let lastWord = title.split(separator: " ").last,
              lastWord.count > 4, !lastWord.dropLast().contains("." as Character)
        else { return title }
        return String(title.dropLast())
    }

    /// The first words of a long line, for a title when nothing better exists.
    static func shortened(_ text: Substring) -> String {
        let words = text.split(separator: " ", maxSplits: 16, omittingEmptySubsequences: true).prefix(15)
        return words.joined(separator: " ") + (TextScanning.wordCount(text) > 15 ? "…" : "")
    }
}
