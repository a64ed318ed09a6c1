/// Renders a table as aligned text in the psql/duckdb manner:
///
///     path | kind | line
///     -----+------+-----
///     I    | part |   12
///     (1 row)
///
/// Numbers are right-aligned, null is empty, lists are joined by ", ". Given a width, the widest
/// columns are narrowed until the table fits and their cells wrap at word boundaries. Pure and
/// deterministic; no trailing newline and no trailing spaces.
public struct TableRenderer: Sendable {
    /// The terminal's width in columns, or nil to never wrap.
    public var width: Int?

    /// No column is narrowed below this (or its header), so wrapped text stays readable.
    static let minimumColumnWidth = 10

    public init(width: Int? = nil) {
        self.width = width
    }

    public func render(_ table: Table) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append(title) }
        let count = table.columns.count
        guard count > 0 else {
            lines.append(Self.footer(table.rows.count))
            return lines.joined(separator: "\n")
        }
        // Each cell as lines of text, before wrapping.
        let cells: [[[String]]] = table.rows.enumerated().map { rowIndex, row in
            (0..<count).map { column in
                let value = column < row.count ? row[column] : .null
                var lines = Self.cellLines(value)
                if column == 0, let indents = table.indents, rowIndex < indents.count, indents[rowIndex] > 0 {
                    let pad = String(repeating: "  ", count: indents[rowIndex])
                    lines = lines.map { pad + $0 }
                }
                return lines
            }
        }
        let numeric: [Bool] = (0..<count).map { column in
            var sawNumber = false
            for row in table.rows where column < row.count {
                switch row[column] {
                case .number: sawNumber = true
                case .null: continue
                default: return false
                }
            }
            return sawNumber
        }
        var widths = (0..<count).map { column in
            cells.reduce(DisplayWidth.of(table.columns[column])) { widest, row in
                row[column].reduce(widest) { max($0, DisplayWidth.of($1)) }
            }
        }
        if let width { widths = Self.fit(widths, headers: table.columns, numeric: numeric, into: width) }

        lines.append(Self.joinRow(table.columns.map { [$0] }, widths, rightAligned: Array(repeating: false, count: count)))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-"))
        for row in cells {
            let wrapped = (0..<count).map { column in
                numeric[column] ? row[column] : row[column].flatMap { Self.wrap($0, to: widths[column]) }
            }
            lines.append(Self.joinRow(wrapped, widths, rightAligned: numeric))
        }
        lines.append(Self.footer(table.rows.count))
        return lines.joined(separator: "\n")
    }

    static func footer(_ rows: Int) -> String {
        rows == 1 ? "(1 row)" : "(\(rows) rows)"
    }

    /// A value's text split into display lines: line breaks kept, tabs and controls made spaces.
    static func cellLines(_ value: Value) -> [String] {
        let text = value.displayText
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        return lines.map { line in
            String(line.map { character -> Character in
                guard let scalar = character.unicodeScalars.first else { return character }
                return scalar.value < 0x20 || scalar.value == 0x7F ? " " : character
            })
        }
    }

    /// Narrows the widest text columns, one column at a time, until the row fits `total` or none
    /// can shrink further.
    static func fit(_ natural: [Int], headers: [String], numeric: [Bool], into total: Int) -> [Int] {
        var widths = natural
        let separators = 3 * (widths.count - 1)
        let minimums = widths.indices.map { column in
            numeric[column] ? widths[column]
                : min(widths[column], max(minimumColumnWidth, DisplayWidth.of(headers[column])))
        }
        var excess = widths.reduce(separators, +) - total
        while excess > 0 {
            let shrinkable = widths.indices.filter { widths[$0] > minimums[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }) else { break }
            let others = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? minimums[widest]
            let step = max(1, min(excess, widths[widest] - max(others, minimums[widest])))
            widths[widest] -= step
            excess -= step
        }
        return widths
    }

    /// Word-wraps one line to `width` display columns; words longer than a line are broken.
    static func wrap(_ line: String, to width: Int) -> [String] {
        guard width > 0, DisplayWidth.of(line) > width else { return [line] }
        var result: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = DisplayWidth.of(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                result.append(current)
                current = ""
                currentWidth = 0
            }
            // Break an over-long word into pieces that fit, in one pass over its characters.
            var piece = ""
            var pieceWidth = 0
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if pieceWidth + characterWidth > width, pieceWidth > 0 {
                    result.append(piece)
                    piece = ""
                    pieceWidth = 0
                }
                piece.append(character)
                pieceWidth += characterWidth
            }
            current = piece
            currentWidth = pieceWidth
        }
        result.append(current)
        return result
    }

    /// One table row, possibly several lines tall, with cells padded to their column widths.
    static func joinRow(_ cells: [[String]], _ widths: [Int], rightAligned: [Bool]) -> String {
        let height = cells.map(\.count).max() ?? 1
        var lines: [String] = []
        for lineIndex in 0..<max(height, 1) {
            let parts = cells.indices.map { column -> String in
                let text = lineIndex < cells[column].count ? cells[column][lineIndex] : ""
                let pad = String(repeating: " ", count: max(widths[column] - DisplayWidth.of(text), 0))
                return rightAligned[column] ? pad + text : text + pad
            }
            var line = parts.joined(separator: " | ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
