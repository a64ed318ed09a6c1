import EntenteLanguage
import EntenteModel
import EntenteReading

/// What feeding one line of input did.
public enum FeedResult: Equatable, Sendable {
    /// The line finished zero or more statements; `succeeded` is false when one of them failed.
    case completed(succeeded: Bool)
    /// The statement is not finished yet: show a continuation prompt and read another line.
    case needsMore
    /// `.quit` or `.exit` was entered.
    case quit
}

/// Settings the user can change while a session runs.
public struct SessionSettings: Sendable {
    public var format: OutputFormat
    /// Terminal width for tables, or nil when the output is not a terminal (no wrapping).
    public var width: Int?
    /// Stop a run at the first failed statement (`--keep-going` and `.bail off` turn it off).
    public var bail: Bool
    /// Let a finished statement wait for the next line, so a script can continue a query on a line
    /// that starts with `|`. Off at the prompt, where a finished statement must answer at once.
    public var holdsFinishedStatements: Bool
    /// `.echo on`: write each statement before its output.
    public var echo: Bool
    /// `.timer on`: write each statement's elapsed time to standard error.
    public var timer: Bool
    /// `--allow-changed`: a pinned document whose bytes changed loads with a warning, not an error.
    public var allowsChangedDocuments: Bool
    /// Bold table headers: results go to a terminal and NO_COLOR is not set.
    public var color: Bool

    public init(format: OutputFormat = .table, width: Int? = nil, bail: Bool = true, holdsFinishedStatements: Bool = false,
                echo: Bool = false, timer: Bool = false, allowsChangedDocuments: Bool = false, color: Bool = false) {
        self.format = format
        self.width = width
        self.bail = bail
        self.holdsFinishedStatements = holdsFinishedStatements
        self.echo = echo
        self.timer = timer
        self.allowsChangedDocuments = allowsChangedDocuments
        self.color = color
    }
}

/// Documents and names in scope, settings, and the execution of statements and meta-commands.
/// Input arrives a line at a time from the REPL, a script or standard input; results go to the sink
/// (or to the file of `.output` / `.once`).
public final class Session {
    public private(set) var environment = Environment(documents: [], bindings: [:])
    public var settings: SessionSettings
    /// How many errors have been reported: a run succeeded when this is still zero.
    public private(set) var errorCount = 0
    /// Words for tab completion, kept current as documents and names come and go.
    public let completion = CompletionIndex()
    /// Polled by the evaluator while a query runs; the REPL wires it to Ctrl-C.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// `-v NAME=VALUE` parameters, used as `$NAME` in statements; the text is read as a number,
    /// date, duration, boolean or (quoted or not) a string, as `Value(parameter:)` decides.
    public var parameters: [String: String] = [:] {
        didSet { environment.parameters = parameters.mapValues { Value(parameter: $0) } }
    }

    let sink: OutputSink
    let reader = DocumentReader()
    /// Lines of an unfinished statement, and where they started.
    private var pending: PendingInput? {
        didSet { completion.update(unfinishedStatement: pending?.text ?? "") }
    }
    /// Finished statements waiting to see whether the next line continues them with `|`.
    private var held: HeldStatements?
    /// What `.save` writes: the successful statements, in order.
    var steps: [SavedStep] = []
    /// `.output FILE`: results go to this file until `.output` or the end of the session.
    var outputFile: AtomicFile?
    /// `.once FILE`: the next statement's results go to this file.
    var onceFile: AtomicFile?
    /// How deeply `.read` scripts are nested, to refuse a script that reads itself.
    var readDepth = 0

    public init(settings: SessionSettings = SessionSettings(), sink: OutputSink) {
        self.settings = settings
        self.sink = sink
        completion.update(documents: [], bindings: [:])
    }

    /// True while a statement is unfinished (the REPL shows its continuation prompt).
    public var isContinuing: Bool { pending != nil }

    /// Drops an unfinished statement (Ctrl-C at a continuation prompt).
    public func discardPendingInput() {
        pending = nil
        held = nil
    }

    /// Ends the session: finishes the files of `.output` and `.once` (renaming them into place).
    public func finish() {
        finishOnce()
        finishOutputFile()
    }

