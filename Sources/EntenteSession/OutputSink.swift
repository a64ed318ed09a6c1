#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Where a session's results and messages go. The session never prints directly, so tests capture
/// output in memory and the executable sends it to file descriptors.
public protocol OutputSink: AnyObject {
    /// Results: tables, JSON, outlines. Standard output in the executable.
    func write(_ text: String)
    /// Diagnostics and notices. Standard error in the executable.
    func writeError(_ text: String)
}

/// Collects output in memory; used by tests and by transcripts.
public final class BufferSink: OutputSink {
    public private(set) var output = ""
    public private(set) var errors = ""

    public init() {}

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }
}

/// Writes to file descriptors with write(2), so a closed pipe surfaces as EPIPE we can handle
/// instead of a crash inside a buffered stream.
public final class FileDescriptorSink: OutputSink {
    private var outputDescriptor: Int32
    private let errorDescriptor: Int32
    /// Called once when the reader of standard output has gone away (`| head -1`).
    private let onClosedPipe: () -> Void
    /// Shows `error:` in bold red and `warning:` in bold yellow (a terminal without NO_COLOR).
    private let colorsDiagnostics: Bool

    public init(output: Int32 = 1, error: Int32 = 2, colorsDiagnostics: Bool = false, onClosedPipe: @escaping () -> Void) {
        self.outputDescriptor = output
        self.errorDescriptor = error
        self.colorsDiagnostics = colorsDiagnostics
        self.onClosedPipe = onClosedPipe
    }

    /// Sends results to another descriptor from now on (`.output FILE`); returns the previous one.
    @discardableResult
    public func redirectOutput(to descriptor: Int32) -> Int32 {
        let previous = outputDescriptor
        outputDescriptor = descriptor
        return previous
    }

    public func write(_ text: String) {
        if !Self.writeAll(text, to: outputDescriptor) { onClosedPipe() }
    }

    public func writeError(_ text: String) {
        _ = Self.writeAll(colorsDiagnostics ? Self.colored(text) : text, to: errorDescriptor)
    }

    /// The severity word of each diagnostic line in color.
    static func colored(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (word, color) in [("error:", "1;31"), ("warning:", "1;33")] {
                if line.hasPrefix(word) || line.contains(": " + word) {
                    guard let range = line.firstRange(of: word) else { continue }
                    return line[..<range.lowerBound] + "\u{1b}[\(color)m\(word)\u{1b}[0m" + line[range.upperBound...]
                }
            }
            return String(line)
        }.joined(separator: "\n")
    }

    /// Returns false when the descriptor's reader is gone.
    static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
