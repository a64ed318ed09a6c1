/// One value in a result table. A closed enum, never `Any`, so that comparison, grouping and
/// rendering are total functions the compiler checks.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// An ISO calendar date, `yyyy-mm-dd`; ISO strings order the same way as the dates they name.
    case date(String)
    case duration(ISODuration)
    case list([Value])

    /// The value's type as the checker and error messages name it.
    public var type: ValueType {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .text
        case .date: .date
        case .duration: .duration
        case .list: .list
        }
    }

    /// Plain text for table cells and CSV-like outputs: null is empty, lists are joined by ", ".
    public var displayText: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): Value.format(number)
        case .string(let text): text
        case .date(let iso): iso
        case .duration(let duration): duration.iso
        case .list(let items): items.map(\.displayText).joined(separator: ", ")
        }
    }

    /// Integers print without a fractional part (`3020000000`, not `3.02e9`); other numbers use
    /// Swift's shortest round-tripping form, so output is stable across platforms.
    public static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}

/// The types of the query language, as `.schema` shows them.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
    case null
    case bool
    case number
    case text
    case date
    case duration
    case list
    /// A column whose values may be of more than one type (a bound table's column, `deadline`).
    case any
}

extension Value {
    /// A command-line parameter's value (`-v NAME=VALUE`): text that reads as a number, a date
    /// (`2024-02-24`), a duration (`24h`, `6mo`, `P10Y`) or `true`/`false` becomes one; text in
    /// double quotes stays text without its quotes; anything else is text.
    public init(parameter text: String) {
        let trimmed = text.trimmedBlanks
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") {
            self = .string(String(trimmed.dropFirst().dropLast()))
        } else if trimmed == "true" || trimmed == "false" {
            self = .bool(trimmed == "true")
        } else if let number = Double(trimmed), number.isFinite, trimmed.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
            self = .number(number)
        } else if Lexer.isValidDate(trimmed) {
            self = .date(trimmed)
        } else if let duration = ISODuration(literal: trimmed) ?? ISODuration(parsing: trimmed) {
            self = .duration(duration)
        } else {
            self = .string(text)
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (no Foundation needed).
    var trimmedBlanks: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
