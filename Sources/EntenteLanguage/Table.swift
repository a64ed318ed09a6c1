/// What every statement yields: named columns and rows of values, in a deterministic order.
public struct Table: Sendable, Hashable {
    /// Column names, in output order; they are also the JSON keys.
    public var columns: [String]
    /// One array of `columns.count` values per row.
    public var rows: [[Value]]
    /// An optional caption (the outline's document, say); renderers may show it, JSON ignores it.
    public var title: String?
    /// Per-row indentation levels for the first column, used by the table renderer to draw an
    /// outline as a tree; nil for ordinary tables. Data formats ignore it.
    public var indents: [Int]?

    public init(columns: [String], rows: [[Value]] = [], title: String? = nil, indents: [Int]? = nil) {
        self.columns = columns
        self.rows = rows
        self.title = title
        self.indents = indents
    }

    /// The index of the column called `name`, if any.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }
}
