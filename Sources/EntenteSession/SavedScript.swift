import EntenteLanguage

/// One step of a session as `.save` writes it: the successful statements, in order, with every
/// `load` pinned to the bytes it read.
enum SavedStep: Equatable {
    /// A statement as typed (a query, `let`, `outline`, `show`, …).
    case statement(String)
    /// A document loaded from `absolutePath` under `name`, whose bytes had this SHA-256.
    case load(absolutePath: String, name: String, sha256: String)
    /// `.mode FORMAT`, the one meta-command that changes what a replay prints.
    case mode(String)
    /// Something the script cannot redo, written as a comment.
    case note(String)
}

/// Renders saved steps as a script: `load "PATH" as NAME sha256 "HEX"` with PATH relative to the
/// script's directory, so the script and its documents can move together.
enum SavedScript {
    static func render(_ steps: [SavedStep], scriptPath: String, withOutput: Bool, parameters: [String: String]) -> String {
        let directory = FilePaths.standardized(FilePaths.directory(of: scriptPath), in: FilePaths.currentDirectory())
        let name = FilePaths.lastComponent(scriptPath)
        var lines = [withOutput
            ? "-- An entente transcript: check it with `entente --check \(name)`."
            : "-- An entente session: replay it with `entente -f \(name)`."]
        if !parameters.isEmpty {
            let flags = parameters.keys.sorted().map { "-v \($0)=\(parameters[$0] ?? "")" }.joined(separator: " ")
            lines.append("-- It uses parameters: \(flags)")
        }
        for step in steps {
            switch step {
            case .statement(let text):
                lines.append(text)
            case .load(let absolutePath, let documentName, let sha256):
                let path = relativePath(of: absolutePath, from: directory)
                lines.append("load \(quoted(path)) as \(nameLiteral(documentName)) sha256 \"\(sha256)\"")
            case .mode(let format):
                lines.append(".mode \(format)")
            case .note(let text):
                lines.append("-- " + text)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `target` relative to `directory` (both absolute): `../agreements/canada.txt`.
    static func relativePath(of target: String, from directory: String) -> String {
        let targetParts = FilePaths.components(of: target)
        let directoryParts = FilePaths.components(of: directory)
        var common = 0
        while common < min(targetParts.count, directoryParts.count), targetParts[common] == directoryParts[common] {
            common += 1
        }
        // Nothing in common but the root: an absolute path says it better than a row of `..`.
        if common == 0 { return target }
        let ups = Array(repeating: "..", count: directoryParts.count - common)
        return (ups + targetParts[common...]).joined(separator: "/")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }

    /// A document name as a bare word when it is a plain identifier and no keyword, else quoted.
    static func nameLiteral(_ name: String) -> String {
        let plain = name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
        return plain && !Catalog.keywords.contains(name.lowercased()) ? name : quoted(name)
    }
}
