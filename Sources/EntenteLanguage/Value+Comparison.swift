/// How values compare in the language: text ignores case, dates and durations may be written as
/// text (`"2024-02-24"`, `"P6M"`), null equals only null and orders with nothing. A date never
/// equals or orders with a duration, nor with text that reads as neither: such comparisons are
/// false rather than errors, so `deadline <= 48h` works on a column holding both.
extension Value {
    /// Two types that cannot be compared with the operator; the caller locates the error.
    struct Mismatch: Error {
        var left: ValueType
        var right: ValueType
    }

    /// Applies a comparison operator.
    static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(Mismatch) -> Bool {
        switch op {
        case .equal: return try equals(left, right)
        case .notEqual: return try !equals(left, right)
        case .contains: return try contains(left, right)
        case .in:
            switch right {
            case .null: return false
            case .list(let items):
                for item in items where (try? equals(left, item)) == true { return true }
                return false
            default: throw Mismatch(left: left.type, right: right.type)
            }
        case .matches:
            // Needs a compiled pattern: the evaluator does it (`RegularExpression`).
            throw Mismatch(left: left.type, right: right.type)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = try order(left, right) else { return false }
            switch op {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    /// Equality ignoring case; null equals null only.
    static func equals(_ left: Value, _ right: Value) throws(Mismatch) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.string(let a), .string(let b)): return TextFolding.equal(a, b)
        case (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.date(let a), .date(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where try !equals(x, y) { return false }
            return true
        default:
            if let (a, b) = coerced(left, right) { return try equals(a, b) }
            if isTemporalPair(left, right) { return false }
            throw Mismatch(left: left.type, right: right.type)
        }
    }

    /// -1, 0 or 1; nil when either side is null (null orders with nothing).
    static func order(_ left: Value, _ right: Value) throws(Mismatch) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (left, right) {
        case (.null, _), (_, .null): return nil
        case (.string(let a), .string(let b)): return TextFolding.order(a, b)
        case (.number(let a), .number(let b)): return sign(a, b)
        case (.date(let a), .date(let b)): return sign(a, b)
        case (.duration(let a), .duration(let b)): return sign(a, b)
        default:
            if let (a, b) = coerced(left, right) { return try order(a, b) }
            if isTemporalPair(left, right) { return nil }
            throw Mismatch(left: left.type, right: right.type)
        }
    }

    /// Text contains text (ignoring case); a list contains an element equal to the value.
    static func contains(_ left: Value, _ right: Value) throws(Mismatch) -> Bool {
        switch (left, right) {
        case (.null, _), (_, .null): return false
        case (.string(let a), .string(let b)): return TextFolding.contains(a, b)
        case (.list(let items), _):
            for item in items where (try? equals(item, right)) == true { return true }
            return false
        default: throw Mismatch(left: left.type, right: right.type)
        }
    }

    /// A date or duration against a date, duration or text that could not be read as the other.
    static func isTemporalPair(_ left: Value, _ right: Value) -> Bool {
        let types: Set<ValueType> = [left.type, right.type]
        return types.isSubset(of: [.date, .duration, .text]) && !types.isDisjoint(with: [.date, .duration])
    }

    /// Text read as a date or a duration when compared with one; nil when it does not parse.
    static func coerced(_ left: Value, _ right: Value) -> (Value, Value)? {
        switch (left, right) {
        case (.date, .string(let text)): Lexer.isValidDate(text) ? (left, .date(text)) : nil
        case (.string(let text), .date): Lexer.isValidDate(text) ? (.date(text), right) : nil
        case (.duration, .string(let text)): ISODuration(parsing: text).map { (left, .duration($0)) }
        case (.string(let text), .duration): ISODuration(parsing: text).map { (.duration($0), right) }
        default: nil
        }
    }
}
