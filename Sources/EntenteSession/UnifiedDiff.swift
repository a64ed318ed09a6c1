/// A line diff in the unified format (`diff -u`), from a longest common subsequence.
struct UnifiedDiff {
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    let edits: [Edit]

    /// Lines of context around each change, as `diff -u` has.
    static let context = 3

    init(expected: [String], actual: [String]) {
        edits = Self.edits(expected[...], actual[...])
    }

    /// Common head and tail are matched directly; the LCS table covers only the middle, and a
    /// middle too big for a table becomes a plain replacement.
    private static func edits(_ old: ArraySlice<String>, _ new: ArraySlice<String>) -> [Edit] {
        var old = old, new = new
        var head: [Edit] = []
        while let a = old.first, let b = new.first, a == b {
            head.append(.same(a))
            old = old.dropFirst()
            new = new.dropFirst()
        }
        var tail: [Edit] = []
        while let a = old.last, let b = new.last, a == b {
            tail.append(.same(a))
            old = old.dropLast()
            new = new.dropLast()
        }
        let oldLines = Array(old), newLines = Array(new)
        var middle: [Edit] = []
        if oldLines.count * newLines.count > 16_000_000 {
            middle = oldLines.map { .removed($0) } + newLines.map { .added($0) }
        } else {
            // lengths[i][j]: the LCS length of oldLines[i...] and newLines[j...].
            let columns = newLines.count + 1
            var lengths = [Int](repeating: 0, count: (oldLines.count + 1) * columns)
            for i in stride(from: oldLines.count - 1, through: 0, by: -1) {
                for j in stride(from: newLines.count - 1, through: 0, by: -1) {
                    lengths[i * columns + j] = oldLines[i] == newLines[j]
                        ? lengths[(i + 1) * columns + j + 1] + 1
                        : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
                }
            }
            var i = 0, j = 0
            while i < oldLines.count || j < newLines.count {
                if i < oldLines.count, j < newLines.count, oldLines[i] == newLines[j] {
                    middle.append(.same(oldLines[i]))
                    i += 1
                    j += 1
                } else if i < oldLines.count, j == newLines.count || lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
                    // Removals before additions, as `diff -u` shows a change.
                    middle.append(.removed(oldLines[i]))
                    i += 1
                } else {
                    middle.append(.added(newLines[j]))
                    j += 1
                }
            }
        }
        return head + middle + tail.reversed()
    }

    var isEmpty: Bool { edits.allSatisfy { if case .same = $0 { true } else { false } } }

    /// `--- expectedName`, `+++ actualName`, then hunks `@@ -start,count +start,count @@`.
    func render(expectedName: String, actualName: String) -> String {
        guard !isEmpty else { return "" }
        var out = "--- \(expectedName)\n+++ \(actualName)\n"
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - Self.context)...min(edits.count - 1, index + Self.context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        // Line numbers in the old and new text at each edit.
        var oldLine = [Int](), newLine = [Int]()
        var o = 1, n = 1
        for edit in edits {
            oldLine.append(o)
            newLine.append(n)
            switch edit {
            case .same: o += 1; n += 1
            case .removed: o += 1
            case .added: n += 1
            }
        }
        for hunk in hunks {
            let slice = edits[hunk]
            let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
            let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
            let oldStart = oldCount == 0 ? oldLine[hunk.lowerBound] - 1 : oldLine[hunk.lowerBound]
            let newStart = newCount == 0 ? newLine[hunk.lowerBound] - 1 : newLine[hunk.lowerBound]
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in slice {
                switch edit {
                case .same(let line): out += " \(line)\n"
                case .removed(let line): out += "-\(line)\n"
                case .added(let line): out += "+\(line)\n"
                }
            }
        }
        return out
    }
}
