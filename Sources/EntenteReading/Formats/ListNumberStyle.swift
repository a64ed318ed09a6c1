/// How a list numbers its items: `1`, `a`, `A`, `i`, `I`. Shared by HTML (`<ol type>`) and DOCX
/// (`w:numFmt`).
enum ListNumberStyle: Sendable {
    case decimal, lowerAlpha, upperAlpha, lowerRoman, upperRoman

    /// `n` in this style; numbers below 1 fall back to decimal (there is no letter or numeral for them).
    func format(_ n: Int) -> String {
        guard n >= 1 else { return String(n) }
        switch self {
        case .decimal: return String(n)
        case .lowerAlpha: return Self.alpha(n)
        case .upperAlpha: return Self.alpha(n).uppercased()
        case .lowerRoman: return n < 4000 ? Self.roman(n) : String(n)
        case .upperRoman: return n < 4000 ? Self.roman(n).uppercased() : String(n)
        }
    }

    /// a…z, then aa, ab… (the spreadsheet-column scheme HTML uses).
    private static func alpha(_ n: Int) -> String {
        var n = n
        var letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        }
        return String(letters.reversed())
    }

    private static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var n = n
        var result = ""
        for (value, numeral) in table {
            while n >= value {
                result += numeral
                n -= value
            }
        }
        return result
    }
}
