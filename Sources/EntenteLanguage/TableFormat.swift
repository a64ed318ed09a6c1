/// The output formats of `.mode` and `--format`. Each renders a table with no trailing newline.
public enum TableFormat: String, CaseIterable, Sendable {
    /// Aligned columns that fit the width, long text wrapped (`TableRenderer`).
    case table
    /// A JSON array of row objects per statement (`JSONRenderer`).
    case json
    /// One JSON object per line (`JSONRenderer`, `.lines`).
    case jsonl
    /// RFC 4180 comma-separated values with a header row; lines end in LF (`DelimitedRenderer`).
    case csv
    /// Tab-separated values with a header row; tabs, line breaks and backslashes escaped.
    case tsv
    /// A GitHub-flavoured Markdown pipe table (`MarkdownRenderer`).
    case markdown
    /// Plain text: provision texts as paragraphs, other rows one line each (`TextRenderer`).
    case text

    /// Renders `table`; `width` is the terminal's width for `table` and `text`, ignored otherwise.
    public func render(_ table: Table, width: Int?) -> String {
        switch self {
        case .table: TableRenderer(width: width).render(table)
        case .json: JSONRenderer(style: .array).render(table)
        case .jsonl: JSONRenderer(style: .lines).render(table)
        case .csv: DelimitedRenderer(style: .csv).render(table)
        case .tsv: DelimitedRenderer(style: .tsv).render(table)
        case .markdown: MarkdownRenderer().render(table)
        case .text: TextRenderer(width: width).render(table)
        }
    }
}
