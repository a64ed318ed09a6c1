import CLibedit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit's history list, with its file kept in libedit's own (vis-encoded) format, so a
/// multi-line statement is one line in the file and comes back as one entry.
final class EditHistory {
    /// The libedit `History *`.
    let handle: OpaquePointer
    let libedit: UnsafePointer<entente_libedit>

    /// nil when libedit is not installed or cannot make a history.
    init?(capacity: Int = 1000) {
        guard let libedit = LibEdit.loaded?.table, let handle = entente_history_init(libedit) else { return nil }
        self.handle = handle
        self.libedit = libedit
        _ = entente_history_set_size(libedit, handle, Int32(clamping: capacity))
        // Typing the same statement twice in a row makes one entry, as in a shell.
        _ = entente_history_set_unique(libedit, handle, 1)
    }

    deinit {
        entente_history_end(libedit, handle)
    }

    /// Adds `entry` without its trailing white space, unless it is blank; a repeat of the
    /// previous entry is dropped.
    func add(_ entry: String) {
        var scalars = entry.unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { return }
        _ = entente_history_enter(libedit, handle, String(scalars))
    }

    /// The entries, oldest first.
    var entries: [String] {
        var result: [String] = []
        var entry = entente_history_last(libedit, handle)
        while let text = entry {
            result.append(String(cString: text))
            entry = entente_history_prev(libedit, handle)
        }
        return result
    }

    /// Appends the entries of the file at `path`, written by `save(to:)`. A missing file is an empty history.
    @discardableResult
    func load(from path: String) -> Bool {
        guard access(path, F_OK) == 0 else { return true }
        return entente_history_load(libedit, handle, path) >= 0
    }

    /// Writes the history to a temporary file beside `path`, then renames it over `path`, so a crash
    /// never leaves half a history file (and a reader never sees one).
    func save(to path: String) throws {
        var template = Array(Self.temporaryName(beside: path).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw HistoryError.cannotWrite(path, errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let file = fdopen(descriptor, "w") else {
            let code = errno
            close(descriptor)
            unlink(temporary)
            throw HistoryError.cannotWrite(path, code)
        }
        let written = entente_history_save_fp(libedit, handle, file)
        let flushed = fflush(file) == 0 && fsync(descriptor) == 0
        let code = errno
        fclose(file)
        guard written >= 0, flushed else {
            unlink(temporary)
            throw HistoryError.cannotWrite(path, code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw HistoryError.cannotWrite(path, code)
        }
    }
}

extension EditHistory {
    /// `DIRECTORY/.NAME.XXXXXX` for mkstemp: hidden, and in the same directory so that rename is atomic.
    static func temporaryName(beside path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ".\(path).XXXXXX" }
        let directory = path[...slash]
        let name = path[path.utf8.index(after: slash)...]
        return "\(directory).\(name).XXXXXX"
    }
}

/// Why the history file could not be written.
enum HistoryError: Error, CustomStringConvertible {
    case cannotWrite(String, Int32)

    var description: String {
        switch self {
        case .cannotWrite(let path, let code):
            return "cannot save history to \(path): \(String(cString: strerror(code)))"
        }
    }
}
