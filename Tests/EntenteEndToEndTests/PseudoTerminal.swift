import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program running on the slave side of a real pseudo-terminal, driven like a user at a keyboard.
///
/// The child gets a new session with the pty as its controlling terminal (so `\u{03}` typed with
/// ISIG on is a real SIGINT to it), a window size, and stdin/stdout/stderr on the pty. Output is
/// read with timeouts; `expect` matches against the output with terminal control sequences and
/// carriage returns removed, because a line editor redraws with cursor movements between the
/// characters a user sees. The child is killed when the terminal goes away.
final class PseudoTerminal {
    /// A wait that ran out; its description holds the whole transcript for the test log.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var seconds: Double
        var transcript: String

        var description: String {
            "timed out after \(seconds)s waiting for \(waitingFor.debugDescription); transcript so far:\n"
                + "-----\n\(transcript)\n-----"
        }
    }

    struct SpawnFailure: Error, CustomStringConvertible {
        var step: String
        var code: Int32
        var description: String { "pseudo-terminal: \(step) failed: \(String(cString: strerror(code)))" }
    }

    let pid: pid_t
    private let master: Int32
    /// Every byte the child wrote, as written.
    private(set) var raw: [UInt8] = []
    /// How far into the cleaned output `expect` has matched.
    private var matchedUpTo = 0
    private var exitStatus: Int32?
    private var reachedEnd = false

    /// Starts `executable` with `arguments` and exactly `environment` on a new pty of `columns`×`rows`.
    init(executable: URL, arguments: [String] = [], environment: [String: String],
         currentDirectory: URL? = nil, columns: UInt16 = 120, rows: UInt16 = 40) throws {
        let master = PTY.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw SpawnFailure(step: "posix_openpt", code: errno) }
        var spawned = false
        defer { if !spawned { close(master) } }
        guard PTY.grant(master) == 0 else { throw SpawnFailure(step: "grantpt", code: errno) }
        guard PTY.unlock(master) == 0 else { throw SpawnFailure(step: "unlockpt", code: errno) }
        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard PTY.slaveName(master, &nameBuffer, nameBuffer.count) == 0 else {
            throw SpawnFailure(step: "ptsname_r", code: errno)
        }
        let slavePath = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw SpawnFailure(step: "TIOCSWINSZ", code: errno) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let currentDirectory {
            guard let addChdir = Self.addChdir else { throw SpawnFailure(step: "addchdir_np", code: ENOSYS) }
            _ = addChdir(&actions, currentDirectory.path)
        }
        // The child is a session leader by now (POSIX_SPAWN_SETSID runs first), so opening the
        // slave without O_NOCTTY makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Descriptors other tests left inheritable (pipes of other children) must not leak in.
        _ = Self.addCloseFrom?(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default signal dispositions and an empty mask, whatever the test runner has set.
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(Self.setSessionFlag | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard status == 0 else { throw SpawnFailure(step: "posix_spawn \(executable.path)", code: status) }
        spawned = true
        self.pid = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        close(master)
    }

    /// An environment for a REPL under test: the runner's, with TERM=xterm, a UTF-8 locale, and
    /// HOME and XDG_STATE_HOME inside `home` so history never touches the user's.
    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_CTYPE", "COLUMNS", "LINES", "EDITRC", "NO_COLOR", "ENTENTE_BINARY"] {
            environment[key] = nil
        }
        environment["TERM"] = "xterm"
        environment["LANG"] = "C.UTF-8"
        environment["HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    // MARK: Typing

    /// Types `keys` (`"\r"` is Enter, `"\t"` Tab, `"\u{03}"` Ctrl-C, `"\u{04}"` Ctrl-D, `"\u{1b}[A"` Up).
    func send(_ keys: String) throws {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw SpawnFailure(step: "write to pty", code: errno)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Resizes the window (the child gets SIGWINCH).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    // MARK: Reading

    /// Everything written so far, control sequences and carriage returns removed.
    var transcript: String { String(decoding: Self.clean(raw), as: UTF8.self) }

    /// Reads until `text` appears in the cleaned output after the previous match; returns the
    /// cleaned output up to the end of the match. Throws `Timeout`, with the transcript, if it does
    /// not appear in time or the program ends first.
    @discardableResult
    func expect(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Array(text.utf8)
        while true {
            let cleaned = Self.clean(raw)
            if let range = Self.find(needle, in: cleaned, from: matchedUpTo) {
                let consumed = String(decoding: cleaned[matchedUpTo..<range.upperBound], as: UTF8.self)
                matchedUpTo = range.upperBound
                return consumed
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, !reachedEnd else {
                throw Timeout(waitingFor: text, seconds: timeout, transcript: transcript)
            }
            readAvailable(waitingUpTo: remaining)
        }
    }

    /// Waits for `prompt` and then until the line editor has taken the terminal out of canonical
    /// mode: keys typed before that reach the tty driver instead, where Ctrl-C is a signal and
    /// Ctrl-D ends the input, so a test that typed at once would race the editor.
    @discardableResult
    func expectPrompt(_ prompt: String, timeout: Double = 10) throws -> String {
        let output = try expect(prompt, timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            guard deadline.timeIntervalSinceNow > 0 else {
                throw Timeout(waitingFor: "the line editor to take the terminal", seconds: timeout, transcript: transcript)
            }
            usleep(2_000)
        }
        return output
    }

    /// Waits until the line editor has given the terminal back (canonical mode again): a line was
    /// entered and its statement runs, so a Ctrl-C typed now is a SIGINT, not a key.
    func waitForStatementToRun(timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 {
            guard deadline.timeIntervalSinceNow > 0 else {
                throw Timeout(waitingFor: "the line editor to release the terminal", seconds: timeout, transcript: transcript)
            }
            readAvailable(waitingUpTo: 0.002)
        }
    }

    /// The scheduler state letter of process `pid` from /proc (`T` when stopped), or nil.
    static func processState(_ pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }

    /// The first child of process `pid` (from /proc), e.g. the program a shell started.
    static func firstChild(of pid: pid_t) -> pid_t? {
        guard let children = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Collects output for `seconds` (for checks that something did *not* happen), returning the
    /// cleaned output that arrived after the last match; does not move the match position.
    func output(after seconds: Double) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while !reachedEnd, deadline.timeIntervalSinceNow > 0 {
            readAvailable(waitingUpTo: deadline.timeIntervalSinceNow)
        }
        let cleaned = Self.clean(raw)
        return String(decoding: cleaned[min(matchedUpTo, cleaned.count)...], as: UTF8.self)
    }

    /// Waits for the program to exit, reading its output meanwhile (a full pty would block it).
    /// Returns the exit status, or 128 + the signal number if a signal ended it.
    @discardableResult
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let code = Self.decode(status)
                exitStatus = code
                // Whatever it wrote just before exiting is still in the pty.
                while !reachedEnd { readAvailable(waitingUpTo: 0.05) }
                return code
            }
            if result < 0 && errno != EINTR { throw SpawnFailure(step: "waitpid", code: errno) }
            guard deadline.timeIntervalSinceNow > 0 else {
                throw Timeout(waitingFor: "exit", seconds: timeout, transcript: transcript)
            }
            readAvailable(waitingUpTo: min(0.05, deadline.timeIntervalSinceNow))
        }
    }

    /// Sends `signal` to the child's process group, as the terminal driver would.
    func signal(_ signal: Int32) {
        kill(-pid, signal)
    }

    private func readAvailable(waitingUpTo seconds: Double) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, min(seconds, 1)) * 1000))
        guard ready > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            raw.append(contentsOf: chunk[..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // EIO: every slave descriptor is closed, the program has gone.
            reachedEnd = true
        }
    }

    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else { return start..<start }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
            where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    /// Drops CSI and OSC sequences, other two-byte escapes, carriage returns, bells and
    /// backspaces. An unfinished sequence at the end yields nothing, so cleaning a prefix of the
    /// output gives a prefix of the cleaned output.
    static func clean(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x1b:
                guard index + 1 < bytes.count else { return result }
                let kind = bytes[index + 1]
                if kind == UInt8(ascii: "[") {
                    var end = index + 2
                    while end < bytes.count, !(0x40...0x7e).contains(bytes[end]) { end += 1 }
                    guard end < bytes.count else { return result }
                    index = end + 1
                } else if kind == UInt8(ascii: "]") {
                    var end = index + 2
                    while end < bytes.count, bytes[end] != 0x07, !(bytes[end] == 0x1b && end + 1 < bytes.count) { end += 1 }
                    guard end < bytes.count else { return result }
                    index = end + (bytes[end] == 0x07 ? 1 : 2)
                } else {
                    index += 2
                }
            case 0x0d, 0x07, 0x08:
                index += 1
            default:
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    // MARK: Platform details

    #if os(Linux)
    /// glibc's POSIX_SPAWN_SETSID, which Swift does not import (it needs _GNU_SOURCE).
    private static let setSessionFlag: Int32 = 0x80
    #else
    private static let setSessionFlag: Int32 = Int32(POSIX_SPAWN_SETSID)
    #endif

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// glibc's `_np` spawn actions are GNU extensions Swift does not import: looked up at run time.
    private static var addChdir: AddChdir? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np")
            .map { unsafeBitCast($0, to: AddChdir.self) }
    }

    private static var addCloseFrom: AddCloseFrom? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
            .map { unsafeBitCast($0, to: AddCloseFrom.self) }
    }
}