    // MARK: Input

    /// Feeds one line. `file` and `lineNumber` place diagnostics (`script.entente:12:3`);
    /// `directory` is where relative `load` paths are resolved.
    public func feed(line: String, file: String, lineNumber: Int, directory: String) -> FeedResult {
        if let held {
            if line.drop(while: \.isWhitespace).hasPrefix("|") {
                // The finished query goes on: parse it again with this line added.
                self.held = nil
                pending = held.input
            } else if !runHeld() {
                if settings.bail { return .completed(succeeded: false) }
                let result = feedLine(line, file: file, lineNumber: lineNumber, directory: directory)
                return result == .completed(succeeded: true) ? .completed(succeeded: false) : result
            }
        }
        return feedLine(line, file: file, lineNumber: lineNumber, directory: directory)
    }

    private func feedLine(_ line: String, file: String, lineNumber: Int, directory: String) -> FeedResult {
        let trimmed = trimmingWhitespace(line)
        if pending == nil {
            if trimmed.isEmpty { return .completed(succeeded: true) }
            if trimmed.hasPrefix(".") {
                if settings.echo { writeResult(line + "\n") }
                let result = runMetaCommand(line, file: file, lineNumber: lineNumber, directory: directory)
                return result
            }
        }
        var input = pending ?? PendingInput(text: "", firstLine: lineNumber)
        input.text += input.text.isEmpty ? line : "\n" + line
        switch Parser.parse(input.text, file: file) {
        case .incomplete:
            pending = input
            return .needsMore
        case .failure(let diagnostic):
            pending = nil
            report(diagnostic.relocated(file: file, lineOffset: input.firstLine - 1), source: input.text, firstLine: input.firstLine)
            finishOnce()
            return .completed(succeeded: false)
        case .complete(let statements):
            pending = nil
            let finished = HeldStatements(
                statements: statements, input: input,
                context: StatementContext(file: file, source: input.text, firstLine: input.firstLine, directory: directory))
            if settings.holdsFinishedStatements {
                held = finished
                return .completed(succeeded: true)
            }
            return .completed(succeeded: run(finished))
        }
    }

    /// Runs a statement held back for a possible `|` continuation, if there is one.
    /// Returns false when it failed.
    @discardableResult
    public func runHeld() -> Bool {
        guard let held else { return true }
        self.held = nil
        return run(held)
    }

    private func run(_ finished: HeldStatements) -> Bool {
        defer { finishOnce() }
        if settings.echo, !finished.statements.isEmpty { writeResult(finished.input.text + "\n") }
        for (index, statement) in finished.statements.enumerated() {
            // Ctrl-C during one statement of a line also stops the ones after it.
            if index > 0, isCancelled() {
                report(Self.cancellation(file: finished.context.file), source: nil, firstLine: 1)
                return false
            }
            if !execute(statement, context: finished.context) { return false }
        }
        return true
    }

    /// Ends the input: runs what is held, and reports an unfinished statement ("not finished at
    /// the end of the input"). Returns false when either failed.
    public func finishInput(file: String) -> Bool {
        let heldSucceeded = runHeld()
        guard let input = pending else { return heldSucceeded }
        pending = nil
        let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        let lastLine = input.firstLine + lines.count - 1
        let lastColumn = (lines.last?.count ?? 0) + 1
        let diagnostic = Diagnostic(
            code: "incomplete-statement", message: "the statement is not finished at the end of the input",
            file: file, range: SourceRange(at: SourcePosition(line: lastLine, column: lastColumn)),
            label: "more was expected here")
        report(diagnostic, source: input.text, firstLine: input.firstLine)
        return false
    }

    /// Runs a whole text (a `-c` argument or a script) line by line, stopping at the first failure
    /// when `settings.bail` is on. Returns whether everything succeeded and whether `.quit` was reached.
    public func run(text: String, file: String, directory: String) -> (succeeded: Bool, quit: Bool) {
        var succeeded = true
        var lineNumber = 0
        for line in Self.lines(of: text) {
            lineNumber += 1
            switch feed(line: line, file: file, lineNumber: lineNumber, directory: directory) {
            case .needsMore, .completed(succeeded: true):
                continue
            case .completed(succeeded: false):
                succeeded = false
                if settings.bail || isCancelled() {
                    discardPendingInput()
                    return (false, false)
                }
            case .quit:
                return (runHeld() && succeeded, true)
            }
        }
        if !finishInput(file: file) { succeeded = false }
        return (succeeded, false)
    }

