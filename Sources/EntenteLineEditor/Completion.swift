/// What a Tab press does with the completer's candidates: the policy, apart from libedit.
enum Completion: Equatable {
    /// Delete `deleting` characters (Unicode scalars, libedit's unit) before the cursor, then insert `text`.
    case replace(deleting: Int, with: String)
    /// Several candidates and nothing more to insert: show them.
    case list([String])
    /// No candidate: beep.
    case none

    /// One candidate replaces the word and ends it (a space, or a closing quote and a space inside
    /// a string; nothing after a directory's `/`). Several insert their longest common prefix when
    /// that adds something, and are listed otherwise.
    static func decide(word: CompletionWord, candidates: [String]) -> Completion {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        let deleting = word.text.unicodeScalars.count
        switch unique.count {
        case 0:
            return .none
        case 1:
            let candidate = unique[0]
            let ending = candidate.hasSuffix("/") ? "" : (word.isQuoted ? "\" " : " ")
            return .replace(deleting: deleting, with: candidate + ending)
        default:
            let prefix = commonPrefix(unique)
            if prefix != word.text, prefix.count >= word.text.count {
                return .replace(deleting: deleting, with: prefix)
            }
            return .list(unique.sorted())
        }
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        var prefix = Array(first)
        for word in words.dropFirst() {
            let shared = zip(prefix, word).prefix { $0 == $1 }.count
            prefix.removeLast(prefix.count - shared)
        }
        return String(prefix)
    }

    /// Lays `candidates` out in columns across `width`, reading down each column like `ls`.
    static func columns(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        let rows = (candidates.count + perRow - 1) / perRow
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            var column = 0
            while row + column * rows < candidates.count {
                let item = candidates[row + column * rows]
                let isLast = row + (column + 1) * rows >= candidates.count
                line += isLast ? item : item.padding(toLength: cell)
                column += 1
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
