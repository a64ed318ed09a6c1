import EntenteLanguage

/// `.help` and `.schema` text, built from the language's catalog so that help, the checker and
/// completion can never disagree about what exists.
enum HelpText {
    static var overview: String {
        var lines = [
            "Statements (each yields a table):",
            "  load \"PATH\" [as NAME]         read a document; NAME defaults to the file name",
            "  SOURCE [in DOC, …] | STAGE …   query a source, e.g. provisions in canada | where kind = \"part\"",
            "  let NAME = QUERY               keep a result under a name usable as a source",
            "  outline DOC                    the document's provision tree",
            "  show DOC PATH                  a provision and everything under it, e.g. show canada II.3",
            "",
            "Sources: " + Catalog.sources.filter(\.available).map(\.name).joined(separator: ", "),
            "  declared, not extracted yet: " + Catalog.sources.filter { !$0.available }.map(\.name).joined(separator: ", "),
            "Stages:  " + Catalog.stages.map(\.name).joined(separator: ", "),
            "",
            "Commands:",
        ]
        lines += MetaCommand.allCases.map { "  " + $0.synopsis }
        lines.append("")
        lines.append("`.help TOPIC` explains a statement, stage or source; `.schema SOURCE` lists its fields.")
        return lines.joined(separator: "\n")
    }

    /// Every name `.help` accepts.
    static var topics: [String] {
        Catalog.sources.map(\.name) + Catalog.stages.map(\.name) + Catalog.statements.map(\.name)
    }

    static func topic(_ name: String) -> String? {
        if let source = Catalog.sources.first(where: { $0.name == name }) {
            let fields = source.fields.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.type.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \($0.summary)" }
            let status = source.available ? "" : " (not extracted yet: the source answers with no rows)"
            return (["\(source.name): \(source.summary)\(status)"] + fields).joined(separator: "\n")
        }
        if let stage = Catalog.stages.first(where: { $0.name == name }) {
            return "\(stage.syntax)\n  \(stage.summary)"
        }
        if let statement = Catalog.statements.first(where: { $0.name == name }) {
            return "\(statement.syntax)\n  \(statement.summary)"
        }
        return nil
    }

    static func schemaTable(of sources: [Catalog.Source]) -> Table {
        var rows: [[Value]] = []
        for source in sources {
            for field in source.fields {
                rows.append([.string(source.name), .string(field.name), .string(field.type.rawValue), .string(describe(field, of: source))])
            }
        }
        return Table(columns: ["source", "field", "type", "description"], rows: rows)
    }

    /// The description of a field as `.schema` shows it, marked when its source is not extracted yet.
    private static func describe(_ field: Catalog.Field, of source: Catalog.Source) -> String {
        source.available ? field.summary : field.summary + " (not extracted yet)"
    }
}
