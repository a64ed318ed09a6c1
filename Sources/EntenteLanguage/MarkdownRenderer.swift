/// Renders a table as a Markdown pipe table: a header, a rule (numbers right-aligned with `---:`)
/// and one line per row. `|` is escaped `\|`, line breaks become `<br>`; null is an empty cell.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ table: Table) -> String {
        guard !table.columns.isEmpty else { return "" }
        let numeric = table.columns.indices.map { column in
            table.rows.contains { column < $0.count && $0[column].type == .number }
                && table.rows.allSatisfy { column >= $0.count || [.number, .null].contains($0[column].type) }
        }
        var lines = ["| " + table.columns.map(Self.cell).joined(separator: " | ") + " |"]
        lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            let cells = table.columns.indices.map { column in column < row.count ? Self.cell(row[column].displayText) : "" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }
}
