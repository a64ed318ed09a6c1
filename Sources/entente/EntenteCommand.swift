import EntenteLineEditor
import EntenteSession
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line: parses arguments, picks the mode (REPL, -c, -f, standard input), wires the
/// session to the terminal. Everything else lives in the library modules.
struct EntenteCommand {
    var commands: [String] = []
    var scripts: [String] = []
    var parameters: [String] = []
    var format: String = OutputFormat.table.rawValue
    var keepGoing = false
    var allowChanged = false
    var check = false
    /// Documents to load before anything runs; the transcripts to replay with `--check`.
    var documents: [String] = []

    static let formatNames = OutputFormat.names.joined(separator: ", ")

    func validate() throws(UsageError) {
        guard OutputFormat(rawValue: format) != nil else {
            throw UsageError(message: "unknown format '\(format)'; choose one of \(OutputFormat.names.joined(separator: ", "))")
        }
        if !scripts.isEmpty && !commands.isEmpty {
            throw UsageError(message: "-c and -f cannot be used together")
        }
        if scripts.filter({ $0 == "-" }).count > 1 {
            throw UsageError(message: "standard input can be read as one script only; '-f -' is given more than once")
        }
        if documents.filter({ $0 == "-" }).count > 1 {
            throw UsageError(message: "standard input can be read as one document only; '-' is given more than once")
        }
        if documents.contains("-") && scripts.contains("-") {
            throw UsageError(message: "standard input cannot hold both a document ('-') and a script ('-f -')")
        }
        if documents.contains("-") && commands.isEmpty && scripts.isEmpty && !check {
            throw UsageError(message: "with '-' standard input holds a document, so statements must come from -c or -f")
        }
        if check && (!commands.isEmpty || !scripts.isEmpty) {
            throw UsageError(message: "--check replays transcripts; it cannot be used with -c or -f")
        }
        if check && documents.isEmpty {
            throw UsageError(message: "--check needs the transcripts to replay")
        }
        _ = try parsedParameters()
    }

    /// `-v NAME=VALUE` as a dictionary; NAME is a letter or `_` followed by letters, digits, `_`.
    func parsedParameters() throws(UsageError) -> [String: String] {
        var result: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "=") else {
                throw UsageError(message: "-v expects NAME=VALUE, got '\(parameter)'")
            }
            let name = String(parameter[..<equals])
            let valid = name.first.map { $0.isLetter || $0 == "_" } == true
                && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
            guard valid else { throw UsageError(message: "-v: '\(name)' is not a parameter name (letters, digits, _)") }
            result[name] = String(parameter[parameter.index(after: equals)...])
        }
        return result
    }

    /// Runs the chosen mode and returns the process exit status.
    func execute() -> Int32 {
        let parameterValues = (try? parsedParameters()) ?? [:]
        if check { return runChecks(parameters: parameterValues) }
        let interactive = commands.isEmpty && scripts.isEmpty && Terminal.isInteractive()
        let sink = FileDescriptorSink(
            colorsDiagnostics: isatty(STDERR_FILENO) != 0 && Self.colorAllowed,
            onClosedPipe: { exit(0) })
        let settings = SessionSettings(
            format: OutputFormat(rawValue: format) ?? .table,
            width: isatty(STDOUT_FILENO) != 0 ? Terminal.width() : nil,
            bail: !keepGoing, holdsFinishedStatements: !interactive, allowsChangedDocuments: allowChanged,
            color: isatty(STDOUT_FILENO) != 0 && Self.colorAllowed)
        let session = Session(settings: settings, sink: sink)
        // Setting even no parameters builds a dictionary type at first use (0.2M instructions).
        if !parameterValues.isEmpty { session.parameters = parameterValues }
        defer { session.finish() }
        var succeeded = true
        // `-` is a document piped into standard input (`pdftotext x.pdf - | entente -c terms -`);
        // the files between two of them are loaded side by side. Every run but the first follows a `-`.
        let stopsAtFailure = !interactive && !keepGoing
        for run in documents.split(separator: "-", omittingEmptySubsequences: false) {
            if run.startIndex != documents.startIndex {
                if !session.loadDocument(bytes: Self.readStandardInput(), path: "<stdin>", name: "stdin") {
                    succeeded = false
                    if stopsAtFailure { return 1 }
                }
            }
            guard !run.isEmpty else { continue }
            if !session.loadArguments(Array(run), stopAtFirstFailure: stopsAtFailure) {
                succeeded = false
                if stopsAtFailure { return 1 }
            }
        }
        let here = FilePaths.currentDirectory()
        if !commands.isEmpty {
            for command in commands {
                let result = session.run(text: command, file: "<input>", directory: here)
                if !result.succeeded {
                    succeeded = false
                    if !keepGoing { return 1 }
                }
                if result.quit { break }
            }
        } else if !scripts.isEmpty {
            for script in scripts {
                let text: String
                let directory: String
                if script == "-" {
                    text = String(decoding: Self.readStandardInput(), as: UTF8.self)
                    directory = here
                } else {
                    let path = FilePaths.joined(script, to: here)
                    guard let bytes = FilePaths.contents(of: path) else {
                        sink.writeError("entente: cannot read script \(script)\n")
                        return 1
                    }
                    text = String(decoding: bytes, as: UTF8.self)
                    directory = FilePaths.directory(of: path)
                }
                let result = session.run(text: text, file: script == "-" ? "<stdin>" : script, directory: directory)
                if !result.succeeded {
                    succeeded = false
                    if !keepGoing { return 1 }
                }
                if result.quit { break }
            }
        } else if interactive {
            // Errors at the prompt were shown and dealt with there; leaving the REPL is a success.
            Repl(session: session, sink: sink).run()
            return 0
        } else {
            succeeded = BatchInput(session: session, directory: here).run() && succeeded
        }
        return succeeded && session.errorCount == 0 ? 0 : 1
    }

    /// `--check`: replays each transcript, prints a unified diff for each that differs.
    func runChecks(parameters: [String: String]) -> Int32 {
        var failures = 0
        var output = ""
        for path in documents {
            let fullPath = FilePaths.joined(path, to: FilePaths.currentDirectory())
            guard let bytes = FilePaths.contents(of: fullPath) else {
                FileDescriptorSink(onClosedPipe: {}).writeError("entente: cannot read transcript \(path)\n")
                failures += 1
                continue
            }
            if let diff = Transcript.check(String(decoding: bytes, as: UTF8.self), file: FilePaths.lastComponent(fullPath),
                                           directory: FilePaths.directory(of: fullPath), parameters: parameters,
                                           allowsChangedDocuments: allowChanged) {
                output += diff
                failures += 1
            }
        }
        let sink = FileDescriptorSink(onClosedPipe: { exit(1) })
        sink.write(output)
        if failures > 0 {
            sink.writeError("entente: \(failures) of \(documents.count) transcript\(documents.count == 1 ? "" : "s") differ\(failures == 1 ? "s" : "")\n")
        }
        return failures == 0 ? 0 : 1
    }

    /// Color only on a terminal, and never with NO_COLOR set (to anything).
    static var colorAllowed: Bool {
        getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) } != "dumb"
    }
}

