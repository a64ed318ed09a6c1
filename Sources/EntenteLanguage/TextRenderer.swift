/// Renders a table as plain text for reading or piping, with no header and no footer.
///
/// Provision texts (a table with `provision` or `path` and `text` columns, as `show` makes) come
/// out as paragraphs, each under a line naming it — `canada II.3 (line 9)` — separated by blank
/// lines and wrapped to the width when one is given. Other tables give one line per row, the
/// values separated by two spaces (line breaks inside a value become spaces); an outline's rows
/// are indented by depth under its title.
public struct TextRenderer: Sendable {
    public var width: Int?

    public init(width: Int? = nil) {
        self.width = width
    }

    public func render(_ table: Table) -> String {
        let path = table.columnIndex("provision") ?? table.columnIndex("path")
        if let path, let text = table.columnIndex("text") {
            return paragraphs(table, path: path, text: text)
        }
        var lines: [String] = []
        if let title = table.title { lines.append(title) }
        for (number, row) in table.rows.enumerated() {
            let indent = table.indents.map { number < $0.count ? String(repeating: "  ", count: $0[number]) : "" } ?? ""
            let values = row.map { value in
                TableRenderer.cellLines(value).joined(separator: " ")
            }
            var line = indent + values.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private func paragraphs(_ table: Table, path: Int, text: Int) -> String {
        let document = table.columnIndex("document")
        let line = table.columnIndex("line")
        var blocks: [String] = []
        for row in table.rows {
            var heading: [String] = []
            if let document, document < row.count, row[document] != .null { heading.append(row[document].displayText) }
            if path < row.count { heading.append(row[path].displayText) }
            var title = heading.joined(separator: " ")
            if let line, line < row.count, row[line] != .null { title += " (line \(row[line].displayText))" }
            let body = text < row.count ? row[text].displayText : ""
            let wrapped = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .flatMap { paragraphLine -> [String] in
                    guard let width, width > 0 else { return [String(paragraphLine)] }
                    return TableRenderer.wrap(String(paragraphLine), to: width)
                }
            blocks.append(([title] + wrapped).joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }
}
