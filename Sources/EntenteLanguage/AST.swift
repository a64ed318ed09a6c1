import EntenteModel

/// One statement of a script or REPL entry.
public struct Statement: Sendable, Hashable {
    /// What the statement does.
    public enum Kind: Sendable, Hashable {
        /// `load "PATH" [as NAME] [sha256 "HEX"]` — performed by the session (it does I/O).
        case load(path: String, name: String?, sha256: String?)
        /// `let NAME = QUERY` — the session evaluates the query and binds the table.
        case `let`(name: String, Query)
        /// A query whose table is the statement's output.
        case query(Query)
        /// `outline DOC`
        case outline(DocumentReference)
        /// `show DOC PATH`
        case show(DocumentReference, path: String)
    }

    public var kind: Kind
    /// Where the statement is in the parsed text.
    public var range: SourceRange
    /// The statement exactly as typed (comments and the separator excluded), for `.save`.
    public var sourceText: String
    /// Where the provision path of a `show` statement is, so an unknown path is reported there.
    public var pathRange: SourceRange?
    /// The file the statement was read from (`<input>`, a script path), for its diagnostics.
    public var file: String

    public init(kind: Kind, range: SourceRange, sourceText: String, pathRange: SourceRange? = nil,
                file: String = "<input>") {
        self.kind = kind
        self.range = range
        self.sourceText = sourceText
        self.pathRange = pathRange
        self.file = file
    }
}

/// A name standing for a loaded document: a bare word or a quoted string.
public struct DocumentReference: Sendable, Hashable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// `SOURCE [in DOC, …] { | STAGE }`
public struct Query: Sendable, Hashable {
    /// A catalog source (`provisions`) or a `let` name.
    public var source: String
    public var sourceRange: SourceRange
    /// Documents named after `in`; empty means all loaded documents.
    public var documents: [DocumentReference]
    public var stages: [Stage]
    public var range: SourceRange
    /// The file the query was read from, so evaluation errors point into it.
    public var file: String

    public init(source: String, sourceRange: SourceRange, documents: [DocumentReference] = [], stages: [Stage] = [],
                range: SourceRange, file: String = "<input>") {
        self.source = source
        self.sourceRange = sourceRange
        self.documents = documents
        self.stages = stages
        self.range = range
        self.file = file
    }
}

/// One `| stage` of a pipeline.
public struct Stage: Sendable, Hashable {
    /// The closed set of stages. Later stages (`sort`, `distinct`, aggregates) are new cases here.
    public enum Kind: Sendable, Hashable {
        /// `where EXPR`: keeps the rows for which the condition is true.
        case `where`(Expression)
        /// `select ITEM, …`: keeps and orders columns.
        case select([SelectItem])
        /// `count`: one row, one column `count`.
        case count
        /// `count by FIELD, …`: one row per group, in first-appearance order, plus `count`.
        case countBy([FieldReference])
        /// `limit N`: the first N rows.
        case limit(Int)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// One item of `select`: today a field; the expression and the optional output name are there so
/// that `select len(text) as length` needs no new node.
public struct SelectItem: Sendable, Hashable {
    public var expression: Expression
    /// The output column name given with `as`, if any.
    public var alias: String?

    public init(expression: Expression, alias: String? = nil) {
        self.expression = expression
        self.alias = alias
    }

    /// The column name this item produces.
    public var columnName: String {
        if let alias { return alias }
        if case .field(let name) = expression.kind { return name }
        return "expr"
    }
}

/// A field named in a stage, with its location for "unknown field" errors.
public struct FieldReference: Sendable, Hashable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// An expression node: a range around an indirect enum of cases.
public struct Expression: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case literal(Value)
        case field(String)
        case list([Expression])
        case not(Expression)
        case logical(LogicalOperator, Expression, Expression)
        case comparison(ComparisonOperator, Expression, Expression)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `and`, `or`.
public enum LogicalOperator: String, Sendable, Hashable {
    case and
    case or
}

/// Operators that compare two values and yield a bool.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains
}
