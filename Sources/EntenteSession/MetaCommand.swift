import EntenteLanguage
import EntenteModel

/// The sqlite3-style dot commands. Each is one line: `.NAME [ARGUMENT…]`. There is no command
/// that runs a shell command: a script can read documents and write results, nothing else.
enum MetaCommand: String, CaseIterable {
    case help, schema, docs, mode, output, once, read, save, timer, bail, echo, quit, exit

    /// Names in the order `.help` lists them.
    static var names: [String] { allCases.map(\.rawValue) }

    var synopsis: String {
        switch self {
        case .help: ".help [TOPIC]            this text, or help on a statement, stage or source"
        case .schema: ".schema [SOURCE]         sources and their fields with types"
        case .docs: ".docs                    the loaded documents"
        case .mode: ".mode [FORMAT]           show or set the output format (\(OutputFormat.names.joined(separator: ", ")))"
        case .output: ".output [FILE]           send results to FILE until `.output` alone (written atomically)"
        case .once: ".once FILE               send the next statement's results to FILE"
        case .read: ".read SCRIPT             run the statements in SCRIPT"
        case .save: ".save [--with-output] FILE  save the session as a script (with output: a transcript)"
        case .timer: ".timer on|off            show each statement's elapsed time (on standard error)"
        case .bail: ".bail on|off             stop a script at its first error (on by default)"
        case .echo: ".echo on|off             print each statement before its output"
        case .quit: ".quit                    leave (also .exit, Ctrl-D)"
        case .exit: ".exit                    leave"
        }
    }

    /// The synopsis without its description: `.save [--with-output] FILE`.
    var usage: String {
        synopsis.firstRange(of: "  ").map { String(synopsis[..<$0.lowerBound]) } ?? synopsis
    }

    var maximumArguments: Int {
        switch self {
        case .docs, .quit, .exit: 0
        case .save: 2
        default: 1
        }
    }
}

