/// Turns Markdown into the plain text the structure reader understands, line for line: output line
/// N is source line N, so a provision's `line` is the Markdown line.
///
/// - ATX headings lose their `#`s (and closing `#`s); setext underlines, thematic breaks, fences,
///   link reference definitions and front matter become blank lines.
/// - `-`, `*`, `+` bullets become `- `; ordered markers (`1.`, `1)`) are kept; indentation is kept.
/// - Emphasis (`*`, `_`, `~~`), links, images, inline code, backslash escapes and entities are
///   reduced to their text; inline HTML tags and comments are removed (their text kept), `<script>`
///   and `<style>` with their content.
/// - Table rows become their cells' text separated by spaces; delimiter rows become blank.
/// - Footnotes: `[^1]` becomes `[1]`, and a definition `[^1]: text` becomes `[1] text`.
struct MarkdownDecoder {
    /// Inside an HTML comment that started on an earlier line.
    var inComment = false
    /// Inside `<script>` or `<style>`: the element whose end tag ends the skipped text.
    var rawUntil: String?

    /// A text that opens with YAML front matter or whose first line is an ATX heading.
    static func looksLikeMarkdown(_ prefix: String) -> Bool {
        let lines = SourceText.splitLines(prefix)
        if lines.first == "---", lines.dropFirst().prefix(40).contains(where: { $0 == "---" || $0 == "..." }),
           lines.dropFirst().first?.contains(":") == true {
            return true
        }
        guard let first = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        return atxHeading(Array(first.unicodeScalars)) != nil
    }

