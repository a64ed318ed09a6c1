/// A position in a source text. Lines and columns are 1-based; columns count Characters, not bytes,
/// so a caret lines up under what the user typed whatever the script.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open range `[start, end)` in a source text.
public struct SourceRange: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range covering one position (rendered as a single caret).
    public init(at position: SourcePosition) {
        self.start = position
        self.end = SourcePosition(line: position.line, column: position.column + 1)
    }
}

/// The one diagnostic type of the project: lexing, parsing, checking, evaluating and reading all
/// report through it, and the session renders it.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// A stable identifier (`E0101`-style or a short slug) that tests and documentation can rely on.
    public var code: String
    public var message: String
    /// The file or pseudo-file the range refers to: a path, `<input>`, `<stdin>`, `-c`.
    public var file: String
    /// Where in `file` the problem is, if anywhere in particular.
    public var range: SourceRange?
    /// A short text printed after the carets.
    public var label: String?
    /// Further lines, each printed as `note: …`; a "did you mean" suggestion goes here.
    public var notes: [String]

    public init(
        _ severity: Severity = .error, code: String, message: String, file: String = "<input>",
        range: SourceRange? = nil, label: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.label = label
        self.notes = notes
    }

    /// The same diagnostic placed in another file, with its lines shifted by `lineOffset`:
    /// a statement parsed alone is re-located into the script it came from.
    public func relocated(file: String, lineOffset: Int) -> Diagnostic {
        var copy = self
        copy.file = file
        if var range = copy.range {
            range.start.line += lineOffset
            range.end.line += lineOffset
            copy.range = range
        }
        return copy
    }
}
