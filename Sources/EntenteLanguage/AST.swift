import EntenteModel

/// One statement of a script or REPL entry.
public struct Statement: Sendable, Hashable {
    /// What the statement does.
    public enum Kind: Sendable, Hashable {
        /// `load "PATH" [as NAME] [sha256 "HEX"]` — performed by the session (it does I/O).
        case load(path: String, name: String?, sha256: String?)
        /// `let NAME = QUERY` — the session evaluates the query and binds the table.
        case `let`(name: String, Query)
        /// A query whose table is the statement's output. Every pipeline comes here, whatever its
        /// head: a source, `outline`, `show`, `compare` or `verify`.
        case query(Query)
    }

    public var kind: Kind
    /// Where the statement is in the parsed text.
    public var range: SourceRange
    /// The statement exactly as typed (comments and the separator excluded), for `.save`.
    public var sourceText: String
    /// The file the statement was read from (`<input>`, a script path), for its diagnostics.
    public var file: String

    public init(kind: Kind, range: SourceRange, sourceText: String, file: String = "<input>") {
        self.kind = kind
        self.range = range
        self.sourceText = sourceText
        self.file = file
    }

    /// Where the provision path of a `show` head is, so an unknown path is reported there.
    public var pathRange: SourceRange? {
        if case .query(let query) = kind, case .show(_, _, let range) = query.head { return range }
        return nil
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

/// `HEAD { | STAGE }`: where the rows come from, then what is done to them.
public struct Query: Sendable, Hashable {
    /// Where a pipeline's rows come from.
    public enum Head: Sendable, Hashable {
        /// `NAME [in DOC, …]`: a catalog source or a `let` name, optionally restricted to documents.
        case source(name: String, range: SourceRange, documents: [DocumentReference])
        /// `outline DOC`: the document's provision tree.
        case outline(DocumentReference)
        /// `show DOC PATH`: a provision and its subtree.
        case show(DocumentReference, path: String, pathRange: SourceRange)
        /// `compare DOC, DOC, … on ASPECT`.
        case compare([DocumentReference], aspect: ComparisonAspect, aspectRange: SourceRange)
        /// `verify REPORT against DOC, …`.
        case verify(report: DocumentReference, against: [DocumentReference])
    }

    public var head: Head
    public var stages: [Stage]
    public var range: SourceRange
    /// The file the query was read from, so evaluation errors point into it.
    public var file: String

    public init(head: Head, stages: [Stage] = [], range: SourceRange, file: String = "<input>") {
        self.head = head
        self.stages = stages
        self.range = range
        self.file = file
    }

    /// A query over a source or a `let` name.
    public init(source: String, sourceRange: SourceRange, documents: [DocumentReference] = [], stages: [Stage] = [],
                range: SourceRange, file: String = "<input>") {
        self.init(head: .source(name: source, range: sourceRange, documents: documents), stages: stages,
                  range: range, file: file)
    }

    /// The source or `let` name the query starts from; for other heads their keyword.
    public var source: String {
        switch head {
        case .source(let name, _, _): name
        case .outline: "outline"
        case .show: "show"
        case .compare: "compare"
        case .verify: "verify"
        }
    }

    /// The documents named after `in`; empty for other heads.
    public var documents: [DocumentReference] {
        if case .source(_, _, let documents) = head { return documents }
        return []
    }
}

/// One `| stage` of a pipeline.
public struct Stage: Sendable, Hashable {
    /// The closed set of stages.
    public enum Kind: Sendable, Hashable {
        /// `where EXPR`: keeps the rows for which the condition is true.
        case `where`(Expression)
        /// `select ITEM, …`: keeps, renames, computes and orders columns.
        case select([SelectItem])
        /// `sort KEY [asc|desc], …`: stable; nulls last in either direction.
        case sort([SortKey])
        /// `limit N`: the first N rows.
        case limit(Int)
        /// `count`: one row, one column `count`.
        case count
        /// `count by FIELD, …`: one row per group, in first-appearance order, plus `count`.
        case countBy([FieldReference])
        /// `distinct [FIELD, …]`: the first row of each distinct combination of those fields
        /// (all columns when none are named), keeping only those fields.
        case distinct([FieldReference])
        /// `aggregate AGG [as NAME], … [by FIELD, …]`: one row per group.
        case aggregate([AggregateItem], by: [FieldReference])
        /// `show`: the full text of the rows' provisions and their subtrees.
        case show
    }

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// One item of `select`: an expression and the output name given with `as`, if any.
public struct SelectItem: Sendable, Hashable {
    public var expression: Expression
    /// The output column name given with `as`, if any.
    public var alias: String?

    public init(expression: Expression, alias: String? = nil) {
        self.expression = expression
        self.alias = alias
    }

    /// The column name this item produces: the alias, a field's own name, `f_x` for a call
    /// `f(x, …)` whose first argument is a field, the function's name for other calls, else `expr`.
    public var columnName: String {
        if let alias { return alias }
        switch expression.kind {
        case .field(let name): return name
        case .call(let function, let arguments, _):
            if case .field(let name)? = arguments.first?.kind { return "\(function)_\(name)" }
            return function
        default: return "expr"
        }
    }
}

/// One key of `sort`.
public struct SortKey: Sendable, Hashable {
    public var expression: Expression
    public var descending: Bool

    public init(expression: Expression, descending: Bool = false) {
        self.expression = expression
        self.descending = descending
    }
}

/// The aggregate functions of `aggregate`.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max, list
}

/// One item of `aggregate`: `count()`, `sum(value) as total`…
public struct AggregateItem: Sendable, Hashable {
    public var function: AggregateFunction
    /// The argument; nil for `count()`, which counts rows.
    public var argument: Expression?
    public var alias: String?
    public var range: SourceRange

    public init(function: AggregateFunction, argument: Expression?, alias: String? = nil, range: SourceRange) {
        self.function = function
        self.argument = argument
        self.alias = alias
        self.range = range
    }

    /// `count` for a bare count, `sum_value` for `sum(value)`, the function's name otherwise.
    public var columnName: String {
        if let alias { return alias }
        if case .field(let name)? = argument?.kind { return "\(function.rawValue)_\(name)" }
        return function.rawValue
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
        /// `$NAME`, a value given on the command line with `-v NAME=VALUE`.
        case parameter(String)
        case list([Expression])
        case not(Expression)
        case logical(LogicalOperator, Expression, Expression)
        case comparison(ComparisonOperator, Expression, Expression)
        /// `name(arg, …)`: a function from `Catalog.functions`; the range is the name's.
        case call(String, [Expression], nameRange: SourceRange)
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
    /// A regular expression search, ignoring case (`RegularExpression`).
    case matches
    /// Membership: the left value equals an element of the list on the right.
    case `in`
}
