/// Levenshtein distance over Characters, ignoring case: the measure behind "did you mean".
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let source = Array(a.lowercased())
        let target = Array(b.lowercased())
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        // Two rows are enough: the distance only needs the previous row.
        var previous = Array(0...target.count)
        var current = Array(repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}

/// Picks the name to suggest for a misspelt one: every "did you mean" in the project uses it,
/// so suggestions agree whichever layer makes them.
public enum Suggestion {
    /// The nearest candidate by edit distance, if it is close enough to be a plausible typo
    /// (at most a third of the name's length, and never more than 3 edits); ties go to the earlier
    /// candidate, so suggestions follow catalog order and are deterministic.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        // Very long inputs (a pasted paragraph) are not typos; skip the quadratic work.
        guard name.count <= 200 else { return nil }
        let limit = min(3, max(1, (name.count + 2) / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate.count <= 200 {
            let distance = EditDistance.between(name, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }
}
