/// Renders diagnostics the way rustc and swift-parsing do:
///
///     script.entente:3:15: error: unknown field `actor`
///     3 | commitments | where actor = "Canada"
///       |                     ^~~~~ did you mean `actors`?
///
/// Columns are Characters throughout; only the renderer turns them into padding.
public struct DiagnosticFormatter: Sendable {
    /// The full source text the diagnostic's ranges refer to, or nil when none is available.
    public var source: String?
    /// The line number of `source`'s first line: a statement cut from a script starts mid-file.
    public var firstLine: Int

    public init(source: String?, firstLine: Int = 1) {
        self.source = source
        self.firstLine = firstLine
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.file
        if let range = diagnostic.range {
            out += ":\(range.start.line):\(range.start.column)"
        }
        out += ": \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let range = diagnostic.range, let line = sourceLine(range.start.line) {
            let gutter = String(range.start.line)
            let pad = String(repeating: " ", count: gutter.count)
            let lineChars = Array(line)
            let startCol = min(max(range.start.column, 1), lineChars.count + 1)
            let endCol: Int
            if range.end.line == range.start.line {
                endCol = max(min(range.end.column, lineChars.count + 1), startCol + 1)
            } else {
                endCol = max(lineChars.count + 1, startCol + 1)
            }
            // Tabs before the caret are kept as tabs so the caret stays aligned in a terminal.
            let lead = lineChars.prefix(startCol - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            let width = endCol - startCol
            var marker = "^" + String(repeating: "~", count: max(width - 1, 0))
            if let label = diagnostic.label { marker += " " + label }
            out += "\n\(gutter) | \(line)\n\(pad) | \(lead)\(marker)"
        } else if let label = diagnostic.label {
            out += " (\(label))"
        }
        for note in diagnostic.notes {
            out += "\nnote: \(note)"
        }
        return out
    }

    private func sourceLine(_ number: Int) -> String? {
        guard let source, number >= firstLine else { return nil }
        var current = firstLine
        var lineStart = source.startIndex
        var index = source.startIndex
        while index < source.endIndex {
            if current == number { break }
            if source[index] == "\n" || source[index] == "\r\n" {
                current += 1
                lineStart = source.index(after: index)
            }
            index = source.index(after: index)
        }
        guard current == number else { return nil }
        let lineEnd = source[lineStart...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? source.endIndex
        return String(source[lineStart..<lineEnd])
    }
}
