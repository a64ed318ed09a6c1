import CLibedit
import FoundationEssentials
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

    init?(capacity: Int = 1000) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        _ = entente_history_set_size(handle, Int32(clamping: capacity))
        // Typing the same statement twice in a row makes one entry, as in a shell.
        _ = entente_history_set_unique(handle, 1)
    }

    deinit {
        history_end(handle)
    }

    /// Adds `entry` without its trailing white space, unless it is blank; a repeat of the
    /// previous entry is dropped.
    func add(_ entry: String) {
        var scalars = entry.unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { return }
        _ = entente_history_enter(handle, String(scalars))
    }

    /// The entries, oldest first.
    var entries: [String] {
        var result: [String] = []
        var entry = entente_history_last(handle)
        while let text = entry {
            result.append(String(cString: text))
            entry = entente_history_prev(handle)
        }
        return result
    }

    /// Appends the entries of `url`, a file written by `save(to:)`. A missing file is an empty history.
    @discardableResult
    func load(from url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path) else { return true }
        return entente_history_load(handle, url.path) >= 0
    }

    /// Writes the history to a temporary file beside `url`, then renames it over `url`, so a crash
    /// never leaves half a history file (and a reader never sees one).
    func save(to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        var template = Array(directory.appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw HistoryError.cannotWrite(url.path, errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let file = fdopen(descriptor, "w") else {
            let code = errno
            close(descriptor)
            unlink(temporary)
            throw HistoryError.cannotWrite(url.path, code)
        }
        let written = entente_history_save_fp(handle, file)
        let flushed = fflush(file) == 0 && fsync(descriptor) == 0
        let code = errno
        fclose(file)
        guard written >= 0, flushed else {
            unlink(temporary)
            throw HistoryError.cannotWrite(url.path, code)
        }
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw HistoryError.cannotWrite(url.path, code)
        }
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