extension EntenteCommand {
    /// Standard input to its end; nothing when reading it fails.
    static func readStandardInput() -> [UInt8] {
        FilePaths.readToEnd(STDIN_FILENO) ?? []
    }
}

/// Statements piped into standard input: no prompt, no banner, stop at the first error unless
/// the session's settings say to go on.
struct BatchInput {
    let session: Session
    let directory: String

    func run() -> Bool {
        let reader = PlainLineReader()
        var succeeded = true
        var lineNumber = 0
        while case .line(let line) = reader.readLine(prompt: "") {
            lineNumber += 1
            var result = session.feed(line: line, file: "<stdin>", lineNumber: lineNumber, directory: directory)
            // A program that writes a statement and waits for its answer sends no next line to
            // look at: when none is ready, run what is held now instead of blocking for it.
            if result == .completed(succeeded: true), !reader.hasInputReady(), !session.runHeld() {
                result = .completed(succeeded: false)
            }
            switch result {
            case .needsMore, .completed(succeeded: true): continue
            case .completed(succeeded: false):
                succeeded = false
                if session.settings.bail { return false }
            case .quit: return session.runHeld() && succeeded
            }
        }
        return session.finishInput(file: "<stdin>") && succeeded
    }
}

/// The interactive loop: prompt, edit, run, repeat until `.quit` or Ctrl-D.
struct Repl {
    static let prompt = "entente> "
    static let continuationPrompt = "    ...> "

    let session: Session
    let sink: OutputSink

    func run() {
        let completion = session.completion
        let editor: LineReader = EditLineReader(
            programName: "entente", historyFile: EditLineReader.defaultHistoryFile(),
            completer: { line in
                let word = CompletionWord(lineBeforeCursor: line)
                return completion.candidates(for: word.text, after: word.precedingText, quoted: word.isQuoted)
            }) ?? PlainLineReader()
        // Ctrl-C while a statement runs cancels it (see QueryInterrupt); the test hook slows polls.
        QueryInterrupt.install()
        let slow = getenv("ENTENTE_TEST_SLOW_QUERY_MS").flatMap { Int(String(cString: $0)) } ?? 0
        session.isCancelled = QueryInterrupt.poll(slowMilliseconds: slow)
        let count = session.environment.documents.count
        sink.write("Entente \(ententeVersion): \(count) document\(count == 1 ? "" : "s") loaded. Type .help for help, .quit to leave.\n")
        var statement: [String] = []
        let here = FilePaths.currentDirectory()
        while true {
            switch editor.readLine(prompt: session.isContinuing ? Self.continuationPrompt : Self.prompt) {
            case .endOfFile:
                sink.write("\n")
                return
            case .interrupted:
                session.discardPendingInput()
                statement = []
            case .line(let line):
                statement.append(line)
                // The window may have been resized while the line was typed: tables fit it now.
                session.settings.width = Terminal.width()
                QueryInterrupt.reset()
                let result = session.feed(line: line, file: "<input>", lineNumber: statement.count, directory: here)
                if result != .needsMore {
                    // A multi-line statement goes into history as one entry.
                    let entry = statement.joined(separator: "\n")
                    if !entry.allSatisfy(\.isWhitespace) { editor.addHistory(entry) }
                    statement = []
                }
                if result == .quit { return }
            }
        }
    }
}
