import EntenteModel
import EntenteReading
import Foundation

/// Turns a path from the command line or a `load` statement into a Document: finds the file,
/// refuses what cannot be a text, checks a pinned checksum, and hands the bytes to the reader.
struct DocumentLoader {
    let reader: DocumentReader

    /// `name` overrides the id taken from the file name; `sha256` pins the expected bytes.
    func load(path: String, name: String?, sha256: String?, relativeTo directory: URL) throws(Diagnostic) -> Document {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw Diagnostic(code: "load-missing", message: "cannot open \(path): no such file", file: path)
        }
        guard !isDirectory.boolValue else {
            throw Diagnostic(code: "load-directory", message: "cannot load \(path): it is a directory",
                             file: path, notes: ["name the files inside it, e.g. \(path)/*.txt on the command line"])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Diagnostic(code: "load-unreadable", message: "cannot read \(path): \(Self.reason(error))", file: path)
        }
        let bytes = [UInt8](data)
        if let sha256 {
            let actual = SHA256.hex(bytes)
            guard actual == sha256.lowercased() else {
                throw Diagnostic(
                    code: "load-changed",
                    message: "the document \(path) has changed since the script was saved",
                    file: path,
                    notes: ["expected sha256 \(sha256.lowercased())", "found    sha256 \(actual)"])
            }
        }
        let id = name ?? Self.defaultName(for: path)
        return try reader.read(bytes: bytes, path: path, id: id)
    }

    /// The file name without its extension: `Examples/agreements/canada.txt` → `canada`.
    static func defaultName(for path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}