extension Session {
    /// Runs a dot command line. Errors are located in `file` at `lineNumber`; relative paths are
    /// resolved in `directory`.
    func runMetaCommand(_ line: String, file: String, lineNumber: Int, directory: String) -> FeedResult {
        let words = MetaWords(line: line)
        guard let nameWord = words.items.first else { return .completed(succeeded: true) }
        let name = String(nameWord.text.dropFirst())
        let arguments = Array(words.items.dropFirst())
        func fail(_ code: String, _ message: String, at word: MetaWords.Item, notes: [String] = []) -> FeedResult {
            let range = SourceRange(start: SourcePosition(line: lineNumber, column: word.column),
                                    end: SourcePosition(line: lineNumber, column: word.column + word.text.count))
            report(Diagnostic(code: code, message: message, file: file, range: range, notes: notes),
                   source: line, firstLine: lineNumber)
            finishOnce()
            return .completed(succeeded: false)
        }
        guard let command = MetaCommand(rawValue: name) else {
            let notes = Suggestion.nearest(to: name, among: MetaCommand.names).map { ["did you mean `.\($0)`?"] } ?? []
            return fail("unknown-command", "unknown command `.\(name)`", at: nameWord, notes: notes + ["`.help` lists the commands"])
        }
        if let extra = arguments.dropFirst(command.maximumArguments).first {
            return fail("extra-argument", "`.\(name)` takes \(command.maximumArguments == 0 ? "no argument" : "at most \(command.maximumArguments) argument\(command.maximumArguments == 1 ? "" : "s")")",
                        at: extra, notes: ["usage: " + command.usage])
        }
        // `.once` applies to the next statement or command, so it must not end its own redirection.
        defer { if command != .once { finishOnce() } }
        func path(_ word: MetaWords.Item) -> String { Self.absolutePath(word.text, in: directory) }
        func toggle(_ apply: (Bool) -> Void) -> FeedResult {
            guard let word = arguments.first else {
                return fail("missing-argument", "`.\(name)` needs `on` or `off`", at: nameWord)
            }
            switch word.text.lowercased() {
            case "on": apply(true)
            case "off": apply(false)
            default: return fail("bad-argument", "expected `on` or `off`, found `\(word.text)`", at: word)
            }
            return .completed(succeeded: true)
        }
        switch command {
        case .quit, .exit:
            return .quit
        case .help:
            guard let topic = arguments.first else {
                writeResult(HelpText.overview + "\n")
                return .completed(succeeded: true)
            }
            if let meta = MetaCommand(rawValue: topic.text.hasPrefix(".") ? String(topic.text.dropFirst()) : topic.text),
               HelpText.topic(topic.text) == nil {
                writeResult(meta.synopsis + "\n")
                return .completed(succeeded: true)
            }
            guard let text = HelpText.topic(topic.text) else {
                let notes = Suggestion.nearest(to: topic.text, among: HelpText.topics).map { ["did you mean `\($0)`?"] } ?? []
                return fail("unknown-topic", "no help on `\(topic.text)`", at: topic, notes: notes)
            }
            writeResult(text + "\n")
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
                writeResult(settings.format.rawValue + "\n")
                return .completed(succeeded: true)
            }
            guard let format = OutputFormat(rawValue: formatWord.text) else {
                let notes = Suggestion.nearest(to: formatWord.text, among: OutputFormat.names).map { ["did you mean `\($0)`?"] } ?? []
                return fail("unknown-format", "unknown format `\(formatWord.text)`", at: formatWord,
                            notes: notes + ["formats: \(OutputFormat.names.joined(separator: ", "))"])
            }
            settings.format = format
            steps.append(.mode(format.rawValue))
        case .output, .once:
            guard let target = arguments.first else {
                if command == .once { return fail("missing-argument", "`.once` needs a file name", at: nameWord) }
                finishOutputFile()
                return .completed(succeeded: true)
            }
            let file: AtomicFile
            do {
                file = try AtomicFile(destination: path(target))
            } catch {
                return fail("output-unwritable", "cannot write \(target.text): \(error.reason)", at: target)
            }
            if command == .once {
                finishOnce()
                onceFile = file
            } else {
                finishOutputFile()
                outputFile = file
            }
        case .read:
            guard let target = arguments.first else {
                return fail("missing-argument", "`.read` needs a script", at: nameWord)
            }
            guard readDepth < 16 else {
                return fail("read-too-deep", "scripts read each other more than 16 deep", at: target,
                            notes: ["does a script read itself?"])
            }
            let script = path(target)
            let text: String
            do throws(Diagnostic) {
                text = String(decoding: try DocumentLoader.readFile(at: script, named: target.text), as: UTF8.self)
            } catch {
                return fail("read-unreadable", error.message, at: target)
            }
            readDepth += 1
            let holds = settings.holdsFinishedStatements
            settings.holdsFinishedStatements = true
            let result = run(text: text, file: target.text, directory: FilePaths.directory(of: script))
            settings.holdsFinishedStatements = holds
            readDepth -= 1
            return .completed(succeeded: result.succeeded)
        case .save:
            let withOutput = arguments.first?.text == "--with-output"
            guard let target = withOutput ? arguments.dropFirst().first : arguments.first else {
                return fail("missing-argument", "`.save` needs a file name", at: arguments.first ?? nameWord,
                            notes: ["usage: .save [--with-output] FILE"])
            }
            if target.text.hasPrefix("-") {
                return fail("bad-argument", "unknown option `\(target.text)`", at: target,
                            notes: ["usage: .save [--with-output] FILE"])
            }
            let destination = path(target)
            do {
                try AtomicFile.write(savedText(scriptPath: destination, withOutput: withOutput), to: destination)
            } catch {
                return fail("save-unwritable", "cannot write \(target.text): \(error.reason)", at: target)
            }
        case .timer:
            return toggle { settings.timer = $0 }
        case .bail:
            return toggle { settings.bail = $0 }
        case .echo:
            return toggle { settings.echo = $0 }
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