    /// The lines of a text, without their `\n` or `\r\n`; a final newline does not start a line.
    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    // MARK: Documents

    /// Loads documents named on the command line: reads and extracts them side by side, one thread
    /// per processor, then adds them in the order given, reporting each failure. With
    /// `stopAtFirstFailure` nothing after the first failure is added. Returns whether all loaded.
    public func loadArguments(_ paths: [String], stopAtFirstFailure: Bool) -> Bool {
        let loader = DocumentLoader(reader: reader)
        let directory = currentDirectory
        let allowsChanged = settings.allowsChangedDocuments
        let loads = ParallelWork.map(count: paths.count) { index in
            Result { () throws(Diagnostic) in
                try loader.load(path: paths[index], name: nil, sha256: nil, relativeTo: directory, allowsChanged: allowsChanged)
            }
        }
        var succeeded = true
        for (path, load) in zip(paths, loads) {
            if !add(load, path: path) {
                succeeded = false
                if stopAtFirstFailure { break }
            }
        }
        return succeeded
    }

    private func add(_ load: Result<DocumentLoader.Loaded, Diagnostic>, path: String) -> Bool {
        do throws(Diagnostic) {
            let loaded = try load.get()
            try add(loaded.document, range: nil, file: path)
            reportWarnings(of: loaded.document)
            steps.append(.load(absolutePath: Self.absolutePath(path, in: currentDirectory),
                               name: loaded.document.id, sha256: loaded.document.source.sha256))
            return true
        } catch {
            report(error, source: nil, firstLine: 1)
            return false
        }
    }

    /// Loads a document whose bytes were read elsewhere (`-` on the command line: standard input),
    /// under the id `name`.
    public func loadDocument(bytes: [UInt8], path: String, name: String) -> Bool {
        do throws(Diagnostic) {
            let document = try DocumentLoader(reader: reader).document(from: bytes, path: path, id: name)
            try add(document, range: nil, file: path)
            reportWarnings(of: document)
            steps.append(.note("the document `\(name)` was read from \(path) and cannot be loaded again by this script"))
            return true
        } catch {
            report(error, source: nil, firstLine: 1)
            return false
        }
    }

    private var currentDirectory: String {
        FilePaths.currentDirectory()
    }

    static func absolutePath(_ path: String, in directory: String) -> String {
        FilePaths.standardized(path, in: directory)
    }

    private func add(_ document: Document, range: SourceRange?, file: String) throws(Diagnostic) {
        if let index = environment.documents.firstIndex(where: { $0.id == document.id }) {
            // Loading the same file again refreshes it; another file under a taken name is a mistake.
            guard environment.documents[index].source.path == document.source.path else {
                throw Diagnostic(
                    code: "duplicate-document",
                    message: "a document named `\(document.id)` is already loaded from \(environment.documents[index].source.path)",
                    file: file, range: range, notes: ["give this one another name: load \"\(document.source.path)\" as NAME"])
            }
            environment.documents[index] = document
        } else {
            environment.documents.append(document)
        }
        refreshCompletion()
    }

    private func reportWarnings(of document: Document) {
        for warning in document.warnings {
            sink.writeError(DiagnosticFormatter(source: nil).format(warning) + "\n")
        }
    }

    private func refreshCompletion() {
        completion.update(documents: environment.documents.map(\.id), bindings: environment.bindings.mapValues(\.columns))
    }

    // MARK: Statements

    struct StatementContext {
        var file: String
        var source: String
        var firstLine: Int
        var directory: String
    }

