#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system paths as plain Strings, taken apart and joined the way the shell does. Lexical only:
/// symbolic links are not resolved, so `a/link/..` becomes `a`, as `standardizedFileURL` did.
public enum FilePaths {
    /// The process's working directory, "/" when it cannot be found (deleted under us, say).
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let found = buffer.withUnsafeMutableBufferPointer { getcwd($0.baseAddress, $0.count) != nil }
        guard found else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` itself when it is absolute, else `path` under `directory`; no trailing slash.
    public static func joined(_ path: String, to directory: String) -> String {
        let whole = path.hasPrefix("/") || directory.isEmpty ? path
            : directory.hasSuffix("/") ? directory + path : directory + "/" + path
        return withoutTrailingSlashes(whole)
    }

    /// The absolute form of `path` under `directory`, with `.` and `..` resolved: `/a/b/../c` → `/a/c`.
    public static func standardized(_ path: String, in directory: String) -> String {
        "/" + components(of: joined(path, to: directory)).joined(separator: "/")
    }

    /// The components of an absolute path after resolving `.` and `..` (`..` at the root stays there).
    static func components(of path: String) -> [String] {
        var parts: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(String(part))
            }
        }
        return parts
    }

    /// The last component: `Examples/canada.txt` → `canada.txt`; `/` → `/`.
    public static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard trimmed != "/" else { return trimmed }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The directory holding `path` (absolute): `/a/b.txt` → `/a`, `/a` → `/`.
    public static func directory(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return String(trimmed)
    }

    /// The whole contents of the file at `path`, read to its end (a pipe such as `<(…)` included);
    /// nil when it cannot be opened or read.
    public static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return readToEnd(descriptor)
    }

    /// Everything left to read on `descriptor`; nil on a read error.
    public static func readToEnd(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }

    /// The names in the directory at `path`, without `.` and `..`; nil when it cannot be listed.
    static func names(in path: String) -> [String]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// True when `path` names a directory (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
