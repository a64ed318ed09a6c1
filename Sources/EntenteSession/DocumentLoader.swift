import EntenteExtraction
import EntenteModel
import EntenteReading
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a path from the command line or a `load` statement into a Document: finds the file,
/// refuses what cannot be a text, checks a pinned checksum, and hands the bytes to the reader.
struct DocumentLoader {
    let reader: DocumentReader

    /// A loaded document, and the warning of `--allow-changed` when its pinned bytes changed.
    struct Loaded {
        var document: Document
        var warning: Diagnostic?
    }

    /// `name` overrides the id taken from the file name; `sha256` pins the expected bytes. A pinned
    /// document whose bytes changed is an error naming it, or with `allowsChanged` a warning.
    func load(path: String, name: String?, sha256: String?, relativeTo directory: String,
              allowsChanged: Bool = false) throws(Diagnostic) -> Loaded {
        let bytes = try Self.readFile(at: FilePaths.joined(path, to: directory), named: path)
        let read: Result<Document, Diagnostic>
        do {
            read = .success(try document(from: bytes, path: path, id: name ?? Self.defaultName(for: path)))
        } catch {
            read = .failure(error)
        }
        var warning: Diagnostic?
        if let sha256 {
            // The reader hashed the bytes already, beside reading them; a changed pin is reported
            // before any reading error.
            let actual = (try? read.get())?.source.sha256 ?? SHA256.hex(bytes)
            if actual != sha256.lowercased() {
                let notes = ["expected sha256 \(sha256.lowercased())", "found    sha256 \(actual)"]
                guard allowsChanged else {
                    throw Diagnostic(
                        code: "load-changed",
                        message: "the document \(path) has changed since the script was saved",
                        file: path,
                        notes: notes + ["to run the script on the new text anyway, pass --allow-changed"])
                }
                warning = Diagnostic(
                    .warning, code: "load-changed",
                    message: "the document \(path) has changed since the script was saved; going on (--allow-changed)",
                    file: path, notes: notes)
            }
        }
        return Loaded(document: try read.get(), warning: warning)
    }

    /// Reads bytes into a document and extracts its facts: extraction is part of loading, so every
    /// query sees the same facts whichever statement asks first.
    func document(from bytes: [UInt8], path: String, id: String) throws(Diagnostic) -> Document {
        guard let times = Self.loadTimes else {
            var document = try reader.read(bytes: bytes, path: path, id: id)
            document.facts = FactExtractor().extract(from: document)
            return document
        }
        return try timedDocument(from: bytes, path: path, id: id, times: times)
    }

    /// Benchmark hooks, read once per process. `ENTENTE_LOAD_TIMES=1` prints one line per loaded
    /// document on standard error with the time of reading, of each extractor and of extraction as
    /// a whole (`extraction=`: the extractors run on two threads), measured in the process, start-up
    /// excluded; `ENTENTE_LOAD_TIMES=read` also skips extraction, so reading alone can be timed.
    /// Used by `Scripts/bench-extract`; documents loaded with `read` have no facts.
    enum LoadTimes { case all, readingOnly }
    // getenv, not ProcessInfo: building ProcessInfo's environment dictionary costs every load 0.1 ms.
    static let loadTimes: LoadTimes? = switch getenv("ENTENTE_LOAD_TIMES").map({ String(cString: $0) }) {
    case "1": .all
    case "read": .readingOnly
    default: nil
    }

    private func timedDocument(from bytes: [UInt8], path: String, id: String, times: LoadTimes) throws(Diagnostic) -> Document {
        let clock = ContinuousClock()
        // Commitments are timed on their own thread while the other kinds are timed on this one.
        let parts = Mutex<[(String, Duration)]>([])
        let start = clock.now
        var document = try reader.read(bytes: bytes, path: path, id: id)
        let read = clock.now - start
        parts.withLock { $0.append(("read", read)) }
        if times == .all {
            let extraction = clock.now
            document.facts = FactExtractor().extract(from: document) { name, body in
                let duration = clock.measure(body)
                parts.withLock { $0.append((name, duration)) }
            }
            let extracted = clock.now - extraction
            parts.withLock { $0.append(("extraction", extracted)) }
        }
        let total = clock.now - start
        let fields = parts.withLock { $0 + [("total", total)] }.map { name, duration in
            let (seconds, attoseconds) = duration.components
            return "\(name)=" + fixedDecimal(Double(seconds) * 1000 + Double(attoseconds) / 1e15, digits: 3)
        }
        _ = FileDescriptorSink.writeAll("load-times \(id) bytes=\(bytes.count) \(fields.joined(separator: " ")) ms\n", to: STDERR_FILENO)
        return document
    }

    /// The file name without its extension: `Examples/agreements/canada.txt` → `canada`.
    static func defaultName(for path: String) -> String {
        let file = FilePaths.lastComponent(path)
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// Reads a whole regular file into memory with one allocation. Directories, FIFOs and devices
    /// are refused up front: reading a FIFO would wait forever for a writer.
    static func readFile(at fullPath: String, named path: String) throws(Diagnostic) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO would otherwise wait for a writer before we can look at its type.
        let descriptor = open(fullPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let error = errno
            if error == ENOENT {
                throw Diagnostic(code: "load-missing", message: "cannot open \(path): no such file", file: path)
            }
            throw Diagnostic(code: "load-unreadable", message: "cannot open \(path): \(describe(error))", file: path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Diagnostic(code: "load-unreadable", message: "cannot read \(path): \(describe(errno))", file: path)
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR {
            throw Diagnostic(code: "load-directory", message: "cannot load \(path): it is a directory",
                             file: path, notes: ["name the files inside it, e.g. \(path)/*.txt on the command line"])
        }
        guard type == S_IFREG else {
            throw Diagnostic(code: "load-not-a-file", message: "cannot load \(path): it is not a regular file", file: path,
                             notes: ["to read a document from standard input, pipe it in and name it `-`"])
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while true {
            // A file can grow while we read it; read until end of file, growing the buffer if needed.
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 64 * 1024))) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Diagnostic(code: "load-unreadable", message: "cannot read \(path): \(describe(errno))", file: path)
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func describe(_ error: Int32) -> String {
        guard let message = strerror(error) else { return "error \(error)" }
        return String(cString: message).lowercased()
    }
}
