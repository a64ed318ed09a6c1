import EntenteLanguage
import EntenteModel
import Foundation

/// The sqlite3-style dot commands. Each is one line: `.NAME [ARGUMENT…]`.
enum MetaCommand: String, CaseIterable {
    case help, schema, docs, mode, quit, exit

    /// Names in the order `.help` lists them.
    static var names: [String] { allCases.map(\.rawValue) }

    var synopsis: String {
        switch self {
        case .help: ".help [TOPIC]         this text, or help on a statement, stage or source"
        case .schema: ".schema [SOURCE]      sources and their fields with types"
        case .docs: ".docs                 the loaded documents"
        case .mode: ".mode [FORMAT]        show or set the output format (\(OutputFormat.names.joined(separator: ", ")))"
        case .quit: ".quit                 leave (also .exit, Ctrl-D)"
        case .exit: ".exit                 leave"
        }
    }
}

extension Session {
    /// Runs a dot command line. Errors are located in `file` at `lineNumber`.
    func runMetaCommand(_ line: String, file: String, lineNumber: Int) -> FeedResult {
        let words = MetaWords(line: line)
        guard let nameWord = words.items.first else { return .completed(succeeded: true) }
        let name = String(nameWord.text.dropFirst())
        let arguments = Array(words.items.dropFirst())
        func fail(_ code: String, _ message: String, at word: MetaWords.Item, notes: [String] = []) -> FeedResult {
            let range = SourceRange(start: SourcePosition(line: lineNumber, column: word.column),
                                    end: SourcePosition(line: lineNumber, column: word.column + word.text.count))
            report(Diagnostic(code: code, message: message, file: file, range: range, notes: notes),
                   source: line, firstLine: lineNumber)
            return .completed(succeeded: false)
        }
        guard let command = MetaCommand(rawValue: name) else {
            let notes = Suggestion.nearest(to: name, among: MetaCommand.names).map { ["did you mean `.\($0)`?"] } ?? []
            return fail("unknown-command", "unknown command `.\(name)`", at: nameWord, notes: notes + ["`.help` lists the commands"])
        }
        switch command {
        case .quit, .exit:
            return .quit
        case .help:
            guard let topic = arguments.first else {
                sink.write(HelpText.overview + "\n")
                return .completed(succeeded: true)
            }
            guard let text = HelpText.topic(topic.text) else {
                let notes = Suggestion.nearest(to: topic.text, among: HelpText.topics).map { ["did you mean `\($0)`?"] } ?? []
                return fail("unknown-topic", "no help on `\(topic.text)`", at: topic, notes: notes)
            }
            sink.write(text + "\n")
        case .schema:
            if let sourceWord = arguments.first {
                guard let source = Catalog.sources.first(where: { $0.name == sourceWord.text }) else {
                    let notes = Suggestion.nearest(to: sourceWord.text, among: Catalog.sources.map(\.name))
                        .map { ["did you mean `\($0)`?"] } ?? []
                    return fail("unknown-source", "no source named `\(sourceWord.text)`", at: sourceWord, notes: notes)
                }
                emit(HelpText.schemaTable(of: [source]))
            } else {
                emit(HelpText.schemaTable(of: Catalog.sources))
            }
        case .docs:
            emit(documentsTable())
        case .mode:
            guard let formatWord = arguments.first else {
                sink.write(settings.format.rawValue + "\n")
                return .completed(succeeded: true)
            }
            guard let format = OutputFormat(rawValue: formatWord.text) else {
                let notes = Suggestion.nearest(to: formatWord.text, among: OutputFormat.names).map { ["did you mean `\($0)`?"] } ?? []
                return fail("unknown-format", "unknown format `\(formatWord.text)`", at: formatWord,
                            notes: notes + ["formats: \(OutputFormat.names.joined(separator: ", "))"])
            }
            settings.format = format
        }
        return .completed(succeeded: true)
    }

    private func documentsTable() -> Table {
        Table(
            columns: ["document", "kind", "title", "provisions", "source"],
            rows: environment.documents.map {
                [.string($0.id), .string($0.kind.rawValue), .string($0.title), .number(Double($0.provisions.count)), .string($0.source.path)]
            })
    }
}

/// A dot-command line split at white space, each word with its 1-based column for diagnostics.
struct MetaWords {
    struct Item {
        var text: String
        var column: Int
    }

    var items: [Item] = []

    init(line: String) {
        var current = ""
        var start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { items.append(Item(text: current, column: start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { items.append(Item(text: current, column: start + 1)) }
    }
}