/// The pty calls. glibc declares them only for _XOPEN_SOURCE / _GNU_SOURCE, which Swift's Glibc
/// module does not define, so on Linux they are looked up in libc at run time.
private enum PTY {
    #if os(Linux)
    private typealias OpenMaster = @convention(c) (Int32) -> Int32
    private typealias Grant = @convention(c) (Int32) -> Int32
    private typealias SlaveName = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: type) }
    }

    static func openMaster(_ flags: Int32) -> Int32 {
        guard let function = symbol("posix_openpt", as: OpenMaster.self) else { errno = ENOSYS; return -1 }
        return function(flags)
    }

    static func grant(_ master: Int32) -> Int32 {
        guard let function = symbol("grantpt", as: Grant.self) else { errno = ENOSYS; return -1 }
        return function(master)
    }

    static func unlock(_ master: Int32) -> Int32 {
        guard let function = symbol("unlockpt", as: Grant.self) else { errno = ENOSYS; return -1 }
        return function(master)
    }

    static func slaveName(_ master: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int32 {
        guard let function = symbol("ptsname_r", as: SlaveName.self) else { return ENOSYS }
        return function(master, buffer, size)
    }
    #else
    static func openMaster(_ flags: Int32) -> Int32 { posix_openpt(flags) }
    static func grant(_ master: Int32) -> Int32 { grantpt(master) }
    static func unlock(_ master: Int32) -> Int32 { unlockpt(master) }
    static func slaveName(_ master: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int32 {
        ptsname_r(master, buffer, size)
    }
    #endif
}
