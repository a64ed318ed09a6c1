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

    /// A small number per style, for counting unlabelled children without building strings:
    /// bullets by their scalar, other styles by negative numbers below the builder's own keys.
    var ordinalKey: Int {
        switch self {
        case .bullet(let scalar): return Int(scalar.value)
        case .decimal(let depth): return -100 - depth
        case .decimalClose: return -3
        case .parenDecimal: return -4
        case .lowerAlphaParen: return -5
        case .lowerAlphaClose: return -6
        case .lowerAlphaDot: return -7
        case .lowerRomanParen: return -8
        case .lowerRomanClose: return -9
        case .lowerRomanDot: return -10
        case .upperAlphaParen: return -11
        case .upperAlphaClose: return -12
        case .upperAlphaDot: return -13
        case .upperRomanParen: return -14
        case .upperRomanClose: return -15
        case .upperRomanDot: return -16
        }
    }

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
