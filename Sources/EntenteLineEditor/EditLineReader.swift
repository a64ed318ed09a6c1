import CLibedit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a terminal with libedit: emacs keys, history kept in a file, Tab completion,
/// Ctrl-C to discard the line, Ctrl-D on an empty line to end, Ctrl-Z to suspend, `~/.editrc`.
///
/// libedit's own signal handling stays off (`EL_SIGNAL` 0): it would re-raise signals to the whole
/// process group. Instead ISIG is off only while a line is edited (`setty -d -isig`), so Ctrl-C
/// arrives as a key bound to `entente-interrupt`; while a statement runs the terminal is back in
/// its normal mode and Ctrl-C is a SIGINT the caller may handle to cancel the statement.
public final class EditLineReader: LineReader {
    /// Given the text before the cursor, returns whole words that may replace the word being
    /// typed there (see `CompletionWord` for what that word is).
    public typealias Completer = @Sendable (_ lineBeforeCursor: String) -> [String]

    /// Entries kept in memory and in the history file.
    public static let historyCapacity = 1000

    private let editLine: OpaquePointer
    private let libedit: UnsafePointer<entente_libedit>
    private let history: EditHistory
    private let historyFile: String?
    private let completer: Completer?
    /// The prompt libedit shows; owned here because the prompt callback hands out a C pointer.
    private var promptText: UnsafeMutablePointer<CChar>
    private var promptString = ""
    /// Set by the Ctrl-C key function during `el_gets`; read once it returns.
    private var interrupted = false
    private var reportedSaveFailure = false

    /// Returns nil unless standard input and output are terminals (use `PlainLineReader` then), or
    /// when libedit is missing or cannot start. Loads the history file at `historyFile` when it
    /// exists; `programName` is the name `~/.editrc` lines may be prefixed with (`entente:bind …`).
    public init?(programName: String = "entente", historyFile: String?, completer: Completer?) {
        guard Terminal.isInteractive() else { return nil }
        Terminal.useUTF8CharacterLocale()
        guard let history = EditHistory(capacity: Self.historyCapacity) else { return nil }
        let libedit = history.libedit
        guard let editLine = entente_el_init(libedit, programName, entente_stdin(), entente_stdout(), entente_stderr()) else {
            return nil
        }
        self.editLine = editLine
        self.libedit = libedit
        self.history = history
        self.historyFile = historyFile
        self.completer = completer
        promptText = Self.cString("")
        if let historyFile {
            history.load(from: historyFile)
        }
        configure()
    }

    deinit {
        entente_el_end(libedit, editLine)
        promptText.deallocate()
    }

    public func readLine(prompt: String) -> LineInput {
        setPrompt(prompt)
        // Output printed since the last prompt must reach the terminal before libedit draws.
        fflush(entente_stdout())
        // Signals are off, so pick up a window resized between prompts here.
        entente_el_resize(libedit, editLine)
        while true {
            interrupted = false
            var count: Int32 = 0
            errno = 0
            let raw = entente_el_gets(libedit, editLine, &count)
            if interrupted { return .interrupted }
            guard let raw else {
                if count < 0, errno == EINTR { continue }
                // Leave the shell's prompt a clean line.
                fputs("\n", entente_stdout())
                fflush(entente_stdout())
                return .endOfFile
            }
            var line = String(cString: raw)
            if line.unicodeScalars.last == "\n" { line.unicodeScalars.removeLast() }
            return .line(line)
        }
    }

    /// Adds `entry` as one history entry and saves the history file atomically right away, so a
    /// crash loses nothing. Blank entries and repeats of the previous entry are not added.
    public func addHistory(_ entry: String) {
        history.add(entry)
        guard let historyFile else { return }
        do {
            try history.save(to: historyFile)
        } catch {
            guard !reportedSaveFailure else { return }
            reportedSaveFailure = true
            fputs("entente: \(error)\n", entente_stderr())
        }
    }

