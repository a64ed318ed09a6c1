/// The one table of what the language knows: sources and their fields, stages, statements and
/// keywords. `.help`, `.schema`, the checker and tab completion all read it, so they cannot disagree.
public enum Catalog {
    /// A field of a source.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: ValueType
        public var summary: String
    }

    /// A source: a table of facts the query language starts from.
    public struct Source: Sendable, Hashable {
        public var name: String
        public var summary: String
        public var fields: [Field]
        /// False while the facts are not extracted yet: the source then evaluates to an empty
        /// table with the right columns, and `.schema`/`.help` should say "not extracted yet".
        public var available: Bool

        /// The field called `name`, if any.
        public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
    }

    /// A pipeline stage or a statement, for `.help` and completion.
    public struct Entry: Sendable, Hashable {
        public var name: String
        /// The syntax, as `.help` prints it.
        public var syntax: String
        public var summary: String
        public var example: String
    }

    private static func field(_ name: String, _ type: ValueType, _ summary: String) -> Field {
        Field(name: name, type: type, summary: summary)
    }

    private static let provenance = [
        field("document", .text, "id of the document the fact comes from"),
        field("provision", .text, "path of the provision the fact comes from"),
        field("line", .number, "line where that provision starts in the source"),
    ]

    /// Every source in PRODUCT.md's order, with fields in its spelling and order.
    public static let sources: [Source] = [
        Source(name: "documents", summary: "one row per loaded document", fields: [
            field("id", .text, "short name: from `load … as NAME` or the file name"),
            field("title", .text, "the document's title"),
            field("kind", .text, "agreement, report or other"),
            field("parties", .list, "the parties, in the order the text names them"),
            field("signed", .date, "date of signature"),
            field("place", .text, "place of signature"),
            field("languages", .list, "languages of the signed texts"),
            field("source", .text, "path the document was loaded from"),
            field("sha256", .text, "SHA-256 of the file's bytes"),
        ], available: true),
        Source(name: "provisions", summary: "every provision of every document, in document order", fields: [
            field("document", .text, "id of the document"),
            field("path", .text, "labels joined by dots: IV.A.7.iii, preamble.1, signature"),
            field("kind", .text, "part, section, article, paragraph, item, subitem, preamble, signature, …"),
            field("label", .text, "the provision's own label as printed"),
            field("heading", .text, "the nearest section title"),
            field("text", .text, "the provision's own text, without its children"),
            field("line", .number, "line where the provision starts in the source"),
        ], available: true),
        Source(name: "commitments", summary: "who commits to do what, on which condition, by when", fields: provenance + [
            field("actors", .list, "resolved party names"),
            field("actor_text", .text, "the actor as written"),
            field("modality", .text, "the modal, normalised: will, shall, must, may, …"),
            field("force", .text, "obligation, best-effort or permission"),
            field("action", .text, "lemma of the main verb"),
            field("condition", .text, "the triggering clause, or null"),
            field("deadline", .any, "an ISO 8601 duration or date, or null"),
            field("amounts", .list, "sums of money the commitment names"),
            field("topic", .text, "the heading text"),
            field("negated", .bool, "true for a commitment not to act (will not, shall not)"),
            field("text", .text, "the commitment's sentence"),
        ], available: true),
        Source(name: "terms", summary: "agreement-level terms: entry into force, duration, termination, …", fields: provenance + [
            field("kind", .text, "entry-into-force, duration, termination, review, amendment, …"),
            field("value", .text, "normalised value: P10Y, on signature, mutual written consent"),
            field("text", .text, "the text that states the term"),
        ], available: true),
        Source(name: "amounts", summary: "sums of money", fields: provenance + [
            field("value", .number, "the full number: 3.02B → 3020000000"),
            field("currency", .text, "ISO currency code"),
            field("currency_inferred", .bool, "true when the currency comes from context, not the text"),
            field("qualifier", .text, "more than, up to, …, or null"),
            field("year", .number, "the year the text ties the amount to, or null"),
            field("text", .text, "the amount as written"),
        ], available: true),
        Source(name: "dates", summary: "calendar dates mentioned", fields: provenance + [
            field("date", .date, "the ISO date (yyyy-mm-dd, or yyyy-mm for a month)"),
            field("role", .text, "what the date is, where clear: signature, entry-into-force, …"),
            field("text", .text, "the date as written"),
        ], available: true),
        Source(name: "durations", summary: "lengths of time mentioned", fields: provenance + [
            field("duration", .duration, "ISO 8601 duration: PT24H, P10Y"),
            field("text", .text, "the duration as written"),
        ], available: true),
        Source(name: "entities", summary: "organisations, states and people named", fields: provenance + [
            field("name", .text, "the entity's name"),
            field("kind", .text, "organization, state, instrument, …"),
            field("mentions", .number, "how often the document names it; provision is the first mention"),
        ], available: true),
        Source(name: "definitions", summary: "terms the text defines for itself", fields: provenance + [
            field("term", .text, "the defined term"),
            field("meaning", .text, "what it stands for"),
        ], available: true),
        Source(name: "claims", summary: "facts a report states (reports only)", fields: provenance + [
            field("claim", .text, "kind of fact: amount, duration, deadline, date, signatories"),
            field("fact", .text, "the fact, normalised"),
            field("sentence", .text, "the sentence that states it"),
        ], available: true),
    ]

    /// The source called `name`, if any.
    public static func source(_ name: String) -> Source? { sources.first { $0.name == name } }

    /// Pipeline stages, in the order the reference lists them.
    public static let stages: [Entry] = [
        Entry(name: "where", syntax: "where CONDITION",
              summary: "keep the rows for which the condition is true",
              example: #"provisions | where text contains "cyber" and kind = "item""#),
        Entry(name: "select", syntax: "select EXPR [as NAME], …",
              summary: "keep, rename or compute columns, in this order",
              example: "commitments | select provision, upper(actor_text) as who, len(text) as length"),
        Entry(name: "sort", syntax: "sort EXPR [asc|desc], …",
              summary: "order the rows; stable, text ignores case, nulls last in either direction",
              example: "amounts | sort value desc, provision"),
        Entry(name: "limit", syntax: "limit N", summary: "keep the first N rows",
              example: "provisions | limit 5"),
        Entry(name: "count", syntax: "count [by FIELD, …]",
              summary: "count the rows, or the rows of each group in first-appearance order (column `count`)",
              example: "commitments | count by topic"),
        Entry(name: "distinct", syntax: "distinct [FIELD, …]",
              summary: "one row per distinct combination of the fields (all columns if none), first appearance kept",
              example: "commitments | distinct force"),
        Entry(name: "aggregate", syntax: "aggregate AGG(EXPR) [as NAME], … [by FIELD, …]",
              summary: "one row per group with count, sum, avg, min, max or list of each group",
              example: "amounts | aggregate sum(value) as total, count, list(provision) as provisions by currency"),
        Entry(name: "show", syntax: "show",
              summary: "the full text of the rows' provisions and their subtrees (needs `document` and `provision` or `path`)",
              example: #"commitments | where text contains "cyber" | show"#),
    ]

    /// Statements, and the heads a pipeline may start with other than a source.
    public static let statements: [Entry] = [
        Entry(name: "load", syntax: #"load "PATH" [as NAME] [sha256 "HEX"]"#,
              summary: "read a document; sha256 pins its bytes",
              example: #"load "Examples/agreements/canada-ukraine.txt" as canada"#),
        Entry(name: "let", syntax: "let NAME = QUERY",
              summary: "name a query's result so later queries can start from it",
              example: #"let parts = provisions | where kind = "part""#),
        Entry(name: "outline", syntax: "outline DOC", summary: "the document's provision tree: path, kind, summary, line",
              example: "outline canada"),
        Entry(name: "show", syntax: "show DOC PATH", summary: "a provision's text and its subtree: document, provision, line, text",
              example: "show canada II.3"),
        Entry(name: "compare", syntax: "compare DOC, DOC[, …] on terms|amounts|commitments by topic|actors",
              summary: "documents side by side, one column each",
              example: "compare canada, uk on terms"),
        Entry(name: "verify", syntax: "verify REPORT against DOC[, …]",
              summary: "each claim of a report checked against agreements: claim, verdict, document, provision, why",
              example: "verify report against canada"),
    ]

    /// What `compare … on` accepts.
    public static let aspectNames = ["terms", "amounts", "commitments by topic", "actors"]

    /// One parameter of a function: its name and the types it accepts (`any` accepts all).
    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var types: [ValueType]
        public var optional: Bool
    }

    /// A built-in function of expressions.
    public struct Function: Sendable, Hashable {
        public var name: String
        public var parameters: [Parameter]
        /// The last parameter may repeat.
        public var variadic: Bool
        /// The result's type; `any` when it follows the arguments.
        public var result: ValueType
        public var summary: String
        public var example: String

        /// `join(list, [separator: text]) → text`, as `.help` and the reference print it.
        public var signature: String {
            let parameters = parameters.map { parameter in
                let types = parameter.types.map(\.rawValue).joined(separator: "|")
                let text = "\(parameter.name): \(types)"
                return parameter.optional ? "[\(text)]" : text
            }
            return "\(name)(\(parameters.joined(separator: ", "))\(variadic ? ", …" : "")) → \(result.rawValue)"
        }

        /// How many arguments a call needs at least.
        public var minimumArguments: Int { parameters.filter { !$0.optional }.count }
    }

    private static func parameter(_ name: String, _ types: ValueType..., optional: Bool = false) -> Parameter {
        Parameter(name: name, types: types, optional: optional)
    }

    /// Every function expressions may call. The checker, the evaluator, `.help` and completion read this.
    public static let functions: [Function] = [
        Function(name: "lower", parameters: [parameter("text", .text)], variadic: false, result: .text,
                 summary: "the text in lower case", example: "commitments | select lower(actor_text) as actor"),
        Function(name: "upper", parameters: [parameter("text", .text)], variadic: false, result: .text,
                 summary: "the text in upper case", example: "commitments | select provision, upper(actor_text) as who"),
        Function(name: "trim", parameters: [parameter("text", .text)], variadic: false, result: .text,
                 summary: "the text without leading and trailing blanks", example: "provisions | select trim(text) as text"),
        Function(name: "len", parameters: [parameter("value", .text, .list)], variadic: false, result: .number,
                 summary: "characters of a text, items of a list",
                 example: "commitments | where len(actors) > 1 | select provision, actors"),
        Function(name: "year", parameters: [parameter("date", .date)], variadic: false, result: .number,
                 summary: "the year of a date", example: "dates | where year(date) = 2024 | select date, text"),
        Function(name: "month", parameters: [parameter("date", .date)], variadic: false, result: .number,
                 summary: "the month of a date (1–12; null for a year alone)", example: "dates | select date, month(date) as month"),
        Function(name: "day", parameters: [parameter("date", .date)], variadic: false, result: .number,
                 summary: "the day of a date (null for a month alone)", example: "dates | select date, day(date) as day"),
        Function(name: "days", parameters: [parameter("duration", .duration)], variadic: false, result: .number,
                 summary: "a duration in days (a month is 30.436875 days, a year 365.2425)",
                 example: "durations | select duration, days(duration) as days"),
        Function(name: "coalesce", parameters: [parameter("value", .any)], variadic: true, result: .any,
                 summary: "the first argument that is not null",
                 example: #"commitments | select provision, coalesce(condition, "always") as when"#),
        Function(name: "join", parameters: [parameter("list", .list), parameter("separator", .text, optional: true)],
                 variadic: false, result: .text, summary: "the list's items as text, separated by \", \" or the separator",
                 example: #"commitments | select provision, join(actors, " & ") as actors"#),
        Function(name: "first", parameters: [parameter("list", .list)], variadic: false, result: .any,
                 summary: "the list's first item, or null", example: "commitments | select provision, first(actors) as actor"),
        Function(name: "last", parameters: [parameter("list", .list)], variadic: false, result: .any,
                 summary: "the list's last item, or null", example: "commitments | select provision, last(actors) as actor"),
        Function(name: "round", parameters: [parameter("number", .number), parameter("digits", .number, optional: true)],
                 variadic: false, result: .number, summary: "the number rounded to whole units, or to the digits after the point",
                 example: "durations | select duration, round(days(duration), 1) as days"),
        Function(name: "text", parameters: [parameter("value", .any)], variadic: false, result: .text,
                 summary: "any value as text, as a table cell shows it",
                 example: #"terms | where text(value) contains "P10Y""#),
    ]

    /// The function called `name`, if any.
    public static func function(_ name: String) -> Function? { functions.first { $0.name == name } }

    /// The aggregates of `aggregate`, for `.help` and the reference.
    public static let aggregates: [Entry] = [
        Entry(name: "count", syntax: "count | count() | count(EXPR)",
              summary: "rows in the group; with an argument, rows where it is not null", example: "amounts | aggregate count by currency"),
        Entry(name: "sum", syntax: "sum(NUMBER)", summary: "the total, nulls skipped (0 for none)",
              example: "amounts | aggregate sum(value) as total by currency"),
        Entry(name: "avg", syntax: "avg(NUMBER)", summary: "the mean, nulls skipped (null for none)",
              example: "amounts | aggregate avg(value) by currency"),
        Entry(name: "min", syntax: "min(EXPR)", summary: "the smallest value in sort order, nulls skipped",
              example: "dates | aggregate min(date) as first, max(date) as last by document"),
        Entry(name: "max", syntax: "max(EXPR)", summary: "the largest value in sort order, nulls skipped",
              example: "amounts | aggregate max(value) by document"),
        Entry(name: "list", syntax: "list(EXPR)", summary: "the values in row order, nulls skipped",
              example: "commitments | aggregate list(provision) as provisions by force"),
    ]

    /// Every keyword, for completion and for highlighting. Keywords are contextual, not reserved.
    public static let keywords: [String] = [
        "load", "as", "sha256", "let", "in", "outline", "show", "compare", "on", "verify", "against",
        "where", "select", "sort", "asc", "desc", "limit", "count", "by", "distinct", "aggregate",
        "and", "or", "not", "contains", "matches", "null", "true", "false",
        "terms", "amounts", "commitments", "topic", "actors",
    ]

    /// Operators in binding order, loosest first, for the reference.
    public static let operators: [String] = ["or", "and", "not", "= != < <= > >= contains matches in (and not contains, not matches, not in)"]

    /// A name `let` may not take because it would hide a source or a statement word.
    static func isReserved(_ name: String) -> Bool {
        source(name) != nil || statements.contains { $0.name == name }
            || ["and", "or", "not", "contains", "matches", "null", "true", "false", "in", "as", "by"].contains(name)
    }
}
