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
        ], available: false),
    ]

    /// The source called `name`, if any.
    public static func source(_ name: String) -> Source? { sources.first { $0.name == name } }

    /// Pipeline stages available now.
    public static let stages: [Entry] = [
        Entry(name: "where", syntax: "where CONDITION",
              summary: "keep the rows for which the condition is true",
              example: #"provisions | where text contains "cyber" and kind = "paragraph""#),
        Entry(name: "select", syntax: "select FIELD, …",
              summary: "keep only these columns, in this order",
              example: "provisions | select path, heading"),
        Entry(name: "count", syntax: "count [by FIELD, …]",
              summary: "count the rows, or the rows of each group (column `count`)",
              example: "provisions | count by kind"),
        Entry(name: "limit", syntax: "limit N", summary: "keep the first N rows",
              example: "provisions | limit 5"),
    ]

    /// Statements other than queries.
    public static let statements: [Entry] = [
        Entry(name: "load", syntax: #"load "PATH" [as NAME] [sha256 "HEX"]"#,
              summary: "read a document; sha256 pins its bytes",
              example: #"load "Examples/agreements/canada-ukraine.txt" as canada"#),
        Entry(name: "let", syntax: "let NAME = QUERY",
              summary: "name a query's result so later queries can start from it",
              example: #"let parts = provisions | where kind = "part""#),
        Entry(name: "outline", syntax: "outline DOC", summary: "the document's provision tree",
              example: "outline canada"),
        Entry(name: "show", syntax: "show DOC PATH", summary: "a provision's text and its subtree",
              example: "show canada IV.A.7"),
    ]

    /// Every keyword, for completion and for highlighting. Keywords are contextual, not reserved.
    public static let keywords: [String] = [
        "load", "as", "sha256", "let", "in", "outline", "show",
        "where", "select", "count", "by", "limit",
        "and", "or", "not", "contains", "null", "true", "false",
    ]

    /// Operators in binding order, loosest first, for the reference.
    public static let operators: [String] = ["or", "and", "not", "= != < <= > >= contains"]

    /// A name `let` may not take because it would hide a source or a statement word.
    static func isReserved(_ name: String) -> Bool {
        source(name) != nil || statements.contains { $0.name == name }
            || ["and", "or", "not", "contains", "null", "true", "false", "in", "as", "by"].contains(name)
    }
}
