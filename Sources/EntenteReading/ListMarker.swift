/// How an enumerated line numbers itself. Lines of the same style under the same heading are
/// siblings; a new style opens a level below the current one.
enum MarkerStyle: Hashable {
    /// `1.`, `1.1.`, `1.1.1` — `depth` counts the numbers.
    case decimal(depth: Int)
    /// `1)`
    case decimalClose
    /// `(1)`
    case parenDecimal
    /// `(a)`
    case lowerAlphaParen
    /// `a)`
    case lowerAlphaClose
    /// `a.`
    case lowerAlphaDot
    /// `(iv)`
    case lowerRomanParen
    /// `iv)`
    case lowerRomanClose
    /// `iv.`
    case lowerRomanDot
    /// `(A)`
    case upperAlphaParen
    /// `A)`
    case upperAlphaClose
    /// `A.` followed by a sentence (a short title makes it a section heading instead).
    case upperAlphaDot
    /// `(IV)`
    case upperRomanParen
    /// `IV)`
    case upperRomanClose
    /// `IV.` followed by a sentence.
    case upperRomanDot
    /// `•`, `o`, `-`, `*`…: unlabelled, numbered by position.
    case bullet(Unicode.Scalar)

    /// True for alphabetic styles, whose `i`, `v`, `x` clash with roman numerals.
    var isAlpha: Bool {
        switch self {
        case .lowerAlphaParen, .lowerAlphaClose, .lowerAlphaDot, .upperAlphaParen, .upperAlphaClose, .upperAlphaDot:
            return true
        default:
            return false
        }
    }
}

/// The enumerator at the start of a line: its style and its label as printed (`iii`, `A`, `7`, `1.2`).
struct ListMarker: Hashable {
    var style: MarkerStyle
    var label: String
    /// The other reading of an ambiguous label: `(i)` is roman one, or the letter after `(h)`.
    var alternative: MarkerStyle?
}