    /// Executes one statement and writes its result. Returns false after reporting an error.
    /// `load` and `let` are the session's own; every other kind is the evaluator's, so new kinds of
    /// statement work here without changes.
    private func execute(_ statement: Statement, context: StatementContext) -> Bool {
        let started = ContinuousClock.now
        defer {
            if settings.timer { reportElapsed(since: started) }
        }
        do throws(Diagnostic) {
            let relocate = { (diagnostic: Diagnostic) in diagnostic.relocated(file: context.file, lineOffset: context.firstLine - 1) }
            let evaluator = Evaluator(environment: environment, isCancelled: isCancelled)
            if case .load(let path, let name, let sha256) = statement.kind {
                let loaded: DocumentLoader.Loaded
                do {
                    loaded = try DocumentLoader(reader: reader).load(
                        path: path, name: name, sha256: sha256, relativeTo: context.directory,
                        allowsChanged: settings.allowsChangedDocuments)
                } catch {
                    var located = error
                    located.file = context.file
                    located.range = statement.range
                    throw relocate(located)
                }
                do { try add(loaded.document, range: statement.range, file: context.file) } catch { throw relocate(error) }
                if let warning = loaded.warning {
                    var located = warning
                    located.file = context.file
                    located.range = statement.range
                    sink.writeError(DiagnosticFormatter(source: context.source, firstLine: context.firstLine)
                        .format(relocate(located)) + "\n")
                }
                reportWarnings(of: loaded.document)
                steps.append(.load(absolutePath: Self.absolutePath(path, in: context.directory),
                                   name: loaded.document.id, sha256: loaded.document.source.sha256))
                emit(Self.loadedTable(loaded.document))
            } else if case .let(let name, let query) = statement.kind {
                let table: Table
                do { table = try evaluator.evaluate(query) } catch { throw relocate(error) }
                environment.bindings[name] = table
                refreshCompletion()
                steps.append(.statement(statement.sourceText))
            } else {
                let table: Table
                do { table = try evaluator.evaluate(statement) } catch { throw relocate(error) }
                steps.append(.statement(statement.sourceText))
                emit(table)
            }
            return true
        } catch {
            report(error, source: context.source, firstLine: context.firstLine)
            return false
        }
    }

    private func reportElapsed(since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // Six decimals: fast statements take well under a millisecond, and benchmarks divide by them.
        sink.writeError("time: " + fixedDecimal(seconds, digits: 6) + " s\n")
    }

    /// The one-row table a `load` answers with, so every statement yields a table.
    static func loadedTable(_ document: Document) -> Table {
        Table(
            columns: ["document", "title", "kind", "provisions", "source"],
            rows: [[.string(document.id), .string(document.title), .string(document.kind.rawValue),
                    .number(Double(document.provisions.count)), .string(document.source.path)]])
    }

    /// The diagnostic of a query stopped by Ctrl-C (the evaluator's code for it).
    static func cancellation(file: String) -> Diagnostic {
        Diagnostic(code: "E0499", message: "query cancelled", file: file)
    }

    func emit(_ table: Table) {
        var text = settings.format.render(table, width: settings.width)
        // Never into a file of `.output` or `.once`: color is for the terminal only.
        if settings.color, settings.format == .table, outputFile == nil, onceFile == nil {
            text = Self.boldHeader(text)
        }
        // JSON lines of no rows is no output at all, not an empty line.
        if !text.isEmpty { writeResult(text + "\n") }
    }

    /// The header lines of a rendered table (those above its `---+---` rule) in bold.
    static func boldHeader(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let rule = lines.firstIndex(where: { !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == "+" } }) else { return text }
        for index in 0..<rule where !lines[index].isEmpty {
            lines[index] = "\u{1b}[1m" + lines[index] + "\u{1b}[0m"
        }
        return lines.joined(separator: "\n")
    }

    func report(_ diagnostic: Diagnostic, source: String?, firstLine: Int) {
        if diagnostic.severity == .error { errorCount += 1 }
        // A cancelled query is what the user asked for: a plain notice, not a located error.
        if diagnostic.code == "E0499" {
            sink.writeError("query cancelled\n")
            return
        }
        sink.writeError(DiagnosticFormatter(source: source, firstLine: firstLine).format(diagnostic) + "\n")
    }
}

/// The lines of a statement still being typed.
struct PendingInput {
    var text: String
    var firstLine: Int
}

/// Parsed statements not run yet, with what is needed to run and locate them.
struct HeldStatements {
    var statements: [Statement]
    var input: PendingInput
    var context: Session.StatementContext
}