    /// The plain text of `text`, with as many lines (and a final newline when it had one).
    static func decode(_ text: String) -> String {
        var decoder = MarkdownDecoder()
        let lines = SourceText.splitLines(text)
        let scalars = lines.map { Array($0.unicodeScalars) }
        var output: [String] = Array(repeating: "", count: lines.count)
        let start = frontMatterEnd(lines).map { $0 + 1 } ?? 0
        let tableRows = tableRows(scalars)
        var fence: (character: Unicode.Scalar, length: Int)?
        var previousIsText = false
        for index in start ..< lines.count {
            let line = scalars[index]
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let body = line[indent...]
            if let open = fence {
                if indent < 4, let close = fenceMarker(body), close.character == open.character, close.length >= open.length,
                   body.dropFirst(close.length).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                } else {
                    output[index] = String(String.UnicodeScalarView(line))
                }
                previousIsText = false
                continue
            }
            if indent < 4, !decoder.inComment, decoder.rawUntil == nil, let marker = fenceMarker(body) {
                fence = marker
                previousIsText = false
                continue
            }
            output[index] = decoder.block(line, indent: indent, isTableRow: tableRows.contains(index), previousIsText: previousIsText)
            previousIsText = !output[index].isEmpty
        }
        let joined = output.joined(separator: "\n")
        if let last = text.unicodeScalars.last, last == "\n" || last == "\r" { return joined + "\n" }
        return joined
    }

    /// One line outside fences.
    private mutating func block(_ line: [Unicode.Scalar], indent: Int, isTableRow: Bool, previousIsText: Bool) -> String {
        var start = indent
        // Block quotes: drop every leading `>` (and the space after it).
        while start < line.count, line[start] == ">", !inComment, rawUntil == nil {
            start += 1
            if start < line.count, line[start] == " " { start += 1 }
            while start < line.count, line[start] == " " || line[start] == "\t" { start += 1 }
        }
        let body = Array(line[start...])
        let lead = String(String.UnicodeScalarView(line[..<indent]))
        if inComment || rawUntil != nil { return trimmedEnd(lead + inline(body[...])) }
        if body.isEmpty { return "" }
        if Self.isBreakLine(body, previousIsText: previousIsText) { return "" }
        if isTableRow { return lead + tableRow(body) }
        if let heading = Self.atxHeading(body) {
            let text = trimmedEnd(inline(heading))
            return String(text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
        }
        if let definition = Self.footnoteDefinition(body) {
            return trimmedEnd("[\(definition.label)] " + inline(definition.text))
        }
        if Self.isReferenceDefinition(body) { return "" }
        if let first = body.first, first == "-" || first == "*" || first == "+", body.count > 1, body[1] == " " || body[1] == "\t" {
            return trimmedEnd(lead + "- " + inline(body.dropFirst(2).drop { $0 == " " || $0 == "\t" }))
        }
        if let length = Self.orderedMarkerLength(body) {
            let marker = String(String.UnicodeScalarView(body[..<length]))
            return trimmedEnd(lead + marker + " " + inline(body[length...].drop { $0 == " " || $0 == "\t" }))
        }
        var text = trimmedEnd(lead + inline(body[...]))
        if text.hasSuffix("\\") { text.removeLast() }
        return trimmedEnd(text)
    }

    private func trimmedEnd(_ text: String) -> String {
        var text = text
        while let last = text.unicodeScalars.last, last == " " || last == "\t" { text.unicodeScalars.removeLast() }
        return text
    }

    // MARK: Block recognisers

    /// The text of `# Heading #` (1–6 `#`s then a space or the end), closing `#`s removed.
    static func atxHeading(_ body: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        let hashes = body.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        guard hashes == body.count || body[hashes] == " " || body[hashes] == "\t" else { return nil }
        var text = body[hashes...]
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let rest = text.dropLast(closing)
            if rest.isEmpty || rest.last == " " || rest.last == "\t" { text = rest }
        }
        return text.drop { $0 == " " || $0 == "\t" }
    }

    /// A thematic break (`***`, `- - -`, `___`) or a setext underline (`===`, `---` under text).
    static func isBreakLine(_ body: [Unicode.Scalar], previousIsText: Bool) -> Bool {
        guard let first = body.first, first == "-" || first == "*" || first == "_" || first == "=" else { return false }
        var count = 0
        for scalar in body {
            if scalar == first { count += 1 } else if scalar != " " && scalar != "\t" { return false }
        }
        if first == "=" { return previousIsText }
        return count >= 3 || (first == "-" && previousIsText)
    }

    /// ```` ``` ```` or `~~~` (three or more) opening a fenced code block.
    static func fenceMarker(_ body: ArraySlice<Unicode.Scalar>) -> (character: Unicode.Scalar, length: Int)? {
        guard let first = body.first, first == "`" || first == "~" else { return nil }
        let length = body.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`", body.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    /// `1.` or `1)` (up to nine digits) followed by a space, or alone on the line.
    static func orderedMarkerLength(_ body: [Unicode.Scalar]) -> Int? {
        let digits = body.prefix { $0.properties.numericType != nil && $0.isASCII }.count
        guard (1...9).contains(digits), digits < body.count, body[digits] == "." || body[digits] == ")" else { return nil }
        guard digits + 1 == body.count || body[digits + 1] == " " || body[digits + 1] == "\t" else { return nil }
        return digits + 1
    }

    /// `[label]: destination`.
    static func isReferenceDefinition(_ body: [Unicode.Scalar]) -> Bool {
        guard body.first == "[", body.count > 1, body[1] != "^", let close = body.firstIndex(of: "]"), close > 1,
              close + 1 < body.count, body[close + 1] == ":" else { return false }
        return body[(close + 2)...].contains { $0 != " " && $0 != "\t" }
    }

    /// `[^label]: text`.
    static func footnoteDefinition(_ body: [Unicode.Scalar]) -> (label: String, text: ArraySlice<Unicode.Scalar>)? {
        guard body.count > 3, body[0] == "[", body[1] == "^", let close = body.firstIndex(of: "]"), close > 2,
              close + 1 < body.count, body[close + 1] == ":" else { return nil }
        return (String(String.UnicodeScalarView(body[2..<close])), body[(close + 2)...].drop { $0 == " " || $0 == "\t" })
    }

    /// The index of the closing line of front matter (`---` … `---`/`...`, or `+++` … `+++`) at the top.
    static func frontMatterEnd(_ lines: [Substring]) -> Int? {
        guard let first = lines.first, first == "---" || first == "+++" else { return nil }
        var sawKey = false
        for index in 1 ..< lines.count {
            let line = lines[index]
            if line == first || (first == "---" && line == "...") { return sawKey ? index : nil }
            if line.contains(":") || line.contains("=") { sawKey = true }
        }
        return nil
    }

    /// Lines that belong to tables: a header row over a delimiter row (`|---|:--:|`), the delimiter
    /// row and the rows after it up to a blank line, and any line that starts with `|`.
    static func tableRows(_ lines: [[Unicode.Scalar]]) -> Set<Int> {
        var rows: Set<Int> = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if isDelimiterRow(line), index > 0, lines[index - 1].contains("|") {
                rows.insert(index - 1)
                rows.insert(index)
                index += 1
                while index < lines.count, lines[index].contains("|") {
                    rows.insert(index)
                    index += 1
                }
                continue
            }
            if line.first(where: { $0 != " " && $0 != "\t" }) == "|" { rows.insert(index) }
            index += 1
        }
        return rows
    }

    static func isDelimiterRow(_ line: [Unicode.Scalar]) -> Bool {
        line.contains("|") && line.contains("-") && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    /// A table row's cells, each reduced to text, separated by a space; a delimiter row is blank.
    private mutating func tableRow(_ body: [Unicode.Scalar]) -> String {
        if Self.isDelimiterRow(body) { return "" }
        var cells: [String] = []
        var cell: [Unicode.Scalar] = []
        var index = 0
        while index < body.count {
            let scalar = body[index]
            if scalar == "\\", index + 1 < body.count, body[index + 1] == "|" {
                cell.append("|")
                index += 2
                continue
            }
            if scalar == "|" {
                cells.append(trimmedEnd(inline(cell[...].drop { $0 == " " || $0 == "\t" })))
                cell = []
            } else {
                cell.append(scalar)
            }
            index += 1
        }
        cells.append(trimmedEnd(inline(cell[...].drop { $0 == " " || $0 == "\t" })))
        return cells.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
