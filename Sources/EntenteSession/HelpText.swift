import EntenteLanguage

/// `.help` and `.schema` text, built from the language's catalog so that help, the checker and
/// completion can never disagree about what exists.
enum HelpText {
    static var overview: String {
        let statements = [("SOURCE [in DOC, …] | STAGE …", "query a source, e.g. provisions in canada | where kind = \"part\"")]
            + Catalog.statements.map { ($0.syntax, $0.summary) }
        let syntaxWidth = min(40, statements.map(\.0.count).max() ?? 0)
        var lines = ["Statements (each yields a table):"]
        for (syntax, summary) in statements {
            lines.append(syntax.count > syntaxWidth
                ? "  \(syntax)\n  \(String(repeating: " ", count: syntaxWidth))  \(summary)"
                : "  \(padded(syntax, to: syntaxWidth))  \(summary)")
        }
        lines += ["", "Sources: " + Catalog.sources.filter(\.available).map(\.name).joined(separator: ", ")]
        let declared = Catalog.sources.filter { !$0.available }.map(\.name)
        if !declared.isEmpty { lines.append("  declared, not extracted yet: " + declared.joined(separator: ", ")) }
        lines += ["Stages:  " + Catalog.stages.map(\.name).joined(separator: ", "), "", "Commands:"]
        lines += MetaCommand.allCases.map { "  " + $0.synopsis }
        lines.append("")
        lines.append("`.help TOPIC` explains a statement, stage, source or command; `.schema SOURCE` lists its fields;")
        lines.append("`.help scripts` explains scripts, transcripts and replay.")
        return lines.joined(separator: "\n")
    }

    /// Every name `.help` accepts.
    static var topics: [String] {
        Catalog.sources.map(\.name) + Catalog.stages.map(\.name) + Catalog.statements.map(\.name) + ["scripts"]
            + MetaCommand.names
    }

    /// `.help scripts`: batch runs, saved sessions and transcripts.
    static let scripts = """
        Scripts hold statements and commands, one per line; `--` starts a comment, and a line that
        starts with `|` continues the query before it. Run one with `entente -f SCRIPT` (`-f -` reads
        standard input) or `.read SCRIPT`; `-v NAME=VALUE` sets a parameter used as `$NAME`. A run
        stops at the first error (`--keep-going`, `.bail off` go on); errors start `SCRIPT:LINE:COL:`.
        A script reads documents and writes results, nothing else: there is no command that runs a
        shell command.

        `.save FILE` writes this session's successful statements as a script, each `load` pinned by
        its bytes' SHA-256 with its path relative to FILE: `load "PATH" as NAME sha256 "HEX"`.
        Replaying it gives the same output, or stops with an error naming a document that changed
        (`--allow-changed` goes on with a warning).

        `.save --with-output FILE` writes a transcript: the script with each statement's output in
        comment lines after it (`-- | ` results, `-- ! ` diagnostics). `entente --check FILE…`
        replays transcripts and prints a unified diff where the output differs (exit status 1).
        """

    static func topic(_ name: String) -> String? {
        if name == "scripts" { return scripts }
        if let source = Catalog.sources.first(where: { $0.name == name }) {
            let fields = source.fields.map { "  \(padded($0.name, to: 12)) \(padded($0.type.rawValue, to: 9)) \($0.summary)" }
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
