/// A length of time, kept as written in ISO 8601 (`P10Y`, `P6M`, `PT24H`) plus a magnitude in
/// seconds so that `6mo` and `P6M` compare equal and `24h < 3d` holds.
public struct ISODuration: Sendable, Hashable, Comparable {
    /// The canonical ISO 8601 spelling.
    public var iso: String
    /// Seconds, with a month as a twelfth of a Gregorian year (2,629,746 s) and a year as
    /// 365.2425 days: both exact integers, so `12mo` equals `1y`.
    public var seconds: Double

    static let secondsPerYear = 31_556_952.0
    static let secondsPerMonth = 2_629_746.0
    static let secondsPerWeek = 604_800.0
    static let secondsPerDay = 86_400.0

    public init(iso: String, seconds: Double) {
        self.iso = iso
        self.seconds = seconds
    }

    /// Equality is by magnitude: `P1Y` and `P12M` are the same length of time.
    public static func == (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.seconds == rhs.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }
    public static func < (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.seconds < rhs.seconds }

    /// A literal as the language writes it: an amount and one of `h d w mo y`.
    init?(amount: Int, unit: String) {
        switch unit {
        case "h": self.init(iso: "PT\(amount)H", seconds: Double(amount) * 3600)
        case "d": self.init(iso: "P\(amount)D", seconds: Double(amount) * Self.secondsPerDay)
        case "w": self.init(iso: "P\(amount)W", seconds: Double(amount) * Self.secondsPerWeek)
        case "mo": self.init(iso: "P\(amount)M", seconds: Double(amount) * Self.secondsPerMonth)
        case "y": self.init(iso: "P\(amount)Y", seconds: Double(amount) * Self.secondsPerYear)
        default: return nil
        }
    }

    /// The units a duration literal accepts, in the order help text lists them.
    static let literalUnits = ["h", "d", "w", "mo", "y"]

    /// Parses an ISO 8601 duration (`P1Y2M3DT4H5M6S`, `P2W`); nil when `text` is not one.
    public init?(parsing text: String) {
        var chars = Array(text.uppercased())
        guard chars.first == "P", chars.count > 1 else { return nil }
        chars.removeFirst()
        var inTime = false
        var digits = ""
        var seconds = 0.0
        var sawComponent = false
        for char in chars {
            if char == "T" {
                guard !inTime, digits.isEmpty else { return nil }
                inTime = true
                continue
            }
            if char.isASCII, char.isNumber || char == "." || char == "," {
                digits.append(char == "," ? "." : char)
                continue
            }
            guard let amount = Double(digits) else { return nil }
            digits = ""
            sawComponent = true
            switch (char, inTime) {
            case ("Y", false): seconds += amount * Self.secondsPerYear
            case ("M", false): seconds += amount * Self.secondsPerMonth
            case ("W", false): seconds += amount * Self.secondsPerWeek
            case ("D", false): seconds += amount * Self.secondsPerDay
            case ("H", true): seconds += amount * 3600
            case ("M", true): seconds += amount * 60
            case ("S", true): seconds += amount
            default: return nil
            }
        }
        guard digits.isEmpty, sawComponent else { return nil }
        self.init(iso: text.uppercased(), seconds: seconds)
    }
}

extension ISODuration {
    /// A duration literal as the language writes it, `24h` or `6mo`; nil for anything else.
    init?(literal text: String) {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let amount = Int(digits) else { return nil }
        self.init(amount: amount, unit: String(text.dropFirst(digits.count)))
    }
}
