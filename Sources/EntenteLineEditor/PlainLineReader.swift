import CLibedit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with no editing: for pipes, files and dumb terminals.
///
/// Lines end at `\n` (a `\r` before it is dropped); a last line without one still counts. Bytes that
/// are not UTF-8 become U+FFFD. There is no history and nothing interrupts a read.
public final class PlainLineReader: LineReader {
    private let fileDescriptor: Int32
    private let showsPrompt: Bool
    private var buffer: [UInt8] = []
    private var searchedUpTo = 0
    private var reachedEnd = false

    /// Reads `fileDescriptor` (standard input by default); writes each prompt to standard output
    /// only when `showsPrompt` is true.
    public init(fileDescriptor: Int32 = STDIN_FILENO, showsPrompt: Bool = false) {
        self.fileDescriptor = fileDescriptor
        self.showsPrompt = showsPrompt
    }

    public func readLine(prompt: String) -> LineInput {
        if showsPrompt {
            fputs(prompt, entente_stdout())
        }
        // Output printed since the last prompt must appear before we block on input.
        fflush(entente_stdout())
        while true {
            if let newline = buffer[searchedUpTo...].firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = buffer[..<newline]
                if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
                let line = String(decoding: bytes, as: UTF8.self)
                buffer.removeSubrange(...newline)
                searchedUpTo = 0
                return .line(line)
            }
            searchedUpTo = buffer.count
            if reachedEnd {
                guard !buffer.isEmpty else { return .endOfFile }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                searchedUpTo = 0
                return .line(line)
            }
            fill()
        }
    }

    /// True when a next line (or the end of input) can be had without waiting: a whole line is
    /// buffered, or the descriptor has bytes or end-of-file ready right now.
    public func hasInputReady() -> Bool {
        if reachedEnd || buffer[searchedUpTo...].contains(UInt8(ascii: "\n")) { return true }
        var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    /// Plain input keeps no history.
    public func addHistory(_ entry: String) {}

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0, errno == EINTR { continue }
            reachedEnd = true
            return
        }
    }
}