    /// `$XDG_STATE_HOME/entente/history`, else `~/.local/state/entente/history`; creates the
    /// directory (mode 0700). Nil when there is no home or the directory cannot be made.
    public static func defaultHistoryFile() -> String? {
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            environment[name] = getenv(name).map { String(cString: $0) }
        }
        return defaultHistoryFile(environment: environment, createDirectory: true)
    }

    static func defaultHistoryFile(environment: [String: String], createDirectory: Bool) -> String? {
        let stateHome: String
        // The XDG spec says a relative path is to be ignored.
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            stateHome = xdg
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            stateHome = joined(home, ".local/state")
        } else {
            return nil
        }
        let directory = joined(stateHome, "entente")
        if createDirectory, !makeDirectories(directory) { return nil }
        return joined(directory, "history")
    }

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `mkdir -p` with mode 0700 for each directory made; true when `path` is a directory afterwards.
    private static func makeDirectories(_ path: String) -> Bool {
        var prefix = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { return false }
        }
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    // MARK: Setting libedit up

    private func configure() {
        _ = entente_el_set_clientdata(libedit, editLine, Unmanaged.passUnretained(self).toOpaque())
        // \1 brackets invisible prompt characters (colour escapes) so they take no width.
        _ = entente_el_set_prompt(libedit, editLine, { EditLineReader.prompt(for: $0) }, 1)
        _ = entente_el_set_editor(libedit, editLine, "emacs")
        _ = entente_el_set_signal(libedit, editLine, 0)
        _ = entente_el_set_hist(libedit, editLine, history.handle)
        _ = entente_el_add_function(libedit, editLine, "entente-complete", "Complete the word before the cursor",
                                    { editLine, _ in EditLineReader.complete(editLine) })
        _ = entente_el_add_function(libedit, editLine, "entente-interrupt", "Discard the line being typed",
                                    { editLine, _ in EditLineReader.interrupt(editLine) })
        _ = entente_el_add_function(libedit, editLine, "entente-suspend", "Suspend entente (job control)",
                                    { editLine, _ in EditLineReader.suspend(editLine) })
        _ = entente_el_bind(libedit, editLine, "^I", "entente-complete")
        // ~/.editrc (or $EDITRC) may rebind anything, Tab included…
        _ = entente_el_source(libedit, editLine, nil)
        // …but with ISIG off these keys would otherwise do nothing, so they are bound last.
        _ = entente_el_bind(libedit, editLine, "^C", "entente-interrupt")
        _ = entente_el_bind(libedit, editLine, "^Z", "entente-suspend")
        _ = entente_el_setty(libedit, editLine, "-d", "-isig")
    }

    private func setPrompt(_ prompt: String) {
        guard prompt != promptString else { return }
        let replacement = Self.cString(prompt)
        promptText.deallocate()
        promptText = replacement
        promptString = prompt
    }

    private static func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = Array(text.utf8CString)
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        pointer.initialize(from: bytes, count: bytes.count)
        return pointer
    }

    // MARK: Callbacks (C function pointers: the reader comes back through EL_CLIENTDATA)

    private static func reader(for editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let libedit = LibEdit.loaded?.table,
              let data = entente_el_get_clientdata(libedit, editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    /// Never used in practice (client data is set before any prompt); libedit must not get NULL.
    nonisolated(unsafe) private static let emptyPrompt: UnsafeMutablePointer<CChar> = cString("")

    private static func prompt(for editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
        reader(for: editLine)?.promptText ?? emptyPrompt
    }

    /// Ctrl-C: shows `^C` at the end of the line and ends it through libedit's own newline (so the
    /// cursor lands below a wrapped line), marking the read as interrupted so the line is dropped.
    private static func interrupt(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let reader = reader(for: editLine) else { return UInt8(CC_ERROR) }
        reader.interrupted = true
        let libedit = reader.libedit
        if let line = entente_el_wline(libedit, editLine), let cursor = line.pointee.cursor, let end = line.pointee.lastchar {
            _ = entente_el_cursor(libedit, editLine, Int32(clamping: end - cursor))
        }
        _ = entente_el_insertstr(libedit, editLine, "^C")
        entente_el_push(libedit, editLine, "\n")
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-Z: gives the terminal back in its normal mode and stops the job, as the shell expects;
    /// on `fg`, resumes editing the same line at the (maybe new) window size.
    private static func suspend(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let libedit = reader(for: editLine)?.libedit else { return UInt8(CC_ERROR) }
        _ = entente_el_prep_term(libedit, editLine, 0)
        kill(0, SIGTSTP)
        _ = entente_el_prep_term(libedit, editLine, 1)
        entente_el_resize(libedit, editLine)
        return UInt8(CC_REDISPLAY)
    }

    /// Tab: asks the completer about the text before the cursor and applies `Completion.decide`.
    private static func complete(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let reader = reader(for: editLine), let completer = reader.completer,
              let line = entente_el_line(reader.libedit, editLine), let buffer = line.pointee.buffer, let cursor = line.pointee.cursor,
              cursor >= buffer
        else { return UInt8(CC_ERROR) }
        let length = cursor - buffer
        let before = buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        let word = CompletionWord(lineBeforeCursor: before)
        switch Completion.decide(word: word, candidates: completer(before)) {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let deleting, let text):
            if deleting > 0 { entente_el_deletestr(reader.libedit, editLine, Int32(clamping: deleting)) }
            guard entente_el_insertstr(reader.libedit, editLine, text) == 0 else { return UInt8(CC_REFRESH_BEEP) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let output = entente_el_output_file(reader.libedit, editLine) ?? entente_stdout()
            fputs("\n" + Completion.columns(candidates, width: Terminal.width() ?? 80), output)
            fflush(output)
            return UInt8(CC_REDISPLAY)
        }
    }
}
