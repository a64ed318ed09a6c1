#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written beside its destination under a temporary name and renamed over the destination
/// only when complete, so a crash never leaves half a file and a reader never sees one.
final class AtomicFile {
    /// Why a file could not be written, with the path and the system's reason.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    let destination: String
    private let temporary: String
    private var descriptor: Int32
    /// False once a write failed: `commit` then reports it and leaves the destination alone.
    private var healthy = true
    private var failureReason = ""

    /// Creates the temporary file `.NAME.XXXXXX` in the destination's directory.
    init(destination: String) throws(Failure) {
        self.destination = destination
        var template = Array(FilePaths.joined(".\(FilePaths.lastComponent(destination)).XXXXXX",
                                              to: FilePaths.directory(of: destination)).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw Failure(path: destination, reason: Self.describe(errno)) }
        self.descriptor = descriptor
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes the file 0600; a saved script or output is an ordinary file.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    func write(_ text: String) {
        guard healthy, descriptor >= 0 else { return }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                healthy = false
                failureReason = Self.describe(errno)
                return
            }
            offset += written
        }
    }

    /// Flushes the file to disk and renames it over the destination.
    func commit() throws(Failure) {
        guard descriptor >= 0 else { return }
        let synced = fsync(descriptor) == 0
        let syncError = errno
        close(descriptor)
        descriptor = -1
        guard healthy, synced else {
            unlink(temporary)
            throw Failure(path: destination, reason: healthy ? Self.describe(syncError) : failureReason)
        }
        guard rename(temporary, destination) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(path: destination, reason: Self.describe(code))
        }
    }

    /// Writes `text` to `path` atomically.
    static func write(_ text: String, to path: String) throws(Failure) {
        let file = try AtomicFile(destination: path)
        file.write(text)
        try file.commit()
    }

    private static func describe(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }
}

/// The system's write(2), named apart from `AtomicFile.write(_:)`, which would shadow it.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
