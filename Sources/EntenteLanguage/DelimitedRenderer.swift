/// Renders a table as CSV or TSV, a header row first, then one line per row; no trailing newline.
///
/// - CSV follows RFC 4180 except that lines end in LF, as Unix tools expect (a field's own line
///   breaks are kept inside its quotes): a field with a comma, a double quote, CR or LF is quoted
///   and its quotes doubled.
/// - TSV never quotes: a tab, LF, CR or backslash in a value is written `\t`, `\n`, `\r`, `\\`.
///
/// Null is an empty field, lists are joined by "; " (so a list stays one field even unquoted).
public struct DelimitedRenderer: Sendable {
    public enum Style: Sendable, Hashable {
        case csv
        case tsv
    }

    public var style: Style

    public init(style: Style) {
        self.style = style
    }

    public func render(_ table: Table) -> String {
        var lines = [table.columns.map(field).joined(separator: separator)]
        for row in table.rows {
            lines.append(table.columns.indices.map { column in
                field(column < row.count ? Self.text(row[column]) : "")
            }.joined(separator: separator))
        }
        return lines.joined(separator: "\n")
    }

    private var separator: String { style == .csv ? "," : "\t" }

    /// A value as one field's text: lists joined by "; ".
    static func text(_ value: Value) -> String {
        if case .list(let items) = value { return items.map(\.displayText).joined(separator: "; ") }
        return value.displayText
    }

    private func field(_ text: String) -> String {
        switch style {
        case .csv:
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
            return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
        case .tsv:
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\\": out += "\\\\"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
