import CLibedit
import FoundationEssentials
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
    private let history: EditHistory
    private let historyFile: URL?
    private let completer: Completer?
    /// The prompt libedit shows; owned here because the prompt callback hands out a C pointer.
    private var promptText: UnsafeMutablePointer<CChar>
    private var promptString = ""
    /// Set by the Ctrl-C key function during `el_gets`; read once it returns.
    private var interrupted = false
    private var reportedSaveFailure = false

    /// Returns nil unless standard input and output are terminals (use `PlainLineReader` then), or
    /// when libedit cannot start. Loads `historyFile` when it exists; `programName` is the name
    /// `~/.editrc` lines may be prefixed with (`entente:bind …`).
    public init?(programName: String = "entente", historyFile: URL?, completer: Completer?) {
        guard Terminal.isInteractive() else { return nil }
        Terminal.useUTF8CharacterLocale()
        guard let history = EditHistory(capacity: Self.historyCapacity) else { return nil }
        guard let editLine = el_init(programName, entente_stdin(), entente_stdout(), entente_stderr()) else {
            return nil
        }
        self.editLine = editLine
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
        el_end(editLine)
        promptText.deallocate()
    }

    public func readLine(prompt: String) -> LineInput {
        setPrompt(prompt)
        // Output printed since the last prompt must reach the terminal before libedit draws.
        fflush(entente_stdout())
        // Signals are off, so pick up a window resized between prompts here.
        el_resize(editLine)
        while true {
            interrupted = false
            var count: Int32 = 0
            errno = 0
            let raw = el_gets(editLine, &count)
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
    public static func defaultHistoryFile() -> URL? {
        defaultHistoryFile(environment: ProcessInfo.processInfo.environment, createDirectory: true)
    }

    static func defaultHistoryFile(environment: [String: String], createDirectory: Bool) -> URL? {
        let stateHome: URL
        // The XDG spec says a relative path is to be ignored.
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            stateHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            stateHome = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/state", isDirectory: true)
        } else {
            return nil
        }
        let directory = stateHome.appendingPathComponent("entente", isDirectory: true)
        if createDirectory {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                return nil
            }
        }
        return directory.appendingPathComponent("history", isDirectory: false)
    }

    // MARK: Setting libedit up

    private func configure() {
        _ = entente_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        // \1 brackets invisible prompt characters (colour escapes) so they take no width.
        _ = entente_el_set_prompt(editLine, { EditLineReader.prompt(for: $0) }, 1)
        _ = entente_el_set_editor(editLine, "emacs")
        _ = entente_el_set_signal(editLine, 0)
        _ = entente_el_set_hist(editLine, history.handle)
        _ = entente_el_add_function(editLine, "entente-complete", "Complete the word before the cursor",
                                    { editLine, _ in EditLineReader.complete(editLine) })
        _ = entente_el_add_function(editLine, "entente-interrupt", "Discard the line being typed",
                                    { editLine, _ in EditLineReader.interrupt(editLine) })
        _ = entente_el_add_function(editLine, "entente-suspend", "Suspend entente (job control)",
                                    { editLine, _ in EditLineReader.suspend(editLine) })
        _ = entente_el_bind(editLine, "^I", "entente-complete")
        // ~/.editrc (or $EDITRC) may rebind anything, Tab included…
        _ = el_source(editLine, nil)
        // …but with ISIG off these keys would otherwise do nothing, so they are bound last.
        _ = entente_el_bind(editLine, "^C", "entente-interrupt")
        _ = entente_el_bind(editLine, "^Z", "entente-suspend")
        _ = entente_el_setty(editLine, "-d", "-isig")
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
        guard let editLine, let data = entente_el_get_clientdata(editLine) else { return nil }
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
        if let line = el_wline(editLine), let cursor = line.pointee.cursor, let end = line.pointee.lastchar {
            _ = el_cursor(editLine, Int32(clamping: end - cursor))
        }
        _ = el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-Z: gives the terminal back in its normal mode and stops the job, as the shell expects;
    /// on `fg`, resumes editing the same line at the (maybe new) window size.
    private static func suspend(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine else { return UInt8(CC_ERROR) }
        _ = entente_el_prep_term(editLine, 0)
        kill(0, SIGTSTP)
        _ = entente_el_prep_term(editLine, 1)
        el_resize(editLine)
        return UInt8(CC_REDISPLAY)
    }

    /// Tab: asks the completer about the text before the cursor and applies `Completion.decide`.
    private static func complete(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let reader = reader(for: editLine), let completer = reader.completer,
              let line = el_line(editLine), let buffer = line.pointee.buffer, let cursor = line.pointee.cursor,
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
            if deleting > 0 { el_deletestr(editLine, Int32(clamping: deleting)) }
            guard el_insertstr(editLine, text) == 0 else { return UInt8(CC_REFRESH_BEEP) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let output = entente_el_output_file(editLine) ?? entente_stdout()
            fputs("\n" + Completion.columns(candidates, width: Terminal.width() ?? 80), output)
            fflush(output)
            return UInt8(CC_REDISPLAY)
        }
    }
}
